""""The capital, Sanaa": the place named in apposition is the capital meant, not the capital
of the country the article names most (``geo.mentions``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _places(analyse, text: str) -> list[str | None]:
    return [(r["location"] or {}).get("name") for r in records_of(analyse(text, date(2025, 9, 1)))]


def test_the_capital_named_after_it(analyse):
    text = (
        "Israel said its jets had struck targets in Yemen. Israeli officials said Israel would "
        "go on. Israeli jets struck a building in Sanaa on Thursday, and the Houthi "
        "movement's prime minister was killed in the Israeli air strike on the capital, Sanaa."
    )
    assert "Jerusalem" not in _places(analyse, text)


def test_the_capital_alone_is_the_countrys(analyse):
    text = "Gunmen attacked a hotel in the capital on Monday, Afghan officials said."
    assert _places(analyse, text) == ["Kabul"]
