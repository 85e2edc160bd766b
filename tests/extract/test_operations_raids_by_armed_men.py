"""A raid armed men carry out is their attack, not a state operation, even when the police tell
of it (``extract.operations``): "About 50 armed men stormed the jail ..., police said", "the
raid was carried out by the Maute group"; a raid an army unit carries out stays its operation.
Troops that "fought the attackers" fought a battle; troops that "broke through to" a
besieged place mounted an offensive. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 8, 29)  # a Monday


def _operations(analyse, text: str) -> list[str]:
    return [r["subtype"] for r in records_of(analyse(text, PUBLISHED), "military_operation")]


@pytest.mark.parametrize(
    "text",
    [
        "About 50 armed men stormed the provincial jail in Marawi City on Saturday evening and "
        "freed eight inmates, police said.",
        "About 50 armed men stormed the provincial jail in Marawi City on Saturday evening and "
        "freed eight inmates. The regional police said the raid was carried out by the Maute "
        "group and led by Abdullah Maute.",
    ],
)
def test_a_raid_by_armed_men_is_no_operation(analyse, text):
    assert _operations(analyse, text) == []


def test_a_raid_carried_out_by_an_army_unit_is_its_operation(analyse):
    text = (
        "Police said the raid was carried out by an elite army unit on Saturday and killed 12 "
        "militants."
    )
    assert _operations(analyse, text) == ["raid"]


def test_troops_who_fought_the_attackers_fought_a_battle(analyse):
    text = (
        "Boko Haram fighters stormed the barracks in Maiduguri on Friday and freed hundreds of "
        "detainees. Troops backed by fighter jets fought the attackers for about five hours."
    )
    assert _operations(analyse, text) == ["battle"]


def test_a_past_war_fought_is_no_battle(analyse):
    text = "His father fought the Soviets in the 1980s, the family said."
    assert _operations(analyse, text) == []


def test_troops_who_broke_through_to_a_besieged_prison_mounted_an_offensive(analyse):
    text = (
        "Syrian troops and allied militiamen broke through to the city's central prison on "
        "Thursday, ending a siege by the Nusra Front that had lasted more than a year."
    )
    assert _operations(analyse, text) == ["offensive"]


def test_attackers_who_broke_through_the_gate_mounted_no_operation(analyse):
    text = "The attackers broke through the gate on Thursday and opened the cells, police said."
    assert _operations(analyse, text) == []
