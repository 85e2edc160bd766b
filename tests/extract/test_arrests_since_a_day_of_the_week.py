"""Arrests counted "since" a day of this week are news (``extract.arrests`` through the certainty
verdict): "Since Tuesday, officers have detained five more suspects" is a detention, not history;
arrests counted since a year long past stay a tally, which the statistics record. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 3, 14)  # a Thursday; Tuesday is March 12


def test_arrests_since_a_day_of_this_week_are_news(analyse):
    text = (
        "Since Tuesday, officers have detained five more suspects in North Sumatra and Central "
        "Java, police said on Thursday."
    )
    [arrest] = records_of(analyse(text, PUBLISHED), "arrest")
    assert arrest["arrested"] == {"min": 5, "max": 5}
    assert arrest["date"]["start"] == "2019-03-12"


def test_arrests_since_a_year_long_past_are_a_tally(analyse):
    text = "Police have arrested more than 300 suspected militants in the province since 2014."
    result = analyse(text, PUBLISHED)
    assert records_of(result, "arrest") == []
    assert [s["value"]["min"] for s in records_of(result, kind="statistic")] == [300]
