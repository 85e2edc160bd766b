"""A toll told right after a dateline (``extract.statistics``): the parse may take the counted
noun for an apposition of the dateline's place and make the place the verb's subject
("KABUL, Afghanistan, Feb. 24, 2020 — More than 3,400 civilians were killed ..."); the verb
right after the noun still says what befell them. A verb with a subject of its own does not.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str, day: date) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, day), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "day", "value", "measure"),
    [
        (
            "KABUL, Afghanistan, Feb. 22, 2021 — More than 3,000 civilians were killed in "
            "Afghanistan's war last year, the United Nations said in its annual tally.",
            date(2021, 2, 22),
            3000,
            "civilians killed",
        ),
        (
            "PORT-AU-PRINCE, Haiti, Jan. 10, 2024 — At least 4,700 people were killed in gang "
            "violence in Haiti last year, the U.N. human rights office said on Wednesday, in a "
            "count that includes the massacres.",
            date(2024, 1, 10),
            4700,
            "people killed in violence",
        ),
    ],
)
def test_a_toll_after_a_dateline_keeps_what_befell_them(analyse, text, day, value, measure):
    assert _measures(analyse, text, day).get(value) == measure


def test_a_verb_with_its_own_subject_is_not_the_counted_ones(analyse):
    text = (
        "About 2,000 residents, most of them farmers, the army said, were moved to camps near "
        "the town before the offensive."
    )
    assert "killed" not in _measures(analyse, text, date(2019, 2, 20)).get(2000, "")
