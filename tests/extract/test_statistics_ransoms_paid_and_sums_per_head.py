"""A sum paid for captives' freedom, or paid to those who hold them, is a ransom paid, not any
payment (``extract.statistics._ransom_paid``); a sum told for each one of those it is paid for
("$2,500 a person", "for each sailor freed") is a rate per head
(``extract.statistics._paid_per_head``). A payment with no captive in its clause stays a
payment ("paid $3 million in fines"), and "a month" is still a rate of time. Sentences written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 5, 1)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The family paid about $200,000 to secure his release, a relative said.",
            200000,
            "ransoms paid",
        ),
        (
            "Governments and companies paid the kidnappers more than $90 million between 2008 "
            "and 2012, the institute said.",
            90000000,
            "ransoms paid",
        ),
        (
            "The institute estimates that ship owners paid between $40,000 and $60,000 for each "
            "sailor freed in the region last year.",
            40000,
            "ransoms paid per sailor freed",
        ),
        (
            # the cost of what the gerund subject does, as the dev49 gold words it ("cost of
            # being smuggled out of the camp per person")
            "Getting out of the camp illegally costs between $2,500 and $15,000 a person, "
            "according to the monitoring group.",
            2500,
            "cost of getting out of the camp per person",
        ),
        # no captive in the clause: a payment of another kind
        (
            "The cement company paid $3 million to settle the lawsuit, the court said.",
            3000000,
            "payments",
        ),
        # a month is a time, not a head
        (
            "The group pays its fighters about $300 a month, defectors say.",
            300,
            "payments per month",
        ),
    ],
)
def test_what_a_sum_paid_is(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
