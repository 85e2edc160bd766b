"""Stage 6, extract: a parsed document -> event mentions, one extractor per event type.

Each extractor is a function ``(DocContext) -> list[EventMention]``; adding an event type means
adding one to ``EXTRACTORS``.
"""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.extract.attacks import extract_attacks
from watchfloor.extract.context import DocContext, build_context
from watchfloor.models import EventMention

Extractor = Callable[[DocContext], list[EventMention]]

EXTRACTORS: dict[str, Extractor] = {
    "attack": extract_attacks,
}

__all__ = ["EXTRACTORS", "DocContext", "build_context", "extract_mentions"]


def extract_mentions(ctx: DocContext) -> list[EventMention]:
    mentions: list[EventMention] = []
    for extractor in EXTRACTORS.values():
        mentions.extend(extractor(ctx))
    return sorted(mentions, key=lambda m: m.sentence_index)
