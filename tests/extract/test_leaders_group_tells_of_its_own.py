"""A post of no named group, in the news the one group of the sentence tells ("The Islamic State
has said that Abu Omar al-Shishani, a commander, has been killed"), is a post in that group; so
is the head of a body the group owns ("the head of its Supreme Political Council")
(``extract.leaders``). A commander told of by an army names no group: no leadership change; an
old appointment told to say who someone is, in a clause hanging on him, is no news (an old
capture of a predecessor told so stays: ``test_leaders``).
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 7, 14)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Islamic State has said that Abu Omar al-Shishani, a Georgian commander who "
            "became one of the best-known faces of its war, has been killed near Mosul.",
            "Islamic State",
        ),
        (
            "Yemen's Houthi movement said on Monday that Saleh al-Sammad, the head of its "
            "Supreme Political Council, had been killed in an air strike last week.",
            "Houthis",
        ),
    ],
)
def test_a_group_tells_of_its_own_leader(analyse, text, group):
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["subtype"] == "killed"
    assert change["of"] == group


def test_a_commander_told_of_by_an_army_is_no_leadership_change(analyse):
    text = "The army said that Ahmed Khan, a commander, was killed in fighting near Mosul."
    assert not records_of(analyse(text, PUBLISHED), "leadership_change")


def test_a_sub_leader_killed_is_a_leadership_change(analyse):
    text = (
        "Philippine troops and police on Saturday killed an Abu Sayyaf sub-leader who had been "
        "on the run in the central island of Bohol, the military said."
    )
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["position"] == "commander"


def test_an_old_appointment_describing_whom_fighters_pledge_to_is_who_he_is(analyse):
    """ "renew their oath to X, who was named leader of the Islamic State in August", in an
    October story: who X is, not news of an appointment. Told the same week, it is news."""
    text = (
        "Since Sunday, the group's media office has published five photo sets in which fighters "
        "renew their oath to Abu Hafs al-Hashimi al-Qurashi, who was named leader of the "
        "Islamic State in August."
    )
    assert not records_of(analyse(text, date(2023, 10, 25)), "leadership_change")
    recent = text.replace("in August", "on Monday")
    assert records_of(analyse(recent, date(2023, 10, 25)), "leadership_change")


@pytest.mark.parametrize(
    ("text", "appointed"),
    [
        (
            "The Islamic State claimed the attack on the cyclists through its Amaq agency. "
            "The Interior Ministry said police had shot dead three suspects who resisted arrest "
            "and detained a fourth on Sunday, and it named the leader of the cell as a member of "
            "the Islamic Renaissance Party of Tajikistan.",
            False,
        ),
        (
            "Hezbollah named its deputy leader Naim Qassem as secretary-general on Tuesday.",
            True,
        ),
    ],
)
def test_named_as_what_he_is_is_no_appointment(analyse, text, appointed):
    changes = records_of(analyse(text, date(2024, 10, 29)), "leadership_change")
    assert bool([c for c in changes if c["subtype"] == "appointed"]) is appointed
