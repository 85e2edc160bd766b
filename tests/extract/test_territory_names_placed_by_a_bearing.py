"""A town the recogniser reads as a person, or not at all, is a place when a bearing from a
known place follows its name ("retook Jurf al-Sakhar, south of Baghdad,", "drove the militants
out of Zumar, north-west of Mosul Dam") (``extract.territory``); a person followed by no
bearing stays no place. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2014, 10, 30)  # a Thursday

CONTEXT = "Islamic State gunmen killed hundreds of inmates in northern Iraq in June. "


def _changes(analyse, text: str) -> list[tuple[str, str, str]]:
    return [
        (r["subtype"], r["location"]["name"], r["location"]["country_code"])
        for r in records_of(analyse(CONTEXT + text, PUBLISHED), "territorial_change")
    ]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Iraqi troops and Shiite militia fighters retook Jurf al-Sakhar, south of Baghdad, "
            "on Oct. 24, after a week of fighting.",
            "Jurf al-Sakhar",
        ),
        (
            "On Oct. 25, Kurdish peshmerga fighters drove the militants out of Zumar, about 60 km "
            "north-west of Mosul Dam.",
            "Zumar",
        ),
    ],
)
def test_a_name_with_a_bearing_after_it_is_a_place_taken(analyse, sentence, place):
    assert _changes(analyse, sentence) == [("recaptured", place, "IQ")]


def test_a_person_captured_is_no_place(analyse):
    sentence = "Iraqi troops captured Abu Omar al-Kurdi on Oct. 24 after a week of fighting."
    assert _changes(analyse, sentence) == []


def test_control_regained_of_a_town_the_story_called_an_island(analyse):
    """ "regained control of Karamga" only a place can be regained control of: a name the
    recogniser read as an organisation, which the story called an island before."""
    text = (
        "Boko Haram fighters who attacked an army post on Karamga island in Lake Chad at dawn on "
        "Saturday killed 46 soldiers, Niger's government said on Tuesday. The army said it had "
        "regained control of Karamga by Sunday afternoon."
    )
    changes = records_of(analyse(text, date(2015, 4, 29)), "territorial_change")
    assert [(c["subtype"], c["location"]["name"]) for c in changes] == [
        ("recaptured", "Karamga")
    ]
