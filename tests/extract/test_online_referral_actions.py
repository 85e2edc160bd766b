"""A referral action (``extract.online``): police units flagging or referring a group's content
to the platforms for removal is a takedown, though no platform is named; content flagged to
someone else, or a person or a vehicle "flagged", is none. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 2, 2)  # a Thursday


def _online(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "online_action"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police units from 11 European countries flagged more than 1,800 items of Islamic State "
        "and al-Qaeda propaganda to online platforms over two days this week, Europol said on "
        "Thursday.",
        "Specialists from six countries referred about 900 pieces of al-Shabaab content to the "
        "online service providers for removal on Tuesday, Europol said.",
    ],
)
def test_content_flagged_to_the_platforms_is_a_takedown(analyse, text):
    [record] = _online(analyse, text)
    assert record["subtype"] == "takedown"


@pytest.mark.parametrize(
    "text",
    [
        "The attacker had been flagged by French intelligence as a suspected radical in 2019.",
        "Armed men flagged down the bus near the border on Tuesday and killed two passengers.",
        "Researchers flagged the videos of the Islamic State to the police on Tuesday.",
    ],
)
def test_no_takedown_is_flagged(analyse, text):
    assert _online(analyse, text) == []
