"""A death that only online talk tells ("accounts on social media claimed that he had died") is
a rumour, not a killing; a leader's own recording denying his death shows him alive, dated by
the day the recording came out, while a denial by his group, a spokesman or a written statement
shows nothing. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 17)  # a Friday


def _subtypes(analyse, text: str) -> list[str]:
    return sorted(r["subtype"] for r in records_of(analyse(text, PUBLISHED), "leadership_change"))


TALK_OF_DEATH = [
    "Ahmed Diriye, the leader of al-Shabaab, was named in 2014. Users on Twitter claimed that "
    "Diriye was killed in an air strike on Tuesday.",
    "Mullah Baradar, the Taliban deputy leader, spoke on Monday. Accounts on social media claimed "
    "that Baradar had died in an exchange of fire late on Wednesday.",
    "The message was read out on Monday, after several days in which accounts on Afghan and "
    "Pakistani social media claimed that Mullah Baradar, the Taliban deputy leader, had died.",
]


@pytest.mark.parametrize("text", TALK_OF_DEATH)
def test_online_talk_of_a_death_is_a_rumour(analyse, text):
    assert _subtypes(analyse, text) == ["rumoured_dead"]


OFFICIAL_WORD = [
    "Ahmed Diriye, the leader of al-Shabaab, was named in 2014. Somali officials claimed that "
    "Diriye was killed in an air strike on Tuesday.",
    "Ahmed Diriye, the leader of al-Shabaab, was named in 2014. The army said that it had killed "
    "Ahmed Diriye in an air strike on Tuesday.",
]


@pytest.mark.parametrize("text", OFFICIAL_WORD)
def test_an_official_claim_stays_a_killing(analyse, text):
    assert _subtypes(analyse, text) == ["killed"]


OWN_DENIALS = [
    "Mullah Baradar, the Taliban deputy leader, has released an audio recording denying that he "
    "was killed or wounded in a quarrel in Kabul.",
    "Ahmed Diriye, the leader of al-Shabaab, spoke in a recording posted on Sunday. The recording "
    "denied that he had died in a drone strike.",
]


@pytest.mark.parametrize("text", OWN_DENIALS)
def test_a_leaders_own_recorded_denial_shows_him_alive(analyse, text):
    assert _subtypes(analyse, text) == ["confirmed_alive"]


def test_the_denial_takes_the_day_the_recording_came_out(analyse):
    text = (
        "Mullah Baradar, the Taliban deputy leader who was made a minister last month, has "
        "released an audio recording denying that he was killed in a quarrel in Kabul. The "
        "recording was posted on Wednesday by a spokesman, after days of rumours."
    )
    [alive] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert alive["subtype"] == "confirmed_alive"
    assert alive["date"]["start"] == "2023-03-15"


DENIALS_BY_OTHERS = [
    "The Taliban denied that Mullah Baradar, their deputy leader, had been killed in a quarrel "
    "in Kabul.",
    "Ahmed Diriye, the leader of al-Shabaab, was named in 2014. The group issued a statement "
    "denying that he had been killed.",
    "Ahmed Diriye, the leader of al-Shabaab, was named in 2014. A spokesman released a video "
    "denying that Diriye had been killed.",
]


@pytest.mark.parametrize("text", DENIALS_BY_OTHERS)
def test_a_denial_by_others_shows_nothing(analyse, text):
    assert _subtypes(analyse, text) == []
