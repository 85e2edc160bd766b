"""An attack template whose weapons are all explosives is a MUC-4 bombing (an attack by
explosives); one that also used guns, rockets or fire stays an attack. Templates and sentences
written for these tests."""

from __future__ import annotations

import pytest

from watchfloor.analyze.evaluate_muc4 import (
    _bombing_by_its_weapons,
    document_templates,
    weapon_kinds,
)


def _attack(*weapons: str, kind: str = "attack") -> dict:
    return {
        "incident_type": kind,
        "PerpInd": [["gunmen"]],
        "PerpOrg": [],
        "Target": [["power station"]],
        "Victim": [],
        "Weapon": [[w] for w in weapons],
    }


@pytest.mark.parametrize("weapons", [("dynamite charges",), ("a car bomb",), ("grenades", "bomb")])
def test_an_attack_with_explosives_alone_is_a_bombing(weapons):
    assert _bombing_by_its_weapons(_attack(*weapons))["incident_type"] == "bombing"


@pytest.mark.parametrize(
    "weapons", [("rifles", "grenades"), ("mortars", "dynamite"), ("molotov cocktails",), ()]
)
def test_an_attack_with_other_weapons_or_none_stays_an_attack(weapons):
    assert _bombing_by_its_weapons(_attack(*weapons))["incident_type"] == "attack"


def test_a_weapon_of_no_known_kind_does_not_make_a_bombing():
    assert _bombing_by_its_weapons(_attack("sticks"))["incident_type"] == "attack"


def test_a_kidnapping_with_explosives_stays_a_kidnapping():
    template = _attack("dynamite", kind="kidnapping")
    assert _bombing_by_its_weapons(template)["incident_type"] == "kidnapping"


def test_weapon_kinds_of_words():
    assert weapon_kinds("5-kg dynamite charge") == {"explosives"}
    assert "firearms" in weapon_kinds("machine-gun")


@pytest.mark.slow
def test_an_attack_told_with_grenades_is_a_bombing(analyse):
    text = (
        "guerrillas attacked the radio station in the port today. the attack with grenades "
        "left two employees wounded."
    )
    assert [t["incident_type"] for t in document_templates(analyse(text))] == ["bombing"]


@pytest.mark.slow
def test_an_attack_told_with_grenades_and_rifles_stays_an_attack(analyse):
    text = (
        "guerrillas attacked the radio station in the port today. the attack with grenades "
        "and rifles left two employees wounded."
    )
    assert [t["incident_type"] for t in document_templates(analyse(text))] == ["attack"]
