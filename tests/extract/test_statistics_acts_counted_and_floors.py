"""Counts of acts told with an example of them or as several acts, and figures a count has gone
past (``extract.statistics``), each in sentences written for this test.

- "claimed 15 attacks in August, including the bombing of a market": the bombing is one of the
  acts counted, not the occasion the figure is a detail of; told for one day, they still are.
- "the 14 bombings on Monday" are one day's.
- "has passed 1 million": a floor, more than the figure; "has never had more than 150" a
  ceiling, told, not denied; "passed 30 checkpoints" counts what was passed.
- "warplanes have struck the town more than 700 times since September": the acts the verb
  tells, on what they hit when the verb names it; "three times as many fighters" is a
  multiplier.
- "The raid was at least the ninth on a military base in two months": an ordinal after a
  copula ranks acts over a stretch of time, so it counts them; not without the stretch, nor
  a pair ("the second raid in a month"), nor a rank of anything else.
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
        (
            "Coalition jets have struck around the town more than 700 times since late "
            "September, according to coalition figures.",
            700,
            None,
            "air strikes",
        ),
        (
            "Government troops in the valley have come under attack more than 160 times since "
            "Oct. 18, the ministry said.",
            160,
            None,
            "attacks on government troops",
        ),
        (
            "The harbour has been attacked at least four times since 2018.",
            4,
            None,
            "attacks on harbour",
        ),
        (
            "The two factions have clashed an average of nine times a month since January, "
            "according to the monitor.",
            9,
            9,
            "clashes per month",
        ),
        (
            "The raid was at least the ninth on a police post in the two districts in two "
            "months, analysts said.",
            9,
            None,
            "raids on police posts",
        ),
        (
            "The strike on Wednesday was the 14th in the province this year, according to a "
            "tally kept by a research group.",
            14,
            14,
            "strikes",
        ),
        (
            "The blast was the fourth suicide bombing in the city in a year.",
            4,
            4,
            "suicide bombings",
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
        ("The 14 bombings on Monday killed 30 people at markets across the north.", 14),
        # what was gone past is counted, not passed
        ("The convoy passed 30 checkpoints on its way to the city.", 30),
        # a multiplier, and a repeat that is no act
        ("The group now has three times as many fighters as it had in 2015.", 3),
        ("The minister has visited the valley five times since January.", 5),
        # a rank over no stretch, a pair, and the rank of no act
        ("The attack was the third on the town.", 3),
        ("It was the second deadly raid on the camp in a month.", 2),
        ("The commander was the fourth son of a cleric from the valley, born in 1971.", 4),
    ],
)
def test_one_days_acts_and_things_passed_are_not(analyse, text, value):
    found = _statistics(analyse, text)
    assert not any(value in pair for pair in _values(found)), found


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("Officials say the cell has never had more than a dozen armed members.", 12),
        ('"The gang has never had more than 150 fighters," the analyst said.', 150),
    ],
)
def test_a_negated_more_than_is_a_ceiling_told(analyse, text, high):
    found = _statistics(analyse, text)
    assert (None, high) in _values(found), found


def test_a_denied_figure_stays_out(analyse):
    found = _statistics(analyse, "Officials denied that more than 500 people had been arrested.")
    assert not any(500 in pair for pair in _values(found)), found
