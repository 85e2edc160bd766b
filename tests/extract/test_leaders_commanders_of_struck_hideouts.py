"""A commander killed where an armed group's men were struck ("jets struck insurgent hideouts
..., killing a commander known as X") is one of the group the article is about, and his name
may be set beside the post or given by "known as" though the recogniser misses it
(``extract.leaders``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import fates_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 2, 12)  # a Wednesday


def _fates(analyse, text: str) -> list[tuple[str, str]]:
    return fates_of(analyse(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Boko Haram fighters burned the trucks. The air force said on Tuesday that its jets "
            "had struck insurgent hideouts near Alagarno on Monday, killing a commander known "
            "as Abu Shimau and several of his fighters.",
            "Abu Shimau",
        ),
        (
            "Al-Shabaab fighters burned the buses. The army said soldiers had raided an "
            "insurgent camp near Bambui on Sunday, killing five fighters, among them a local "
            "commander, General Kaboko.",
            "General Kaboko",
        ),
    ],
)
def test_a_commander_killed_where_fighters_were_struck(analyse, text, name):
    assert ("killed", name) in _fates(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # the men killed are no armed group's
        "Boko Haram fighters burned the trucks. Police raided a house in the city on Monday, "
        "killing a man known as Abu Shimau.",
        # a commander of the state's own forces
        "Boko Haram fighters struck an army base on Monday, killing a commander known as "
        "Musa Bello.",
    ],
)
def test_no_fate_of_a_leader(analyse, text):
    assert _fates(analyse, text) == []
