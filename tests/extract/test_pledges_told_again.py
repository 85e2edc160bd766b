"""A pledge named again without a word of allegiance (``extract.pledges``): "Shekau announced
the oath in an audio message" is a pledge when the article told one before; "accepted the
pledge" is the one pledged to receiving it, and a bare "the oath" in an article with no pledge
before is not one."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _pledges(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State has accepted a pledge of allegiance from the Ansar group, officials "
        "said. The group's leader, Abu Bilal, announced the oath in an audio message posted "
        "online on Saturday.",
        "Analysts had expected al-Shabaab to swear loyalty to the new emir. Its commander, "
        "Ahmed Umar, recorded the pledge in a video released on Monday.",
        "Analysts had expected the Abu Sayyaf group to pledge allegiance to the Islamic State. "
        "Its leader, Isnilon Hapilon, took the oath in a video posted on Tuesday.",
    ],
)
def test_an_oath_told_again_and_made_is_a_pledge(analyse, text):
    records = _pledges(analyse, text)
    assert len(records) == 1
    assert records[0]["date"] is not None


@pytest.mark.parametrize(
    "text",
    [
        # no pledge told before: "the oath" may be any oath
        "The commander, Abu Bilal, announced the oath in an audio message posted on Saturday.",
        # received, not made
        "Analysts had expected the Ansar group to pledge allegiance to the Islamic State. "
        "On Monday, the Islamic State's spokesman said Abu Bakr al-Baghdadi had accepted the "
        "pledge.",
        # not made
        "Analysts had expected the Ansar group to pledge allegiance to the Islamic State. "
        "Its leader, Abu Bilal, did not announce the oath on Monday.",
    ],
)
def test_an_oath_named_again_but_not_made_here_is_not(analyse, text):
    assert _pledges(analyse, text) == []


def test_an_oath_already_recorded_named_again_is_one_record(analyse):
    text = (
        "Al-Shabaab swore loyalty to the new emir on Sunday, analysts said. Its commander, "
        "Ahmed Umar, recorded the pledge in a video released on Monday."
    )
    assert len(_pledges(analyse, text)) == 1
