"""Stage 5, geo: a name told as a site's ("the Atenas mine", "the Atenas and Nuevo Callao pits")
is the site's own name; read in a country nothing else in the article or the sentence names
(Atenas is Spanish for Athens), it is no place. A site named after a place of the story's own
country keeps its place. Texts written for this test."""

from __future__ import annotations

import pytest

from helpers import PLACES_TSV, place_codes

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built"),
]


STORY = (
    "TUMEREMO, Venezuela, March 16, 2016 — Soldiers took control of the Atenas mine near "
    "Tumeremo on Sunday. The army declared the Atenas and Nuevo Callao pits a military zone the "
    "same day, and miners in Tumeremo said gangs still held the hills."
)


def test_a_site_named_after_a_foreign_place_is_no_place(nlp):
    found = place_codes(nlp, STORY)
    assert found.get("Tumeremo") == "VE", found
    assert "Atenas" not in found, found


def test_a_site_named_after_a_place_of_the_story_keeps_it(nlp):
    text = (
        "KIRKUK, Iraq, June 2, 2015 — Militants attacked the Baiji refinery north of Tikrit on "
        "Monday, and Iraqi troops in Kirkuk were sent to retake it."
    )
    assert place_codes(nlp, text).get("Baiji") == "IQ"
