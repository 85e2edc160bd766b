"""Pledges shown in counted releases from listed places (``extract.pledges``): "four sets of
photographs, from the A, B, C and D districts, in which men renewed their pledge", "photographs
from five of its branches, in A, B, C, D and E, showing fighters renewing their oath": one pledge
per listed place when the count and the list agree; a group described by a pledge made months
before is not in the news."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 3, 11)  # a Friday


def _pledges(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


def _pledgers(pledges: list[dict]) -> list[str]:
    return sorted(
        a["canonical"] or a["name"]
        for p in pledges
        for a in p["actors"]
        if a["role"] == "perpetrator"
    )


COUNTED = [
    (
        "On Wednesday the movement's media wing put out three sets of pictures, from the "
        "Kunar, Nuristan and Laghman valleys, in which lines of armed men renewed their oath "
        "to the movement's emir.",
        3,
    ),
    (
        "The outlet followed on Thursday with four videos from the Tillaberi, Gao, Menaka and "
        "Dori areas in which masked fighters reaffirmed their pledge of allegiance to their "
        "commander.",
        4,
    ),
    (
        "On Tuesday its news agency released photographs from three of its provinces, in "
        "Somalia, Yemen and West Africa, showing fighters renewing their bay'ah to the new "
        "caliph.",
        3,
    ),
]


@pytest.mark.parametrize(("text", "count"), COUNTED)
def test_one_pledge_per_place_a_counted_release_lists(analyse, text, count):
    pledges = _pledges(analyse, text)
    assert len(pledges) == count
    assert len(set(_pledgers(pledges))) == count
    assert {p["subtype"] for p in pledges} == {"renewal"}


def test_counted_branches_are_named_by_their_region(analyse):
    text = (
        "On Tuesday its news agency released photographs from three of its provinces, in "
        "Somalia, Yemen and West Africa, showing fighters renewing their bay'ah to the new "
        "caliph of the Islamic State."
    )
    assert _pledgers(_pledges(analyse, text)) == [
        "Islamic State Somalia Province",
        "Islamic State West Africa Province",
        "Islamic State Yemen Province",
    ]


NOT_COUNTED = [
    # the count and the list disagree: no series of places
    (
        "On Wednesday the movement's media wing put out two sets of pictures, from the Kunar, "
        "Nuristan and Laghman valleys, in which lines of armed men renewed their oath to the "
        "movement's emir.",
        1,
    ),
    # a count of men, not of releases
    (
        "Photographs released on Monday showed 40 fighters from Kunar, Nuristan and Laghman "
        "renewing their oath to the movement's emir.",
        1,
    ),
    # planned, not made
    (
        "The group said it would release four videos from the Tillaberi, Gao, Menaka and Dori "
        "areas in which fighters will renew their pledge to their commander.",
        0,
    ),
]


@pytest.mark.parametrize(("text", "most"), NOT_COUNTED)
def test_lists_that_are_not_a_counted_series_give_no_more(analyse, text, most):
    assert len(_pledges(analyse, text)) <= most


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram, which pledged allegiance to the Islamic State last June, claimed the raid "
        "on Tuesday.",
        "The Sinai branch, which swore loyalty to the caliph in September, said on Wednesday "
        "that it had attacked the checkpoint.",
    ],
)
def test_a_group_described_by_an_old_pledge_is_no_pledge(analyse, text):
    assert _pledges(analyse, text) == []


def test_a_group_described_by_a_pledge_this_week_keeps_it(analyse):
    text = (
        "Boko Haram, which pledged allegiance to the Islamic State on Monday, claimed the raid "
        "on Thursday."
    )
    assert len(_pledges(analyse, text)) == 1
