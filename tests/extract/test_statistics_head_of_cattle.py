"""Animals counted by the head (``extract.statistics``): "more than 12,000 head of cattle were
stolen" counts cattle, and what raiders take is stolen; "3 million head of livestock" that died are
livestock killed. And what must not be read so: the head of a body is no count.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 2, 20)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The forum says more than 12,000 head of cattle were stolen in the region in 2022.",
            12000,
            "cattle stolen",
        ),
        (
            "More than 3 million head of livestock have died in Somalia since 2021, according "
            "to the FAO.",
            3000000,
            "livestock killed",
        ),
        (
            "Gunmen stole more than 300 goats from herders in the district this year, officials "
            "said.",
            300,
            "goats stolen",
        ),
    ],
)
def test_animals_counted_by_the_head(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_the_head_of_a_body_is_no_count(analyse):
    text = "The head of the council said on Monday that 12 people were killed in the raid."
    assert "head" not in " ".join(_measures(analyse, text).values())
