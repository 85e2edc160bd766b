"""A site named for the place it is in, retaken by driving its holders out ("drove Islamic
State fighters out of the Baiji oil refinery"), is a territorial change at that place; an
armed group driven out of nothing named, or a force that "lost control" of a site with no one
said to take it, is none (``extract.territory``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 10, 17)  # a Saturday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


def test_a_site_named_for_its_place_retaken(analyse):
    text = (
        "Iraqi troops and tribal fighters drove Islamic State militants out of the Tikrit oil "
        "refinery on Friday, army officers said."
    )
    changes = _changes(analyse, text)
    assert [c["subtype"] for c in changes] == ["recaptured"]
    assert changes[0]["location"]["name"] in ("Tikrit", "Tikrīt")
    assert "Islamic State" in actor_names(changes[0], "target")


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops drove Islamic State militants out of their hiding places on Friday.",
        "The army said on Friday that it had lost control of the refinery for several hours.",
    ],
)
def test_no_site_change_without_a_place_or_a_taker(analyse, text):
    assert _changes(analyse, text) == []
