"""Statements and statistics of one article -> statement and statistic records.

A quotation printed twice (the lead and a later paragraph) or a number restated is one record
with both sentences as evidence; a quotation broken by its attribution ("'A,' he said. 'B.'")
is one statement, as newswire prints one; ids are content hashes like the events'.
"""

from __future__ import annotations

import re

from watchfloor import __version__
from watchfloor.extract.context import title_line
from watchfloor.models import (
    Document,
    FieldSpan,
    Record,
    Source,
    Span,
    StatementMention,
    StatisticMention,
    to_plain,
)
from watchfloor.resolve.ids import record_id


def statement_records(
    document: Document, mentions: list[StatementMention], config_hash: str
) -> list[Record]:
    merged: dict[tuple[str, str], list[StatementMention]] = {}
    for mention in _join_interrupted(document.text, mentions):
        merged.setdefault((_words(mention.speaker), _words(mention.quote)), []).append(mention)
    records = []
    for group in merged.values():
        head = group[0]
        data = {
            "speaker": head.speaker,
            "speaker_role": next((m.speaker_role for m in group if m.speaker_role), None),
            "affiliation": next((m.affiliation for m in group if m.affiliation), None),
            "quote": head.quote,
            "date": to_plain(next((m.date for m in group if m.date), None)),
        }
        for mention in group:
            for key, value in mention.details.items():
                data.setdefault(key, value)
        evidence = [s for m in group for s in m.sentences]
        records.append(
            _record(
                "statement",
                document,
                evidence,
                [f for m in group for f in m.fields],
                data,
                config_hash,
            )
        )
    return records


# Most characters between two quoted stretches of one speaker that only an attribution fills
# ("," he added. ").
_ATTRIBUTION_GAP = 80


def _join_interrupted(text: str, mentions: list[StatementMention]) -> list[StatementMention]:
    """Consecutive quotations of one speaker in one paragraph, with nothing between them but
    the attribution, as one mention."""
    out: list[StatementMention] = []
    for mention in sorted(mentions, key=_quote_start):
        before = out[-1] if out else None
        if before is not None and _continues(text, before, mention):
            before.quote = f"{before.quote} {mention.quote}"
            before.sentences = _unique_spans([*before.sentences, *mention.sentences])
            before.fields = [*before.fields, *mention.fields]
            before.speaker_role = before.speaker_role or mention.speaker_role
            before.affiliation = before.affiliation or mention.affiliation
            before.date = before.date or mention.date
            continue
        out.append(mention)
    return out


def _continues(text: str, before: StatementMention, after: StatementMention) -> bool:
    if _words(before.speaker) != _words(after.speaker):
        return False
    gap_start, gap_end = _quote_end(before), _quote_start(after)
    if gap_start is None or gap_end is None or gap_end < gap_start:
        return False
    gap = text[gap_start:gap_end]
    if "\n" in gap or gap.count('"') + gap.count("\u201c") + gap.count("\u201d") > 2:
        return False
    return len(gap) <= _ATTRIBUTION_GAP or _next_sentence_opens_with_quote(text, before, after)


def _next_sentence_opens_with_quote(
    text: str, before: StatementMention, after: StatementMention
) -> bool:
    """A long attribution ('," said X, a senior analyst at Y in Amman. "') still only fills the
    rest of its sentence when the next sentence is the one that opens with the quotation."""
    if not before.sentences or not after.sentences:
        return False
    last, first = before.sentences[-1], after.sentences[0]
    between = text[last.end : first.start]
    opening = text[first.start : _quote_start(after)]
    return first.start >= last.end and not between.strip() and len(opening.strip()) <= 1


def _quote_start(mention: StatementMention) -> int:
    starts = [f.start for f in mention.fields if f.field == "quote"]
    return min(starts) if starts else (mention.sentences[0].start if mention.sentences else 0)


def _quote_end(mention: StatementMention) -> int | None:
    ends = [f.end for f in mention.fields if f.field == "quote"]
    return max(ends) if ends else None


def _unique_spans(spans: list[Span]) -> list[Span]:
    return list({s.start: s for s in sorted(spans, key=lambda s: s.start)}.values())


