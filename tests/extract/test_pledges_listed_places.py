"""Branches listed by the places they are in (``extract.pledges``, ``extract.media``): "fighters
in Iraq, Egypt's Sinai Peninsula and Afghanistan", "its provinces in Congo, the southern
Philippines and Yemen", told in the pledge's own sentence, in a release's "in which" clause,
after a gesture ("raise their hands to renew their oath"), or in the release sentence after
the pledge ("six such videos, from its branches in ..."): one renewal per branch, dated by the
release, and one release per counted release. Plans, calls and history are not pledges."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 14)  # a Friday


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


def _pledgers(events: list[dict]) -> list[str]:
    return sorted(
        a["canonical"] or a["name"]
        for e in events
        for a in e["actors"]
        if a["role"] == "perpetrator"
    )


LISTED = [
    (
        "Islamic State militants in Iraq, Egypt's Sinai Peninsula and Afghanistan have sworn "
        "loyalty to the group's newly chosen leader in three photo sets released between "
        "Monday and Wednesday.",
        [
            "Islamic State Iraq Province",
            "Islamic State Khorasan Province",
            "Islamic State Sinai Province",
        ],
        ("2024-06-10", "2024-06-12"),
    ),
    (
        "Since Tuesday the group's central media office has issued four videos in which "
        "jihadists from its branches in Yemen, Libya, the Sahel and Congo raise their rifles to "
        "renew their bay'ah to the Islamic State's new caliph.",
        [
            "Islamic State Central Africa Province",
            "Islamic State Libya Province",
            "Islamic State Sahel Province",
            "Islamic State Yemen Province",
        ],
        ("2024-06-11", "2024-06-14"),
    ),
    (
        "Fighters from the Islamic State's provinces in Nigeria, Somalia and northern "
        "Mozambique lined up to swear allegiance to the new caliph in three videos posted on "
        "Wednesday.",
        [
            "Islamic State Mozambique Province",
            "Islamic State Somalia Province",
            "Islamic State West Africa Province",
        ],
        ("2024-06-12", "2024-06-12"),
    ),
    (
        "The Islamic State has filled its channels with clips of men in its distant branches "
        "reaffirming their loyalty to the group's new leader. Since Monday its outlets have "
        "put out three such videos, from its branches in Pakistan, the southern Philippines "
        "and Somalia, researchers said.",
        [
            "Islamic State East Asia Province",
            "Islamic State Pakistan Province",
            "Islamic State Somalia Province",
        ],
        ("2024-06-10", "2024-06-14"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "dates"), LISTED)
def test_branches_listed_by_place_renew_one_by_one(analyse, text, expected, dates):
    pledges = _events(analyse, text, "pledge")
    assert _pledgers(pledges) == expected
    assert {p["subtype"] for p in pledges} == {"renewal"}
    assert {(p["date"]["start"], p["date"]["end"]) for p in pledges} == {dates}


@pytest.mark.parametrize(("text", "expected", "dates"), LISTED)
def test_counted_releases_of_listed_branches_are_a_series(analyse, text, expected, dates):
    releases = _events(analyse, text, "media_release")
    assert len(releases) == len(expected)
    assert sorted(r["series"]["index"] for r in releases) == list(range(1, len(expected) + 1))
    assert {(r["date"]["start"], r["date"]["end"]) for r in releases} == {dates}


def test_three_sets_of_photographs_count_three_releases(analyse):
    text = (
        "Islamic State fighters in Libya, Somalia and the Sahel renewed their oath of loyalty "
        "to the group's new leader in three sets of photographs posted on Thursday."
    )
    releases = _events(analyse, text, "media_release")
    assert [r["series"]["count"] for r in releases] == [3, 3, 3]


def test_men_shown_after_the_listed_branches_are_not_one_more_pledge(analyse):
    text = (
        "Islamic State fighters in Yemen, Somalia and Pakistan have sworn loyalty to the "
        "group's new leader in three photo sets released on Tuesday. The pictures show masked "
        "men clasping hands as they renew their oath to him."
    )
    assert _pledgers(_events(analyse, text, "pledge")) == [
        "Islamic State Pakistan Province",
        "Islamic State Somalia Province",
        "Islamic State Yemen Province",
    ]


def test_a_noun_qualified_by_so_far_leaves_the_pledge_news(analyse):
    text = (
        "Two commanders of the Pakistani Taliban swore allegiance to the Islamic State on "
        "Tuesday, the largest defection to the group so far."
    )
    assert len(_events(analyse, text, "pledge")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from its provinces in Nigeria, Somalia and Mozambique are expected to line up "
        "to swear allegiance to the Islamic State's new caliph.",
        "Analysts expect the Islamic State's branches in Somalia and Yemen to renew their oath "
        "to the new leader within days.",
        "Supporters of the Islamic State were urged to raise their hands to renew their pledge "
        "to the new caliph.",
        "The militants will gather in the forest on Sunday to swear allegiance to the new emir "
        "of the Islamic State.",
        "The Islamic State's branches in Nigeria and Somalia pledged allegiance to Baghdadi "
        "when they were founded in 2014 and 2015.",
        "By the group's own count, 34 factions have pledged allegiance to the Islamic State so "
        "far.",
    ],
)
def test_plans_calls_history_and_tallies_are_not_pledges(analyse, text):
    assert _events(analyse, text, "pledge") == []
