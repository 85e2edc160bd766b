"""Dates counted from another event the article tells.

"Five days before the enclave fell, the group published a recording", "two days after the
bombing, police arrested three men", "suspended accounts within hours of its release": the
event's day is the other event's day, moved by the count. The other event is found by its word
(the verb or noun after "before", "after", "within ... of") among the article's other dated
events: one whose trigger has the same lemma, else one of the type the word names
(``time.toml``: ``counted_from_types``; "the bombing" is the article's attack), else a sentence
that gives that word a day; a name on the word ("the Manda Bay assault", "before Haniyeh died")
picks the event told with that name. "Within hours", said alone, counts from the event told
just before; "on the evening of the attack" is the attack's day; "in the same video" takes the
day of the video told before.

Conservative: only events their own sentence leaves without a date are re-dated, and with no
other event found (or no day for it) the date stays the borrowed one it had.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from watchfloor.data import load_toml
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import said_on
from watchfloor.extract.syntax import doc_text, hanging_off, tree_distance
from watchfloor.models import DateSpan, EventMention, FieldSpan
from watchfloor.text.numbers import small_number

_TYPES_OF_WORD: dict[str, frozenset[str]] = {}
for _type, _words in load_toml("time.toml")["counted_from_types"].items():
    for _word in _words:
        _TYPES_OF_WORD[_word] = _TYPES_OF_WORD.get(_word, frozenset()) | {_type}

_UNIT_DAYS = {"minute": 0, "hour": 0, "day": 1, "night": 1, "week": 7}
_PARTS_OF_DAY = frozenset({"day", "night", "evening", "morning", "afternoon"})
_DIRECTIONS = {"before": -1, "after": 1, "within": 0}
# How far from the event's word the counted phrase may hang (edges, not across a verb of saying)
_REACH = 5
# "within hours", said alone: the event told this many sentences before at most
_JUST_BEFORE = 2


@dataclass(frozen=True)
class CountedPhrase:
    link: object  # the token "before", "after" or "within"
    other: object | None  # the other event's word; None for "within hours" said alone
    days: int  # the count in days (0 for hours)
    direction: int  # -1 before, 1 after, 0 within
    start: int  # offsets of the words in the document
    end: int
    text: str


def date_counted_from_events(ctx: DocContext, mentions: list[EventMention]) -> None:
    """Re-date, in place and in article order, the mentions their own sentence leaves undated
    but counts from another event the article dates."""
    for mention in sorted(mentions, key=lambda m: m.sentence_index):
        sentence = ctx.sentences[mention.sentence_index]
        trigger = _trigger_word(sentence, mention)
        if trigger is None:
            continue
        if mention.date_explicit and not _dated_only_by_saying(sentence, mention, trigger):
            _day_told_hours_apart(ctx, mention, sentence, trigger)
            continue
        phrase = _phrase_governing(counted_phrases(sentence), trigger)
        if phrase is None:
            _date_of_the_same_occasion(ctx, mentions, mention, sentence, trigger)
            continue
        found = _day_of_other_event(ctx, mentions, mention, phrase)
        if found is None:
            continue
        span, explicit = found
        mention.date, mention.date_explicit = span, explicit
        mention.fields = [f for f in mention.fields if f.field != "date"]
        mention.fields.append(FieldSpan("date", phrase.start, phrase.end, phrase.text))


def _dated_only_by_saying(sentence: Sentence, mention: EventMention, trigger) -> bool:
    """ "The army said on Aug. 26 that its drones had struck the column the day after the
    massacre": the day found is the saying's, not the strike's; a count from another event
    in the strike's own clause dates it better."""
    field = next((f for f in mention.fields if f.field == "date"), None)
    if field is None:
        return False
    words = next((d[3] for d in sentence.dates if d[0] == field.start), None)
    return words is not None and said_on(words, [trigger])


