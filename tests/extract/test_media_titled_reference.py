"""A definite release that gives only a title ("The 21-minute recording, titled ...") names the
one untitled release of its kind the article told before (``extract.media``): one record,
with the title and the day the later sentence gives, also after a headline that tells it in
other words, and when the title's speaker is the one the lead describes without a name. A
titled release with another speaker than the one heard before, or after two untitled ones, is
not merged on a guess. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 5, 15)  # a Friday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def test_titled_recording_is_the_message_told_before(analyse):
    text = (
        "Abu Bakr al-Baghdadi, the leader of the Islamic State, has released his first audio "
        "message in six months, answering reports that he had been badly wounded.\n\n"
        'The 21-minute recording, titled "Go Forth", was posted late on Thursday by '
        "the group's al-Furqan media arm."
    )
    [release] = _releases(analyse, text)
    assert release["title"] == "Go Forth"
    assert release["date"]["start"] == "2015-05-14"


def test_titled_recording_after_two_messages_is_not_guessed(analyse):
    text = (
        "Abu Bakr al-Baghdadi, the leader of the Islamic State, released an audio message on "
        "Monday. His spokesman released another audio message on Tuesday.\n\n"
        'The 21-minute recording, titled "Go Forth", was posted late on Thursday on '
        "the group's channels."
    )
    titled = [r for r in _releases(analyse, text) if r["title"] == "Go Forth"]
    assert titled and all(r["date"]["start"] == "2015-05-14" for r in titled)
    assert len(_releases(analyse, text)) >= 2


def test_titled_recording_after_headline_and_unnamed_speaker_is_the_lead_message(analyse):
    # the headline names the release by another man's name; the lead names no speaker
    text = (
        "Published 2015-05-15\n\n"
        "Zawahiri deputy urges unity in new al-Qaeda recording\n\n"
        "A veteran Egyptian commander of al-Qaeda has called on rival factions to unite, in an "
        "audio message released on Thursday.\n\n"
        'The recording, titled "The Long Road Home" and lasting 14 minutes, is the first '
        "message attributed to Saif al-Adel in two years."
    )
    [release] = _releases(analyse, text)
    assert release["title"] == "The Long Road Home"
    assert release["date"]["start"] == "2015-05-14"


def test_titled_recording_of_another_speaker_stays_apart(analyse):
    text = (
        "Abu Bakr al-Baghdadi, the leader of the Islamic State, has released an audio message, "
        "his first in six months.\n\n"
        'The recording, titled "Go Forth" and lasting 21 minutes, is the second message '
        "attributed to Abu Muhammad al-Adnani since he became spokesman."
    )
    titled = [r for r in _releases(analyse, text) if r["title"] == "Go Forth"]
    assert len(titled) == 1
    assert len(_releases(analyse, text)) == 2
