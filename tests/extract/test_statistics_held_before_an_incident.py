"""Statistics (``extract.statistics``): people a place held "before the attack" are a standing
figure dated by the incident, not the incident's detail; in sentences written for this test (not
taken from any gold set or article). People killed or detained on the incident's day stay the
incident's.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 9, 20)
LEAD = "Police said on Thursday they had questioned a driver about a bomb found in the capital.\n\n"


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(LEAD + text, PUBLISHED), kind="statistic")


MUST = [
    (
        "The jail held about 1,450 prisoners before the attack, many of them awaiting trial.",
        1450,
        1450,
        "prisoners held",
    ),
    (
        "Before the raid, the camp housed some 2,300 detainees, officials said.",
        2300,
        2300,
        "detainees held",
    ),
    ("The prison had roughly 900 inmates before the assault.", 900, 900, "inmates"),
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST)
def test_standing_figure_before_an_incident(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


MUST_NOT = [
    ("Gunmen killed 14 guards at the jail on Monday, shortly before the attack ended.", 14),
    ("Police detained six suspects on Friday, a day before the attack.", 6),
]


@pytest.mark.parametrize(("text", "value"), MUST_NOT)
def test_no_statistic(analyse, text, value):
    found = _statistics(analyse, text)
    values = [s["value"]["min"] for s in found] + [s["value"]["max"] for s in found]
    assert value not in values, found
