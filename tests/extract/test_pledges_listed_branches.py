"""Branches listed before one plural word (``extract.pledges``): "fighters from its Sahel and
Somalia provinces renewing their pledge" is one pledge per branch; a lead naming the branches
together ("Islamic State branches ... have pledged") sums up the ones told after it."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _pledgers(analyse, text: str) -> list[str]:
    result = analyse(text, PUBLISHED)
    return sorted(
        a["canonical"] or a["name"]
        for r in result.records
        if r.kind == "event" and r.data["type"] == "pledge"
        for a in r.data["actors"]
        if a["role"] == "perpetrator"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Islamic State named a new caliph last week. On Monday, the group's outlets "
            "published photos of fighters from its Sahel and Somalia provinces renewing their "
            "pledge of allegiance to the new caliph.",
            ["Islamic State Sahel Province", "Islamic State Somalia Province"],
        ),
        (
            "The Islamic State named a new leader on Sunday. Fighters from its West Africa, "
            "Mozambique and Somalia provinces renewed their oath of allegiance to the new leader "
            "on Monday.",
            [
                "Islamic State Mozambique Province",
                "Islamic State Somalia Province",
                "Islamic State West Africa Province",
            ],
        ),
        (
            "Islamic State branches from Nigeria to Somalia have pledged allegiance to the new "
            "caliph this week. Since Sunday, the group's outlets have published photos of "
            "fighters from its West Africa and Somalia provinces raising their index fingers in "
            "the pledge, the weekly al-Naba said on Tuesday.",
            ["Islamic State Somalia Province", "Islamic State West Africa Province"],
        ),
    ],
)
def test_branches_listed_before_one_word_pledge_one_by_one(analyse, text, expected):
    assert _pledgers(analyse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a wish, not a pledge
        "Analysts expect fighters from its Sahel and Somalia provinces to renew their pledge "
        "of allegiance to the new caliph.",
        # negated
        "Fighters from the Islamic State's Sahel and Somalia provinces have not renewed their "
        "pledge of allegiance to the new caliph.",
    ],
)
def test_listed_branches_that_do_not_pledge_give_nothing(analyse, text):
    assert _pledgers(analyse, text) == []


def test_a_lead_naming_the_branches_together_stands_alone_when_none_follow(analyse):
    text = (
        "Islamic State branches from Nigeria to Somalia have pledged allegiance to the new "
        "caliph this week, the group's weekly said."
    )
    assert len(_pledgers(analyse, text)) == 1


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "On Monday the group's outlets published photos of fighters from its West Africa "
            "and Somalia provinces renewing their pledge of allegiance to the new caliph. Its "
            "Central Africa Province released a set of pictures of fighters in Congo on Tuesday.",
            "Islamic State Central Africa Province",
        ),
        (
            "On Monday the group's outlets published photos of fighters from its Sahel and "
            "Somalia provinces renewing their pledge of allegiance to the new caliph. The "
            "Islamic State Khorasan Province posted a video of its fighters on Tuesday.",
            "Islamic State Khorasan Province",
        ),
    ],
)
def test_a_branch_putting_out_pictures_of_its_fighters_joins_the_wave(analyse, text, joined):
    assert joined in _pledgers(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # no pledge told through pictures before
        "Its Central Africa Province released a set of pictures of fighters in Congo on Tuesday.",
        # pictures of something else
        "On Monday the group's outlets published photos of fighters from its West Africa and "
        "Somalia provinces renewing their pledge of allegiance to the new caliph. Its Central "
        "Africa Province released pictures of a burned church in Congo on Tuesday.",
        # not released
        "On Monday the group's outlets published photos of fighters from its West Africa and "
        "Somalia provinces renewing their pledge of allegiance to the new caliph. Its Central "
        "Africa Province has not released any pictures of fighters.",
    ],
)
def test_pictures_that_do_not_continue_a_wave_are_no_pledge(analyse, text):
    assert "Islamic State Central Africa Province" not in _pledgers(analyse, text)
