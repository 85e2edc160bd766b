"""Where an event happened, borrowed from the sentences before (``extract.placing``): a
country told only as where forces came from ("troops from the United Arab Emirates") or
whose forces they are ("a US drone") locates nothing told after it, even in a sentence that
was read only for its names and never parsed. A destination may: "drove the truck to
Oklahoma City. It exploded ..." Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import PLACES_TSV, records_of
from watchfloor.extract import build_context
from watchfloor.extract.placing import place_of_event

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built"),
]

PUBLISHED = date(2017, 2, 6)


def _event_place(nlp, make_document, text: str, word: str):
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    at = document.text.index(word)
    [sentence] = [s for s in ctx.sentences if s.start <= at < s.end]
    words = ctx.doc.char_span(at, at + len(word), alignment_mode="expand")
    return place_of_event(ctx, sentence, [words.root])


def test_origin_of_forces_is_not_borrowed(nlp, make_document):
    text = (
        "Commandos, backed by soldiers from the United Arab Emirates, came under fire as they "
        "neared the houses.\n\nOfficials said nine militants died in the fighting."
    )
    found = _event_place(nlp, make_document, text, "died")
    assert found is None or found.location.country_code != "AE"


def test_place_of_the_fighting_is_borrowed(nlp, make_document):
    text = (
        "Commandos came under fire as they neared houses in Yakla, in al-Bayda province.\n\n"
        "Officials said nine militants died in the fighting."
    )
    found = _event_place(nlp, make_document, text, "died")
    assert found is not None and found.location.country_code == "YE"


def test_destination_is_borrowed(nlp, make_document):
    text = (
        "The man drove the van to Kandahar on Monday. Hours later it exploded outside a "
        "police station, killing four officers."
    )
    found = _event_place(nlp, make_document, text, "exploded")
    assert found is not None and found.location.country_code == "AF"


def test_leader_killed_after_a_raid_backed_by_another_country(analyse):
    text = (
        "SANAA, Yemen, Feb. 6, 2017 — A night raid on a village in central Yemen killed "
        "several militants, residents said. Commandos, backed by soldiers from the United Arab "
        "Emirates, came under heavy fire as they approached.\n\n"
        "The Pentagon said 14 militants were killed, among them Ahmed al-Saqqaf, whom it "
        "described as a senior al-Qaeda commander."
    )
    countries = {
        (r["location"] or {}).get("country_code")
        for r in records_of(analyse(text, PUBLISHED), "leadership_change")
    }
    assert countries and "AE" not in countries


def test_place_of_a_joined_clause_with_its_own_doer_is_not_the_event_s(analyse):
    """ "Spanish officers arrested nine people ..., and German police searched two flats in
    Bavaria": Bavaria is where the searches were; the arrests are Spain's, told by the
    nationality of the force that made them even though the article names no Spanish place."""
    text = (
        "THE HAGUE, June 14, 2024 — Europol said on Friday that police in several countries had "
        "shut down a news outlet of the Islamic State. Spanish officers arrested nine people "
        "the same day on suspicion of running its translation network, and German police "
        "searched two flats in Bavaria."
    )
    arrests = records_of(analyse(text, date(2024, 6, 14)), "arrest")
    assert [a["location"]["country_code"] for a in arrests] == ["ES"]


def test_clauses_of_one_saying_keep_their_place(nlp, make_document):
    text = (
        "The army said the attacks had been repelled and that soldiers had killed more than 80 "
        "attackers in Kayes."
    )
    found = _event_place(nlp, make_document, text, "repelled")
    assert found is not None and found.location.country_code == "ML"
