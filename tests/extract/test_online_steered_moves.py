"""Moves told as supporters sending one another on ("steering one another to rooms on SimpleX
Chat", "redirecting followers to Element"): a platform migration, beside the takedown the same
sentence may tell; the same verbs about things, or with no platform to go to, give none."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 15)  # a Friday


def _subtypes(analyse, text: str) -> list[str]:
    return sorted(r["subtype"] for r in records_of(analyse(text, PUBLISHED), "online_action"))


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State supporters have been steering one another to closed groups on the "
        "messaging app Element since the crackdown.",
        "Pro-Taliban admins redirected their followers to a backup channel on Rocket.Chat on "
        "Tuesday.",
        "Al-Shabaab's media wing herded its audience onto TamTam after the suspensions.",
    ],
)
def test_supporters_sent_on_to_a_platform_moved(analyse, text):
    assert _subtypes(analyse, text) == ["platform_migration"]


def test_a_takedown_and_the_move_it_caused_are_two_actions(analyse):
    text = (
        "Telegram said on Monday that it had removed 40 channels that carried the speech, and "
        "jihadist supporters have since been steering one another to private rooms on SimpleX "
        "Chat."
    )
    assert _subtypes(analyse, text) == ["platform_migration", "takedown"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts steered the discussion to Telegram's role in the attacks.",
        "The ministry redirected its funding to police training in the north.",
        "Supporters have been steering one another to safe houses in the hills.",
    ],
)
def test_steering_without_a_move_of_militants_online_is_none(analyse, text):
    assert _subtypes(analyse, text) == []
