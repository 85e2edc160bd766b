"""Leaders named with what the recogniser misread: a district or province read as the person
("the Taliban leader for Chimtal district, Balkh province") is no one, and the post, unnamed, is
who the change is about; a post outside armed groups by its word ("militia commander") is a
group's when a clause says the person founded or leads that group; a group named as the post's
possessor ("the Taliban's shadow governor") is the post's group."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subjects(change: dict) -> list[str]:
    return [a["name"] for a in change["actors"] if a["role"] == "subject"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Afghan and coalition forces arrested the senior Taliban leader for Chimtal "
            "district, Balkh province, on Tuesday.",
            "Balkh",
        ),
        (
            "An Afghan-led security force detained a Taliban leader in Nad Ali district, "
            "Helmand province, on Monday.",
            "Nad Ali",
        ),
        (
            "Officials said a strike on Saturday may have killed the Taliban's shadow governor "
            "for Marjah district.",
            "Marjah",
        ),
    ],
)
def test_a_place_is_never_the_person(analyse, text, place):
    for change in _changes(analyse, text):
        assert all(place not in name for name in _subjects(change))


def test_an_unnamed_post_for_a_district_is_the_subject(analyse):
    [change] = _changes(
        analyse,
        "Officials said a strike on Saturday may have killed the Taliban's shadow governor for "
        "Marjah district.",
    )
    assert change["subtype"] == "rumoured_dead"
    assert "shadow governor" in _subjects(change)[0]


def test_a_named_leader_beside_a_district_is_still_named(analyse):
    [change] = _changes(
        analyse,
        "An Afghan-led force detained Mullah Abdul Rahman, a Taliban leader, in Nad Ali "
        "district, Helmand province, on Monday.",
    )
    assert _subjects(change) == ["Mullah Abdul Rahman"]


@pytest.mark.parametrize(
    "text",
    [
        "Abu Hadi al-Sudani, the militia commander who founded Kataib Hezbollah, was "
        "killed on Friday in a drone strike.",
        "Abu Hadi al-Sudani, a militia commander who leads Kataib Hezbollah, was killed on "
        "Friday in a drone strike.",
    ],
)
def test_a_militia_commander_who_founded_a_group_is_its_leader(analyse, text):
    [change] = _changes(analyse, text)
    assert change["subtype"] == "killed"
    assert _subjects(change) == ["Abu Hadi al-Sudani"]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Hassan, a tribal leader who founded a charity, was killed on Friday.",
        "Ali Hassan, a militia commander who fought against Kataib Hezbollah, was killed on "
        "Friday.",
        "Ali Hassan, a businessman who founded a newspaper, was killed on Friday.",
    ],
)
def test_a_founder_of_no_armed_group_is_no_leader(analyse, text):
    assert _changes(analyse, text) == []
