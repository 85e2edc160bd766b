"""Releases named by their genre (``data/media.toml``): an audio or video eulogy of a dead
commander and a chanted anthem (nasheed) released by a group are releases. Sentences written
for this test.
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
