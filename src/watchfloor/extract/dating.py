"""When an event happened: which of the article's time expressions dates it.

An analyst reads in this order, and so does this module:

1. the expression in the event's own clause, or the nearest one that governs it in the sentence
   (closest in the parse; not across a verb of saying: "police said on Monday");
2. else the paragraph's: the nearest day or week told in the sentences just before it in the
   same post (an event told without a date borrows its neighbour's), or, failing that, a day
   stated in the next sentence of the same paragraph ("The operation took place Saturday");
3. else nothing here: the record gets the article's reporting window when its incident is
   resolved (``resolve``), with precision widened to ``week``.

Periods ("since January 2015", "between May and July") date no event that the clause gives a
day: they are what counts are totted up over. A short one (a month at most: "have struck Idlib
since Sunday", "over the past two weeks") dates an event its clause gives nothing else, and so
does a campaign's course however long ("backed from Aug. 1 by U.S. airstrikes", "seized in an
operation between May and July"); a day that is only the saying's ("police said on Friday they
had arrested 106 people since Nov. 16") gives way to the stretch. A state that "remained" on a
day "three days after the government cut access" began on the day of the cut.

A date that describes one of the event's participants is not the event's: "a Taliban leader
who was responsible for Tuesday's attack" tells when the leader's attack was, not the raid on
him; "Al-Raymi, who took over after his predecessor was killed in 2015, urged ..." tells of the
caller, even as the sentence's only date. The other way round, an event told only in a clause
describing someone or somewhere ("apologised on Tuesday to the people of a village where a drone
strike killed 85", "troops who took back the town are facing attacks, officers said on
Thursday") takes no day from the clause it hangs from, but the one the story goes on to give
it. "After the blast", "since the attack": from the day
the article gave that blast (the first sentence naming it, else the lead when that sentence
gives none) to the publication date.
"Killed in an American drone strike", with no day of its own: the day another sentence of the
post gives that strike ("carried out a strike on June 13"), not the day the death was confirmed.
A day an event "began on" runs to the day it "lasted into"; said alone, it is the first day
only (an assault that "began on Wednesday" may have ended on Saturday, before publication).
A sentence's one date dates its event even deeper in the clause than a date usually reaches
("detonated explosives on a road leading to parliament on Nov. 16"). An event told in a clause
counted from another ("came four days after militants stormed a hotel") is that clause's day
less the count; a count of weeks or months is rough, so it dates the event without setting it
apart from others. A lead whose only date is its saying ("..., police said on Friday", "officials
today confirmed") takes the day the next paragraph tells ("was cornered on Thursday night"),
unless that day is a new occasion's ("said it had carried out a raid on June 13"). A press
release's lead is the first sentence below its heading (release number, dateline). A feed's
later post that confirms the operation its first post told, pointing back at it at the same town
("confirmed today that a bomb maker was one of those detained ... on April 7"), gives that
operation's day: a confirmation is told once the facts are checked.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from watchfloor.data import load_toml
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.syntax import doc_text, hanging_off, told_of_someone, tree_distance
from watchfloor.models import DateSpan
from watchfloor.text.numbers import small_number
from watchfloor.time.find import is_period
from watchfloor.time.resolve import NAMED_DAYS

# How far back an undated event may borrow a date: sentences, and paragraphs
BORROW_SENTENCES = 3
BORROW_PARAGRAPHS = 1
# ... and how far back, paragraphs apart, an event told as what came next ("Troops then took
# the camp") may look for the day of what it followed
SEQUEL_SENTENCES = 5
# The longest stretch ("since Sunday", "the past two weeks") that may date one event, in days
LONGEST_EVENT_STRETCH = 31
# The longest stretch with both ends said ("between May and July") that may date one event
LONGEST_CLOSED_STRETCH = 366
# How deep in the event's clause a sentence's only date may sit and still date it (edges)
_FURTHEST = 8
# Where a noun inside these sits, it describes a participant: "a leader responsible for
# Tuesday's attack", "a commander who was planning attacks during Saturday's election"
_DESCRIPTION_DEPS = frozenset({"relcl", "acl", "amod", "acomp"})
# "After the blast, police issued an alert": the words that date an event by an earlier one
_AFTER_WORDS = frozenset({"after", "following", "since"})
# "since the group's Oct. 7 attack", "after Wednesday's raid": a day another event is counted from
_COUNTED_FROM = frozenset({"after", "following", "since"})
# "killed in an airstrike", "detained during a raid": the occasion another sentence may date
_OCCASION_PREPS = frozenset({"in", "during"})
_OCCASIONS = frozenset(load_toml("time.toml")["occasion_nouns"])
# "carried out a strike", "an air raid hit": an occasion brought in as a new one (not "in a raid")
_NEW_OCCASION = re.compile(
    r"(?<!\bin )(?<!\bduring )\ban?\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(_OCCASIONS, key=len, reverse=True))
    + r")e?s?\b",
    re.I,
)
# An event that is a saying ("said", "a statement"): borrows the day of a saying told before it
_SAYING = frozenset(load_toml("time.toml")["saying_words"])
_SEQUEL_WORDS = frozenset(load_toml("time.toml")["sequel_words"])
_SEQUEL_TIMES = frozenset(load_toml("time.toml")["sequel_times_of_day"])
_SEQUEL_COUNTS = frozenset(load_toml("time.toml")["sequel_short_counts"])
_SEQUEL_OCCASIONS = frozenset(load_toml("time.toml")["sequel_occasions"])
_LATER_HOURS = _SEQUEL_TIMES - {"day"}  # "by evening", not "by day"
# "a day after the blast", "two weeks after gunmen stormed": the units a day is counted back by
_COUNT_UNITS = frozenset({"hour", "day", "week", "month", "year"})
# "remained blocked", "stayed shut": a state going on since the day of another clause
_STATE_VERBS = frozenset(load_toml("time.toml")["continuing_state_verbs"])
# "two weeks after", "five months after": counts too rough to set one incident apart from another
_ROUGH_UNITS = frozenset({"week", "month", "year"})
# "since Aug. 1", "from Aug. 1": a stretch with a first day and no last one said
_OPEN_STRETCH = re.compile(r"(?:since|from)\s(?!.*\s(?:to|until|through)\s)", re.I)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
# "between May and July", "from March to June": a stretch with both ends said
_CLOSED_STRETCH = re.compile(r"between\s|from\s.*\s(?:to|until|through)\s", re.I)
_BEGAN = re.compile(r"\b(?:began|begun|started|broke out|erupted)\s+(?:on\s+|in\s+)?$", re.I)
# "the army confirmed today that a bomb maker was one of those detained ... on April 7"
_CONFIRMING = re.compile(
    r"\b(?:" + "|".join(load_toml("time.toml")["confirming_words"]) + r")\b", re.I
)
_POINTING_BACK = re.compile(
    r"\b(?:" + "|".join(load_toml("time.toml")["pointing_back_words"]) + r")\b", re.I
)
_OCCASION_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_OCCASIONS, key=len, reverse=True)) + r")s?\b", re.I
)
# How far a later post's confirmed day may lie from the day the first post told, in days
CONFIRMED_DAY_REACH = 2
# Places that name where an operation was (a town, a district), not a whole province
_FINE_PLACES = frozenset({"city", "point", "admin2"})
_LASTED = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:lasted|continued|ran|went on|raged|stretched)\s+"
    r"(?:on\s+)?(?:into|until|till|through|to)\s+(?:the\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class EventDate:
    span: DateSpan
    start: int  # offsets of the words it was read from
    end: int
    explicit: bool  # in the event's own sentence (decides which mentions are one incident)


def date_in_sentence(
    sentence: Sentence, tokens: list, ctx: DocContext | None = None
) -> EventDate | None:
    """The date in the event's clause, else the nearest that governs it in the sentence; a
    short stretch when the clause gives no point. ``ctx``: the article, for "began on May 23"
    said alone (to the day its lead tells)."""
    said = _day_said(sentence, tokens)
    attached = [
        a
        for a in hanging_off(sentence.dates, tokens)
        if (
            not _describes_participant(a[1][3], tokens, alone=len(sentence.dates) == 1)
            or _named_day_of_the_gathering(a[1][3])
        )
        and not _names_earlier_event(a[1][3])
        and not earlier_deed_of_another(a[1][3], a[1][2], tokens)
        and not _in_joined_clause_of_its_own(a[1][3], tokens)
        and not _state_still_held(a[1][3], tokens)
        and not event_told_as_description(a[1][3], tokens)
    ]
    points = [a for a in attached if not is_period(a[1][2])]
    stretches = [
        a
        for a in attached
        if is_period(a[1][2]) and (_short_stretch(a[1][2]) or _course_of_campaign(a[1][2], a[1][3]))
    ]
    if not points or (stretches and all(said_on(a[1][3], tokens) for a in points)):
        # "Police said on Friday they had arrested 106 people since Nov. 16": the day is the
        # saying's, the stretch the arrests'
        points = stretches
    if not points:
        points = [
            a
            for a in _only_date_further_down(sentence, tokens)
            if not earlier_deed_of_another(a[1][3], a[1][2], tokens)
        ]
    if not points:
        return _counted_from_clause(sentence, tokens, ctx) if ctx is not None else None
    _, (start, end, span, _) = min(
        points,
        key=lambda a: (
            a[1][2].start is None,
            not _in_own_clause(a[1][3], tokens),
            said_on(a[1][3], tokens),  # "said on Friday they had detained 40 on Wednesday"
            a[0],
        ),
    )
    start, end, span = _narrowed(sentence, tokens, (start, end, span))
    words = next(d[3] for d in sentence.dates if d[0] == start)
    counted, unit = span, None
    if not _in_own_clause(words, tokens):
        counted, unit = _counted_back(words, tokens, span)
    else:
        counted, unit = _state_begun_before(tokens, span)
    # "a month after an airstrike killed him": a rough count dates the strike without setting
    # it apart from the day another sentence gives it ("killed on Sept. 27")
    rough = unit in _ROUGH_UNITS
    span = _stretched(sentence, start, end, counted, ctx)
    span = _as_of_saying(sentence, span, said, ctx)
    finer = _day_of_the_same_occasion(ctx, sentence, tokens, span) if ctx is not None else None
    if finer is None and ctx is not None:
        finer = day_confirmed_in_later_post(ctx, sentence, span)
    if finer is not None:
        return EventDate(finer.span, finer.start, finer.end, explicit=True)
    return EventDate(span, start, end, explicit=not rough)


def _named_day_of_the_gathering(words) -> bool:
    """ "into a crowd watching Bastille Day fireworks": a named day told of the gathering the
    event struck is the event's day too."""
    return words is not None and words.text.lower().replace("’", "'") in NAMED_DAYS


