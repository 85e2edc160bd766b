"""A count told with a "since" clause runs from that clause's date to the day of the article
(``extract.statistics``): "has killed more than 4,700 people since it began in October 2017"
is counted over October 2017 to publication, and so is a second count joined to the first.
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 4, 5)


def _periods(analyse, text: str) -> dict[float | None, tuple]:
    found = records_of(analyse(text, PUBLISHED), kind="statistic")
    return {
        s["value"]["min"] or s["value"]["max"]: (
            (s["period"] or {}).get("start"),
            (s["period"] or {}).get("end"),
        )
        for s in found
    }


def test_since_clause_starts_the_period(analyse):
    text = "The insurgency has killed more than 2,800 people since it began in October 2017."
    assert _periods(analyse, text)[2800] == ("2017-10-01", "2021-04-05")


def test_both_joined_counts_share_the_since_clause(analyse):
    text = (
        "The militants have killed more than 3,000 people since they took up arms in 2017 and "
        "driven about 700,000 from their homes, according to UN figures."
    )
    periods = _periods(analyse, text)
    assert periods[3000] == ("2017-01-01", "2021-04-05")
    assert periods[700_000] == ("2017-01-01", "2021-04-05")
