"""Warnings about escaped inmates at large after a prison break: an authority that warns
residents that escapees are armed, or tells them not to shelter escapees, issues an official
warning; a report that escapees are armed, with no one warned, is none (``extract.threats``).
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 9, 18)  # a Friday

BREAK = (
    "Hundreds of inmates escaped from the prison in Moroto on Wednesday after overpowering "
    "guards, police said. "
)


def _warnings(analyse, text: str) -> list[dict]:
    threats = records_of(analyse(text, PUBLISHED), "threat")
    return [t for t in threats if t["subtype"] == "official_warning"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Thursday, the district governor's office warned residents that many of the escapees "
        "were armed and ordered police to search vehicles on the roads.",
        "The army on Thursday warned residents of Moroto and Napak not to shelter escapees, "
        "saying anyone found hiding them would be prosecuted.",
        # the state told by a participle ("were armed"), with no order given beside it
        "On Thursday, the district governor's office warned residents that many of the "
        "escapees were armed.",
    ],
)
def test_a_warning_about_escapees_at_large_is_official(analyse, sentence):
    assert len(_warnings(analyse, BREAK + sentence)) == 1


def test_escapees_told_armed_with_no_one_warned_is_no_warning(analyse):
    text = BREAK + "Many of the escapees were armed, residents said on Thursday."
    assert _warnings(analyse, text) == []
