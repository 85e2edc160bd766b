"""Shares told by a fraction (``extract.statistics``): a fraction of a named place is a share
of its ground ("controlled nearly a third of Iraq"), as a percentage of it is, but a fraction
of a place no name picks out ("half of the city") counts nothing; a fraction of "all" of
something is a share of that whole. A hyphened adjective of what the counted are tied to stays
in the measure ("terrorism-related arrests", "Maoist-related violence"). A bare percentage that
is its clause's subject is a share of the count told just before ("Nearly 70 percent were
carried out with drones"), the means saying which part; a fraction of a year's acts is a share
of those acts ("a third of last year's attacks"). The phrase right after "of them" says which
part a share is ("nearly half of them in Lower Shabelle"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 4, 30)


def _measures(analyse, text: str) -> dict[int | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "At its height in 2014 the group controlled nearly a third of Iraq.",
            33,
            "share of iraq controlled",
        ),
        (
            "Chhattisgarh accounted for more than a third of all Maoist-related violence in India "
            "last year.",
            33,
            "share of maoist-related violence in chhattisgarh",
        ),
        ("Police made 320 terrorism-related arrests last year.", 320, "terrorism-related arrests"),
    ],
)
def test_shares_of_named_places_and_wholes(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_fraction_of_an_unnamed_place_counts_nothing(analyse):
    assert _measures(analyse, "Gunmen now roam half of the city at night, residents say.") == {}


def test_a_bare_percentage_is_a_share_of_the_count_before(analyse):
    text = (
        "The monitor counted 52 attacks claimed by the group in 2024, an average of about four "
        "a month. Nearly 60 percent were carried out with drones or roadside bombs, it said."
    )
    measures = _measures(analyse, text)
    assert measures.get(60) == "share of attacks claimed carried out with drones or roadside bombs"
    assert measures.get(52) == "attacks claimed"


def test_a_share_of_a_years_acts(analyse):
    text = "The group claimed 120 attacks last year. Half of last year's attacks were ambushes."
    assert _measures(analyse, text).get(50) == "share of attacks that are ambushes"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The tracker counted 44 attacks on army bases in the first five months of the year, "
            "nearly half of them in Lower Shabelle.",
            50,
            "share of attacks in lower shabelle",
        ),
        (
            "The county has about 2,300 teachers, roughly 40 percent of them from outside the "
            "county, the education office says.",
            40,
            "share of teachers from outside the county",
        ),
    ],
)
def test_the_part_a_share_is_placed_in(analyse, text, value, measure):
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    shares = {r["value"]["max"]: r["measure"] for r in records if r["measure"].startswith("share")}
    assert shares.get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The research unit recorded 742 attacks across the country in the first nine months "
            "of the year. Nearly nine in ten took place in Kunar and Nangarhar, it said.",
            90,
            "share of attacks in kunar and nangarhar",
        ),
        (
            "Some 4,000 firearms were looted from police armouries in the first weeks of the "
            "violence, officials say, and fewer than half have been recovered.",
            50,
            "share of firearms seized",
        ),
        (
            "The agency recorded 40 attacks last year. Fewer than one in five were carried out by "
            "someone in contact with a group abroad, it says.",
            20,
            # the doers say which part
            "share of attacks carried out by someone in contact",
        ),
    ],
)
def test_a_fraction_that_is_its_clause_s_subject_is_a_share_of_the_count_before(
    analyse, text, value, measure
):
    assert _measures(analyse, text).get(value) == measure
