"""People driven from their homes are displaced (``extract.statistics``): "driven about 2.6
million from their homes", "120,000 have been pushed out of their villages" count the
displaced even without the word "people". A verb of driving that drives no one from home
("drove 300 fighters out of the town") says nothing of displacement. Those who "left their
homes" are displaced too; those who left a group are not. A part of the displaced
"who have crossed into neighbouring countries", into a region a country owns ("Ghana's Upper
East region") or who "sought refuge" in one are refugees there; those who sought shelter at home
are displaced. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 5, 20)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The insurgency has killed more than 30,000 people since 2009 and driven about 2.1 "
            "million from their homes, according to UN figures.",
            2_100_000,
        ),
        (
            "More than 900 people have been killed in the fighting, and the UN says more than "
            "95,000 have been driven from their homes.",
            95_000,
        ),
        (
            "Aid groups said about 40,000 had been pushed out of their villages since March.",
            40_000,
        ),
        # the parse may hang "from their homes" on the people driven
        (
            "The fighting has driven about 4,500 people from their homes in the four "
            "townships, the U.N. said.",
            4_500,
        ),
    ],
)
def test_driven_from_home_are_displaced(analyse, text, value):
    assert _measures(analyse, text).get(value) == "people displaced"


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups say more than 15,000 people have left their homes in the district since "
        "January.",
        "About 8,000 villagers have left their villages since the raids began, officials said.",
    ],
)
def test_leaving_home_is_displacement(analyse, text):
    found = _measures(analyse, text)
    assert any(m.endswith("displaced") for m in found.values()), found


def test_leaving_a_group_is_no_displacement(analyse):
    found = _measures(analyse, "About 300 fighters left the group last year, officials said.")
    assert found.get(300) == "fighters who left the group"


def test_driving_fighters_out_of_a_town_is_no_displacement(analyse):
    found = _measures(analyse, "Troops drove about 300 fighters out of the town this year.")
    assert "displaced" not in (found.get(300) or "")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a part of the displaced just counted, who crossed into neighbouring countries
        (
            "More than 3.3 million people have fled their homes, among them more than 700,000 "
            "who have crossed into neighbouring countries, the agency says.",
            700_000,
            "refugees in neighbouring countries",
        ),
        # refugees in a country named stay refugees
        (
            "About 63,000 people have been displaced, and some 10,000 of them have fled into "
            "Ethiopia.",
            10_000,
            "refugees",
        ),
        # ... or who fled abroad, told by the adverb alone
        (
            "More than half a million people are displaced inside the country, and about "
            "460,000 more have fled abroad, the U.N. refugee agency says.",
            460_000,
            "refugees",
        ),
        # a region a country owns is that country
        (
            "About 6,000 Burkinabe have crossed into Ghana's Upper East and Upper West regions "
            "this year fleeing the fighting, according to the U.N. refugee agency.",
            6_000,
            "refugees",
        ),
        # driven across the border: refugees there
        (
            "The army's 2017 crackdown drove more than 700,000 people across the border into "
            "Bangladesh, the U.N. said.",
            700_000,
            "refugees",
        ),
        # those who sought refuge there fled there
        (
            "About 4,000 Burkinabe have sought refuge in Togo's Savanes region since last year, "
            "according to the U.N. refugee agency.",
            4_000,
            "refugees",
        ),
        (
            "Officials said about 12,000 villagers had taken shelter in schools in the "
            "provincial capital since March.",
            12_000,
            "villagers displaced",
        ),
    ],
)
def test_those_who_crossed_the_border_are_refugees(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
