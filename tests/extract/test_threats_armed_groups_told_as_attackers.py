"""An official warning about "armed groups" or "rebel units" (``extract.threats``): the words
before the noun that make it armed make it attackers, whose gathering or moving is what the
warning is about, even where the sentence also orders a ban on traffic; a warning about traffic
alone stays none. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 6, 15)  # a Wednesday
LEAD = "Gunmen killed 79 people in Seytenga on Saturday night, officials said. "


def _warnings(analyse, text: str) -> list[dict]:
    return [
        r
        for r in records_of(analyse(LEAD + text, PUBLISHED), "threat")
        if r["subtype"] == "official_warning"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The governor of the Sahel region warned on Tuesday that armed groups were gathering near "
        "other villages along the Niger border and ordered a night-time ban on motorcycle traffic "
        "across Seno province.",
        "The army warned on Tuesday that rebel units were massing near the town of Dori.",
    ],
)
def test_armed_groups_gathering_make_a_warning(analyse, text):
    [warning] = _warnings(analyse, text)
    assert warning["date"]["start"] == "2022-06-14"


def test_a_warning_about_traffic_alone_is_none(analyse):
    text = (
        "The governor of the Sahel region warned on Tuesday that traffic would be heavy on the "
        "roads into Dori during the holiday."
    )
    assert _warnings(analyse, text) == []


def test_a_defence_ministers_warning_is_placed_in_his_own_country(analyse):
    # the paragraph before tells of the Colombian side: the warning is not placed there
    text = (
        "CUCUTA, Colombia, Aug. 25, 2015 — Venezuela kept its crossings with Colombia closed on "
        "Tuesday.\n\nHundreds of Colombians crossed the river into Cucuta carrying their "
        "belongings.\n\nVenezuela's defence minister warned on Monday that any armed group found "
        "operating in the emergency zone would be treated as an enemy force."
    )
    [warning] = [
        r
        for r in records_of(analyse(text, date(2015, 8, 25)), "threat")
        if r["subtype"] == "official_warning"
    ]
    assert warning["location"]["country_code"] == "VE"
