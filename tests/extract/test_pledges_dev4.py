"""Pledge constructions missed on records_dev4 (``extract.pledges``): a pledge after a fronted
"In a video released on ..." whose verb the parse makes a modifier; an oath "accepted ...
from" men; a pledge shown in a release dated by the release; the oath made outranking its
acceptance; a pledge "last year" recalled in passing."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "In a video released on Monday, fighters from Isnilon Hapilon's faction swore "
        "allegiance to Abu Bakr al-Baghdadi.",
        "In a video released on May 4, fighters from Isnilon Hapilon's Basilan faction and from "
        "a smaller group, Ansar Khilafah Philippines, swore allegiance to Abu Bakr al-Baghdadi.",
        "In a video released on Monday, fighters from Abu Omar's faction swore allegiance to "
        "the Islamic State.",
    ],
)
def test_a_pledge_after_a_fronted_release_phrase_is_a_pledge_and_a_release(analyse, text):
    # two bodies swearing one oath give a pledge each (test_pledges_two_bodies_in_one_oath)
    pledges = _events(analyse, text, "pledge")
    assert pledges
    assert all(p["date"]["start"] in ("2024-06-10", "2024-05-04") for p in pledges)
    assert len(_events(analyse, text, "media_release")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "In a video released on Monday, fighters from Isnilon Hapilon's faction refused to "
        "swear allegiance to Abu Bakr al-Baghdadi.",
        "In a video released on Monday, fighters from Isnilon Hapilon's faction may swear "
        "allegiance to Abu Bakr al-Baghdadi.",
    ],
)
def test_a_refused_or_possible_pledge_after_a_release_phrase_is_not(analyse, text):
    assert _events(analyse, text, "pledge") == []


@pytest.mark.parametrize(
    ("text", "pledger"),
    [
        (
            "The Islamic State accepted an oath of allegiance from fighters in Central Africa.",
            "fighters in Central Africa",
        ),
        (
            "Al-Naba said on Thursday that the Islamic State had accepted an oath of allegiance "
            "from militants in Mozambique.",
            "militants in Mozambique",
        ),
        (
            "The Islamic State accepted the pledge of allegiance from Boko Haram on Friday.",
            "Boko Haram",
        ),
    ],
)
def test_an_oath_accepted_from_men_is_their_pledge(analyse, text, pledger):
    [pledge] = _events(analyse, text, "pledge")
    names = [a["name"] for a in pledge["actors"] if a["role"] == "perpetrator"]
    assert names == [pledger]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State has not accepted an oath of allegiance from fighters in Central Africa.",
        "The Islamic State refused to accept an oath of allegiance from fighters in Central "
        "Africa.",
    ],
)
def test_an_oath_not_accepted_is_no_pledge(analyse, text):
    assert _events(analyse, text, "pledge") == []


def test_the_oath_made_outranks_its_acceptance(analyse):
    text = (
        "The Islamic State has accepted a pledge of allegiance from Boko Haram, its spokesman "
        "said on Tuesday. Boko Haram's leader, Abubakar Shekau, announced the oath in an audio "
        "message posted on Saturday."
    )
    [pledge] = _events(analyse, text, "pledge")
    assert pledge["date"]["start"] == "2024-06-08"


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State published a video on Tuesday showing eight men swearing allegiance "
        "to Abu Bakr al-Baghdadi, as it claimed the Easter Sunday bombings.",
        "The Islamic State released a video on Tuesday showing six men, their faces covered, "
        "swearing allegiance to its leader, as it claimed the Sunday attack.",
    ],
)
def test_a_pledge_shown_in_a_release_takes_the_release_date(analyse, text):
    [pledge] = _events(analyse, text, "pledge")
    assert pledge["date"]["start"] == "2024-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "Its emir, Ahmed Diriye, renewed the group's oath to al-Qaeda's leader last year.",
        "Al-Shabaab pledged allegiance to the Islamic State a year ago.",
    ],
)
def test_a_pledge_last_year_is_background(analyse, text):
    assert _events(analyse, text, "pledge") == []


def test_a_pledge_last_month_is_news(analyse):
    text = "Zawahiri himself pledged allegiance last month to the Taliban's new leader."
    assert len(_events(analyse, text, "pledge")) == 1
