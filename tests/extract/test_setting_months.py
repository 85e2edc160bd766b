"""``extract.setting.a_month_before_last``: a time told by one month alone is history once that
month is the one before last, whatever the day of the story; spans and finer times are not
judged by it."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract.setting import a_month_before_last
from watchfloor.models import DateSpan


def _month(start: str, end: str) -> DateSpan:
    return DateSpan(start, end, "month", "in a month")


@pytest.mark.parametrize(
    ("published", "span", "gone"),
    [
        (date(2016, 10, 26), _month("2016-08-01", "2016-08-31"), True),  # August, in October
        (date(2016, 10, 1), _month("2016-08-01", "2016-08-31"), True),
        (date(2017, 2, 25), _month("2016-12-01", "2016-12-31"), True),  # across the new year
        (date(2016, 10, 31), _month("2016-09-01", "2016-09-30"), False),  # last month
        (date(2016, 10, 5), _month("2016-10-01", "2016-10-31"), False),  # this month
        # a span of months, and a day, are not a month told alone
        (date(2016, 10, 26), _month("2016-05-01", "2016-07-31"), False),
        (date(2016, 10, 26), DateSpan("2016-08-03", "2016-08-03", "day", "Aug. 3"), False),
    ],
)
def test_a_month_before_last_is_history(published, span, gone):
    assert a_month_before_last(published, span) is gone
