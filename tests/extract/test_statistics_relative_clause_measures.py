"""A short relative clause right after the counted noun, with the noun as its subject, says
which of them a figure counts (``extract.statistics``): "17 attacks that harmed civilians",
"18,000 refugees who have fled the fighting in Nigeria". Not where they are ("fighters who are
based in the hills"), not what they took part in, and not when an act done to them already
names them ("withheld 14 accounts that had posted pictures": accounts withheld). Acts that
"targeted" something are counted as acts on it. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 8, 20)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The monitor recorded 17 Islamic State attacks that harmed civilians in that period.",
            17,
            "attacks that harmed civilians",
        ),
        (
            "Chad also hosts about 18,000 refugees who have fled the fighting in Nigeria, "
            "according to the U.N. refugee agency.",
            18000,
            "refugees who fled fighting in nigeria",
        ),
        # the day names which agreement, not what kind: the clause still says which groups
        (
            "The 11 armed groups that signed the March accord still hold most of the valley, "
            "diplomats say.",
            11,
            "armed groups that signed accord",
        ),
        ("The group has about 400 fighters who are based in the hills.", 400, "fighters"),
        (
            "About 1,000 fighters who took part in the siege were killed, the army said.",
            1000,
            "fighters killed",
        ),
        (
            "On Friday Twitter withheld in India 14 accounts that had posted pictures of the "
            "commander's body.",
            14,
            "accounts withheld",
        ),
    ],
)
def test_relative_clause_on_the_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # what counted acts targeted says which acts, without where they hit it
        (
            "At least 30 attacks have targeted schools in the province since January, the "
            "ministry said.",
            30,
            "attacks on schools",
        ),
        (
            "At least 14 drone attacks have targeted police and soldiers in the district since "
            "March, police said.",
            14,
            "drone attacks on police and soldiers",
        ),
        # not people who targeted someone: their own count
        (
            "About 200 fighters have targeted the town since March, the army said.",
            200,
            "fighters",
        ),
    ],
)
def test_acts_counted_by_their_target(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
