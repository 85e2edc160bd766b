"""A place told as a country's ("Pakistan's Punjab province", "India's Punjab state") is looked
up in that country, whatever the dateline says (``geo.mentions``). Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _place(analyse, text: str) -> tuple[str | None, str | None]:
    [event] = records_of(analyse(text, date(2016, 1, 14)))
    location = event["location"] or {}
    return location.get("country_code"), location.get("admin1")


def test_pakistans_punjab_under_a_new_delhi_dateline(analyse):
    text = (
        "NEW DELHI, Jan. 14, 2016 — Police in Pakistan's Punjab province arrested three men on "
        "Thursday."
    )
    assert _place(analyse, text) == ("PK", "Punjab")


def test_indias_punjab(analyse):
    text = (
        "NEW DELHI, Jan. 14, 2016 — Police in India's Punjab state arrested three men on Thursday."
    )
    assert _place(analyse, text) == ("IN", "Punjab")
