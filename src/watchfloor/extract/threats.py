"""Calls to attack and official warnings (event type ``threat``).

``call_to_attack``: a group, leader or spokesman (or their message) calls on followers to carry
out attacks ("urged supporters to attack Jews and Christians in Europe", "called for attacks
during the holidays"). The call must ask for violence (``data/threats.toml``: attack, kill,
target ...) and come from an armed side: a known group or leader, a spokesman, militants or
supporters, or a message of theirs; governments calling for strikes, or anyone calling for an
end to attacks, give none (of two acts asked, one of violence with no word of peace of its own
is a call: "to turn their guns on churches and to stop attacking mosques"). The record holds
the fact of the call, never its words: the caller (role ``speaker``), the targets as short names (role ``target``, also ``details["targets"]``:
"Christians", "Europe", "Christmas markets"; words inside quotation marks are the propaganda
itself and never become targets), the place attacks are called for when the sentence names
one, and the date of the call. Mentions of one article are one call when the caller's group is
the same (``identity``).

``official_warning``: an authority or government warns of attacks, issues an alert or a travel
advisory, or raises a threat level ("the U.S. embassy warned of a possible attack"). The
authority (role ``authority``, type government or state_force) is who warns; a warning by an
analyst, a group or "he" gives none, unless the words name an official thing by nature
("travel advisory", "threat level"). What is warned of goes in ``details["about"]``, short
("possible attacks"); it must be attacks or terrorism, not weather, health or markets, and not
consequences threatened to an enemy ("warned the regime of serious consequences"). The attack
warned of is not recorded here. The warning's date is its own, never the date of the attack
it fears ("warned of attacks around Election Day").

Certainty is "reported": the call or the warning happened. Refused: negation ("did not call
for"), calls or warnings that are only expected, planned or conditional, history (dated more
than a year before the article), generic wording ("has long called for attacks on the West").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence, title_line
from watchfloor.extract.dating import day_of_medium_told_before
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.media import media_lexicon
from watchfloor.extract.setting import fill_date_and_place, told_long_before
from watchfloor.extract.syntax import (
    SAYING_VERBS,
    doc_text,
    hanging_off,
    simple_present,
    with_left_modifiers,
)
from watchfloor.geo.gazetteer import gazetteer
from watchfloor.models import Actor, EventMention, FieldSpan, Span
from watchfloor.nlp.lexicon import fold, group_actor_type, group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.time.find import is_period

# How far back "his call", "the message" may look for the group or leader behind it
BORROW_SENTENCES = 5
_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})
_TARGET_PREPS = frozenset(
    {"on", "against", "in", "across", "throughout", "at", "during", "inside", "around"}
)
_NOT_TARGETS = frozenset(
    {"own", "order", "name", "way", "behalf", "addition", "part", "arms", "death", "deaths"}
    | {"killing"}
)


@dataclass(frozen=True)
class ThreatLexicon:
    call: re.Pattern
    infinitive_only: frozenset[str]
    vowed_nouns: frozenset[str]  # "vowed revenge": a threat told by its object
    sequence_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    threatened: re.Pattern
    light_verbs: frozenset[str]
    violent: re.Pattern
    violent_verbs: re.Pattern
    prison_breaks: re.Pattern
    prison_words: re.Pattern  # a sentence that may ask for a prison break, worth its parse
    hostile_verbs: re.Pattern
    # the same in running text, with the verb's object between ("turn their guns on")
    hostile_in_text: re.Pattern
    perform_verbs: frozenset[str]
    more_of_it: frozenset[str]
    peaceful: re.Pattern
    speakers: re.Pattern
    heads_of_bodies: frozenset[str]
    carriers: re.Pattern
    written_carriers: frozenset[str]
    vehicles: dict[str, re.Pattern]
    group_nouns: frozenset[str]
    doctrines: re.Pattern
    not_speakers: re.Pattern
    warning: re.Pattern
    issued: re.Pattern
    measures: re.Pattern
    measures_by_nature: re.Pattern
    tightening: re.Pattern  # "tightened security at ...": a warning only when ordered
    ordering_verbs: frozenset[str]
    nationwide: re.Pattern  # "across the country": a tightening that is an alert posture
    not_security: re.Pattern
    lifted: frozenset[str]
    official_by_nature: re.Pattern
    about_attacks: re.Pattern
    attack_verbs: re.Pattern
    attacker_nouns: frozenset[str]
    threat_words: re.Pattern
    perpetrators: re.Pattern
    danger_verbs: frozenset[str]  # "were moving into the district": attackers' danger ahead
    danger_states: frozenset[str]  # "were likely to target": as much
    deterrent: re.Pattern
    not_conflict: re.Pattern
    authorities: dict[str, re.Pattern]
    not_authorities: re.Pattern
    domestic_offices: re.Pattern  # "the Interior Ministry": warns about its own country
    advice: re.Pattern
    precautions: re.Pattern
    addressees: re.Pattern
    peoples: re.Pattern
    generic: re.Pattern
    history: re.Pattern
    history_lemmas: frozenset[str]
    standing_advice_verbs: frozenset[str]


@cache
def threat_lexicon() -> ThreatLexicon:
    data = load_toml("threats.toml")
    call, warning = data["call"], data["warning"]
    return ThreatLexicon(
        call=alternation(call["triggers"]),
        infinitive_only=frozenset(call["infinitive_only"]),
        vowed_nouns=frozenset(call["vowed_nouns"]),
        sequence_verbs=frozenset(call["sequence_verbs"]),
        threat_verbs=frozenset(call["threat_verbs"]),
        threatened=alternation(call["threatened"]),
        light_verbs=frozenset(call["light_verbs"]),
        violent=alternation(call["violent"]),
        violent_verbs=alternation(call["violent_verbs"]),
        prison_breaks=re.compile("|".join(call["prison_breaks"]), re.I),
        prison_words=alternation(call["prison_words"]),
        hostile_verbs=alternation(call["hostile_verbs"]),
        hostile_in_text=alternation(
            [p.replace(" ", r" (?:\S+ ){0,2}?") for p in call["hostile_verbs"]]
        ),
        perform_verbs=frozenset(call["perform_verbs"]),
        more_of_it=frozenset(call["more_of_it"]),
        peaceful=alternation(call["peaceful"]),
        speakers=alternation(call["speakers"]),
        heads_of_bodies=frozenset(call["heads_of_bodies"]),
        carriers=alternation(call["carriers"]),
        written_carriers=frozenset(call["written_carriers"]),
        vehicles={k: alternation(v) for k, v in call["vehicles"].items()},
        group_nouns=frozenset(call["group_nouns"]),
        doctrines=alternation(call["doctrines"]),
        not_speakers=alternation(call["not_speakers"]),
        warning=alternation(warning["triggers"]),
        issued=alternation(warning["issued"]),
        measures=alternation(warning["measures"]),
        measures_by_nature=alternation(warning["measures_by_nature"]),
        tightening=alternation(warning["tightening"]),
        ordering_verbs=frozenset(warning["ordering_verbs"]),
        nationwide=alternation(warning["nationwide"]),
        not_security=alternation(warning["not_security"]),
        lifted=frozenset(warning["lifted"]),
        official_by_nature=alternation(warning["official_by_nature"]),
        about_attacks=alternation(warning["about_attacks"]),
        attack_verbs=alternation(warning["attack_verbs"]),
        attacker_nouns=frozenset(warning["attacker_nouns"]),
        threat_words=alternation(warning["threat_words"]),
        perpetrators=alternation(warning["perpetrators"]),
        danger_verbs=frozenset(warning["danger_verbs"]),
        danger_states=frozenset(warning["danger_states"]),
        deterrent=alternation(warning["deterrent"]),
        not_conflict=alternation(warning["not_conflict"]),
        authorities={k: alternation(v) for k, v in warning["authorities"].items()},
        not_authorities=alternation(warning["not_authorities"]),
        domestic_offices=alternation(warning["domestic_offices"]),
        advice=alternation(warning["advice"]),
        precautions=alternation(warning["precautions"]),
        addressees=alternation(warning["addressees"]),
        peoples=alternation(warning["peoples"]),
        generic=alternation(data["generic"]),
        history=alternation(data["history"]),
        history_lemmas=frozenset(data["history_lemmas"]),
        standing_advice_verbs=frozenset(data["standing_advice_verbs"]),
    )


def worth_parsing(sentence, text: str) -> bool:
    lex = threat_lexicon()
    calls = bool(lex.call.search(text)) and bool(
        lex.violent.search(text)
        or lex.violent_verbs.search(text)
        or lex.hostile_in_text.search(text)
        or lex.prison_words.search(text)
    )
    warns = bool(lex.warning.search(text)) and bool(
        lex.about_attacks.search(text)
        or lex.attack_verbs.search(text)
        or lex.perpetrators.search(text)
        or lex.official_by_nature.search(text)
        # "warned that ADF units were moving north": a group the recogniser named
        or (sentence is not None and any(t.ent_type_ == GROUP_LABEL for t in sentence))
    )
    # an authority named, or the people it protects ("Britain gave its nationals the same advice")
    issued = bool(lex.issued.search(text)) and (
        any(p.search(text) for p in lex.authorities.values()) or bool(lex.addressees.search(text))
    )
    advises = bool(lex.warning.search(text) or lex.advice.search(text)) and bool(
        lex.precautions.search(text) and (lex.addressees.search(text) or lex.peoples.search(text))
    )
    threatens = bool(lex.threatened.search(text))
    measures = bool(lex.measures.search(text) or lex.measures_by_nature.search(text))
    return calls or warns or issued or advises or threatens or measures


def extract(ctx: DocContext) -> list[EventMention]:
    mentions = []
    for sentence in ctx.sentences:
        if not sentence.parsed or not worth_parsing(sentence.span, sentence.text):
            continue
        # a call, else every warning by a distinct authority ("the State Department urged
        # Americans to leave, and Russia's embassy advised Russian citizens to depart")
        call = _call_in(ctx, sentence) or _threat_told_in(ctx, sentence)
        mentions.extend([call] if call is not None else _warnings_in(ctx, sentence))
    return _pool_targets(_key_calls(_branch_calls_as_one(_key_warnings(mentions))))


def _branch_calls_as_one(mentions: list[EventMention]) -> list[EventMention]:
    """ "a video in which the Islamic State's Egyptian branch urged its supporters to hunt
    them down ... a masked fighter of Sinai Province calls on followers to strike Christians":
    a call read as the parent group's and one by its only branch in the article, carried by
    the same kind of release (or one whose sentence names none), are the branch's one call."""
    lex, groups = threat_lexicon(), group_lexicon()
    calls = [m for m in mentions if m.subtype == "call_to_attack" and m.identity]
    prefix = "call_to_attack|"
    callers = {m.identity[len(prefix) :] for m in calls}
    for parent in callers:
        branches = [
            c for c in callers if (groups.get(c) is not None and groups.get(c).parent == parent)
        ]
        if len(branches) != 1:
            continue
        branch_kinds = {
            k
            for m in calls
            if m.identity == prefix + branches[0]
            for k, pattern in lex.vehicles.items()
            if pattern.search(m.sentence.text)
        }
        for m in calls:
            if m.identity != prefix + parent:
                continue
            kinds = {k for k, pattern in lex.vehicles.items() if pattern.search(m.sentence.text)}
            if kinds & branch_kinds or not (kinds and branch_kinds):  # "It shows ...": no kind
                m.identity = prefix + branches[0]
    return mentions


def _key_calls(mentions: list[EventMention]) -> list[EventMention]:
    """Calls of one article by one group are one call told over several sentences, unless a
    sentence names another kind of carrier than that group's call before it: the spokesman's
    audio message, the newsletter's editorial and a poster are three calls."""
    lex = threat_lexicon()
    kinds: dict[str, set[str]] = {}  # the group's identity -> its current call's carriers
    told: dict[str, int] = {}
    for m in mentions:
        if m.subtype != "call_to_attack" or not m.identity:
            continue
        group = m.identity
        these = {k for k, pattern in lex.vehicles.items() if pattern.search(m.sentence.text)}
        if these and kinds.get(group) and not these & kinds[group]:
            told[group] = told.get(group, 0) + 1
        if these:
            kinds[group] = these
        if told.get(group):
            m.identity = f"{group}|#{told[group]}"
    return mentions


def _key_warnings(mentions: list[EventMention]) -> list[EventMention]:
    """Warnings of one article are one warning per warning country ("the U.S. embassy",
    "Britain's Foreign Office"); one whose authority names no country ("the embassy said")
    is the warning told just before it, unless its authority is another one ("Britain
    raised its threat level ... Police forces were told to review security")."""
    last, last_words = "", set()
    for m in mentions:
        if m.subtype != "official_warning" or (m.identity or "").startswith(_ON_ITS_OWN):
            continue
        words = _authority_words(m)
        if m.identity == _WARNING:
            if words and last_words and not words & last_words:
                m.identity = f"{_WARNING}|{' '.join(sorted(words))}"
            else:
                m.identity = last or _WARNING
        last, last_words = m.identity or "", words or last_words
    return mentions


def _authority_words(mention: EventMention) -> set[str]:
    """The head words of who warns ("embassy", "police"), to tell one authority from another."""
    return {
        a.name.lower().split()[-1].rstrip("s")
        for a in mention.actors
        if a.role == "authority" and a.name.split()
    }


_WARNING = "official_warning"
_ON_ITS_OWN = f"{_WARNING}|#"  # a step told with no authority: never the warning before it


def _pool_targets(mentions: list[EventMention]) -> list[EventMention]:
    """One call told over several sentences names its targets bit by bit: each mention lists
    them all, as the record keeps the first mention's list."""
    pooled: dict[str, list[str]] = {}
    for m in mentions:
        for name in m.details.get("targets", []):
            names = pooled.setdefault(m.identity or "", [])
            if name not in names:
                names.append(name)
    for m in mentions:
        if m.identity in pooled:
            m.details["targets"] = list(pooled[m.identity])
    return mentions


# --- calls to attack ----------------------------------------------------------------------


