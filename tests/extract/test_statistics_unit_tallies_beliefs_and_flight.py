"""Standing figures the incident tests must not take for one incident's detail
(``extract.statistics``): a unit's arrests over a stretch ("the squad has arrested more than
150 suspects this year"), a number of nationals told as believed to be fighting abroad, and
people who fled villages since a raid (flight goes on after it). A unit's arrests on one day,
a killer's toll and flight during the raid stay the incident's. Sentences written for this
test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 14)  # a Monday


def _values(analyse, text: str) -> set[float | None]:
    found = records_of(analyse(text, PUBLISHED), kind="statistic")
    return {s["value"]["min"] or s["value"]["max"] for s in found}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The counter-terrorism squad has arrested more than 150 suspects across the country "
            "this year, police said.",
            150,
        ),
        ("About 45 Filipinos are believed to be fighting in Syria and Iraq.", 45),
        ("More than 3,000 people have fled villages in the district since the raid.", 3000),
    ],
)
def test_a_standing_figure_is_a_statistic(analyse, text, value):
    assert value in _values(analyse, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The counter-terrorism squad arrested 15 suspects in the capital on Saturday.", 15),
        ("More than 3,000 people fled the town during the raid on Saturday.", 3000),
    ],
)
def test_an_incident_s_figure_is_no_statistic(analyse, text, value):
    assert value not in _values(analyse, text)
