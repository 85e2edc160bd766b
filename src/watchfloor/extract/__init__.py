"""Stage 6, extract: a parsed document -> event mentions, one extractor per event type.

Each event extractor is a function ``(DocContext) -> list[EventMention]``; statements and
statistics have one each (``extract_statements``, ``extract_statistics``). Adding an event type means
adding one to ``EXTRACTORS``, and to ``WORTH_PARSING`` a quick test of which sentences it reads
the parse of (the nlp stage tags and parses only those, and recognises entities around them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from watchfloor.data import load_toml
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
from watchfloor.extract.context import DocContext, build_context, title_line
from watchfloor.extract.counted_from import date_counted_from_events
from watchfloor.extract.lexicon import attack_lexicon
from watchfloor.extract.syntax import SAYING_VERBS
from watchfloor.models import DateSpan, EventMention, StatementMention, StatisticMention

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
    "sentence_worth_parsing_with_history",
]


def sentence_worth_parsing(sentence, text: str) -> bool:
    """Some extractor reads the parse of this sentence (a spaCy span, not yet parsed, and its
    text)."""
    return any(test(sentence, text) for test in WORTH_PARSING.values())


def sentence_worth_parsing_with_history(sentence, text: str) -> bool:
    """``sentence_worth_parsing``, and also the sentences that may tell an attack in passing,
    kept aside as history only when the settings keep history (``keep_past_attacks``)."""
    return sentence_worth_parsing(sentence, text) or attacks.worth_parsing_as_history(
        sentence, text
    )


def extract_mentions(ctx: DocContext) -> list[EventMention]:
    mentions: list[EventMention] = []
    for extractor in EXTRACTORS.values():
        mentions.extend(extractor(ctx))
    kept = _one_view_of_each(ctx, [m for m in mentions if not m.past])
    # "five days before the enclave fell": read once every event the article dates is known
    date_counted_from_events(ctx, kept)
    _days_told_after_the_telling(ctx, kept)
    _deaths_on_the_day_of_their_strike(kept)
    _checked_among_the_dead_of_the_fight_before(ctx, kept)
    _calls_on_the_day_of_their_release(ctx, kept)
    # only once the rumoured death has taken its day from the strike
    kept = _no_operation_for_a_rumoured_death(ctx, kept)
    # history kept aside (``DocContext.keep_past_attacks``) is sifted on its own: the news
    # mentions are the same whether it is kept or not
    kept += _one_view_of_each(ctx, [m for m in mentions if m.past])
    return sorted(kept, key=lambda m: m.sentence_index)


def _one_view_of_each(ctx: DocContext, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, without those another mention of the same words tells better."""
    # an attack that is only a leader's death, or a tally, goes first: the battle read in its
    # sentence is then the one view of the clash ("X was killed with 11 other militants in a
    # gunfight with police")
    kept = _no_attack_for_a_leaders_death(_no_tallies_as_attacks(mentions))
    kept = _one_view_of_each_clash(kept)
    kept = _no_attack_for_a_call_to_attack(kept)
    kept = _no_attack_guessed_in_another_event(kept)
    kept = _no_attack_for_a_place_taken(kept)
    kept = _no_arrest_for_a_raid_s_detentions(ctx, kept)
    kept = _no_arrest_for_a_leader_s_capture(kept)
    kept = _no_arrest_for_captured_leaders_told_again(ctx, kept)
    kept = _no_arrest_pointing_back(ctx, kept)
    return _no_operation_for_a_place_taken(ctx, kept)


# A toll over this many days, open-ended or this large, is a tally of many attacks ("ADF
# fighters killed more than 1,200 civilians in 2021"): the statistics extractor records it
_TALLY_DAYS = 92
_TALLY_TOLL = 100


def _no_tallies_as_attacks(mentions: list[EventMention]) -> list[EventMention]:
    return [m for m in mentions if not (m.type == "attack" and _is_tally(m))]


# A toll this large, with no day to it, is a tally of many attacks however it is worded ("the
# group killed about 5,000 Yazidi men and boys there"): one attack rarely kills so many
_TALLY_TOLL_UNDATED = 1000


