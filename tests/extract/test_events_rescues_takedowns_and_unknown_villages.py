"""Events told in ways the captivity stories use: a takedown whose object sits between the verb
and its particle ("shut the channel down", "took the account down"); a force that frees people
from their captors, or frees people told as abducted, carries out a raid; the date of a clause
that tells how the freed were taken is not the raid's; a people's or a language's name ("in
Kazakh and Russian") is no place; a village the gazetteer knows only in a country the story
never names ("the village of Buda" in a Nigerian story) is no place. And what must not be read
so. Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 25)  # a Monday


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Telegram shut the channel down on Tuesday after researchers flagged it.",
        "Facebook took the account down on Wednesday, and officers said they had used the "
        "recording to narrow the search.",
    ],
)
def test_a_takedown_with_its_object_inside_the_phrasal_verb(analyse, text):
    (takedown,) = _events(analyse, text, "online_action")
    assert takedown["subtype"] == "takedown"


def test_a_fight_taken_down_a_road_is_no_takedown(analyse):
    text = "The rebels took the fight down the valley on Tuesday, residents said."
    assert _events(analyse, text, "online_action") == []


@pytest.mark.parametrize(
    "text",
    [
        "Special forces rescued a Dutch engineer and his wife from Abu Sayyaf kidnappers on the "
        "island of Jolo on Sunday, the military said.",
        "Troops on Sunday freed 95 pupils and teachers who were abducted from a school in "
        "Zamfara state, the army said.",
    ],
)
def test_freeing_people_from_their_captors_is_a_raid(analyse, text):
    (raid,) = _events(analyse, text, "military_operation")
    assert raid["subtype"] == "raid"


def test_people_freed_by_their_captors_are_no_raid(analyse):
    text = "The kidnappers freed two of the hostages on Sunday after a ransom was paid."
    assert _events(analyse, text, "military_operation") == []


def test_a_clause_telling_how_the_freed_were_taken_does_not_date_the_raid(analyse):
    text = (
        "LAGOS, Nigeria, March 25, 2024 — Troops have freed 95 pupils and teachers who were "
        "abducted from a school in Zamfara state more than two weeks ago, the army said."
    )
    (raid,) = _events(analyse, text, "military_operation")
    assert raid["date"] is None or raid["date"]["start"] >= "2024-03-18"


def test_a_language_is_no_place(analyse):
    text = (
        "The Information Ministry said on Monday that Telegram had removed 38 channels in Kazakh "
        "and Russian that shared Islamic State videos."
    )
    (takedown,) = _events(analyse, text, "online_action")
    assert (takedown["location"] or {}).get("country_code") != "AZ"


def test_a_village_known_only_abroad_is_no_place(analyse):
    text = (
        "KADUNA, Nigeria, March 25, 2024 — Gunmen seized 61 people in the village of Buda in "
        "Kajuru, in Kaduna state, on March 12, residents said."
    )
    (kidnapping,) = _events(analyse, text, "attack")
    assert kidnapping["location"]["country_code"] == "NG"


def test_a_takedown_whose_verb_the_parse_read_as_an_adjective(analyse):
    text = "Facebook removed pages run by supporters of the group on Monday."
    (takedown,) = _events(analyse, text, "online_action")
    assert takedown["subtype"] == "takedown"


def test_a_banned_group_is_still_no_takedown(analyse):
    text = "The government said on Monday that it had banned militant groups in the province."
    assert _events(analyse, text, "online_action") == []
