"""Targets and weapons of attacks (the MUC-4 roles Target and Weapon) read from lower-case
wire copy, through the real pipeline, on sentences written for these tests: the part of a
thing that stands for the thing, a thing's noun tagged as a verb, the words that name no
weapon, weapons listed or defused, and weapons told with what they are made of."""

from __future__ import annotations

import pytest

from helpers import muc4_fillers

pytestmark = pytest.mark.slow




# --- a part of a thing stands for the thing ----------------------------------------------------


def test_the_thing_a_part_of_which_was_hit_is_the_target(analyse):
    text = "a bomb exploded on the roof of the hotel this morning."
    assert "hotel" in muc4_fillers(analyse, text, "Target")


def test_the_thing_whose_windows_were_damaged_is_the_target(analyse):
    text = "the blast damaged the windows of at least ten shops and destroyed a car."
    targets = muc4_fillers(analyse, text, "Target")
    assert {"shops", "car"} <= targets
    assert "windows" not in targets


def test_a_part_of_a_place_gives_no_target(analyse):
    text = "the blast damaged the windows of the district and destroyed a car."
    targets = muc4_fillers(analyse, text, "Target")
    assert "car" in targets
    assert not any("district" in t or "windows" in t for t in targets)


# --- a thing's noun the tagger took for a verb ------------------------------------------------


def test_a_building_in_the_back_of_which_a_bomb_was_placed_is_the_target(analyse):
    text = "unidentified men placed a bomb in the back of the telephone company building."
    assert "telephone company building" in muc4_fillers(analyse, text, "Target")


def test_building_as_a_verb_gives_no_target(analyse):
    text = "unidentified men placed a bomb at the bank while the workers were building a wall."
    targets = muc4_fillers(analyse, text, "Target")
    assert "bank" in targets
    assert not any("building" in t for t in targets)


# --- words that name no weapon ----------------------------------------------------------------


def test_the_rounds_are_no_weapon_the_gun_is(analyse):
    text = "gunmen killed judge mario perez lopez with bullets from a rifle as he left his office."
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "rifle" in weapons
    assert "bullets" not in weapons


def test_the_fuel_a_station_sells_is_no_weapon(analyse):
    text = "rebels blew up a gasoline station with dynamite on the northern highway."
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "dynamite" in weapons
    assert not any("gasoline" in w for w in weapons)


# --- weapons listed under a verb of finding, or defused --------------------------------------


def test_a_weapon_listed_among_things_found_was_not_used(analyse):
    text = (
        "after the bomb exploded at the bank, police found cartridges, including some for "
        "rifles, at the site."
    )
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "bomb" in weapons
    assert "rifles" not in weapons


def test_a_weapon_that_material_found_was_for_making_was_not_used(analyse):
    text = "after the bomb exploded at the bank, police found material for making grenades."
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "bomb" in weapons
    assert "grenades" not in weapons


def test_weapons_listed_after_an_attack_with_them_were_used(analyse):
    text = "guerrillas attacked the bank with weapons including rifles and grenades."
    assert {"rifles", "grenades"} <= muc4_fillers(analyse, text, "Weapon")


def test_a_defused_weapon_is_the_weapon_of_the_attack_tried(analyse):
    text = "a bomb exploded at the bank, and the police defused a grenade at the hotel."
    assert {"bomb", "grenade"} <= muc4_fillers(analyse, text, "Weapon")


def test_a_seized_weapon_is_no_weapon_of_the_attack(analyse):
    text = "a bomb exploded at the bank, and the police seized a grenade at the hotel."
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "bomb" in weapons
    assert "grenade" not in weapons


# --- a weapon told with what it is made of ---------------------------------------------------


def test_dynamite_sticks_are_one_weapon(analyse):
    text = "the rebels hurled dynamite sticks at the town hall."
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "dynamite sticks" in weapons
    assert "dynamite" not in weapons


def test_a_charge_of_dynamite_is_one_weapon(analyse):
    text = "the rebels placed a charge of dynamite under the bridge."
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "charge of dynamite" in weapons
    assert "dynamite" not in weapons


def test_sticks_of_no_explosive_are_no_weapon(analyse):
    text = "the man was carrying sticks when the rebels attacked the town hall."
    assert not muc4_fillers(analyse, text, "Weapon")


def test_a_weapon_is_told_without_its_owner_pronoun(analyse):
    text = "the gunmen attacked the bus with their rifles and killed the driver."
    weapons = muc4_fillers(analyse, text, "Weapon")
    assert "rifles" in weapons
    assert "their rifles" not in weapons


def test_a_verb_form_of_no_thing_gives_no_target(analyse):
    text = "twenty people were injured by a bomb planted under a bus standing in the street."
    assert not any("standing" in t for t in muc4_fillers(analyse, text, "Target"))