def _is_tally(mention: EventMention) -> bool:
    when = mention.date
    tolls = [q for q in (mention.killed, mention.abducted) if q is not None]
    if any((q.min or 0) >= _TALLY_TOLL_UNDATED for q in tolls) and (
        when is None or when.precision != "day" or not mention.date_explicit
    ):
        return True
    if when is None or not when.start or not when.end or not mention.date_explicit:
        return False
    if (date.fromisoformat(when.end) - date.fromisoformat(when.start)).days < _TALLY_DAYS:
        return False
    tolls = [q for q in (mention.killed, mention.abducted) if q is not None]
    return any(q.max is None or (q.min or 0) >= _TALLY_TOLL for q in tolls)


# weapons no state strike uses: a leader killed by a suicide bomber or a knife was attacked
_NOT_STATE_WEAPONS = frozenset({"suicide_vest", "vehicle_bomb", "knife", "vehicle_ramming"})


def _an_attackers_weapon(mention: EventMention) -> bool:
    """The death was an attack's: a weapon no state strike uses, or a bomb in a sentence that
    names no state force, strike or aircraft ("a roadside bomb killed an Islamic State
    commander")."""
    weapons = set(mention.weapons)
    if weapons & _NOT_STATE_WEAPONS:
        return True
    return "explosives" in weapons and not attack_lexicon().state_forces.search(
        mention.sentence.text
    )


def _calls_on_the_day_of_their_release(ctx: DocContext, mentions: list[EventMention]) -> None:
    """ "Al-Muhajir's recording also urged followers to attack ...", with no day of its own: the
    day of the recording told before (the latest release of that word), not a day borrowed from
    the sentence before ("a spokesman said on Friday")."""
    for call in mentions:
        if call.type != "threat" or call.date_explicit:
            continue
        same = _release_of_the_sentence(call, mentions) if call.subtype == "call_to_attack" else None
        if same is not None:  # "called on Muslims to fight ... in an audio message released
            call.date = same.date  # on Tuesday": the call was made that day
            continue
        trigger = _trigger_word(ctx, call)
        if trigger is None:
            continue
        nouns = [
            c
            for c in trigger.children
            if c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "poss" or d.lower_ in ("the", "this", "that") for d in c.children)
        ] or _release_pointed_at(ctx, call)
        if not nouns:
            continue
        releases = [
            m
            for m in mentions
            if m.type == "media_release"
            and m.sentence_index < call.sentence_index
            and _one_day(m)
            and _trigger_word(ctx, m) is not None
            and _trigger_word(ctx, m).lemma_ == nouns[0].lemma_
        ]
        words = media.media_lexicon().any_noun
        pointed = nouns[0].dep_ == "pobj" and bool(words.fullmatch(nouns[0].text))
        if not releases and call.subtype == "call_to_attack" and pointed:
            # "In the speech, he ...": the release just told, in whatever word
            releases = [
                m
                for m in mentions
                if m.type == "media_release"
                and m.sentence_index < call.sentence_index
                and _one_day(m)
            ]
        if releases:
            call.date = max(releases, key=lambda m: m.sentence_index).date


def _one_day(mention: EventMention) -> bool:
    when = mention.date
    return bool(when is not None and when.precision == "day" and when.start and when.start == when.end)


def _release_of_the_sentence(call: EventMention, mentions: list[EventMention]):
    """The one release the call's sentence tells with a day of its own."""
    releases = [
        m
        for m in mentions
        if m.type == "media_release"
        and m.sentence_index == call.sentence_index
        and m.date_explicit
        and _one_day(m)
    ]
    return releases[0] if len({m.date.start for m in releases}) == 1 else None


def _release_pointed_at(ctx: DocContext, call: EventMention) -> list:
    """ "Al-Houthi said in the same speech that ..., and called on his fighters to ...": the
    release the sentence points back at ("in the same speech", "in the recording")."""
    words = ctx.doc.char_span(call.sentence.start, call.sentence.end, alignment_mode="expand")
    if words is None:
        return []
    return [
        t
        for t in words
        if t.pos_ == "NOUN"
        and t.dep_ == "pobj"
        and t.head.lower_ == "in"
        and any(d.lower_ in ("same", "the", "that") or d.dep_ == "poss" for d in t.children)
    ]