def _call_in(ctx: DocContext, sentence: Sentence) -> EventMention | None:
    lex = threat_lexicon()
    for match in lex.call.finditer(sentence.text):
        token = _trigger_token(sentence, match)
        if token is None:
            continue
        content = _call_content(token, lex)
        acts = _acts_asked(token, lex)
        attack_words = _violence_asked(acts, lex)
        # (a participle of the aside, "released on Jan. 4, titled ...", asks nothing)
        asked_verbs = [
            a
            for a in acts
            if a.pos_ in ("VERB", "AUX") and not (_titling(a) or _participle_of_aside(a))
        ]
        if not attack_words and not asked_verbs:
            # "urged followers on Monday, in an audio message, to kill ..."; "tells supporters
            # who cannot travel to go to the Philippines and to attack the army there"
            acts = _act_after_aside(token) or _act_inside_relative(token)
            attack_words = _violence_asked(acts, lex)
            content = sorted({*content, *(t for a in acts for t in a.subtree)}, key=lambda t: t.i)
        if not content or not attack_words:
            continue
        asked = _without_conditions(_without_restatement(content))
        peace = asked and lex.peaceful.search(_unquoted(_text_of(sentence, asked)))
        if peace and not _an_act_of_violence_alone(acts, lex):
            continue  # "called for an end to attacks" (not "... unless Kenya withdraws")
        speaker = _caller(ctx, sentence, token, lex)
        if speaker is not None and speaker[1] is None:
            speaker = _not_its_own_target(ctx, sentence, speaker, acts)
        if speaker is None:
            continue
        verdict = _verdict(sentence, token, match, lex)
        if verdict not in ("reported", "alleged"):
            continue
        if token.lemma_.lower() == "declare" and token.dep_ == "relcl":
            continue  # "a group that had declared war on it": who the group is, no new call
        if _who_someone_is(token, lex):
            continue  # "He was the man who gave the orders for the operations": a role
        if _counter_insurgent(token, attack_words, lex):
            continue  # "the commander told his troops to attack the militants"
        if _habitual_perfect(sentence, token, lex):
            continue  # "its leader has urged Muslims in the West to carry out attacks"
        if _set_as_condition(token, acts):
            continue  # "threatened to kill the hostages unless the prisoners were freed"
        mention = _call_by(sentence, verdict, match, speaker)
        targets = _fill_targets(mention, sentence, attack_words, content, lex)
        places_from = [t for noun in targets for t in noun.subtree]
        _fill_setting(
            ctx,
            mention,
            sentence,
            [token, *attack_words[:1], *_release_verb(token, lex)],
            _asked([t for act in acts for t in act.subtree]),
            places_from,
        )
        _no_date_from_outside_its_release(mention, token, lex)
        released = _day_of_its_release(ctx, sentence, token, lex)
        if released is not None and not mention.date_explicit:
            mention.date = released
        if told_long_before(ctx, mention, sentence):
            return None
        # the call's place is what it asks to attack, not where it was made: it never keeps
        # apart two mentions of one call ("attacks in Iraq", "Christians across Europe")
        mention.location_explicit = False
        mention.identity = f"call_to_attack|{_caller_group(speaker[0])}"
        return mention
    return None


def _no_date_from_outside_its_release(mention: EventMention, token, lex: ThreatLexicon) -> None:
    """ "Families fled this week after killings, following a video in which the branch urged
    its supporters to hunt them down": a call told inside the clause of the release that made
    it is dated by that release, not by a date of the sentence outside that clause."""
    clause = next((t for t in (token, *token.ancestors) if t.dep_ in ("relcl", "acl")), None)
    if clause is None or not lex.carriers.fullmatch(clause.head.text):
        return
    inside = {t.idx for t in clause.subtree}
    dates = [f for f in mention.fields if f.field == "date"]
    if not dates or any(f.start in inside for f in dates):
        return
    mention.date, mention.date_explicit = None, False
    mention.fields = [f for f in mention.fields if f.field != "date"]


def _who_someone_is(token, lex: ThreatLexicon) -> bool:
    """The call told in a relative clause that says which person someone is ("the man who
    gave the orders for the operations", "a preacher who urged ..."), not set off by a comma
    as a fact of its own ("the spokesman, who urged followers ..."): a role, not one call."""
    verb = (
        token.head
        if token.pos_ == "NOUN" and token.head.lemma_.lower() in (lex.light_verbs | {"give"})
        else token
    )
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.head.ent_type_:
        return False
    person = verb.head
    pronouns = [c for c in verb.children if c.tag_ in ("WP", "WDT") and c.lower_ == "who"]
    if not pronouns:
        return False
    between = person.doc[person.i + 1 : pronouns[0].i]
    return not any(t.text == "," for t in between)


def _day_of_its_release(ctx: DocContext, sentence: Sentence, token, lex: ThreatLexicon):
    """The day of the release a call is told as the content of, or None: "In his recording,
    Muhajir also called on ..." (the day the article gives that recording), "He urges his
    fighters to keep attacking ..." (told in the present as what the release shows: the day of
    the latest release told before), not a day borrowed from the sentences just before."""
    for noun in _carriers_of_call(token, lex):
        told = day_of_medium_told_before(ctx, sentence, noun)
        here = _day_of_carrier_here(sentence, noun)
        if told is not None or here is not None:
            return told.span if told is not None else here
    told = _day_of_calling_release(ctx, sentence, token, lex) or _day_of_release_told_just_before(
        ctx, sentence, lex
    )
    if told is not None:
        return told
    if not _told_as_shown(token):
        return None
    return _day_of_latest_release(ctx, sentence, lex)


def _day_of_latest_release(
    ctx: DocContext, sentence: Sentence, lex: ThreatLexicon, lemma: str | None = None
):
    """The day of the latest release told up to ``sentence`` with a day of its own ("a video
    released on Sunday"), or None. With ``lemma``, the latest release of that name, in the
    sentences before, whatever the precision of its date ("a new magazine, whose first issue
    appeared last month" for "The 17-page issue called on ...")."""
    anchor = ctx.document.anchor_for(sentence.start)
    earlier = ctx.sentences[: sentence.index + (0 if lemma else 1)]
    for other in reversed(earlier[-BORROW_SENTENCES:] if lemma else earlier):
        if ctx.document.anchor_for(other.start) != anchor:
            break
        if not other.parsed or not other.dates:
            continue
        carriers = [
            t
            for t in other.span
            if t.pos_ == "NOUN"
            # "Videos filmed by the attackers began circulating": plurals too
            and (lex.carriers.fullmatch(t.text) or lex.carriers.fullmatch(t.lemma_))
            and (lemma is None or t.lemma_.lower() == lemma)
        ]
        days = [
            found
            for found in hanging_off(other.dates, _release_words(carriers))
            if found[0] <= _NEAR_RELEASE
            and (lemma or found[1][2].precision == "day")
            and found[1][2].start
            and not is_period(found[1][2])
        ]
        if days:
            return min(days, key=lambda found: found[0])[1][2]
    return None


# How far (in the parse) a release's day may hang from it or its verb: "released on Sunday",
# not a day deep inside what the release said ("said ... died when a drone struck on April 21")
_NEAR_RELEASE = 3


def _release_words(carriers: list) -> list:
    """The releases and the verbs that put them out or tell them ("a video released on
    Sunday", "was announced on June 29 in an audio message"): what their day hangs off."""
    words = [*carriers, *(c.head for c in carriers if c.head.pos_ == "VERB")]
    words += [
        c.head.head
        for c in carriers
        if c.head.dep_ == "prep" and c.head.lower_ == "in" and c.head.head.pos_ == "VERB"
    ]
    words += [v for c in carriers for v in c.children if v.dep_ == "acl" and v.pos_ == "VERB"]
    return words


def _day_of_calling_release(ctx: DocContext, sentence: Sentence, token, lex: ThreatLexicon):
    """The date of the release that is itself the caller, named as one told before ("The
    17-page issue called on ...", "The recording urged ..."), or None."""
    verb = token.head if token.dep_ == "conj" else token
    nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":  # "The 17-page issue called on ...", parsed as a participle
        nouns.append(verb.head)
    for noun in nouns:
        if not lex.carriers.fullmatch(noun.text):
            continue
        if _definite(noun):
            return _day_of_latest_release(ctx, sentence, lex, noun.lemma_.lower())
    return None


def _day_of_carrier_here(sentence: Sentence, noun):
    """The date told of a release introduced in the call's own sentence ("In an audio
    recording that circulated on WhatsApp last week, a speaker urged ..."), or None."""
    words = [t for t in noun.subtree]
    days = [
        found
        for found in hanging_off(sentence.dates, words)
        if found[1][2].start and found[1][3].root.i in {t.i for t in words}
    ]
    return min(days, key=lambda found: found[0])[1][2] if days else None


def _day_of_release_told_just_before(ctx: DocContext, sentence: Sentence, lex: ThreatLexicon):
    """A call in a sentence with no date of its own that goes on from one telling what a
    release holds ("In the 11-minute video, Batarfi said ... Batarfi went on to call on
    ..."): the day the article gives that release, else None."""
    if sentence.dates or sentence.index == 0:
        return None
    before = ctx.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph or not before.parsed:
        return None
    carriers = [
        noun
        for prep in before.span
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.pos_ == "VERB"
        for noun in prep.children
        if noun.dep_ == "pobj" and lex.carriers.fullmatch(noun.text)
    ]
    for noun in carriers:
        if _definite(noun):  # "In the 11-minute video, X said ...": the video told before
            told = day_of_medium_told_before(ctx, before, noun)
            return told.span if told is not None else _day_of_latest_release(ctx, before, lex)
        here = _day_told_in(before, [noun])
        if here is not None:
            return here  # "was announced on June 29 in an audio message from ..."
    return None


def _day_told_in(sentence: Sentence, carriers: list):
    """The single day told in ``sentence`` of these releases, or None: hanging right on them
    or their verb, not a day deep inside what was said ("said ... died on April 21")."""
    days = [
        found
        for found in hanging_off(sentence.dates, _release_words(carriers))
        if found[0] <= _NEAR_RELEASE
        and found[1][2].precision == "day"
        and found[1][2].start
        and not is_period(found[1][2])
    ]
    return min(days, key=lambda found: found[0])[1][2] if days else None


def _definite(noun) -> bool:
    return any(d.lower_ in ("the", "this", "that") or d.dep_ == "poss" for d in noun.children)


def _carriers_of_call(token, lex: ThreatLexicon) -> list:
    """The release named as where the call was made, told before ("in his recording", "in the
    same video"), on the call verb or the verb it is listed with."""
    verbs = [token]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        # "In an audio message in early August, X announced ..., warned ... and called on":
        # the verb the list opens with carries the release
        verbs.append(verbs[-1].head)
    # "Awlaki, in the same video, renewed ...": the parse may hang it on the subject
    if verbs[-1].dep_ == "ccomp" and verbs[-1].head.lemma_ in SAYING_VERBS and len(verbs) > 1:
        verbs.append(verbs[-1].head)  # "said no bus would run ... and told": the parse's list
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    words = [*verbs, *subjects]
    # "The statement said ... and told the group's fighters to burn": the release itself tells
    telling = [s for s in subjects if lex.carriers.fullmatch(s.text)]
    return telling + [
        noun
        for word in words
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "through")
        for noun in prep.children
        if noun.dep_ == "pobj" and lex.carriers.fullmatch(noun.text)
    ]


def _told_as_shown(token) -> bool:
    """ "He urges his fighters ...", "a fighter tells supporters ...": a call in the simple
    present is what a release shows, told as news writing describes a video."""
    verb = token.head if token.dep_ == "conj" and token.tag_ not in ("VBZ", "VBP") else token
    return simple_present(verb)


def _habitual_perfect(sentence: Sentence, token, lex: ThreatLexicon) -> bool:
    """ "The group's leader has urged Muslims in the West to carry out attacks": a call in the
    present perfect that names no day and no message it was made in is what the caller has
    said over time, not one call."""
    if token.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children
    ):
        return False
    if lex.carriers.search(sentence.text):
        return False  # "has urged followers in a new audio message to ..."
    listed = {t.i for c in token.children if c.dep_ == "conj" for t in c.subtree}
    inside = {t.i for t in token.subtree} - listed  # not "..., and the group claimed in 2015"
    return not any(d[3] is not None and d[3].root.i in inside for d in sentence.dates)


