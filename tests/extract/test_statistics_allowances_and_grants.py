"""What people are paid or given is a sum worth counting (``extract.statistics``, the money
nouns): soldiers' allowances per soldier, a grant promised to each family, a stipend. A sum
paid for a thing that is no sum stays an incident's detail. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 5, 4)
LEAD = "Militants attacked a base near Janaale on Monday, the army said."


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(f"{LEAD} {text}", PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The European Union pays the soldiers' allowances, $1,028 per soldier each month.",
            1028,
            "allowances paid per soldier",
        ),
        (
            "Each returning family is promised a one-time grant of about $1,000, the ministry says.",
            1000,
            "one-time grant",
        ),
        ("Recruits are paid a monthly stipend of about $100, officials said.", 100, "stipend paid"),
    ],
)
def test_what_people_are_paid_or_given_is_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_sum_paid_for_a_thing_is_no_statistic(analyse):
    found = _measures(analyse, "The gunmen bought a $300 motorbike in the town, police said.")
    assert 300 not in found, found