def names_a_weekly_rite(words) -> bool:
    """ "during Friday prayers", "during Sunday Mass": a day naming a weekly rite tells which
    day of the week, not which week, so it cannot make a recalled incident news."""
    root = words.root
    return len(words) == 1 and root.dep_ == "compound" and root.head.ent_type_ != "DATE"


def day_confirmed_in_later_post(
    ctx: DocContext, sentence: Sentence, span: DateSpan
) -> EventDate | None:
    """A feed's first post tells an operation "yesterday"; a later post of the same feed
    confirms it ("the army confirmed today that a bomb maker was one of the suspects detained
    during the operation near Mopti on April 7"): the confirmed day, checked after
    the first report, dates it, when the later sentence points back at the operation at the
    same town or district and tells one day no more than ``CONFIRMED_DAY_REACH`` from the first
    post's day."""
    if span.precision != "day" or not span.start or span.start != span.end:
        return None
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None or not _a_later_post(ctx, anchor):
        return None  # an article of one post (most news): nothing later can confirm it
    places = _fine_places(sentence)
    if not places:
        return None
    first = date.fromisoformat(span.start)
    for other in ctx.sentences[sentence.index + 1 :]:
        later = ctx.document.anchor_for(other.start)
        if later is None or later <= anchor or not _confirms_an_operation(other):
            continue
        if not places & _fine_places(other):
            continue
        days = {
            d[2].start: d
            for d in other.dates
            if _a_day(d[2]) and d[2].start == d[2].end and d[2].start != later.isoformat()
        }
        if len(days) != 1:
            continue
        start, end, told, _ = next(iter(days.values()))
        if abs((date.fromisoformat(told.start) - first).days) <= CONFIRMED_DAY_REACH:
            return EventDate(told, start, end, explicit=True)
    return None


def _a_later_post(ctx: DocContext, anchor: date) -> bool:
    """Whether any text of the document is published after ``anchor``."""
    published = [post.published for post in ctx.document.posts] + [ctx.document.published]
    return any(day is not None and day > anchor for day in published)


def _confirms_an_operation(sentence: Sentence) -> bool:
    """ "confirmed that a leader was one of those detained during an operation": the operation
    the first post told, not another capture in the same district ("confirmed the capture of a
    facilitator during an operation near the same town")."""
    text = sentence.text
    return all(p.search(text) for p in (_CONFIRMING, _POINTING_BACK, _OCCASION_WORD))


def _fine_places(sentence: Sentence) -> set[str]:
    """The towns and districts a sentence names (a province is shared by too many operations)."""
    return {
        loc.name for _, _, loc, _ in sentence.places if loc.name and loc.precision in _FINE_PLACES
    }


def _day_of_the_same_occasion(
    ctx: DocContext, sentence: Sentence, tokens: list, span: DateSpan
) -> EventDate | None:
    """ "killed in a U.S. drone strike last month", and further down "died in a strike in
    Achin on July 26": the day another sentence gives the same strike, inside the month (or
    the week: "an airstrike over the weekend", then "the strike hit a vehicle on Saturday")."""
    if span.precision not in ("week", "month", "year") or not span.start or not span.end:
        return None
    nouns = [t for t in tokens if t.pos_ == "NOUN" and t.lemma_ in _OCCASIONS]
    nouns += _occasions_named(tokens)
    # "a U.S. airstrike had killed Nadir over the weekend": the strike the killing was
    nouns += [
        c
        for t in tokens
        for c in t.children
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_ in _OCCASIONS
    ]
    for noun in nouns:
        for lemma in _occasion_and_its_head(noun.lemma_):
            told = _day_told_of(ctx, sentence, lemma) or _one_day_told_with(ctx, sentence, lemma)
            if told is not None and span.start <= (told.span.start or "") <= span.end:
                return told
    return None


def _one_day_told_with(ctx: DocContext, sentence: Sentence, lemma: str) -> EventDate | None:
    """A sentence the parser left alone ("The strike hit a vehicle near Haramka on Saturday")
    that names the occasion and tells one day: that day (only ever taken inside the span the
    event's own words give)."""
    anchor = ctx.document.anchor_for(sentence.start)
    word = re.compile(rf"\b{re.escape(lemma)}s?\b", re.I)
    for other in ctx.sentences:
        if other.index == sentence.index or other.parsed or not word.search(other.text):
            continue
        if ctx.document.anchor_for(other.start) != anchor:
            continue
        days = {d[2].start: d for d in other.dates if _a_day(d[2]) and d[2].start == d[2].end}
        if len(days) == 1:
            start, end, span, _ = next(iter(days.values()))
            return EventDate(span, start, end, explicit=False)
    return None


def _occasion_and_its_head(lemma: str) -> list[str]:
    """ "airstrike", then "strike": told again by the shorter occasion word it ends with."""
    heads = [o for o in _OCCASIONS if o != lemma and lemma.endswith(o)]
    return [lemma, *heads]


