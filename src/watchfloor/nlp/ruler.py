"""Entity-ruler patterns from the gazetteers: groups, leaders and hard place names."""

from __future__ import annotations

from watchfloor.data import data_path
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
    return exact, folded


def _ruler_places() -> list[str]:
    """Place names the statistical model mislabels (e.g. Mayadeen as a DATE)."""
    lines = data_path("ruler_places.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
