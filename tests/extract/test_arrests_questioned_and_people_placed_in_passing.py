"""Arrests (``extract.arrests``): people "being questioned by" police or "held for questioning"
are detained; someone questioned once, long ago, is not news. An event that borrows its place
from the sentence before does not borrow where a person named there in passing is ("in touch
with a man in Syria") or where someone described lived, trained or joined up ("an Indonesian who
joined the group in Syria"), also in a sentence read only for its names; a deed told of someone
("the man who stabbed five people in Villach") still places what follows. Texts written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 4, 23)  # a Thursday


def _arrests(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "Three people from his circle, among them his companion, were being questioned by "
        "anti-terrorism police on Wednesday, prosecutors said.",
        "Three of his relatives were being held for questioning on Wednesday, prosecutors said.",
    ],
)
def test_people_being_questioned_are_detained(analyse, text):
    [record] = _arrests(analyse, text)
    assert record["subtype"] == "detention"
    assert record["arrested"] == {"min": 3, "max": 3}
    assert record["date"]["start"] == "2015-04-22"


def test_questioning_long_ago_is_no_detention(analyse):
    text = "He was questioned by police in 2012 over a post on Facebook, and released."
    assert _arrests(analyse, text) == []


def test_a_detention_does_not_borrow_where_someone_named_in_passing_is(analyse):
    text = (
        "PARIS, April 23, 2015 — French police have arrested an Algerian student suspected of "
        "planning an attack on churches south of Paris, the interior minister said on "
        "Wednesday.\n\n"
        "The student was detained on Sunday morning in Paris after he called an ambulance for a "
        "wound to his leg.\n\n"
        "Investigators believe he also killed a woman found in her car in Villejuif on Sunday. "
        "The minister said the suspect had been in touch with a man in Syria who urged him to "
        "attack a church.\n\n"
        "Three people from his circle were being questioned by anti-terrorism police on "
        "Wednesday, prosecutors said."
    )
    three = [r for r in _arrests(analyse, text) if (r["arrested"] or {}).get("min") == 3]
    assert [r["location"]["country_code"] for r in three] == ["FR"]


def test_a_pledge_does_not_borrow_where_someone_described_joined_up(analyse):
    text = (
        "JAKARTA, Jan. 18, 2016 — Police said on Monday that Bahrun Naim, an Indonesian who "
        "joined the group in Syria, had planned the attack. A video found on one attacker's "
        "phone showed him swearing allegiance to the group's leader, Abu Bakr al-Baghdadi, the "
        "night before the attack, police said."
    )
    [pledge] = records_of(analyse(text, PUBLISHED), "pledge")
    assert (pledge["location"] or {}).get("country_code") != "SY"


def test_the_deed_of_someone_described_still_places_what_follows(analyse):
    text = (
        "VIENNA, Feb. 17, 2025 — Police said on Monday they were questioning the man who stabbed "
        "five people in Villach on Saturday. Officers detained two of his flatmates on Sunday, "
        "police said."
    )
    detentions = [r for r in _arrests(analyse, text) if (r["arrested"] or {}).get("min") == 2]
    assert [r["location"]["country_code"] for r in detentions] == ["AT"]
