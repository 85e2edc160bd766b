"""A pledge a release ends with is the release's news (``extract.pledges``): "released a video
on Sunday ..., ending with the new recruits swearing allegiance to the group's leader" is a
pledge dated by the video; a group described by its old pledge stays background. Texts written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 1, 18)  # a Thursday


def test_a_pledge_a_video_ends_with(analyse):
    text = (
        "The group's media wing released a video on Sunday showing dozens of boys in uniform at "
        "a training camp, ending with the new recruits swearing allegiance to al-Shabaab's "
        "leader, Ahmad Umar."
    )
    pledges = records_of(analyse(text, PUBLISHED), "pledge")
    assert [p["date"]["start"] for p in pledges] == ["2018-01-14"]


def test_a_group_described_by_its_old_pledge(analyse):
    text = (
        "The faction, which pledged allegiance to al-Shabaab's leader years ago, released a "
        "video on Sunday showing a training camp."
    )
    assert records_of(analyse(text, PUBLISHED), "pledge") == []
