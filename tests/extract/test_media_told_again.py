"""A release told again (``extract.media``): a sentence opening on "In the video, ..." tells
what the release told just before says, even when it names another group's spokesman; it is
no new release."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _releases(analyse, text: str, subtype: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "media_release" and r.data["subtype"] == subtype
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Khilafa released a video on Wednesday showing the killing of a hostage. In the "
        "video, the militants said they were answering a call by the Islamic State's spokesman, "
        "Abu Mohammed al-Adnani, who urged followers on Monday to attack the French.",
        "Boko Haram released a video on Tuesday showing schoolgirls. In the video, the fighters "
        "said they had answered a call by al-Qaeda's leader, Ayman al-Zawahiri, on Sunday.",
        "Al-Shabaab posted a video on Monday of its fighters in Lower Shabelle. In the video, a "
        "commander praised the Islamic State's spokesman for his call on Saturday.",
    ],
)
def test_in_the_video_opening_a_sentence_is_the_video_told_before(analyse, text):
    assert len(_releases(analyse, text, "video")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # another video, said to be one
        "Boko Haram released a video on Tuesday. In another video, posted on Sunday, the "
        "Islamic State showed fighters in Raqqa.",
        # not opening on it: a second group's own video
        "Al-Shabaab released a video on Monday. The Islamic State released a video on Tuesday "
        "showing fighters in Raqqa.",
    ],
)
def test_a_second_video_told_as_its_own_is_kept(analyse, text):
    assert len(_releases(analyse, text, "video")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Senior leaders of Jemaah Islamiyah have announced that the group is dissolving itself, "
        "in a video released on Sunday.",
        "Leaders of al-Shabaab announced in a video on Sunday that the group would fight on.",
    ],
)
def test_leaders_announcing_in_a_video_is_their_groups_video(analyse, text):
    assert len(_releases(analyse, text, "video")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah Islamiyah was banned by a court in 2008.",
        "Leaders of Jemaah Islamiyah may announce in a video that the group is dissolving.",
    ],
)
def test_a_group_named_with_no_video_released_gives_none(analyse, text):
    assert _releases(analyse, text, "video") == []


def test_a_statement_named_by_its_day_is_the_one_told_that_day(analyse):
    """ "In Monday's statement, ..." points back to the statement told before: the day that
    only modifies the noun makes no second release."""
    text = (
        "ULFA-I said in a statement on Monday that its fighters had attacked an army camp in "
        "Tinsukia. In Monday's statement, ULFA-I also said it would avenge the deaths of its "
        "cadres."
    )
    assert len(_releases(analyse, text, "statement")) == 1