def _deaths_on_the_day_of_their_strike(mentions: list[EventMention]) -> None:
    """ "an airstrike had killed Nadir over the weekend", the strike dated to the Saturday
    another sentence gives it: the death told in the same sentence is that day's too."""
    for death in mentions:
        when = death.date
        if (
            death.type != "leadership_change"
            or death.subtype not in ("killed", "rumoured_dead")
            or when is None
            or when.precision == "day"
            or not when.start
            or not when.end
        ):
            continue
        days = {
            m.date.start: m.date
            for m in mentions
            if m.type == "military_operation"
            and m.sentence_index == death.sentence_index
            and m.date_explicit
            and _one_day(m)
            and when.start <= m.date.start <= when.end
        }
        if len(days) == 1:
            death.date = next(iter(days.values()))


# the words of a rumour that a man is counted among the dead of a fight told before
_AMONG_THE_DEAD = re.compile(r"\bamong (?:the dead|those killed|the bodies)\b", re.I)
# ... or names one of the dead the fight before left ("one of the dead was the leader of the
# cell", "identified one of the dead as X", "the dead included X")
_ONE_OF_THE_DEAD = re.compile(r"\bone of the dead\b|\bthe dead included\b", re.I)
# how many sentences before such a death the fight it names the dead of may be told
_DEAD_OF_THE_FIGHT_SENTENCES = 2


def _checked_among_the_dead_of_the_fight_before(
    ctx: DocContext, mentions: list[EventMention]
) -> None:
    """ "Police said on Saturday they were checking whether X was among the dead", after "died
    when militants set off explosives during a gunfight with troops on Friday evening": a
    rumoured death with no day of its own but the telling's is one of the dead of the fight
    the article told just before, on that fight's day."""
    for death in mentions:
        if death.type != "leadership_change" or death.subtype not in ("killed", "rumoured_dead"):
            continue
        if death.date_explicit and not _day_of_telling_only(ctx, death):
            continue
        among = bool(_AMONG_THE_DEAD.search(death.sentence.text))
        # "A commander who collected its levies was among the dead, the air force said on
        # Tuesday": one of the dead the strikes told just before left, as "one of the dead"
        named = bool(_ONE_OF_THE_DEAD.search(death.sentence.text))
        named = named or (death.subtype == "killed" and among)
        if death.subtype == "rumoured_dead" and among:
            first = 0
        elif named:
            first = death.sentence_index - _DEAD_OF_THE_FIGHT_SENTENCES
        else:
            continue
        fights = [
            m
            for m in mentions
            if m.type in ("military_operation", "attack")
            and first <= m.sentence_index < death.sentence_index
            and (m.date_explicit or named)
            and _one_day(m)
            and (named or death.date is None or m.date.start <= (death.date.start or ""))
        ]
        if fights:
            death.date = max(fights, key=lambda m: m.sentence_index).date
            death.date_explicit = False


# how many sentences after an event dated only by its telling may give the deed's own day,
# and how many days before the telling that day may be
_TOLD_AFTER_SENTENCES = 2
_TOLD_AFTER_DAYS = 3


def _days_told_after_the_telling(ctx: DocContext, mentions: list[EventMention]) -> None:
    """ "Security forces have killed X in a raid on a house ..., the committee said on Monday.
    The committee said troops surrounded the house early on Sunday": an operation or a
    leader's fate its own words do not date (the day it was told, borrowed) takes the earlier
    day a next sentence gives the deed, told of a thing the first named again ("the house")."""
    for m in mentions:
        fate = m.type == "leadership_change" and m.subtype in ("killed", "captured", "arrested")
        if not (m.type == "military_operation" or fate):
            continue
        if not _one_day(m) or m.date_explicit or title_line(m.sentence_index, m.sentence.text):
            continue  # a day of its own words; a headline, whose next lines are the story's
        day = _deed_day_told_after(ctx, m.sentence_index, date.fromisoformat(m.date.start))
        if day is not None:
            m.date = day


