"""Victims told by a surname the article gave in full before ("... the murder of quesada"
after "senator tomas quesada"), by a name in apposition to the word of their office or tie
("his driver, anselmo ruiz"), and by a lone surname an office in apposition describes
("ordonez, the bishop of the province"), through the real pipeline, on sentences written for
these tests: each rule with texts that must and must not give the victim."""

from __future__ import annotations

import pytest

from helpers import muc4_fillers

pytestmark = pytest.mark.slow


def _victims(analyse, text: str) -> set[str]:
    return muc4_fillers(analyse, text, "Victim")


# --- a surname standing for the full name given before --------------------------------------


def test_a_victim_by_surname_takes_the_full_name_given_before(analyse):
    text = (
        "senator tomas quesada arrived in the port city on friday to open a school. "
        "on saturday, unidentified gunmen murdered senator quesada as he left his hotel."
    )
    victims = _victims(analyse, text)
    assert "tomas quesada" in victims
    assert "quesada" not in victims


def test_a_victim_by_surname_keeps_it_when_no_full_name_came_before(analyse):
    text = "on saturday, unidentified gunmen murdered senator quesada as he left his hotel."
    assert "quesada" in _victims(analyse, text)


def test_the_full_name_of_the_owner_of_a_place_hit_is_taken(analyse):
    text = (
        "senator tomas quesada arrived in the port city on friday to open a school. "
        "on saturday, unidentified men bombed senator quesada's residence."
    )
    assert "tomas quesada" in _victims(analyse, text)


def test_the_field_of_the_full_name_points_at_the_name_given_before(analyse):
    text = (
        "senator tomas quesada arrived in the port city on friday to open a school. "
        "on saturday, unidentified gunmen murdered senator quesada as he left his hotel."
    )
    result = analyse(text)
    full = [
        f.text
        for r in result.records
        for s in r.sources
        for f in s.fields
        if f.field == "victim_full_name"
    ]
    assert full == ["tomas quesada"]


def test_a_full_name_told_only_after_the_victim_is_not_taken(analyse):
    text = (
        "on saturday, unidentified gunmen murdered senator quesada as he left his hotel. "
        "his cousin, ramiro quesada, said the family would not leave the city."
    )
    victims = _victims(analyse, text)
    assert "quesada" in victims
    assert "ramiro quesada" not in victims


# --- a name in apposition to a word of office or tie ------------------------------------------


def test_a_name_in_apposition_to_an_office_is_the_victim(analyse):
    text = (
        "gunmen killed the town's mayor, hilario bastos, and his driver, anselmo ruiz, on monday."
    )
    victims = _victims(analyse, text)
    assert "anselmo ruiz" in victims
    assert "driver" not in victims


def test_a_name_joined_after_a_comma_to_an_office_is_the_victim(analyse):
    text = "the rebels kidnapped the treasurer and his assistant, fermin otero, on the highway."
    assert "fermin otero" in _victims(analyse, text)


def test_a_name_in_apposition_to_the_doer_is_no_victim(analyse):
    text = "their leader, anselmo ruiz, kidnapped two engineers on the highway."
    assert "anselmo ruiz" not in _victims(analyse, text)


# --- a lone surname an office in apposition describes -------------------------------------------


def test_a_lone_surname_described_by_an_office_is_the_victim(analyse):
    text = "armed men kidnapped ordonez, the bishop of the province, near the cathedral."
    assert "ordonez" in _victims(analyse, text)


def test_a_lone_word_described_by_no_office_is_no_victim(analyse):
    text = "armed men attacked cardenas, the capital of the province, on monday night."
    assert "cardenas" not in _victims(analyse, text)


def test_a_verb_form_beside_an_office_is_no_victim(analyse):
    text = "(studio announcer, interrupting) where did the grenade explode in the market?"
    assert "interrupting" not in _victims(analyse, text)


def test_a_name_in_brackets_after_an_office_is_no_victim(analyse):
    text = (
        "two members of the regional peace commission (comision regional) were attacked by gunmen."
    )
    assert "comision regional" not in _victims(analyse, text)