def _date_of_the_same_occasion(
    ctx: DocContext, mentions: list[EventMention], mention: EventMention, sentence, trigger
) -> None:
    """ "Awlaki, in the same video, renewed the oath": the day of the video told before, not a
    day borrowed from the sentences around."""
    noun = _same_noun_near(sentence, trigger)
    if noun is None:
        return
    lemma = noun.lemma_.lower()
    told = [
        m
        for m in mentions
        if m.sentence_index < mention.sentence_index
        and _one_day(m.date)
        and (m.type in _TYPES_OF_WORD.get(lemma, ()) or _trigger_lemma(ctx, m) == lemma)
        and ctx.document.anchor_for(ctx.sentences[m.sentence_index].start)
        == ctx.document.anchor_for(sentence.start)
    ]
    chosen = _nearest(told, mention.sentence_index)
    if chosen is None:
        return
    mention.date, mention.date_explicit = chosen.date, False
    mention.fields = [f for f in mention.fields if f.field != "date"]


def _same_noun_near(sentence: Sentence, trigger):
    """The noun of "in the same video" hung near the event's word (not a time: "the same
    day" is the time stage's)."""
    if not sentence.parsed:
        return None
    for word in sentence.span:
        noun = word.head
        if word.lower_ != "same" or word.dep_ != "amod" or noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() in _UNIT_DAYS or noun.lemma_.lower() in _PARTS_OF_DAY:
            continue
        distance, crosses = tree_distance(noun, trigger)
        if not crosses and distance <= _REACH:
            return noun
    return None


def _day_told_hours_apart(
    ctx: DocContext, mention: EventMention, sentence: Sentence, trigger
) -> None:
    """ "bombed Derna on Monday, hours after the group released a video", and elsewhere "the
    video appeared on Sunday": an event counted hours from the sentence's day may fall on the
    day before (or after) it; the day another sentence gives the same word decides."""
    when = mention.date
    if when is None or when.precision != "day" or not when.start or when.start != when.end:
        return
    for phrase in counted_phrases(sentence):
        if phrase.other is None or phrase.days != 0 or not _inside(trigger, phrase):
            continue
        day = date.fromisoformat(when.start)
        # "hours after the release": the release is hours before the day; "hours before": after
        other_day = -1 if phrase.direction > 0 else 1
        told = _day_told_of_word(ctx, sentence, trigger.lemma_.lower())
        if told is not None and _day(told) in (day, day + timedelta(days=other_day)):
            mention.date = told
        return


def counted_phrases(sentence: Sentence) -> list[CountedPhrase]:
    """ "five days before the enclave fell", "a week before the elections", "hours after the
    attack", "within hours of its release", "within hours": the sentence's counts from
    another event."""
    if not sentence.parsed:
        return []
    found = []
    for word in sentence.span:
        same_day = _day_of(word)
        if same_day is not None:
            found.append(same_day)
        direction = _DIRECTIONS.get(word.lower_)
        if direction is None:
            continue
        phrase = _within(word) if direction == 0 else _before_or_after(word, direction)
        if phrase is not None:
            found.append(phrase)
    return found


def _before_or_after(word, direction: int) -> CountedPhrase | None:
    """ "five days before the enclave fell" (a clause) or "two days after the bombing" (a noun),
    with the count hung off the word, the clause's verb or the word's head."""
    if word.dep_ == "mark" and word.head.pos_ in ("VERB", "AUX"):
        other, holders = word.head, [word, word.head]
    elif word.dep_ == "prep":
        nouns = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if not nouns:
            return None
        # spaCy hangs "the day" of "the day after the massacre" off the word "after" follows
        other, holders = nouns[0], [word, word.head]
    else:
        return None
    counts = [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ == "npadvmod" and c.i < word.i and c.lemma_.lower() in _UNIT_DAYS
    ]
    if _is_count(word.head) and word.dep_ == "prep":
        counts.append(word.head)  # "Hours before the bombings": spaCy hangs "before" off "Hours"
    days = _days_counted(counts[0]) if counts else None
    if days is None:
        return None
    return _phrase(word, other, days * direction, direction, counts[0])


def _day_of(word) -> CountedPhrase | None:
    """ "on the evening of the attack", "the night of the raid": the other event's own day."""
    part = word.head
    if word.lower_ != "of" or word.dep_ != "prep" or part.lemma_.lower() not in _PARTS_OF_DAY:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in part.children):
        return None
    nouns = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not nouns:
        return None
    return _phrase(word, nouns[0], 0, 1, part)


def _is_count(word) -> bool:
    return word.dep_ == "npadvmod" and word.lemma_.lower() in _UNIT_DAYS


