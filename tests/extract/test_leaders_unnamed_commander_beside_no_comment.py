"""A commander told to be among the dead keeps his death when a clause beside it says someone
"did not comment" (``extract.certainty`` reads "comment" as a verb of saying, whose negation is
its own); a death no one says happened stays out. Sentences written for this test."""

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
