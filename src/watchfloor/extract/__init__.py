"""Stage 6, extract: a parsed document -> event mentions, one extractor per event type.

Each event extractor is a function ``(DocContext) -> list[EventMention]``; statements and
statistics have one each (``extract_statements``, ``extract_statistics``). Adding an event type means
adding one to ``EXTRACTORS``, and to ``WORTH_PARSING`` a quick test of which sentences it reads
the parse of (the nlp stage tags and parses only those, and recognises entities around them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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
    kept = _one_view_of_each_clash(mentions)
    kept = _no_attack_for_a_leaders_death(_no_tallies_as_attacks(kept))
    return sorted(kept, key=lambda m: m.sentence_index)


# A toll over this many days, open-ended or this large, is a tally of many attacks ("ADF
# fighters killed more than 1,200 civilians in 2021"): the statistics extractor records it
_TALLY_DAYS = 92
_TALLY_TOLL = 100


def _no_tallies_as_attacks(mentions: list[EventMention]) -> list[EventMention]:
    return [m for m in mentions if not (m.type == "attack" and _is_tally(m))]


def _is_tally(mention: EventMention) -> bool:
    when = mention.date
    if when is None or not when.start or not when.end or not mention.date_explicit:
        return False
    if (date.fromisoformat(when.end) - date.fromisoformat(when.start)).days < _TALLY_DAYS:
        return False
    tolls = [q for q in (mention.killed, mention.abducted) if q is not None]
    return any(q.max is None or (q.min or 0) >= _TALLY_TOLL for q in tolls)


def _no_attack_for_a_leaders_death(mentions: list[EventMention]) -> list[EventMention]:
    """A leader's death told in a sentence ("the Taliban confirmed that their leader was killed
    in an American drone strike") is a leadership change, and the strike a military operation;
    the one death read as an attack with no doer, or by the leader's own group, would be a
    third, wrong record. An attack with another doer, or claimed, stays."""
    deaths: dict[int, set[str]] = {}
    for m in mentions:
        if m.type == "leadership_change" and m.subtype in ("killed", "rumoured_dead"):
            deaths.setdefault(m.sentence_index, set()).update(_names(m, ("subject", "other")))
    return [
        m
        for m in mentions
        if not (
            m.type == "attack"
            and m.sentence_index in deaths
            and m.killed is not None
            and (m.killed.min, m.killed.max) == (1, 1)
            and not m.claimed_by
            and _names(m, ("perpetrator",)) <= deaths[m.sentence_index]
        )
    ]


def _names(mention: EventMention, roles: tuple[str, ...]) -> set[str]:
    return {(a.canonical or a.name).lower() for a in mention.actors if a.role in roles}


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