def _deed_day_told_after(ctx: DocContext, index: int, told: date) -> DateSpan | None:
    first = ctx.sentences[index]
    anchor = ctx.document.anchor_for(first.start)
    named = {t.lemma_.lower() for t in first.span if t.pos_ == "NOUN"} if first.parsed else set()
    for sentence in ctx.sentences[index + 1 : index + 1 + _TOLD_AFTER_SENTENCES]:
        if ctx.document.anchor_for(sentence.start) != anchor:
            continue
        if not sentence.parsed:  # the parse was left out: the words must tell it
            day = _deed_day_in_words(sentence, named, told)
            if day is not None:
                return day
            continue
        # the verbs of which a thing named again ("the house") is the subject or object
        verbs = {
            t.head.i
            for t in sentence.span
            if t.pos_ == "NOUN"
            and t.lemma_.lower() in named
            and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in t.children)
        }
        for _, _, span, words in sentence.dates:
            if not _a_day_just_before(span, told):
                continue
            # "surrounded the house early on Sunday": the day hangs on the verb itself, through
            # its preposition only (not "followed a bombing on Saturday", the bombing's)
            verb = words.root
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep", "npadvmod"):
                verb = verb.head
            if verb.i in verbs:
                return span
    return None


def _a_day_just_before(span: DateSpan, told: date) -> bool:
    """One day, at most ``_TOLD_AFTER_DAYS`` before the day the deed was told."""
    if span.precision != "day" or not span.start or span.start != span.end:
        return False
    return 0 < (told - date.fromisoformat(span.start)).days <= _TOLD_AFTER_DAYS


_DEED_VERBS = re.compile(
    r"\b(?:surrounded|stormed|raided|struck|attacked|hit|besieged|ambushed|bombed)\s+the\s+"
    r"(?P<noun>[a-z]+)\b[^,;]*?$",
    re.I,
)


def _deed_day_in_words(sentence, named: set[str], told: date) -> DateSpan | None:
    """ "troops surrounded the house in the suburb early on Sunday": a verb of the deed, the
    thing named again right after it, and the day in the same stretch of words."""
    for start, _, span, _ in sentence.dates:
        if not _a_day_just_before(span, told):
            continue
        m = _DEED_VERBS.search(sentence.text[: start - sentence.start])
        noun = m.group("noun").lower() if m else ""
        if m and (noun in named or noun.rstrip("s") in named):
            return span
    return None


def _day_of_telling_only(ctx: DocContext, mention: EventMention) -> bool:
    """The mention's day is its sentence's verb of saying ("police said on Saturday")."""
    date_field = next((f for f in mention.fields if f.field == "date"), None)
    if date_field is None:
        return True
    before = ctx.document.text[max(0, date_field.start - 25) : date_field.start]
    return bool(re.search(r"\b(?:said|told|announced|confirmed)\b(?: \w+)?\s*(?:on )?$", before))


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
            and not _an_attackers_weapon(m)
        )
    ]


def _no_attack_for_a_call_to_attack(mentions: list[EventMention]) -> list[EventMention]:
    """A speculative attack whose trigger comes after a call to attack in the same sentence
    ("the spokesman urged supporters to attack civilians with knives", "threatened to attack
    Russia") is what the call asks for, not an attack."""
    calls: dict[int, int] = {}
    for m in mentions:
        if m.type == "threat" and m.subtype == "call_to_attack":
            start = calls.get(m.sentence_index, m.trigger.start)
            calls[m.sentence_index] = min(start, m.trigger.start)
    return [
        m
        for m in mentions
        if not (
            m.type == "attack"
            and m.certainty == "speculative"
            and m.sentence_index in calls
            and m.trigger.start > calls[m.sentence_index]
        )
    ]


