"""A sum converted into dollars is the same sum, told with the same bound (``extract.statistics``):
"a reward of up to 250 million pesos, about $65,000" is at most $65,000; "more than 100
million pesos, about $25,000" at least $25,000; a plain sum keeps its own value. Sentences
written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 5, 25)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The government had offered a reward of up to 250 million pesos, about $65,000, for "
            "information on his whereabouts.",
            {"min": None, "max": 65000},
        ),
        (
            "Colombia had offered a reward of up to 2 billion pesos (about $500,000) for him.",
            {"min": None, "max": 500000},
        ),
        (
            "Police offered a reward of more than 100 million pesos, about $25,000.",
            {"min": 25000, "max": None},
        ),
        (
            "Police offered a reward of 100 million pesos, about $25,000.",
            {"min": 25000, "max": 25000},
        ),
    ],
)
def test_converted_sum_keeps_the_bound(analyse, text, value):
    [reward] = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert reward["value"] == value
    assert reward["unit"] == "USD"