def _counter_insurgent(token, attack_words: list, lex: ThreatLexicon) -> bool:
    """An order to troops or police, or to attack militants, is a state's, not an armed
    group's call ("told soldiers to hunt down the insurgents", "asked troops to kill the
    attackers"), whoever the sentences before name."""
    addressees = [c for c in token.children if c.dep_ == "dobj"]
    addressees += [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    ordered = (
        token.lemma_.lower() not in _THREATENING
    )  # not "warned troops to leave or face attacks"
    # "called on the New People's Army to step up its attacks": an armed group's name is no
    # state force, whatever its last word
    forces = [a for a in addressees if a.ent_type_ != GROUP_LABEL]
    if ordered and any(_STATE_FORCES.fullmatch(a.text) for a in forces):
        return True
    objects = [o for w in attack_words for o in _target_nouns(w)]
    return any(lex.perpetrators.fullmatch(o.text) for o in objects)


_THREATENING = frozenset({"warn", "threaten", "vow"})
_STATE_FORCES = re.compile(
    r"troops|soldiers|police(?:men)?|policemen|officers|army|forces|commandos|guards", re.I
)


def _call_by(sentence: Sentence, verdict: str, match, speaker: tuple) -> EventMention:
    """A call to attack with its caller (the actor and, when read off words, their span)."""
    mention = _mention(sentence, "call_to_attack", verdict, match)
    mention.actors.append(speaker[0])
    if speaker[1] is not None:
        mention.fields.append(speaker[1])
    return mention


def _threat_told_in(ctx: DocContext, sentence: Sentence) -> EventMention | None:
    """A group's spokesman or fighter telling what will befall its enemies ("a fighter warned
    that countries taking part in airstrikes would suffer the fate of France", "said foreign
    airlines should leave Pakistan immediately"): a call to attack them, told as a threat."""
    lex = threat_lexicon()
    for match in lex.threatened.finditer(sentence.text):
        clause = _trigger_token(sentence, match)
        if clause is None:
            continue
        clause = next((t for t in (clause, *clause.ancestors) if t.dep_ == "ccomp"), None)
        if clause is None or clause.head.lemma_.lower() not in lex.threat_verbs:
            continue
        token = clause.head
        if _conditional(clause):
            continue  # "hostages would be killed if the airstrikes continued": a condition set
        speaker = _caller(ctx, sentence, token, lex)
        if speaker is None:
            continue
        verdict = _threat_verdict(sentence, token, match, lex)
        if verdict not in ("reported", "alleged"):
            continue
        mention = _call_by(sentence, verdict, match, speaker)
        for noun in _threatened_nouns(sentence, clause, match, lex):
            name = _short_name(sentence, noun)
            mention.details.setdefault("targets", []).append(name)
            mention.actors.append(Actor(name, None, "target", _target_type(noun, name)))
        _fill_setting(ctx, mention, sentence, [token, *_release_verb(token, lex)], [], [])
        if told_long_before(ctx, mention, sentence):
            return None
        mention.location_explicit = False
        mention.identity = f"call_to_attack|{_caller_group(speaker[0])}"
        return mention
    return None


def _set_as_condition(token, acts: list) -> bool:
    """A threat made on a condition ("threatened to kill the hostages unless ...", "vowed to
    attack if the troops stayed") is a demand, not a call to attack: a clause of "if" or
    "unless" on the call verb or on the act it asks."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for word in (token, *acts)
        for c in word.children
    )


def _conditional(clause) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in clause.subtree
    )


def _threatened_nouns(sentence: Sentence, clause, match, lex: ThreatLexicon) -> list:
    """Who is threatened: the subject of what will befall them ("countries taking part would
    be attacked", "foreign forces would face attacks"), or, when the threat is of what the
    group will do ("would continue to target hotels", "would carry out attacks on schools"),
    what its violent words take."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers = {t.i for s in subjects for t in s.subtree}
    start, end = sentence.start + match.start(), sentence.start + match.end()
    violent = [
        t
        for t in sentence.span
        if start <= t.idx < end
        and (lex.violent.fullmatch(t.text) or lex.violent_verbs.fullmatch(t.text))
    ]
    if violent and not any(
        t.tag_ == "VBN" or t.lower_ in _SUFFERED for t in sentence.span if start <= t.idx < end
    ):
        nouns = [n for w in violent for n in _target_nouns(w) if not _avenged(n)]
        return [n for n in nouns if n.i not in doers and not lex.violent.fullmatch(n.text)][:4]
    return [s for s in subjects[:1] if s.pos_ in ("NOUN", "PROPN")]


def _avenged(noun) -> bool:
    """ "would avenge his death with attacks on the army": what is avenged is no target."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("avenge", "revenge")


# what a threat's subject will suffer ("would face attacks"), not do
_SUFFERED = frozenset({"face", "suffer"})

_CONDITIONS = frozenset({"if", "unless"})


def _without_conditions(content: list) -> list:
    """The call without its conditions: "vowed more attacks unless Kenya withdraws its
    troops" asks for attacks, the withdrawal is what would stop them."""
    words = {t.i for t in content}
    dropped = {
        t.i
        for verb in content
        if verb.dep_ == "advcl" and any(c.lower_ in _CONDITIONS for c in verb.children)
        for t in verb.subtree
    }
    return [t for t in content if t.i in words - dropped]


def _without_restatement(content: list) -> list:
    """The call without a phrase set off after it that names the call again and says what
    others made of it ("..., a call that counter-terrorism officials said they were taking
    seriously"): the words of those others are not what is asked."""
    words = {t.i for t in content}
    dropped = {
        t.i
        for noun in content
        if noun.dep_ in ("appos", "npadvmod")
        and noun.lemma_.lower() in _TRIGGER_NOUNS
        and noun.left_edge.i > 0
        and noun.doc[noun.left_edge.i - 1].text == ","
        for t in noun.subtree
    }
    return [t for t in content if t.i in words - dropped]


def _release_verb(token, lex: ThreatLexicon) -> list:
    """ "released a video on Wednesday ..., in which he urged": the call is made in the
    message, so the verb that put the message out dates it; so does "in an audio message
    released in late May, Adnani urged ...".
    """
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and lex.carriers.fullmatch(noun.text):
                return [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    if token.dep_ == "advcl" and token.tag_ == "VBG" and _puts_out_a_carrier(token.head, lex):
        return [token.head]  # "published an editorial on Thursday urging supporters to ..."
    if token.dep_ not in ("relcl", "acl"):
        return []
    for above in token.ancestors:
        if lex.carriers.fullmatch(above.text) and above.head.pos_ == "VERB":
            return [above.head]
        if above.dep_ == "acl" and lex.carriers.fullmatch(above.head.text):
            # "a video released on Nov. 8 by its media arm, in which he called ...": the parse
            # hangs the clause on the last noun; the verb that put the video out dates it
            return [above]
        if above.pos_ in ("VERB", "AUX"):
            return []
    return []


def _puts_out_a_carrier(verb, lex: ThreatLexicon) -> bool:
    return any(c.dep_ == "dobj" and lex.carriers.fullmatch(c.text) for c in verb.children)


def _caller_group(actor: Actor) -> str:
    """The group behind a caller: a leader's group, else the group itself."""
    named = group_lexicon().get(actor.canonical or "")
    if named and named.type == "person" and named.parent:
        return named.parent
    return actor.canonical or actor.name.lower()


def _call_content(token, lex: ThreatLexicon) -> list:
    """The words after the call word that say what is called for: "on supporters to carry out
    attacks", "for attacks on Christians"; for a call noun made with a light verb, what hangs
    off that verb after it ("made a call to its followers to kill ...")."""
    if _misread_as_adjective(token):
        words = {t for verb in _misread_acts(token) for t in verb.subtree if t.i > token.i}
        return sorted(words, key=lambda t: t.i)
    out = []
    for head in _call_heads(token, lex):
        for child in head.children:
            if child.i <= token.i or child.dep_ in ("punct", "cc", "conj", "mark"):
                continue
            if child.dep_ in ("nsubj", "nsubjpass") and head is not token:
                continue
            out.extend(child.subtree)
    return sorted(set(out), key=lambda t: t.i)


def _call_heads(token, lex: ThreatLexicon) -> list:
    if token.pos_ == "NOUN" and token.head.lemma_.lower() in lex.light_verbs:
        return [token, token.head]
    return [token]


def _misread_as_adjective(token) -> bool:
    """A past-tense call verb the parse took for an adjective of its own object ("exhorted"
    in "the newsletter exhorted followers to target ..."), or for a clause on its own subject
    in a sentence the parse left without a verb."""
    if token.tag_ == "VBD" and token.dep_ == "acl" and token.head.dep_ == "ROOT":
        return token.head.pos_ == "NOUN"  # "The statement called on followers to ...", verbless
    return token.tag_ in ("VBD", "VBN") and token.dep_ == "amod" and token.head.pos_ == "NOUN"


def _misread_acts(token) -> list:
    """The verbs asked for when the call verb was misread as an adjective of its object: a
    clause on that object ("followers to target", read as a relative clause, also on the
    noun it stands beside), or the verb it was read as the subject of ("readers to target")."""
    noun = token.head
    nouns = [noun, noun.head] if noun.dep_ == "appos" else [noun]
    verbs = [
        c
        for n in nouns
        for c in n.children
        if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.i > token.i
    ]
    above = noun.head
    if noun.dep_ == "nsubj" and above.pos_ == "VERB" and above.i > token.i:
        verbs.append(above)  # kept below only with its "to"
    out = [v for verb in verbs for v in (verb, *verb.conjuncts)]
    return [v for v in out if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)]


def _acts_asked(token, lex: ThreatLexicon) -> list:
    """What the call asks for: the verbs it asks followers to do ("to carry out ...", "to
    behead ..."), or the nouns it is a call for ("called for attacks", "incited violence")."""
    if _misread_as_adjective(token):
        return _misread_acts(token)
    acts = []
    for head in _call_heads(token, lex):
        for child in head.children:
            if child.i <= token.i:
                continue
            asked_verb = child.dep_ in ("xcomp", "advcl", "acl", "ccomp") and child.pos_ in (
                "VERB",
                "AUX",
            )
            asked_thing = child.dep_ == "dobj" and head is token and token.pos_ == "VERB"
            if asked_verb or asked_thing:  # "urged them to attack", "incited violence"
                acts.extend((child, *child.conjuncts))
            elif child.dep_ == "prep" and child.lower_ == "for":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    acts.extend((pobj, *pobj.conjuncts))
            elif child.dep_ == "prep" and child.lower_ == "to" and head is token:
                acts.extend(_verb_after_to(child))
            elif child.dep_ == "prep" and child.lower_ in ("on", "upon") and head is token:
                acts.extend(_to_verbs_inside(child))
            elif (
                child.dep_ == "dobj"
                and token.lemma_.lower() in lex.infinitive_only
                and child.lemma_.lower() in lex.vowed_nouns
            ):
                acts.append(child)  # "vowed revenge for the killings"
    if token.lemma_.lower() in lex.infinitive_only:
        if any(a.dep_ == "dobj" and a.lemma_.lower() in lex.vowed_nouns for a in acts):
            return [a for a in acts if a.dep_ == "dobj" or _infinitive(a)]
        # "told fighters to kill ...", not "told reporters (that) fighters had attacked"
        return [a for a in acts if _infinitive(a)]
    return acts


def _to_verbs_inside(prep) -> list:
    """ "calls on Tajiks working in Russia to take up arms": the parse hangs the "to" clause
    inside the phrase of those called on; its verbs are what is asked."""
    return [
        v
        for v in prep.subtree
        if v.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    ]


def _infinitive(verb) -> bool:
    """ "to attack", or "... and to seize" listed with one."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # "to pay, or it would kill the hostage": a clause of its own
    return verb.dep_ == "conj" and verb.head.i != verb.i and _infinitive(verb.head)


def _act_after_aside(token) -> list:
    """ "urged followers on Monday, in a 42-minute audio message, to kill ...": after an aside
    set off by commas the parse often hangs "to kill" elsewhere; the first "to" + verb after
    the call's object, with no other verb between, is what the call asks."""
    if token.pos_ != "VERB":
        return []
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    objects += _called_upon(token)  # "called on Fulani across West Africa, ..., to take up"
    if not objects:
        return []
    doc = token.doc
    start = objects[0].right_edge.i + 1
    quoted = _quoted_in(token.sent)  # a title in the aside: 'titled "And Kill Them ..."'
    for i in range(start, min(start + _ASIDE_WORDS, len(doc) - 1)):
        word = doc[i]
        if i in quoted or word.text in _QUOTE_MARKS:
            continue
        if word.lower_ == "to" and doc[i + 1].tag_ == "VB":
            verb = doc[i + 1]
            return [verb, *verb.conjuncts]
        if _participle_of_aside(word) or _titling(word):
            continue  # "told fighters in a message read over the radio on Friday to kill"
        if word.pos_ in ("VERB", "AUX") or word.text in (".", ";", ":"):
            return []
    return []


_ASIDE_WORDS = 30
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})


def _titling(word) -> bool:
    """ "in a speech released on Jan. 4, titled ...": the participle that gives the release's
    title, however the parse hangs it."""
    return word.tag_ == "VBN" and word.lemma_.lower() in ("title", "entitle", "call", "name")


def _act_inside_relative(token) -> list:
    """ "tells supporters who cannot travel to the Middle East to go to the Philippines and
    to attack the army": the parse hangs the act asked ("to go ... and to attack") on the verb
    of the clause describing those called on; a "to" + verb of purpose there is the call's."""
    if token.pos_ != "VERB":
        return []
    called = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    called += _called_upon(token)
    return [
        act
        for noun in called
        for clause in noun.children
        if clause.dep_ == "relcl"
        for verb in clause.children
        if verb.i > clause.i and _infinitive(verb) and _not_the_clause_s_own(clause, verb)
        for act in (verb, *verb.conjuncts)
    ]


def _not_the_clause_s_own(clause, verb) -> bool:
    """A "to" + verb of purpose hung on the describing clause, not its own complement: "who
    cannot travel to the Middle East to go", "who cannot reach Syria to go" (after the
    clause's object), not "who want to attack"."""
    if verb.dep_ == "advcl":
        return True
    return verb.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < verb.i for c in clause.children)


def _called_upon(token) -> list:
    """Who a call is made on ("called on Fulani", "appealed to young men"): the object of
    the preposition right after the call verb."""
    return [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i == token.i + 1
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _participle_of_aside(word) -> bool:
    """A participle describing a noun of the aside ("in a message read over the radio",
    "in a video posted online"): no verb of the sentence's own."""
    return word.tag_ in ("VBN", "VBG") and word.dep_ in ("acl", "amod")


def _verb_after_to(to) -> list:
    """ "urged supporters to stab police officers" parsed with "to" as a preposition and
    "stab" as an adjective of "officers": the bare verb right after "to" is the act."""
    doc = to.doc
    if to.i + 1 >= len(doc):
        return []
    verb = doc[to.i + 1]
    return [verb] if verb.pos_ == "VERB" and verb.tag_ == "VB" else []


def _violence_asked(acts: list, lex: ThreatLexicon) -> list:
    """The words of violence in what the call asks for, and only there: the verb asked for
    ("to attack", "to behead"), its object ("to carry out attacks", "to undertake jihad"), or
    what it is a call for ("called for attacks"). Violence told elsewhere in the sentence
    ("listing the killings ...") is not asked for; an act asked not to be done ("not to attack
    diplomatic sites") is no call to attack."""
    found = []
    for act in acts:
        if act.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "neg" for c in act.children):
                if _violent_in_act(act, lex):
                    return []
                continue  # "to attack them and not to wait for orders": the attack is asked
            if any(c.dep_ == "auxpass" for c in act.children):
                continue  # "to leave or be killed": what befalls them, not what they do
            found.extend(_violent_in_act(act, lex))
        elif _violent_noun(act, lex):
            found.append(_violence_of(act, lex))
    return found


def _an_act_of_violence_alone(acts: list, lex: ThreatLexicon) -> bool:
    """ "to turn their guns on churches and to stop attacking mosques": of two acts asked, one
    is violence with no word of peace in its own words, so the call is a call to attack."""
    verbs = [a for a in acts if a.pos_ in ("VERB", "AUX")]
    if len(verbs) < 2:
        return False
    for act in verbs:
        others = {t.i for v in verbs if v is not act and act.is_ancestor(v) for t in v.subtree}
        own = [t for t in act.subtree if t.i not in others]
        words = " ".join(t.text for t in own)  # not the span: another act may sit inside it
        if _violent_in_act(act, lex) and not lex.peaceful.search(words):
            return True
    return False


def _violent_in_act(verb, lex: ThreatLexicon) -> list:
    """ "attack" -> [attack]; "carry out attacks" -> [attacks]; "engage in jihad" -> [jihad];
    "keep attacking" -> [attacking]."""
    if verb.lemma_.lower() in _ASPECTUAL:
        going_on = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if going_on:
            return [w for c in going_on for w in _violent_in_act(c, lex)]
    nouns = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr"):
            nouns.extend((child, *child.conjuncts))
        elif child.dep_ == "prep" and child.lower_ in ("in", "to", "into", "with"):
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    violent = [_violence_of(n, lex) for n in nouns if _violent_noun(n, lex)]
    if violent:
        return violent
    for noun in nouns:  # "to take up arms": the verb and its object together
        phrase = doc_text(verb.doc)[verb.idx : noun.idx + len(noun.text)]
        if noun.i > verb.i and lex.violent.fullmatch(phrase):
            return [noun]
    # "to hunt down apostates": the verb with its particle
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    particles += _away_from(verb)  # "to stay away from Saudi oil facilities"
    words = (verb.text, verb.lemma_, *(f"{verb.lemma_} {p}" for p in particles))
    violent = any(lex.violent.fullmatch(w) or lex.violent_verbs.fullmatch(w) for w in words)
    if violent:
        return [verb]
    # "to break the group's fighters out of the prisons", "to use "all force" against
    # election workers": the act with all its words
    asked = doc_text(verb.doc)[verb.idx : verb.right_edge.idx + len(verb.right_edge.text)]
    act = f"{verb.lemma_.lower()}{asked[len(verb.text):]}"
    if lex.prison_breaks.search(act) or lex.violent.match(act):
        return [verb]
    return _hostile_to_named_enemy(verb, lex) or _more_of_the_attack(verb, lex)


def _away_from(verb) -> list[str]:
    """ "away from" after a verb ("stay away from"), the "from" hung on the verb or the
    adverb."""
    away = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "away"), None)
    if away is None:
        return []
    held = [*verb.children, *away.children]
    return ["away from"] if any(c.dep_ == "prep" and c.lower_ == "from" for c in held) else []


