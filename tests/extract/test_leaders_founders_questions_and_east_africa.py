"""A branch's founding emir killed months before the article is how the post fell vacant, not
news; one killed this week is. A question ("why arrest him one week before the vote?") tells
no arrest. Groups and leaders of the wars in Sudan and South Sudan are known: a pledge to the
RSF, Machar's movement renewing its pledge, a video showing Hemedti alive
(``extract.leaders``, ``extract.pledges``, ``extract.media``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

from helpers import records_of

PUBLISHED = date(2017, 5, 8)  # a Monday


def _types(analyse, text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(r["type"], r["subtype"]) for r in records_of(analyse(text, published))]


def test_founding_emir_killed_last_year_is_history(analyse):
    text = "The branch's founding emir, Hafiz Saeed Khan, died in a drone strike in July last year."
    assert ("leadership_change", "killed") not in _types(analyse, text)


def test_founding_emir_killed_this_week_is_news(analyse):
    text = "The branch's founding emir, Hafiz Saeed Khan, was killed in a drone strike on Friday."
    assert ("leadership_change", "killed") in _types(analyse, text)


def test_a_question_about_an_arrest_is_no_arrest(analyse):
    text = (
        '"Everyone in the city is asking the same question: why arrest him one week before the '
        'vote?" said Maryan Abdi Nur, a teacher.'
    )
    assert _types(analyse, text) == []


def test_tribes_pledge_to_the_rsf(analyse):
    text = (
        "Earlier this month, the leaders of seven Arab tribes in South Darfur declared their "
        "allegiance to the RSF in a video posted online."
    )
    assert ("pledge", "allegiance") in _types(analyse, text, date(2023, 7, 28))


def test_splm_io_commanders_renew_their_pledge_to_machar(analyse):
    text = (
        "On Thursday, SPLM-IO military commanders in Upper Nile state renewed their pledge of "
        "loyalty to Riek Machar, a spokesman said."
    )
    assert ("pledge", "renewal") in _types(analyse, text, date(2025, 3, 29))


def test_a_video_shows_hemedti_alive(analyse):
    text = (
        "Sudan's Rapid Support Forces released video footage on Friday that they said showed "
        "their commander, Mohamed Hamdan Dagalo, addressing his fighters, an answer to reports "
        "that he had been killed."
    )
    found = _types(analyse, text, date(2023, 7, 30))
    assert ("media_release", "video") in found
