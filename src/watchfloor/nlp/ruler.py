"""Entity-ruler patterns from the gazetteers: groups, leaders and hard place names."""

from __future__ import annotations

from watchfloor.data import data_path
from watchfloor.nlp.lexicon import group_lexicon

GROUP_LABEL = "ARMED_GROUP"


def ruler_patterns(nlp) -> list[dict]:
    patterns: list[dict] = []
    lexicon = group_lexicon()
    for named in lexicon.entries.values():
        label = "PERSON" if named.type == "person" else GROUP_LABEL
        for alias in {named.canonical, *named.aliases}:
            exact = alias in named.case_sensitive
            patterns.append(
                {
                    "label": label,
                    "pattern": _token_pattern(nlp, alias, exact),
                    "id": named.canonical,
                }
            )
    for place in _ruler_places():
        patterns.append({"label": "GPE", "pattern": _token_pattern(nlp, place, exact=True)})
    return patterns


def _token_pattern(nlp, phrase: str, exact: bool) -> list[dict]:
    key = "ORTH" if exact else "LOWER"
    return [{key: tok.text if exact else tok.text.lower()} for tok in nlp.make_doc(phrase)]


def _ruler_places() -> list[str]:
    """Place names the statistical model mislabels (e.g. Mayadeen as a DATE)."""
    lines = data_path("ruler_places.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
