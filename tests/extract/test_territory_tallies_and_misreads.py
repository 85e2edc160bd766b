"""Changes of hands the parse hides (``extract.territory``): a past-tense capture word the
tagger read as a noun, the subject of a gerund adjunct ("a day after overrunning X"), "drove
the militants out of X", seats of power in a town said to be one;
and counts of places tallied over a period, which are statistics, not one change."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 1)  # a Monday


def _changes(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "territorial_change"
    ]


def _winners(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["role"] in ("perpetrator", "authority")}


def test_a_capture_verb_read_as_a_noun_keeps_its_sides(analyse):
    text = (
        "Government troops and allied clan militias retook Harardhere, a coastal town that "
        "al-Shabaab had held for more than a decade, on Jan. 16."
    )
    [record] = _changes(analyse, text)
    assert record["subtype"] == "recaptured"
    assert record["location"]["name"] == "Harardhere"
    assert "al-Shabaab" not in _winners(record)  # the group of the relative clause lost it


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters moved on Beledweyne on Tuesday, two days after overrunning the "
        "town of Mahas.",
        "The rebels pushed south toward the capital on Friday after capturing the town of Goma.",
        "After retaking Sirte on Sunday, government forces advanced east.",
    ],
)
def test_a_gerund_adjunct_takes_the_subject_of_its_clause(analyse, text):
    [record] = _changes(analyse, text)
    assert _winners(record)


@pytest.mark.parametrize(
    "text",
    [
        "Residents fled on Monday after hearing that militants were approaching.",
        "Soldiers patrolled the market on Sunday after searching the houses nearby.",
    ],
)
def test_a_gerund_adjunct_without_a_capture_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


def test_driving_armed_men_out_of_a_town_said_to_be_one_is_a_change(analyse):
    text = (
        "Gunmen seized Bir Ghalib, a desert village, on Monday. On Tuesday soldiers drove the "
        "gunmen out of Bir Ghalib after a day of fighting."
    )
    records = _changes(analyse, text)
    assert sorted(r["subtype"] for r in records) == ["captured", "recaptured"]
    [back] = [r for r in records if r["subtype"] == "recaptured"]
    assert {a["role"] for a in back["actors"]} == {"authority", "target"}


@pytest.mark.parametrize(
    "text",
    [
        "Police drove the protesters out of the square on Monday.",
        "The army forced the rebels out of hiding on Friday.",
    ],
)
def test_driving_people_out_of_no_named_place_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


def test_seats_of_power_in_a_town_said_to_be_one_stand_for_the_town(analyse):
    text = (
        "Rebels overran the governor's office and the army barracks in Wad Sharif, a market "
        "town, on Sunday."
    )
    [record] = _changes(analyse, text)
    assert record["location"]["name"] == "Wad Sharif"


def test_storming_a_seat_of_power_is_no_change(analyse):
    text = "Gunmen stormed the governor's office in Kismayo on Sunday, killing three guards."
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The government says its forces have retaken more than 60 towns and villages since "
        "August.",
        "Insurgents have seized 14 towns over the past three months, the UN said.",
    ],
)
def test_places_tallied_over_a_period_are_no_change(analyse, text):
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants overran two villages near the border on Sunday, police said.",
        "Troops retook three villages in the district on Tuesday, the army said.",
    ],
)
def test_places_counted_on_one_day_are_one_change(analyse, text):
    assert len(_changes(analyse, text)) == 1
