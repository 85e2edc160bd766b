"""Escapees taken back ("Eighty escapees had been recaptured by Tuesday evening") and other
people arrested the same day ("it had detained three prison guards") are two sets of arrests,
each with its own count; a recapture told twice is one. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 9, 16)  # a Wednesday


def _arrested(analyse, text: str) -> list[int]:
    arrests = records_of(analyse(text, PUBLISHED), "arrest")
    return sorted(r["arrested"]["min"] for r in arrests if r.get("arrested"))


def test_escapees_recaptured_and_guards_detained_are_two_arrests(analyse):
    text = (
        "Taliban fighters stormed the prison in Ghazni on Monday and freed more than 350 "
        "inmates. Eighty escapees had been recaptured by Tuesday evening, the deputy governor "
        "said. The intelligence service said on Tuesday that it had detained three prison "
        "guards suspected of helping the attackers."
    )
    assert _arrested(analyse, text) == [3, 80]


def test_a_recapture_told_twice_is_one_arrest(analyse):
    text = (
        "Taliban fighters stormed the prison in Ghazni on Monday and freed more than 350 "
        "inmates. Police recaptured 80 escapees on Tuesday, the deputy governor said. The 80 "
        "recaptured men were taken back to the prison under guard on Tuesday, he said."
    )
    assert _arrested(analyse, text) == [80]
