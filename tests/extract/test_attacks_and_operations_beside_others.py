"""Attacks and operations told beside or inside another story (``extract.attacks``,
``extract.operations``): a state's guard corps firing missiles or a country's drone is an
operation, not an attack; an attack set as a condition ("if its fighters were attacked") or
recalled in a "when" clause of a time months back is no event; a raid told with "night" or
"dawn" before it is still the force's raid."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 13)  # a Saturday
LEAD = "Fighting went on in the north of the country this week.\n\n"


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(LEAD + text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the Revolutionary Guards fired ballistic missiles at what they called "
        "Islamic State bases in eastern Syria.",
        "Iran's Islamic Revolutionary Guard Corps fired cruise missiles at Jaish al-Adl "
        "positions across the border on Wednesday.",
        "The IRGC launched missiles at militant hideouts in the mountains on Thursday, "
        "state television said.",
    ],
)
def test_a_guard_corps_firing_missiles_is_an_operation(analyse, text):
    assert _events(analyse, text, "military_operation")
    assert not _events(analyse, text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fired mortar rounds at the presidential palace in Mogadishu on Tuesday, "
        "killing two guards.",
        "Insurgents launched rockets at an army base near Kunduz on Wednesday, wounding five "
        "soldiers.",
    ],
)
def test_a_group_firing_munitions_is_still_an_attack(analyse, text):
    assert _events(analyse, text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "The group's deputy chief was killed by a U.S. drone in Marib province on Tuesday, "
        "tribal sources said.",
        "Two commanders of the group were killed by an American drone near the border on "
        "Thursday, officials said.",
    ],
)
def test_killed_by_a_countrys_drone_is_no_attack(analyse, text):
    assert not _events(analyse, text, "attack")


def test_killed_by_a_drone_flown_as_a_bomb_is_an_attack(analyse):
    text = (
        "Four soldiers were killed by an explosives-laden drone flown by the rebels into "
        "their post on Thursday."
    )
    assert _events(analyse, text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "A rebel spokesman said on Monday the group would pull out of the talks if its "
        "camps were bombed again.",
        "The minister said the truce would collapse if the insurgents ambushed another convoy.",
        "Clan elders warned they would take up arms if the militia attacked their villages.",
    ],
)
def test_an_attack_set_as_a_condition_is_no_event(analyse, text):
    assert not _events(analyse, text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "The group has threatened the country's Christians in its videos since January, "
        "when a suicide bomber killed 22 worshippers at a church in the capital.",
        "The town has stayed quiet since March, when insurgents overran an army base and "
        "killed 30 soldiers.",
    ],
)
def test_an_attack_recalled_as_a_time_months_back_is_no_event(analyse, text):
    assert not _events(analyse, text, "attack")


def test_an_attack_in_a_when_clause_of_this_week_is_kept(analyse):
    text = (
        "Gunmen killed six police officers at a checkpoint near the border on Tuesday, "
        "when a convoy was passing through."
    )
    assert _events(analyse, text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Taliban special forces killed three suspected Islamic State militants and detained "
        "two others in a night raid on a house in Jalalabad on Saturday.",
        "Police commandos shot dead four Boko Haram fighters in a dawn raid on a hideout "
        "outside Kano on Friday.",
    ],
)
def test_a_night_raid_by_a_force_is_its_operation(analyse, text):
    assert _events(analyse, text, "military_operation")
    assert not _events(analyse, text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody is shelling this town except the government," a resident said on Friday.',
        "No one attacked the convoy on its way to the border, the army said on Tuesday.",
    ],
)
def test_an_attack_done_by_nobody_is_no_event(analyse, text):
    assert not _events(analyse, text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Researchers said the rebels had scattered into small bands after the army's offensive "
        "and moved east toward the lakes.",
        "The militants regrouped in the hills after the military's offensive, local officials "
        "said.",
    ],
)
def test_an_offensive_told_as_the_time_of_another_event_is_background(analyse, text):
    assert not _events(analyse, text, "military_operation")


def test_an_offensive_told_with_its_own_verb_and_day_is_kept(analyse):
    text = (
        "Thousands of civilians fled their homes after the army's offensive against the rebels "
        "began on Tuesday."
    )
    assert _events(analyse, text, "military_operation")