# the events whose sentence may guess at an attack that is only theirs: a warning of attacks,
# a strike that may have killed a leader, a leader rumoured dead, an arrest over a plot
_GUESSED_IN = frozenset({"threat", "military_operation", "leadership_change", "arrest"})


def _no_attack_guessed_in_another_event(mentions: list[EventMention]) -> list[EventMention]:
    """ "The home department warned that sympathisers might attack processions", "an earlier
    strike may have killed the Taliban's shadow governor": a speculative attack in a sentence
    that tells another event (the warning, the strike, the rumoured death) is that event's
    content, not a possible attack of its own."""
    told = {m.sentence_index for m in mentions if m.type in _GUESSED_IN}
    return [
        m
        for m in mentions
        if not (m.type == "attack" and m.certainty == "speculative" and m.sentence_index in told)
    ]


def _no_attack_for_a_place_taken(mentions: list[EventMention]) -> list[EventMention]:
    """ "The rebels overran most of the city on Sunday": a town taken is the territorial change
    read in the same sentence; the takeover word read as an assault, with no one killed,
    wounded or taken, would be a second, wrong record. "Militants overran a base, killing
    dozens of soldiers" stays an attack."""
    taken = {m.sentence_index for m in mentions if m.type == "territorial_change"}
    takeover = attack_lexicon().takeover
    return [
        m
        for m in mentions
        if not (
            m.type == "attack"
            and m.sentence_index in taken
            and takeover.fullmatch(m.trigger.text)
            and m.killed is None
            and m.wounded is None
            and m.abducted is None
        )
    ]


# how a raid's verb governs the detentions made in it ("raided a compound, killing 12 fighters
# and detaining three"; "stormed the house and arrested two men")
_PART_OF_THE_RAID = frozenset({"advcl", "conj", "xcomp"})


def _no_arrest_for_a_raid_s_detentions(
    ctx: DocContext, mentions: list[EventMention]
) -> list[EventMention]:
    """People detained in the course of a military raid told in the same clause ("raided a
    compound, detaining three", "forces captured him in a dawn raid") are the raid's
    ``arrested``, not a second record (the way analysts code a raid that detains people; a
    police raid that only arrests people is no operation: ``operations._means_of_an_arrest``)."""
    operations = [m for m in mentions if m.type == "military_operation"]
    kept = []
    for m in mentions:
        raid = _raid_governing(ctx, m, operations) if m.type == "arrest" else None
        if raid is None:
            kept.append(m)
            continue
        if raid.arrested is None and m.arrested is not None:
            raid.arrested = m.arrested
            raid.fields.extend(f for f in m.fields if f.field == "arrested")
    return kept


def _no_arrest_for_a_leader_s_capture(mentions: list[EventMention]) -> list[EventMention]:
    """ "Soldiers had captured the commander who led the assault", "X was taken into custody
    in the United States on Thursday": a named leader taken (captured or arrested, by soldiers,
    agents or police) is the leadership change read on the same word; the taking read also
    as an arrest would tell the one event twice. The people taken with the leader on that word
    ("captured the commander and two of his aides", "Ataullah and five other men were
    detained") are counted on the leader's record, as analysts code one capture with its
    ``arrested``."""
    leaders: dict[tuple[int, int], list[EventMention]] = {}
    for m in mentions:
        if m.type == "leadership_change" and m.subtype in _TAKEN and _a_named_leader(m):
            leaders.setdefault((m.sentence_index, m.trigger.start), []).append(m)
    kept = []
    for m in mentions:
        taken = leaders.get((m.sentence_index, m.trigger.start)) if m.type == "arrest" else None
        if not taken:
            kept.append(m)
            continue
        if m.arrested is not None and (m.arrested.min or 0) > len(taken):
            for leader in taken:
                if leader.arrested is None:
                    leader.arrested = m.arrested
                    leader.fields.extend(f for f in m.fields if f.field == "arrested")
    return kept


_TAKEN = frozenset({"captured", "arrested"})

# how many sentences after a leader's capture "the two men were arrested by federal agents"
# may still point back at the captured
_TOLD_AGAIN_WITHIN = 2


