"""When an event happened: which of the article's time expressions dates it.

An analyst reads in this order, and so does this module:

1. the expression in the event's own clause, or the nearest one that governs it in the sentence
   (closest in the parse; not across a verb of saying: "police said on Monday");
2. else the paragraph's: the nearest day or week told in the sentences just before it in the
   same post (an event told without a date borrows its neighbour's), or, failing that, a day
   stated in the next sentence of the same paragraph ("The operation took place Saturday");
3. else nothing here: the record gets the article's reporting window when its incident is
   resolved (``resolve``), with precision widened to ``week``.

Periods ("since January 2015", "between May and July") never date one event: they are what
counts are totted up over.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.syntax import hanging_off
from watchfloor.models import DateSpan
from watchfloor.time.find import is_period

# How far back an undated event may borrow a date: sentences, and paragraphs
BORROW_SENTENCES = 3
BORROW_PARAGRAPHS = 1


@dataclass(frozen=True)
class EventDate:
    span: DateSpan
    start: int  # offsets of the words it was read from
    end: int
    explicit: bool  # in the event's own sentence (decides which mentions are one incident)


def date_in_sentence(sentence: Sentence, tokens: list) -> EventDate | None:
    """The date in the event's clause, else the nearest that governs it in the sentence."""
    attached = [a for a in hanging_off(sentence.dates, tokens) if not is_period(a[1][2])]
    if not attached:
        return None
    _, (start, end, span, _) = min(attached, key=lambda a: (a[1][2].start is None, a[0]))
    return EventDate(span, start, end, explicit=True)


def date_from_context(ctx: DocContext, sentence: Sentence) -> EventDate | None:
    """The day or week the sentences around an undated event tell (same post, same or
    previous paragraph before it; same paragraph, next sentence after it)."""
    anchor = ctx.document.anchor_for(sentence.start)
    before = [
        s
        for s in ctx.sentences[max(0, sentence.index - BORROW_SENTENCES) : sentence.index + 1]
        if s.paragraph >= sentence.paragraph - BORROW_PARAGRAPHS
        and ctx.document.anchor_for(s.start) == anchor
    ]
    for s in reversed(before):
        found = _last_day_or_week(s)
        if found is not None:
            return found
    after = ctx.sentences[sentence.index + 1 : sentence.index + 2]
    for s in after:
        if s.paragraph == sentence.paragraph and ctx.document.anchor_for(s.start) == anchor:
            found = _last_day_or_week(s, precisions=("day",))
            if found is not None:
                return found
    return None


def date_of_event(ctx: DocContext, sentence: Sentence, tokens: list) -> EventDate | None:
    return date_in_sentence(sentence, tokens) or date_from_context(ctx, sentence)


def _last_day_or_week(sentence: Sentence, precisions=("day", "week")) -> EventDate | None:
    dated = [
        d
        for d in sentence.dates
        if d[2].start and d[2].precision in precisions and not is_period(d[2])
    ]
    if not dated:
        return None
    start, end, span, _ = dated[-1]
    return EventDate(span, start, end, explicit=False)
