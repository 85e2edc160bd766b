"""Ranks counted since a time (``extract.statistics``): "the fourth district capital the
insurgents have seized since March 23" is a running count of places seized, as "the seventh
candidate killed in Colombia since the campaign began" is one of people killed, also when the
parse hangs the "since" clause on the copula. A rank over no stretch, or a "since" that only
describes a place ("the town, which has been quiet since 2019"), counts nothing. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2020, 6, 1)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Quissanga is the fifth district capital the insurgents have seized since March 23, "
            "when they briefly occupied Mocimboa da Praia.",
            5,
            "district capitals seized",
        ),
        (
            "A monitoring group in Cali said Ortiz was the sixth candidate killed in Colombia "
            "since the campaign for the local elections began.",
            6,
            "candidates killed",
        ),
    ],
)
def test_a_rank_since_a_time_is_a_running_count(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was the fifth soldier killed in the town, which has been quiet since 2019.", 5),
        ("Quissanga is the fifth district capital the insurgents have seized.", 5),
    ],
)
def test_a_rank_over_no_stretch_counts_nothing(analyse, text, value):
    assert value not in _measures(analyse, text)
