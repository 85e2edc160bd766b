"""Arson told by the thing burned ("the rebels burned three buses", "the burning of a warehouse",
"two shops were burned", "set on fire a sawmill"): an attack of the arson subtype, a MUC-4 arson
template. Burning told of people, a flag or tires is no arson. Sentences written for these
tests, through the real pipeline."""

from __future__ import annotations

import pytest

from watchfloor.analyze.evaluate_muc4 import document_templates, trigger_incident_type

pytestmark = pytest.mark.slow


def _attack_subtypes(analyse, text: str) -> list[str]:
    return [
        r.data.get("subtype")
        for r in analyse(text).records
        if r.kind == "event" and r.data.get("type") == "attack"
    ]


def _incident_types(analyse, text: str) -> list[str]:
    return [t["incident_type"] for t in document_templates(analyse(text))]


# --- the trigger words alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "burned three buses",
        "burned part of the old coffee fields",
        "burning of a warehouse",
        "shops were burned",
        "set on fire",
    ],
)
def test_burning_of_a_thing_is_arson(words):
    assert trigger_incident_type(words) == "arson"


@pytest.mark.parametrize(
    "words",
    [
        "burned to death",
        "burned the flag",
        "burned tires",
        # the burned thing and the field are in two phrases
        "returned to find the roof burned and the rice fields flooded",
    ],
)
def test_burning_of_no_building_or_vehicle_is_no_arson(words):
    assert trigger_incident_type(words) != "arson"


# --- through the pipeline -----------------------------------------------------------------------


def test_rebels_burning_buses_is_an_arson(analyse):
    text = "armed rebels burned four passenger buses on the northern highway last night."
    assert "arson" in _attack_subtypes(analyse, text)
    assert "arson" in _incident_types(analyse, text)


def test_a_warehouse_set_on_fire_is_an_arson(analyse):
    text = "a rebel commando set on fire a grain warehouse in the port district early today."
    assert "arson" in _incident_types(analyse, text)


def test_stores_burned_in_the_passive_are_an_arson(analyse):
    text = "two stores were burned by unidentified gunmen in the market town on sunday."
    assert "arson" in _incident_types(analyse, text)


def test_protesters_burning_an_effigy_is_no_attack(analyse):
    text = "protesters burned an effigy of the president outside the parliament on friday."
    assert _attack_subtypes(analyse, text) == []


def test_a_man_burned_to_death_is_not_an_arson(analyse):
    text = "gunmen doused a shopkeeper with petrol and he burned to death in the street."
    assert "arson" not in _incident_types(analyse, text)
