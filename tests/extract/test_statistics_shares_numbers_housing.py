"""Counts beside their share of a population, counts of a compound container ("refugee
numbers rose from A to B"), and people a place houses (``extract.statistics``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, statistic_values

PUBLISHED = date(2021, 5, 12)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")



@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "The agency says nearly 9 million Afghans, more than 20 percent of the population, "
            "depend on food handouts.",
            (None, 9_000_000),
            "afghans",
        ),
        (
            "About 3 million Malians, a third of the country's people, rely on relief "
            "convoys, the charity said.",
            (3_000_000, 3_000_000),
            "malians",
        ),
        (
            "Some 600,000 pupils, or 40 percent of those in the region, are out of school, "
            "the charity said.",
            (600_000, 600_000),
            "pupils",
        ),
    ],
)
def test_count_beside_its_share_is_a_statistic(analyse, text, value, word):
    found = _statistics(analyse, text)
    assert value in statistic_values(found)
    assert any(
        word in r["measure"] for r in found if (r["value"]["min"], r["value"]["max"]) == value
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The gunmen shot 14 passengers, half of those on the minibus, before fleeing.", 14),
        (
            "Eleven villagers, about 20 percent of those in the hamlet, were killed in the raid "
            "on Tuesday.",
            11,
        ),
    ],
)
def test_victims_of_an_incident_beside_a_share_are_no_statistic(analyse, text, value):
    assert (value, value) not in statistic_values(_statistics(analyse, text))


@pytest.mark.parametrize(
    ("text", "first", "second", "word"),
    [
        (
            "Refugee numbers climbed from 200,000 in 2017 to 900,000 this year, the agency said.",
            200_000,
            900_000,
            "refugee",
        ),
        (
            "Troop numbers in the region have dropped to 3,500 from 8,000 in 2019, the ministry "
            "said.",
            3_500,
            8_000,
            "troop",
        ),
        (
            "Attack numbers fell from 140 in 2019 to 95 in 2020, police figures show.",
            140,
            95,
            "attack",
        ),
    ],
)
def test_compound_numbers_give_both_figures(analyse, text, first, second, word):
    found = _statistics(analyse, text)
    values = statistic_values(found)
    assert (first, first) in values and (second, second) in values
    assert all(word in r["measure"] for r in found if r["value"]["min"] in (first, second))


@pytest.mark.parametrize(
    "text",
    [
        "The Roj camp holds about 30,000 people, most of them women and children.",
        "The settlements along the river shelter some 85,000 people, officials said.",
    ],
)
def test_people_a_place_houses(analyse, text):
    found = _statistics(analyse, text)
    assert any("residents" in r["measure"] for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "The kidnappers held 30 people in the hotel for ten hours on Tuesday.",
        "The farmhouse sheltered 12 people during the shelling on Monday.",
    ],
)
def test_people_held_in_an_incident_are_no_residents(analyse, text):
    assert not any("residents" in r["measure"] for r in _statistics(analyse, text))
