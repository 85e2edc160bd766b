"""A change in a price (``extract.statistics``): "the price of fuel in Timbuktu has risen by
about 50 percent" keeps what the price is of ("percent change in price of fuel"), the goods
behind a unit ("the price of a bag of rice" is the price of rice) and goods joined in a list;
a change in anything else is named as before. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2023, 9, 19)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Traders say the price of fuel in Gao has risen by about 40 percent since August.",
            40,
            "percent change in price of fuel",
        ),
        (
            "The price of a bag of rice in Maiduguri markets has risen by roughly 60 percent, "
            "traders say.",
            60,
            "percent change in price of rice",
        ),
        (
            "Across the region, prices of sorghum and millet have risen by more than 150 "
            "percent, the observatory says.",
            150,
            "percent change in prices of sorghum and millet",
        ),
        (
            "Attacks on schools in the region have risen by about 30 percent since January, "
            "the observatory says.",
            30,
            "percent change in attacks on schools",
        ),
    ],
)
def test_a_change_in_a_price_keeps_what_it_is_of(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
