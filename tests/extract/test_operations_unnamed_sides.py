"""Military operations (``extract.operations``) told without the usual words: a strike "on" a
building or convoy by a state, planes that bombed, a hostage rescue by a force, a clash whose
only named side is the militants who fell in it, and an operation told in the "after" clause of
the death it brought about."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 9, 15)  # a Friday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("A Turkish strike on a vehicle near Qamishli killed three men on Tuesday.", "airstrike"),
        (
            "An American missile strike on a compound outside the town killed a senior "
            "commander on Monday.",
            "airstrike",
        ),
        (
            "Air force planes bombed a rebel encampment in the hills on Wednesday, the army said.",
            "airstrike",
        ),
        (
            "Nigerian commandos stormed through the school compound on Thursday and freed the "
            "remaining hostages.",
            "raid",
        ),
        (
            "Police special forces rescued all the captives held in a farmhouse near the border "
            "on Tuesday.",
            "raid",
        ),
        (
            "In another clash the same day in Kupwara district, three militants were killed.",
            "battle",
        ),
    ],
)
def test_operation_is_found(analyse, text, subtype):
    found = _operations(analyse, text)
    assert [r["subtype"] for r in found] == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers staged a strike on Tuesday over unpaid wages.",
        "A Hezbollah rocket strike on a house in Metula wounded three people on Monday.",
        "The kidnappers freed the hostages on Monday after a ransom was paid.",
        "Two protesters were killed in clashes with each other in the capital on Monday.",
        "On Tuesday the guerrillas seized six soldiers in a clash near the border.",
        "Three militants were killed in clashes between the Taliban and the Islamic State "
        "on Monday.",
        "Fazlullah became the group's chief after his predecessor was killed in a drone "
        "strike in 2013.",
        # a running count from a point on, not one operation
        "Since then police have detained more than 300 suspects and shot dead at least 25 "
        "others, the national police said.",
        "Since the spring, soldiers have killed 140 insurgents in the district, the army said.",
    ],
)
def test_no_operation(analyse, text):
    assert _operations(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The commander was killed on Wednesday after soldiers and police surrounded his "
        "hideout in the village and blew it up in a gunfight.",
        "The rebel leader died on Tuesday when troops stormed the house where he was hiding.",
    ],
)
def test_operation_in_the_clause_of_the_death_it_caused(analyse, text):
    assert len(_operations(analyse, text)) == 1


def test_one_killing_told_in_the_perfect_with_a_since_of_its_day_is_kept(analyse):
    text = (
        "Police have shot dead two suspects in a raid on a house in Surabaya since Sunday's "
        "bombings."
    )
    assert len(_operations(analyse, text)) == 1