def _verb_phrases(verb) -> list[str]:
    """The verb's lemma alone, with its particle and with its first preposition: "fight",
    "go after", "rise up against"."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    preps = [c.lower_ for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    phrases = [lemma, *(f"{lemma} {p}" for p in particles)]
    if preps:
        phrases += [f"{p} {preps[0]}" for p in list(phrases)]
    return phrases


def _hostile_to_named_enemy(verb, lex: ThreatLexicon) -> list:
    """ "to go after Houthi fighters", "to fight the Americans": a verb of hostility asks for
    violence when the enemy is its object (not "to fight to the death")."""
    if not any(lex.hostile_verbs.fullmatch(p) for p in _verb_phrases(verb)):
        return []
    enemies = [c for c in verb.children if c.dep_ == "dobj"]
    enemies += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _ENEMY_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]
    enemies = [e for e in enemies if e.pos_ in ("NOUN", "PROPN") and e.lower_ not in _NOT_ENEMIES]
    return [verb] if enemies else []


_ENEMY_PREPS = frozenset({"after", "against", "on", "at"})
# what a verb of hostility may take that is no enemy ("fight the good fight", "on the ground")
_NOT_ENEMIES = frozenset({"fight", "battle", "ground", "way", "death", "end", "cause"})


def _more_of_the_attack(verb, lex: ThreatLexicon) -> list:
    """ "praised the cafe attack and urged their countrymen to carry out more like it": a verb
    of carrying out whose object is "more", "similar ones", "another" asks for the attack told
    earlier in the sentence; that attack is the violence asked."""
    if not any(p in lex.perform_verbs for p in _verb_phrases(verb)):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    more_asked = any(
        o.lower_ in lex.more_of_it
        # "similar ones", "do it again"
        or (
            o.lemma_.lower() in ("one", "it")
            and any(c.lower_ in lex.more_of_it for c in o.children if c.dep_ in ("amod", "det"))
        )
        for o in objects
    )
    # "to carry out more like it": "more" hung on the "like" phrase, with no object
    more_asked = more_asked or any(
        c.dep_ == "prep"
        and c.lower_ == "like"
        and any(m.lower_ in lex.more_of_it for m in c.children)
        for c in verb.children
    )
    if not more_asked:
        return []
    told = [
        t for t in verb.sent if t.i < verb.i and t.pos_ == "NOUN" and lex.violent.fullmatch(t.text)
    ]
    return told[-1:]


# verbs of going on with an act: what is asked is the act ("to keep attacking")
_ASPECTUAL = frozenset({"keep", "continue", "resume", "start", "begin", "intensify"})


def _violent_noun(noun, lex: ThreatLexicon) -> bool:
    """ "attacks", "a car bomb attack", "'Lone Wolves' Attacks Worldwide" (a headline's
    compound)."""
    words = [noun, *[c for c in noun.children if c.dep_ in ("compound", "amod")], *_of(noun)]
    if any(lex.violent.fullmatch(w.text) or lex.violent.fullmatch(w.lemma_) for w in words):
        return True
    # "missile and drone strikes": the modifiers and the noun together
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    start = min((c.left_edge.i for c in modifiers), default=noun.i)
    return bool(lex.violent.fullmatch(noun.doc[start : noun.i + 1].text))


def _of(noun) -> list:
    """ "a new phase of struggle", "a wave of attacks": what the phase or wave is of."""
    return [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]


def _violence_of(noun, lex: ThreatLexicon):
    """The violent word of a violent noun: "attacks" in "a wave of attacks"."""
    own = [noun, *[c for c in noun.children if c.dep_ in ("compound", "amod")]]
    if any(lex.violent.fullmatch(w.text) or lex.violent.fullmatch(w.lemma_) for w in own):
        return noun
    return next(
        (w for w in _of(noun) if lex.violent.fullmatch(w.text) or lex.violent.fullmatch(w.lemma_)),
        noun,
    )


def _asked(words: list) -> list:
    """The words of what is asked for, without phrases set off by a comma that say how the
    call was made (", in an audio recording released over the weekend")."""
    aside = {
        t.i for prep in words if prep.dep_ == "prep" and _after_comma(prep) for t in prep.subtree
    }
    return [t for t in words if t.i not in aside]


def _caller(ctx: DocContext, sentence: Sentence, token, lex: ThreatLexicon):
    """(Actor, FieldSpan or None) of who calls, or None when no armed side does: a known
    leader or group among the call's subject words; for "he", "his call", "the speech", a
    spokesman or militants, the leader or group named last before it, in the sentence or in
    the sentences before."""
    found = _caller_of(ctx, sentence, token, lex)
    sequence = _sequence_verb(token, lex)
    if found is None and sequence is not None:
        # "Batarfi went on to call on ...": the caller is the subject of "went on"
        found = _caller_of(ctx, sentence, sequence, lex)
    joined = _verb_joined_to(token)
    if found is None and joined is not None:
        # "the group told oil companies to pull their staff out and warned that any facility
        # still operating would be destroyed": the verb joined to another shares its subject
        found = _caller_of(ctx, sentence, joined, lex)
    main = _main_verb_of_participle(token)
    if found is None and main is not None:
        # "The group's newsletter devoted its editorial to them, describing the camps as
        # prisons and calling on its fighters to break them open": the participle's doer is
        # the main verb's subject
        found = _caller_of(ctx, sentence, main, lex)
    teller = _teller_of_listed_clause(token)
    if found is None and teller is not None:
        # "he told followers that the state was holding firm, and called for attacks": the
        # parse lists the call with the clause told, so its subject is that clause's
        return _caller_of(ctx, sentence, teller, lex)
    if found is None and _participle_of_a_release(token, lex):
        # "issued a statement claiming the shooting and calling on Muslims to ...": the
        # release calls, for the group that put it out
        earlier = _known_before_in_sentence(sentence, token)
        return (_speaker_actor(earlier), None) if earlier is not None else None
    if found is None and _told_inside_a_release(token, lex):
        # "released a video in which three young men ... urged their countrymen to ...": who
        # speaks in a group's release speaks for the group that released it
        earlier = _known_before_in_sentence(sentence, token)
        return (_speaker_actor(earlier), None) if earlier is not None else None
    return found


def _verb_joined_to(token):
    """The finite verb a verb with no subject of its own is joined to by "and" ("told ... and
    warned that ..."), else None."""
    if token.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in head.children):
        return None
    return head


def _main_verb_of_participle(token):
    """The verb a participle clause ("..., calling on its fighters to ...") hangs from, also
    through participles it is listed with; None for anything else."""
    if token.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    while token.dep_ == "conj" and token.head.tag_ == "VBG":
        token = token.head
    if token.dep_ != "advcl" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    return token.head


def _sequence_verb(token, lex: ThreatLexicon):
    """The verb of sequence a call verb is the "to" clause of ("went on to call on ...",
    "proceeded to urge ..."), else None: the call is the next thing done, not a plan."""
    if token.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return None
    head = token.head
    particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
    words = {head.lemma_.lower(), *(f"{head.lemma_.lower()} {p}" for p in particles)}
    return head if words & lex.sequence_verbs else None


def _participle_of_a_release(token, lex: ThreatLexicon) -> bool:
    """The call verb is a participle with no subject of its own, inside the phrase of a
    release noun ("a statement claiming the attack and calling on ...", however the parse
    lists the two participles)."""
    if token.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    for above in token.ancestors:
        if above.pos_ == "NOUN" and lex.carriers.fullmatch(above.text):
            return True
        if above.pos_ == "VERB" and above.tag_ != "VBG":
            # "put out a statement on Sunday claiming ... and calling on ...": the verb that
            # put the release out; another finite verb's subject calls, not a release
            return any(c.dep_ == "dobj" and lex.carriers.fullmatch(c.text) for c in above.children)
    return False


def _told_inside_a_release(token, lex: ThreatLexicon) -> bool:
    """The call verb (or the verb it is listed with) is the clause describing a release: "a
    video in which ... urged", "a recording that called on ..."."""
    verb = token.head if token.dep_ == "conj" else token
    return verb.dep_ == "relcl" and bool(lex.carriers.fullmatch(verb.head.text))


def _teller_of_listed_clause(token):
    """The saying verb above a call verb the parse listed inside the clause it reports
    ("told followers that X was holding firm, and called for ..."), else None."""
    if token.dep_ != "conj" or token.pos_ != "VERB":
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    teller = clause.head
    if any(c.dep_ == "nsubj" for c in teller.children):
        return teller
    # "a statement posted online ... said four of its men had carried out the bombings, and
    # told followers to ...": the saying verb listed with the one that has the subject
    if teller.dep_ == "conj" and any(c.dep_ == "nsubj" for c in teller.head.children):
        return teller.head
    return None


def _caller_of(ctx: DocContext, sentence: Sentence, token, lex: ThreatLexicon):
    words = _subject_words(token, lex)
    found = _known_in(sentence, words) if words else None
    if found is not None:
        return _speaker_actor(found), _field("speaker", found)
    outlet = _outlet_in(sentence, words) if words else None
    if outlet is not None:
        return outlet
    if words and lex.not_speakers.search(_text_of(sentence, words)):
        return None  # "Iraq's parliament called for ...", "officials urged ..."
    head = _subject_head(words, words[0]) if words else None
    if _creed(head, token, lex):
        return None  # "the group's philosophy, which calls for ...": a creed, not a call
    if head is None and _finite(token):  # a subject the parse lost ("... IS has urged")
        earlier = _known_before_in_sentence(sentence, token)
        return (_speaker_actor(earlier), None) if earlier is not None else None
    named = _named_before_by_surname(ctx, sentence, head)
    if named is not None:
        return _speaker_actor(named), FieldSpan(
            "speaker", head.idx, head.idx + len(head.text), head.text
        )
    described = _described_before_by_surname(ctx, sentence, head, lex)
    described = described or _a_voice_in_a_recording(ctx, sentence, head)
    if not described and not _refers_back(head, token, lex):
        return None
    if _he_is_an_unknown_subject_before(ctx, sentence, head):
        return None  # "President Santos ... He had ordered the resumption of bombing raids"
    written = head is not None and head.lemma_.lower() in lex.written_carriers
    if written:
        # "the statement called on ...": a written release speaks for a group, not for the
        # last person the story named (here, perhaps, the dead leader it mourns), but for the
        # group that person led
        group = _known_before_in_sentence(sentence, token, groups_only=True) or _known_before(
            ctx, sentence, groups_only=True
        )
        if group is not None:
            return _speaker_actor(group), None
    earlier = _known_before_in_sentence(sentence, token) or _known_before(ctx, sentence)
    led = _group_of_leader(earlier) if written and earlier is not None else None
    if led is not None:
        return led, None
    if earlier is not None:
        return _speaker_actor(earlier), None
    if head is not None and lex.speakers.fullmatch(head.text):
        name = _short_name(sentence, head)  # "a cleric", "militants": no name to give
        return Actor(name, None, "speaker", "person" if head.tag_ == "NN" else "other"), None
    return None


def _outlet_in(sentence: Sentence, words: list):
    """(Actor, FieldSpan) of a group's outlet among the subject words ("the group's weekly
    newspaper al-Naba urged ..."): the outlet speaks for its group."""
    first, last = min(t.idx for t in words), max(t.idx + len(t.text) for t in words)
    full_text = doc_text(sentence.span.doc)
    for outlet in media_lexicon().outlets:
        m = outlet.pattern.search(full_text, first, last)
        if m is None or not outlet.group:
            continue
        named = group_lexicon().get(outlet.group)
        kind = group_actor_type(named)
        actor = Actor(m.group(), outlet.group, "speaker", kind)
        return actor, FieldSpan("speaker", m.start(), m.end(), m.group())
    return None


def _creed(head, token, lex: ThreatLexicon) -> bool:
    return (
        head is not None
        and head.tag_ in ("WDT", "WP")
        and token.dep_ == "relcl"
        and bool(lex.doctrines.fullmatch(token.head.text))
    )


def _finite(token) -> bool:
    return token.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in token.children
    )


def _a_voice_in_a_recording(ctx: DocContext, sentence: Sentence, head) -> bool:
    """ "Videos ... began circulating. One shows fighters ..., while a man speaking Swahili
    calls on Muslims to take up arms": an unnamed man heard in a release the sentence, or the
    one before, tells is a voice of the group behind it."""
    if head is None or head.lemma_.lower() not in ("man", "woman"):
        return False
    nouns = media_lexicon().any_noun
    before = ctx.sentences[sentence.index - 1].text if sentence.index > 0 else ""
    return bool(nouns.search(sentence.text) or nouns.search(before))


def _refers_back(head, token, lex: ThreatLexicon) -> bool:
    """The caller is told as "he", "his", "which", a spokesman, militants or a message, so is
    named elsewhere; a call noun without an owner ("This call to target ...") too. A verb
    with no subject at all ("... exhorting youth to ...") says nothing of who calls."""
    if head is None:
        return token.pos_ == "NOUN"
    return (
        head.pos_ == "PRON"
        or head.tag_ in ("WDT", "WP")
        or bool(lex.speakers.fullmatch(head.text))
        or bool(lex.carriers.fullmatch(head.text))
        or _the_group_told_before(head)
    )


def _he_is_an_unknown_subject_before(ctx: DocContext, sentence: Sentence, head) -> bool:
    """ "he" opening a sentence after one whose subject is a person no lexicon knows
    ("President Juan Manuel Santos called the operation ... He had ordered ..."): he is that
    person, no group's leader named further back."""
    if head is None or head.lower_ not in ("he", "she") or sentence.index == 0:
        return False
    if any(t.i < head.i and not t.is_punct for t in head.sent):
        return False  # "..., and he said": a pronoun inside the sentence may be anyone's
    before = ctx.sentences[sentence.index - 1]
    if not before.parsed or before.paragraph != sentence.paragraph:
        return False
    root = before.span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = {t.i for t in subject.subtree}
    people = [e for e in before.ents if e.label_ == "PERSON" and e.root.i in words]
    return bool(people) and all(_canonical(e) is None for e in people)


def _the_group_told_before(head) -> bool:
    """ "in which the group urged followers ...": a group named before, referred to."""
    return head.lower_ in threat_lexicon().group_nouns and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        for c in head.children
    )


def _named_before_by_surname(ctx: DocContext, sentence: Sentence, head):
    """ "In his recording, Muhajir also called on ...": a known leader or spokesman named in
    full before ("a new spokesman, Abu Omar al-Muhajir"), now by the last word of his name."""
    people = _people_before_by_surname(ctx, sentence, head, len(ctx.sentences))
    return next((e for e in people if len(e) >= 2 and _canonical(e) is not None), None)


def _described_before_by_surname(ctx: DocContext, sentence: Sentence, head, lex) -> bool:
    """ "Qousi urged Muslims to ...", after "a senior cleric, Ibrahim al-Qousi": a person the
    lexicon does not know, introduced before as one of those who speak for a group."""
    for ent in _people_before_by_surname(ctx, sentence, head, 8):
        root = ent.root
        described = [root.head] if root.dep_ == "appos" else []
        described += [c for c in root.children if c.dep_ == "appos"]
        # "the head of the Houthis' council, X": the parse may set the name beside the body
        described += [d.head.head for d in described if d.dep_ == "pobj" and d.head.lower_ == "of"]
        if any(lex.speakers.fullmatch(d.text) or _head_of_a_groups_body(d, lex) for d in described):
            return True
    return False


def _head_of_a_groups_body(noun, lex: ThreatLexicon) -> bool:
    """ "The head of the Houthis' Supreme Political Council": a head of a body of a group."""
    if noun.lower_ not in lex.heads_of_bodies:
        return False
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(t.ent_type_ == GROUP_LABEL for p in of for t in p.subtree)


def _people_before_by_surname(ctx: DocContext, sentence: Sentence, head, back: int):
    """The people named in the ``back`` sentences before, latest first, whose name ends in the
    proper noun ``head`` ("Muhajir" for "Abu Omar al-Muhajir"; a surname opening the sentence
    the parse may take for a common noun)."""
    if head is None or len(head.text) < 4:
        return
    if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and head.is_title):
        return
    surname = fold(head.text).split("-")[-1]
    for earlier in reversed(ctx.sentences[max(0, sentence.index - back) : sentence.index]):
        for ent in reversed(earlier.ents):
            if ent.label_ == "PERSON" and fold(ent.text).split()[-1].split("-")[-1] == surname:
                yield ent


