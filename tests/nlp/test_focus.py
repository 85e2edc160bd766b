"""Memoised attributes and focused parsing give what the stock components give."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.nlp import load_pipeline

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "corpus"

TRICKY = (
    "He said nothin' about it, and they didn't come.\n\nThere were 3 blasts; "
    "it's gotten worse since the group's leader was killed. Gets worse, got worse."
)


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_memoised_attributes_equal_the_stock_ruler_and_lemmatizer(settings):
    import spacy

    stock = spacy.load(settings.spacy_model)
    stock.add_pipe("watchfloor_line_breaks", before="parser")
    ours = load_pipeline(settings.spacy_model)  # full parse, memoised attributes
    assert "attribute_ruler" not in ours.pipe_names
    texts = [TRICKY] + [p.read_text(errors="replace") for p in sorted(SAMPLES.glob("*.txt"))[:8]]
    for theirs, mine in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert _annotations(mine) == _annotations(theirs)


def test_focused_pipeline_parses_cue_sentences_only(nlp):
    doc = nlp(
        "The weather in Kabul was mild on Monday.\n"
        "Gunmen attacked a checkpoint near Jalalabad, killing three policemen."
    )
    calm, attack = list(doc.sents)
    assert {t.dep_ for t in calm} <= {"ROOT", "dep"}
    assert all(t.lemma_ == "" and t.tag_ == "" for t in calm)
    assert "Kabul" in {e.text for e in calm.ents}  # entities are found in every sentence
    deps = {t.text: t.dep_ for t in attack}
    assert deps["Gunmen"] == "nsubj" and deps["attacked"] == "ROOT"
    assert {t.text: t.lemma_ for t in attack}["killing"] == "kill"


def test_entities_are_recognised_around_cue_sentences_and_in_the_lead(nlp):
    from watchfloor.nlp.focus import ENTITY_WINDOW_BEFORE, LEAD_SENTENCES

    filler = [f"Talks resumed in room {i} with Mr Smith." for i in range(LEAD_SENTENCES)]
    before = [f"Mr Jones flew to Oslo on day {i}." for i in range(ENTITY_WINDOW_BEFORE + 2)]
    text = "\n".join(
        [
            *filler,
            *before,
            "Gunmen attacked a checkpoint in Jalalabad on Tuesday.",
            "Mr Brown left.",
        ]
    )
    doc = nlp(text)
    sents = list(doc.sents)
    people = [{e.text for e in s.ents if e.label_ == "PERSON"} for s in sents]
    assert all(p for p in people[:LEAD_SENTENCES])  # the lead
    cue = len(filler) + len(before)
    assert all(p for p in people[cue - ENTITY_WINDOW_BEFORE : cue])  # just before the attack
    assert not people[cue - ENTITY_WINDOW_BEFORE - 1]  # further back: rulers only
    assert {e.label_ for e in sents[cue].ents} >= {"GPE", "DATE"}
    assert not people[cue + 1]  # after it


def test_focused_parse_equals_the_full_parse_of_the_sentence(nlp, settings):
    full = load_pipeline(settings.spacy_model)
    sentence = "Islamic State gunmen ambushed an army patrol, killing 11 soldiers."
    focused = nlp("The talks ended.\n" + sentence)
    parsed = next(s for s in focused.sents if "ambushed" in s.text)
    alone = full(sentence)
    assert [(t.text, t.dep_, t.head.i - parsed.start, t.lemma_) for t in parsed] == [
        (t.text, t.dep_, t.head.i, t.lemma_) for t in alone
    ]
