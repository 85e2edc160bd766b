"""When and where an event mention happened, filled the same way for every event type.

The date and the place of the event's own sentence (``dating.date_in_sentence``,
``placing.place_in_sentence``) are explicit: they decide which mentions are one incident. When
the sentence gives none, the sentences around it are read (``date_from_context``,
``place_from_context``): a borrowed date or place fills the record but never decides which
mentions are the same incident ("As the forces returned, gunmen laid an ambush").
"""

from __future__ import annotations

from datetime import date

from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import date_borrowed, date_in_sentence
from watchfloor.extract.placing import place_from_context, place_in_sentence
from watchfloor.models import EventMention, FieldSpan


def fill_date_and_place(
    ctx: DocContext, mention: EventMention, sentence: Sentence, tokens: list
) -> None:
    """``tokens``: the event's words in the sentence's parse."""
    when = date_in_sentence(sentence, tokens, ctx)
    if when is not None:
        mention.date, mention.date_explicit = when.span, when.explicit
        mention.fields.append(FieldSpan("date", when.start, when.end, when.span.text or ""))
    else:
        borrowed = date_borrowed(ctx, sentence, tokens)
        if borrowed is not None:
            mention.date = borrowed.span
    where = place_in_sentence(sentence, tokens) or place_from_context(ctx, sentence)
    if where is not None:
        mention.location, mention.location_explicit = where.location, where.explicit
        mention.fields.append(
            FieldSpan("location", where.start, where.end, where.location.name or "")
        )


def told_long_before(ctx: DocContext, mention: EventMention, sentence: Sentence) -> bool:
    """The mention's own sentence dates it more than a year before the article: history
    recalled in passing ("he was arrested in 2015" in a 2021 story), not news."""
    anchor = ctx.document.anchor_for(sentence.start)
    when = mention.date
    if anchor is None or when is None or when.end is None or not mention.date_explicit:
        return False
    return (anchor - date.fromisoformat(when.end)).days > 365
