"""Constructions of statistics the fifth development set showed missing, worded apart from the
gold's convention or read where no statistic is (``extract.statistics``), in sentences written
for this test: a share "of all the" people counted, deaths a monitor counts, deaths told with
their cause, outcomes joined by "or", a sum held as a "war chest", platform pages taken down,
people "believed to live" in a place, people who left a place, people "still missing" or "gone
missing"; and what stays out: pages of a document, a few people in a house, cadres "left" (the
ones remaining), an abduction's missing children, and an arrest's count told with the arrest
(``resolve.stated.without_event_counts``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 17)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


MUST = [
    # (sentence, min, max, measure the gold would write)
    # "all" before the determiner of a share's whole
    (
        "Monitors say roughly 30 percent of all the attacks recorded in the region last year were claimed by the group.",
        30,
        30,
        "share of attacks",
    ),
    (
        "The agency said that 45 percent of all the people displaced in the province were children.",
        45,
        45,
        "share of people displaced",
    ),
    # deaths a monitor counts: the monitor is the source, not one incident's doer
    (
        "The monitoring group counted more than 2,100 deaths in the province in 2022.",
        2100,
        None,
        "people killed",
    ),
    # deaths told with their cause
    (
        "The institute recorded about 4,800 deaths from armed violence across the region in 2021.",
        4800,
        4800,
        "deaths from armed violence",
    ),
    (
        "Aid groups estimate that some 90,000 people have died from famine and cholera since the siege began.",
        90000,
        90000,
        "deaths from famine and cholera",
    ),
    # outcomes joined by "or"
    (
        "The army says some 2,300 weapons have been seized or destroyed since the offensive began.",
        2300,
        2300,
        "weapons seized or destroyed",
    ),
    (
        "At least 640 homes in the district have been damaged or burned since March, the council said.",
        640,
        None,
        "homes damaged or destroyed",
    ),
    # a sum the group holds
    (
        "Investigators believe the movement has built up a war chest of roughly $60 million.",
        60000000,
        60000000,
        "war chest",
    ),
    # pages of a platform taken down, or told with profiles
    (
        "The company said it had taken down about 55 pages and accounts linked to the militia.",
        55,
        55,
        "pages and accounts removed",
    ),
    (
        "The regulator said the platform removed 70 pages that praised the bombers.",
        70,
        70,
        "pages removed",
    ),
    # people believed to live in a place
    (
        "As many as 800,000 civilians are thought to still live in the besieged city of Aleppo.",
        None,
        800000,
        "civilians in aleppo",
    ),
    # people who left a place
    (
        "Nearly 30,000 people have left the camp since January, according to the agency.",
        None,
        30000,
        "people who left the camp",
    ),
    # people gone missing over a period
    (
        "Some 7,000 people have gone missing since the conflict began, the Red Cross said.",
        7000,
        7000,
        "people missing",
    ),
]


MUST_NOT = [
    # pages of a document, not of a platform
    "The magazine's new issue runs to 48 pages and carries an interview with the commander.",
    # a few people in a house
    "Fourteen civilians live in the house next to the checkpoint, a neighbour said.",
    # the children an abduction leaves missing: the abduction's count
    "The governor said on Friday that 86 pupils were still missing after the attack on the school.",
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST)
def test_a_stated_number_is_a_statistic(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_statistic(analyse, text):
    found = _statistics(analyse, text)
    assert not found, [(s["measure"], s["value"]) for s in found]


def test_cadres_left_are_those_remaining(analyse):
    """ "had fewer than 60 fighters left" counts the fighters remaining, not who left."""
    found = _statistics(
        analyse, "Officials said the faction had fewer than 60 armed fighters left in the hills."
    )
    assert [s["measure"] for s in found] == ["armed fighters"]


def test_an_arrests_count_is_the_arrest_records(analyse):
    """ "detained some 3,000 men who fled the town" is the arrest's count: an arrest record
    holds it, and no statistic repeats it."""
    result = analyse(
        "Kurdish forces said on Sunday they had detained some 3,000 men who fled the town of "
        "Hajin on suspicion of fighting for the Islamic State.",
        PUBLISHED,
    )
    arrests = records_of(result, "arrest")
    assert any((a["arrested"] or {}).get("min") == 3000 for a in arrests), arrests
    assert not records_of(result, kind="statistic")


def test_an_aggregate_of_arrests_stays_a_statistic(analyse):
    """Arrests counted over a period have no arrest record's count to repeat."""
    found = _statistics(
        analyse,
        "More than 2,400 people have been arrested on terrorism charges since 2019, the interior "
        "minister told parliament.",
    )
    assert [(s["value"]["min"], s["value"]["max"]) for s in found] == [(2400, None)]
