"""Warnings that keep road users safe, told in more ways: traffic of motorbikes banned (road
traffic news stays no warning), travel allowed only by day, convoys ordered, citizens reminded
not to travel, a prefect or a security committee as the authority, and commanders, labourers
or resort operators told what to do, and the attackers feared in a clause hung on those warned
(``extract.threats``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 2, 20)  # a Monday


def _warnings(analyse, text: str) -> list[dict]:
    threats = records_of(analyse(text, PUBLISHED), "threat")
    return [t for t in threats if t["subtype"] == "official_warning"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The governor of the eastern region on Thursday banned motorcycle traffic at night "
            "across its five provinces after a string of ambushes by armed groups.",
            "2023-02-16",
        ),
        (
            "State police told motorists on Friday to travel on the highway only between 6 a.m. "
            "and 6 p.m., saying kidnappers were stopping cars after dark.",
            "2023-02-17",
        ),
        (
            "The prefect of Douentza on Saturday banned motorbike traffic in the district for a "
            "month and ordered passenger vehicles on the main road to travel in convoys.",
            "2023-02-18",
        ),
        (
            "The U.S. Consulate in Monterrey on Tuesday reminded U.S. citizens not to travel on "
            "the highways to the border, citing kidnappings by armed gangs.",
            "2023-02-14",
        ),
        (
            "The district security committee warned on Thursday that al-Shabaab cells were "
            "planning attacks on schools and told teachers from outside the county to leave.",
            "2023-02-16",
        ),
        (
            "On Sunday the governor's office told labourers to stay out of the forests until "
            "the militants had been cleared from the hills.",
            "2023-02-19",
        ),
        # the feared attackers in a clause the parser hangs on those warned
        (
            "On Friday evening the provincial government warned universities, colleges and "
            "schools across the province that militants were planning further attacks on them.",
            "2023-02-17",
        ),
        (
            "The state's public security secretary warned on Tuesday that the split in the "
            "cartel could bring more attacks on reporters.",
            "2023-02-14",
        ),
    ],
)
def test_a_step_or_advice_for_safety_on_the_roads_is_a_warning(analyse, text, day):
    assert [w["date"]["start"] for w in _warnings(analyse, text)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        # road traffic news
        "Police warned of heavy traffic on the coast road over the holiday weekend.",
        "The city council reminded drivers that traffic lights on the ring road would be "
        "switched off for repairs.",
        # a reminder of a rule, with no precaution
        "The ministry reminded companies that their tax returns were due on Friday.",
        # a warning to the fighters themselves is a threat of force
        "The army warned the fighters who were massing near the town that any attack would "
        "be crushed.",
    ],
)
def test_no_warning_of_attacks_is_recorded(analyse, text):
    assert _warnings(analyse, text) == []
