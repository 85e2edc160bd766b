"""A place named by a name the recogniser missed before a place noun ("took back the Mohmand
valley", "retook the Hoz district"), and hamlets and settlements taken ("drove the guerrillas of
the National Liberation Army out of several hamlets"): territorial changes. A group's name
before the noun ("the Taliban stronghold") and facilities ("the Damboa road") are not places."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _changes(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "territorial_change"
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Saturday, Afghan commandos and police took back the Mohmand valley after a "
            "fortnight of fighting.",
            "Mohmand valley",
        ),
        ("Soldiers retook the Hoz district from the militants on Friday.", "Hoz district"),
        ("Government troops recaptured the Dhurbo valley on Tuesday.", "Dhurbo"),
    ],
)
def test_a_name_before_a_place_noun_is_the_place(analyse, text, place):
    [change] = _changes(analyse, text)
    assert change["location"]["name"].startswith(place)  # with the noun, or the name alone


@pytest.mark.parametrize(
    "text",
    [
        "Rival fighters drove guerrillas of the National Liberation Army out of several hamlets "
        "along the river last week.",
        "Rebels seized three hamlets near the border on Tuesday.",
    ],
)
def test_hamlets_taken_are_a_change(analyse, text):
    assert len(_changes(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The militants seized the Taliban stronghold on Friday.",
        "Government forces recaptured the Damboa road on Friday.",
        "Troops took back the Kano checkpoint on Monday.",
    ],
)
def test_no_place_named_gives_no_change(analyse, text):
    assert _changes(analyse, text) == []
