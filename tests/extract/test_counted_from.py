"""Dates counted from another event the article tells (``extract.counted_from``): "three days
before the town fell", "two days after the bombing", "within hours of its release", "within
hours" said alone, and "hours after the group released a video" with the video's own day
told elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import date_spans_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 15)  # a Thursday


def _dates(analyse, text: str, event_type: str) -> list[tuple]:
    return date_spans_of(analyse(text, PUBLISHED), event_type)


def test_days_before_a_fall_told_with_its_day(analyse):
    text = (
        "Government troops said on Monday that they had captured Karbeya, the last town the "
        "militants held in the valley.\n\n"
        "Three days before the town fell, the Islamic State released a video of its commander "
        "urging fighters to hold their ground."
    )
    assert ("2022-09-09", "2022-09-09") in _dates(analyse, text, "media_release")


def test_days_after_the_bombing_count_from_the_attack(analyse):
    text = (
        "A suicide bomber blew himself up at a market in Gashua on Saturday, killing 14 people.\n\n"
        "Two days after the bombing, police arrested four men suspected of helping him."
    )
    assert _dates(analyse, text, "arrest") == [("2022-09-12", "2022-09-12")]


def test_within_hours_of_a_release_is_that_day_and_the_next(analyse):
    text = (
        "The Islamic State published a 20-minute audio message by its spokesman on Sunday.\n\n"
        "Telegram said it had removed dozens of channels that carried the message within hours "
        "of its release."
    )
    assert _dates(analyse, text, "online_action") == [("2022-09-11", "2022-09-12")]


def test_within_hours_said_alone_counts_from_the_event_just_told(analyse):
    text = (
        "YouTube said it had deleted more than 200 copies of the group's video since Monday. "
        "Several of the channels moved to a smaller encrypted service within hours, "
        "researchers said."
    )
    dates = _dates(analyse, text, "online_action")
    assert ("2022-09-12", "2022-09-15") in dates
    assert len(set(dates)) == 1


def test_a_claim_within_the_hour_takes_the_day_of_the_attack_told_before(analyse):
    # the attack's day is told in the lead; the claim's sentence, several sentences on, tells
    # none
    text = (
        "KARACHI, Sept. 15, 2022 — Gunmen who stormed a police headquarters in the city on "
        "Friday evening killed four people before they were shot dead, officials said.\n\n"
        "The attackers entered through a rear gate and fought police floor by floor for more "
        "than three hours. Two officers and a cleaner were killed, and 18 people were "
        "wounded. One attacker blew himself up on the fourth floor.\n\n"
        "The Pakistani Taliban claimed the attack within the hour in a statement from their "
        "spokesman."
    )
    assert _dates(analyse, text, "media_release") == [("2022-09-09", "2022-09-09")]


def test_hours_after_a_video_told_elsewhere_with_its_day(analyse):
    text = (
        "Jets struck militant camps near Sirte at dawn on Wednesday, hours after the Islamic State "
        "released a video of the killing of six hostages.\n\n"
        "The three-minute video appeared on Tuesday on channels used by the group."
    )
    assert ("2022-09-13", "2022-09-13") in _dates(analyse, text, "media_release")


def test_an_event_with_its_own_day_keeps_it(analyse):
    text = (
        "A suicide bomber blew himself up at a market in Gashua on Saturday, killing 14 people.\n\n"
        "On Tuesday, two days after the bombing, police arrested four men suspected of helping "
        "him."
    )
    assert _dates(analyse, text, "arrest") == [("2022-09-13", "2022-09-13")]


def test_no_date_when_the_other_event_is_told_nowhere(analyse):
    text = (
        "Two days after the wedding, police arrested four men suspected of planning attacks "
        "in Gashua."
    )
    [(start, _)] = _dates(analyse, text, "arrest")
    assert start != "2022-09-13"


def test_no_date_counted_past_publication(analyse):
    text = (
        "A suicide bomber blew himself up at a market in Gashua on Wednesday, killing 14 "
        "people.\n\n"
        "Two days after the bombing, police arrested four men suspected of helping him."
    )
    assert ("2022-09-16", "2022-09-16") not in _dates(analyse, text, "arrest")


def test_hours_after_keeps_its_day_when_the_day_told_is_further_off(analyse):
    text = (
        "Jets struck militant camps near Sirte at dawn on Wednesday, hours after the Islamic State "
        "released a video of the killing of six hostages.\n\n"
        "The three-minute video appeared on Sunday on channels used by the group."
    )
    assert ("2022-09-11", "2022-09-11") not in _dates(analyse, text, "media_release")
