"""Entity-ruler patterns from the gazetteers: groups, leaders and hard place names."""

from __future__ import annotations

from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Span

from watchfloor.data import data_path, load_toml
from watchfloor.nlp.lexicon import group_lexicon

GROUP_LABEL = "ARMED_GROUP"


def ruler_patterns() -> tuple[list[dict], list[dict]]:
    """Phrase patterns for the entity rulers: (exact-case patterns, any-case patterns)."""
    exact: list[dict] = []
    folded: list[dict] = []
    lexicon = group_lexicon()
    for named in lexicon.entries.values():
        label = "PERSON" if named.type == "person" else GROUP_LABEL
        for alias in {named.canonical, *named.aliases}:
            target = exact if alias in named.case_sensitive else folded
            text = alias if alias in named.case_sensitive else alias.lower()
            target.append({"label": label, "pattern": text, "id": named.canonical})
    exact.extend({"label": "GPE", "pattern": place} for place in _ruler_places())
    exact.extend({"label": "EVENT", "pattern": name} for name in _calendar_names())
    return exact, folded


def _calendar_names() -> list[str]:
    """Months and feasts the recogniser takes for places ("the month of Muharram")."""
    return list(load_toml("geo.toml").get("calendar_names", []))


def _ruler_places() -> list[str]:
    """Place names the statistical model mislabels (e.g. Mayadeen as a DATE)."""
    lines = data_path("ruler_places.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@Language.component("watchfloor_longer_names")
def longer_names(doc):
    """A known band's name inside a longer one is the longer band's: "Garo National Liberation
    Army" is its own group, with no canonical name, not Colombia's National Liberation Army."""
    openers = _name_openers()
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != GROUP_LABEL or ent[0].text not in openers:
            continue
        start = ent.start
        while start > 0 and _name_word(doc[start - 1]) and (k == 0 or ents[k - 1].end < start):
            start -= 1
        if start < ent.start:
            ents[k] = Span(doc, start, ent.end, label=GROUP_LABEL, span_id=0)
            for token in ents[k]:
                token.ent_id = 0  # no canonical name: the known band's is not this one's
            changed = True
    if changed:
        doc.ents = ents
    return doc


def _name_word(token) -> bool:
    """A capitalised word that can open a band's name: not a function word ("From"), a
    nationality ("Colombian") or a place the rulers know."""
    return (
        token.is_alpha
        and token.is_title
        and token.lower_ not in STOP_WORDS
        and token.text not in _demonyms()
    )


@cache
def _name_openers() -> frozenset[str]:
    return frozenset(load_toml("groups.toml").get("name_openers", []))


@cache
def _demonyms() -> frozenset[str]:
    lines = data_path("demonyms.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.split("\t")[0] for ln in lines if ln and not ln.startswith("#"))
