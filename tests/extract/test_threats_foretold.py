"""A group saying what it will do to its enemies ("would continue to target hotels", "would
carry out more attacks on schools", "vowed to avenge the death of its leader") makes a call to
attack, with what it threatens as targets; a state's or a war's "would continue" does not.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 4, 25)  # a Thursday


def _calls(analyse, text: str) -> list[dict]:
    return [
        r for r in records_of(analyse(text, PUBLISHED), "threat") if r["subtype"] == "call_to_attack"
    ]


@pytest.mark.parametrize(
    ("text", "caller", "targets"),
    [
        (
            "In a statement on Tuesday, al-Shabaab said it would continue to target hotels used "
            "by government officials.",
            "al-Shabaab",
            {"hotels"},
        ),
        (
            "Boko Haram's leader said in a video on Wednesday that his fighters would carry out "
            "more attacks on schools.",
            "Boko Haram",
            {"schools"},
        ),
        (
            "The Islamic State vowed on Tuesday to avenge the death of its leader.",
            "Islamic State",
            set(),
        ),
    ],
)
def test_a_group_foretelling_its_attacks_calls_for_them(analyse, text, caller, targets):
    [call] = _calls(analyse, text)
    assert caller in actor_names(call, "speaker")
    assert set(actor_names(call, "target")) == targets
    assert call["date"]["start"] < PUBLISHED.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Wednesday it would continue to target militant hideouts in the region.",
        "A Taliban spokesman said his movement would keep fighting the Islamic State.",
        "The spokesman said on Monday that the group would not carry out attacks during the talks.",
        "Analysts said the group would probably continue to attack supply convoys.",
    ],
)
def test_no_call_foretold(analyse, text):
    assert not _calls(analyse, text)
