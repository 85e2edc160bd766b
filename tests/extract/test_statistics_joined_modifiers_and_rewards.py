"""Two forms of a statistic the extractor used to pass over (``extract.statistics``): a count
whose noun has two modifiers joined by "and" or "or" ("more than 40 air and drone strikes"),
and a sum of rewards or bounties told in the plural ("rewards totalling 2 crore rupees"), a
reward offered as the singular is. And what stays apart: two counted things joined by "and" ("30
soldiers and police officers") are still one joined measure, not a modifier pair; one incident's
strikes are still its detail.
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 8, 2)


def _statistics(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The monitor counted more than 40 air and drone strikes in Somalia last year.",
            40,
            "air and drone strikes",
        ),
        (
            "A research group has recorded at least 150 drone and air strikes in the country "
            "since 2010.",
            150,
            "drone and air strikes",
        ),
        (
            "He carried rewards totalling more than 2 crore rupees in three states, police said.",
            20_000_000,
            "reward offered",
        ),
        (
            "The bounties on the commander's head added up to more than 5 million rupees, "
            "officials said.",
            5_000_000,
            "reward offered",
        ),
    ],
)
def test_statistic_found_with_its_measure(analyse, text, value, measure):
    assert _statistics(analyse, text).get(value) == measure


def test_two_counted_things_joined_stay_one_joined_measure(analyse):
    found = _statistics(
        analyse, "Police said 25 soldiers and police officers were killed this year."
    )
    assert found.get(25) == "soldiers and police officers killed"


def test_strikes_of_one_incident_are_its_detail(analyse):
    text = "On Tuesday aircraft carried out 12 air and drone strikes on the town, officials said."
    assert 12 not in _statistics(analyse, text)
