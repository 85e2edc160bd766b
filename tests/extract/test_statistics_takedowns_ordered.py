"""Statistics (``extract.statistics``): things counted as what an act was done to ("ordered
the blocking of 6,096 web addresses and social media accounts") are a statistic with what was
done to them (acts_on_things): a takedown ordered is one done; an order that plans troops' work
stays none. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 24)
LEAD = "A bomb exploded in an autorickshaw in Mangaluru on Saturday, police said. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The government ordered the blocking of 6,096 web addresses and social media "
            "accounts in 2021, the ministry told parliament this year.",
            6096,
            "web addresses and social media accounts blocked",
        ),
        (
            "The regulator ordered the removal of 1,350 channels in 2022, it said.",
            1350,
            "channels removed",
        ),
    ],
)
def test_things_a_takedown_was_ordered_for_are_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # shut down, as the sources and the keys say it
        (
            "Telegram said it had shut down 28 channels that shared the poster.",
            28,
            "channels shut down",
        ),
        # and blocked, as they say it
        ("The regulator said it had blocked 73 accounts that shared the video.", 73, "accounts blocked"),
        # other takedown verbs are removals
        ("The platform has deleted 300 accounts since March, it said.", 300, "accounts removed"),
    ],
)
def test_channels_shut_down_or_blocked_are_told_so(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_an_order_for_troops_to_do_something_is_no_statistic(analyse):
    text = "The governor ordered 300 police officers to search the area on Sunday."
    assert 300 not in _measures(analyse, text)
