"""Run the costly networks only on the sentences a later stage reads.

The entity recogniser, and the tagger and dependency parser with the token-to-vector layer
they listen to, are nearly all of the pipeline's cost, yet the extractors read the parse only
in sentences that may tell their kind of event (an attack trigger with support, say), and read entities only
there, in the sentences just before (where an event's date may be told) and in the lead (where
the article says where it is). Sentence boundaries come from the model's own light sentence
recogniser (``senter``); the domain entity rulers still read every sentence, so every group,
leader and gazetteer place is found wherever it is named.

This component copies the chosen sentences into small documents, runs the recogniser on the
ones needing entities and the parser stack on the cue sentences, batched across documents,
then writes entities, tags and dependency trees back into each document. A sentence that is
not parsed gets a flat tree (every token attached to the first, label ``dep``) so that sentence
boundaries stay as the recogniser drew them; its tokens carry no tag, part of speech or lemma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, NORM, ORTH, SPACY, TAG
from spacy.tokens import Doc, Span
from spacy.util import minibatch

_PARSE_ATTRS = [TAG, HEAD, DEP]
_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
_IOB_INSIDE, _IOB_BEGIN = 1, 3
_SENTENCES_PER_BATCH = 256  # the networks run faster on bigger batches; sentences are short
# Entities are read in a cue sentence, in the sentence just before it (an event told without
# a date often borrows its) and in the lead (headline, dateline, first sentence).
ENTITY_WINDOW_BEFORE = 1
LEAD_SENTENCES = 3


@dataclass
class _Piece:
    doc: Doc
    sent: Span
    copy: Doc
    parse: bool


class FocusedParser:
    """Entities on the sentences around those ``worth_parsing``, parse on those, then
    ``finish`` (part of speech and lemmas from tags) on each whole document."""

    def __init__(
        self,
        ner,
        components: list[tuple[str, object]],
        finish,
        worth_parsing: Callable[[Span, str], bool],
        batch_size: int,
    ):
        self.ner = ner
        self.components = components
        self.finish = finish
        self.worth_parsing = worth_parsing
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            yield from self._process_batch(list(batch))

    def _process_batch(self, docs: list[Doc]) -> list[Doc]:
        sentences = {id(doc): list(doc.sents) for doc in docs}
        pieces = [piece for doc in docs for piece in self._pieces(doc, sentences[id(doc)])]
        copies = list(self.ner.pipe([p.copy for p in pieces], batch_size=_SENTENCES_PER_BATCH))
        to_parse = [c for p, c in zip(pieces, copies, strict=True) if p.parse]
        for _, component in self.components:
            to_parse = list(component.pipe(to_parse, batch_size=_SENTENCES_PER_BATCH))
        by_doc: dict[int, list[_Piece]] = {}
        for piece in pieces:
            by_doc.setdefault(id(piece.doc), []).append(piece)
        for doc in docs:
            _write_back(doc, sentences[id(doc)], by_doc.get(id(doc), []))
            self.finish(doc)
        return docs

    def _pieces(self, doc: Doc, sents: list[Span]) -> list[_Piece]:
        text = doc.text  # built from the tokens on every call: once
        cue = [self.worth_parsing(s, text[s.start_char : s.end_char]) for s in sents]
        wanted = [
            i < LEAD_SENTENCES or any(cue[i : i + ENTITY_WINDOW_BEFORE + 1])
            for i in range(len(sents))
        ]
        if not any(wanted):
            return []
        entities = doc.to_array(_ENT_ATTRS)
        return [
            _Piece(doc, s, _sentence_doc(s, entities), cue[i])
            for i, s in enumerate(sents)
            if wanted[i]
        ]


def _sentence_doc(sent: Span, entities: np.ndarray) -> Doc:
    """A bare copy of a sentence with the rulers' entities (``Span.as_doc`` also copies
    vectors: far slower)."""
    source = sent.doc
    strings = source.vocab.strings
    orth, spacy_, norm = source.to_array([ORTH, SPACY, NORM])[sent.start : sent.end].T
    doc = Doc(
        source.vocab,
        words=[strings[o] for o in orth.tolist()],
        spaces=[bool(x) for x in spacy_.tolist()],
    )
    # token-level norms from tokenizer exceptions ("n't" -> "not") feed the networks' features
    doc.from_array([NORM], norm.reshape(-1, 1).copy())
    doc.from_array(_ENT_ATTRS, _entities_from(entities, sent.start, sent.end))
    return doc


def _entities_from(entities: np.ndarray, start: int, end: int) -> np.ndarray:
    """Entity columns of tokens ``start:end``; an entity cut at ``start`` begins there."""
    part = entities[start:end].copy()
    if len(part) and part[0, 0] == _IOB_INSIDE:
        part[0, 0] = _IOB_BEGIN
    return part


def _write_back(doc: Doc, sents: list[Span], pieces: list[_Piece]) -> None:
    """Entities of the recognised sentences; flat trees for every sentence, then the real parse
    of the parsed ones over them."""
    n = len(doc)
    if n == 0:
        return
    if pieces:
        entities = doc.to_array(_ENT_ATTRS)
        for p in pieces:
            entities[p.sent.start : p.sent.end] = _entities_from(
                p.copy.to_array(_ENT_ATTRS), 0, len(p.copy)
            )
        doc.from_array(_ENT_ATTRS, entities)
    starts = np.array([sent.start for sent in sents], dtype="int64")
    lengths = np.diff(np.append(starts, n))
    relative_head = np.repeat(starts, lengths) - np.arange(n, dtype="int64")
    values = np.zeros((n, len(_PARSE_ATTRS)), dtype="uint64")
    # heads are stored relative to the token, as unsigned two's complement
    values[:, _PARSE_ATTRS.index(HEAD)] = relative_head.view("uint64")
    values[:, _PARSE_ATTRS.index(DEP)] = np.where(
        relative_head == 0, doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    )
    for p in pieces:
        if p.parse:
            values[p.sent.start : p.sent.start + len(p.copy)] = p.copy.to_array(_PARSE_ATTRS)
    doc.from_array(_PARSE_ATTRS, values)
