"""People in general counted by what they do (``extract.statistics``): "More than 460,000
people crossed the Darien Gap" counts people who crossed it, so the measure keeps the verb and
its object or place ("people crossed the darien gap"), not a time or a source after them. And
what must not be read so: people something befell keep the outcome alone; a named kind of
people stays as it is named. Sentences written for this test."""

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
