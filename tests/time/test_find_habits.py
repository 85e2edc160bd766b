"""A weekday after "every" or "each" tells a habit ("the dance held every Thursday evening"),
not a day: it is no date, and so no day for "the same night" to count from."""

from __future__ import annotations

from datetime import date

from watchfloor.time.find import find_time_expressions

ANCHOR = date(2017, 2, 23)  # a Thursday


def test_every_or_each_weekday_is_no_date():
    for text in (
        "the dance held at the shrine every Thursday evening",
        "prayers that draw crowds each Friday",
        "a market that opens every Sunday morning",
    ):
        assert find_time_expressions(text, ANCHOR) == []


def test_a_weekday_told_as_a_day_stays():
    for text in ("the shrine was bombed on Thursday evening", "every man was killed on Monday"):
        told = find_time_expressions(text, ANCHOR)
        assert [m.span.precision for m in told] == ["day"]
