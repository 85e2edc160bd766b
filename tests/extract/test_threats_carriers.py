"""Calls by one group in different carriers (an audio message, a newsletter, a poster) are
different calls; one call told over several sentences stays one; travel advice told as
"against all travel". Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 12, 12)  # a Thursday


def _calls(analyse, text: str) -> list[dict]:
    return [
        r for r in records_of(analyse(text, PUBLISHED), "threat") if r["subtype"] == "call_to_attack"
    ]


def test_calls_in_an_audio_message_a_newsletter_and_a_poster_are_three(analyse):
    text = (
        "An Islamic State spokesman urged supporters to attack police officers in Europe in an "
        "audio recording released on Sunday.\n\n"
        "The group's weekly newsletter separately called on its followers to target Christmas "
        "markets.\n\n"
        "A poster shared by Islamic State supporters urged attackers to strike the crowds at "
        "New Year celebrations."
    )
    assert len(_calls(analyse, text)) == 3


def test_one_call_told_over_two_sentences_is_one(analyse):
    text = (
        "An Islamic State spokesman urged supporters to attack police officers in Europe in an "
        "audio recording released on Sunday.\n\n"
        "In the same message, he also called on followers to kill Jews and Christians."
    )
    assert len(_calls(analyse, text)) == 1


def test_a_second_mention_of_the_same_carrier_stays_one_call(analyse):
    text = (
        "The Islamic State's newsletter called on followers to attack churches on Christmas "
        "Day.\n\n"
        "The newsletter's editorial also urged readers to target police stations."
    )
    assert len(_calls(analyse, text)) == 1


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("France on Monday advised its nationals against all travel to northern Mali.", True),
        (
            "Britain on Tuesday advised its citizens against all but essential travel to parts "
            "of Kenya.",
            True,
        ),
        ("The minister advised farmers against planting before the rains.", False),
    ],
)
def test_advice_against_travel_is_a_warning(analyse, text, warned):
    warnings = [
        r
        for r in records_of(analyse(text, PUBLISHED), "threat")
        if r["subtype"] == "official_warning"
    ]
    assert bool(warnings) is warned
