"""A group's leader killed in a strike or raid that a country made ("in joint Afghan and
American strikes", "in an Israeli raid"), killed "when warplanes struck", or told as the
group's loss ("its previous chief had been killed", "his predecessor had been killed") is an
operation or a leadership change, not an attack. Killings by named militants, or of a police
chief, stay attacks. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 8)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "The head of the group's Sahel branch was killed along with eight of his men in joint "
        "French and Malian strikes near Menaka on Tuesday, the army said.",
        "Abu Karim, who ran the faction's finances, was killed in an Israeli raid on a flat in "
        "southern Beirut on Monday, officials said.",
        "Omar took over the movement after his predecessor, Yusuf Dahir, was killed in a U.S. "
        "drone strike in the Lower Shabelle region on Aug. 30.",
        "The rebel commander Hassan Jaber was killed on Tuesday when warplanes bombed a "
        "farmhouse where he was meeting his deputies, his group said.",
        "Branches of the Islamic State have pledged loyalty to its new emir, days after the "
        "group said its previous chief had been killed in fighting in the north.",
        "Cells from Mali to Mozambique have sworn loyalty to the group's new leader in the week "
        "since it announced that his predecessor had been killed.",
    ],
)
def test_a_leader_lost_to_a_states_strike_is_no_attack(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "The district police chief was killed on Tuesday when gunmen stormed his office in "
        "Kunduz, officials said.",
        "Militants killed the head of the village council in an ambush near Gao on Tuesday.",
        "Four soldiers were killed along with a driver in a Taliban raid on a checkpoint in "
        "Kunduz on Tuesday.",
        "Six shoppers were killed in an Islamic State bombing at a market in Kabul on Tuesday.",
    ],
)
def test_attacks_by_militants_stay_attacks(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        'The 12-minute message also attacked the rival faction\'s leaders as "apostates" and '
        "warned followers against joining them.",
        "An editorial in the group's weekly newspaper attacked the clerics for backing the "
        "peace talks.",
        "Troops killed the two men who led the months-long siege of the port city, officials "
        "said on Tuesday.",
        "Karim Diallo, a jihadist commander who led the kidnapping of a French nun, was shot "
        "dead near Gao on Tuesday.",
        "Ahmed Salah, the rebel commander blamed for a string of ambushes that killed dozens of "
        "soldiers, was shot dead by the police in a forest on Tuesday.",
    ],
)
def test_attacks_in_words_or_in_a_mans_past_are_no_attacks(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


def test_a_reaction_to_the_killing_is_the_attack_told_before(analyse):
    text = (
        "Militants beheaded a Norwegian hostage on the island on Tuesday after a ransom "
        "deadline passed. The prime minister called the killing a barbaric act and said Oslo "
        "would not pay ransoms."
    )
    assert len(records_of(analyse(text, PUBLISHED), "attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who stormed a hotel in Mogadishu on Tuesday killed 12 guests, police said.",
        "Ali Musa, a local shopkeeper, was shot dead by gunmen near Gao on Tuesday.",
        "Islamic State fighters attacked an army post near Diffa on Tuesday, killing five "
        "soldiers.",
    ],
)
def test_attacks_told_as_news_stay(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "attack")