def _only_date_further_down(sentence: Sentence, tokens: list) -> list[tuple[int, tuple]]:
    """The sentence's one date, when it sits deeper in the event's clause than ``hanging_off``
    reaches and no verb of saying stands between: "detonated explosives on a road leading to
    parliament on Nov. 16", "since Sunday, outlets have published photos of fighters raising
    their fingers in the pledge"."""
    dated = [
        d
        for d in sentence.dates
        if d[3] is not None and d[2].start and not _hangs_off_saying(d[3], tokens)
    ]
    if len(dated) != 1:
        return []
    item = dated[0]
    span, words = item[2], item[3]
    if is_period(span) and not _short_stretch(span):
        return []
    alone = len(sentence.dates) == 1
    if _describes_participant(words, tokens, alone) or _names_earlier_event(words):
        return []
    if _in_joined_clause_of_its_own(words, tokens) or _state_still_held(words, tokens):
        return []
    near = [tree_distance(words.root, t) for t in tokens]
    reach = [distance for distance, crosses in near if not crosses and distance <= _FURTHEST]
    return [(min(reach), item)] if reach else []


def _hangs_off_saying(words, tokens: list) -> bool:
    """The date of a verb of saying the event is told under ("the weekly said on Thursday")."""
    verb = _saying_verb_over(words)
    return verb is not None and all(t.i != verb.i for t in tokens)


def said_on(words, tokens: list) -> bool:
    """The day is the one a verb of saying other than the event was said on, by the parse or
    by the words ("said on Friday they had arrested", which the parser hangs off "arrested")."""
    if words is None:
        return False
    verb = _saying_verb_over(words) or _saying_verb_before(words)
    return verb is not None and all(t.i != verb.i for t in tokens)


def _saying_verb_before(words):
    """The verb of saying just before the date's words, past an "on": "said on Friday"."""
    before = words.doc[words.start - 1] if words.start > 0 else None
    if before is not None and before.lower_ == "on" and before.i > 0:
        before = words.doc[before.i - 1]
    if before is None or before.pos_ not in ("VERB", "AUX") or before.lemma_.lower() not in _SAYING:
        return None
    return before