def _within(word) -> CountedPhrase | None:
    """ "within hours of its release", "within two days of the attack", "within hours"."""
    if word.dep_ != "prep":
        return None
    spans = [c for c in word.children if c.dep_ == "pobj" and c.lemma_.lower() in _UNIT_DAYS]
    if not spans:
        return None
    days = _days_counted(spans[0])
    if days is None:
        return None
    others = [
        noun
        for of in spans[0].children
        if of.dep_ == "prep" and of.lower_ == "of"
        for noun in of.children
        if noun.dep_ == "pobj" and noun.pos_ == "NOUN"
    ]
    if others:
        return _phrase(word, others[0], max(days, 1), 0, word)
    if days != 0:
        return None  # "within two days" said alone: of what is not told
    # "claimed the attack within the hour": hours from the event the verb takes, on which
    # the parse may hang the phrase (not "suspended the accounts ... within hours")
    head = word.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        objects = [head]
    else:
        objects = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        objects = objects if head.pos_ == "VERB" else []
    events = [t for t in objects if t.lemma_.lower() in _TYPES_OF_WORD]
    if events and events[0].i < word.i:
        return _phrase(word, events[0], 0, 0, word, last=spans[0])
    return _phrase(word, None, 0, 0, word, last=spans[0])


def _days_counted(noun) -> int | None:
    """Days in "five days", "a week", "hours" (0: the same day); None for "days" uncounted."""
    unit = _UNIT_DAYS[noun.lemma_.lower()]
    if unit == 0:
        return 0  # "hours", "a few hours", "six hours": the same day
    numbers = [c for c in noun.children if c.dep_ == "nummod"]
    if numbers:
        how_many = small_number(numbers[0].text)
    else:
        # "a day after", "the day before the vote", "the week after the fall"
        one = ("a", "an", "one", "the")
        how_many = 1 if any(c.lower_ in one for c in noun.children) else None
    return how_many * unit if how_many else None


def _phrase(word, other, days: int, direction: int, first, last=None) -> CountedPhrase:
    last = last if last is not None else other
    begin = min(t.idx for t in first.subtree) if first is not word else word.idx
    end = last.idx + len(last.text)
    text = doc_text(word.doc)[begin:end]
    return CountedPhrase(word, other, days, direction, begin, end, text)


def _phrase_governing(phrases: list[CountedPhrase], trigger) -> CountedPhrase | None:
    """The phrase that dates the event: hung near its word (not across a verb of saying), or
    put before the whole sentence ("Five days before the enclave fell, the group published
    a recording in which he told ...") and so over every event in it. Not a phrase whose
    other event is the event itself ("hours after the group released a video")."""
    for phrase in phrases:
        if phrase.other is not None and _inside(trigger, phrase):
            continue
        distance, crosses = tree_distance(phrase.link, trigger)
        if (not crosses and distance <= _REACH) or _fronted(phrase):
            return phrase
        if _within_of_the_verbs_object(phrase) and _verb_over(phrase.link) == _verb_over(trigger):
            return phrase  # "claimed the attack within the hour in a statement": one verb's
    return None


def _within_of_the_verbs_object(phrase: CountedPhrase) -> bool:
    """ "claimed the attack within the hour": hours counted from what the verb takes."""
    other = phrase.other
    return (
        phrase.direction == 0 and other is not None and other.dep_ == "dobj"
        and other.head.pos_ == "VERB"
    )


def _verb_over(word) -> int:
    """The index of the first verb at or above the word (-1 for none)."""
    return next((t.i for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), -1)


def _inside(trigger, phrase: CountedPhrase) -> bool:
    clause = phrase.other if phrase.link.dep_ == "mark" else phrase.link
    return any(t.i == trigger.i for t in clause.subtree)


def _fronted(phrase: CountedPhrase) -> bool:
    head = phrase.link.head if phrase.link.dep_ == "mark" else phrase.link
    root = head.head
    return head.dep_ in ("advcl", "prep") and root.dep_ == "ROOT" and head.i < root.i


def _trigger_word(sentence: Sentence, mention: EventMention):
    words = sentence.span.doc.char_span(
        mention.trigger.start, mention.trigger.end, alignment_mode="expand"
    )
    return words.root if words is not None else None


