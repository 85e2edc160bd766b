""""In the same video", "in the same message": an event told inside a release named again takes
the day of the release told before it (``extract.counted_from``), not a day borrowed from the
sentences around it; "the same day" stays the time stage's."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import date_spans_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 15)  # a Thursday


def _dates(analyse, text: str, event_type: str) -> list[tuple]:
    return date_spans_of(analyse(text, PUBLISHED), event_type)


def test_a_call_in_the_same_video_takes_the_video_day(analyse):
    text = (
        "The Islamic State released a video on Monday showing fighters in the Sahel "
        "training with rifles.\n\n"
        "Police in Niamey said on Wednesday that they had arrested four men.\n\n"
        "A commander, in the same video, urged supporters to attack churches in Europe."
    )
    assert ("2022-09-12", "2022-09-12") in _dates(analyse, text, "threat")


def test_an_oath_in_the_same_recording(analyse):
    text = (
        "Al-Shabaab published an audio recording on Sunday in which its spokesman mourned "
        "the group's founder.\n\n"
        "Security forces said on Tuesday that they had arrested two men in Kismayo.\n\n"
        "In the same recording, the new emir renewed the group's pledge of allegiance to "
        "al-Qaeda."
    )
    assert ("2022-09-11", "2022-09-11") in _dates(analyse, text, "pledge")


def test_without_the_same_release_the_day_is_not_the_video_day(analyse):
    text = (
        "The Islamic State released a video on Monday showing fighters in the Sahel "
        "training with rifles.\n\n"
        "Police in Niamey said on Wednesday that a commander had urged supporters to attack "
        "churches in Europe."
    )
    assert ("2022-09-12", "2022-09-12") not in _dates(analyse, text, "threat")