def _saying_verb_over(words):
    """The verb a date's words hang off, when it is a verb of saying ("said on Friday")."""
    verb = next((t for t in words.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb if verb is not None and verb.lemma_.lower() in _SAYING else None


def _counted_from_clause(sentence: Sentence, tokens: list, ctx: DocContext) -> EventDate | None:
    """ "The announcement came a week after the group released a video", in a sentence with no
    date: the release is the date of the clause it is counted from (its own, borrowed from the
    sentences around it, else the post's anchor) less a week."""
    for token in tokens:
        for up in [token, *token.ancestors]:
            counted = _count_and_words(up)
            if counted is None:
                continue
            main = up.head if up.dep_ in ("advcl", "prep") else None
            if main is None or main.i == up.i or any(t.i == main.i for t in tokens):
                return None
            base = _day_of_clause(ctx, sentence, main, up)
            if base is None:
                return None
            how_many, unit, how_long = counted
            after = next((c for c in up.children if c.lower_ == "after"), up)
            words = [*how_long.subtree, after]
            start = min(t.idx for t in words)
            end = max(t.idx + len(t.text) for t in words)
            text = doc_text(sentence.span.doc)[start:end]
            span = _shifted(DateSpan(base, base, "day", text), how_many, unit)
            # "a day after" dates to the day; "two weeks after", "five months after" are rough
            # counts that may not set one incident apart from another the article dates
            return EventDate(span, start, end, explicit=unit not in _ROUGH_UNITS)
    return None


def _day_of_clause(ctx: DocContext, sentence: Sentence, main, counted) -> str | None:
    """The day the clause another event is counted from happened: the last day its own words or
    the sentences around it tell, else the anchor of its post. Not a day the paragraph below
    gives the counted deed itself ("doubled the soldiers on guard, two days after a man killed
    three people in the basilica", then "The attacker entered the basilica on Thursday"):
    then a day the sentence tells, however the parser hung it ("regained the town on Monday,
    the mission said")."""
    named = _event_named_as_subject(ctx, sentence, main)
    if named is not None:
        return named  # "The attack came a day after ...": the day the attack was told on
    told = date_borrowed(ctx, sentence, [main])
    below = told is not None and told.start >= sentence.end
    if below and _tells_the_deed_counted(told, counted):
        told = _last_day_or_week(sentence, precisions=("day",), own=True, tokens=[main])
    if told is not None and told.span.end and told.span.precision == "day":
        return told.span.end
    anchor = ctx.document.anchor_for(sentence.start)
    return anchor.isoformat() if anchor is not None else None


def _event_named_as_subject(ctx: DocContext, sentence: Sentence, main) -> str | None:
    """ "The attack came a day after al-Naba published an editorial": the main clause's subject
    points back at an event the post told before; the day it was told on (not the day of the
    sentence just before, which may tell arrests made since)."""
    anchor = ctx.document.anchor_for(sentence.start)
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if anchor is None or subject is None or subject.lemma_.lower() not in _DEED_POINTED_BACK:
        return None
    if not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in subject.children):
        return None
    told = _day_of_earlier_event(ctx, sentence, subject, anchor)
    if told is None or told.precision != "day" or not told.end or told.start != told.end:
        return None
    return told.end


def _tells_the_deed_counted(told: EventDate, counted) -> bool:
    """The day told below hangs off a clause whose subject points back at the deed counted
    from ("The assault began before dawn on Saturday", "The attacker entered the basilica on
    Thursday"), or whose verb is the deed's own."""
    words = counted.doc.char_span(told.start, told.end, alignment_mode="expand")
    if words is None:
        return False
    verb = next((a for a in words.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    deeds = {t.lemma_.lower() for t in counted.subtree if t.pos_ == "VERB"}
    if verb.lemma_.lower() in deeds:
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in _DEED_POINTED_BACK
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in verb.children
    )


# nouns that point back at an attack told before ("the assault", "the attacker")
_DEED_POINTED_BACK = _OCCASIONS | frozenset(load_toml("time.toml")["deed_doers"])


def _day_said(sentence: Sentence, tokens: list) -> tuple[int, int, DateSpan] | None:
    """The day of a verb of saying the event is told under ("said on Wednesday that ...")."""
    below = {t.i for token in tokens for t in [token, *token.ancestors]}
    for start, end, said, words in sentence.dates:
        if not said.start or said.precision != "day" or said.start != said.end or words is None:
            continue
        verb = _saying_verb_over(words) or _saying_verb_before(words)
        if verb is None or verb.i not in below:
            continue
        if all(t.i != verb.i for t in tokens):  # the saying is not itself the event
            return start, end, said
    return None


def _as_of_saying(
    sentence: Sentence, span: DateSpan, said: tuple | None, ctx: DocContext | None
) -> DateSpan:
    """ "Telegram said on Wednesday that it had blocked 78 channels this week", in a Thursday
    story: "this week" runs up to the Wednesday it was said on, not to publication. A stretch
    reaching the publication date ends on the day of the saying that reports the event."""
    if ctx is None or said is None or not span.start or not span.end or span.start == span.end:
        return span
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None or span.end != anchor.isoformat():
        return span
    day = said[2].start
    if span.start <= day < span.end:
        return replace(span, end=day)
    return span


def date_in_own_clause(sentence: Sentence, tokens: list, ctx: DocContext) -> EventDate | None:
    """The date of the event's own clause only, none borrowed from the clause it is joined to:
    "seized two villages on Thursday night, but commandos pushed them out again on Friday"
    dates the pushing out by Friday."""
    when = date_in_sentence(sentence, tokens, ctx)
    if when is None:
        return None
    words = next((d[3] for d in sentence.dates if d[0] == when.start), None)
    return when if words is not None and _in_own_clause(words, tokens) else None


def _in_joined_clause_of_its_own(words, tokens: list) -> bool:
    """ "police said they had arrested 14 people, and the government imposed a curfew from
    Wednesday": a date in a clause joined to the event's, with a subject of its own, tells
    what that subject did, not the event."""
    if words is None:
        return False
    ours = {t.i for t in tokens}
    for up in [words.root, *words.root.ancestors]:
        if up.i in ours:
            return False
        if up.dep_ == "conj" and up.pos_ in ("VERB", "AUX") and up.head.i in ours:
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children)
    return False


def _in_own_clause(words, tokens: list) -> bool:
    """The date sits under one of the event's words without passing a conjoined verb: "Jalalabad
    fell earlier the same day, and Mazar-i-Sharif was taken on Saturday" dates the taking by
    Saturday, not by the day of the clause it is joined to."""
    for token in tokens:
        for up in [words.root, *words.root.ancestors]:
            if up.i == token.i:
                return True
            if up.dep_ == "conj" and up.pos_ in ("VERB", "AUX"):
                break
    return False


def _counted_back(words, tokens: list, span: DateSpan) -> tuple[DateSpan, str | None]:
    """ "pounded positions on Monday, a day after two bombs tore through a cathedral": the
    bombs' day is Monday less one (and the unit counted by). A month is a rough count ("a month
    after an airstrike"): the month before."""
    if not span.start or span.precision != "day" or span.start != span.end:
        return span, None
    above = {t.i for t in [words.root, *words.root.ancestors]}
    for token in tokens:
        for up in [token, *token.ancestors]:
            if up.i in above:
                break
            counted = counted_after(up)
            if counted is not None:
                return _shifted(span, *counted), counted[1]
    return span, None


def _state_begun_before(tokens: list, span: DateSpan) -> tuple[DateSpan, str | None]:
    """ "Facebook and WhatsApp remained blocked on Wednesday, three days after the government
    cut access": the block began on the day of the cut, Wednesday less three days."""
    if not span.start or span.precision != "day" or span.start != span.end:
        return span, None
    for token in tokens:
        states = [t for t in [token, token.head, *token.children] if t.lower_ in _STATE_VERBS]
        if not states:
            continue
        for verb in {token.i: token, **{s.i: s for s in states}}.values():
            for clause in verb.children:
                counted = counted_after(clause) if clause.dep_ in ("advcl", "prep") else None
                if counted is not None:
                    return _shifted(span, *counted), counted[1]
    return span, None


def counted_after(word) -> tuple[int, str] | None:
    """(how many, unit) when ``word`` is "after" with "a day" or "a year" before it, or a clause
    it introduces ("a year after al-Shabaab overran a base")."""
    counted = _count_and_words(word)
    return counted[:2] if counted is not None else None


def _count_and_words(word) -> tuple[int, str, object] | None:
    """(how many, unit) when ``word`` is "after" with "a day" before it ("a day after the
    blast") or a clause it introduces ("two weeks after gunmen stormed ...")."""
    children = list(word.children)
    marks = [c for c in children if c.dep_ == "mark" and c.lower_ == "after"]
    if word.lower_ != "after" and not marks:
        return None
    # spaCy hangs "four days" off "after" itself, or off the verb "after" follows ("began a
    # week after gunmen killed"), as often as off the clause's own verb
    children += [c for mark in marks for c in mark.children]
    if marks and word.dep_ == "advcl":
        children += [c for c in word.head.children if c.i < marks[0].i and c.i > word.head.i]
    for noun in children:
        if noun.dep_ != "npadvmod" or noun.lemma_.lower() not in _COUNT_UNITS:
            continue
        numbers = [c for c in noun.children if c.dep_ == "nummod"]
        if numbers:
            how_many = small_number(numbers[0].text)
        else:
            how_many = 1 if any(c.lower_ in ("a", "an", "one") for c in noun.children) else None
        if how_many:
            return how_many, noun.lemma_.lower(), noun
    return None


def _shifted(span: DateSpan, how_many: int, unit: str) -> DateSpan:
    day = date.fromisoformat(span.start)
    if unit == "hour":
        return span
    if unit == "day":
        back = (day - timedelta(days=how_many)).isoformat()
        return replace(span, start=back, end=back)
    if unit == "week":  # "a week after": analysts date the day seven days back
        back = (day - timedelta(weeks=how_many)).isoformat()
        return replace(span, start=back, end=back, precision="day")
    index = day.year * 12 + day.month - 1 - how_many * (12 if unit == "year" else 1)
    year, month = divmod(index, 12)
    if unit == "year":
        return replace(span, start=f"{year}-01-01", end=f"{year}-12-31", precision="year")
    last = calendar.monthrange(year, month + 1)[1]
    return replace(
        span,
        start=f"{year}-{month + 1:02d}-01",
        end=f"{year}-{month + 1:02d}-{last}",
        precision="month",
    )


def _narrowed(sentence: Sentence, tokens: list, chosen: tuple) -> tuple:
    """ "Last month, a bomb blew a hole in a jet shortly after it took off on Feb. 2": a day
    that also hangs off the event and falls inside the chosen month or year is the finer
    statement of the same date."""
    span = chosen[2]
    if span.precision not in ("month", "year") or not span.start or not span.end:
        return chosen
    for _, (o_start, o_end, other, words) in hanging_off(sentence.dates, tokens):
        if (
            other.precision == "day"
            and other.start
            and other.end
            and span.start <= other.start
            and other.end <= span.end
            and not is_period(other)
            and not _describes_participant(words, tokens)
        ):
            return o_start, o_end, other
    return chosen


def _describes_participant(words, tokens: list, alone: bool = True) -> bool:
    """The date hangs off a noun inside a relative clause or modifier ("responsible for
    Tuesday's attack", "an attack Jan. 7") while the event has words outside it. ``alone``:
    the sentence's only date, which a relative clause keeps (the parser often hangs the
    event's own date there: "shot dead three women who worked for a station on Tuesday")."""
    head = words.root.head
    if head.i == words.root.i:
        return False
    relative = next((t for t in words.root.ancestors if t.dep_ == "relcl"), None)
    if relative is not None and _said_of_the_event_noun(relative, tokens):
        return False  # "the twin suicide bombings that killed 43 people on Thursday"
    if head.pos_ not in ("NOUN", "PROPN"):
        if alone:
            return (
                _describes_subject_before_verb(words, tokens)
                or _told_by_another_subject(words, tokens)
                or _taking_told_apart(words, tokens)
            )
        return _in_relative_clause_without(words, tokens)
    clause = next((t for t in [head, *head.ancestors] if t.dep_ in _DESCRIPTION_DEPS), None)
    if clause is None:
        return False
    inside = {t.i for t in clause.subtree}
    return any(t.i not in inside for t in tokens)


def _said_of_the_event_noun(clause, tokens: list) -> bool:
    """The relative clause describes the noun the event's own words modify ("suicide" in "the
    suicide bombings that killed 43 people"): what it tells is the event itself."""
    noun = clause.head
    return any(t.dep_ in ("compound", "amod") and t.head.i == noun.i for t in tokens)


def _state_still_held(words, tokens: list) -> bool:
    """ "moved it to Telegram, where it was still available on Tuesday", "which remained online
    on Friday": a relative clause telling a state that still held on a day is no day of the
    event it hangs from."""
    clause = _relative_clause_apart(words, tokens)
    if clause is None:
        return False
    lemma = clause.lemma_.lower()
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in clause.children)
    return lemma in ("remain", "stay") or (lemma == "be" and still)


def event_told_as_description(words, tokens: list) -> bool:
    """ "apologised on Tuesday to the people of Tudun Biri, a village where an army drone strike
    killed scores", "gathered on Friday to bury labourers killed when a drone struck": an event
    told only in a clause describing someone or somewhere is background to the clause it hangs
    from, whose day is not its own."""
    clause = None
    for token in tokens:
        own = next((t for t in (token, *token.ancestors) if t.dep_ in ("relcl", "acl")), None)
        if own is None or (clause is not None and own.i != clause.i):
            return False
        clause = own
    if clause is None or words.root.i in {t.i for t in clause.subtree}:
        return False
    if any(t.lemma_.lower() in _SAYING for t in clause.subtree):
        return False  # "whom the government said had probably been killed": a claim's day
    if clause.dep_ == "acl" and not _described_by_a_participle(clause, tokens):
        return False
    relative = next((t for t in clause.subtree if t.tag_ in ("WRB", "WP")), None)
    if clause.dep_ == "relcl" and (relative is None or relative.lower_ not in _WHO_OR_WHERE):
        return False  # "a video in which fighters swore allegiance": the medium's own day
    if any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in clause.children):
        return False  # "walked to the church, where he killed the sacristan": the story goes on
    return not _said_of_the_event_noun(clause, tokens) and not _names_the_occasion(
        clause.head, tokens
    )


