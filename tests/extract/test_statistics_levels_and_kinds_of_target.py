"""A percentage a thing falls or rises to is its level, named by the thing ("turnout fell to
34.5 percent from 43 percent" -> turnout, twice; "put turnout at about 5 percent"), where "rose
40 percent" is a change. Counted attacks keep the kind of target a body owns ("attacks on the
commission's premises") and a list of up to five words ("attacks on polling centres, voters or
candidates"), but not one target told with its article nor the doers ("by its splinter
groups"). Sentences written for this test (``extract.statistics``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _statistics(analyse, text: str) -> list[tuple]:
    found = records_of(analyse(text, date(2019, 3, 4)), kind="statistic")
    return [(s["value"]["min"], s["value"]["max"], s["measure"]) for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turnout fell to 41.5 percent from 52 percent in the first round, the commission said.",
            [(41.5, 41.5, "turnout"), (52, 52, "turnout")],
        ),
        (
            "Observers put turnout in the province at about 8 percent, the lowest in the country.",
            [(8, 8, "turnout")],
        ),
        (
            "The monitoring group said unemployment in the camps rose to 60 percent last year.",
            [(60, 60, "unemployment")],
        ),
        (
            "Attacks on police stations rose 35 percent last year, the ministry said.",
            [(35, 35, "percent change in attacks on police stations")],
        ),
    ],
)
def test_a_percentage_reached_is_a_level(analyse, text, expected):
    assert _statistics(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "The commission has recorded more than 40 attacks on its regional offices since the "
            "last election, its chairman said.",
            "attacks on regional offices",
        ),
        (
            "The institute counted at least 52 attacks on polling centres, voters or candidates "
            "since campaigning began in January.",
            "attacks on polling centres, voters or candidates",
        ),
        (
            "The monitor counted 74 attacks by the group and its splinter factions in the first "
            "half of the year.",
            "attacks",
        ),
        (
            "Militants have carried out 18 attacks on the embassy since 2015, officials said.",
            "attacks",
        ),
    ],
)
def test_counted_attacks_keep_a_kind_of_target(analyse, text, measure):
    assert [m for _, _, m in _statistics(analyse, text)] == [measure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The observatory counted 41 candidates killed during the campaign, it said.",
            [(41, 41, "candidates killed")],
        ),
        (
            "The monitor recorded 23 journalists killed between the coup and the election.",
            [(23, 23, "journalists killed")],
        ),
        ("Police counted 12 people killed at the market on Monday.", []),
    ],
)
def test_the_dead_a_monitor_counts_over_a_stretch(analyse, text, expected):
    assert _statistics(analyse, text) == expected
