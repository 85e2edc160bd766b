"""Children kept out of school and schools closed (``extract.statistics``): "10.5 million
children out of school" and "are out of school" count children out of school; schools that
"have closed", or that attacks "forced to close", are schools closed; a share "of the total"
is a share of the whole its sentence counted first, not of a part told after it, and one "of the
total number of attacks" a share of attacks; participles listed before the counted noun
("completed, failed or foiled jihadist attacks") are kept, none read as the fate of all; what the
counted are set aside for ("registered for release") is kept too. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2022, 9, 21)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The country already has about 6.2 million children out of school, according to the "
            "agency.",
            6200000,
            "children out of school",
        ),
        ("About 2.9 million children are out of school, the agency says.", 2900000,
         "children out of school"),
        (
            "Across the three countries more than 7,000 schools have closed since 2019, the "
            "agency says.",
            7000,
            "schools closed",
        ),
        (
            "The agency says more than 70 percent of schools in the two regions had closed at "
            "the height of the boycott.",
            70,
            "share of schools closed",
        ),
        (
            "The fighting has forced more than 400,000 people to flee their homes since "
            "January.",
            400000,
            "people displaced",
        ),
    ],
)
def test_out_of_school_and_closed(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_share_of_the_total_is_of_the_first_figure_told(analyse):
    text = (
        "The mission recorded 1,540 civilian casualties in the first half of the year, 480 of "
        "them deaths; women and children made up 41 percent of the total."
    )
    assert _measures(analyse, text).get(41) == "share of civilian casualties who are women and children"


def test_a_share_of_the_total_number_of_a_thing_is_a_share_of_the_thing(analyse):
    text = (
        "The group carried out 300 attacks last year, and about 40 percent of the total number "
        "of attacks in the north were in Borno."
    )
    assert _measures(analyse, text).get(40) == "share of attacks in borno"


def test_people_out_of_work(analyse):
    text = "More than 3,000 people are out of work in the town since the siege began in 2019."
    assert _measures(analyse, text).get(3000) == "people out of work"


# participles listed before the counted noun are kept, none read as the fate of all of them
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "According to the agency, there were 17 completed, failed or foiled jihadist "
            "attacks in the union in 2021.",
            17,
            "completed, failed or foiled jihadist attacks",
        ),
        ("The agency counted 31 foiled attacks in 2021.", 31, "foiled attacks"),
        (
            "More than 250 soldiers and police officers have been deployed since 2019.",
            250,
            "soldiers and police officers deployed",
        ),
    ],
)
def test_listed_participles_before_the_noun(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "About 650 children have been registered for release in the province since October, "
            "the agency said.",
            650,
            "children registered for release",
        ),
        (
            "About 650 children have been registered in the province since October, the agency "
            "said.",
            650,
            "children",
        ),
    ],
)
def test_what_the_counted_are_set_aside_for(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
