"""A sentence that tells a state's act beside another trigger is read on the other one: the
act whose own doer is a state force ("police shot dead", "warplanes bombed", a killing "when
officers stormed" a house, an ambush the teller blames on special forces) gives no attack.
Also no attack: militants "shot dead", armed men pictured, an attack someone had organised, a
lead that dates its attack to a year before, and a guess about an attack told just before.
The dead of a passive clause are not taken for the doers of its act ("troopers died when
their patrol was ambushed" stays an attack). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 15)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "Federal police shot dead Omar Haddad, whom prosecutors accuse of planning last month's "
        "massacre at a bus station, in a raid on a flat on Tuesday, officials said.",
        "Haddad and three other men were killed when officers stormed a farmhouse outside the "
        "town on Tuesday, after a long exchange of fire and grenades.",
        "Two suspects died on Monday when counter-terrorism police raided an apartment in the "
        "port city, a spokesman said.",
        "The rebels' statement said their commander died on Sunday, blaming government special "
        "forces for an ambush that the defence ministry denied carrying out.",
        "In a second clash the same day near the river, three more militants were shot dead.",
        "Government troops said four insurgents were shot dead in a gunfight on Monday.",
    ],
)
def test_the_state_s_acts_beside_other_words_are_no_attacks(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        # armed men pictured, an attack someone had organised
        "On Tuesday, jihadist channels shared photographs of about twenty masked gunmen, said "
        "to be in the hills, swearing loyalty to the group's new chief.",
        "Officials said the slain man had organised both the market attack and a foiled assault "
        "on a church a month later.",
    ],
)
def test_pictures_and_authorship_are_no_attacks(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


def test_a_headline_recalls_an_attack_it_dates_years_before(analyse):
    text = (
        "Army says it killed commander wanted over 2019 ambush of border guards\n\n"
        "The army said on Tuesday that it had killed the commander in the north of the country."
    )
    assert not records_of(analyse(text, PUBLISHED), "attack")


def test_a_guess_about_the_attack_just_told_is_no_second_record(analyse):
    text = (
        "Gunmen stormed a hotel in the capital on Friday and held dozens of guests for hours, "
        "killing 14 people. Reports that a third attacker had escaped through a side door "
        "during the assault could not be confirmed."
    )
    assert len(records_of(analyse(text, PUBLISHED), "attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the dead of a passive clause are no doers: the ambush stays an attack
        "Two days later, four border guards died when their convoy was ambushed near the "
        "village, an attack claimed that evening by the Mountain Front.",
        "Five policemen were killed on Monday when their patrol was ambushed by militants near "
        "the dam.",
        # a state act beside an armed group's attack: the group's attack stays
        "Gunmen attacked a checkpoint on Tuesday, killing three soldiers, before police shot "
        "two of the attackers dead.",
        "Militants stormed a village school on Tuesday and killed six teachers; troops later "
        "shot dead two of the gunmen.",
        # a killing blamed on a group, not on the state
        "Officials blamed the Mountain Front for a bombing that killed nine people at a market "
        "on Tuesday.",
    ],
)
def test_attacks_beside_state_acts_stay(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "attack")
