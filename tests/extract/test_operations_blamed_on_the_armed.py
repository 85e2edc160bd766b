"""An act no force is named as doing, which its sentence blames on an armed group ("two soldiers
died in the raid but the army blamed the ADF"), is that group's attack, not the forces'
operation; a raid in which police only pick people up is the arrest's story
(``extract.operations``). Forces blaming militants for one act and raiding them is still
their operation. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Congo's army confirmed two soldiers and a civilian died in the raid but blamed the "
        "Allied Democratic Forces.",
        "On Friday an explosives-laden drone hit a checkpoint in Abyan province, killing four "
        "soldiers; the council blamed the militants.",
        "Three other suspected members of the network were picked up on Sunday in raids in "
        "Bekasi and Bogor, police said.",
    ],
)
def test_no_operation_by_the_forces(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "military_operation")


def test_forces_raiding_those_they_blame_is_an_operation(analyse):
    text = "The army blamed the militants for the ambush and launched raids on their hideouts."
    assert records_of(analyse(text, PUBLISHED), "military_operation")


def test_a_force_an_attacker_is_dressed_as_did_nothing(analyse):
    text = (
        "A gunman dressed in a police uniform stormed a Shiite shrine in western Kabul late on "
        "Tuesday, killing at least 14 people."
    )
    records = analyse(text, PUBLISHED)
    assert records_of(records, "attack")
    assert not records_of(records, "military_operation")
