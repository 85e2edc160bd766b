"""A definite release that gives only a title ("The 21-minute recording, titled ...") names the
one untitled release of its kind the article told before (``extract.media``): one record,
with the title and the day the later sentence gives. A titled release with a speaker of its
own, or after two untitled ones, is not merged on a guess. Texts written for this test.
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
