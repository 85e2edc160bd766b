"""People counted where they live (``extract.statistics``): "2 million people live in Idlib
province" names them with the place ("people living in idlib province"), while the people of
a camp of the story are its residents ("the Roj camp", "the camps around the city", or
"al-Hol" where the story calls it a camp). A part of them told by a bare participle ("about
half of them displaced from elsewhere") is a share of residents so described, also when the
parse reads the participle as a past tense. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2023, 3, 9)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "More than 3 million people live in Idlib province, the United Nations says.",
            3000000,
            "people living in idlib province",
        ),
        (
            "More than 2 million people live in the rebel-held north-west, aid agencies say.",
            2000000,
            "people living in rebel-held north-west",
        ),
        (
            "About 150,000 people lived in Sirte and nearby towns before the war, officials said.",
            150000,
            "people living in sirte before the war",
        ),
        (
            "More than 80,000 people still live in displacement camps across the state, aid "
            "agencies say.",
            80000,
            "people living in displacement camps",
        ),
        (
            # the place after the verb is where they live; "In Shan State" frames the sentence
            "In Shan State alone, about 90,000 people have lived in displacement camps since "
            "the fighting resumed in 2011, aid agencies say.",
            90000,
            "people living in displacement camps",
        ),
    ],
)
def test_people_living_somewhere_are_named_with_the_place(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 41,000 people live in the Roj camp, the U.N. says.", 41000),
        ("Aid agencies said about 90,000 people live in the camps around the town.", 90000),
        (
            "Kurdish forces guard the al-Hol camp in Hasakah province. About 45,000 people, most "
            "of them women and children, live in al-Hol, the U.N. says.",
            45000,
        ),
    ],
)
def test_the_people_of_a_camp_of_the_story_are_its_residents(analyse, text, value):
    assert _measures(analyse, text).get(value, "").endswith("residents")


def test_people_living_in_a_state_are_told_by_it(analyse):
    text = "Aid agencies say nearly 45,000 people in parts of Borno are living in famine-like conditions."
    assert _measures(analyse, text).get(45000) == "residents living in famine-like conditions"


@pytest.mark.parametrize(
    "text",
    [
        "More than 3 million people live in Idlib province, about half of them displaced from "
        "elsewhere in Syria, the United Nations says.",
        "More than 2 million people live in the rebel-held north-west, about half of them "
        "displaced from elsewhere in Syria, aid agencies say.",
    ],
)
def test_a_part_of_them_told_by_a_participle_is_a_share_of_residents(analyse, text):
    assert _measures(analyse, text).get(50) == "share of residents displaced from elsewhere"


def test_a_part_of_them_with_a_noun_is_still_who_they_are(analyse):
    text = "About 1.5 million people live in Idlib province, about half of them children."
    assert _measures(analyse, text).get(50) == "share of residents who are children"
