"""A leader "fatally wounded" in a strike is killed, in the participle too ("..., fatally
wounding X, the group's war minister"), and a leader named "among them" after the dead a sentence
lists ("the dead included four field commanders, among them X, the group's emir for Raqqa") is
killed, as is a commander "among them" of the assailants killed, and a man police "accuse of
leading" a faction leads it (``extract.leaders``). "Fatally
wounding" as a figure of speech about no one named, and a list of the dead with no one named,
give no record. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 6, 10)


def _fates(analyse, text: str) -> list[tuple[str, list[str]]]:
    return [
        (r["subtype"], [a["name"] for a in r.get("actors", []) if a.get("role") == "subject"])
        for r in records_of(analyse(text, PUBLISHED), "leadership_change")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes struck a command post near Mayadin on Friday, killing about 30 "
        "fighters and fatally wounding Gulmurod Sharipov, the Islamic State's war minister.",
        "Iraqi jets bombed an Islamic State meeting near Qaim on Thursday. The ministry said the "
        "dead included five field commanders, among them Abu Hassan al-Dulaimi, whom it "
        "described as the group's emir for Anbar.",
        # the parse hangs the name from the verb, as a conjunct
        "Russian jets struck an Islamic State command post on Friday. The ministry said the dead "
        "included four field commanders, among them Abu Yahya al-Shimali, whom it described as "
        "the group's emir for Raqqa.",
    ],
)
def test_leader_killed(analyse, text):
    fates = _fates(analyse, text)
    assert [subtype for subtype, _ in fates] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The defeat was a fatally wounding blow to the Islamic State's claim to a state, "
        "analysts said on Friday.",
        "Iraqi jets bombed an Islamic State meeting near Qaim on Thursday. The army said the dead "
        "included three senior commanders.",
    ],
)
def test_no_one_named_no_record(analyse, text):
    assert _fates(analyse, text) == []


def test_commander_counted_among_the_assailants_killed(analyse):
    # the attackers the article told of are the group's men: their commander is its commander
    text = (
        "Boko Haram fighters attacked the town of Damasak on Friday. The army said its "
        "counter-attack on Sunday had killed 40 of the assailants, among them a commander it "
        "identified as Bukar Gana, who it said had led the raid."
    )
    assert [subtype for subtype, _ in _fates(analyse, text)] == ["killed"]


def test_leader_by_what_police_accuse_him_of_leading(analyse):
    text = (
        "Police said Rashidul Karim, whom they accuse of leading the JMB faction, was killed in "
        "the raid on Saturday."
    )
    assert [subtype for subtype, _ in _fates(analyse, text)] == ["killed"]
