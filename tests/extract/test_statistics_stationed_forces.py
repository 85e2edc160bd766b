"""A force that "remains" somewhere is a strength, not what is left of something
(``extract.statistics``): "About 900 American troops remain in Syria" counts American troops;
"About 300 fighters remain in the old city" still counts the fighters remaining, and soldiers
the story counts as soldiers keep their word. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2023, 1, 10)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("About 900 American troops remain in Syria to support the SDF.", 900, "american troops"),
        ("About 300 fighters remain in the old city, the army said.", 300, "fighters remaining"),
        (
            "France has about 4,500 soldiers in the Sahel under Operation Barkhane.",
            4500,
            "soldiers",
        ),
    ],
)
def test_forces_that_remain(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