def statistic_records(
    document: Document, mentions: list[StatisticMention], config_hash: str
) -> list[Record]:
    merged: dict[tuple, list[StatisticMention]] = {}
    for mention in (m for m in mentions if not _in_headline(m)):
        merged.setdefault(_statistic_key(mention), []).append(mention)
    for mention in (m for m in mentions if _in_headline(m)):
        # "France brings home 15 women and 40 children": a headline's figure the story tells
        # again is that figure, whatever measure the headline's few words gave it
        told = next((g for g in merged.values() if g[0].value == mention.value), None)
        if told is None:
            told = merged.setdefault(_statistic_key(mention), [])
        told.append(mention)
    records = []
    for group in merged.values():
        head = group[0]
        period = next((m.period for m in group if m.period), None)
        data = {
            "measure": head.measure,
            "value": to_plain(head.value),
            "period": to_plain(period),  # the spec's start, end, text, and a precision
            "place": next((m.place for m in group if m.place), None),
            "actor": next((m.actor for m in group if m.actor), None),
            "attributed_to": next((m.attributed_to for m in group if m.attributed_to), None),
        }
        for mention in group:
            for key, value in mention.details.items():
                data.setdefault(key, value)
        evidence = [m.sentence for m in group]
        records.append(
            _record(
                "statistic",
                document,
                evidence,
                [f for m in group for f in m.fields],
                data,
                config_hash,
            )
        )
    return records


# The fields of an event record whose count a statistic of the same sentence repeats. Only
# arrests: the statistics extractor keeps a large arrest count a source states ("2,500 people
# have been arrested, the minister said") without knowing whether one raid took them, while
# for tolls it already tells an incident's from an aggregate and keeps what the event
# extractors may wrongly read too (a recalled bombing's dead, "47 civilians were killed"
# listed with the tolls of a campaign).
EVENT_COUNTS = ("arrested",)


def without_event_counts(statistics: list[Record], events: list[Record]) -> list[Record]:
    """Statistics that are not already a field of an event record: "the alliance said it had
    detained some 5,000 men who came out of Baghuz" is the arrest's count, told in the same
    sentence with the same value and no period of its own (a toll "in ten days of fighting"
    is a period's, and stays), at a town the event names ("2,500 people have been arrested
    in connection with the unrest" names none: arrests in aggregate, a statistic)."""
    told = {
        (span.start, (count["min"], count["max"]))
        for event in events
        if event.kind == "event" and (event.data.get("location") or {}).get("precision") == "city"
        for field in EVENT_COUNTS
        if (count := event.data.get(field))
        for source in event.sources
        for span in source.evidence
    }
    return [s for s in statistics if not _an_event_count(s, told)]


def _statistic_key(mention: StatisticMention) -> tuple:
    return (mention.measure, mention.value.min, mention.value.max, mention.actor)


def _in_headline(mention: StatisticMention) -> bool:
    """The figure is told in the article's headline (``context.title_line``)."""
    index = mention.sentence_index
    return index is not None and title_line(index, mention.sentence.text)


def _an_event_count(statistic: Record, told: set) -> bool:
    if statistic.data.get("period") is not None:
        return False
    value = statistic.data["value"]
    key = (value["min"], value["max"])
    return any(
        (span.start, key) in told for source in statistic.sources for span in source.evidence
    )


def _record(
    kind: str,
    document: Document,
    evidence: list[Span],
    fields: list[FieldSpan],
    data: dict,
    config_hash: str,
) -> Record:
    spans = {s.start: s for s in evidence}
    evidence = [spans[k] for k in sorted(spans)]
    unique = {(f.field, f.start, f.end): f for f in fields}
    source = Source(
        doc_id=document.id,
        url=document.url,
        title=document.title,
        published=document.published.isoformat() if document.published else None,
        evidence=evidence,
        fields=sorted(unique.values(), key=lambda f: (f.start, f.field)),
    )
    rid = record_id(kind, document.id, kind, evidence[0].start if evidence else 0)
    return Record(kind, rid, [source], data, __version__, config_hash)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
