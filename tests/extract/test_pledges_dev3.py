"""Pledge constructions missed on records_dev3 (``extract.pledges``): a pledge coordinated with
another deed ("broke away from AQIM and pledged allegiance to IS"), and men a video shows
pledging when the parse hangs the "-ing" clause away from them."""

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
        "Boko Haram broke away from al-Qaeda on Monday and pledged allegiance to the Islamic "
        "State.",
        "On Tuesday, al-Shabaab left the alliance and swore allegiance to the Islamic State.",
        "Ansar Bayt al-Maqdis split from al-Qaeda and pledged allegiance to the Islamic State "
        "in a statement posted on Monday.",
    ],
)
def test_a_pledge_coordinated_with_a_break_is_recorded(analyse, text):
    assert len(_events(analyse, text, "pledge")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram broke its pledge of allegiance to the Islamic State on Monday.",
        "Officials urged Boko Haram to break with al-Qaeda and pledge allegiance to the "
        "Islamic State.",
    ],
)
def test_an_undone_or_urged_coordinated_pledge_is_not(analyse, text):
    assert _events(analyse, text, "pledge") == []


@pytest.mark.parametrize(
    "text",
    [
        "That video, issued on Monday, showed Omar Khalid and about a dozen other commanders, "
        "most of them former members of the Tehrik-i-Taliban Pakistan from Bajaur and Mohmand, "
        "swearing allegiance to Abu Bakr al-Baghdadi.",
        "A recording released on Monday featured Abu Yahya and a dozen commanders, most of them "
        "former Taliban, giving bay'ah to the Islamic State.",
    ],
)
def test_men_a_video_shows_pledging_pledge_and_it_is_their_release(analyse, text):
    assert len(_events(analyse, text, "pledge")) == 1
    assert len(_events(analyse, text, "media_release")) == 1


def test_men_a_video_shows_pledging_after_a_partitive_aside_pledge(analyse):
    text = (
        "The footage, posted on Sunday, showed Hamza and several fighters, many of them from "
        "Kunar, pledging allegiance to Abu Bakr al-Baghdadi."
    )
    [record] = _events(analyse, text, "pledge")
    assert [a["name"] for a in record["actors"] if a["role"] == "perpetrator"] == [
        "Hamza and several fighters"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "That video, issued on Monday, showed Abu Omar and about twenty other commanders, most "
        "of them former members of the Pakistani Taliban, refusing to swear allegiance to the "
        "Islamic State.",
        "Police released a video on Monday showing Abu Omar pledging allegiance to the "
        "Islamic State.",
    ],
)
def test_no_release_of_the_pledger_when_he_refuses_or_police_release_it(analyse, text):
    releases = _events(analyse, text, "media_release")
    assert not any(
        a["role"] == "perpetrator" and "Abu Omar" in a["name"] for r in releases for a in r["actors"]
    )
