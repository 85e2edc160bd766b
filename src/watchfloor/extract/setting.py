"""When and where an event mention happened, filled the same way for every event type.

The date and the place of the event's own sentence (``dating.date_in_sentence``,
``placing.place_in_sentence``) are explicit: they decide which mentions are one incident. When
the sentence gives none, the sentences around it are read (``date_from_context``,
``place_from_context``): a borrowed date or place fills the record but never decides which
mentions are the same incident ("As the forces returned, gunmen laid an ambush").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import before_what_it_preceded, date_borrowed, date_in_sentence
from watchfloor.extract.placing import EventPlace, place_from_context, place_in_sentence
from watchfloor.geo.gazetteer import gazetteer
from watchfloor.geo.mentions import nationalities
from watchfloor.models import DateSpan, EventMention, FieldSpan, Location

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
            own = sentence.start <= borrowed.start < sentence.end  # "released ... on Oct. 3"
            mention.date = borrowed.span if own else before_what_it_preceded(borrowed.span, tokens)
        else:  # "came days after X published ...", in a story of the day: days before it
            anchor = ctx.document.anchor_for(sentence.start)
            if anchor is not None:
                today = DateSpan(anchor.isoformat(), anchor.isoformat(), "day", None)
                earlier = before_what_it_preceded(today, tokens)
                mention.date = earlier if earlier is not today else None
    where = place_in_sentence(sentence, tokens)
    if where is not None:
        where = _unless_told_of_someone_else(sentence, mention, tokens, where)
    else:
        where = _borrowed_place(ctx, mention, sentence, tokens)
    if where is not None:
        mention.location, mention.location_explicit = where.location, where.explicit
        mention.fields.append(
            FieldSpan("location", where.start, where.end, where.location.name or "")
        )


def told_long_before(
    ctx: DocContext, mention: EventMention, sentence: Sentence, days: int = 365
) -> bool:
    """The mention's own sentence dates it more than ``days`` (a year) before the article:
    history recalled in passing ("he was arrested in 2015" in a 2021 story), not news."""
    anchor = ctx.document.anchor_for(sentence.start)
    when = mention.date
    if anchor is None or when is None or when.end is None or not mention.date_explicit:
        return False
    return (anchor - date.fromisoformat(when.end)).days > days


# how long before the story a month must have ended for an event dated only by it to be
# history: "last month" (a few weeks) is news, "in January" in a May story is not
MONTH_GONE_DAYS = 60


def dated_to_a_month_gone(
    ctx: DocContext, mention: EventMention, sentence: Sentence, days: int = MONTH_GONE_DAYS
) -> bool:
    """ "El Menchito was arrested in January" in a May story, "the group pledged allegiance in
    a video in August" in a November one: an event dated by one month alone, which ended months
    before the story, is recalled in passing (news gives its day or week); "last month" and
    spans ("between May and July") stay."""
    anchor = ctx.document.anchor_for(sentence.start)
    when = mention.date
    if anchor is None or when is None or not mention.date_explicit or when.precision != "month":
        return False
    if not when.start or not when.end or when.start[:7] != when.end[:7]:
        return False
    return (anchor - date.fromisoformat(when.end)).days > days


def a_month_before_last(anchor: date, span: DateSpan) -> bool:
    """ "a suicide bomber killed 70 people in August" in an October story (however late in
    October): a time told by one month alone, when that month is the one before last or
    earlier, is history recalled; "in September" (last month) may still be news."""
    if span.precision != "month" or not span.start or not span.end:
        return False
    if span.start[:7] != span.end[:7]:
        return False  # "between May and July": a span, not a month
    year, month = (int(part) for part in span.end[:7].split("-"))
    return (anchor.year * 12 + anchor.month) - (year * 12 + month) >= 2


def _borrowed_place(ctx: DocContext, mention: EventMention, sentence: Sentence, tokens: list):
    """The seat of the police who tell of their own arrest ("Police in Peshawar said they had
    detained ..."); else the place of the sentences around, unless the forces the sentence names
    are another country's own (then their country: "The Pakistani military said jets had
    struck ..."), or the sentence points back at that place ("struck targets around the
    town")."""
    seat = _seat_of_the_teller(mention, sentence, tokens)
    if seat is not None:
        return seat
    around = place_from_context(ctx, sentence)
    home = _forces_home(ctx, mention, sentence)
    if home is not None and around is not None and _listed_with_forces_of(sentence, home, around):
        return around  # "Rwandan and Mozambican troops killed nine insurgents": at home, jointly
    if home is not None and (
        around is None or around.location.country_code != home.location.country_code
    ):
        return around if around is not None and _points_back_at_a_place(sentence) else home
    return around


def _listed_with_forces_of(sentence: Sentence, home: EventPlace, where: EventPlace) -> bool:
    """ "Rwandan and Mozambican troops": the nationality that made the force's home is listed
    with that of the country the place lies in, as owners of one force."""
    code = where.location.country_code
    for ent, c in nationalities(sentence.ents):
        if c != code:
            continue
        root = ent.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.i != ent.root.i and home.start <= root.idx < home.end:
            return True
    return False


def _seat_of_the_teller(mention: EventMention, sentence: Sentence, tokens: list):
    """ "Police in Kayes said they had arrested a dozen people": the place of the force that
    says it made the arrest (the subject of the verb of saying the arrest is told under) is
    where it was made, when the sentence places the arrest nowhere else."""
    if mention.type != "arrest":
        return None
    sayings = {t.i for tok in tokens for t in tok.ancestors if t.lemma_.lower() in _SAYING_LEMMAS}
    for start, end, location, words in sentence.places:
        prep = words.root.head
        teller = prep.head
        if words.root.dep_ != "pobj" or prep.lower_ != "in" or teller.dep_ != "nsubj":
            continue
        if teller.head.i in sayings and teller.head.i != teller.i:
            return EventPlace(location, start, end, explicit=False)
    return None


@cache
def _place_pointed_back_at() -> re.Pattern:
    nouns = "|".join(map(re.escape, load_toml("geo.toml")["settlement_nouns"]))
    return re.compile(rf"\b(?:the|that) (?:{nouns})\b(?! of\b)", re.IGNORECASE)


def _points_back_at_a_place(sentence: Sentence) -> bool:
    """ "warplanes struck targets around the town": a settlement named before is this one."""
    return bool(_place_pointed_back_at().search(sentence.text))


@cache
def _forces_abroad() -> frozenset[str]:
    return frozenset(load_toml("geo.toml")["forces_abroad"])


def _forces_home(ctx: DocContext, mention: EventMention, sentence: Sentence) -> EventPlace | None:
    """An unplaced operation or arrest whose sentence names the nationality of one of
    the countries the article's places lie in ("The Pakistani military said ..." in a story
    about Afghanistan and Pakistan) happened in that country, not in the one the article
    names most. The country of the force that made an arrest, or that tells of it, comes
    first ("Ethiopia's intelligence service said it had detained 17 people in the Somali and
    Oromia regions")."""
    if mention.type not in _DONE_AT_HOME:
        return None
    own = _home_of_the_arresting_force(sentence, mention)
    if own is not None:
        return own
    doers = _arresting_force(sentence, mention)
    top = max(ctx.countries.values(), default=0)
    for ent, code in nationalities(sentence.ents):
        if _people_taken(ent) or not _names_whose(ent) or _only_helping(ent):
            continue
        if ctx.countries.get(code, 0) < 1 and ent.root.i not in doers:
            continue
        if code in _forces_abroad() and ctx.countries.get(code, 0) < top:
            continue  # "American aircraft struck ..." in a story about Afghanistan: abroad
        name = gazetteer().country_names.get(code)
        location = Location(None, None, name, code, precision="country")
        return EventPlace(location, ent.start_char, ent.end_char, explicit=False)
    return None


def _unless_told_of_someone_else(
    sentence: Sentence, mention: EventMention, tokens: list, where: EventPlace
) -> EventPlace:
    """ "French police detained 29 people in an investigation into a network that sent money
    to jihadists in northwestern Syria": a place told in a clause about someone the arrest
    names, in another country than the arresting force's, is theirs; the force arrested at
    home."""
    if mention.type != "arrest":
        return where
    home = _home_of_the_arresting_force(sentence, mention)
    if home is None or home.location.country_code == where.location.country_code:
        return where
    words = sentence.span.doc.char_span(where.start, where.end, alignment_mode="expand")
    if words is None or _told_of_the_arrest(words.root, tokens):
        return where
    return EventPlace(home.location, home.start, home.end, explicit=True)


def _told_of_the_arrest(word, tokens: list) -> bool:
    """No clause or apposition about someone or something the arrest names stands between
    the place and the arrest's words, nor a clause that dates it by another act ("a day after
    Italian police shot Amri dead near Milan"). (``placing._told_of_the_event`` asks the
    opposite: whether the event's words are reached at all.)"""
    ours = {t.i for t in tokens}
    for up in [word, *word.ancestors]:
        if up.i in ours:
            return True
        if up.dep_ in ("relcl", "acl", "appos"):
            return False
        if up.dep_ == "advcl" and _time_mark(up) is not None:
            return False
    return True


def _home_of_the_arresting_force(sentence: Sentence, mention: EventMention) -> EventPlace | None:
    """The country of the force that made the arrest or tells of it, by its nationality
    ("Tunisian counter-terrorism police detained ...", "Pakistani officials said two of his
    associates were detained ...") or its country's name ("Ethiopia's National Intelligence
    and Security Service said it had detained ...", "Tunisia detains three")."""
    if mention.type != "arrest":
        return None
    force = _arresting_force(sentence, mention) | _teller_of(sentence, mention)
    gaz = gazetteer()
    for ent in sentence.ents:
        if ent.root.i not in force:
            continue
        code = None
        if ent.label_ == "NORP":
            code = gaz.demonym_country(ent.text)
        elif ent.label_ == "GPE" and ent.root.dep_ in ("poss", "nsubj"):
            place = gaz.resolve(ent.text)
            code = place.country_codes[0] if place is not None and place.kind == "country" else None
        if code is None:
            continue
        location = Location(None, None, gaz.country_names.get(code), code, precision="country")
        return EventPlace(location, ent.start_char, ent.end_char, explicit=False)
    return None


def _teller_of(sentence: Sentence, mention: EventMention) -> set[int]:
    """The words of the subject of the verb of saying the event is told under ("Pakistani
    officials said ...")."""
    trigger = _trigger_words(sentence, mention)
    if trigger is None:
        return set()
    for up in trigger.root.ancestors:
        if up.lemma_.lower() in _SAYING_LEMMAS:
            return {t.i for c in up.children if c.dep_ == "nsubj" for t in c.subtree}
    return set()


def _trigger_words(sentence: Sentence, mention: EventMention):
    if mention.trigger is None:
        return None
    return sentence.span.doc.char_span(
        mention.trigger.start, mention.trigger.end, alignment_mode="expand"
    )


def _names_whose(ent) -> bool:
    """A nationality that says whose someone or something is ("Italian police"), not a
    person ("an Italian who was held hostage") nor a place ("the Somali and Oromia regions",
    "near the Nigerian border")."""
    if ent.root.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = ent.root.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() not in _place_nouns()


def _only_helping(ent) -> bool:
    """ "police units, supported by Kenyan officers, entered Pont-Sonde": a force told as
    backing another is abroad; the force it backs is at home."""
    for up in ent.root.ancestors:
        if up.dep_ == "agent":
            return up.head.lemma_.lower() in _cues_of_help()
        if up.pos_ in ("VERB", "AUX"):
            return False
    return False


@cache
def _cues_of_help() -> frozenset[str]:
    return frozenset(load_toml("geo.toml")["helping_verbs"])


@cache
def _place_nouns() -> frozenset[str]:
    """Nouns a nationality names a place with ("the Somali region", "near the Nigerian
    border"), not a force."""
    data = load_toml("geo.toml")
    return frozenset(data["place_nouns"]) | frozenset(data["border_nouns"])


def _arresting_force(sentence: Sentence, mention: EventMention) -> set[int]:
    """The words of the force that made an arrest ("Spanish officers arrested nine people"):
    police arrest at home, whether or not the article names their country as a place."""
    words = _trigger_words(sentence, mention) if mention.type == "arrest" else None
    if words is None:
        return set()
    verb = words.root
    return {
        t.i
        for c in verb.children
        if c.dep_ in ("nsubj", "agent")
        for t in c.subtree
    }


def _people_taken(ent) -> bool:
    """ "detained three Afghan men": the nationality of the people taken, not of the force."""
    return bool(_people_nouns().fullmatch(ent.root.head.text)) and ent.root.head.i != ent.root.i


@cache
def _people_nouns() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_toml("arrests.toml")["people"]), re.I)


