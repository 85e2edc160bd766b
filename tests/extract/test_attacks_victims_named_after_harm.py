"""Victims named right after a word of harm done to people ("the rebels abducted X", "the
murder of judge X"), and names whose given name the lower-case parse broke off at the front
("deputy candidate | tomas ruiz ferrer"), through the real pipeline, on sentences written for
these tests: each rule with texts that must and must not give the victim."""

from __future__ import annotations

import pytest

from helpers import muc4_fillers

pytestmark = pytest.mark.slow


def _victims(analyse, text: str) -> set[str]:
    return muc4_fillers(analyse, text, "Victim")


# --- a name right after a verb or noun of harm ----------------------------------------------


def test_a_person_named_right_after_a_harm_verb_is_the_victim(analyse):
    text = (
        "on 3 march, gunmen of the people's revolutionary front abducted businessman rodrigo "
        "ibanez salcedo near the river port."
    )
    victims = _victims(analyse, text)
    assert "rodrigo ibanez salcedo" in victims
    assert not any("near" in v or "port" in v for v in victims)


def test_a_titled_name_after_a_harm_verb_is_read_without_its_titles(analyse):
    text = "the rebels machinegunned retired judge anselmo quiroga tellez on a rural road."
    victims = _victims(analyse, text)
    assert "anselmo quiroga tellez" in victims
    assert "retired judge anselmo quiroga tellez" not in victims


def test_an_adjective_between_titles_is_no_name(analyse):
    text = (
        "gunmen carried out the assassination of peruvian trade union leader mateo "
        "villaverde cruz in the capital."
    )
    victims = _victims(analyse, text)
    assert "mateo villaverde cruz" in victims
    assert "union" not in victims and "trade" not in victims


def test_a_place_or_a_date_after_a_harm_verb_is_no_victim(analyse):
    text = "two peasants were kidnapped yesterday in the northern province by the rebels."
    victims = _victims(analyse, text)
    assert not any("yesterday" in v or "province" in v for v in victims)


def test_the_doer_before_the_harm_verb_is_no_victim(analyse):
    text = "rebel commander esteban morales quintana abducted two engineers near the dam."
    assert "esteban morales quintana" not in _victims(analyse, text)


def test_a_lone_word_after_a_harm_verb_without_title_is_no_victim(analyse):
    text = "the terrorists shot several villagers near the market."
    assert not _victims(analyse, text) & {"several", "villagers", "several villagers"}


# --- a given name the parse broke off at the front -------------------------------------------


def test_a_given_name_after_a_title_is_kept_with_the_surnames(analyse):
    text = (
        "mayor ana lucia prieto and deputy candidate tomas ruiz ferrer were kidnapped by "
        "the rebels of the popular army in the town of santa rita."
    )
    victims = _victims(analyse, text)
    assert "tomas ruiz ferrer" in victims
    assert "ruiz ferrer" not in victims


def test_an_adjective_before_a_name_is_not_made_part_of_it(analyse):
    text = "the gunmen murdered senator and presidential hopeful ernesto valdivia ramos."
    victims = _victims(analyse, text)
    assert "ernesto valdivia ramos" in victims
    assert not any(v.startswith("hopeful") for v in victims)


def test_a_plural_title_gives_no_lone_given_name(analyse):
    text = "the gunmen killed brothers anibal, jacobo, and lucas ferreira near the chapel."
    victims = _victims(analyse, text)
    assert "anibal" not in victims


def test_a_lone_word_cut_from_a_longer_name_is_not_given(analyse):
    text = "the commandos murdered senator quintin morillo on the highway to the port."
    victims = _victims(analyse, text)
    assert "quintin" not in victims


def test_full_names_after_a_plural_title_are_victims(analyse):
    text = (
        "students condemned the brutal assassination of priests anselmo barrera and "
        "ricardo moya pineda, teachers of the seminary."
    )
    victims = _victims(analyse, text)
    assert "anselmo barrera" in victims


def test_an_age_before_the_name_is_passed_over(analyse):
    text = "the rebels abducted 57-year-old rancher teodoro quiroga amaya on his farm."
    assert "teodoro quiroga amaya" in _victims(analyse, text)


def test_a_crime_recalled_as_background_of_an_arrest_gives_no_attack(analyse):
    text = (
        "Police arrested two cadres of the rebel army on Monday. The arrested pair took part "
        "in the murder of one Rakesh Mondal in the district."
    )
    assert "rakesh mondal" not in _victims(analyse, text)
