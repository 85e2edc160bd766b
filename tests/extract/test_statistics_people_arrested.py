"""People arrested (``extract.statistics``): "11,838 people had been arrested since Feb. 1"
counts the people ("people arrested"), as the sentence tells them, while "police have arrested
69 people this year" counts the police's arrests ("arrests"). Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2022, 2, 1)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "A monitoring group said 9,400 people had been arrested since the coup, of whom "
            "6,200 were still being held.",
            9400,
            "people arrested",
        ),
        (
            "Europol said 312 people were arrested on terrorism charges in the European Union "
            "last year.",
            312,
            "people arrested on terrorism charges",
        ),
        (
            "Police have arrested 74 people on suspicion of terrorism offences this year, "
            "figures show.",
            74,
            "arrests on suspicion of terrorism offences",
        ),
    ],
)
def test_people_arrested_are_named_as_told(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
