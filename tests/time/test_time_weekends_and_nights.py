"""Weekends, nights, days of one month and parts of a month or year (``time.find``)."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.time.find import find_time_expressions, is_period

THU = date(2022, 12, 8)  # a Thursday


def _found(text: str, anchor: date | None = THU, narrative: date | None = None):
    return [
        (m.text, m.span and (m.span.start, m.span.end))
        for m in find_time_expressions(text, anchor, narrative)
        if m.span and m.span.start
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # the Saturday and Sunday before a weekday anchor
        (
            "Two branches followed over the weekend.",
            THU,
            ("the weekend", ("2022-12-03", "2022-12-04")),
        ),
        (
            "Rebels shelled the town last weekend.",
            date(2019, 3, 11),
            ("last weekend", ("2019-03-09", "2019-03-10")),
        ),
        # read on the Saturday itself: the weekend so far
        (
            "Arrests were made at the weekend.",
            date(2020, 2, 1),
            ("the weekend", ("2020-02-01", "2020-02-01")),
        ),
        # "this past" and "last" on a Sunday: the weekend before
        (
            "They withdrew this past weekend.",
            date(2016, 7, 17),
            ("this past weekend", ("2016-07-09", "2016-07-10")),
        ),
        (
            "Clashes went on since the weekend.",
            date(2021, 5, 12),
            ("since the weekend", ("2021-05-08", "2021-05-12")),
        ),
    ],
)
def test_weekends(text, anchor, expected):
    assert _found(text, anchor) == [expected]


def test_overnight_is_the_night_into_the_day_of_publication():
    assert _found("Jets struck depots overnight.", date(2018, 4, 10)) == [
        ("overnight", ("2018-04-09", "2018-04-10"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers carried out overnight searches of several compounds.",
        "Authorities imposed an overnight curfew.",
        "Forces detained nine men during separate, overnight searches.",
    ],
)
def test_overnight_before_a_noun_dates_nothing(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "They overran it on Nov. 29 and 30.",
            date(2024, 12, 6),
            ("Nov. 29 and 30", ("2024-11-29", "2024-11-30")),
        ),
        (
            "Raiders came on the night of October 3-4.",
            date(2013, 10, 6),
            ("October 3-4", ("2013-10-03", "2013-10-04")),
        ),
        (
            "Talks ran between 14 and 16 March 2015.",
            None,
            ("between 14 and 16 March 2015", ("2015-03-14", "2015-03-16")),
        ),
        # across a year boundary the month-day rule reads the first day
        (
            "Polls were attacked on Dec. 30-31.",
            date(2010, 1, 2),
            ("Dec. 30-31", ("2009-12-30", "2009-12-31")),
        ),
    ],
)
def test_days_of_one_month(text, anchor, expected):
    assert _found(text, anchor) == [expected]


def test_days_of_one_month_date_an_event_not_a_period():
    [mention] = find_time_expressions("on Nov. 29 and 30", date(2024, 12, 6))
    assert not is_period(mention.span)


@pytest.mark.parametrize(
    "text",
    [
        "Some 3-4 people were hurt.",
        "On Nov. 29 and 30 soldiers were posted at the gate.",  # "30 soldiers": a count
    ],
)
def test_counts_are_not_days_of_a_month(text):
    assert all(words != "Nov. 29 and 30" for words, _ in _found(text, date(2024, 12, 6)))


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The faction split late last year.",
            date(2019, 3, 5),
            ("late last year", ("2018-01-01", "2018-12-31")),
        ),
        (
            "Two were abducted early last month.",
            date(2017, 7, 20),
            ("early last month", ("2017-06-01", "2017-06-30")),
        ),
        ("He was killed in mid-October.", THU, ("mid-October", ("2022-10-01", "2022-10-31"))),
    ],
)
def test_parts_of_a_month_or_year_are_the_whole_of_it(text, anchor, expected):
    assert _found(text, anchor) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen had surrounded the school the previous night.",
            ("the previous night", ("2017-06-02", "2017-06-02")),
        ),
        (
            "The convoy was stopped the night before.",
            ("the night before", ("2017-06-02", "2017-06-02")),
        ),
    ],
)
def test_the_night_before_counts_from_the_event_told_before(text, expected):
    assert _found(text, date(2017, 6, 5), narrative=date(2017, 6, 3)) == [expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Troops killed the commander Fayez Jan and two others.", []),
        (
            "The offices were closed in Jan, officials said.",
            [("Jan", ("2012-01-01", "2012-01-31"))],
        ),
        ("The raid took place on Jan 5.", [("Jan 5", ("2012-01-05", "2012-01-05"))]),
    ],
)
def test_a_clipped_month_alone_is_a_name(text, found):
    assert _found(text, date(2012, 6, 14)) == found