def _no_arrest_for_captured_leaders_told_again(
    ctx: DocContext, mentions: list[EventMention]
) -> list[EventMention]:
    """ "X was taken into custody on Thursday along with Y. The two men were arrested by federal
    agents near El Paso": an arrest of people pointed back at ("the two men", "he", "the
    pair") just after a leader's capture tells that capture again, not a second arrest. So
    does the arrest of one named person just after the capture of a group's head told only by
    his post ("The leader of Los Lobos has been arrested in Spain ... Pipo was detained on
    Thursday by Spanish police"): the name is the post's."""
    taken_at = [
        m.sentence_index
        for m in mentions
        if m.type == "leadership_change" and m.subtype in _TAKEN and _a_named_leader(m)
    ]
    head_at = {
        m.sentence_index
        for m in mentions
        if m.type == "leadership_change" and m.subtype in _TAKEN and _head_taken(m)
    }
    arrests_at = {m.sentence_index for m in mentions if m.type == "arrest"}
    kept = []
    for m in mentions:
        before = [
            i
            for i in taken_at
            if 0 < m.sentence_index - i <= _TOLD_AGAIN_WITHIN
            and not any(i <= j < m.sentence_index for j in arrests_at)
        ]
        if m.type == "arrest" and before and not m.counts_add:
            pointed = _taken_pointed_back(ctx, m)
            named = bool(head_at.intersection(before)) and _one_named_taken(ctx, m)
            if pointed or named:
                continue
        kept.append(m)
    return kept


