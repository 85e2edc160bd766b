"""A count told again at another time without its noun (``extract.statistics``): "the number
fell to 5.4 million in 2016 before rising to 8.3 million" counts what the figure just before
counted, and so does a figure joined to it by "but" ("drew nearly a million visitors in 2010
but fewer than 500,000 last year"). A "number" that names its own count keeps it. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[tuple, str]:
    records = records_of(analyse(text, date(2018, 12, 30)), kind="statistic")
    return {(r["value"]["min"], r["value"]["max"]): r["measure"] for r in records}


def test_the_number_moved_to_other_figures_counts_the_same(analyse):
    found = _measures(
        analyse,
        "The island received 2.1 million foreign visitors in 2010, but the number fell to "
        "900,000 in 2015 before rising to 1.6 million last year, official figures show.",
    )
    assert found.get((900_000, 900_000)) == "foreign visitors"
    assert found.get((1_600_000, 1_600_000)) == "foreign visitors"


def test_a_figure_joined_by_but_counts_the_same(analyse):
    found = _measures(
        analyse,
        "The old fortress drew nearly 400,000 visitors in 2010 but fewer than 90,000 last "
        "year.",
    )
    assert found.get((None, 90_000)) == "visitors"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # the number names its own count
        (
            "Police recorded 300 attacks in 2016, and the number of arrests rose to 120 last "
            "year.",
            120,
            "arrests",
        ),
    ],
)
def test_a_number_of_its_own_keeps_its_count(analyse, text, value, measure):
    assert _measures(analyse, text).get((value, value)) == measure
