"""A day told in a relative clause of a state that still held ("moved it to channels on
Telegram, where it was still available on Tuesday", "which remained online on Friday") is no day
of the event it hangs from (``extract.dating``): the takedown and the move are dated by what the
sentence counts them from ("within a day of its release"), not by the day the copies were seen.
A day in a relative clause of an act ("where police raided a house on Tuesday") still dates it.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 3, 8)  # a Thursday

RELEASE = "The Islamic State released a video on Sunday showing the ambush. "


def test_a_state_still_held_on_a_day_does_not_date_the_takedown(analyse):
    text = RELEASE + (
        "YouTube and Twitter removed copies of the video within a day of its release, and "
        "supporters moved it to channels on Telegram, where it was still available on Tuesday, "
        "according to researchers."
    )
    actions = records_of(analyse(text, PUBLISHED), "online_action")
    assert {a["subtype"] for a in actions} == {"takedown", "platform_migration"}
    assert all(a["date"]["start"] != "2018-03-06" for a in actions)


def test_a_clause_that_remained_does_not_date_the_move(analyse):
    text = RELEASE + (
        "Supporters reposted the video on Telegram, where it remained on Tuesday, according to "
        "researchers."
    )
    [move] = records_of(analyse(text, PUBLISHED), "online_action")
    assert move["date"]["start"] != "2018-03-06"


def test_a_relative_clause_with_its_own_subject_does_not_date_the_killing(analyse):
    text = (
        "BAGHDAD, Feb. 8, 2024 — A U.S. drone strike has killed a senior commander of Kataib "
        "Hezbollah whom Washington blamed for an attack in Jordan last month."
    )
    [change] = records_of(analyse(text, date(2024, 2, 8)), "leadership_change")
    assert not change["date"]["start"].startswith("2024-01")


def test_a_relative_clause_of_the_victims_still_dates_the_attack(analyse):
    text = "Gunmen shot dead three women who worked for a radio station on Tuesday."
    [attack] = records_of(analyse(text, PUBLISHED), "attack")
    assert attack["date"]["start"] == "2018-03-06"
