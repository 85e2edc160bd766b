"""Statistics (``extract.statistics``): attacks a group claimed over a few days are a tally of
its claims, not the detail of one bout of fighting; in sentences written for this test (not
taken from any gold set or article). Strikes or attacks carried out over a few days, and claims
of one day, stay an incident's.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 1, 14)
LEAD = "Police said on Sunday they had questioned a driver about a bomb found in the capital.\n\n"


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(LEAD + text, PUBLISHED), kind="statistic")


MUST = [
    "The group claimed 43 attacks in the first week of the campaign, from Jan. 4 to Jan. 10, "
    "according to a tally by the news agency.",
    "The branch claimed 31 attacks over the week from Jan. 2 to Jan. 8, according to figures "
    "compiled by analysts.",
]


@pytest.mark.parametrize("text", MUST)
def test_claims_over_days_are_a_tally(analyse, text):
    found = _statistics(analyse, text)
    value = 43 if "43" in text else 31
    assert_statistic_stated(found, value, value, "attacks claimed")


MUST_NOT = [
    ("Jets carried out 19 strikes near the town between Saturday and Sunday morning.", 19),
    ("Insurgents carried out 12 attacks between Tuesday and Thursday, the army said.", 12),
    ("The group claimed two attacks on Friday.", 2),
]


@pytest.mark.parametrize(("text", "value"), MUST_NOT)
def test_no_statistic(analyse, text, value):
    found = _statistics(analyse, text)
    values = [s["value"]["min"] for s in found] + [s["value"]["max"] for s in found]
    assert value not in values, found
