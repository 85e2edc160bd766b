"""Fees armed groups and smugglers charge (``extract.statistics``): a sum a verb of charging
takes is a fee, per the one it is charged to when "each" or "every" names it ("charge every
passenger between $300 and $500", "charged truck drivers $200 each"), and a fee each one pays
is per that one ("each truck paid a fee of about $150"). And what must not be read so: a sum
paid once, by no one counted per head. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 8, 2)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Smugglers charge every passenger between $300 and $500 for the trip, officials "
            "said.",
            300,
            "fee per passenger",
        ),
        (
            "The militia charged truck drivers $200 each at its checkpoints, traders said.",
            200,
            "fee per driver",
        ),
        (
            "Each truck paid a fee of about $150 on the Syrian side, traders said.",
            150,
            "fee paid per truck",
        ),
    ],
)
def test_a_fee_is_per_the_one_it_is_charged_to(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_sum_paid_once_is_no_fee_per_head(analyse):
    text = "The company paid a fee of about $150,000 to the group last year, prosecutors said."
    assert _measures(analyse, text).get(150000) == "fee paid"
