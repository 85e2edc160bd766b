"""Warnings that keep road users off the roads the fighters ambush, told by a province's
government or an army staff ("warned transporters not to drive to Djibo outside escorted
convoys", "banned night travel on the road"), and a call told by a statement dated where the
article first tells the statement, not by the dates of the ban it announces
(``extract.threats``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 2, 20)  # a Monday


def _threats(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "threat"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Homs governorate on Saturday warned residents not to go into the desert, saying "
            "that Islamic State cells were operating there.",
            "2023-02-18",
        ),
        (
            "The army's general staff on Tuesday warned transporters not to drive towards the "
            "town outside escorted convoys.",
            "2023-02-14",
        ),
        (
            "The Interior Ministry on Sunday ordered all buses in the three counties to travel "
            "only in police-escorted convoys, warning that the militants were likely to strike "
            "again.",
            "2023-02-19",
        ),
        (
            "The state government on Sunday urged motorists not to spend the night on the "
            "highway, warning that the insurgents were watching the road.",
            "2023-02-19",
        ),
    ],
)
def test_road_users_kept_off_the_roads(analyse, text, day):
    warnings = [t for t in _threats(analyse, text) if t["subtype"] == "official_warning"]
    assert [w["date"]["start"] for w in warnings] == [day]


@pytest.mark.parametrize(
    "text",
    [
        # not told by an authority
        "A trader warned his neighbours not to drive on the highway at night.",
        # a road closed for works is no warning of attacks
        "The ministry told motorists not to use the bridge while it is repaired.",
    ],
)
def test_no_warning_of_attacks(analyse, text):
    assert [t for t in _threats(analyse, text) if t["subtype"] == "official_warning"] == []


def test_a_call_in_a_statement_is_dated_by_the_statement(analyse):
    text = (
        "Al-Shabaab claimed the attack in a statement posted on Facebook on Sunday. The "
        "statement said no bus would be allowed on the roads from Sept. 16 to Oct. 10, and told "
        "the group's fighters to burn any bus that defied the ban."
    )
    calls = [
        t
        for t in _threats(analyse, text, date(2018, 9, 11))
        if t["subtype"] == "call_to_attack"
    ]
    assert [c["date"]["start"] for c in calls] == ["2018-09-09"]


def test_a_peacekeeping_mission_warns(analyse):
    text = (
        "The U.N. mission warned aid agencies in the province on Wednesday to expect reprisal "
        "attacks on villages by the rebels in the coming weeks."
    )
    warnings = [t for t in _threats(analyse, text) if t["subtype"] == "official_warning"]
    assert [[a["name"] for a in w["actors"]] for w in warnings] == [["U.N. mission"]]


def test_a_peacekeeping_mission_telling_of_aid_gives_no_warning(analyse):
    text = "The U.N. mission said on Wednesday that it had delivered food to 20,000 people."
    assert _threats(analyse, text) == []


def test_a_warning_joined_to_a_dated_saying_keeps_its_day_when_the_feared_attacks_have_one(
    analyse,
):
    text = (
        "The Interior Ministry said on Saturday that it had sent extra police to markets and "
        "mosques in the west of the city, and warned that militants were planning more attacks "
        "during the holiday, which begins on Thursday."
    )
    threats = _threats(analyse, text)
    assert [t["date"]["start"] for t in threats] == ["2023-02-18"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # people whose work takes them where the fighters strike, warned off it
        (
            "The provincial police command warned fishermen on Monday to stay off the coast north "
            "of Mucojo, saying insurgent boats had been seen there.",
            "2023-02-20",
        ),
        # residents asked to report what the bombers may use
        (
            "The army on Sunday urged residents of Sevare and Mopti to report any unfamiliar "
            "vehicle, warning that the militants were preparing further car bombs.",
            "2023-02-19",
        ),
    ],
)
def test_people_warned_off_or_asked_to_report(analyse, text, day):
    warnings = [t for t in _threats(analyse, text) if t["subtype"] == "official_warning"]
    assert [w["date"]["start"] for w in warnings] == [day]


def test_a_neighbour_warning_fishermen_is_no_official_warning(analyse):
    text = "An old boatman warned the fishermen on Monday to stay off the coast after dark."
    assert not [t for t in _threats(analyse, text) if t["subtype"] == "official_warning"]
