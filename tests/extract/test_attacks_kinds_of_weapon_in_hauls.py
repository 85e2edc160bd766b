"""The attack extractor, through the real pipeline, on sentences written for these tests: an
attack word that only names a kind of weapon ("assault" of "assault rifles") does not keep a
haul of seized or found arms an attack; arms fired or that hit something still tell one."""

from __future__ import annotations

import pytest

from helpers import attack_data_with_history

pytestmark = pytest.mark.slow


def _attacks(analyse, text: str) -> list[dict]:
    return attack_data_with_history(analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "The seized arms included a shoulder-fired missile, 40 grenades and 9 assault rifles.",
        "The weapons found in the farmhouse included a missile, 25 grenades and 6 assault rifles.",
        "Customs officers confiscated a rocket, two pistols and 14 assault rifles at the port.",
    ],
)
def test_a_haul_with_assault_rifles_tells_no_attack(analyse, text: str) -> None:
    assert _attacks(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired a missile and assault rifles at the police station on Friday.",
        "A rocket struck the market on Thursday, wounding four traders, and gunmen with "
        "assault rifles fired on the crowd.",
    ],
)
def test_arms_used_in_an_attack_still_tell_one(analyse, text: str) -> None:
    assert _attacks(analyse, text)


def test_an_assault_with_rifles_is_still_an_attack(analyse) -> None:
    text = "Gunmen carried out an assault on the village with rifles on Tuesday, killing six."
    assert _attacks(analyse, text)
