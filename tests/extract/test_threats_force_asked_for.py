"""A group's order to use force against people is a call to attack ("ordered its fighters to
use "all force" against election workers"), where an official's call on police to use force
against looters, or a state's promise to use force, is none (``extract.threats``). Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _calls(analyse, text: str) -> list[dict]:
    threats = records_of(analyse(text, date(2014, 3, 30)), "threat")
    return [t for t in threats if t["subtype"] == "call_to_attack"]


@pytest.mark.parametrize(
    "text",
    [
        'In a statement on Monday, the Taliban ordered their fighters to use "all force" against '
        "election workers and voters.",
        "Al-Shabaab told its fighters on Friday to use force against anyone taking part in the "
        "vote.",
    ],
)
def test_an_order_to_use_force_against_people_is_a_call(analyse, text):
    assert len(_calls(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister urged police on Monday to use force against looters.",
        "The governor said on Monday that troops would use force against anyone who blocked "
        "the roads.",
        "The Taliban ordered their fighters to use force only as a last resort.",
    ],
)
def test_force_asked_of_police_or_without_a_target_is_no_call(analyse, text):
    assert _calls(analyse, text) == []


def test_a_warning_joined_to_an_order_has_the_orders_caller(analyse):
    """ "the Niger Delta Avengers told oil companies to pull their staff out of the delta and
    warned that any facility still operating would be destroyed": the warning's verb, joined
    to the order's, shares its subject, and a facility "would be destroyed" is threatened."""
    text = (
        "On Thursday the Niger Delta Avengers told oil companies to pull their staff out of the "
        "delta and warned that any platform still pumping would be destroyed."
    )
    calls = _calls(analyse, text)
    assert len(calls) == 1
    assert [a["canonical"] for a in calls[0]["actors"] if a["role"] == "speaker"] == [
        "Niger Delta Avengers"
    ]


def test_a_states_warning_of_destruction_is_no_call(analyse):
    text = "Officials warned on Monday that the old bridge would be destroyed by the floods."
    assert _calls(analyse, text) == []
