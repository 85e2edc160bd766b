"""A warplane or a machine made for war ("a combat plane", "fighter jets") shot down is the
armed forces hit (``target_forces``: combat, as a helicopter gunship is), not a target of an
attack; a passenger plane shot down, a plane a bomb blew up or one gunmen seized stays a target,
a museum of warplanes set on fire is one too, and a combat photographer shot is no soldier."""

from __future__ import annotations

import pytest

from helpers import attacks

pytestmark = pytest.mark.slow


def _fields(record, name: str) -> list[str]:
    return [f.text for s in record.sources for f in s.fields if f.field == name]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot down two warplanes over the valley on Monday.",
        "The insurgents said they had downed a warplane near the northern border.",
    ],
)
def test_a_warplane_shot_down_is_the_forces_hit(analyse, text):
    records = attacks(analyse(text), None)
    assert records
    for record in records:
        assert not any("warplane" in t for t in _fields(record, "target"))
    assert any("warplane" in t for r in records for t in _fields(r, "target_forces"))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Insurgents shot down a passenger plane over the hills on Monday, killing 52 people.",
            "passenger plane",
        ),
        (
            "A bomb exploded on a plane shortly after take-off, killing all 63 people aboard.",
            "plane",
        ),
        ("Four gunmen hijacked a plane carrying 90 tourists on Sunday.", "plane"),
        ("Militants set fire to a warplane museum in the capital on Sunday.", "warplane museum"),
    ],
)
def test_a_civil_plane_or_building_stays_a_target(analyse, text, target):
    [record] = attacks(analyse(text), None)
    assert target in _fields(record, "target")
    assert _fields(record, "target_forces") == []


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "Near the capital the insurgents shot down a combat plane, residents said.",
            "combat plane",
        ),
        ("The guerrillas downed two fighter jets near the coast.", "fighter jets"),
    ],
)
def test_a_machine_made_for_war_is_the_forces_hit(analyse, text, hit):
    [record] = attacks(analyse(text), None)
    assert not any(hit in t for t in _fields(record, "target"))
    assert any(hit in t for t in _fields(record, "target_forces"))


def test_a_man_whose_trade_is_told_by_war_is_no_soldier(analyse):
    text = "Gunmen shot dead a combat photographer in the city center on Friday."
    [record] = attacks(analyse(text), None)
    assert _fields(record, "target_forces") == []
