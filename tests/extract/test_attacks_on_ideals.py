"""The attack extractor, through the real pipeline, on sentences written for these tests: an
attack whose only objects are ideals ("who attack democracy", "an attack on our
sovereignty") is one in words or in spirit and tells no attack; an attack on people, places
or things beside such words stays one."""

from __future__ import annotations

import pytest

from helpers import attack_data_with_history

pytestmark = pytest.mark.slow


def _attacks(analyse, text: str) -> list[dict]:
    return attack_data_with_history(analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "Terrorist groups that attack democracy must be defeated, the president said.",
        "The guerrillas, who attack democracy every day, have lost popular support.",
        "Militants who attack our sovereignty and public order will be punished.",
        # a faith, or justice, attacked in words
        "A tribunal on Tuesday sentenced five members of a banned group to death. On Tuesday "
        "evening, a Telegram channel that publishes material for al-Qaeda's South Asian branch "
        "posted a statement calling the verdict an attack on Islam and urging followers to "
        "avenge the condemned men.",
        "The lawyers called the ruling an attack on justice.",
    ],
)
def test_an_attack_on_ideals_tells_no_attack(analyse, text: str) -> None:
    assert _attacks(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town hall of a mountain village on Monday, killing a clerk.",
        "Militants launched an attack against the courthouse on Friday, wounding two clerks.",
        "Gunmen who attacked the order of nuns' school on Sunday killed a teacher.",
        "Gunmen attacked the faithful at a mosque on Friday, killing six worshippers.",
    ],
)
def test_an_attack_on_people_or_things_stays_one(analyse, text: str) -> None:
    assert _attacks(analyse, text)
