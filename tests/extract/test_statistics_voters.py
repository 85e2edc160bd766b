"""Voters (``extract.statistics``): people told as registered or eligible "to vote" are an
electorate, named "registered voters" or "eligible voters" whatever noun counts them, and a
standing figure of thousands; people registered for anything else are not voters, and a
village's few voters are no statistic. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2024, 2, 6)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "About 97 million people are registered to vote, and more than 500,000 police and "
            "soldiers have been deployed.",
            97000000,
            "registered voters",
        ),
        (
            "About 84.2 million Nigerians are registered to vote at 176,000 polling units.",
            84200000,
            "registered voters",
        ),
        (
            "About 9 million Afghans are eligible to vote, according to the election commission.",
            9000000,
            "eligible voters",
        ),
    ],
)
def test_people_registered_or_eligible_to_vote_are_voters(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The commission said 4,000 young men had registered to fight with the militia.", 4000),
        ("Only 300 people were registered to vote in the village.", 300),
    ],
)
def test_no_voters_where_none_are_counted(analyse, text, value):
    assert "voters" not in _measures(analyse, text).get(value, "")
