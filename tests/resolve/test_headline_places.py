"""A headline's event joins the story's one event of its type even when the place the headline
seems to give disagrees with the body's: a headline packs several clauses' places into a few
words ("Pakistan arrests five over university attack, says it was directed from Afghanistan").
Two arrests the body tells on different days stay two. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 1, 24)  # a Sunday


def _arrests(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "arrest")


def test_a_headline_arrest_joins_the_body_s_arrest(analyse):
    text = (
        "Kenya detains four over hotel siege, says plot was hatched in Somalia\n\n"
        "Kenyan police said on Saturday that four men had been detained in Nairobi for helping "
        "the gunmen who attacked the hotel, and that the assault had been planned in Somalia."
    )
    assert len(_arrests(analyse, text)) == 1


def test_two_arrests_on_two_days_in_the_body_stay_two(analyse):
    text = (
        "Kenya detains four over hotel siege\n\n"
        "Kenyan police detained two men in Nairobi on Wednesday. On Friday police in Mombasa "
        "arrested two more suspects at the port."
    )
    assert len(_arrests(analyse, text)) == 2
