"""A takedown told as an authority's order ("the ministry ordered internet providers on Friday
to block 11 domain names"): the order, told as done, is the takedown, and who ordered it is the
authority."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 7, 17)  # a Monday


def _actions(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "online_action"
    ]


@pytest.mark.parametrize(
    ("text", "authority", "day"),
    [
        (
            "Indonesia's communications ministry ordered internet providers on Friday to block "
            "11 domain names used by Telegram's web service.",
            "ministry",
            "2017-07-14",
        ),
        (
            "Russia's media regulator ordered providers on Monday to block 40 websites run by "
            "supporters of the Islamic State.",
            "regulator",
            "2017-07-17",
        ),
        (
            "The interior ministry instructed internet companies on Saturday to block 25 Telegram "
            "channels used by the Islamic State.",
            "ministry",
            "2017-07-15",
        ),
    ],
)
def test_an_order_to_block_is_a_takedown(analyse, text, authority, day):
    [record] = _actions(analyse, text)
    assert record["subtype"] == "takedown"
    assert record["date"]["start"] == day
    assert any(
        a["role"] == "authority" and authority in a["name"].lower() for a in record["actors"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ministry may order internet providers to block Telegram channels used by militants.",
        "The ministry did not order providers to block the channels, officials said.",
        "The government threatened to order internet providers to block 11 domains linked to "
        "the group.",
        "The ministry plans to block Telegram channels used by militants.",
        "The ministry ordered an inquiry to block further leaks.",
        "Police set up a road block near the mosque on Friday.",
    ],
)
def test_no_takedown_from_a_plan_a_denial_or_another_block(analyse, text):
    assert _actions(analyse, text) == []
