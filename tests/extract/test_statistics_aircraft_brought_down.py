"""Aircraft, drones and missiles brought down are counted as such (``extract.statistics``;
``[outcomes] shot_down`` and ``intercepted``): "air defences had brought down at least 20
drones" counts drones shot down, "has intercepted more than 300 drones" drones intercepted,
in the active and the passive. Two drones downed on one day are the incident's detail, not a
statistic. What was done to the counted keeps whither ("rockets fired into israel") but not the
named place where ("air strikes announced", not "... in somalia"), which the place field holds.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 14)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The monitor says air defences around the base have brought down at least 25 "
            "drones since March.",
            25,
            "drones shot down",
        ),
        (
            "The army says it has shot down more than 40 drones since January.",
            40,
            "drones shot down",
        ),
        (
            "More than 40 drones have been shot down over the province since January, the "
            "army says.",
            40,
            "drones shot down",
        ),
        (
            "The coalition says it has intercepted more than 300 drones launched from Yemen "
            "since 2019.",
            300,
            "drones intercepted",
        ),
    ],
)
def test_aircraft_brought_down_are_counted_as_such(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_drones_downed_in_one_incident_are_no_statistic(analyse):
    text = "Soldiers shot down two drones near the base on Tuesday, the army said."
    assert 2 not in _measures(analyse, text)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # what was done to the counted keeps whither, but not the named place where: that
        # is the place field's
        (
            "The command has announced more than 60 air strikes in Somalia so far this year.",
            60,
            "air strikes announced",
        ),
        (
            "Militants have fired some 1,200 rockets into Israel since May, the army says.",
            1200,
            "rockets fired into israel",
        ),
    ],
)
def test_a_named_place_where_is_not_in_the_measure(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
