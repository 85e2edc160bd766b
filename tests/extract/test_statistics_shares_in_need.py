"""Shares of a people and people in need (``extract.statistics``), in sentences written for this
test.

- A share of a people named by its nationality ("75 percent of South Sudanese", "three in four
  South Sudanese") is a share of a counted whole.
- A fraction told without "of" ("more than half the population") is the same share.
- Depending or relying on aid is being in need of it, for a count, a share, and a share in
  apposition to the count; depending on anything else (a river) is no need.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 6, 1)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


@pytest.mark.parametrize(
    ("text", "low", "high", "measure"),
    [
        (
            "About 75 percent of South Sudanese depend on humanitarian aid.",
            75,
            75,
            "share of south sudanese in need of humanitarian aid",
        ),
        (
            "Roughly three in four Somalis rely on food aid, the agency said.",
            75,
            75,
            "share of somalis in need of food aid",
        ),
        (
            "About 12 million Sudanese, more than half the population, need humanitarian aid "
            "this year.",
            50,
            None,
            "share of population in need of humanitarian aid",
        ),
        (
            "Some 7 million people depend on food aid, the UN said.",
            7_000_000,
            7_000_000,
            "people in need of food aid",
        ),
    ],
)
def test_shares_and_people_in_need(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


def test_depending_on_anything_but_aid_is_no_need(analyse):
    found = _statistics(analyse, "About 90 percent of farmers in the valley depend on the river.")
    assert found, "the share is still a statistic"
    assert not any("need" in s["measure"] for s in found), [s["measure"] for s in found]