def _known_before_in_sentence(sentence: Sentence, token, groups_only: bool = False):
    """The last known leader or group (only a group, with ``groups_only``) named before the
    call word, outside quotes ("Hudhayfah al-Ansari ... made an address ... and called upon
    ...", however the parse joins them)."""
    quoted = _quoted_indices(sentence)
    ents = [
        e for e in sentence.ents if e.end <= token.i and e.root.i not in quoted and _speaker_like(e)
    ]
    people = [e for e in ents if e.label_ == "PERSON" and not groups_only]
    ents = [e for e in ents if e.label_ == GROUP_LABEL] if groups_only else ents
    return (people or ents or [None])[-1]


def _speaker_like(ent) -> bool:
    return (ent.label_ == "PERSON" and _canonical(ent) is not None) or ent.label_ == GROUP_LABEL


def _subject_words(token, lex: ThreatLexicon) -> list:
    """The subject of the call: of the call verb (or the verb it is listed with: "praised ...
    and urged ..."), its possessor ("his call") or the subject of the light verb it is made
    with ("ISIS has made a fresh call")."""
    if token.pos_ == "NOUN":
        poss = [t for c in token.children if c.dep_ == "poss" for t in c.subtree]
        if poss:
            return poss
        if token.dep_ in ("dobj",) and token.head.lemma_.lower() in lex.light_verbs:
            return _subject_words(token.head, lex)
        if token.dep_ in ("nsubj", "nsubjpass"):
            return []
        return [t for c in token.children if c.dep_ == "compound" for t in c.subtree]
    # "published an editorial on Thursday urging ...": a participle's doer is its verb's subject
    participle = token.dep_ == "advcl" and token.tag_ == "VBG"
    for tok in (token, token.head if token.dep_ in ("conj", "xcomp") or participle else None):
        if tok is None:
            continue
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return list(child.subtree)
            if child.dep_ == "agent":
                return [t for c in child.children for t in c.subtree]
    if token.dep_ == "acl" and token.head.pos_ == "NOUN":
        return [token.head]  # "released a video calling on Muslims to ...": the video
    return []


def _subject_head(words: list, fallback):
    roots = [t for t in words if t.head not in words or t.head.i == t.i]
    return roots[0] if roots else fallback


def _known_in(sentence: Sentence, words: list):
    """The first known leader, else the first known group, among ``words``."""
    indices = {t.i for t in words}
    ents = [e for e in sentence.ents if e.root.i in indices or e.start in indices]
    people = [e for e in ents if e.label_ == "PERSON" and _canonical(e)]
    groups = [e for e in ents if e.label_ == GROUP_LABEL]
    return (people or groups or [None])[0]


def _not_its_own_target(ctx: DocContext, sentence: Sentence, speaker: tuple, acts: list):
    """A caller borrowed from the sentences before is never the group the call asks to
    attack ("... told followers to go after Houthi fighters", the Houthis named just before
    as the victims): the group named before that one, or None."""
    attacked = _attacked_names(acts)
    if speaker[0].canonical not in attacked:
        return speaker
    earlier = _known_before(ctx, sentence, skip=attacked)
    return (_speaker_actor(earlier), None) if earlier is not None else None


def _attacked_names(acts: list) -> frozenset[str]:
    """Canonical names of the groups among the words of what a call asks to attack."""
    lexicon = group_lexicon()
    words = {t for act in acts for t in act.subtree}
    return frozenset(filter(None, (lexicon.canonical(t.text) for t in words)))


def _group_of_leader(ent) -> Actor | None:
    """The group a known leader belongs to, as the speaker of a written release."""
    if ent.label_ != "PERSON":
        return None
    lexicon = group_lexicon()
    known = lexicon.get(_canonical(ent) or "")
    group = lexicon.get(known.parent) if known is not None and known.parent else None
    if group is None:
        return None
    kind = group_actor_type(group)
    return Actor(group.canonical, group.canonical, "speaker", kind)


def _known_before(
    ctx: DocContext,
    sentence: Sentence,
    skip: frozenset[str] = frozenset(),
    groups_only: bool = False,
):
    """The last known leader or group (only a group, with ``groups_only``) named in the
    sentences just before (same post), other than those in ``skip``."""
    anchor = ctx.document.anchor_for(sentence.start)
    for earlier in reversed(
        ctx.sentences[max(0, sentence.index - BORROW_SENTENCES) : sentence.index]
    ):
        if ctx.document.anchor_for(earlier.start) != anchor:
            break
        ents = [e for e in earlier.ents if _speaker_like(e) and _canonical(e) not in skip]
        if groups_only:
            ents = [e for e in ents if e.label_ == GROUP_LABEL]
        if ents:
            people = [e for e in ents if e.label_ == "PERSON"]
            return (people or ents)[-1]
    return None


def _canonical(ent) -> str | None:
    """The lexicon's name for a group or leader, also for a leader named by surname only
    ("Al-Ansari" for Hudhayfah al-Ansari) when one leader alone bears it."""
    lexicon = group_lexicon()
    known = ent.ent_id_ or lexicon.canonical(ent.text)
    if known or ent.label_ != "PERSON":
        return known
    surname = fold(ent.text)
    words = surname.split()
    if len(surname) < 5 or len(words) > 2 or (len(words) == 2 and words[0] not in _ARTICLES):
        return None  # one name, with its article ("Al-Ansari"), not a full unknown name
    bearers = {
        person.canonical
        for person in lexicon.people()
        for alias in (person.canonical, *person.aliases)
        if fold(alias).endswith(" " + surname)
    }
    return bearers.pop() if len(bearers) == 1 else None


_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "ar", "an"})


def _speaker_actor(ent) -> Actor:
    canonical = _canonical(ent) or ent.text
    named = group_lexicon().get(canonical)
    if named is not None:  # the recogniser may call a group a PERSON: the lexicon knows
        kind = named.type
    else:
        kind = "person" if ent.label_ == "PERSON" else "armed_group"
    return Actor(ent.text, canonical, "speaker", kind)


def _fill_targets(
    mention: EventMention, sentence: Sentence, attack_words: list, content: list, lex
) -> list:
    """Whom or where the call says to attack: the objects of "attack", "kill", "target", and
    what attacks are "on", "against", "in", "during" (not inside quotation marks)."""
    quoted = _quoted_indices(sentence)
    allowed = {t.i for t in content} - quoted
    targets: list[tuple[str, object]] = []
    for word in attack_words:
        for noun in _target_nouns(word):
            if noun.i not in allowed or noun.pos_ == "PRON" or noun.lower_ in _NOT_TARGETS:
                continue
            if noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"):
                continue
            if lex.violent.fullmatch(noun.text) or lex.carriers.fullmatch(noun.text):
                continue  # "carry out attacks ..., in an audio recording"
            name = _short_name(sentence, noun)
            if name and all(name != n for n, _ in targets):
                targets.append((name, noun))
    if not targets:
        return []
    mention.details["targets"] = [n for n, _ in targets]
    for name, noun in targets:
        mention.actors.append(Actor(name, None, "target", _target_type(noun, name)))
        start = noun.left_edge.idx if noun.left_edge.i in allowed else noun.idx
        mention.fields.append(FieldSpan("target", start, noun.idx + len(noun.text), name))
    return [noun for _, noun in targets]


