"""Calls the threat extractor missed on new articles (``extract.threats``): a caller named by
surname after being introduced as the head of a group's body ("The head of the Houthis' Supreme
Political Council, Mahdi al-Mashat ... Mashat vowed revenge ... and called on the group's armed
forces to widen their missile and drone strikes"); a spokesman saying his group "would avenge"
a death "with attacks on the army" (what is avenged is no target) or that its enemies "would not
be spared". The head of a university's council speaks for no group, and a minister's "would not
be spared" is no call. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2025, 8, 31)  # a Sunday


def _calls(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    return [
        r
        for r in records_of(analyse(text, published), "threat")
        if r["subtype"] == "call_to_attack"
    ]


def _targets(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "target"]


def test_a_surname_introduced_as_head_of_a_groups_council_calls(analyse):
    text = (
        "The head of the Houthis' Supreme Political Council, Mahdi al-Mashat, announced the "
        "prime minister's death in a televised address on Saturday. In the same address, Mashat "
        "vowed revenge for the killings and called on the group's armed forces to widen their "
        "missile and drone strikes on Israel."
    )
    [call] = _calls(analyse, text)
    assert call["date"]["start"] == "2025-08-30"


def test_the_head_of_a_university_council_speaks_for_no_group(analyse):
    text = (
        "The head of the Cairo University council, Ahmed Mashat, spoke on Saturday. Mashat "
        "called on students to attack the police."
    )
    assert _calls(analyse, text) == []


def test_a_spokesman_saying_his_group_would_avenge_a_death_with_attacks(analyse):
    text = (
        "The Pakistani Taliban named a new leader on Thursday. In a call to reporters, the "
        "movement's spokesman, Shahidullah Shahid, said the group would avenge Hakimullah's "
        "death with attacks on the army and the police, and he warned that leaders of the "
        "ruling party would not be spared."
    )
    [call] = _calls(analyse, text, date(2013, 11, 8))
    assert "death" not in _targets(call)
    assert "police" in _targets(call)


def test_a_ministers_would_not_be_spared_is_no_call(analyse):
    text = (
        "The interior minister said on Saturday that those behind the bombing would not be spared."
    )
    assert _calls(analyse, text) == []


def test_a_commander_who_said_and_ordered_checkpoints_reinforced_warns(analyse):
    text = (
        "YALA, Thailand, Nov. 7, 2019 — Insurgents killed 15 village defence volunteers at a "
        "checkpoint on Tuesday. Lt. Gen. Pornsak Poonsawat, the commander of the 4th Army "
        "Region, said on Wednesday that insurgents might try to strike again, and he ordered all "
        "checkpoints manned by volunteers to be reinforced with soldiers."
    )
    [warning] = records_of(analyse(text, date(2019, 11, 7)), "threat")
    assert warning["subtype"] == "official_warning"
    assert warning["date"]["start"] == "2019-11-06"


def test_rebels_reinforcing_their_checkpoints_warn_no_one(analyse):
    text = "The rebels reinforced their checkpoints around the town on Monday."
    assert records_of(analyse(text, date(2019, 11, 7)), "threat") == []
