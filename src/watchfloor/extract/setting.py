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
from watchfloor.extract.placing import EventPlace, place_from_context, place_in_sentence
from watchfloor.geo.gazetteer import gazetteer
from watchfloor.geo.mentions import nationalities
from watchfloor.models import EventMention, FieldSpan, Location

# Events a state's own forces carry out at home unless the text says where: "The Pakistani
# military said jets had struck hideouts", "Nigerian police arrested ..." (not warnings: an
# embassy warns its citizens about the country it sits in)
_DONE_AT_HOME = frozenset({"military_operation", "arrest"})


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
    where = place_in_sentence(sentence, tokens) or _borrowed_place(ctx, mention, sentence)
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


def _borrowed_place(ctx: DocContext, mention: EventMention, sentence: Sentence):
    """The place of the sentences around, unless the forces the sentence names are another
    country's own (then their country: "The Pakistani military said jets had struck ...")."""
    around = place_from_context(ctx, sentence)
    home = _forces_home(ctx, mention, sentence)
    if home is not None and (
        around is None or around.location.country_code != home.location.country_code
    ):
        return home
    return around


def _forces_home(ctx: DocContext, mention: EventMention, sentence: Sentence) -> EventPlace | None:
    """An unplaced operation or arrest whose sentence names the nationality of one of
    the countries the article's places lie in ("The Pakistani military said ..." in a story
    about Afghanistan and Pakistan) happened in that country, not in the one the article
    names most."""
    if mention.type not in _DONE_AT_HOME:
        return None
    for ent, code in nationalities(sentence.ents):
        if ctx.countries.get(code, 0) < 1:
            continue
        name = gazetteer().country_names.get(code)
        location = Location(None, None, name, code, precision="country")
        return EventPlace(location, ent.start_char, ent.end_char, explicit=False)
    return None
