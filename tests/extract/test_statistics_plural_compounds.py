"""A plural the parse makes the compound of the counted plural noun is one phrase with it
(``extract.statistics._noun_phrase``): "blocked 35 social media accounts" counts accounts, not
media; two plurals side by side that the parse keeps apart ("fighters members") stay two
phrases. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The telecoms regulator said on Monday that it had blocked 35 social media accounts "
        "that shared the video.",
        "The regulator said it had blocked 35 news media accounts that shared the video.",
    ],
)
def test_accounts_after_a_plural_compound_are_what_is_counted(analyse, text):
    statistics = records_of(analyse(text, date(2019, 4, 16)), kind="statistic")
    measure = measures_by_value(statistics).get(35)
    assert measure is not None and measure.endswith("accounts blocked"), measure


def test_pupils_sent_home_stay_pupils(analyse):
    text = (
        "The state government said it had closed the remaining boarding schools, sending about "
        "4,000 pupils home."
    )
    statistics = records_of(analyse(text, date(2019, 4, 16)), kind="statistic")
    assert measures_by_value(statistics).get(4000, "").startswith("pupils")
