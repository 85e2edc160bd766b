"""Moving back into a place the other side held (``extract.territory``): "troops moved back into
Leego, a town ... that al-Shabaab had held since September" is a recapture; "moved back into
Marte and retook the base" is one change, not two; gunmen moving back into a village to open
fire take nothing. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 1, 18)  # a Thursday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


def test_moving_back_into_a_town_the_other_side_held(analyse):
    text = (
        "On Tuesday, Somali and African Union troops moved back into Leego, a town on the road "
        "to Baidoa that al-Shabaab had held since the army left it in September."
    )
    changes = _changes(analyse, text)
    assert [(c["subtype"], c["date"]["start"]) for c in changes] == [
        ("recaptured", "2018-01-16")
    ]


def test_moving_back_in_and_retaking_the_base_is_one_change(analyse):
    text = (
        "Troops backed by militia fighters moved back into Marte on Tuesday and retook the "
        "base, the army said."
    )
    assert [c["subtype"] for c in _changes(analyse, text)] == ["recaptured"]


def test_gunmen_moving_back_in_to_attack_take_nothing(analyse):
    text = "Gunmen moved back into the village on Tuesday and opened fire on worshippers."
    assert _changes(analyse, text) == []