def _described_by_a_participle(clause, tokens: list) -> bool:
    """ "labourers killed when a U.S. drone struck": a past participle describing people, not
    a main verb the parser took for one ("an 18-year-old wearing a helmet camera stabbed ...",
    "soldiers searching for the captives clashed with ...": the noun before it hangs off a bare
    "-ing" form), and not the means the described took part with ("the SDF, backed by U.S.-led
    air strikes, launched their assault on Feb. 9")."""
    if clause.tag_ != "VBN":
        return False
    governing = next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if governing is None or (
        governing.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in governing.children)
    ):
        return False
    return not any(
        a.dep_ == "agent" for t in tokens for a in t.ancestors if clause in a.ancestors
    )


# the relative words of a clause that describes someone or somewhere, not a thing said or shown
_WHO_OR_WHERE = frozenset({"who", "whom", "where"})


def _relative_clause_apart(words, tokens: list):
    """The relative clause the date words are told in, when none of the event's words is."""
    clause = next((t for t in words.root.ancestors if t.dep_ == "relcl"), None)
    if clause is None or any(t.i in {c.i for c in clause.subtree} for t in tokens):
        return None
    return clause


# verbs of a relative clause that tell its own taking of people ("freed 137 pupils who were
# abducted from a school more than two weeks ago"): its date is the taking's
_TAKING_LEMMAS = frozenset({"abduct", "kidnap", "seize", "capture", "arrest", "detain"})


def _taking_told_apart(words, tokens: list) -> bool:
    """ "troops have freed 137 pupils who were abducted ... more than two weeks ago": a
    relative clause telling how the people were taken dates their taking, not the event."""
    clause = _relative_clause_apart(words, tokens)
    return clause is not None and clause.lemma_.lower() in _TAKING_LEMMAS


def _told_by_another_subject(words, tokens: list) -> bool:
    """ "killed a commander whom Washington blamed for attacks that killed three soldiers last
    month": a relative clause with a subject of its own (not "who") tells its own event, whose
    date is not the event's, even when it is the sentence's only one."""
    clause = _relative_clause_apart(words, tokens)
    if clause is None:
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.tag_ not in ("WP", "WDT", "PRP") for s in subjects)


