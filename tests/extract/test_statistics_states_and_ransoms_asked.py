"""A percentage or a fraction that measures how far its subject is in a state is the share of
the subject in it ("its appeal was only 24 percent funded", "is less than half funded"); a
reward a government says it would offer is offered, unless only on a condition; people told to
be at risk of something are counted as such ("at risk of famine"); a sum asked for a captive's
freedom is a ransom demanded and a ransom told as paid is one paid (``extract.statistics``). A
sum asked for anything else is no ransom. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 3, 4)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The U.N. says millions need aid this year, but its appeal was only 24 percent "
            "funded at the end of February.",
            24,
            "share of appeal funded",
        ),
        (
            "The U.N. says its appeal for the country this year is less than half funded.",
            50,
            "share of appeal funded",
        ),
        # the share of the money an appeal sought that it got is how far it is funded
        (
            "Aid agencies say the flood response plan has received only 18 percent of the "
            "money it seeks.",
            18,
            "share of response plan funded",
        ),
        (
            "The relief appeal has so far received about a third of the funds needed.",
            33,
            "share of relief appeal funded",
        ),
        # ... not a part of money that no one asked for
        (
            "The militia received 40 percent of the money from businessmen in the port.",
            40,
            "share of money",
        ),
        # a reward a government says it will offer is offered
        (
            "The defence minister said the government would offer a reward of up to 300 "
            "million pesos, about $88,000, for information on the killers.",
            88000,
            "reward offered",
        ),
        (
            "Officials say the new border wall is 80 percent complete.",
            80,
            "share of border wall complete",
        ),
        (
            "A report warned last year that more than 2 million people in the state were at "
            "risk of famine.",
            2000000,
            "people at risk of famine",
        ),
        (
            "The group had first asked for $3 million for his release, the mediator said.",
            3000000,
            "ransom demanded",
        ),
        (
            "The monitor said a Gulf state had paid a ransom it put at between $2 million and "
            "$3 million.",
            2000000,
            "ransom paid",
        ),
    ],
)
def test_what_the_figure_measures(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_reward_offered_only_on_a_condition_is_none(analyse):
    text = "If the talks fail, the government would offer a reward of 100 million pesos."
    assert "reward offered" not in _measures(analyse, text).values()


def test_a_sum_asked_for_other_ends_is_no_ransom(analyse):
    text = "The ministry asked donors for $20 million to rebuild the clinics, the minister said."
    assert "ransom demanded" not in _measures(analyse, text).values()
