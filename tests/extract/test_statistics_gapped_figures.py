"""A figure whose verb is gapped after a stated one (``extract.statistics``): "Another 2,100
people were wounded and 1,300 kidnapped in 2023" tells both counts the same way, so the second
is a statistic too, even though "kidnapped" alone would read as one incident. A pair told of
one incident gives neither, and a second verb with its own auxiliary is a clause of its own.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2024, 1, 9)), kind="statistic"))


def test_a_gapped_figure_after_a_stated_one_is_stated(analyse):
    text = "Another 2,100 people were wounded and 1,300 kidnapped in 2023, the office said."
    found = _measures(analyse, text)
    assert found.get(2100) == "people wounded"
    assert found.get(1300) == "people kidnapped"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than 300 soldiers were killed and 120 wounded in the attacks, officials said.", 120),
        ("Gunmen wounded 25 people on Friday and 12 were kidnapped from the village.", 12),
    ],
)
def test_no_gapped_figure_without_a_stated_one(analyse, text, value):
    assert value not in _measures(analyse, text)
