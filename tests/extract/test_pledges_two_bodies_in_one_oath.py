"""Two bodies swearing one oath (``extract.pledges``): "fighters from a Sulu faction and from a
smaller group, Ansar Khilafah Philippines, swore allegiance to Abu Bakr al-Baghdadi" tells two
pledges, one by each; the words of the first pledger end where the parse's own root of them
is, also when that root is the sentence's. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _pledgers(analyse, text: str) -> list[list[str]]:
    events = records_of(analyse(text, date(2016, 1, 10)), kind="event")
    return [
        [a["name"] for a in e["actors"] if a["role"] != "target"]
        for e in events
        if e["type"] == "pledge"
    ]


def test_two_bodies_in_one_oath_give_two_pledges(analyse):
    text = (
        "In a video released on Jan. 6, fighters from a Sulu faction and from a smaller group, "
        "Ansar Khilafah Philippines, swore allegiance to Abu Bakr al-Baghdadi."
    )
    pledgers = _pledgers(analyse, text)
    assert len(pledgers) == 2
    assert any("Ansar Khilafah Philippines" in p for p in pledgers)
    assert any(any(n.startswith("fighters from a Sulu faction") for n in p) for p in pledgers)
