"""A weapon word that is what an attack hit ("the rebels attacked two tin mines") names a thing
hit, not a means used: it fills no weapon and does not make the attack a bombing; told with
"with" ("attacked the convoy with mines") it stays the weapon (``extract.attacks``). Burning
told of a thing named with a possessive ("set the governor's office on fire") is arson.
Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from watchfloor.analyze.evaluate_muc4 import trigger_incident_type

pytestmark = pytest.mark.slow


def _attacks(analyse, text: str) -> list[dict]:
    return [
        r.data
        for r in analyse(text).records
        if r.kind == "event" and r.data.get("type") == "attack"
    ]


def _fields(analyse, text: str, name: str) -> list[str]:
    result = analyse(text)
    return [
        f.text
        for r in result.records
        if r.kind == "event" and r.data.get("type") == "attack"
        for s in r.sources
        for f in s.fields
        if f.field == name
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attacked two tin mines in the highlands on Monday and killed nine miners, "
        "the police said.",
        "Gunmen raided the gold mines near the border on Tuesday, killing four guards, "
        "officials said.",
    ],
)
def test_mines_that_were_attacked_are_no_weapon(analyse, text):
    assert _attacks(analyse, text)
    assert "mines" not in _fields(analyse, text, "weapon")
    assert all(a.get("subtype") != "bombing" for a in _attacks(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army convoy with mines on the northern road on Monday, killing "
        "six soldiers and two drivers, the army said.",
        "Insurgents planted mines on the road to the market on Monday, and a bus hit one, "
        "killing eleven passengers, the police said.",
    ],
)
def test_mines_used_against_someone_stay_a_weapon(analyse, text):
    assert any("mines" in w for w in _fields(analyse, text, "weapons"))


@pytest.mark.parametrize(
    "words",
    ["set the governor's office on fire", "set most of the village's huts on fire"],
)
def test_a_thing_named_with_a_possessive_set_on_fire_is_arson(words):
    assert trigger_incident_type(words) == "arson"


def test_a_possessive_set_on_fire_too_far_from_the_verb_is_no_trigger():
    words = "set up a fund for the nine families of the town's firemen who died in the fire"
    assert trigger_incident_type(words) != "arson"
