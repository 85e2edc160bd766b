"""Parse only the sentences an extractor will read.

The tagger and dependency parser, with the shared token-to-vector layer they listen to, are
half the cost of the stock pipeline, yet the extractors read the parse only in sentences that
hold one of their cue words (an attack trigger, say). Sentence boundaries come from the model's
own light sentence recogniser (``senter``) instead, the entity recogniser still reads every
sentence, and this component runs the tagger/parser stack on the cue sentences alone, batched
across documents, then writes tags, lemmas and dependency trees back into the document.

A sentence that is not parsed gets a flat tree (every token attached to the first, label
``dep``) so that sentence boundaries stay as the recogniser drew them; its tokens carry no
tag, part of speech or lemma. Nothing downstream reads those outside cue sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, HEAD, NORM, TAG
from spacy.tokens import Doc
from spacy.util import minibatch

_PARSE_ATTRS = [TAG, HEAD, DEP]
_SENTENCES_PER_BATCH = 256  # the networks run faster on bigger batches; sentences are short


class FocusedParser:
    """Run ``components`` (name, pipe) on the sentences whose text ``cues`` matches, then
    ``finish`` (part of speech and lemmas from tags) on each whole document."""

    def __init__(
        self,
        components: list[tuple[str, object]],
        finish,
        cues: re.Pattern,
        batch_size: int,
    ):
        self.components = components
        self.finish = finish
        self.cues = cues
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            yield from self._parse_batch(list(batch))

    def _parse_batch(self, docs: list[Doc]) -> list[Doc]:
        wanted = [(doc, sent) for doc in docs for sent in doc.sents if self.cues.search(sent.text)]
        parsed = [_sentence_doc(sent) for _, sent in wanted]
        for _, component in self.components:
            parsed = list(component.pipe(parsed, batch_size=_SENTENCES_PER_BATCH))
        by_doc: dict[int, list] = {}
        for (doc, sent), sub in zip(wanted, parsed, strict=True):
            by_doc.setdefault(id(doc), []).append((sent.start, sub))
        for doc in docs:
            _write_back(doc, by_doc.get(id(doc), []))
            self.finish(doc)
        return docs


def _sentence_doc(sent) -> Doc:
    """A bare copy of a sentence to parse (``Span.as_doc`` also copies vectors: far slower)."""
    tokens = list(sent)
    doc = Doc(
        sent.doc.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
    )
    # token-level norms from tokenizer exceptions ("n't" -> "not") feed the tagger's features
    doc.from_array([NORM], sent.doc.to_array([NORM])[sent.start : sent.end])
    return doc


def _write_back(doc: Doc, parsed: list[tuple[int, Doc]]) -> None:
    """Flat trees for every sentence, then the real parse of the parsed ones over them."""
    if len(doc) == 0:
        return
    n = len(doc)
    starts = np.array([sent.start for sent in doc.sents], dtype="int64")
    lengths = np.diff(np.append(starts, n))
    relative_head = np.repeat(starts, lengths) - np.arange(n, dtype="int64")
    values = np.zeros((n, len(_PARSE_ATTRS)), dtype="uint64")
    # heads are stored relative to the token, as unsigned two's complement
    values[:, _PARSE_ATTRS.index(HEAD)] = relative_head.view("uint64")
    values[:, _PARSE_ATTRS.index(DEP)] = np.where(
        relative_head == 0, doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    )
    for start, sub in parsed:
        values[start : start + len(sub)] = sub.to_array(_PARSE_ATTRS)
    doc.from_array(_PARSE_ATTRS, values)