def _day_of_other_event(
    ctx: DocContext, mentions: list[EventMention], mention: EventMention, phrase: CountedPhrase
) -> tuple[DateSpan, bool] | None:
    """The event's date counted from the other event's (and whether it is explicit)."""
    if phrase.other is None:
        told = _event_told_just_before(ctx, mentions, mention)
        if told is None:
            return None
        return DateSpan(told.start, told.end, told.precision, phrase.text), False
    if _within_of_the_verbs_object(phrase):
        # "claimed the attack within the hour": only in a sentence that tells no day, from the
        # attack told before (the day the story gave the mention stands)
        if mention.date is not None:
            return None
        day = _day_of_event_told_before(mentions, mention, phrase.other)
    else:
        day = _day_of_event_named(ctx, mentions, mention, phrase.other)
    if day is None:
        return None
    if phrase.direction == 0:  # "within hours of": that day and the next
        first, last = day, day + timedelta(days=phrase.days)
    else:
        first = last = day + timedelta(days=phrase.days)
    anchor = ctx.document.anchor_for(ctx.sentences[mention.sentence_index].start)
    if phrase.direction == 0 and anchor is not None and first <= anchor < last:
        last = anchor  # "within hours of" Thursday's verdict, told on Thursday: that day
    if anchor is not None and last > anchor:
        return None  # counted past publication: not the reading the article meant
    return DateSpan(first.isoformat(), last.isoformat(), "day", phrase.text), True


def _event_told_just_before(
    ctx: DocContext, mentions: list[EventMention], mention: EventMention
) -> DateSpan | None:
    """ "Some of those channels moved within hours": the date of the event told in the
    sentences just before, in the same post; a day told in a sentence between them is nearer
    ("Sunday brought the heaviest blow. Within hours the insurgents took ...")."""
    anchor = ctx.document.anchor_for(ctx.sentences[mention.sentence_index].start)
    before = [
        m
        for m in mentions
        if mention.sentence_index - _JUST_BEFORE <= m.sentence_index < mention.sentence_index
        and m.date is not None
        and m.date.start
        and m.date_explicit
        and ctx.document.anchor_for(ctx.sentences[m.sentence_index].start) == anchor
    ]
    told = max(before, key=lambda m: m.sentence_index) if before else None
    first = told.sentence_index + 1 if told is not None else mention.sentence_index
    for sentence in reversed(ctx.sentences[first : mention.sentence_index]):
        days = [d[2] for d in sentence.dates if d[2].precision == "day" and d[2].start]
        if len(days) == 1 and ctx.document.anchor_for(sentence.start) == anchor:
            return days[0]
    return told.date if told is not None else None


def _day_of_event_named(
    ctx: DocContext, mentions: list[EventMention], mention: EventMention, word
) -> date | None:
    """The day of the event ``word`` names: an event of the same word, else of the type the
    word names (nearest told before, else first told after), else a sentence giving the word
    a day."""
    lemma = word.lemma_.lower()
    names = _names_of(word)
    others = _telling_names(ctx, mentions, mention, names)
    others = others or _dated_others(ctx, mentions, mention)
    same_word = [m for m in others if _trigger_lemma(ctx, m) == lemma]
    same_type = [m for m in others if m.type in _TYPES_OF_WORD.get(lemma, ())]
    # "a day before Haddad died": whatever event tells Haddad's fate tells its day
    fate = [m for m in others if _tells(ctx.sentences[m.sentence_index], names)]
    fate = fate if word.pos_ in ("VERB", "AUX") else []
    for group in (same_word, same_type, fate):
        chosen = _nearest(group, mention.sentence_index)
        if chosen is not None:
            return date.fromisoformat(chosen.date.start)
    told = _day_told_of_word(ctx, ctx.sentences[mention.sentence_index], lemma)
    return _day(told) if told is not None else None


def _day_of_event_told_before(mentions: list[EventMention], mention: EventMention, word):
    """ "claimed the attack within the hour": the day of the latest event of the kind the word
    names told before, however it was dated (the attack told below the lead that dates it)."""
    lemma = word.lemma_.lower()
    before = [
        m
        for m in mentions
        if m.sentence_index < mention.sentence_index
        and m.type in _TYPES_OF_WORD.get(lemma, ())
        and _one_day(m.date)
    ]
    chosen = _nearest(before, mention.sentence_index)
    return date.fromisoformat(chosen.date.start) if chosen is not None else None


