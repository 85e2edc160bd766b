"""Stage 6, extract: a parsed document -> event mentions, one extractor per event type.

Each extractor is a function ``(DocContext) -> list[EventMention]``; adding an event type means
adding one to ``EXTRACTORS``, and to ``PARSE_CUES`` the words that make a sentence worth
parsing for it (the nlp stage tags and parses only sentences matching one of them).
"""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.extract.attacks import extract_attacks
from watchfloor.extract.context import DocContext, build_context
from watchfloor.extract.lexicon import attack_lexicon
from watchfloor.models import EventMention

Extractor = Callable[[DocContext], list[EventMention]]

EXTRACTORS: dict[str, Extractor] = {
    "attack": extract_attacks,
}

PARSE_CUES: dict[str, Callable[[], str]] = {
    "attack": lambda: attack_lexicon().parse_cues,
}

__all__ = [
    "EXTRACTORS",
    "PARSE_CUES",
    "DocContext",
    "build_context",
    "extract_mentions",
    "parse_cues",
]


def parse_cues() -> str:
    """One regular expression for every sentence some extractor reads the parse of."""
    return "|".join(f"(?:{cue()})" for cue in PARSE_CUES.values())


def extract_mentions(ctx: DocContext) -> list[EventMention]:
    mentions: list[EventMention] = []
    for extractor in EXTRACTORS.values():
        mentions.extend(extractor(ctx))
    return sorted(mentions, key=lambda m: m.sentence_index)