def _describes_subject_before_verb(words, tokens: list) -> bool:
    """ "Al-Raymi, who took over after his predecessor was killed in 2015, urged ...": a
    relative clause set between the event's subject and its verb tells of the subject, so even
    the sentence's only date is not the event's (the parse puts no date of the verb there)."""
    clause = next((t for t in words.root.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    subject, ours = clause.head, {t.i for t in tokens}
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.i in ours
        and clause.right_edge.i < subject.head.i
        and not _names_the_occasion(subject, tokens)
    )


def _in_relative_clause_without(words, tokens: list) -> bool:
    """ "recaptured Baga, the town that the militants overran in January": the date is the
    relative clause's own event, not the recapture."""
    clause = next((t for t in words.root.ancestors if t.dep_ == "relcl"), None)
    if clause is None or _names_the_occasion(clause.head, tokens):
        return False
    inside = {t.i for t in clause.subtree}
    return any(t.i not in inside for t in tokens)


def _names_the_occasion(noun, tokens: list) -> bool:
    """The noun is the event's own ("a gunfight that began on Saturday") or the occasion or
    medium it happened in ("swore allegiance in a message he posted in early July")."""
    ours = {t.i for t in tokens}
    if noun.i in ours:
        return True
    # not what the event was over or came after ("arrested nine people over the bombings
    # that killed 43 people on Thursday": the bombings' day)
    cause = noun.head.lower_ in _CAUSE_PREPS
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i in ours and not cause


_CAUSE_PREPS = frozenset({"over", "for", "after", "following", "since", "before"})


def _course_of_campaign(span: DateSpan, words) -> bool:
    """ "was backed from Aug. 1 by U.S. airstrikes", "have shelled the town since March 3": a
    campaign told as running from a calendar day up to publication is the event's whole course
    however long, when a verb tells it (a stretch from a month or a year, or one a noun holds,
    is what a count is totted up over: "since 2015, 300 attacks", "its 60th leader since
    Oct. 1"). "were seized in an operation between May and July": a stretch with both ends said,
    up to a year, is when the event happened, not a count's period."""
    if not span.start or not span.end:
        return False
    text = span.text or ""
    if _OPEN_STRETCH.match(text):
        verb = words.root.head if words is not None else None
        told_by_verb = verb is not None and verb.pos_ in ("VERB", "AUX")
        return span.precision == "day" and told_by_verb and not _running_tally(verb)
    days = (date.fromisoformat(span.end) - date.fromisoformat(span.start)).days
    return bool(_CLOSED_STRETCH.match(text)) and 0 <= days <= LONGEST_CLOSED_STRETCH


def _running_tally(verb) -> bool:
    """ "capturing their 60th leader since Oct. 1": an ordinal on what the verb acts on counts
    the latest of a series since that day; the event is the latest one, not the series."""
    return any(
        t.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(t.text)
        for child in verb.children
        if child.dep_ in ("dobj", "nsubjpass", "nsubj")
        for t in child.children
    )


def _short_stretch(span: DateSpan) -> bool:
    if not span.start or not span.end:
        return False
    days = (date.fromisoformat(span.end) - date.fromisoformat(span.start)).days
    return 0 <= days <= LONGEST_EVENT_STRETCH


def _stretched(
    sentence: Sentence, start: int, end: int, span: DateSpan, ctx: DocContext | None
) -> DateSpan:
    """ "began on Saturday and lasted into Sunday": Saturday to Sunday. "The offensive began on
    May 23", said alone, below a lead that tells the day it ended or was declared over ("Iraqi
    forces declared Fallujah recaptured on Sunday"): May 23 to that day."""
    if not span.start or not _BEGAN.search(sentence.text[: start - sentence.start]):
        return span
    for other_start, _, other, _ in sentence.dates:
        between = sentence.text[end - sentence.start : other_start - sentence.start]
        ends_later = other.end is not None and other.end >= span.start
        if other_start >= end and ends_later and _LASTED.fullmatch(between):
            return replace(span, end=other.end)
    lead_day = _lead_day(ctx, sentence) if ctx is not None else None
    if lead_day is not None and span.precision == "day" and lead_day > (span.end or ""):
        return replace(span, end=lead_day)
    return span


def _lead_day(ctx: DocContext, sentence: Sentence) -> str | None:
    """The first day the post's lead sentence tells, when ``sentence`` is not that lead."""
    lead = ctx.lead_of_post(sentence)
    if lead is None or lead.index == sentence.index:
        return None
    days = [
        d[2] for d in lead.dates if d[2].precision == "day" and d[2].start and not is_period(d[2])
    ]
    if not days or days[0].start != days[0].end:
        return None
    return days[0].start


def date_from_context(
    ctx: DocContext, sentence: Sentence, tokens: list | None = None
) -> EventDate | None:
    """The day or week the sentences around an undated event tell (same post, same or
    previous paragraph before it; same paragraph, next sentence after it). A statement
    ("the PKK said the assault was carried out by ...") borrows the day a sentence before gives
    its saying ("said on Friday that ... carried out Wednesday's attack"), not the attack's."""
    saying = any(t.lemma_.lower() in _SAYING for t in tokens or [])
    anchor = ctx.document.anchor_for(sentence.start)
    if tokens and not saying and _dated_only_by_its_saying(sentence, tokens):
        # "X was killed in a gunfight, police said on Friday", then "Musa was trapped in a
        # house on Thursday evening": the lead's event is dated where the story goes on to
        below = _day_told_below_lead(ctx, sentence, anchor, tokens)
        if below is not None:
            return below
    sequel = bool(tokens) and _told_as_sequel(tokens)
    reach = SEQUEL_SENTENCES if sequel else BORROW_SENTENCES
    before = [
        s
        for s in ctx.sentences[max(0, sentence.index - reach) : sentence.index + 1]
        if (sequel or s.paragraph >= sentence.paragraph - BORROW_PARAGRAPHS)
        and ctx.document.anchor_for(s.start) == anchor
    ]
    for s in reversed(before):
        own = s.index == sentence.index
        found = (_day_of_saying(s) if saying else None) or _last_day_or_week(
            s, own=own, first=sequel and not own, tokens=tokens if own else None
        )
        if found is not None:
            return found
    after = ctx.sentences[sentence.index + 1 : sentence.index + 2]
    for s in after:
        if s.paragraph == sentence.paragraph and ctx.document.anchor_for(s.start) == anchor:
            found = _last_day_or_week(s, precisions=("day",))
            if found is not None:
                return found
    occasions = _occasions_named(tokens) if tokens else []
    if occasions and not all(_indefinite_occasion(n) for n in occasions):
        return None  # "killed in the Bahawalpur strike": only that strike's day dates it
    return _day_told_below_lead(ctx, sentence, anchor, tokens)


def _told_as_sequel(tokens: list) -> bool:
    """ "Troops then took control of the camp": the event came right after the one told
    before, on its day."""
    near = [w for t in tokens for w in (t, *list(t.ancestors)[:2])]
    return any(
        (c.dep_ == "advmod" and c.lower_ in _SEQUEL_WORDS)
        or _within_hours(c)
        or _by_a_time_of_that_day(c)
        or _the_same_day(c)
        or _moments_later(c)
        or _in_the_same_occasion(c)
        for t in near
        for c in t.children
    )


def _within_hours(prep) -> bool:
    """ "Within hours, Twitter had suspended the accounts", "suspended the account within a
    day": done just after what was told before (not "within hours of the raid", which names
    what it followed)."""
    if prep.dep_ != "prep" or prep.lower_ != "within":
        return False
    span = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if span is None or span.lemma_.lower() not in ("hour", "minute", "day"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in span.children)


def _by_a_time_of_that_day(prep) -> bool:
    """ "By evening the army said it had taken the district", "by mid-afternoon": later on the
    day told before (not "by Friday evening", which names its own day)."""
    if prep.dep_ != "prep" or prep.lower_ != "by":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(
        o.lemma_.lower() in _LATER_HOURS
        and not any(c.dep_ in ("amod", "compound", "poss", "nummod") for c in o.children)
        for o in objects
    )


def _the_same_day(word) -> bool:
    """ "The Sinai affiliate claimed responsibility the same day", "released the same evening",
    "on the same day"."""
    if word.dep_ == "prep" and word.lower_ == "on":
        return any(_the_same_day(c) for c in word.children if c.dep_ == "pobj")
    return word.lemma_.lower() in _SEQUEL_TIMES and any(c.lower_ == "same" for c in word.children)


def _in_the_same_occasion(prep) -> bool:
    """ "In the same statement, the group called on ...", "in the same address": said in the
    release or call told before, on its day."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    return any(
        o.lemma_.lower() in _SEQUEL_OCCASIONS and any(c.lower_ == "same" for c in o.children)
        for o in prep.children
        if o.dep_ == "pobj"
    )


def _moments_later(word) -> bool:
    """ "Minutes later a video was posted", "hours later": just after what was told before."""
    if word.lower_ == "later" and word.dep_ == "advmod":
        return any(c.lemma_.lower() in _SEQUEL_COUNTS for c in word.children)
    if word.lemma_.lower() not in _SEQUEL_COUNTS:
        return False
    return any(t.lower_ == "later" and t.dep_ == "advmod" for t in word.head.children)


def _a_day(span: DateSpan) -> bool:
    return span.precision == "day" and not is_period(span)


def _dated_only_by_its_saying(sentence: Sentence, tokens: list) -> bool:
    """Every day the sentence tells is the day of its saying (a year naming another event, "the
    2022 attack on a train", is no day the event could borrow)."""
    days = [d for d in sentence.dates if d[2].precision in ("day", "week") or not d[2].start]
    return bool(days) and all(d[3] is not None and _hangs_off_saying(d[3], tokens) for d in days)


def day_told_below_lead(ctx: DocContext, sentence: Sentence) -> EventDate | None:
    """The day the paragraph below a post's lead tells (``_day_told_below_lead``), for the
    lead ``sentence``; None for any other sentence."""
    return _day_told_below_lead(ctx, sentence, ctx.document.anchor_for(sentence.start))


def _day_told_below_lead(
    ctx: DocContext, sentence: Sentence, anchor, tokens: list | None = None
) -> EventDate | None:
    """A lead told without a day ("Telegram has blocked access to Hamas channels") takes the
    day the next paragraph opens with ("Users who tried on Wednesday to open the channel"), as
    news writing dates the lead's event there; not the publication date."""
    lead = ctx.lead_of_post(sentence)
    if lead is None or lead.index != sentence.index:
        return None  # not the lead of its post
    below = next(
        (
            s
            for s in ctx.sentences[sentence.index + 1 :]
            if s.paragraph > sentence.paragraph and s.text.strip()
        ),
        None,
    )
    if (
        below is None
        or below.paragraph != sentence.paragraph + 1
        or ctx.document.anchor_for(below.start) != anchor
    ):
        return None
    # "were seized in an operation between May and July": a campaign's course is told there too
    days = [
        d for d in below.dates if d[2].start and (_a_day(d[2]) or _course_of_campaign(d[2], d[3]))
    ]
    if not days or (anchor is not None and days[0][2].end > anchor.isoformat()):
        return None
    start, end, span, words = days[0]
    if _tells_a_new_occasion(words) if below.parsed else _new_occasion_before(below, start):
        return None  # "The military said it had carried out a raid on June 13": another event
    if words is not None and _deed_the_lead_described(sentence, words, tokens or []):
        return None
    return EventDate(span, start, end, explicit=False)


def _deed_the_lead_described(lead: Sentence, words, tokens: list) -> bool:
    """ "Police have arrested seven people suspected of helping three men who stabbed an
    officer", then "The attackers drove a car into two guardsmen on Sunday, then stabbed them":
    the day below is that of the deed the lead told only in a clause describing someone, not
    of the lead's own event."""
    verb = next((a for a in words.root.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    told_below, chain = set(), [verb]
    while chain:  # the verb and those joined to it ("drove ..., then got out and stabbed")
        v = chain.pop()
        told_below.add(v.lemma_.lower())
        chain += [c for c in v.children if c.dep_ in ("conj", "dep") and c.pos_ == "VERB"]
    # what people the lead describes did ("three men who stabbed")
    described = {t.lemma_.lower() for t in lead.span if t.pos_ == "VERB" and told_of_someone(t)}
    if told_below & described:
        return True
    # the deed a description in the lead names, told in other words below ("arrested three
    # men suspected of helping to plan the suicide bombing that killed the director", then
    # "Afrika died in hospital on Saturday")
    # (not when the lead's own event is a deed of that kind: "troops pursuing the gunmen who
    # killed two tourists have killed two rebels")
    named = {_DEED_FAMILY.get(t.lemma_.lower()) for t in lead.span if _in_a_description(t)}
    named -= {None, *(_DEED_FAMILY.get(t.lemma_.lower()) for t in tokens)}
    return bool({_DEED_FAMILY.get(w) for w in told_below} & named)


def _in_a_description(token) -> bool:
    return any(a.dep_ in ("relcl", "acl") for a in (token, *token.ancestors))


# words of one kind of deed ("bombing", "killed", "died"): the same deed told in other words
_DEED_FAMILY = {
    word: family
    for family, words in load_toml("time.toml")["deed_families"].items()
    for word in words
}


def _tells_a_new_occasion(words) -> bool:
    """The day is told of an occasion the paragraph brings in as a new one, with "a" or "an"
    ("carried out a raid in Syria on June 13", "a strike hit the town on Monday"), on the way up
    to the verb the day hangs off or as that verb's subject or object; "The raid took place on
    Oct. 4" tells the one already told, and "They were arrested in a raid on Saturday" the
    occasion the event happened in."""
    if words is None:
        return False
    verb = None
    for up in words.root.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            verb = up
            break
        in_it = up.dep_ == "pobj" and up.head.lower_ in _OCCASION_PREPS
        if _indefinite_occasion(up) and not in_it:
            return True
    if verb is None:
        return False
    return any(
        _indefinite_occasion(c) for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
    )


def _new_occasion_before(sentence: Sentence, offset: int) -> bool:
    """The same, by the words of a sentence the parser left alone: "a strike" or "an air raid"
    before the day, not after "in" or "during"."""
    return bool(_NEW_OCCASION.search(sentence.text[: offset - sentence.start]))


def _indefinite_occasion(noun) -> bool:
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_ in _OCCASIONS
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)
    )


def date_of_event(ctx: DocContext, sentence: Sentence, tokens: list) -> EventDate | None:
    return date_in_sentence(sentence, tokens, ctx) or date_borrowed(ctx, sentence, tokens)


def date_borrowed(ctx: DocContext, sentence: Sentence, tokens: list) -> EventDate | None:
    """The date of an event its own clause does not date, from what the article tells around
    it: the event it is said to follow, the occasion it happened in, else the sentences around
    it."""
    return (
        date_on_the_day_of(ctx, sentence, tokens)
        or date_after_event(ctx, sentence, tokens)
        or date_of_occasion(ctx, sentence, tokens)
        or date_from_context(ctx, sentence, tokens)
    )


def date_of_occasion(ctx: DocContext, sentence: Sentence, tokens: list) -> EventDate | None:
    """ "was killed in an American drone strike": the day another sentence of the post gives
    that strike ("carried out a counterterrorism strike on June 13")."""
    for noun in _occasions_named(tokens):
        found = _day_told_of(ctx, sentence, noun.lemma_)
        if found is not None:
            return found
    return None


def date_of_medium(
    ctx: DocContext,
    sentence: Sentence,
    tokens: list,
    lemmas: frozenset[str],
    any_medium: bool = False,
) -> EventDate | None:
    """ "was introduced in the message as the new spokesman": the day another sentence gives
    the message ("announced in an audio message on March 10"), for a medium of ``lemmas``;
    with ``any_medium``, a medium of any of ``lemmas`` told before stands for it ("a video
    released on Sunday" ... "in the recording")."""
    for token in tokens:
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in lemmas:
                    continue
                same = lemmas if any_medium else frozenset({noun.lemma_})
                found = day_of_medium_told_before(ctx, sentence, noun, same)
                if found is not None:
                    return found
    return None


def day_of_medium_told_before(
    ctx: DocContext, sentence: Sentence, noun, same: frozenset[str] | None = None
) -> EventDate | None:
    """ "the message", "Al-Muhajir's recording": a medium named as one told before (with
    "the", "this", "that" or a possessor) takes the day another sentence gives it (or gives a
    medium of the lemmas ``same``)."""
    same = same or frozenset({noun.lemma_})
    if not any(d.lower_ in ("the", "this", "that") or d.dep_ == "poss" for d in noun.children):
        return None
    anchor = ctx.document.anchor_for(sentence.start)
    for other in ctx.sentences[: sentence.index]:
        if ctx.document.anchor_for(other.start) != anchor or not other.dates or not other.parsed:
            continue
        # "said in an audio message on June 2": the day of the saying done in the message
        named = [t for t in other.span if t.lemma_ in same and t.pos_ == "NOUN"]
        named += [t.head.head for t in named if t.head.dep_ == "prep" and t.head.lower_ == "in"]
        # "in a statement posted on Facebook on Sunday": the day of the medium's own posting
        named += [c for t in named for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        day = _nearest_day_hanging_off(other, named)
        if day is not None:
            return day
    return None


def _occasions_named(tokens: list) -> list:
    """The nouns of "killed in an American drone strike", "detained during a raid"."""
    return [
        noun
        for token in tokens
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPS
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lemma_ in _OCCASIONS
    ]


def _day_told_of(ctx: DocContext, sentence: Sentence, lemma: str) -> EventDate | None:
    anchor = ctx.document.anchor_for(sentence.start)
    for other in ctx.sentences:
        if other.index == sentence.index or ctx.document.anchor_for(other.start) != anchor:
            continue
        if not other.dates or not other.parsed:
            continue
        named = [t for t in other.span if t.lemma_ == lemma and t.pos_ == "NOUN"]
        day = _nearest_day_hanging_off(other, named)
        if day is not None:
            return day
    return None


def _nearest_day_hanging_off(sentence: Sentence, tokens: list) -> EventDate | None:
    """The single day told nearest to ``tokens`` in the parse of their sentence, if any."""
    days = [
        a
        for a in hanging_off(sentence.dates, tokens)
        if a[1][2].precision == "day" and a[1][2].start and not is_period(a[1][2])
    ]
    if not days:
        return None
    _, (start, end, span, _) = min(days, key=lambda a: a[0])
    return EventDate(span, start, end, explicit=False)


def date_after_event(ctx: DocContext, sentence: Sentence, tokens: list) -> EventDate | None:
    """ "After the blast, police issued an alert": from the day of the blast the article told
    before (the first sentence of the post naming it, else the post's lead) to the anchor."""
    found = _earlier_event_named(ctx, sentence, tokens, _event_named_after)
    if found is None:
        return None
    told, anchor, start, end, text = found
    if not told.end or told.end > anchor.isoformat():
        return None
    return EventDate(DateSpan(told.end, anchor.isoformat(), "day", text), start, end, explicit=False)


def date_on_the_day_of(ctx: DocContext, sentence: Sentence, tokens: list) -> EventDate | None:
    """ "On the day of the attack, the governor's office warned residents ...": the day of the
    event the article told before under that noun (else the post's lead day)."""
    found = _earlier_event_named(ctx, sentence, tokens, _event_whose_day)
    found = found or _earlier_event_named(ctx, sentence, tokens, _event_hours_from)
    if found is None:
        return None
    told, anchor, start, end, text = found
    if not told.start or told.start > anchor.isoformat():
        return None
    return EventDate(DateSpan(told.start, told.end or told.start, "day", text), start, end, explicit=False)


def _earlier_event_named(ctx: DocContext, sentence: Sentence, tokens: list, naming):
    """(day, anchor, start, end, words) of the first event ``naming`` finds the sentence
    counting from ("after the blast", "on the day of the attack"): the day the article told it
    before, and where its naming words run; None when none is named or told."""
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None or not tokens:
        return None
    for word in sentence.span:
        noun = naming(word, tokens)
        if noun is None:
            continue
        told = _day_of_earlier_event(ctx, sentence, noun, anchor)
        if told is None:
            return None
        start, end = word.idx, noun.idx + len(noun.text)
        return told, anchor, start, end, doc_text(sentence.span.doc)[start:end]
    return None


def _event_whose_day(word, tokens: list):
    """The noun of "on the day of the attack" when ``word`` is that "day" and its phrase hangs
    off the event's words."""
    if word.lower_ != "day" or word.dep_ != "pobj" or word.head.lower_ != "on":
        return None
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if noun is None or noun.pos_ != "NOUN" or not any(d.lower_ == "the" for d in noun.children):
        return None
    near = [tree_distance(word.head, t) for t in tokens]
    if not any(distance <= 3 and not crosses for distance, crosses in near):
        return None
    return noun


_HOURS_FROM_REACH = 4  # edges from "within hours of" to the event's words


def _event_hours_from(word, tokens: list):
    """The noun of "within hours of the executions" or "hours after the exchange" when ``word``
    is that "within" or "after": what came minutes or hours later came on its day."""
    if word.lower_ == "within" and word.dep_ == "prep":
        span = next((c for c in word.children if c.dep_ == "pobj"), None)
        if span is None or span.lemma_.lower() not in _SEQUEL_COUNTS:
            return None
        of = next((c for c in span.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        nouns = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    elif word.lower_ in _AFTER_WORDS and word.head.lemma_.lower() in _SEQUEL_COUNTS:
        nouns = [c for c in word.children if c.dep_ == "pobj"]
    else:
        return None
    if not nouns or nouns[0].pos_ != "NOUN":
        return None
    if not any(d.dep_ in ("det", "poss") for d in nouns[0].children):
        return None  # "within hours of arrival": no event told before
    # "Hours after the exchange, the army said its artillery had shelled ...": the saying came
    # within those hours too, so the deed it frames did
    if not any(tree_distance(word, t)[0] <= _HOURS_FROM_REACH for t in tokens):
        return None
    return nouns[0]


def _event_named_after(word, tokens: list):
    """The noun of "after the blast" when ``word`` is that "after" and hangs off the event."""
    if word.lower_ not in _AFTER_WORDS:
        return None
    nouns = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not nouns or not any(d.lower_ in ("the", "this", "that") for d in nouns[0].children):
        return None
    near = [tree_distance(word, t) for t in tokens]
    if not any(distance <= 3 and not crosses for distance, crosses in near):
        return None
    return nouns[0]


def _day_of_earlier_event(ctx: DocContext, sentence: Sentence, noun, anchor: date):
    post = [
        s
        for s in ctx.sentences[: sentence.index]
        if ctx.document.anchor_for(s.start) == anchor and s.text.strip()
    ]
    name = re.compile(rf"\b(?:{re.escape(noun.lemma_.lower())}|{re.escape(noun.lower_)})", re.I)
    named = next((s for s in post if name.search(s.text)), None)
    if named is None:
        return None  # "after the meeting" told nowhere before: no day to count from
    day = _last_day_or_week(named, precisions=("day",))
    if day is not None:
        return day.span
    for s in post:  # named without a day ("The blast left a crater"): the lead's day
        day = _last_day_or_week(s, precisions=("day",))
        if day is not None:
            return day.span
    return None


def _names_earlier_event(words) -> bool:
    """The date names another event counted from: "since the group's Oct. 7 attack", "after
    Wednesday's raid" (a date modifying a noun under "since" or "after")."""
    if words is None or words.root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.lower_ in _COUNTED_FROM and t.dep_ == "prep" for t in words.root.ancestors)


# the words that open a clause telling what came before the event ("after X was shot dead")
_BEFORE_MARKS = frozenset({"after", "since", "when", "before"})


def earlier_deed_of_another(words, span: DateSpan, tokens: list) -> bool:
    """ "Troops have killed X, the commander who took charge after Y was shot dead last July":
    a month or a year told in a clause of its own, with its own subject, that opens on "after",
    "since", "when" or "before", dates that clause's deed, not the event told as just done ("have killed") that
    the parse hangs it from (a day there, "killed after troops raided his hideout on Tuesday",
    is the event's own)."""
    if words is None or span.precision not in ("month", "year"):
        return False
    if not any(_perfect(t) for t in tokens):
        return False  # "took over after X was killed in 2020": long after, but long ago too
    own = {t.i for t in tokens}
    for up in words.root.ancestors:
        if up.i in own:
            return False
        if up.dep_ != "advcl" or up.pos_ not in ("VERB", "AUX"):
            continue
        marked = any(c.dep_ == "mark" and c.lower_ in _BEFORE_MARKS for c in up.children)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in own for c in up.children)
        return marked and subject
    return False


# how many days before what it preceded an event told "days after" or "weeks after" came:
# (most, least) for a bare unit, and the days one unit stands for when counted
_GAP_UNITS = {"day": ((7, 1), 1), "week": ((35, 7), 7)}


def before_what_it_preceded(span: DateSpan, tokens: list) -> DateSpan:
    """ "The raid came days after ISKP published a new issue of its magazine": an event with no
    day of its own, told in a clause that came "days after" or "two weeks after" what the
    sentence is about, happened that long before the day borrowed from around it (the raid's),
    not on it."""
    gap = _gap_before(tokens)
    if gap is None or not span.start:
        return span
    most, least = gap
    day = date.fromisoformat(span.start)
    return DateSpan(
        (day - timedelta(days=most)).isoformat(),
        (day - timedelta(days=least)).isoformat(),
        "week" if most - least >= 3 else "day",
        span.text,
    )


def _gap_before(tokens: list) -> tuple[int, int] | None:
    """(most, least) days between the event and what came "days after" it, from the clause the
    event's words open with "after" ("came days after X published ...")."""
    for token in tokens:
        stretch = _stretch_before(token)
        if stretch is not None:
            return stretch
        for clause in (token, *token.ancestors):
            if clause.dep_ != "advcl":
                continue
            marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"]
            if not marks:
                return None
            units = [c for t in (clause, *marks) for c in t.children if c.dep_ == "npadvmod"]
            unit = next((u for u in units if u.lemma_.lower() in _GAP_UNITS), None)
            if unit is None:
                return None
            (most, least), days = _GAP_UNITS[unit.lemma_.lower()]
            counted = [c for c in unit.children if c.dep_ == "nummod" or c.lower_ in ("a", "an")]
            if counted:
                n = 1 if counted[0].lower_ in ("a", "an") else small_number(counted[0].text)
                if n is None:
                    return None
                slack = 0 if days == 1 else 3
                return n * days + slack, max(1, n * days - slack)
            return most, least
    return None


# the stretches an event may be told to fall in before another ("in the week before it
# appeared"): (most, least) days before the other
_STRETCHES_BEFORE = {"week": (7, 1), "days": (7, 1), "weeks": (35, 7), "month": (31, 1)}


def _stretch_before(token):
    """ "In the week before it appeared, the group released three videos": the stretch before
    another event that the event's verb is told in."""
    verbs = [t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")]
    for prep in (c for verb in verbs for c in verb.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "over"):
            continue
        for stretch in (c for c in prep.children if c.dep_ == "pobj"):
            before = any(
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "before" for m in c.children)
                for c in stretch.children
            )
            if before and stretch.lower_ in _STRETCHES_BEFORE:
                return _STRETCHES_BEFORE[stretch.lower_]
    return None


def _perfect(verb) -> bool:
    """ "have killed": news told as just done."""
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )


def _day_of_saying(sentence: Sentence) -> EventDate | None:
    """The day hanging off a verb of saying in ``sentence`` ("said on Friday")."""
    for start, end, span, words in sentence.dates:
        if not span.start or span.precision != "day" or is_period(span) or words is None:
            continue
        if _saying_verb_over(words) is not None:
            return EventDate(span, start, end, explicit=False)
    return None


def _last_day_or_week(
    sentence: Sentence,
    precisions=("day", "week"),
    own: bool = False,
    first: bool = False,
    tokens: list | None = None,
) -> EventDate | None:
    """``own``: the event's own sentence, where a day "since the group's Oct. 7 attack" or
    "after Wednesday's raid" tells another event's day, not one this event may borrow.
    ``first``: the sentence's first day, its main clause's mostly ("In a statement posted on
    Wednesday, X said fighters had stormed the dockyard on Saturday": what came next followed
    the statement). ``tokens``: the event's words in its own sentence."""
    dated = [
        d
        for d in sentence.dates
        if d[2].start
        and d[2].precision in precisions
        and not is_period(d[2])
        and not (own and _names_earlier_event(d[3]))
        and not _state_still_held(d[3], [])
        # "freed 137 pupils who were abducted ... two weeks ago": the taking's day, not ours
        and not (tokens and d[3] is not None and _taking_told_apart(d[3], tokens))
        and not (tokens and d[3] is not None and event_told_as_description(d[3], tokens))
    ]
    if not dated:
        return None
    if not own:  # "troops overran a camp last week, the army said on Tuesday": the deed's day
        deeds = [d for d in dated if d[3] is None or _saying_verb_over(d[3]) is None]
        dated = deeds or dated
    start, end, span, _ = dated[0] if first else dated[-1]
    return EventDate(span, start, end, explicit=False)


def date_of_saying(sentence: Sentence, tokens: list) -> EventDate | None:
    """The day the event was announced, when its own clause gives none: "the SDF said on
    Monday that its fighters had detained six suspects" (the conventions date an event told
    only as announced by the announcement)."""
    said = _day_said(sentence, tokens)
    if said is None:
        return None
    start, end, span = said
    return EventDate(span, start, end, explicit=True)
