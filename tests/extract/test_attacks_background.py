"""Attacks told as background to other news are not coded (bench/gold/README.md, "What is an
event"): an attack recalled from months before, the attack already told named again in a guess
or a reaction, a speculative attack that is the content of a warning, a strike or a rumoured
death, a foiled plot, a killing of militants, and a campaign's toll. Through the real pipeline,
on sentences written for these tests: each rule with texts that must and must not give an
attack."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _attacks(analyse, text: str, published: date) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "attack"]


# --- an attack recalled from months before ------------------------------------------------

_ARREST_LEAD = (
    "Police in Lyon arrested a man on Tuesday on suspicion of financing a jihadist cell, "
    "prosecutors said.\n\n"
)


@pytest.mark.parametrize(
    "background",
    [
        "The city has suffered several attacks, among them the shooting at a tram stop in "
        "August in which six people died.",
        "The cell is also suspected in the bombing of a market on March 3, which killed 11 people.",
        "Gunmen killed 14 worshippers at a mosque in the suburb in May.",
        # a month told alone, the one before last, however late in it
        "A suicide bomber killed 31 guests at a wedding hall in September.",
    ],
)
def test_an_attack_dated_months_before_the_story_is_background(analyse, background):
    text = _ARREST_LEAD + background
    assert _attacks(analyse, text, date(2021, 11, 17)) == []


@pytest.mark.parametrize(
    "recent",
    [
        "Gunmen killed 14 worshippers at a mosque in the suburb on Nov. 2.",
        "Seven weeks ago, on Sept. 29, a car bomb killed nine soldiers outside the barracks.",
        # last month may still be news
        "Gunmen killed 14 worshippers at a mosque in the suburb in October.",
    ],
)
def test_an_attack_told_weeks_before_the_story_is_still_news(analyse, recent):
    text = _ARREST_LEAD + recent
    assert len(_attacks(analyse, text, date(2021, 11, 17))) == 1


def test_an_old_attack_the_lead_tells_is_what_the_story_is_about(analyse):
    text = (
        "A car bomb killed 12 people at a bus station in Mombasa on June 4, and five months "
        "on survivors say they are still waiting for help.\n\nThe government has promised "
        "to pay them by the end of the year."
    )
    assert len(_attacks(analyse, text, date(2021, 11, 15))) == 1


# --- the attack already told, named again in a guess or a reaction ------------------------

_TOLD = (
    "A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing eight "
    "people, police said.\n\n"
)


@pytest.mark.parametrize(
    "again",
    [
        "The mayor called the bombing a cowardly act and promised to rebuild the checkpoint.",
        "Analysts said the reprisals could prove deadlier than the bomb itself.",
        "Officials said the attack was planned by a cell based in the south.",
        "Two days before the bombing, officials said the group may have moved fighters into "
        "the city.",
    ],
)
def test_the_attack_told_before_named_in_a_guess_is_no_second_attack(analyse, again):
    [attack] = _attacks(analyse, _TOLD + again, date(2022, 3, 8))
    assert attack["certainty"] == "reported"


def test_a_fear_of_new_attacks_after_a_bombing_stays_speculative(analyse):
    text = _TOLD + "Residents fear militants are plotting a new attack on the hotel."
    certainties = sorted(a["certainty"] for a in _attacks(analyse, text, date(2022, 3, 8)))
    assert certainties == ["reported", "speculative"]


# --- a speculative attack that is another event's content ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the interior ministry issued an alert warning that militants might attack "
        "pilgrims during the festival.",
        "The army said an air strike near the border on Friday may have killed the group's "
        "deputy commander.",
    ],
)
def test_a_guessed_attack_inside_a_warning_or_a_strike_is_not_an_attack(analyse, text):
    assert _attacks(analyse, text, date(2022, 3, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said in January that they had foiled a plot to bomb a shrine near the capital.",
        "Police said they had thwarted a plan to attack a concert in the city.",
    ],
)
def test_a_foiled_plot_is_not_an_attack(analyse, text):
    assert _attacks(analyse, text, date(2022, 3, 8)) == []


def test_a_plot_still_feared_stays_a_possible_attack(analyse):
    text = "Officials fear militants are plotting an attack on the airport."
    [attack] = _attacks(analyse, text, date(2022, 3, 8))
    assert attack["certainty"] == "speculative"


# --- killings of militants, and a campaign's toll ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya says it has killed the insurgent commander behind the raids on the coast",
        "Security officials said a third fighter was killed in the operation on Sunday.",
        "The troops also killed Abu Talha, a militant from the north, on Sunday.",
    ],
)
def test_a_killing_of_militants_is_not_an_attack(analyse, text):
    assert _attacks(analyse, text, date(2022, 3, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a police commander in Peshawar on Sunday.",
        "A Taliban commander was shot dead by militants of a rival faction in Tirah on Sunday.",
    ],
)
def test_a_killing_of_officers_or_by_a_rival_group_stays_an_attack(analyse, text):
    assert len(_attacks(analyse, text, date(2022, 3, 8))) == 1


def test_a_toll_counted_over_years_of_bombing_is_a_campaign(analyse):
    text = "A general said that some 30,000 of its fighters had died in three years of bombing."
    assert _attacks(analyse, text, date(2022, 3, 8)) == []


@pytest.mark.parametrize("verb", ["steering", "orchestrating"])
def test_a_leader_held_responsible_for_attacks_tells_no_attack(analyse, verb):
    text = (
        f"Abu Hamza, the man officials hold responsible for {verb} many of the group's attacks "
        "abroad, has died in Syria, his followers said on Tuesday."
    )
    assert _attacks(analyse, text, date(2022, 3, 9)) == []