def _no_arrest_pointing_back(ctx: DocContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "The arrest comes a day after soldiers took a mine": an arrest noun pointing back
    (``arrests.points_back``) after an arrest an earlier sentence tells is that arrest told
    again, not a second one (it would take the place or day of the sentence around). With no
    arrest before it (a leader's capture read as a leadership change only: "Prior to his
    arrest, Akbar was ..."), or only after arrests the text leaves undated (which it may be
    the one to date), it stays."""
    first = min(
        (
            m.sentence_index
            for m in mentions
            if (m.type == "arrest" and m.date_explicit)
            or (m.type == "leadership_change" and m.subtype in _TAKEN and _head_taken(m))
        ),
        default=None,
    )
    kept = []
    for m in mentions:
        if m.type == "arrest" and first is not None and m.sentence_index > first:
            word = _trigger_word(ctx, m)
            if word is not None and arrests.points_back(word):
                continue
        kept.append(m)
    return kept


def _taken_pointed_back(ctx: DocContext, arrest: EventMention) -> bool:
    """The people the arrest takes are a pronoun or a definite noun phrase with no name ("he",
    "the two men", "the pair")."""
    word = _trigger_word(ctx, arrest)
    if word is None:
        return False
    taken = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    if not taken or taken[0].ent_type_ == "PERSON" or taken[0].pos_ == "PROPN":
        return False
    head = taken[0]
    if head.pos_ == "PRON":
        return head.lower_ in ("he", "she", "they", "him", "her", "them")
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "both", "these", "those") for c in head.children
    )


def _head_taken(mention: EventMention) -> bool:
    """A group's head taken, told by his post alone ("the leader of Los Lobos")."""
    return any(a.role == "subject" and _the_head_of(a.name) for a in mention.actors)


def _one_named_taken(ctx: DocContext, arrest: EventMention) -> bool:
    """The arrest takes one person, named ("Para Wijayanto, 54, was detained")."""
    word = _trigger_word(ctx, arrest)
    if word is None or (arrest.arrested is not None and (arrest.arrested.min or 0) > 1):
        return False
    taken = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    return len(taken) == 1 and (taken[0].ent_type_ == "PERSON" or taken[0].pos_ == "PROPN")


def _a_named_leader(mention: EventMention) -> bool:
    """The one taken is named ("Abou Houzeifa", 'Ismael "El Mayo" Zambada') or is the one
    head of a named group ("the leader of Los Lobos"), not described ("a senior official",
    "a Taliban leader"): a described captive may be anyone an arrest record should count, as
    press releases count every detainee."""
    named = any(a.role == "subject" and _a_personal_name(a.name) for a in mention.actors)
    return named or _head_taken(mention)


def _the_head_of(name: str) -> bool:
    return _head_of_pattern().match(name) is not None


@cache
def _head_of_pattern() -> re.Pattern:
    posts = load_toml("leaders.toml")["positions"]
    words = [w.removesuffix(" of") for w in (*posts["leader"], *posts["founder"])]
    return re.compile(rf"the (?:{'|'.join(words)}) of (?-i:[A-Z])", re.IGNORECASE)


def _a_personal_name(name: str) -> bool:
    # a lower-case word longer than a name particle (al, bin, de, van) makes it a description
    words = re.findall(r"[^\W\d_]+", name)
    return (
        bool(words)
        and words[0][:1].isupper()
        and not any(w.islower() and len(w) > 3 for w in words)
    )


def _raid_governing(ctx: DocContext, arrest: EventMention, operations: list[EventMention]):
    word = _trigger_word(ctx, arrest)
    if word is None or arrest.certainty != "reported":
        return None
    for operation in operations:
        if operation.sentence_index != arrest.sentence_index or operation.certainty != "reported":
            continue
        raid = _trigger_word(ctx, operation)
        if raid is None:
            continue
        if raid.pos_ != "VERB":
            if operation.subtype == "raid" and word in raid.ancestors:
                return operation  # "forces captured him in a dawn raid": soldiers' raid
            continue
        up = word
        while up.dep_ in _PART_OF_THE_RAID and up.head.i != up.i and not _own_doer(up):
            up = up.head
            if up.i == raid.i or _reported_under(raid, up):
                return operation
    return None


def _reported_under(raid, verb) -> bool:
    """ "Troops fought the attackers and killed 36 of them, the ministry said, and seven
    others were captured alive": the parser joins the capture to the verb of saying, not to
    the fighting it reports; the fighting (the saying verb's clausal complement, or a verb
    joined to it) is the raid the people were taken in."""
    if verb.lemma_.lower() not in SAYING_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and (clause.i == raid.i or raid in clause.conjuncts):
            return True
    return False


def _own_doer(verb) -> bool:
    """ "soldiers killed three members in a clash, and police in Florencia arrested a man": a
    verb joined to the raid's with a doer of its own (a subject, or "by police") tells another
    force's act, not a detention made in the raid; "and seven others were captured" names only
    the people taken."""
    if verb.dep_ != "conj":
        return False
    return any(
        c.dep_ == "nsubj" or (c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )


def _trigger_word(ctx: DocContext, mention: EventMention):
    sentence = ctx.sentences[mention.sentence_index]
    words = sentence.span.doc.char_span(
        mention.trigger.start, mention.trigger.end, alignment_mode="expand"
    )
    return words.root if words is not None else None


def _no_operation_for_a_place_taken(
    ctx: DocContext, mentions: list[EventMention]
) -> list[EventMention]:
    """ "Afghan forces recaptured several villages in the first week of the offensive",
    "declared Fallujah recaptured, ending a five-week offensive": the place taken is what the
    sentence tells; the offensive it was taken in, with no one killed, is its setting, not a
    second record. So is a raid read on the takeover word itself ("troops overran a rebel
    camp on Saturday"): with no one killed or taken and no arms told ("troops backed by
    helicopter gunships overran an encampment" is an assault), the camp taken is all it
    tells."""
    taken = {m.sentence_index for m in mentions if m.type == "territorial_change"}
    takeover_words = {
        (m.sentence_index, m.trigger.start) for m in mentions if m.type == "territorial_change"
    }
    return [
        m
        for m in mentions
        if not (
            m.type == "military_operation"
            and m.sentence_index in taken
            and (
                m.subtype in ("offensive", "other")
                or (
                    (m.sentence_index, m.trigger.start) in takeover_words
                    and not _a_backed_assault(ctx, m)
                )
            )
            and m.killed is None
            and m.arrested is None
        )
    ]


# "troops backed by helicopter gunships", "soldiers supported by jets": a force told with the
# arms that back it is assaulting the place, not only taking it
_BACKING = frozenset({"back", "support", "assist", "cover"})


def _a_backed_assault(ctx: DocContext, operation: EventMention) -> bool:
    word = _trigger_word(ctx, operation)
    if word is None:
        return False
    doers = [c for c in word.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "acl" and c.lemma_ in _BACKING for doer in doers for c in doer.children)


def _no_operation_for_a_rumoured_death(
    ctx: DocContext, mentions: list[EventMention]
) -> list[EventMention]:
    """ "The ministry said it might have killed him in an air strike on a meeting near Raqqa",
    "officials said he had probably died of wounds suffered in a military operation": a strike
    named only inside a leader's rumoured death, told nowhere else in the article, is the
    setting of the rumour the leadership change records; analysts code no operation for it.
    A strike with a toll of its own, the subject of the killing ("an air strike may have killed
    X") or told again in another sentence on its day (the news the rumour is about: "officials
    were checking whether he was among those killed in the strikes. The strikes, carried out
    on Saturday, ...") stays."""
    rumours = [
        m for m in mentions if m.type == "leadership_change" and m.subtype == "rumoured_dead"
    ]
    operations = [m for m in mentions if m.type == "military_operation"]
    return [
        m
        for m in mentions
        if not (
            _only_the_setting_of_a_rumour(ctx, m, rumours)
            and not any(_told_again(m, o) for o in operations)
            and not _pointed_back_to(ctx, m)
        )
    ]


def _told_again(operation: EventMention, other: EventMention) -> bool:
    """Another sentence's operation on the same day, or either with no day the text gives,
    of a kind that may be the same operation: an offensive told elsewhere ("pressed an
    offensive ... overran a camp") is not the air strike a rumour names as how its leader
    died ("checking reports that X was killed in an air strike on the camp"), which it holds."""
    if other.sentence_index == operation.sentence_index:
        return False
    if operations.distinct_operations(operation, other):
        return False
    if not (_own_day(operation) and _own_day(other)):
        return True
    return operation.date.start == other.date.start


_POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})


