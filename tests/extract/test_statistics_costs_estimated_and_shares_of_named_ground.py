"""Statistics (``extract.statistics``): a cost a source estimates "will" be is a stated figure,
counted as the cost of what its gerund subject does ("the U.N. estimates that repairing basic
services will cost more than $1 billion") or its noun subject names ("the trials, which cost
about $1.25 million"); a share of a named place the gazetteer does not know
("nearly 80 percent of the Old City") is a share of that ground. A sum only planned stays none.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 7, 11)
LEAD = "Iraqi forces took Mosul from the Islamic State on Monday. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The U.N. estimates that repairing basic services will cost more than $1 billion.",
            1_000_000_000,
            "cost of repairing basic services",
        ),
        (
            "Iraq's planning ministry estimates that rebuilding the areas the group held will cost "
            "about $100 billion.",
            100_000_000_000,
            "cost of rebuilding the areas the group held",
        ),
        # the cost of what the verb's subject names, also through a relative clause
        (
            "The government says the trials, which cost about $1.25 million, were needed to "
            "clear a backlog.",
            1_250_000,
            "cost of the trials",
        ),
        (
            "Fuel theft cost Pemex about $3 billion in 2016, according to government "
            "estimates.",
            3_000_000_000,
            "cost of fuel theft",
        ),
        # "each of" them: the cost of each one; "at a cost of": the cost of what was bought
        (
            "The commander said each of the brigade's new drones cost about $3,500.",
            3_500,
            "cost of each new drone",
        ),
        (
            "The army bought a radar system last year at a cost of about $4 million.",
            4_000_000,
            "cost of radar system",
        ),
        # a cost, a price or a value put at a sum says what it is of
        (
            "Analysts put the cost of the campaign at about $40 million.",
            40_000_000,
            "cost of campaign",
        ),
        (
            "Analysts put the price of each of the navy's new patrol drones at about $2 million.",
            2_000_000,
            "price of each new patrol drone",
        ),
        (
            "The World Bank has estimated the value of the country's gold trade at about $900 "
            "million a year.",
            900_000_000,
            "value of gold trade per year",
        ),
        (
            "Local officials say nearly 80 percent of the Old City has been destroyed.",
            80,
            "share of old city destroyed",
        ),
    ],
)
def test_estimated_costs_and_shares_of_named_ground(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_cost_told_by_a_pronoun_stays_a_bare_cost(analyse):
    text = "It cost the world economy an estimated $7 billion that year, the group said."
    assert _measures(analyse, text).get(7_000_000_000) == "cost"


def test_a_sum_only_planned_is_no_statistic(analyse):
    text = "The government plans to spend $2 billion on the city next year."
    assert 2_000_000_000 not in _measures(analyse, text)
