"""Arrests beside other readings of the same words: a named leader taken by soldiers or agents
is a leadership change, not also an arrest (a capture by police, or of someone unnamed, stays an
arrest too); a practice or
policy of detaining is a habit, no arrest; the police who tell of their own arrest ("Police in
Quetta said they had detained ...") place it, not the nationality of the people taken."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers captured Musa Kabiru, a senior Boko Haram commander, near Bama on Tuesday, "
        "the army said.",
        "Army commandos have captured Hassan Afrah, the al-Shabaab commander who planned the "
        "hotel siege, a military spokesman said on Wednesday.",
        "Intelligence officers captured Abu Yahya al-Iraqi, a veteran Islamic State commander, "
        "in an operation abroad, the prime minister said on Monday.",
    ],
)
def test_a_leader_taken_by_soldiers_or_agents_is_no_arrest(analyse, text):
    assert _events(analyse, text, "arrest") == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Wednesday that they had captured a mid-level ELN commander known as "
        "Tigre in the town of Tame.",
        "Police in Lahore arrested a senior Lashkar-e-Taiba commander on Tuesday, officials said.",
        # a captive described, not named, may be anyone an arrest counts
        "Soldiers captured a senior al-Shabaab official near Jilib on Tuesday, the army said.",
    ],
)
def test_a_leader_taken_by_the_police_or_unnamed_stays_an_arrest(analyse, text):
    assert len(_events(analyse, text, "arrest")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "He said the army's practice of detaining anyone with ties to the group had become a "
        "recruiting tool for the insurgents.",
        "Critics said the government's policy of arresting returnees from Syria drove young "
        "men into the arms of the militants.",
        "Rights groups condemned the militia's habit of detaining relatives of suspected fighters.",
    ],
)
def test_a_practice_of_detaining_is_no_arrest(analyse, text):
    assert _events(analyse, text, "arrest") == []


def test_a_practice_named_beside_an_arrest_made_leaves_the_arrest(analyse):
    text = (
        "Police arrested four men in Kano on Tuesday, despite criticism of the practice of "
        "mass detentions."
    )
    assert len(_events(analyse, text, "arrest")) == 1


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        (
            "Police in Quetta said they had detained three Afghan men last week on charges of "
            "handing out Islamic State leaflets.",
            "Quetta",
            "PK",
        ),
        (
            "Police in Kano said on Tuesday they had arrested five Chadian nationals suspected "
            "of supplying Boko Haram.",
            "Kano",
            "NG",
        ),
    ],
)
def test_the_police_who_tell_of_their_arrest_place_it(analyse, text, place, code):
    (arrest,) = _events(analyse, text, "arrest")
    assert arrest["location"]["country_code"] == code
    assert arrest["location"]["name"] == place


def test_an_arrest_placed_in_its_own_words_keeps_its_place(analyse):
    text = "Police in Kano said they had arrested two men in Maiduguri on Tuesday."
    (arrest,) = _events(analyse, text, "arrest")
    assert arrest["location"]["name"] == "Maiduguri"
