"""Statistics (``extract.statistics``): people a source counts as involved in something ("1,573
French citizens or residents were involved in jihadist networks") are counted with what they
are involved in, and are a statistic the source states; people counted for nothing are not.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 4, 23)
LEAD = "Police arrested a man in Paris on Sunday over a plot to attack a church, officials said. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The minister told reporters that 1,573 French citizens or residents were now "
            "involved in jihadist networks linked to Syria and Iraq.",
            1573,
            "french citizens or residents involved in jihadist networks",
        ),
        (
            "The interior ministry said that about 2,400 young people were engaged in radical "
            "Islamist circles across the country.",
            2400,
            "young people engaged in radical islamist circles",
        ),
    ],
)
def test_people_involved_in_something_are_counted_with_it(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_people_counted_for_nothing_stay_no_statistic(analyse):
    text = "The minister told reporters that 1,573 French citizens had written to him."
    assert 1573 not in _measures(analyse, text)
