"""Dates counted from another event (``extract.counted_from``), round 2: the other event set
apart by a name ("before the Garissa raid", "a day before Omar died"), "the day after the
massacre" hung off a participle, "Hours before the vote" with the preposition hung off the
count, "on the night of the attack", a count in the event's clause beating the day of its
saying, and "within hours of" a verdict given on the day of publication."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import date_spans_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 15)  # a Thursday


def _dates(analyse, text: str, event_type: str) -> list[tuple]:
    return date_spans_of(analyse(text, PUBLISHED), event_type)


def test_named_assault_is_the_one_told_with_that_name(analyse):
    text = (
        "Gunmen stormed an army camp near Garissa before dawn on Monday, killing nine soldiers, "
        "officials said.\n\n"
        "The attackers cut through the fence of the Dadaab camp and fired on the barracks.\n\n"
        "Earlier, a car bomb exploded at a checkpoint in Mandera on Sept. 3, killing four people.\n\n"
        "Two days before the Dadaab assault, the air force said it had carried out an air strike "
        "on a militant camp in Jilib."
    )
    assert ("2022-09-10", "2022-09-10") in _dates(analyse, text, "military_operation")


def test_a_day_before_a_named_leader_died(analyse):
    text = (
        "Kamal Haddad, the group's leader, was killed in a drone strike in Idlib on Sept. 8, "
        "the group said.\n\n"
        "A day before Haddad died, an air strike on a convoy near Sarmada killed three fighters."
    )
    assert ("2022-09-07", "2022-09-07") in _dates(analyse, text, "military_operation")


def test_the_day_after_the_massacre_beats_the_day_it_was_said(analyse):
    text = (
        "Gunmen killed 40 villagers in Tiwa on Saturday.\n\n"
        "The army said on Tuesday that its helicopters had bombed a column of fighters the day "
        "after the massacre."
    )
    assert ("2022-09-11", "2022-09-11") in _dates(analyse, text, "military_operation")


def test_the_day_said_stays_without_a_count(analyse):
    text = (
        "Gunmen killed 40 villagers in Tiwa on Saturday.\n\n"
        "The army said on Tuesday that its helicopters had bombed a column of fighters fleeing "
        "toward the border."
    )
    assert ("2022-09-11", "2022-09-11") not in _dates(analyse, text, "military_operation")


def test_hours_before_the_bombing_fronted(analyse):
    text = (
        "A suicide bomber blew himself up at a mosque in Kano on Tuesday, killing 12 people.\n\n"
        "Police in Zaria said on Wednesday that they had arrested two men.\n\n"
        "Hours before the bombing, however, militants overran the town of Dutsin and raised "
        "their flag over its police station, residents said."
    )
    assert ("2022-09-13", "2022-09-13") in _dates(analyse, text, "territorial_change")


def test_on_the_night_of_the_attack(analyse):
    text = (
        "Gunmen attacked a hotel in Mogadishu on Sunday, killing 21 people.\n\n"
        "Al-Shabaab said last week that it would strike hotels used by officials.\n\n"
        "The group said in a message on its Andalus radio on the night of the attack that its "
        "fighters had stormed the hotel."
    )
    assert ("2022-09-11", "2022-09-11") in _dates(analyse, text, "media_release")


def test_within_hours_of_a_verdict_given_on_the_day_of_publication(analyse):
    text = (
        "A court in Jakarta on Thursday sentenced a militant preacher to death for inciting "
        "attacks on police.\n\n"
        "Within hours of the sentence, a poster shared on pro-Islamic State channels on "
        "Telegram urged supporters to avenge him by killing police officers."
    )
    assert ("2022-09-15", "2022-09-15") in _dates(analyse, text, "threat")


def test_the_night_before_the_attack(analyse):
    text = (
        "Gunmen stormed a polling station in Kunduz on Saturday, killing six guards.\n\n"
        "The night before the attack, insurgents overran the town of Imam Sahib and raised "
        "their flag over the district office, officials said."
    )
    assert _dates(analyse, text, "territorial_change") == [("2022-09-09", "2022-09-09")]


def test_the_day_before_a_holiday_glossing_a_date_keeps_the_date(analyse):
    text = (
        "A suicide bomber drove a car into a police post in Medan on Sept. 5, the day before "
        "the Independence Day holiday, wounding two officers."
    )
    assert _dates(analyse, text, "attack") == [("2022-09-05", "2022-09-05")]
