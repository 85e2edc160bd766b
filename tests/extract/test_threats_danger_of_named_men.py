"""An authority's warning is about attackers when it says what they are likely to do
("militants were likely to target churches") or when it names a group, or its men, as those who
are moving or preparing ("ADF units were moving north", "al-Shabaab was preparing attacks"),
whatever else the sentence tells ("urged the army to protect health centres" is no warning about
disease). "The directorate" is an authority. A judgement of a group ("had lost much of its
territory") or an analyst's forecast is no warning. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 10, 22)  # a Saturday
LEAD = "Gunmen attacked a police post on Monday, killing four officers."


def _warnings(analyse, sentence: str) -> list[dict]:
    records = records_of(analyse(f"{LEAD}\n\n{sentence}", PUBLISHED), "threat")
    return [r for r in records if r["subtype"] == "official_warning"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Interior Ministry warned on Thursday that militants were likely to target churches "
        "during the holiday.",
        "The U.N. mission warned on Friday that ADF units were moving towards Lubero and urged "
        "the army to protect health centres and schools there.",
        "The ministry warned on Friday that al-Shabaab was preparing attacks on hotels in the "
        "capital.",
        "The security directorate warned on Thursday that the group was preparing further "
        "attacks on soldiers queueing for their wages.",
    ],
)
def test_a_warning_of_what_attackers_are_likely_to_do(analyse, sentence):
    assert len(_warnings(analyse, sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry warned on Friday that al-Shabaab had lost much of its territory.",
        "Analysts warned on Friday that the Taliban were likely to win the next round of talks.",
        "The health ministry warned on Friday that cholera was likely to spread in the camps.",
    ],
)
def test_no_warning_without_a_danger_of_attack(analyse, sentence):
    assert _warnings(analyse, sentence) == []
