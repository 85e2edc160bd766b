"""MUC-4 templates: the weapons of an attack only planned, threatened or guessed at (a
speculative record) were used by no one and fill no Weapon slot; the record keeps them."""

from __future__ import annotations

import pytest

from watchfloor.analyze.evaluate_muc4 import document_templates

pytestmark = pytest.mark.slow


def _weapon_words(result) -> list[str]:
    return [
        f.text
        for record in result.records
        if record.data.get("type") == "attack"
        for source in record.sources
        for f in source.fields
        if f.field == "weapon"
    ]


def test_a_planned_attacks_weapon_fills_no_template(analyse):
    result = analyse("Police said the cartel planned to attack the courthouse with a car bomb.")
    [template] = document_templates(result)
    assert template["Target"] == [["courthouse"]]
    assert template["Weapon"] == []
    assert _weapon_words(result) == ["car bomb"]  # the record itself still names it


def test_a_done_attacks_weapon_fills_the_template(analyse):
    result = analyse("Gunmen attacked the courthouse with a car bomb on Monday.")
    [template] = document_templates(result)
    assert template["Weapon"] == [["car bomb"]]