def _pointed_back_to(ctx: DocContext, operation: EventMention) -> bool:
    """Another sentence names the strike again as known ("the strikes, carried out on
    Saturday"): the strike is what the article is about, not a rumour's setting."""
    word = _trigger_word(ctx, operation)
    if word is None:
        return False
    own = ctx.sentences[operation.sentence_index].span
    return any(
        t.lemma_ == word.lemma_
        and not (own.start <= t.i < own.end)
        and any(c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in t.children)
        for t in word.doc
    )


def _own_day(operation: EventMention) -> bool:
    when = operation.date
    return bool(
        operation.date_explicit and when is not None and when.precision == "day" and when.start
    )


# how a strike hangs under the death it is the setting of: "killed in a strike", "wounds
# suffered in an operation", "among those killed in air raids"
_SETTING_DEPS = frozenset({"prep", "pobj", "acl", "relcl", "dobj", "attr", "advcl"})


def _only_the_setting_of_a_rumour(
    ctx: DocContext, operation: EventMention, rumours: list[EventMention]
) -> bool:
    if operation.type != "military_operation" or operation.arrested is not None:
        return False
    if operation.killed is not None and (operation.killed.max is None or operation.killed.max > 1):
        return False
    word = _trigger_word(ctx, operation)
    if word is None or word.pos_ not in ("NOUN", "PROPN") or word.dep_ != "pobj":
        return False
    for rumour in rumours:
        verb = (
            _trigger_word(ctx, rumour)
            if rumour.sentence_index == operation.sentence_index
            else None
        )
        if verb is not None and _hangs_under(word, verb):
            return True
    return False


def _hangs_under(word, verb) -> bool:
    """The word is reached from the verb through prepositions and modifiers only, never as
    the verb's subject."""
    up = word
    while up.i != up.head.i:
        if up.dep_ not in _SETTING_DEPS:
            return False
        up = up.head
        if up.i == verb.i:
            return True
    return False


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
