"""An attack a state's force names ("its men had repelled an army attack", "a military
attack") is the state's act (``extract.attacks``): no attack by the group that met it. An attack
by the group on an army base stays one. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 5, 31)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said in a statement on Sunday that its men had repelled an army attack.",
        "The CCMSR said on Sunday that its fighters had beaten back a military attack near the "
        "mines.",
    ],
)
def test_an_attack_the_state_made_is_no_attack_by_the_group(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "attack") == []


def test_an_attack_on_an_army_base_stays_an_attack(analyse):
    text = "Al-Shabaab fighters launched an attack on an army base on Sunday, killing five soldiers."
    attacks = records_of(analyse(text, PUBLISHED), "attack")
    assert [a["killed"] for a in attacks] == [{"min": 5, "max": 5}]
