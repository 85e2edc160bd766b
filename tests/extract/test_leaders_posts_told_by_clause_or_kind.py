"""Posts told in ways the parse hides: a relative clause that is a saying of the leading ("X,
who they said commands the Taliban's fighters"), a post told as an armed group's with no group
named ("X, a militant commander": the story's group), and a name the parse hangs on the verb
after the object ("captured a commander of the group in the south, X, and two of his aides")
(``extract.leaders``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 8, 15)  # a Wednesday

TALIBAN = "Taliban fighters stormed the city of Ghazni on Friday, and troops fought them for days. "
STATE = "Islamic State fighters attacked a checkpoint near Bir al-Abd on Tuesday. "


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _group(record: dict) -> list[str]:
    return [a["canonical"] for a in record["actors"] if a["role"] == "other"]


def test_a_saying_that_someone_commands_a_group_gives_his_post(analyse):
    text = TALIBAN + (
        "Provincial officials said that Qari Hafizullah Munib, who they said commands the "
        "Taliban's fighters in the districts west of the city, may have been killed in one of "
        "the American strikes on Monday."
    )
    [record] = _changes(analyse, text)
    assert record["subtype"] == "rumoured_dead"
    assert "Munib" in subject_names(record)
    assert _group(record) == ["Taliban"]


def test_a_saying_of_something_else_gives_no_post(analyse):
    text = TALIBAN + (
        "Provincial officials said that Qari Hafizullah Munib, who they said owns a shop in the "
        "city, may have been killed in one of the American strikes on Monday."
    )
    assert _changes(analyse, text) == []


def test_a_militant_commander_of_no_named_group_is_the_storys(analyse):
    text = STATE + (
        "The army said on Thursday that air strikes near Bir al-Abd had killed Ali Mahmoud "
        "Ghanem, a militant commander it described as one of the attack's planners."
    )
    [record] = _changes(analyse, text)
    assert record["subtype"] == "killed"
    assert "Ghanem" in subject_names(record)
    assert _group(record) == ["Islamic State"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a post outside armed groups
        "The army said on Thursday that militants had killed Ali Mahmoud Ghanem, a police "
        "commander in the town.",
        # no armed word before the post
        "The army said on Thursday that air strikes had killed Ali Mahmoud Ghanem, a local "
        "commander.",
    ],
)
def test_a_commander_not_told_as_a_militant_is_no_leader(analyse, sentence):
    assert _changes(analyse, STATE + sentence) == []


def test_a_name_after_the_object_is_the_one_captured(analyse):
    text = STATE + (
        "The army said on Saturday that its troops had captured a commander of the group in the "
        "south, Salem al-Bakkoush, and two of his aides in a raid on a farm."
    )
    [record] = _changes(analyse, text)
    assert record["subtype"] == "captured"
    assert "Bakkoush" in subject_names(record)
