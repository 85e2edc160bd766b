"""Perpetrators of attacks read from words of blame and answerability ("held responsible for",
"involved in", "took part in", "accused ... of", "blamed ... for killing"); subjects that are no
doers (a verb of suffering, the subject joined to a passive); and the doer told in the sentence
after an attack that names none. Through the real pipeline, on sentences written for these
tests: each rule must and must not give a filler."""

from __future__ import annotations

import pytest

from helpers import muc4_fillers

pytestmark = pytest.mark.slow


def _perpetrators(analyse, text: str) -> set[str]:
    return muc4_fillers(analyse, text, "PerpInd")


# --- answerable for the attack -----------------------------------------------------------------


def test_the_subject_held_responsible_for_a_bombing_did_it(analyse):
    text = "the insurgents are being held responsible for the bombing of the dam, which killed six people."
    assert "insurgents" in _perpetrators(analyse, text)


def test_the_subject_of_a_passive_blame_did_it(analyse):
    text = "the militants were blamed for the bombing of the pipeline, which killed two guards."
    assert "militants" in _perpetrators(analyse, text)


def test_the_subject_responsible_in_a_relative_clause_did_it(analyse):
    text = "the insurgents, who are responsible for the bombing of the power plant, fled north."
    assert "insurgents" in _perpetrators(analyse, text)


def test_those_who_took_part_in_an_attack_did_it(analyse):
    text = "militants took part in the bombing of the depot, which killed three watchmen."
    assert "militants" in _perpetrators(analyse, text)


def test_whose_involvement_in_a_massacre_is_confirmed_did_it(analyse):
    text = "the governor confirmed the involvement of gunmen in the massacre of nine herders."
    assert "gunmen" in _perpetrators(analyse, text)


def test_those_denied_responsible_are_no_doers(analyse):
    text = "the insurgents are not responsible for the bombing of the dam, which killed six people."
    assert "insurgents" not in _perpetrators(analyse, text)


def test_those_who_did_not_take_part_are_no_doers(analyse):
    text = (
        "the militants did not take part in the bombing of the depot, which killed three watchmen."
    )
    assert "militants" not in _perpetrators(analyse, text)


def test_the_one_who_blames_is_no_doer(analyse):
    text = "the militants were blamed by the governor for the bombing of the pipeline."
    assert "governor" not in _perpetrators(analyse, text)


# --- blamed for an attack told by a verb ----------------------------------------------------------


def test_the_object_blamed_for_killing_did_it(analyse):
    text = "the mayor blamed the insurgents for killing four herders near the river."
    assert "insurgents" in _perpetrators(analyse, text)


def test_the_subject_that_blames_for_killing_is_no_doer(analyse):
    text = "the mayor blamed the insurgents for killing four herders near the river."
    assert "mayor" not in _perpetrators(analyse, text)


# --- subjects that did not do it ------------------------------------------------------------------


def test_one_who_suffered_injuries_is_no_doer(analyse):
    text = "one person suffered light injuries in the grenade attack on the bank office."
    assert "one person" not in _perpetrators(analyse, text)


def test_those_who_died_did_not_wound_the_others(analyse):
    text = "at least 12 people died and 40 people were wounded in the explosion of a car bomb at the bus station."
    assert not _perpetrators(analyse, text) & {"at least 12 people", "12 people", "people"}


def test_the_doer_of_conjoined_active_verbs_is_kept(analyse):
    text = "gunmen stormed the market and killed four farmers."
    assert "gunmen" in _perpetrators(analyse, text)


# --- the doer named in the sentence after the attack ------------------------------------------


def test_the_doer_told_just_after_an_attack_that_named_none_is_its_doer(analyse):
    text = (
        "a bomb exploded at the post office of the town yesterday, killing a clerk. the bomb "
        "had been planted by two men who fled on motorcycles."
    )
    assert "two men" in _perpetrators(analyse, text)


def test_who_found_the_bomb_after_an_attack_is_no_doer(analyse):
    text = (
        "a bomb exploded at the post office of the town yesterday, killing a clerk. the bomb "
        "had been found by two farmers a week before, police said."
    )
    assert "two farmers" not in _perpetrators(analyse, text)


def test_a_later_doer_does_not_join_an_attack_that_named_its_own(analyse):
    text = (
        "insurgents bombed the post office of the town yesterday, killing a clerk. the bomb "
        "had been sold to them by two smugglers, police said."
    )
    perpetrators = _perpetrators(analyse, text)
    assert "insurgents" in perpetrators
    assert "two smugglers" not in perpetrators
