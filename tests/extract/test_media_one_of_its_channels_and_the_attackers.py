"""Releases of ``extract.media`` in a cross-border raid's story: a claim "in a message on one of
its Telegram channels" went out on the group's own channel, so even the weak word "message" is
a release; videos "filmed by the attackers" that began circulating are the group's, its men
standing for it as "the group" does. And what must not be read so: a message sent to no one
on no channel, a video that only shows the attackers. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 10, 23)  # a Friday

RAID = (
    "Fighters raided the village of Kitaya, in the Mtwara region, on the night of Oct. 14 and "
    "attacked an army post. The Islamic State claimed the raid on Oct. 15.\n\n"
)


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(RAID + text, PUBLISHED), "media_release")


def test_a_message_on_one_of_its_channels_is_a_release(analyse):
    found = _releases(
        analyse,
        "The group claimed the raid in a message on one of its Telegram channels on Oct. 15.",
    )
    assert [(r["subtype"], r["date"]["start"]) for r in found] == [("statement", "2020-10-15")]


def test_videos_filmed_by_the_attackers_are_the_group_s(analyse):
    found = _releases(
        analyse, "Videos filmed by the attackers began circulating on WhatsApp on Oct. 16."
    )
    assert [(r["subtype"], r["date"]["start"]) for r in found] == [("video", "2020-10-16")]
    assert [a["canonical"] for a in found[0]["actors"]] == ["Islamic State"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor said he had a message for the families of the soldiers.",
        "Police said they were studying a video that shows the attackers crossing the river.",
    ],
)
def test_no_release_is_read(analyse, text):
    assert _releases(analyse, text) == []
