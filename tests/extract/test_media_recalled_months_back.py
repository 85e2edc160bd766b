"""A release its words date only to a month several months before the article is recalled
background; one of last month, or told with its day, is news. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 9, 15)  # a Wednesday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


RECALLED = [
    "The group's last recording of its leader, released in March, urged fighters to hold the "
    "city at any cost.",
    "The group's online magazine had in April carried an interview with a man it called its "
    "commander in the region.",
    "Al-Shabaab released a video in February showing fighters training in the Lower Shabelle "
    "region.",
    # a month that ended more than two months before, as for every other kind of event
    "Al-Shabaab released a video in June showing fighters training in the Lower Shabelle "
    "region.",
]


@pytest.mark.parametrize("text", RECALLED)
def test_a_release_of_a_month_long_past_is_background(analyse, text):
    assert _releases(analyse, text) == []


REPORTED = [
    "Al-Shabaab released a video last month showing fighters training in the Lower Shabelle "
    "region.",
    "The Islamic State released an audio recording on Sunday in which its spokesman urged "
    "supporters to attack.",
    "Al-Shabaab released a video in August showing fighters training in the Lower Shabelle "
    "region.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_recent_release_is_reported(analyse, text):
    assert len(_releases(analyse, text)) == 1
