"""What state forces do is no attack, however the sentence names the doer: an aircraft or an
armed drone as the subject ("air strikes had killed", "a drone fired two missiles"), a pronoun
standing for the forces that report their own deed ("the army says it has killed"), a siege of
militants holed up in a building. Plans told in the past perfect ("the cell had been preparing
an attack"), an attacker of an attack told before ("men who knew the gunman"), a man described
as the planner of an old bombing, a person or a plan named after attacks ("an attack planner")
and a witness quoting a habit ('"they planted bombs in doorways"') or commenting on what a
group does ('"it has killed its own for less"') tell no attack either.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 7)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        # aircraft as the doer, even where the parse breaks the subject apart
        "The army said on Monday that air strikes north and northwest of the town of Kidal had "
        "killed the commander of the Islamic State's local branch and 30 of his fighters.",
        "Air strikes on a hideout in the hills had killed the group's deputy leader and 12 of "
        "his men, the ministry said on Tuesday.",
        "Residents of the coastal town said a drone had fired two missiles at a pickup truck on "
        "Friday, killing four men.",
        "A drone launched a missile at a car carrying al-Shabaab commanders near Jilib on "
        "Wednesday, killing three of them.",
        "A coalition spokesman said on Monday that strikes near Raqqa had killed a senior "
        "Islamic State commander.",
        # a pronoun doer told by the forces themselves
        "French and Malian forces say they have probably killed Amadou Sidibe, the preacher "
        "whose fighters have spread across central Mali.",
        "The army says it has killed Abu Talha, a senior commander of the Islamic State "
        "branch, in an operation in the north of the country.",
        "Nigerian troops said they had killed Bako Gorgore, a Boko Haram commander, near the "
        "town of Bama on Monday.",
        # a siege of militants shut in a building
        "Army commandos ended a three-day siege of a house in the city of Comilla on Tuesday "
        "after killing five militants holed up inside.",
        "Police lifted the siege of a farmhouse on Monday after the four suspected militants "
        "barricaded inside were shot dead.",
    ],
)
def test_the_state_s_acts_are_no_attacks(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "It said the cell had also been preparing an attack on a shrine south of the capital, "
        "and that explosive belts had been seized.",
        "Prosecutors said the three men had planned to bomb a concert hall in the city.",
        "Investigators said the group had been plotting a series of attacks on churches before "
        "its leader was caught.",
    ],
)
def test_a_plan_told_in_the_past_perfect_is_no_attack(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Tuesday that they had arrested two men who were believed to have known "
        "the gunman.",
        "A friend of the suicide bomber was questioned by police on Wednesday.",
        "Police shot the gunman dead after a chase through the old town.",
    ],
)
def test_the_attacker_of_an_attack_told_before_tells_no_new_one(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden said on Saturday that he had ordered the strikes against a senior "
        'Islamic State attack planner and the recruits he commanded, and that "many terrorists" '
        "had been killed.",
        "Soldiers killed Abu Hamza, the planner of the Pulwama bombing, on Monday.",
        "Police raided a bomb-making workshop in the suburbs on Monday.",
    ],
)
def test_men_and_plans_named_after_attacks_are_no_attacks(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        '"Every house was a trap; they planted bombs in refrigerators, in doorways, under the '
        'stairs," said Lt. Col. Omar Haddad, a counterterrorism officer.',
        '"They planted explosives under the beds and inside the ovens," a police officer said '
        "of the militants who had held the district.",
    ],
)
def test_a_quoted_habit_is_no_attack(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        '"The militia has killed its own members for less," said Farid Osman, a researcher '
        "who follows the group.",
        # a quotation running on from the sentence before, in the same paragraph
        '"They wanted the town to see it. Their fighters now spend their days ambushing '
        'convoys and being ambushed in turn," said Hana Rafiq, an analyst.',
        '"If the rebels can put a car bomb at the gate of the governor\'s house, no office in '
        'the province is safe," a diplomat said.',
    ],
)
def test_an_act_named_in_a_speaker_s_comment_is_no_attack(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "attack")


def test_a_quotation_telling_an_attack_at_a_place_tells_one(analyse):
    text = (
        'The magazine described the siege. "Five soldiers of the caliphate carried out an '
        'attack on a restaurant in Dhaka, killing dozens of foreigners," it said.'
    )
    [attack] = records_of(analyse(text, PUBLISHED), "attack")
    assert attack["location"]["name"] == "Dhaka"


def test_a_comment_leaves_the_attack_told_around_it(analyse):
    text = (
        "Gunmen attacked a police post in the town on Tuesday, killing four officers.\n\n"
        '"Killing police is how they tell people who is in charge," said Farid Osman, a '
        "researcher who follows the group."
    )
    found = records_of(analyse(text, PUBLISHED), "attack")
    assert len(found) == 1
    assert found[0]["killed"] == {"min": 4, "max": 4}


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # must stay: the doer is an armed group's, or the drone is the bomb
        ("An explosives-laden drone hit a checkpoint on Friday, killing four soldiers.", None),
        ("Islamic State drones struck a market on Sunday, killing seven people.", None),
        ("The gunman opened fire on worshippers on Friday, killing five people.", "armed_assault"),
        ('"They planted two bombs outside the market on Monday," the officer said.', "bombing"),
        ("Militants said they had killed 12 soldiers in an ambush on Monday.", "ambush"),
        # the attack done is the plan's subject: it was carried out
        (
            "The car bomb attack on Monday that killed six people at the ministry had been "
            "planned since September, officials said.",
            "bombing",
        ),
        (
            "Army commandos ended a four-day siege of an apartment block in Sylhet on Tuesday "
            "after killing four suspected militants holed up inside, in an operation "
            "overshadowed by two bomb blasts near the cordon that killed six people.",
            "bombing",
        ),
        (
            "Gunmen stormed a hotel in the capital on Monday and took 20 guests hostage.",
            "hostage_taking",
        ),
    ],
)
def test_attacks_still_told(analyse, text, subtype):
    found = records_of(analyse(text, PUBLISHED), "attack")
    assert found
    if subtype is not None:
        assert [a["subtype"] for a in found] == [subtype]


def test_a_gun_battle_is_no_weapon_of_an_attack(analyse):
    text = (
        "Soldiers captured the cartel's leader in a pre-dawn raid in Sinaloa on Thursday, "
        "setting off a day of gun battles around the state capital in which 29 people were "
        "killed, the defence minister said on Friday."
    )
    assert not records_of(analyse(text, PUBLISHED), "attack")
