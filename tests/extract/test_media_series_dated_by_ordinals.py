"""Each release of a counted series takes the day a later sentence gives it by its ordinal
("The first, on Sunday, showed ...; the second, released on Tuesday, ...; In the third, posted
last week, ...") (``extract.media``). An ordinal that picks out no release ("for the first time on
Monday") dates nothing. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 8, 22)  # a Thursday


def _video_days(analyse, text: str) -> list[str | None]:
    found = records_of(analyse(text, PUBLISHED), "media_release")
    return sorted((r.get("date") or {}).get("start") or "" for r in found)


def test_each_release_of_a_series_takes_its_own_day(analyse):
    text = (
        "JNIM's media outlet, az-Zallaqa, has released three videos about the battle since "
        "July 25. The first, published on July 29, shows burned vehicles. The second, released "
        "on Aug. 6, shows fighters in the desert. In the third, posted last week, a commander "
        "speaks to the camera."
    )
    days = _video_days(analyse, text)
    assert len(days) == 3
    assert days[:2] == ["2024-07-29", "2024-08-06"]
    assert days[2].startswith("2024-08-1")  # the week before the story's


def test_an_ordinal_of_no_release_dates_nothing(analyse):
    text = (
        "JNIM's media outlet, az-Zallaqa, released three videos about the battle on Saturday. "
        "The army said for the first time on Monday that it had lost men in the fighting."
    )
    assert _video_days(analyse, text) == ["2024-08-17"] * 3


def test_the_first_of_something_else_dates_no_release(analyse):
    text = (
        "JNIM's media outlet, az-Zallaqa, released three videos about the battle on Saturday. "
        "The first attack on the town came on Monday, officials said."
    )
    assert _video_days(analyse, text) == ["2024-08-17"] * 3
