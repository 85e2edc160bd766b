"""Stage 6, extract: a parsed document -> event mentions, one extractor per event type.

Each event extractor is a function ``(DocContext) -> list[EventMention]``; statements and
statistics have one each (``extract_statements``, ``extract_statistics``). Adding an event type means
adding one to ``EXTRACTORS``, and to ``WORTH_PARSING`` a quick test of which sentences it reads
the parse of (the nlp stage tags and parses only those, and recognises entities around them).
"""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.extract import (
    arrests,
    attacks,
    leaders,
    media,
    online,
    operations,
    pledges,
    statements,
    statistics,
    territory,
    threats,
)
from watchfloor.extract.context import DocContext, build_context
from watchfloor.models import EventMention, StatementMention, StatisticMention

Extractor = Callable[[DocContext], list[EventMention]]

EXTRACTORS: dict[str, Extractor] = {
    "attack": attacks.extract_attacks,
    "arrest": arrests.extract_arrests,
    "military_operation": operations.extract,
    "media_release": media.extract,
    "pledge": pledges.extract,
    "leadership_change": leaders.extract,
    "territorial_change": territory.extract,
    "online_action": online.extract,
    "threat": threats.extract,
}

WORTH_PARSING: dict[str, Callable[[object, str], bool]] = {
    "attack": attacks.worth_parsing,
    "arrest": arrests.worth_parsing,
    "military_operation": operations.worth_parsing,
    "media_release": media.worth_parsing,
    "pledge": pledges.worth_parsing,
    "leadership_change": leaders.worth_parsing,
    "territorial_change": territory.worth_parsing,
    "online_action": online.worth_parsing,
    "threat": threats.worth_parsing,
    "statement": statements.worth_parsing,
    "statistic": statistics.worth_parsing,
}

__all__ = [
    "EXTRACTORS",
    "WORTH_PARSING",
    "DocContext",
    "build_context",
    "extract_mentions",
    "extract_statements",
    "extract_statistics",
    "sentence_worth_parsing",
]


def sentence_worth_parsing(sentence, text: str) -> bool:
    """Some extractor reads the parse of this sentence (a spaCy span, not yet parsed, and its
    text)."""
    return any(test(sentence, text) for test in WORTH_PARSING.values())


def extract_mentions(ctx: DocContext) -> list[EventMention]:
    mentions: list[EventMention] = []
    for extractor in EXTRACTORS.values():
        mentions.extend(extractor(ctx))
    return sorted(_one_view_of_each_clash(mentions), key=lambda m: m.sentence_index)


def _one_view_of_each_clash(mentions: list[EventMention]) -> list[EventMention]:
    """A clash told as an armed group's attack ("soldiers were killed in a clash with al-Shabaab
    fighters") is that attack; the battle the operations extractor reads in the same sentence
    would count it twice."""
    attacked = {m.sentence_index for m in mentions if m.type == "attack"}
    return [
        m
        for m in mentions
        if not (
            m.type == "military_operation"
            and m.subtype == "battle"
            and m.sentence_index in attacked
        )
    ]


def extract_statements(ctx: DocContext) -> list[StatementMention]:
    return statements.extract(ctx)


def extract_statistics(ctx: DocContext) -> list[StatisticMention]:
    return statistics.extract(ctx)
