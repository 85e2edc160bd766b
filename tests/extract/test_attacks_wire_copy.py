"""Attacks told the ways lower-case Latin American wire copy tells them (the MUC-4 texts): a
weak trigger backed by its own words, a murder named in a reaction, the state's killing of
civilians, sabotage, and the words of what was hit. Through the real pipeline, on sentences
written for these tests: each rule with texts that must and must not give the template."""

from __future__ import annotations

import pytest

from watchfloor.analyze.evaluate_muc4 import document_templates, normalise

pytestmark = pytest.mark.slow


def _templates(analyse, text: str) -> list[dict]:
    return document_templates(analyse(text))


def _fillers(analyse, text: str, role: str) -> set[str]:
    return {normalise(m) for t in _templates(analyse, text) for e in t[role] for m in e}


# --- a weak trigger backed by its own words ------------------------------------------------


def test_a_thing_destroyed_by_a_bomb_is_a_bombing(analyse):
    text = "a telephone booth in the south of the city was destroyed by a bomb last night."
    [template] = _templates(analyse, text)
    assert template["incident_type"] == "bombing"
    assert template["Target"] == [["telephone booth"]]


def test_a_thing_destroyed_by_a_flood_is_no_attack(analyse):
    assert _templates(analyse, "the old bridge was destroyed by the floods last night.") == []


def test_a_blast_named_with_what_it_hit_but_no_verb_may_only_recall_one(analyse):
    text = "investigators are still studying the blast outside the chinese consulate."
    assert _templates(analyse, text) == []


def test_a_thing_torched_by_a_mob_names_no_weapon_besides_the_verb(analyse):
    text = "more than forty houses in the village were torched by an angry mob on sunday."
    assert _templates(analyse, text) == []


def test_a_man_shot_by_a_counted_band_is_attacked(analyse):
    text = "judge mario lopez vargas died after he was shot today by two men riding a motorcycle."
    [template] = _templates(analyse, text)
    assert template["PerpInd"] == [["two men"]]
    assert template["Victim"] == [["mario lopez vargas"]]


def test_a_thing_attacked_by_people_at_large_is_no_attack(analyse):
    assert _templates(analyse, "the new law was attacked by people across the country.") == []


# --- a murder named in a reaction -------------------------------------------------------------


def test_a_condemned_murder_of_someone_named_is_told(analyse):
    text = "all the parties condemned the murder of senator julio cesar mendoza."
    assert _fillers(analyse, text, "Victim") == {"julio cesar mendoza"}


def test_a_murder_investigated_by_police_is_not_theirs(analyse):
    text = "the national police are investigating the murder of senator julio cesar mendoza."
    assert _fillers(analyse, text, "Victim") == {"julio cesar mendoza"}


def test_a_condemned_murder_of_no_one_named_is_not_told(analyse):
    assert _templates(analyse, "all the parties condemned the murder.") == []


# --- the state's killing of civilians ------------------------------------------------------


def test_civilians_killed_by_army_patrols_are_attacked_by_them(analyse):
    text = "army patrols killed three journalists near the capital last night."
    [template] = _templates(analyse, text)
    assert template["PerpInd"] == [["army patrols"]]


def test_guerrillas_killed_by_army_patrols_are_combat(analyse):
    assert (
        _templates(analyse, "army patrols killed three guerrillas near the capital last night.")
        == []
    )


def test_soldiers_who_repelled_an_attack_did_not_do_it(analyse):
    text = "guerrillas attacked the town hall today, and soldiers repelled them."
    assert "soldiers" not in _fillers(analyse, text, "PerpInd")


# --- sabotage ------------------------------------------------------------------------------------


def test_sabotage_by_guerrillas_is_an_attack(analyse):
    text = "urban guerrillas carried out acts of sabotage against the electric system last night."
    [template] = _templates(analyse, text)
    assert template["PerpInd"] == [["urban guerrillas"]]


def test_sabotage_of_talks_is_no_attack(analyse):
    assert _templates(analyse, "the minister said the sabotage of the talks must end.") == []


# --- the words of what was hit ----------------------------------------------------------------


def test_a_country_before_a_thing_hit_says_whose_it_is(analyse):
    assert _fillers(analyse, "a bomb exploded at the u.s. embassy last night.", "Target") == {
        "us embassy"
    }


def test_a_town_before_a_thing_hit_only_says_where(analyse):
    text = "a bomb exploded at a bogota restaurant last night."
    assert _fillers(analyse, text, "Target") == {"restaurant"}


def test_an_owner_named_after_of_is_read_whole(analyse):
    text = "terrorists attacked the residence of aleksandr trushin, a soviet diplomat."
    assert _fillers(analyse, text, "Target") == {"residence of aleksandr trushin"}
