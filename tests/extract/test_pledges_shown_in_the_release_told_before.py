"""A pledge shown in "the video" the story told before ("Boko Haram released a video on
Monday ... In the 24-minute video, dozens of men are shown swearing allegiance") is dated by
that release, not by the day of the raid the paragraph around it tells (``extract.pledges``).
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2014, 3, 25)  # a Tuesday


def _pledge_days(analyse, text: str) -> list[str]:
    return [r["date"]["start"] for r in records_of(analyse(text, PUBLISHED), "pledge")]


def test_a_pledge_in_the_video_told_before_takes_its_day(analyse):
    text = (
        "MAIDUGURI, Nigeria, March 25, 2014 — Boko Haram released a video on Monday showing its "
        "fighters inside the barracks during the March 14 raid.\n\n"
        "The assault began before dawn on March 14, when fighters stormed the barracks.\n\n"
        "In the 24-minute video, dozens of men described as freed detainees are shown swearing "
        "allegiance to Abubakar Shekau."
    )
    assert _pledge_days(analyse, text) == ["2014-03-24"]


def test_a_pledge_in_a_video_of_its_own_keeps_its_day(analyse):
    text = (
        "MAIDUGURI, Nigeria, March 25, 2014 — Boko Haram released a video on Monday showing its "
        "fighters inside the barracks during the March 14 raid.\n\n"
        "In a video posted on March 20, Boko Haram fighters in Borno swore allegiance to "
        "Abubakar Shekau."
    )
    assert _pledge_days(analyse, text) == ["2014-03-20"]
