"""Pledges and calls told as what a clip shows (``extract.pledges``, ``extract.threats``): a
present-tense pledge verb the parse tags as a modifier ("a video in which the man ... pledges
allegiance") is still the pledge's verb; an unnamed man heard in a release the story has just
told ("One shows ..., while a man speaking Swahili calls on Muslims to take up arms") speaks for
the group behind it, on the day of those videos, plurals too ("Videos ... began circulating").
And what must not be read so: a man quoted outside any release. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def test_a_present_pledge_misparsed_as_a_modifier_is_a_pledge(analyse):
    text = (
        "At a news conference on Thursday, police showed a video in which the man, his face "
        "covered by a scarf, pledges allegiance to the Islamic State and threatens attacks."
    )
    pledges = records_of(analyse(text, date(2016, 8, 12)), "pledge")
    assert [r["date"]["start"] for r in pledges] == ["2016-08-11"]


CLIPS = (
    "Fighters raided the village of Kitaya on the night of Oct. 14. The Islamic State claimed "
    "the raid in a statement on Oct. 15.\n\nIn an interview broadcast late on Thursday, the "
    "police chief said several attackers had been arrested.\n\nVideos filmed by the attackers "
    "began circulating on WhatsApp on Oct. 16. "
)


def test_a_man_heard_in_a_clip_speaks_for_the_group_on_the_videos_day(analyse):
    text = CLIPS + (
        "One shows fighters burning a campaign poster, while a man speaking Swahili calls on "
        "Muslims in Tanzania to take up arms against the government."
    )
    calls = [
        r
        for r in records_of(analyse(text, date(2020, 10, 23)), "threat")
        if r["subtype"] == "call_to_attack"
    ]
    assert [r["date"]["start"] for r in calls] == ["2020-10-16"]
    assert [a["canonical"] for a in calls[0]["actors"] if a["role"] == "speaker"] == [
        "Islamic State"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A man told reporters he had called on his neighbours to fight the gunmen.",
        "A man in the crowd urged the police to take up arms against the looters.",
    ],
)
def test_a_man_outside_any_release_is_no_groups_voice(analyse, text):
    found = records_of(analyse(text, date(2020, 10, 23)), "threat")
    assert not [r for r in found if r["subtype"] == "call_to_attack"]
