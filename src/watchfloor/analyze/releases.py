"""Press releases whose one event an analyst coded (ISAF): which sentence tells that event.

The release's event is told by the first sentence of its body (after its first dateline) that
holds an operation word (``data/operations.toml``); headlines are skipped. Every sentence is
parsed (no extractor of operations decides yet which ones are worth it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from watchfloor.data import load_toml
from watchfloor.extract.context import DocContext, Sentence, build_context
from watchfloor.extract.lexicon import alternation
from watchfloor.models import RawArticle
from watchfloor.pipeline import language_pipeline
from watchfloor.settings import Settings
from watchfloor.text import to_document


def release_events(
    rows: list[dict], settings: Settings
) -> Iterator[tuple[dict, DocContext, Sentence | None, list]]:
    """(row, context, the event's sentence or None, its operation words' tokens) per release."""
    nlp = language_pipeline(replace(settings, focused_parsing=False))
    triggers = alternation(load_toml("operations.toml")["triggers"])
    for row in rows:
        document = to_document(RawArticle(text=row["text"], origin=str(row.get("release_id"))))
        ctx = build_context(document, nlp(document.text))
        yield (row, ctx, *event_sentence(ctx, triggers))


def event_sentence(ctx: DocContext, triggers) -> tuple[Sentence | None, list]:
    body = min((end for _, end in ctx.document.dateline_dates), default=0)
    for sentence in ctx.sentences:
        if sentence.end <= body or _is_headline(sentence.text):
            continue
        words = [
            sentence.span.doc.char_span(
                sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
            )
            for m in triggers.finditer(sentence.text)
        ]
        tokens = [w.root for w in words if w is not None]
        if tokens:
            return sentence, tokens
    return None, []


def _is_headline(text: str) -> bool:
    """ "May 15: Afghan-ISAF Operations in Eastern, Southern Afghanistan": a title, not the body."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words or len(words) > 20:
        return False
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)
    return capitalised >= 0.8 * sum(1 for w in words if w.lower() not in _SMALL_WORDS)


_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with"}
