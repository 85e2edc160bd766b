"""A death sentence carried out by a state is no attack (``extract.attacks``): "the
authorities executed 12 men", "Iraq executed 36 men on Sunday", or men executed who are told as
convicted. Executions by armed groups stay attacks. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _attacks(analyse, text: str) -> list[dict]:
    result = analyse(text, date(2016, 8, 22))
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The authorities executed 12 men on Tuesday, the justice ministry said.",
        "Iraq executed 36 men on Sunday, officials said.",
        "Guards executed nine prisoners convicted of terrorism at the prison on Sunday.",
    ],
)
def test_a_state_s_execution_is_no_attack(analyse, text):
    assert _attacks(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants executed two villagers accused of spying on Tuesday.",
        "Islamic State fighters executed 20 men in Sirte on Monday.",
    ],
)
def test_an_armed_group_s_execution_stays_an_attack(analyse, text):
    assert [a["subtype"] for a in _attacks(analyse, text)] == ["execution"]
