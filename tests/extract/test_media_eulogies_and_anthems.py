"""Releases named by their genre (``data/media.toml``) and platforms by their names
(``data/online.toml``): an audio or video eulogy of a dead commander and a chanted anthem
(nasheed) released by a group are releases; Riot is a platform; a takedown dated only by a past
year is background; a group's outlet (the Global Islamic Media Front, al-Masirah) releases for it.
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 7, 14)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Late on Wednesday, a media office of the Islamic State's Dijla province released an "
            '11-minute audio eulogy titled "The Knight of the North".',
            "audio",
        ),
        ("The Islamic State released a new nasheed in Russian on Monday.", "audio"),
        ("Al-Shabaab's media arm released a video eulogy of the commander on Monday.", "video"),
    ],
)
def test_genre_named_release(analyse, text, subtype):
    [release] = records_of(analyse(text, PUBLISHED), "media_release")
    assert release["subtype"] == subtype


def test_a_eulogy_at_a_funeral_is_no_release(analyse):
    text = "The commander's brother delivered a eulogy at the funeral in Grozny on Monday."
    assert not records_of(analyse(text, PUBLISHED), "media_release")


def test_riot_is_a_platform_moved_to(analyse):
    """Riot, Element's name until 2020, named as a service: a move to it is a migration."""
    text = (
        "Telegram removed the channel of Hurras al-Din on Wednesday. The group's supporters "
        "moved it the same day to Riot, an open-source messaging service."
    )
    moves = [
        r
        for r in records_of(analyse(text, date(2018, 3, 3)), "online_action")
        if r["subtype"] == "platform_migration"
    ]
    assert [m["to_platform"] for m in moves] == [["Riot"]]


def test_a_takedown_dated_only_by_a_past_year_is_background(analyse):
    text = (
        "He had tens of thousands of followers before Twitter suspended his account last year."
    )
    assert not records_of(analyse(text, date(2020, 10, 27)), "online_action")


def test_a_takedown_on_its_day_is_news(analyse):
    text = "Twitter suspended the group's main account on Monday, the company said."
    assert records_of(analyse(text, date(2020, 10, 27)), "online_action")


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, the Global Islamic Media Front, an outlet that distributes al-Qaeda "
        "propaganda, issued a statement announcing a new cell in Kashmir.",
        "The Houthis' al-Masirah channel broadcast a statement from the movement on Monday.",
    ],
)
def test_a_group_s_outlet_releases_for_it(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "media_release")
