"""A release whose own clause gives no day is dated by the day a participle on it says it
reached someone ("in a video obtained by journalists on Sunday"), not by a later reaction to it
nor by the day of the news; a definite release in which the same speaker is heard again ("In the
52-minute recording, Shekau ...") is the one told before, though it gives a length of its own.
Places told with these stories are tested in ``test_placing_states_acting_and_crossings``.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2014, 8, 25)  # a Monday

LEAD = (
    "Boko Haram's leader, Abubakar Shekau, has declared that the towns his fighters hold in "
    "north-eastern Nigeria belong to an Islamic caliphate, in a video obtained by journalists on "
    "Sunday that the military dismissed on Monday as an empty boast."
)


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def test_a_release_is_dated_by_the_day_it_was_obtained(analyse):
    [release] = _releases(analyse, LEAD)
    assert release["date"]["start"] == "2014-08-24"


def test_the_same_speaker_heard_in_a_definite_recording_is_the_release_told_before(analyse):
    text = (
        LEAD + " In the 52-minute recording, Shekau, standing before an armoured personnel "
        "carrier with masked gunmen around him, names Gwoza, a town near the Cameroon border, as "
        "part of the caliphate and says the group has nothing more to do with Nigeria."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "video"


def test_a_recording_of_another_speaker_stays_its_own(analyse):
    second = " In a 20-minute recording released on Friday, Abu Musab al-Barnawi denounced Shekau."
    assert len(_releases(analyse, LEAD + second)) == 2
