"""A wave of pledges told as releases "from" listed branches (``extract.pledges``,
``extract.media``): after a pledge told through pictures, "the group's outlets published photo
sets from A on day 1, from B and C on day 2, ... as a commander reads out the oath" is one
pledge and one release per branch, each dated by its own day; a lead telling the pictures over
the stretch that holds them sums them up."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 8, 14)

WAVE = (
    "Islamic State affiliates have released pictures over the past week showing fighters "
    "renewing their oath of allegiance to the group's new leader.\n\n"
    "The group's spokesman named the new leader in an audio message on Aug. 3.\n\n"
    "Its outlets then posted photo sets from the West Africa Province on Aug. 6, from the "
    "Somalia Province and the Mozambique Province on Aug. 8, each showing armed men with raised "
    "hands as an emir reads out the oath."
)


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


def _by_pledger(records: list[dict]) -> dict[str, str]:
    return {
        a["canonical"]: r["date"]["start"]
        for r in records
        for a in r["actors"]
        if a["role"] == "perpetrator" and a["type"] == "branch"
    }


def test_each_listed_branch_pledges_on_its_own_day(analyse):
    pledges = _events(analyse, WAVE, "pledge")
    assert _by_pledger(pledges) == {
        "Islamic State West Africa Province": "2023-08-06",
        "Islamic State Somalia Province": "2023-08-08",
        "Islamic State Mozambique Province": "2023-08-08",
    }
    assert {p["subtype"] for p in pledges} == {"renewal"}


def test_each_listed_branch_has_its_own_photo_release_and_the_lead_sums_them_up(analyse):
    photos = [r for r in _events(analyse, WAVE, "media_release") if r["subtype"] == "photos"]
    assert sorted(r["date"]["start"] for r in photos) == ["2023-08-06", "2023-08-08", "2023-08-08"]


@pytest.mark.parametrize(
    "text",
    [
        # no pledge told before: pictures from branches are not oaths
        "The group's outlets posted photo sets from the West Africa Province on Aug. 6 and from "
        "the Somalia Province on Aug. 8, showing fighters training in the bush.",
        # the releases are planned, not made
        "Islamic State affiliates renewed their oath of allegiance to the new leader on Aug. 4. "
        "Its outlets are expected to publish photo sets from the West Africa Province and from "
        "the Somalia Province next week.",
    ],
)
def test_no_branch_pledges_without_a_pledge_before_or_for_planned_releases(analyse, text):
    branches = _by_pledger(_events(analyse, text, "pledge"))
    assert "Islamic State Somalia Province" not in branches
