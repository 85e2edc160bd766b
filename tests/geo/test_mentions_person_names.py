"""Stage 5, geo: a person's name that a place happens to share is no place. The article's own
tagging tells it: a word of a full name it tags as a person ("Gentil Duarte" makes "Duarte" a
name, not the Dominican province), a one-word name it tags as a person more often than as a
place, and a word right before such a name ("Salahuddin Hassan"). Told as a place ("in
Hassan", "Hassan district"), the same word is still one. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import PLACES_TSV, records_of
from watchfloor.extract.context import _dateline_spans
from watchfloor.geo.mentions import find_places

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built"),
]

PUBLISHED = date(2021, 11, 2)

DUARTE = (
    "Colombia's defence minister said on Tuesday that Gentil Duarte, the commander of the "
    "largest dissident faction of the former FARC, had been killed. Duarte died on May 4 in "
    "Venezuela's Zulia state, close to the border, the minister said."
)
HASSAN = (
    "The army said on Sunday it had killed Salahuddin Hassan, the leader of a pro-Islamic "
    "State faction, in an operation in Maguindanao province. Hassan had been hunted for years. "
    "Officials said Hassan was behind several bombings."
)


def _place_names(nlp, text: str) -> set[str]:
    return {text[m.start : m.end] for m in find_places(nlp(text), _dateline_spans(text))}


def test_word_of_a_full_name_is_no_place(nlp):
    assert "Duarte" not in _place_names(nlp, DUARTE)


def test_name_tagged_a_person_and_the_word_before_it_are_no_places(nlp):
    names = _place_names(nlp, HASSAN)
    assert "Hassan" not in names
    assert "Salahuddin" not in names


def test_event_placed_where_the_text_puts_it_not_at_a_name(analyse):
    [killed] = records_of(analyse(DUARTE, PUBLISHED), "leadership_change")
    assert killed["location"]["country_code"] == "VE"
    for record in records_of(analyse(HASSAN, PUBLISHED)):
        assert (record["location"] or {}).get("country_code") != "IN"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a police post in Hassan on Monday, killing three officers. Hassan "
        "police chief Ravi Kumar said the attackers fled.",
        "Officials in Hassan district said Ravi Hassan, a local trader, had been questioned.",
    ],
)
def test_told_as_a_place_it_stays_one(nlp, text):
    assert any(name.startswith("Hassan") for name in _place_names(nlp, text))
