"""A leader "survived" only as what a sign or proof shows ("the first sign in a year that he
survived the fall of the city") is confirmed alive; "survived an ambush" told as news, or a sign
that is denied, is no such record. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 6, 14)  # a Friday


def _subtypes(analyse, text: str) -> list[str]:
    return sorted(r["subtype"] for r in records_of(analyse(text, PUBLISHED), "leadership_change"))


SIGNS = [
    "The Islamic State released a recording on Thursday that it said carried a speech by its "
    "leader, Abu Bakr al-Baghdadi, the first sign in months that he survived the fall of Raqqa.",
    "Abubakar Shekau, the Boko Haram leader, appeared in a video released on Sunday, the first "
    "proof since March that he survived the air strikes on his camp.",
]


@pytest.mark.parametrize("text", SIGNS)
def test_a_sign_that_he_survived_shows_him_alive(analyse, text):
    assert _subtypes(analyse, text) == ["confirmed_alive"]


NO_PROOF_OF_LIFE = [
    "Abubakar Shekau, the Boko Haram leader, survived an ambush on Sunday, officials said.",
    "Abubakar Shekau, the Boko Haram leader, was hurt in the raid but survived, officials said "
    "on Sunday.",
    "There is no sign that Abubakar Shekau, the Boko Haram leader, survived the air strike on "
    "Sunday.",
]


@pytest.mark.parametrize("text", NO_PROOF_OF_LIFE)
def test_surviving_as_news_or_unproven_is_not_proof_of_life(analyse, text):
    assert "confirmed_alive" not in _subtypes(analyse, text)
