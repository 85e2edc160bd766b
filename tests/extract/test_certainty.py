"""What is told as still to come gives no operation or arrest (the gold codes no plans,
promises or future tense); what is hedged ("suspected", "reportedly", "may have") still gives
one. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 4, 20)  # a Saturday

FUTURE = [
    "Army commanders said they would launch a new offensive against the rebels once "
    "reinforcements arrived.",
    "The army has not said whether it plans further raids.",
    "Troops will mount raids on militant hideouts in the coming days, the governor said.",
    "The governor vowed to arrest those behind the bombing.",
    "Police are going to arrest the remaining suspects, the minister said.",
]

HEDGED = [
    (
        "A suspected U.S. drone strike killed three militants in North Waziristan on Friday.",
        "military_operation",
    ),
    ("Troops reportedly raided a militant hideout near Beni on Thursday.", "military_operation"),
    ("Police may have arrested a second suspect on Friday, a local newspaper reported.", "arrest"),
    ("Soldiers would later say they had raided the camp on Thursday.", "military_operation"),
]


@pytest.mark.parametrize("text", FUTURE)
def test_the_future_gives_no_operation_or_arrest(analyse, text):
    result = analyse(text, PUBLISHED)
    assert not records_of(result, "military_operation")
    assert not records_of(result, "arrest")


@pytest.mark.parametrize(("text", "event_type"), HEDGED)
def test_the_hedged_past_still_gives_one(analyse, text, event_type):
    assert records_of(analyse(text, PUBLISHED), event_type)