def _names_of(word) -> list[str]:
    """The names that set the other event apart: "the Manda Bay assault", "before Haniyeh
    died" (a proper noun modifying the noun, or the verb's subject)."""
    deps = ("nsubj", "nsubjpass") if word.pos_ in ("VERB", "AUX") else ("compound", "poss")
    heads = [c for c in word.children if c.dep_ in deps and c.pos_ == "PROPN"]
    return [" ".join(t.text for t in h.subtree if t.pos_ == "PROPN") for h in heads]


def _telling_names(
    ctx: DocContext, mentions: list[EventMention], mention: EventMention, names: list[str]
) -> list[EventMention]:
    """Other events of the post dated to one day whose sentence tells one of the names, also
    when the day is borrowed ("the Manda Bay airstrip" told below the lead that dates it)."""
    if not names:
        return []
    anchor = ctx.document.anchor_for(ctx.sentences[mention.sentence_index].start)
    dated = [
        m
        for m in mentions
        if m.sentence_index != mention.sentence_index
        and _one_day(m.date)
        and ctx.document.anchor_for(ctx.sentences[m.sentence_index].start) == anchor
    ]
    telling = [m for m in dated if _tells(ctx.sentences[m.sentence_index], names)]
    if telling:
        return telling
    # a sentence without an event tells the name: it goes on with the event told before it
    first = next(
        (
            s.index
            for s in ctx.sentences
            if s.index != mention.sentence_index
            and ctx.document.anchor_for(s.start) == anchor
            and _tells(s, names)
        ),
        None,
    )
    return [m for m in dated if first is not None and m.sentence_index <= first]


def _tells(sentence: Sentence, names: list[str]) -> bool:
    return any(name in sentence.text for name in names)


def _one_day(span: DateSpan | None) -> bool:
    return span is not None and span.precision == "day" and bool(span.start) and span.start == span.end


def _day(span: DateSpan) -> date:
    return date.fromisoformat(span.start)


def _dated_others(
    ctx: DocContext, mentions: list[EventMention], mention: EventMention
) -> list[EventMention]:
    """Other events of the same post, outside the mention's sentence, dated to one day by their
    own sentence (also by the day of its saying: "said on Saturday that they had captured")."""
    anchor = ctx.document.anchor_for(ctx.sentences[mention.sentence_index].start)
    return [
        m
        for m in mentions
        if m.sentence_index != mention.sentence_index
        and _dated_by_own_sentence(ctx, m)
        and m.date is not None
        and m.date.precision == "day"
        and m.date.start
        and m.date.start == m.date.end
        and ctx.document.anchor_for(ctx.sentences[m.sentence_index].start) == anchor
    ]


def _dated_by_own_sentence(ctx: DocContext, mention: EventMention) -> bool:
    """Explicit, or dated by words of its own sentence (not by a neighbour's)."""
    if mention.date_explicit:
        return True
    own = ctx.sentences[mention.sentence_index].dates
    return any(span == mention.date for _, _, span, _ in own)


def _nearest(group: list[EventMention], index: int) -> EventMention | None:
    before = [m for m in group if m.sentence_index < index]
    if before:
        return max(before, key=lambda m: m.sentence_index)
    return min(group, key=lambda m: m.sentence_index) if group else None


def _trigger_lemma(ctx: DocContext, mention: EventMention) -> str | None:
    word = _trigger_word(ctx.sentences[mention.sentence_index], mention)
    return word.lemma_.lower() if word is not None else None


def _day_told_of_word(ctx: DocContext, sentence: Sentence, lemma: str) -> DateSpan | None:
    """ "the elections", told elsewhere as "the elections on Oct. 20": the one day a day
    hangs off that word in another sentence of the post."""
    anchor = ctx.document.anchor_for(sentence.start)
    days: dict[str, DateSpan] = {}
    for other in ctx.sentences:
        if other.index == sentence.index or ctx.document.anchor_for(other.start) != anchor:
            continue
        if not other.dates or not other.parsed:
            continue
        named = [t for t in other.span if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "VERB")]
        for _, (_, _, span, _) in hanging_off(other.dates, named):
            if span.precision == "day" and span.start and span.start == span.end:
                days.setdefault(span.start, span)
    return next(iter(days.values())) if len(days) == 1 else None
