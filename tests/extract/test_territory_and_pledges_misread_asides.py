""""The last villages the group held" are places taken though no name or number is given
(``extract.territory``); "three videos, from its A, B and C provinces, the last being its name
for D, each showing lines of fighters renewing their oath" shows three pledges, though the
parse takes "showing" for an adjective (``extract.pledges``). Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

PUBLISHED = date(2016, 9, 12)


def _types(analyse, text: str) -> list[tuple[str, str]]:
    return [(r["type"], r["subtype"]) for r in records_of(analyse(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "On Sept. 4, Syrian rebels backed by Turkish tanks captured the last villages the group "
        "held along the Turkish border between Jarabulus and Azaz.",
        "Troops captured the last town held by the Islamic State on Sunday.",
    ],
)
def test_the_last_places_a_side_held_are_taken(analyse, text):
    assert ("territorial_change", "captured") in _types(analyse, text)


def test_the_last_train_is_no_place(analyse):
    assert _types(analyse, "Troops took the last train to Kabul on Sunday.") == []


def test_each_video_shows_a_pledge_despite_an_aside(analyse):
    text = (
        "The Islamic State released three videos on Monday, from its Nineveh, Raqqa and Khayr "
        "provinces, the last being its name for Syria's Deir el-Zour, each showing lines of "
        "fighters renewing their oath of allegiance to Abu Bakr al-Baghdadi."
    )
    found = _types(analyse, text)
    assert found.count(("pledge", "renewal")) == 3
    assert found.count(("media_release", "video")) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State released a video on Monday. YouTube took down several uploads of it "
        "within hours, an official said.",
        "The Islamic State released a new magazine on Monday. Twitter and the file-sharing site "
        "JustPaste.it removed links to the magazine on the day it appeared.",
    ],
)
def test_uploads_and_links_taken_down(analyse, text):
    assert ("online_action", "takedown") in _types(analyse, text)


def test_links_between_gangs_are_not_online(analyse):
    text = "Police in Paris closed the links between the two gangs on Monday."
    assert ("online_action", "takedown") not in _types(analyse, text)
