"""Killings done by men known only by what they do (death squads, hired killers, snipers):
attacks, not accidents or state operations. Through the real pipeline, on
sentences written for these tests: each noun must make an attack, and must not where nobody
is harmed or the sentence tells no act."""

from __future__ import annotations

import pytest

from helpers import attacks

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "a death squad murdered three union leaders in the northern town on tuesday.",
        "four teachers were murdered by hired killers near the border crossing on friday.",
        "the farmers, who were murdered by assassins last night, were buried on monday.",
        "snipers killed two shopkeepers in the market town on sunday.",
    ],
)
def test_a_killing_by_killers_known_by_what_they_do_is_an_attack(analyse, text):
    assert attacks(analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "the death squads were disbanded by decree ten years ago, the minister said.",
        "armed groups control much of the countryside north of the river.",
        "the film about hired killers opened in the capital on friday.",
        "two farmers were killed when their truck overturned near the river.",
    ],
)
def test_killers_named_without_a_harmful_act_tell_no_attack(analyse, text):
    assert not attacks(analyse(text), certainty=None)
