"""A number word with an abbreviation between it and the counted noun (``extract.statistics``):
"Five U.S. soldiers have been killed in Somalia this year" counts soldiers; the dots of "U.S."
and "U.N." do not hide the noun from the first look at the sentence. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Five U.S. soldiers have been killed in Somalia this year.", 5, "u.s. soldiers killed"),
        (
            "Seven U.N. peacekeepers have been killed in the region this year.",
            7,
            "u.n. peacekeepers killed",
        ),
    ],
)
def test_number_word_before_an_abbreviation_counts_the_noun(analyse, text, value, measure):
    statistics = records_of(analyse(text, date(2022, 8, 15)), kind="statistic")
    assert measures_by_value(statistics).get(value) == measure