# marks of a clause that only dates another event ("after he was arrested")
_TIME_MARKS = frozenset({"after", "before", "since"})


# a clause that dates another event tells news when its own date ends this close to the story
RECENT_DAYS = 45


def told_as_time_of_another(
    ctx: DocContext, mention: EventMention, sentence: Sentence, tokens: list
) -> bool:
    """The event is told in a clause that dates another one ("Fazlullah became chief after his
    predecessor was killed in a drone strike last November", "escaped on Wednesday, days after
    he was arrested"): background, unless the clause gives it a day of its own ("the attack
    came two days after troops killed five militants in a raid on Monday") or a recent date
    ("after his predecessor died in a U.S. raid last month")."""
    found = next((_time_clause(t) for t in tokens if _time_clause(t) is not None), None)
    if found is None:
        return False
    clause, mark = found
    start = mark.idx + len(mark.text)
    end = clause.right_edge.idx + len(clause.right_edge.text)
    own_date = any(f.field == "date" and start <= f.start < end for f in mention.fields)
    when = mention.date
    if not own_date or when is None or not when.end:
        return True
    anchor = ctx.document.anchor_for(sentence.start)
    recent = anchor is not None and (anchor - date.fromisoformat(when.end)).days <= RECENT_DAYS
    return when.precision != "day" and not recent


