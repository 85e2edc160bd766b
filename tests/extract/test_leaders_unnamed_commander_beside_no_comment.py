"""A commander told to be among the dead keeps his death when a clause beside it says someone
"did not comment" (``extract.certainty`` reads "comment" as a verb of saying, whose negation is
its own), and takes the day of the strikes told just before, not the day it was said; a death
no one says happened stays out. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 9, 16)  # a Wednesday

RAID = (
    "Taliban fighters stormed the prison in Ghazni on Monday, freeing 350 inmates. Security "
    "forces killed 12 attackers, the ministry said. "
)


def _deaths(analyse, sentence: str) -> list[str]:
    changes = records_of(analyse(RAID + sentence, PUBLISHED), "leadership_change")
    return [c["subtype"] for c in changes]


def test_a_commander_among_the_dead_beside_no_comment(analyse):
    sentence = (
        "It said a Taliban commander who had organised the raid was among the dead but did not "
        "name him; the Taliban did not comment."
    )
    assert _deaths(analyse, sentence) == ["killed"]


def test_a_commander_not_said_to_be_among_the_dead(analyse):
    sentence = "The ministry did not say whether a Taliban commander was among the dead."
    assert _deaths(analyse, sentence) == []


def test_a_commander_among_the_dead_takes_the_strikes_day(analyse):
    """ "A commander who collected the group's levies was among the dead, the air force said on
    Tuesday", after strikes told on Monday: one of the dead the strikes left, on their day."""
    text = (
        "ISWAP fighters killed 40 fishermen at Dumba on Sunday. The Nigerian Air Force said "
        "strikes on Monday on ISWAP positions on islands near the town had killed more than 20 "
        "fighters. A commander who collected the group's levies on fishermen was among the "
        "dead, the air force said on Tuesday."
    )
    deaths = records_of(analyse(text, date(2025, 1, 15)), "leadership_change")
    assert [(d["subtype"], d["date"]["start"]) for d in deaths] == [("killed", "2025-01-13")]
