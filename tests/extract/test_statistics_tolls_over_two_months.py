"""A toll told over two months in a row ("kidnapped on the highway in March and April alone")
is tallied over that stretch: a statistic, not one incident's count; a taking is printed in the
word the sentence uses, "kidnapped" or "abducted" (``extract.statistics``). Sentences written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 5, 17)


def _statistics(analyse, text: str) -> list[dict]:
    return [r.data for r in analyse(text, PUBLISHED).records if r.kind == "statistic"]


def test_a_toll_over_two_months_in_a_row_is_a_statistic(analyse):
    text = (
        "More than 50 people were kidnapped on the highway in March and April alone, according "
        "to a monitoring group in Kaduna."
    )
    [stat] = _statistics(analyse, text)
    assert stat["value"] == {"min": 50, "max": None}
    assert stat["period"]["start"] == "2019-03-01"


def test_a_toll_on_one_day_is_no_statistic(analyse):
    text = "Gunmen kidnapped 11 passengers on the highway on Tuesday, police said."
    assert _statistics(analyse, text) == []


@pytest.mark.parametrize(
    ("verb", "measure"),
    [("kidnapped", "people kidnapped"), ("abducted", "people abducted")],
)
def test_a_taking_is_printed_in_the_word_the_sentence_uses(analyse, verb, measure):
    text = (
        f"More than 640 people have been {verb} in the state since January, according to the "
        "state police."
    )
    [stat] = _statistics(analyse, text)
    assert stat["measure"] == measure
