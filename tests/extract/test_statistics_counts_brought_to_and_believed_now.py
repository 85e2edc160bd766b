"""Statistics (``extract.statistics``): a figure told before the count it sets ("brings to at
least 30 the number of people charged") counts what "the number of" names; a standing number of
people "now believed to be" somewhere is an estimate, as "believed to be" alone already was. A
number of people named with nothing said of them stays none. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 4, 2)
LEAD = "Federal agents arrested two men in Brooklyn on Wednesday. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The case brings to at least 30 the number of people charged in the United States "
            "with crimes linked to the group since 2014.",
            30,
            "people charged",
        ),
        (
            "The arrests bring to more than 120 the number of suspects detained this year.",
            120,
            "suspects detained",
        ),
        (
            "More than 130 Moroccans are now believed to be with the group's affiliates in the "
            "Sahel.",
            130,
            "moroccans",
        ),
        (
            "About 600 Malaysians are now thought to be in Syria.",
            600,
            "malaysians",
        ),
    ],
)
def test_counts_brought_to_and_numbers_now_believed(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_people_named_with_nothing_said_of_them_are_no_statistic(analyse):
    text = "More than 130 Moroccans were at the meeting in the town hall."
    assert 130 not in _measures(analyse, text)
