"""People in general counted by what they do (``extract.statistics``): "More than 460,000
people crossed the Darien Gap" counts people who crossed it, so the measure keeps the verb and
its object or place ("people crossed the darien gap"), not a time or a source after them; "390
more" of the noun just counted are counted by their own clause too. And what must not be read
so: people something befell keep the outcome alone; a named kind of people stays as it is
named; "more than 17" is no more of anything. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 11, 10)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "More than 460,000 people crossed the Darien Gap in the first ten months of the "
            "year, according to Panama's migration service.",
            460000,
            "people crossed the darien gap",
        ),
        (
            "Between 20,000 and 40,000 people were working at Kouri Bougoudi before the "
            "suspension, according to the observatory.",
            20000,
            "people working at kouri bougoudi",
        ),
        # a place that owns where they work says where, not which of them
        (
            "Between 40,000 and 60,000 people work in Balochistan's coal mines, most of them "
            "Pashtuns, says the miners' federation.",
            40000,
            "people working in coal mines",
        ),
    ],
)
def test_people_are_counted_by_what_they_do(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "More than 2,000 people were killed in the region last year, the United Nations "
            "said.",
            2000,
            "people killed",
        ),
        (
            "More than 3,000 migrants crossed the river in October, according to officials.",
            3000,
            "migrants",
        ),
    ],
)
def test_what_befell_people_or_a_named_kind_stays(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "At the end of January, 197 health facilities were closed and 390 more were working "
            "at reduced capacity, according to the health ministry.",
            390,
            "health facilities working at reduced capacity",
        ),
        (
            "The agency said 1,097 Colombians had been deported since Friday, and that about "
            "4,000 more had crossed back on their own.",
            4000,
            "colombians crossed on their own",
        ),
    ],
)
def test_more_of_the_noun_just_counted_are_counted_by_their_own_clause(
    analyse, text, value, measure
):
    assert _measures(analyse, text).get(value) == measure


def test_more_than_a_figure_is_no_more_of_the_noun(analyse):
    text = (
        "The institute counted 87 militant attacks in the province in the first five months, "
        "more than 17 a month."
    )
    assert _measures(analyse, text).get(17) == "militant attacks per month"