def _time_clause(token):
    """The "after", "before" or "since" clause the token is told in, if any, below the
    clause of the sentence's own verb, with its mark: ``(verb, mark)``."""
    for up in [token, *token.ancestors]:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        mark = _time_mark(up)
        if up.dep_ == "advcl" and mark is not None:
            return up, mark
        mark = _mark_read_as_preposition(up)
        if mark is not None:
            return up, mark
        if up.dep_ in ("ROOT", "ccomp"):
            return None
    return None


def _time_mark(verb):
    """The "after", "before" or "since" that opens the verb's clause, if any."""
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS), None)


def _mark_read_as_preposition(verb):
    """ "became chief after his predecessor, X, was killed in a drone strike": the parser often
    reads "after" as a preposition of the main verb, its subject as the object, and the
    clause's verb as a second verb of the sentence ("became ... and was killed"). A verb so
    joined, with an auxiliary but no subject of its own, after such a preposition, is the time
    clause."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "prep"
            and c.lower_ in _TIME_MARKS
            and verb.head.i < c.i < verb.i
            and any(o.dep_ == "pobj" for o in c.children)
        ),
        None,
    )


def dated_to_a_past_year(ctx: DocContext, mention: EventMention, sentence: Sentence) -> bool:
    """ "Africa Command conducted 63 air strikes in Somalia last year", "a military court
    sentenced him to death in absentia last year": an operation or arrest dated only by a year
    before the story's is background (news gives the day, the week or the month)."""
    anchor = ctx.document.anchor_for(sentence.start)
    when = mention.date
    if anchor is None or when is None or not mention.date_explicit or not when.end:
        return False
    return when.precision in ("year", "decade") and int(when.end[:4]) < anchor.year


_SAYING_LEMMAS = frozenset({"say", "tell", "announce", "report", "claim", "state", "add"})


def said_long_before(ctx: DocContext, mention: EventMention, sentence: Sentence, token) -> bool:
    """ "Russia's defence ministry said in June 2017 that Baghdadi might have been killed in a
    Russian air strike", in a 2019 story: an event with no date of its own, told as what was
    said more than a year before the story, is history."""
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None or mention.date_explicit:
        return False
    sayings = {t.i for t in token.ancestors if t.lemma_.lower() in _SAYING_LEMMAS}
    for _, _, span, words in sentence.dates:
        if not span.end or (anchor - date.fromisoformat(span.end)).days <= 365:
            continue
        head = words.root.head
        if head.dep_ == "prep":  # "said in June 2017"
            head = head.head
        if head.i in sayings:
            return True
    return False
