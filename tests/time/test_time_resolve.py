"""Stage 4, time: expressions resolved against the publication date (news reports the past)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest

from helpers import last_weekday
from watchfloor.time import reporting_window, resolve_expression

WED = date(2020, 1, 29)  # a Wednesday


def _span(text, anchor, narrative=None):
    span = resolve_expression(text, anchor, narrative)
    assert span is not None, f"{text!r} was not resolved"
    assert span.text == text
    return span


def _days(span) -> tuple[date, date]:
    return date.fromisoformat(span.start), date.fromisoformat(span.end)


# --- month and day --------------------------------------------------------------------------------


def test_month_day_before_anchor_is_this_year():
    span = _span("Jan. 14", WED)
    assert (span.start, span.end, span.precision) == ("2020-01-14", "2020-01-14", "day")


def test_month_day_after_anchor_is_last_year():
    """Across the year boundary: "Dec. 30" in an article of Jan. 5 is the previous December."""
    span = _span("Dec. 30", date(2020, 1, 5))
    assert (span.start, span.end) == ("2019-12-30", "2019-12-30")


def test_month_day_later_in_the_year_than_anchor_is_last_year():
    span = _span("Jan. 14", date(2020, 1, 5))
    assert span.start == "2019-01-14"


def test_month_day_on_the_anchor_is_the_anchor():
    assert _span("January 29", WED).start == WED.isoformat()


@pytest.mark.parametrize("text", ["14 January", "the 14th of January", "Jan 14th"])
def test_month_day_spellings(text):
    span = resolve_expression(text, WED)
    assert span is not None and span.start == "2020-01-14" and span.precision == "day"


def test_leap_day_before_a_non_leap_anchor():
    span = resolve_expression("Feb. 29", date(2021, 1, 10))
    assert span is not None and span.start == "2020-02-29"


# --- weekdays ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("anchor", [date(2020, 1, 27) + timedelta(days=i) for i in range(7)])
@pytest.mark.parametrize("weekday", ["Monday", "Wednesday", "Sunday"])
def test_weekday_is_the_latest_on_or_before_anchor(anchor, weekday):
    start, end = _days(_span(weekday, anchor))
    assert start == end == last_weekday(anchor, weekday)
    assert start.strftime("%A") == weekday
    assert 0 <= (anchor - start).days < 7


def test_this_past_wednesday_before_a_thursday():
    start, _ = _days(_span("this past Wednesday", date(2020, 1, 30)))
    assert start == date(2020, 1, 29)


def test_this_past_wednesday_on_a_wednesday_is_a_week_back():
    start, end = _days(_span("this past Wednesday", WED))
    assert start == end == WED - timedelta(days=7)


def test_last_weekday_never_returns_the_anchor_itself():
    start, _ = _days(_span("last Wednesday", WED))
    assert start == WED - timedelta(days=7)


# --- relative words -------------------------------------------------------------------------------


def test_yesterday_and_today():
    assert _days(_span("yesterday", WED)) == (WED - timedelta(days=1),) * 2
    assert _days(_span("last night", WED)) == (WED - timedelta(days=1),) * 2
    assert _days(_span("this morning", WED)) == (WED, WED)


def test_last_week_is_the_previous_monday_to_sunday():
    span = _span("last week", WED)
    start, end = _days(span)
    assert span.precision == "week"
    assert start.weekday() == 0 and end.weekday() == 6
    assert (end - start).days == 6
    assert end < WED and (WED - end).days <= 7


def test_last_month_is_the_whole_previous_month_across_a_year_boundary():
    span = _span("last month", date(2020, 1, 10))
    assert (span.start, span.end, span.precision) == ("2019-12-01", "2019-12-31", "month")


def test_last_month_ends_on_the_months_last_day():
    span = _span("last month", date(2020, 3, 15))
    assert (span.start, span.end) == ("2020-02-01", "2020-02-29")


def test_in_may_is_the_latest_may_not_after_anchor():
    span = _span("in May", WED)
    assert (span.start, span.end, span.precision) == ("2019-05-01", "2019-05-31", "month")
    later = _span("in May", date(2020, 6, 1))
    assert (later.start, later.end) == ("2020-05-01", "2020-05-31")


def test_bare_may_is_not_a_date():
    """ "may" is usually the modal verb."""
    assert resolve_expression("may", WED) is None


def test_year_only():
    span = _span("2016", WED)
    assert (span.start, span.end, span.precision) == ("2016-01-01", "2016-12-31", "year")


def test_year_after_anchor_is_not_a_date():
    assert resolve_expression("2031", WED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January 14, 2019", "2019-01-14"),
        ("Jan. 14, 2019", "2019-01-14"),
        ("14 January 2019", "2019-01-14"),
        ("2019-01-14", "2019-01-14"),
        ("Sunday, March 3rd, 2019", "2019-03-03"),
    ],
)
def test_full_dates_ignore_the_anchor(text, expected):
    for anchor in (WED, date(2010, 1, 1), None):
        span = resolve_expression(text, anchor)
        assert span is not None
        assert (span.start, span.end, span.precision) == (expected, expected, "day")


def test_month_and_year():
    span = _span("March 2019", WED)
    last = calendar.monthrange(2019, 3)[1]
    assert (span.start, span.end, span.precision) == ("2019-03-01", f"2019-03-{last}", "month")


def test_ago():
    assert _days(_span("three days ago", WED)) == (WED - timedelta(days=3),) * 2
    start, end = _days(_span("two weeks ago", WED))
    assert start <= WED - timedelta(weeks=2) <= end


# --- narrative dates -------------------------------------------------------------------------------


def test_two_days_later_counts_from_the_narrative_date():
    told = date(2020, 1, 15)
    span = _span("Two days later", WED, narrative=told)
    assert _days(span) == (told + timedelta(days=2),) * 2
    assert span.precision == "day"


def test_the_next_day_and_earlier():
    told = date(2020, 1, 15)
    assert _days(_span("the next day", WED, told)) == (told + timedelta(days=1),) * 2
    assert _days(_span("three days earlier", WED, told)) == (told - timedelta(days=3),) * 2


# --- no anchor: no guess ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jan. 14",
        "this past Wednesday",
        "yesterday",
        "last week",
        "last month",
        "in May",
        "two days later",
        "Tuesday",
    ],
)
def test_no_anchor_keeps_text_with_null_dates(text):
    span = resolve_expression(text, None)
    assert span is not None
    assert span.start is None and span.end is None
    assert span.text == text


# --- not dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "10 years",
        "24-year-old",
        "a 24-year-old",
        "for 10 years",
        "three hours",
        "aged 35",
        "six-month",
        "",
        "   ",
        "the police",
    ],
)
def test_durations_and_ages_are_not_dates(text):
    assert resolve_expression(text, WED) is None


# --- reporting window --------------------------------------------------------------------------------


def test_reporting_window_ends_on_publication():
    span = reporting_window(WED, 7)
    assert (span.start, span.end) == ((WED - timedelta(days=7)).isoformat(), WED.isoformat())
    assert span.text is None
    assert reporting_window(None, 7) is None
