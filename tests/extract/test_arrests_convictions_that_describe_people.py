"""A conviction told only to say who people are is no conviction event (``extract.arrests``):
a participle after their noun ("three men convicted of terrorism offences were back in
prison") or a clause in the past before the story's past ("hanged 36 men who had been convicted
of taking part", "objections that many of them had been convicted of killings"). A sentence
passed in the story, even told by a participle with its day, stays one. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 11, 19)  # a Friday


def _convictions(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "arrest" and r.data["subtype"] == "conviction"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Three men convicted of terrorism offences were back in the maximum-security prison on "
        "Friday after they were caught near the border.",
        "The authorities hanged 21 men on Sunday who had been convicted of taking part in the "
        "massacre of recruits in 2014, officials said.",
        "The council approved freeing the prisoners despite objections that many of them had "
        "been convicted of killings and kidnappings.",
    ],
)
def test_a_conviction_that_only_describes_people(analyse, text):
    assert _convictions(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A court in the capital on Wednesday convicted 14 men over the attacks on the "
        "churches.",
        "Four men convicted on Monday of financing the group were jailed for ten years.",
    ],
)
def test_a_sentence_passed_in_the_story(analyse, text):
    assert len(_convictions(analyse, text)) == 1
