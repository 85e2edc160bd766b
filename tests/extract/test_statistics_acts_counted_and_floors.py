"""Counts of acts told with an example of them or as several acts, and figures a count has gone
past (``extract.statistics``), each in sentences written for this test.

- "claimed 15 attacks in August, including the bombing of a market": the bombing is one of the
  acts counted, not the occasion the figure is a detail of; told for one day, they still are.
- "the 14 bombings in March that killed 30 people": the counted noun names several acts, so it
  is no one incident; "the 14 bombings on Monday" are one day's.
- "has passed 1 million": a floor, more than the figure; "passed 30 checkpoints" counts what
  was passed.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 6, 1)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


def _values(found: list[dict]) -> set[tuple]:
    return {(s["value"]["min"], s["value"]["max"]) for s in found}


@pytest.mark.parametrize(
    ("text", "low", "high", "measure"),
    [
        (
            "The group claimed 15 attacks in August, including the bombing of a market in "
            "Kabul.",
            15,
            15,
            "attacks claimed",
        ),
        (
            "It has claimed more than a dozen attacks since then, among them the suicide "
            "bombing at a border crossing in November 2014.",
            12,
            None,
            "attacks claimed",
        ),
        (
            "Police blamed the cell for the 14 bombings in March that killed 30 people at "
            "markets across the north.",
            14,
            14,
            "bombings",
        ),
        (
            "The number of people displaced in the country has passed 1 million, the agency "
            "said.",
            1_000_000,
            None,
            "people displaced",
        ),
        (
            "The number of foreign fighters in the region has topped 20,000, officials said.",
            20_000,
            None,
            "foreign fighters",
        ),
    ],
)
def test_acts_counted_and_floors_are_statistics(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # one day's acts, an example named or not
        (
            "Militants carried out 12 attacks in the province on Monday, including the "
            "bombing of a market.",
            12,
        ),
        ("The 14 bombings on Monday killed 30 people at markets across the north, police said.", 14),
        # what was gone past is counted, not passed
        ("The convoy passed 30 checkpoints on its way to the city.", 30),
    ],
)
def test_one_days_acts_and_things_passed_are_not(analyse, text, value):
    found = _statistics(analyse, text)
    assert not any(value in pair for pair in _values(found)), found
