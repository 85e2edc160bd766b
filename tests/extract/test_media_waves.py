"""Releases of a pledge wave (``extract.media`` with ``extract.pledges``): one release per group
showing its own pledge in pictures or a video, none for a wave told without pictures."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday
PLEDGE = (
    "On Friday, the West Africa Province released photographs of armed men giving bay'ah to "
    "the new leader. "
)


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def _releasers(records: list[dict]) -> list[str]:
    return sorted(
        a["canonical"] or a["name"]
        for r in records
        for a in r["actors"]
        if a["role"] == "perpetrator"
    )


def test_groups_following_with_their_own_pictures_release_one_each(analyse):
    records = _releases(
        analyse,
        PLEDGE + "The Sahel branch and the Somalia branch followed with their own pictures on "
        "Saturday.",
    )
    saturday = [r for r in records if r["date"]["start"] == "2024-06-08"]
    assert len(saturday) == 2
    assert {r["subtype"] for r in saturday} == {"photos"}
    assert len(records) == 3  # and the West Africa Province's own, once


def test_pictures_of_men_in_two_places_pledging_are_two_releases(analyse):
    records = _releases(
        analyse,
        "On Sunday images appeared of fighters in Mozambique's Cabo Delgado province and of a "
        "smaller group in the southern Philippines reaffirming allegiance to the new caliph.",
    )
    assert len(records) == 2
    assert {(r["location"] or {}).get("country_code") for r in records} == {"MZ", "PH"}


def test_one_group_pledging_in_pictures_is_one_release(analyse):
    records = _releases(analyse, PLEDGE)
    assert len(records) == 1
    assert _releasers(records) == ["Islamic State West Africa Province"]


@pytest.mark.parametrize(
    "text",
    [
        # a wave told without pictures
        "Al-Shabaab pledged allegiance to Ayman al-Zawahiri on Monday. Boko Haram and the "
        "Sahel branch followed suit on Tuesday.",
        # pictures of groups that do not pledge
        "On Sunday images appeared of fighters in Mozambique and of a group in the Philippines "
        "training in a forest.",
    ],
)
def test_no_release_without_pictures_of_a_pledge(analyse, text):
    assert _releases(analyse, text) == []