def _target_nouns(word) -> list:
    """Nouns a violent word takes as its object or through a place or target preposition;
    for "carry out attacks", also those of the verb carrying it."""
    heads = [word]
    if word.dep_ == "dobj" and word.head.pos_ == "VERB":
        heads.append(word.head)
    nouns = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "dobj" and head.pos_ == "VERB" and child is not word:
                nouns.append(child)
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and not _after_comma(child):
                nouns.extend(c for c in child.children if c.dep_ == "pobj")
    out = []
    for noun in nouns:
        out.append(noun)
        out.extend(noun.conjuncts)
        # "attack Jews and Christians, as well as American forces in Iraq"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "across", "throughout"):
                out.extend(c for c in child.children if c.dep_ == "pobj")
    for head in heads:  # "target Jews, as well as American forces": listed with the verb
        out.extend(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
    return out


def _after_comma(token) -> bool:
    """ "carry out attacks on their own, in an audio recording": a phrase set off by a comma
    tells how the call was made, not what to attack."""
    return token.i > 0 and token.nbor(-1).text == ","


def _target_type(noun, name: str) -> str:
    if noun.ent_type_ in ("GPE", "LOC", "FAC", "EVENT"):
        return "other"
    if noun.ent_type_ == "NORP" or _CIVILIANS.search(name):
        return "civilians"
    if _FORCES.search(name):
        return "state_force"
    if _OFFICIALS.search(name):
        return "government"
    if _MEDIA.search(name):
        return "media_outlet"
    return "other"


_CIVILIANS = re.compile(
    r"\b(civilians?|people|crowds?|gatherings?|worshippers?|tourists?|shoppers?|Jews|"
    r"Christians|Muslims|Shi[a'i]+s?|Hindus|children|women|families|markets?|churches|"
    r"synagogues|mosques|festivals?|concerts?|revellers)\b",
    re.I,
)
_FORCES = re.compile(r"\b(forces|troops|soldiers|army|police|military|bases?)\b", re.I)
_OFFICIALS = re.compile(
    r"\b(officials|authorities|governments?|embass(?:y|ies)|diplomats?|ministers?)\b", re.I
)
_MEDIA = re.compile(r"\b(media|journalists?|press|newspapers?)\b", re.I)


# --- official warnings --------------------------------------------------------------------


def _warnings_in(ctx: DocContext, sentence: Sentence) -> list[EventMention]:
    """One mention per warning word whose authority is not one already warning in the
    sentence ("warned ... and issued an alert" is one warning)."""
    lex = threat_lexicon()
    matches = [(m, False) for m in lex.warning.finditer(sentence.text)]
    matches += [(m, True) for m in lex.advice.finditer(sentence.text)]
    out: list[EventMention] = []
    seen_tokens: set[int] = set()
    warners: set[str] = set()
    measures = [(m, False) for m in lex.measures.finditer(sentence.text)]
    measures += [(m, True) for m in lex.measures_by_nature.finditer(sentence.text)]
    for match, advice_only in [*matches, *[(m, None) for m, _ in measures]]:
        token = _trigger_token(sentence, match)
        if token is None or token.i in seen_tokens:
            continue
        if advice_only is None:  # a protective step ("closed its embassy")
            by_nature = bool(lex.measures_by_nature.fullmatch(match.group()))
            mention = _measure(ctx, sentence, match, token, by_nature, lex)
        else:
            mention = _warning(ctx, sentence, match, token, advice_only, lex)
        if mention is None:
            continue
        seen_tokens.add(token.i)
        names = {a.name.lower() for a in mention.actors if a.role == "authority"}
        if out and (not names or names & warners):
            continue
        warners |= names
        if out:
            _place_of_the_warning_before(mention, out[-1])
        out.append(mention)
    return out


def _place_of_the_warning_before(mention: EventMention, before: EventMention) -> None:
    """ "The U.S. Embassy urged Americans to leave Lebanon, and Britain told its citizens to
    leave on Sunday": a second warning of one sentence that names no place of its own is about
    the place of the first, at country level (not the city of the first one's embassy)."""
    if mention.location_explicit or not before.location_explicit or before.location is None:
        return
    place = before.location
    mention.location = replace(
        place, name=None, admin1=None, lat=None, lon=None, geonames_id=None, precision="country"
    )
    mention.location_explicit = True


def _warning(ctx: DocContext, sentence: Sentence, match, token, advice_only: bool, lex):
    by_nature = not advice_only and bool(lex.official_by_nature.search(match.group()))
    content = _warning_content(token)
    level = _LEVEL.search(match.group())
    about = None if level or advice_only else _about(sentence, content, lex)
    passive_force = advice_only and _passive_advice(token)
    notice = None if advice_only else _issued_notice(token)
    advised = about is None and not by_nature
    if advised:
        about = _precaution(sentence, content, lex, addressed=passive_force)
        if about is None and notice is None:
            return None
        if about is None and _warned_off(sentence, content, lex):
            return None  # "issued a warning to the Taliban": a threat of force
    if content and _not_of_the_conflict(sentence, content, lex):
        return None  # "raised its alert over the storm"
    if _EMERGENCY.search(match.group()) and lex.not_conflict.search(sentence.text):
        return None  # "declared a state of emergency after the floods"
    if content and _not_an_alert(
        sentence, token, content, lex, bool(_ON_ALERT.search(match.group()))
    ):
        return None
    if token.dep_ == "pcomp" and token.head.lower_ in ("against", "without"):
        return None  # "voted against extending the state of emergency"
    authorities = _authorities(sentence, token, lex, by_nature, ctx)
    if authorities == [] and (_ON_ALERT.search(match.group()) or passive_force):
        # "police were placed on alert", "police forces were told to review security"
        authorities = _forces_alerted(sentence, token, lex)
    told_by = None
    if not authorities and _ON_ALERT.search(match.group()):
        told_by = _teller_of_alert(ctx, sentence, token, lex)
        authorities = told_by or authorities
    if authorities is None or (not authorities and (not by_nature or advice_only)):
        return None
    verdict = _verdict(sentence, token, match, lex)
    if verdict not in ("reported", "alleged") or _standing_advice(sentence, token, lex):
        return None
    if _a_state_held_since(token):
        return None  # "Austria has been at the second-highest alert level since October 2023"
    mention = _mention(sentence, "official_warning", verdict, match)
    for actor, field in authorities:
        mention.actors.append(actor)
        mention.fields.append(field)
    if about is not None:
        text, start, end = about
        mention.details["about"] = text
        mention.fields.append(FieldSpan("about", start, end, text))
    elif notice is not None and not by_nature:
        mention.details["about"] = _notice_subject(sentence, notice)
    else:
        mention.details["about"] = _level_words(match.group())
    _fill_subjects(mention, sentence, content)
    feared = _deadline(sentence, about) if advised else _feared(sentence, about)
    feared += _occasion_guarded(token)
    # the alert told by the authority that ordered it: dated by its telling, like a warning
    told = [token.head] if told_by else []
    _fill_setting(ctx, mention, sentence, _with_shared_subject(token) + told, feared)
    if _DOMESTIC.search(match.group()):
        _at_home(sentence, mention)
    if told_long_before(ctx, mention, sentence):
        return None
    country = _warner_country(sentence, mention, ctx.countries)
    _force_at_home(mention, country)
    mention.identity = f"{_WARNING}|{country}" if country else _WARNING
    return mention


def _a_state_held_since(token) -> bool:
    """An alert told as a state the country is in since a time, or still ("has been at the
    second-highest level since October 2023", "remains on high alert"): one that stands, not a
    new warning."""
    verb = next((a for a in [token, *token.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in ("be", "remain", "stay"):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advmod" and c.lower_ == "still")
        for c in verb.children
    )


def _standing_advice(sentence: Sentence, token, lex: ThreatLexicon) -> bool:
    """ "Several governments advise their citizens against travel to the coast", "keeps its
    advisory for Iraq at its highest level": advice that stands, told in the present simple
    of the article's body (a headline tells news in the present)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl"):
        verb = verb.head  # "keeps its advisory ..., telling Americans not to travel"
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in lex.standing_advice_verbs:
        return False
    return not title_line(sentence.index, sentence.text)


def _measure(ctx: DocContext, sentence: Sentence, match, token, by_nature: bool, lex):
    """A protective step an authority takes against attacks, told without a word of warning
    ("banned its citizens from travelling to Libya", "closed its embassy in Tripoli",
    "ordered heightened security at churches", "was held under heightened security"): the
    authority must be named unless only an authority takes such a step."""
    if lex.not_security.search(sentence.text) or lex.not_conflict.search(sentence.text):
        return None  # "closed its embassy over the row", "... after the floods"
    words = sentence.span.doc.char_span(
        sentence.start + match.start(), sentence.start + match.end(), alignment_mode="expand"
    )
    if words is None:
        return None
    token = words[0]  # the step's own verb ("went on high alert"), not the alert noun
    if by_nature or token.pos_ == "NOUN":
        # "under heightened security": the verb it qualifies; "ordered the evacuation of
        # staff from its embassy": the verb that ordered it
        if token.head.pos_ not in ("VERB", "AUX"):
            return None
        token = token.head
    if token.dep_ == "pcomp" and token.head.lower_ in ("against", "without"):
        return None
    if any(t.pos_ == "VERB" and t.lemma_.lower() in lex.lifted for t in sentence.span):
        return None  # "the curfew imposed after the riots was lifted": a step ended
    if by_nature and lex.history.search(sentence.text):
        return None  # "a curfew imposed years ago": no one named, told as the past
    authorities = [] if by_nature else _authorities(sentence, token, lex, ctx=ctx)
    if _taken_by_fighters(sentence, token, lex):
        return None  # "officials said the rebels had set up checkpoints": no protective step
    if authorities is None and token.dep_ == "ccomp" and token.head.lemma_ in _SAYING:
        # "the ministry said the districts were now a closed military area": told by the
        # authority that took the step, the step's own subject being the place
        authorities = _authorities(sentence, token.head, lex, ctx=ctx)
    if authorities is None or (not authorities and not by_nature):
        return None
    if lex.tightening.match(match.group()) and not _tightened_as_an_alert(sentence, token, lex):
        return None  # "police also tightened security around the court": a precaution
    verdict = _verdict(sentence, token, match, lex)
    if verdict not in ("reported", "alleged"):
        return None
    mention = _mention(sentence, "official_warning", verdict, match)
    for actor, field in authorities:
        mention.actors.append(actor)
        mention.fields.append(field)
    if by_nature:  # no one named: an event of its own, never the warning told before
        mention.identity = f"{_ON_ITS_OWN}{sentence.index}"
    start, end = sentence.start + match.start(), sentence.start + match.end()
    mention.details["about"] = match.group()
    mention.fields.append(FieldSpan("about", start, end, match.group()))
    _fill_subjects(mention, sentence, _warning_content(token))
    _fill_setting(ctx, mention, sentence, [token], [])
    if _DOMESTIC.search(match.group()):
        _at_home(sentence, mention)
    if told_long_before(ctx, mention, sentence):
        return None
    country = _warner_country(sentence, mention, ctx.countries)
    _force_at_home(mention, country)
    if country or not by_nature:
        mention.identity = f"{_WARNING}|{country}" if country else _WARNING
    return mention


def _tightened_as_an_alert(sentence: Sentence, token, lex: ThreatLexicon) -> bool:
    """Security tightened as an alert: ordered, or across a whole country ("stepped up
    security at churches across the country"), not a precaution told as taken at a site."""
    return _ordered(token, lex) or bool(lex.nationwide.search(sentence.text))


def _ordered(token, lex: ThreatLexicon) -> bool:
    """The step is what an authority ordered others to take ("ordered stations to tighten
    security", "police were ordered to step up patrols"), not one told as taken."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    while verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in lex.ordering_verbs:
            return True
    return verb.lemma_.lower() in lex.ordering_verbs


def _taken_by_fighters(sentence: Sentence, token, lex: ThreatLexicon) -> bool:
    """The step's own subject is an armed group or its men ("the rebels had set up
    checkpoints on the road"), not an authority told of by the one who says so."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    words = list(subjects[0].subtree)
    indices = {t.i for t in words}
    if any(e.label_ == GROUP_LABEL and e.root.i in indices for e in sentence.ents):
        return True
    return subjects[0].pos_ != "PRON" and bool(lex.not_authorities.search(subjects[0].text))


def _with_shared_subject(token) -> list:
    """The warning verb and the verbs listed with it that share its subject ("warned ... and
    told security posts in the Tillaberi region to stay on alert"): one warning's words."""
    if token.pos_ != "VERB":
        return [token]
    listed = [
        c
        for c in token.conjuncts
        if c.pos_ == "VERB"
        and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
        and _warns_or_advises(c)
    ]
    return [token, *listed]


def _warns_or_advises(verb) -> bool:
    """A verb listed with a warning that is a warning or advice itself ("and told security
    posts to stay on alert"), not another act ("and cut short a visit to Chad")."""
    lex = threat_lexicon()
    rest = doc_text(verb.doc)[verb.idx : verb.idx + 80]
    return any(p.match(rest) for p in (lex.warning, lex.advice, lex.measures))


# Steps a state takes at home: its alert or threat level, a state of emergency, security.
_DOMESTIC = re.compile(r"\b(?:alert|levels?|state of|security)\b", re.I)


def _at_home(sentence: Sentence, mention: EventMention) -> None:
    """ "France raised its alert level", "Italy ordered heightened security at churches": a
    country that steps up its own alert does so at home; the sentence naming no other place,
    the country is the place (not one borrowed from the sentences around, nor one abroad the
    alert is "because of": "raised its threat level because of the conflicts in Iraq")."""
    gaz = gazetteer()
    for field in mention.fields:
        if field.field != "authority":
            continue
        ent = next((e for e in sentence.ents if e.start_char == field.start), None)
        place = gaz.resolve(ent.text) if ent is not None and ent.label_ == "GPE" else None
        if place is None or place.kind != "country":
            continue
        here = mention.location if mention.location_explicit else None
        if here is not None and here.country_code == place.country_code:
            return  # "declared a state of emergency in North Sinai": a place at home
        location = gaz.location(place)
        mention.location, mention.location_explicit = location, True
        mention.fields = [f for f in mention.fields if f.field != "location"]
        mention.fields.append(FieldSpan("location", field.start, field.end, location.name or ""))
        return


def _force_at_home(mention: EventMention, country: str | None) -> None:
    """ "Ugandan police said they had placed border posts on high alert": a country's own
    police or army steps up security at home. With no place named for the step, its country
    is the place, not the country of the attack the story is about (an embassy's or a
    ministry's warning, often about a land abroad, keeps the place the story gives)."""
    if mention.location_explicit or country is None:
        return
    if mention.location is not None and mention.location.country_code == country:
        return  # "Halle police told residents ...": the town told before is at home
    if not any(
        a.role == "authority"
        and (a.type == "state_force" or threat_lexicon().domestic_offices.search(a.name))
        for a in mention.actors
    ):
        return
    gaz = gazetteer()
    place = gaz.resolve(gaz.country_names.get(country, ""))
    if place is None or place.kind != "country" or place.country_code != country:
        return
    mention.location = gaz.location(place)
    mention.fields = [f for f in mention.fields if f.field != "location"]


def _teller_of_alert(ctx: DocContext, sentence: Sentence, token, lex: ThreatLexicon):
    """ "The national police said units in the capital had been put on high alert": an alert
    with no one named as ordering it, told by an authority, is that authority's step."""
    if token.dep_ != "ccomp" or token.head.lemma_ not in _SAYING:
        return None
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None  # "police said fighters put their men on alert": the fighters' own
    return _authorities(sentence, token.head, lex, ctx=ctx)


_ON_ALERT = re.compile(r"\bon (?:\w+ )*alert\b", re.I)


def _forces_alerted(sentence: Sentence, token, lex: ThreatLexicon):
    """[(Actor, FieldSpan)] of the state force put on alert when no one is said to have put it
    there ("Police said they had been placed on high alert"), else None: "fighters were placed
    on alert" or "hospitals were placed on alert" are no official warning."""
    words = [t for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if len(words) == 1 and words[0].pos_ == "PRON":
        words = _reporter_for_pronoun(token, words, passive=True)
    if not words:
        return None
    text = _text_of(sentence, words)
    if lex.perpetrators.search(text):
        return None
    # "police were placed on alert"; "authorities in the province were put on high alert"
    for kind in ("state_force", "government"):
        m = lex.authorities[kind].search(text)
        if m is None:
            continue
        start = words[0].idx + m.start()
        start, end = with_left_modifiers(sentence, start, start + len(m.group()))
        name = _strip_article(doc_text(sentence.span.doc)[start:end])
        return [(Actor(name, None, "authority", kind), FieldSpan("authority", start, end, name))]
    return None


_EMERGENCY = re.compile(r"\bstate of\b", re.I)


def _warner_country(
    sentence: Sentence, mention: EventMention, countries: Counter | None = None
) -> str | None:
    """The country whose authority warns ("the U.S. State Department", "Russia's embassy",
    "the British navy"), as a country code, or None when the words name none. A city's
    police are read in the countries the article names ("Halle police" in a German story)."""
    gaz = gazetteer()
    for field in mention.fields:
        if field.field != "authority":
            continue
        words = sentence.span.doc.char_span(field.start, field.end, alignment_mode="expand")
        for word in [*(words or []), *_owners(words)]:
            if word.pos_ in ("PROPN", "ADJ"):  # "U.S." in "the U.S. State Department"
                place = gaz.resolve(word.text) if word.pos_ == "PROPN" else None
                code = gaz.demonym_country(word.text) or (
                    place.country_code if place is not None and place.kind == "country" else None
                )
                if code:
                    return code
        for ent in sentence.ents:
            if not (field.start <= ent.start_char < field.end):
                continue
            if ent.label_ == "NORP":
                code = gaz.demonym_country(ent.text)
            elif ent.label_ == "GPE":
                place = gaz.resolve(ent.text, context=countries)
                code = place.country_code if place is not None else None
            else:
                code = None
            if code:
                return code
    return None


def _owners(words) -> list:
    """The possessor of the authority's name ("Niger's Interior Ministry": Niger), which the
    recogniser may take for an organisation."""
    if words is None:
        return []
    return [
        t for c in words.root.children if c.dep_ == "poss" for t in c.subtree if t.tag_ != "POS"
    ]


def _passive_advice(token) -> bool:
    """ "Police forces were told to review security": advice whose addressee is its subject,
    no one named as giving it."""
    return (
        token.pos_ == "VERB"
        and any(c.dep_ == "nsubjpass" for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def _issued_notice(token):
    """The alert, warning, advisory or bulletin noun an authority issues ("issued an alert to
    all units", "sent out a warning"), else None: such a notice is a warning whatever it is
    about, once the weather, health and traffic are ruled out."""
    if token.pos_ == "VERB" and token.lemma_.lower() in _ISSUING:
        nouns = [c for c in token.children if c.dep_ == "dobj"]
        token = nouns[0] if nouns else token
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _NOTICES:
        return None
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in _ISSUING:
        return None
    return token


_NOTICES = frozenset({"alert", "warning", "advisory", "bulletin", "advice"})


def _notice_subject(sentence: Sentence, notice) -> str:
    """What an issued notice is about, short: "fighters" in "an alert ... about fighters
    returning from ..."; else the notice word itself ("alert")."""
    for child in notice.children:
        if child.dep_ == "prep" and child.lower_ in ("about", "of", "over", "on", "against"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _short_name(sentence, pobj)
    return notice.lemma_.lower()


def _warned_off(sentence: Sentence, content: list, lex: ThreatLexicon) -> bool:
    """A notice addressed to an armed group or its men ("issued a warning to the Taliban")."""
    for prep in content:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
            continue
        words = [t for c in prep.children for t in c.subtree]
        indices = {t.i for t in words}
        if any(e.label_ == GROUP_LABEL and e.root.i in indices for e in sentence.ents):
            return True
        if words and lex.perpetrators.search(_text_of(sentence, words)):
            return True
    return False


def _precaution(sentence: Sentence, content: list, lex: ThreatLexicon, addressed: bool = False):
    """(words, start, end) of what an authority tells the people it protects to do to keep
    safe ("advised its citizens to leave the country", "told ships to stay clear of the
    strait"), or None: the advice must be a precaution and go to citizens, travellers, ships
    or units (a NORP group counts: "urged Americans to leave")."""
    if not content:
        return None
    text = _text_of(sentence, content)
    indices = {t.i for t in content}
    protected = (
        addressed
        or lex.addressees.search(text)
        or any(e.label_ == "NORP" and e.root.i in indices for e in sentence.ents)
        # "advised Britons to ...": a people the recogniser took for an organisation
        or any(t.dep_ == "dobj" and lex.peoples.fullmatch(t.text) for t in content)
    )
    if not protected:
        return None
    for t in content:
        if t.pos_ not in ("VERB", "AUX") and not _advised_against(t):
            continue
        negs = [c for c in t.children if c.dep_ == "neg"]
        start = negs[0].idx if negs and negs[0].i < t.i else t.idx  # "not to travel"
        rest = doc_text(sentence.span.doc)[start : start + 60]
        m = lex.precautions.match(rest)
        if m is None or (negs and not m.group().lower().startswith("not")):
            continue
        objects = [w for c in t.children if c.dep_ in ("dobj", "prt", "pobj") for w in c.subtree]
        end = max([t, *objects], key=lambda w: w.i)
        stop = end.idx + len(end.text) if objects else start + len(m.group())
        return doc_text(sentence.span.doc)[start:stop], start, stop
    return None


def _advised_against(token) -> bool:
    """ "advised its nationals against all travel to northern Mali": the precaution told as
    what the advice is against, with no verb of its own."""
    return token.lower_ == "against" and token.dep_ == "prep"


def _feared(sentence: Sentence, about) -> list:
    """The words of the attack warned of ("possible attacks ... in the run-up to Election Day
    on Nov. 8"): their date is the attack's, not the warning's."""
    if about is None:
        return []
    words = sentence.span.doc.char_span(about[1], about[2], alignment_mode="expand")
    return list(words.root.subtree) if words is not None else []


_AHEAD = frozenset({"ahead", "before", "during", "for"})


def _occasion_guarded(token) -> list:
    """ "put on alert ahead of Thursday's parades", "before the elections on Sunday": the
    occasion the alert guards is dated by its own day, not the alert's."""
    words = []
    for child in token.children:
        if child.lower_ not in _AHEAD or child.dep_ not in ("prep", "advmod"):
            continue
        if child.lower_ == "for" and not any(
            t.ent_type_ in ("DATE", "EVENT") for t in child.subtree
        ):
            continue  # "for three days" is how long, not an occasion
        words.extend(child.subtree)
    return words


def _deadline(sentence: Sentence, advice) -> list:
    """Of the precaution advised ("to leave on Sunday", "to leave by Friday"), the words of a
    deadline it sets: the day the advice was given is the other day told inside it."""
    return [
        t
        for word in _feared(sentence, advice)
        if word.dep_ == "prep" and word.lower_ in _DEADLINE_PREPS
        for t in word.subtree
    ]


_DEADLINE_PREPS = frozenset({"by", "before", "until", "till", "within"})


def _level_words(trigger: str) -> str:
    """ "raised its threat level" -> "threat level raised"."""
    m = _LEVEL.search(trigger)
    return f"{m.group(1).lower()} level raised" if m else trigger.lower()


_LEVEL = re.compile(r"\b(threat|alert|terror|security) levels?\b", re.I)


def _warning_content(token) -> list:
    """What a warning is of: the clause or phrase after the warning word ("warned that
    militants could be planning attacks", "warnings of possible attacks", "advised citizens
    to avoid crowded places, saying terrorists might target ..."), the addressee included."""
    heads = [token]
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _ISSUING:
        heads.append(token.head)  # "issued a travel advisory ..., citing the risk of attacks"
    out = []
    for head in heads:
        for child in head.children:
            if child.i <= token.i or child.dep_ in ("punct", "cc", "conj"):
                continue
            if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "after", "since"):
                out.extend(_clause_hung_on_date(child))
                continue  # "warned on Friday", "in a statement"
            out.extend(child.subtree)
    return sorted(set(out), key=lambda t: t.i)


def _clause_hung_on_date(prep) -> list:
    """ "warned on March 7 that extremists planned to ...", "warned on Wednesday of possible
    attacks": the parse may hang the "that" clause or the "of" phrase on the date; it is what
    was warned of."""
    return [
        t
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.children
        if (
            clause.dep_ in ("relcl", "acl", "ccomp")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        )
        or (clause.dep_ == "prep" and clause.lower_ in ("of", "about", "against"))
        for t in clause.subtree
    ]


def _about(sentence: Sentence, content: list, lex: ThreatLexicon):
    """(short words, start, end) of the attacks or attackers a warning is about, or None:
    attacks first, then threats, then attackers ("further attacks", "terror threat",
    "terrorists"); a verb of attack as a last resort ("might target" -> "targets")."""
    if not content:
        return None
    allowed = {t.i for t in content}
    if _not_of_the_conflict(sentence, content, lex):
        return None
    nouns = [t for t in content if t.pos_ in ("NOUN", "PROPN")]
    attacks = [
        t
        for t in nouns
        if lex.about_attacks.fullmatch(t.text) and not lex.threat_words.fullmatch(t.text)
    ]
    threats = [t for t in nouns if lex.threat_words.fullmatch(t.text)]
    attackers = [t for t in nouns if _attackers_told(t, lex)]
    if attackers and not _danger_ahead(content, lex):
        attackers = []  # "cautioned that the insurgents were not defeated": a judgement
    for found in (attacks, threats, attackers):
        if found:
            return _noun_chunk(sentence, _phrase_head(found[0], allowed), allowed)
    for t in content:
        if t.pos_ == "VERB" and lex.about_attacks.fullmatch(t.lemma_):
            return t.lemma_ + "s", t.idx, t.idx + len(t.text)
    for t in content:
        if t.pos_ == "VERB" and lex.attack_verbs.fullmatch(t.text) and _done_by_attackers(t, lex):
            return t.lemma_ + "s", t.idx, t.idx + len(t.text)
    return None


def _not_of_the_conflict(sentence: Sentence, content: list, lex: ThreatLexicon) -> bool:
    """A warning about weather, disease or traffic ("raised its alert over the storm"), unless
    attackers are its subject ("militants might target pilgrim traffic")."""
    if not lex.not_conflict.search(_text_of(sentence, content)):
        return False
    return not any(
        t.pos_ in ("NOUN", "PROPN")
        and t.dep_ == "nsubj"
        and _attackers_told(t, lex)
        for t in content
    )


def _attackers_told(noun, lex: ThreatLexicon) -> bool:
    """The noun tells attackers: by what it names ("armed groups") or as a named group or
    its men the clause is about ("ADF units were moving north")."""
    return _perpetrator(noun, lex) or _named_men(noun)


def _perpetrator(noun, lex: ThreatLexicon) -> bool:
    """The noun names attackers, alone ("militants") or with the words before it that make it
    so ("armed groups", "rebel units")."""
    if lex.perpetrators.fullmatch(noun.text):
        return True
    kept = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
    return bool(kept) and bool(
        lex.perpetrators.fullmatch(" ".join(t.text for t in [*kept, noun]))
    )


def _done_by_attackers(verb, lex: ThreatLexicon) -> bool:
    """A verb of attack or revenge whose doer is a group or its men ("the faction could try
    to strike processions", "militants might retaliate"), through the verbs it hangs on:
    what attackers may do, not what the warner threatens to do itself."""
    for word in (verb, *verb.ancestors):
        doers = [c for c in word.children if c.dep_ in ("nsubj", "agent")]
        if doers:
            return any(_an_attacker(d, lex) for d in doers)
        if word.dep_ not in ("xcomp", "conj", "advcl"):
            return False
    return False


def _an_attacker(word, lex: ThreatLexicon) -> bool:
    """ "militants", "the reunited group", "al-Shabaab", "retaliation by its fighters"."""
    if word.dep_ == "agent":
        word = next((c for c in word.children if c.dep_ == "pobj"), word)
    return bool(
        lex.perpetrators.fullmatch(word.text)
        or word.lemma_.lower() in lex.group_nouns
        or word.lemma_.lower() in lex.attacker_nouns
        or word.ent_type_ == GROUP_LABEL
    )


def _named_men(noun) -> bool:
    """A named group, or its men, as the subject of the clause ("ADF units were moving north",
    "al-Shabaab was preparing attacks"): attackers, when the clause says what they may do."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.ent_type_ == GROUP_LABEL for t in noun.subtree if t.i <= noun.i)


def _danger_ahead(content: list, lex: ThreatLexicon) -> bool:
    """Attackers alone make a warning when no clause is told about them ("warned of
    militants in the area") or the clause says what they may do ("could strike")."""
    verbs = [t for t in content if t.pos_ in ("VERB", "AUX")]
    if any(t.tag_ in ("JJ", "VBN") and t.lower_ in lex.danger_states for t in content):
        return True  # "militants were likely to target churches", "the escapees were armed"
    return not verbs or any(t.tag_ == "MD" or t.lemma_ in lex.danger_verbs for t in verbs)


def _phrase_head(token, allowed: set[int]):
    """ "terror" in "terror threat" -> "threat"."""
    if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN" and token.head.i in allowed:
        return token.head
    return token


def _noun_chunk(sentence: Sentence, noun, allowed: set[int]) -> tuple[str, int, int]:
    """A noun with its adjectives and compounds: "possible holiday attacks"."""
    words = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i in allowed]
    first = min([noun, *[w.left_edge for w in words]], key=lambda w: w.i)
    start, end = first.idx, noun.idx + len(noun.text)
    return doc_text(sentence.span.doc)[start:end], start, end


def _not_an_alert(
    sentence: Sentence, token, content: list, lex: ThreatLexicon, on_guard: bool = False
) -> bool:
    """A warning of consequences, or to an armed group ("warned the Taliban against ..."), is
    a threat of force; a warning about the weather is no conflict event. Forces put ``on
    guard`` ("on maximum alert against possible retaliation") brace for what others may do:
    the retaliation is feared, not threatened."""
    text = _unquoted(_text_of(sentence, content))
    if lex.deterrent.search(text) and not on_guard and not _deterrent_by_attackers(content, lex):
        return True
    # not a clause the parser hung on them ("warned universities and schools that militants
    # were planning attacks": the militants are what is feared, not whom it warned)
    addressees = [
        t
        for c in token.children
        if c.dep_ in ("dobj", "dative")
        for t in c.subtree
        if not _in_a_clause_below(t, c)
    ]
    if token.lemma_.lower() in _ISSUING:
        addressees = []  # "issued a bulletin warning of attacks by extremists": what was issued
    if addressees:
        indices = {t.i for t in addressees}
        if any(e.label_ == GROUP_LABEL and e.root.i in indices for e in sentence.ents):
            return True
        if lex.perpetrators.search(_text_of(sentence, addressees)):
            return True
    return False


def _in_a_clause_below(word, top) -> bool:
    """The word sits in a relative or participle clause under ``top`` (not ``top`` itself)."""
    while word.i != top.i:
        if word.dep_ in ("relcl", "acl"):
            return True
        word = word.head
    return False


def _deterrent_by_attackers(content: list, lex: ThreatLexicon) -> bool:
    """ "warned that militants might try to retaliate for the raid": the reprisal feared is
    the attackers', not a threat of force by the warner; every deterrent word must be so."""
    found = [t for t in content if lex.deterrent.fullmatch(t.text)]
    return bool(found) and all(_done_by_attackers(t, lex) for t in found)


def _authorities(
    sentence: Sentence,
    token,
    lex: ThreatLexicon,
    by_nature: bool = False,
    ctx: DocContext | None = None,
):
    """[(Actor, FieldSpan)] of who warns; [] when the sentence does not say; None when someone
    other than an authority warns (an analyst, a group, "he"). What only a government can do
    ("declared a state of emergency") makes the named person who does it one, and so does an
    office the article gave the person before ("Interior Minister Karl Nehammer", then
    "Nehammer told residents to stay at home")."""
    words = _reporter_for_pronoun(token, _warner_words(token))
    if not words:
        return []
    text = _text_of(sentence, words)
    head = _subject_head(words, words[0])
    if head.pos_ == "PRON" or lex.not_authorities.search(head.text):
        return None
    indices = {t.i for t in words}
    if any(e.label_ == GROUP_LABEL and e.root.i in indices for e in sentence.ents):
        return None
    countries = [
        e
        for e in sentence.ents
        if e.label_ == "GPE"
        and e.root.i in indices
        and _names_the_warner(e.root)
        and not _dateline(e)
    ]
    found = []
    for kind in ("state_force", "government"):
        m = lex.authorities[kind].search(text)
        if m is not None:
            start = words[0].idx + m.start()
            start, end = with_left_modifiers(sentence, start, start + len(m.group()))
            name = _strip_article(doc_text(sentence.span.doc)[start:end])
            found.append(
                (Actor(name, None, "authority", kind), FieldSpan("authority", start, end, name))
            )
            break
    named = {a.name for a, _ in found}
    for ent in countries:  # "European governments, including France and Belgium"
        if _strip_article(ent.text) not in named and not any(ent.text in n for n in named):
            name = _strip_article(ent.text)
            found.append(
                (
                    Actor(name, None, "authority", "government"),
                    FieldSpan("authority", ent.start_char, ent.end_char, name),
                )
            )
    in_office = ctx is not None and _official_named_before(ctx, sentence, head, lex)
    if not found and (by_nature or in_office) and _a_name(head):
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name = _strip_article(doc_text(sentence.span.doc)[start:end])
        found.append(
            (Actor(name, None, "authority", "government"), FieldSpan("authority", start, end, name))
        )
    return found or None


def _a_name(head) -> bool:
    return head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "")


def _official_named_before(ctx: DocContext, sentence: Sentence, head, lex: ThreatLexicon) -> bool:
    """The person called by surname was named before with an office of state: "Interior
    Minister Karl Nehammer", "Karl Nehammer, the interior minister", "the police chief, ..."."""
    if not _a_name(head):
        return False
    for ent in _people_before_by_surname(ctx, sentence, head, len(ctx.sentences)):
        root = ent.root
        titles = [t for t in ent.doc[root.left_edge.i : ent.start]]
        titles += [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
        if root.dep_ == "appos":
            titles += [t for t in root.head.subtree if t.i < ent.start]
        if not titles:
            continue
        title = " ".join(t.text for t in titles)
        if lex.not_authorities.search(title):
            return False
        return any(p.search(title) for p in lex.authorities.values())
    return False


def _dateline(ent) -> bool:
    """ "LONDON, Aug. 29, 2014 — Britain raised ...": the city of the dateline, not who acts."""
    after = ent.end < len(ent.doc) and ent.doc[ent.end].text == ","
    return after and len(ent.text) > 3 and ent.text.isupper()


def _reporter_for_pronoun(token, words: list, passive: bool = False) -> list:
    """ "The Defence Headquarters said it had placed its formations on alert": "it" is who
    says so; other words are returned as they are."""
    if len(words) == 1 and words[0].lower_ in ("he", "she", "it", "they"):
        # "X, the army's regional commander, said ..., and he ordered ...": the one who said
        verb = words[0].head
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in _SAYING:
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return list(subject.subtree)
    if len(words) != 1 or words[0].lower_ not in ("it", "they"):
        return words
    verb = words[0].head
    if passive:
        verb = token
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
        return words
    for child in verb.head.children:
        if child.dep_ == "nsubj" and child.pos_ != "PRON":
            return list(child.subtree)
    return words


_SAYING = SAYING_VERBS | {"confirm"}  # a confirmation reports what it confirms


def _names_the_warner(root) -> bool:
    """ "the United States and Britain warned", "governments, including France": the country
    is who warns; "the U.S. embassy", "the embassy in Moscow": it says whose or where."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.tag_ == "NN":
        return True  # "the capital, Islamabad, declared a red alert": the city named
    if root.dep_ in ("compound", "appos") or (root.i > 0 and root.nbor(-1).text == "("):
        return False  # "the U.S. embassy"; "the United States (US)" named once
    if root.dep_ == "pobj":
        return root.head.lower_ in ("including", "like")
    return True


def _warner_words(token) -> list:
    """Who warns: the subject or agent of the warning verb (or of "issued" for "issued a
    warning"), the owner of a warning noun ("the embassy's warning", "embassy warnings"), or
    who it is "from" or "by"."""
    if token.pos_ == "NOUN":
        out = [
            t
            for c in token.children
            if c.dep_ in ("poss", "compound")
            and c.i < token.i
            and not _WARNING_WORDS.fullmatch(c.text)  # "a threat alert": not who
            and not (c.dep_ == "poss" and c.pos_ == "PRON" and token.dep_ == "dobj")
            for t in c.subtree
        ]
        if out:
            return out
        if token.dep_ == "dobj" and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children
        ):
            return _warner_words(token.head)  # "the ministry updated its travel advice"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                return [t for c in child.children for t in c.subtree]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _ISSUING:
            return _warner_words(token.head)  # "the embassy issued a warning"; not "received"
        return []
    misread = _subject_of_misread_verb(token)
    if misread:
        return misread
    sayer = _sayer_of_listed_act(token)
    if sayer is not None:
        return list(sayer.subtree)
    # "published an editorial on Thursday urging ...": a participle's doer is its verb's subject
    participle = token.dep_ == "advcl" and token.tag_ == "VBG"
    for tok in (token, token.head if token.dep_ in ("conj", "xcomp") or participle else None):
        if tok is None:
            continue
        # the subject nearest the verb: "LONDON, Aug. 29 — Britain raised ..." is read
        # with the dateline's city as a second subject
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:
            return list(subjects[-1].subtree)
        for child in tok.children:
            if child.dep_ == "agent":
                return [t for c in child.children for t in c.subtree]
    return _issuer_of_participle(token)


def _sayer_of_listed_act(token):
    """The subject of the saying verb when the parse lists a warning with the passive clause
    it reports ("The ministry said security had been tightened ... and warned residents to
    ..."): a passive clause's subject does not warn anyone; else None."""
    if token.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    if not any(c.dep_ == "nsubjpass" for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _subject_of_misread_verb(token) -> list:
    """ "The Punjab government on Friday placed shrines ... on high alert", parsed with no verb:
    "placed" an adjective of "shrines" and "government" the root ("The governor on Wednesday
    extended by three months the curfew": "extended" a participle on "governor", its "by" an
    agent). The root noun before the misread verb, with its own modifiers, is its subject."""
    past = token.tag_ in ("VBD", "VBN") or (token.tag_ == "JJ" and token.lower_.endswith("ed"))
    if not past or token.dep_ not in ("amod", "acl"):  # "closed" in "closed schools" too
        return []
    if token.dep_ == "acl" and token.i == token.head.i + 1:
        return []  # "curfew imposed by the army": a participle right after its noun
    root = token.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= token.i or token not in root.subtree:
        return []
    return list(token.doc[root.left_edge.i : root.i + 1])


def _issuer_of_participle(token) -> list:
    """Who warns through a participle with no subject of its own: "updated its travel advice,
    telling citizens to ..." (the subject of the verb it hangs on), "issued a security message
    warning citizens to ..." (the subject of the verb that issued the message)."""
    if token.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return []
    above = token.head
    if token.dep_ == "acl" and above.pos_ == "NOUN" and above.dep_ == "dobj":
        above = above.head  # the message's issuer
    elif token.dep_ != "advcl":
        return []
    if above.pos_ not in ("VERB", "AUX"):
        return []
    for child in above.children:
        if child.dep_ == "nsubj":
            return list(child.subtree)
    return []


_ISSUING = frozenset(
    {"issue", "give", "send", "release", "sound", "post", "publish", "put"}
    # a notice put out again is issued anew ("renewed its warning against all travel to ...")
    | {"renew", "repeat", "reiterate", "reissue", "update", "extend"}
)
_WARNING_WORDS = re.compile(r"travel|security|terror(?:ism)?|terrorist|threat", re.I)


def _fill_subjects(mention: EventMention, sentence: Sentence, content: list) -> None:
    """Groups a warning is about ("possible attacks by al Qaeda or ISIS"): role subject."""
    indices = {t.i for t in content}
    for ent in sentence.ents:
        if ent.label_ != GROUP_LABEL or ent.root.i not in indices:
            continue
        canonical = _canonical(ent) or ent.text
        if any(a.canonical == canonical for a in mention.actors):
            continue
        named = group_lexicon().get(canonical)
        kind = group_actor_type(named)
        mention.actors.append(Actor(ent.text, canonical, "subject", kind))


# --- shared -------------------------------------------------------------------------------


def _trigger_token(sentence: Sentence, match):
    words = sentence.span.doc.char_span(
        sentence.start + match.start(), sentence.start + match.end(), alignment_mode="expand"
    )
    if words is None:
        return None
    verbs = [t for t in words if t.pos_ == "VERB"]
    nouns = [t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in _TRIGGER_NOUNS]
    if nouns and not any(v.lemma_.lower() in _NOUN_MAKERS for v in verbs):
        return nouns[0]
    return verbs[0] if verbs else words.root


# verbs whose warning noun is made by them: the verb carries who warns ("placed units on alert")
_NOUN_MAKERS = frozenset(
    {"raise", "issue", "elevate", "place", "put", "declare", "impose", "order", "keep"}
)
_TRIGGER_NOUNS = frozenset(
    {
        "call",
        "warning",
        "alert",
        "advisory",
        "appeal",
        "cry",
        "level",
        "instruction",
        "advice",
        "message",
        "bulletin",
        "notice",
    }
)


def _verdict(sentence: Sentence, token, match, lex: ThreatLexicon) -> str:
    """Did the call or warning happen? A verb is judged by its parse (``certainty.judge``); a
    noun ("his call for attacks", "embassy warnings of attacks") by whether it is denied or
    only expected. Generic wording ("has long called") is no event."""
    window = sentence.text[max(0, match.start() - 40) : match.end() + 40]
    if lex.generic.search(window) or _ongoing(token):
        return "generic"
    if _recalled(sentence, token, match, lex):
        return "historical"
    if token.pos_ == "NOUN":
        return _noun_verdict(token)
    sequence = _sequence_verb(token, lex)
    if sequence is not None:
        # "went on to call on ...": done as told, judged as the verb of sequence is
        verdict = judge(sequence, sentence.text, sequence.idx - sentence.start, None)
    elif token.dep_ == "relcl" and token.pos_ == "VERB":
        # "a call by the spokesman, who urged followers ...": the relative clause tells its
        # own fact; the words above it (a call answered, a video described) are not its mood
        verdict = _clause_verdict(token)
    elif _absolute_clause(token):
        # "police would guard churches, with Cazeneuve warning that the threat had never been
        # so high": the "with" clause tells its own fact, not the plan it is added to
        verdict = _clause_verdict(token)
    elif token.dep_ == "conj" and token.head.dep_ == "relcl" and token.head.pos_ == "VERB":
        # "a video in which he pledged allegiance ... and called on Muslims to ...": listed
        # in the relative clause, the call is that clause's fact too
        verdict = _clause_verdict(token.head)
    elif (
        token.dep_ == "conj"
        and token.tag_ == "VBD"
        and any(c.tag_ == "MD" for c in token.head.children)
        and token.lemma_.lower() not in lex.threat_verbs
    ):
        # "said the coalition would pay a heavy price, and called on his fighters to ...":
        # a past call listed after a modal verb tells what was done; the modal is the other's
        # (not "announced they will destroy power lines and threatened to kill officials", a
        # threat of what they will do, as the modal's)
        verdict = _clause_verdict(token)
    elif token.dep_ == "xcomp" and token.head.lemma_.lower() in _DECIDING:
        # "parliament voted to extend the state of emergency": the vote made it so
        head = token.head
        verdict = judge(head, sentence.text, head.idx - sentence.start, None)
    elif token.dep_ == "conj" and (
        any(c.dep_ == "nsubj" for c in token.children)
        or (_call_word(token, lex) and token.tag_ == "VBD" and token.head.tag_ == "VBD")
    ):
        # "X urged ..., and Y advised ...": a clause of its own, judged as the one it is
        # listed with (the call word above it is no plan of this one); so is a past call
        # listed after another past act ("warned drivers not to enter it, and called on
        # fighters to attack"), not by the other's word
        head = token.head
        verdict = judge(head, sentence.text, head.idx - sentence.start, None)
    else:
        verdict = judge(token, sentence.text, match.start(), None)
    # the parse's history also fires under "praised ... and urged", "increased patrols after
    # ... warned": only the words above, or an old date, make a call or warning history
    return "reported" if verdict == "historical" else verdict


def _threat_verdict(sentence: Sentence, token, match, lex: ThreatLexicon) -> str:
    """Did the group say what will befall its enemies? The saying verb's own negation and
    modality decide ("may warn"), not the "would" of what it foretells, which is the threat
    itself; "continue" inside the threat ("would continue to target") is no habit."""
    before = sentence.text[max(0, match.start() - 40) : match.start()]
    after = sentence.text[match.end() : match.end() + 40]
    if lex.generic.search(before) or lex.generic.search(after) or _ongoing(token):
        return "generic"
    if _recalled(sentence, token, match, lex):
        return "historical"
    return _clause_verdict(token)


def _call_word(token, lex: ThreatLexicon) -> bool:
    """The word is a call's ("called on", "urged"), not a warning's."""
    return bool(lex.call.match(doc_text(token.doc), token.idx))


def _absolute_clause(token) -> bool:
    """The verb heads a "with" clause of its own subject ("with Cazeneuve warning")."""
    return (
        token.dep_ == "pcomp"
        and token.head.lower_ == "with"
        and token.tag_ == "VBG"
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _clause_verdict(verb) -> str:
    """Negation and modality of one clause's own verb ("who did not urge", "which may
    call")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return "negated"
    if any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children
    ):
        return "speculative"
    return "reported"


_DECIDING = frozenset({"vote", "decide", "agree", "approve"})


def _ongoing(token) -> bool:
    """ "had been actively inciting attacks": a role described, not one call."""
    verb = token.head if token.dep_ == "conj" else token
    # "been" as an auxiliary, not the verb of what is warned of ("warning that the threat had
    # never been so high")
    return token.tag_ == "VBG" and any(
        c.lower_ == "been" and c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _recalled(sentence: Sentence, token, match, lex: ThreatLexicon) -> bool:
    left = sentence.text[max(0, match.start() - 60) : match.start()]
    return bool(lex.history.search(left)) or any(
        t.lemma_.lower() in lex.history_lemmas for t in token.ancestors
    )


_EXPECTING = frozenset(
    {"expect", "anticipate", "await", "fear", "predict", "wait", "hope", "want", "plan"}
)


def _noun_verdict(token) -> str:
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return "negated"
    for above in list(token.ancestors)[:3]:  # "had expected his call ... to come"
        if above.lemma_.lower() in _EXPECTING:
            return "speculative"
    governing = token.head
    if governing is not token and governing.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "neg" for c in governing.children) and token.dep_ != "nsubj":
            return "negated"
        if governing.lemma_.lower() in _EXPECTING:
            return "speculative"
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in governing.children)
        if modal and token.dep_ != "nsubj":
            return "speculative"
    return "reported"


def _mention(sentence: Sentence, subtype: str, verdict: str, match) -> EventMention:
    trigger = FieldSpan(
        "type", sentence.start + match.start(), sentence.start + match.end(), match.group()
    )
    return EventMention(
        type="threat",
        subtype=subtype,
        certainty=verdict,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
    )


def _fill_setting(
    ctx: DocContext,
    mention: EventMention,
    sentence: Sentence,
    tokens: list,
    feared: list,
    places_from: list | None = None,
) -> None:
    """The date of the call or warning itself: dates among the ``feared`` words ("attacks
    during Christmas", "around Election Day on Nov. 8") are the attack's, not the call's.
    Places: only those among ``places_from`` when given (for a call, the places it says to
    attack); else where the sentences say it applies, not the warner's own country."""
    inside = {t.i for t in feared}
    anchor = ctx.document.anchor_for(sentence.start)
    dates = [
        d
        for d in sentence.dates
        if (d[3].root.i not in inside or _long_past(d[2], anchor) or _told_of_the_story(d[2]))
        and not _anniversary(d[3].root)
        and not _in_another_clause(d[3].root, tokens)
        and not _in_a_plan_told(d[3].root, tokens)
    ]
    if places_from is not None:
        allowed = {t.i for t in places_from}
        places = [p for p in sentence.places if p[3].root.i in allowed]
    else:  # not the warner's own country ("Britain warned that ..."), nor another warner
        # listed with it ("France raised its alert, and Italy ordered ...")
        warners = {f.start for f in mention.fields if f.field == "authority"}
        places = [
            p
            for p in sentence.places
            if p[0] not in warners
            and not (
                p[3].root.dep_ in ("nsubj", "nsubjpass")
                and p[3].root.head.i not in {t.i for t in tokens}
            )
            and not _in_listed_act(p[3].root, tokens)
        ]
    fill_date_and_place(ctx, mention, replace(sentence, dates=dates, places=places), tokens)
    if not mention.date_explicit and mention.date in [
        d[2] for d in sentence.dates if d not in dates
    ]:
        # a date of the feared attacks was borrowed ("during the holiday, which begins on
        # Thursday"): the one date left for the warning is its own ("said on Sunday ... and
        # warned"); else the borrowing step reads it back from the sentence
        mention.date = dates[0][2] if len(dates) == 1 else None
    if places_from is not None and mention.location is not None and not mention.location_explicit:
        mention.location = None
        mention.fields = [f for f in mention.fields if f.field != "location"]


def _in_listed_act(word, tokens: list) -> bool:
    """ "declared a state of emergency across the country and cut short a visit to Chad": a
    place inside another act listed with the warning's verb is that act's, not the warning's."""
    indices = {t.i for t in tokens}
    for verb in word.ancestors:
        if verb.i in indices:
            return False
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ == "conj" and verb.head.i in indices:
            return True
    return False


def _in_another_clause(word, tokens: list) -> bool:
    """ "ending the truce it had agreed with Islamabad in June and ordered ...": a date inside
    a relative clause that holds none of the event's words dates that clause."""
    clause = next((t for t in word.ancestors if t.dep_ in ("relcl", "acl")), None)
    if clause is None or threat_lexicon().carriers.fullmatch(clause.head.text):
        return False  # "in an editorial published on Oct. 19, ...": the message's date
    if clause.head.dep_ in ("nsubj", "nsubjpass") and clause.head.head in tokens:
        return False  # "a police memo dated April 11 had warned": who warns, dated
    # a verb listed with the clause's verb is read as a clause of its own ("the truce it had
    # agreed in June and ordered its fighters ...": the parse's list, not the writer's)
    listed = {t.i for c in clause.children if c.dep_ == "conj" for t in c.subtree}
    inside = {t.i for t in clause.subtree} - listed
    return not any(t.i in inside for t in tokens)


def _in_a_plan_told(word, tokens: list) -> bool:
    """ "The statement said no bus would be allowed on the roads from Sept. 16 to Oct. 10, and
    told the fighters to burn any that did": a date of what a clause says will happen, outside
    the call's own words, is the plan's, not the day of the call."""
    verb = next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb in tokens:
        return False
    planned = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "shall") for c in verb.children)
    return planned and verb.dep_ in ("ccomp", "conj")


def _anniversary(word) -> bool:
    """ "on Wednesday, the anniversary of the Sept. 11, 2001, attacks": the date of the past
    event an anniversary marks, not of the call made on it."""
    for above in word.ancestors:
        if above.lemma_.lower() == "anniversary":
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


# "ordered residents to leave their homes hours earlier": a day counted from the story's own
# events dates the order, not the attack it fears
_STORY_RELATIVE = re.compile(r"\b(?:later|earlier|the same day|that day|that night)\b", re.I)


def _told_of_the_story(span) -> bool:
    return bool(_STORY_RELATIVE.search(span.text or ""))


def _long_past(span, anchor: date | None) -> bool:
    """A date over a year before the article: no attack can still be called for or feared
    then, so it dates the call or warning itself ("called for attacks on France in 2014")."""
    return (
        anchor is not None
        and span.end is not None
        and (anchor - date.fromisoformat(span.end)).days > 365
    )


def _short_name(sentence: Sentence, noun) -> str:
    """A noun with its adjectives and compounds, no article or possessive: "American forces",
    "festive gatherings", "Saudi Arabia"."""
    words = [noun]
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in ("amod", "compound", "nmod", "npadvmod") or child.i != words[0].i - 1:
            if child.dep_ == "punct" and child.i == words[0].i - 1:
                words.insert(0, child)
                continue
            break
        words.insert(0, child)
    while words and words[0].pos_ == "PUNCT":
        words.pop(0)
    if not words:
        return ""
    start, end = words[0].idx, noun.idx + len(noun.text)
    return _strip_article(doc_text(sentence.span.doc)[start:end])


def _strip_article(name: str) -> str:
    return re.sub(
        r"^(?:the|a|an|several|some|many|both|all|two|three)\s+", "", name, flags=re.I
    ).strip()


def _field(name: str, ent) -> FieldSpan:
    return FieldSpan(name, ent.start_char, ent.end_char, ent.text)


def _text_of(sentence: Sentence, tokens: list) -> str:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return doc_text(sentence.span.doc)[start:end]


def _unquoted(text: str) -> str:
    """The text with every quoted stretch blanked: the propaganda's own words."""
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)


def _quoted_indices(sentence: Sentence) -> set[int]:
    """Indices of the tokens between quotation marks."""
    return _quoted_in(sentence.span)


def _quoted_in(span) -> set[int]:
    """Indices of the tokens of ``span`` between quotation marks."""
    inside, out = False, set()
    for tok in span:
        if tok.text in _QUOTE_MARKS:
            inside = not inside if tok.text == '"' else tok.text in ("“", "«")
            continue
        if inside:
            out.add(tok.i)
    return out
