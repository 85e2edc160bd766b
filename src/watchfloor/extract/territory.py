"""Control of a place changing hands (event type ``territorial_change``).

A sentence tells one when a capture word (``data/territory.toml``: "seized", "took control
of", "overran", "fell to", "recaptured", "liberated", "was driven out of", "lost control of")
takes a named place as its object: the word's object or passive subject, "the town of X",
"much of X", "the fall of X to Y". Subtypes follow the word: ``recaptured`` (retook,
liberated, regained), ``lost`` (lost, was driven out of) and ``captured`` (the rest).

Refused: objects that are not places ("seized weapons", "captured fighters", "seized power",
"overran a police post": a place must be named), places only said to be where the object was
("seized farms in the town of X"), denials, threats, plans and other speculation ("vowed to
retake Mosul", "an offensive to recapture the city": nothing happened yet), and history
recalled in passing ("captured Mosul in 2014" in a 2024 article). A side must be named
(a group, state forces or armed men, as winner or loser): "the war that liberated Mecca"
names none.

The record has the side that gained (role ``perpetrator`` for an armed group or armed men,
``authority`` with type ``state_force`` for government forces) and the side that lost (role
``target``), when the sentence names them; date and place (``extract.setting``), the place
being the one captured. Its identity is the place and the subtype.

Names the recogniser did not take for places are read as places after words only places
follow ("took control of", "overran", bare "took" before a name) when the gazetteer knows them
in the article's countries ("overran most of Aleppo" with Aleppo tagged as a nationality); a
name the gazetteer lacks counts when the sentence says it is a town or village ("took X and Y,
two towns on the motorway"), placed in the article's country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from spacy.tokens import Span as TokenSpan

from watchfloor.data import load_toml
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import (
    date_in_own_clause,
    day_told_below_lead,
    event_told_as_description,
)
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.operations import operation_lexicon
from watchfloor.extract.placing import place_from_context
from watchfloor.extract.setting import fill_date_and_place, told_long_before
from watchfloor.extract.syntax import doc_text
from watchfloor.geo.gazetteer import gazetteer
from watchfloor.models import Actor, EventMention, FieldSpan, Location, Span
from watchfloor.nlp.lexicon import group_actor_type, group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL

SUBTYPE_ORDER = ("recaptured", "lost", "captured")
_VERBS = ("VERB", "AUX")


@dataclass(frozen=True)
class TerritoryLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern
    place_nouns: re.Pattern
    part_words: re.Pattern
    armed: re.Pattern
    control_words: re.Pattern  # capture words only places can follow ("took control of")
    facilities: re.Pattern
    long_ago: re.Pattern
    declaring: frozenset[str]  # "declared Fallujah recaptured": the place is the small clause's
    force_units: re.Pattern  # "Rwandan units": a state force when a nationality qualifies it
    force_owners: re.Pattern
    near_places: frozenset[str]  # "districts around the town of X"
    entry: re.Pattern  # "entered Kabul": a capture only with ``entry_cues`` in the sentence
    entry_cues: re.Pattern
    seats: re.Pattern  # "government buildings": taking them in a city is taking the city
    given_up: tuple[str, ...]  # "lost", "withdrew from": the subject is the side that lost
    nominal_doers: frozenset[str]  # "announced the recapture of X": the subject recaptured
    withdrawals: tuple[str, ...]  # "withdrew from": a change only when an armed group withdraws
    state_only: tuple[str, ...]  # "cleared": a change only when a state force gained
    held_before: re.Pattern  # "still", "since": a state of control that held before its day
    tally_periods: re.Pattern  # "retaken 60 towns since August": a tally, not one change
    group_camps: re.Pattern  # "an Abu Sayyaf camp near X": taken by state forces, X changed hands
    camp_places: frozenset[str]  # "near", "around": where the camp is
    name_particles: frozenset[str]  # "al", "-" in "the al-Zour area": parts of the name
    held_sites: re.Pattern  # "a prison in the city of X": taken like a camp near X
    retaken_sites: re.Pattern  # "retook two hilltops near X": held sites, when taken back
    site_held: re.Pattern  # "took over the police station": the site held after, by any side
    control_taken: re.Pattern  # "regained control of", "overran": words that take a site
    drive_out: frozenset[str]  # "troops drove them out": verbs that retake a place just taken
    raid_words: re.Pattern  # "killing four soldiers", "carried off": a base overrun in a raid
    habitual: re.Pattern  # "every time the army takes a camp": how things go, no one change
    bearing_after_name: re.Pattern  # "Jurf al-Sakhar, south of Baghdad,": a place's name


@cache
def territory_lexicon() -> TerritoryLexicon:
    data = load_toml("territory.toml")
    cues = data["cues"]
    return TerritoryLexicon(
        triggers={s: alternation(data["triggers"][s]) for s in SUBTYPE_ORDER},
        any_trigger=alternation(
            [w for s in SUBTYPE_ORDER for w in data["triggers"][s]] + data["entry"]["words"]
        ),
        place_nouns=alternation(cues["place_nouns"]),
        part_words=alternation(cues["part_words"]),
        armed=alternation(cues["armed_doers"]),
        control_words=alternation(cues["control_words"]),
        facilities=alternation(cues["facilities"]),
        long_ago=alternation(cues["long_ago"]),
        declaring=frozenset(cues["declaring"]),
        force_units=alternation(cues["force_units"]),
        force_owners=alternation(cues["force_owners"]),
        near_places=frozenset(cues["near_places"]),
        entry=alternation(data["entry"]["words"]),
        entry_cues=alternation(data["entry"]["cues"]),
        seats=alternation(cues["seats_of_power"]),
        given_up=tuple(cues["given_up"]),
        nominal_doers=frozenset(cues["nominal_doers"]),
        withdrawals=tuple(cues["withdrawals"]),
        state_only=tuple(cues["state_only"]),
        held_before=alternation(cues["held_before"]),
        tally_periods=alternation(cues["tally_periods"]),
        group_camps=alternation(cues["group_camps"]),
        camp_places=frozenset(cues["camp_places"]),
        name_particles=frozenset(cues["name_particles"]),
        held_sites=alternation(cues["held_sites"]),
        retaken_sites=alternation([*cues["held_sites"], *cues["retaken_sites"]]),
        site_held=alternation(cues["site_held"]),
        control_taken=alternation(cues["control_taken"]),
        drive_out=frozenset(cues["drive_out"]),
        raid_words=alternation(cues["raid_words"]),
        habitual=alternation(cues["habitual"]),
        bearing_after_name=re.compile("|".join(cues["bearing_after_name"]), re.I),
    )


def worth_parsing(sentence, text: str) -> bool:
    return bool(territory_lexicon().any_trigger.search(text))


def extract(ctx: DocContext) -> list[EventMention]:
    lex = territory_lexicon()
    mentions: list[EventMention] = []
    for sentence in ctx.sentences:
        if not sentence.parsed or not lex.any_trigger.search(sentence.text):
            continue
        before = _side_before(ctx, sentence, mentions)
        mentions.extend(
            _mentions_in(ctx, sentence, lex, before, _change_before(ctx, sentence, mentions))
        )
    return mentions


# How far back a change with no side named ("Jalalabad fell without a fight") may borrow the
# side that gained from the change told before it ("Taliban fighters entered Kabul ...")
BORROW_SENTENCES = 2


def _side_before(ctx: DocContext, sentence: Sentence, mentions: list[EventMention]):
    """The mention just before (same post, at most ``BORROW_SENTENCES`` back) whose side
    gained a place: a run of places falling is told once with its winner."""
    return _told_just_before(
        ctx,
        sentence,
        mentions,
        lambda m: any(a.role in ("perpetrator", "authority") for a in m.actors),
    )


def _change_before(ctx: DocContext, sentence: Sentence, mentions: list[EventMention]):
    """The change told just before (same post, at most ``BORROW_SENTENCES`` back) with a named
    place: "the village" in "soldiers had retaken the village" is the place it tells."""
    return _told_just_before(
        ctx,
        sentence,
        mentions,
        lambda m: m.location is not None and m.location.precision == "city",
    )


def _told_just_before(ctx: DocContext, sentence: Sentence, mentions: list[EventMention], wanted):
    """The last mention of the same post, at most ``BORROW_SENTENCES`` back, that is
    ``wanted``."""
    anchor = ctx.document.anchor_for(sentence.start)
    for mention in reversed(mentions):
        if sentence.index - mention.sentence_index > BORROW_SENTENCES:
            return None
        if ctx.document.anchor_for(mention.sentence.start) != anchor:
            return None
        if wanted(mention):
            return mention
    return None


@dataclass
class _Change:
    subtype: str
    certainty: str
    match: re.Match
    token: object  # the capture word's head token
    place: tuple  # (start, end, Location, words) from ``Sentence.places``
    gained: list  # tokens of the side that gained control
    lost: list  # tokens of the side that lost it
    told_before: EventMention | None = None  # "retook the village": the change that named it
    camp: bool = False  # a group camp taken near the place: only state forces take one


def _mentions_in(
    ctx: DocContext, sentence: Sentence, lex: TerritoryLexicon, before=None, earlier=None
):
    changes: dict[str, _Change] = {}
    for subtype, m in _trigger_matches(sentence, lex):
        token = _token(sentence, m.start(), m.end())
        if token is None or _habitual(token, lex):
            continue
        # "retook Gaskinde, after armed men had occupied the village": a place the sentence
        # named for an earlier change (one the gazetteer lacks) is "the village" of a later one
        told = replace(sentence, places=[*sentence.places, *(c.place for c in changes.values())])
        for change in _changes(ctx, told, subtype, m, token, lex, earlier):
            named = change.place[2].name if change.place[2] is not None else None
            key = named or sentence.text[change.place[0] : change.place[1]]
            if _describing_clause(change.token) is not None:
                key += "|described"  # "retook X, which the militants had seized": another change
            elif _clause_of_another_time(change.token) is not None:
                key += "|before"  # "retook X on Saturday, after armed men had occupied it"
            changes.setdefault(key, change)
    mentions = []
    for change in changes.values():
        mention = _mention(ctx, sentence, change, lex, before)
        if mention is not None and not _same_change_as(mention, mentions):
            mentions.append(mention)
            if change.subtype == "captured":
                mentions.extend(_driven_back_out(ctx, sentence, change, mention, lex))
    return mentions


def _habitual(token, lex: TerritoryLexicon) -> bool:
    """ "Every time the army takes a camp, a village pays for it": a change told as what
    happens each time, no change of its own (the words opening its clause say so)."""
    clause = next((t for t in (token, *token.ancestors) if t.dep_ in ("advcl", "ROOT")), token)
    doc = token.doc
    opening = doc[clause.left_edge.i : token.i].text
    return lex.habitual.search(opening) is not None


def _same_change_as(mention: EventMention, mentions: list[EventMention]) -> bool:
    """ "moved back into Marte on Tuesday and retook the base": two words of one change, the
    base read in the town, told once."""
    if mention.location is None or mention.location.name is None:
        return False
    name = mention.location.name
    return any(
        m.location is not None
        and (m.subtype, m.location.name, m.date) == (mention.subtype, name, mention.date)
        for m in mentions
    )


def _clause_of_another_time(token):
    """The clause set in time against the sentence's own that the change is told in ("after
    armed men had occupied the village", "before the army retook it"), or None."""
    clause = next((t for t in (token, *token.ancestors) if t.dep_ == "advcl"), None)
    marked = clause is not None and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "until") for c in clause.children
    )
    return clause if marked else None


def _driven_back_out(
    ctx: DocContext, sentence: Sentence, change: _Change, taken: EventMention, lex
) -> list:
    """ "seized the town ... before troops drove them out", "seized two villages, but
    commandos pushed them out again on Friday": the side that drove the captors out retook the
    place (its own change, dated by its own clause, else as the capture); the captors are the
    side that lost it."""
    for verb in sentence.span:
        if verb.i <= change.token.i or verb.lemma_.lower() not in lex.drive_out:
            continue
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        if any(c.dep_ == "prep" for c in verb.children if c.lower_ in ("of", "from")):
            continue  # "drove them out of X": the lost-words read that place
        driven = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not driven or any(d.pos_ != "PRON" for d in driven):
            continue  # "drove the cattle out": only the captors, told again, are driven
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [a for c in verb.children if c.dep_ == "agent" for a in c.children]
        sides = [_side(sentence, d, list(d.subtree), True, lex) for d in doers]
        actors = [side[0] for side in sides if side is not None]
        if not actors:
            continue
        losers = [
            replace(a, role="target")
            for a in taken.actors
            if a.role in ("perpetrator", "authority")
        ]
        trigger = FieldSpan("type", verb.idx, verb.idx + len(verb.text), verb.text)
        retaken = replace(
            taken,
            subtype="recaptured",
            trigger=trigger,
            actors=actors + losers,
            fields=[trigger, *(f for f in taken.fields if f.field in ("date", "location"))],
            identity=taken.identity.rsplit("|", 1)[0] + "|recaptured",
        )
        own = date_in_own_clause(sentence, [verb], ctx)
        if own is not None and own.span != taken.date:
            retaken.date, retaken.date_explicit = own.span, own.explicit
            told = FieldSpan("date", own.start, own.end, own.span.text or "")
            retaken.fields = [f for f in retaken.fields if f.field != "date"] + [told]
        return [retaken]
    return []


def _trigger_matches(sentence: Sentence, lex: TerritoryLexicon):
    """(subtype, match) of every capture word, in subtype order; entering a place counts as
    capturing it when the sentence says it was given up ("after a handover")."""
    for subtype in SUBTYPE_ORDER:
        for m in lex.triggers[subtype].finditer(sentence.text):
            yield subtype, m
    cued = bool(lex.entry_cues.search(sentence.text))
    for m in lex.entry.finditer(sentence.text):
        if cued or _joined_to_a_capture(sentence, m, lex):
            back = " back " in f" {m.group().lower()} "  # "moved back into Leego"
            yield ("recaptured" if back else "captured"), m


def _joined_to_a_capture(sentence: Sentence, m: re.Match, lex: TerritoryLexicon) -> bool:
    """ "pushed into Kunduz ... and also took Sar-e-Pul": entering a place in the same breath as
    taking another tells that it was taken too."""
    token = _token(sentence, m.start(), m.end())
    if token is None:
        return False
    verbs = [t for t in token.conjuncts if t.pos_ in _VERBS]
    for verb in verbs:
        at = verb.idx - sentence.start
        for subtype in ("recaptured", "captured"):
            if any(
                c.start() <= at < c.end() for c in lex.triggers[subtype].finditer(sentence.text)
            ):
                return True
    return False


def _token(sentence: Sentence, start: int, end: int):
    words = sentence.span.doc.char_span(
        sentence.start + start, sentence.start + end, alignment_mode="expand"
    )
    return None if words is None else words.root


def _changes(
    ctx: DocContext,
    sentence: Sentence,
    subtype: str,
    m: re.Match,
    token,
    lex: TerritoryLexicon,
    earlier=None,
):
    """One change per named place the capture word takes."""
    verdict = judge(token, sentence.text, m.start(), None)
    if verdict not in ("reported", "alleged") or in_clause(sentence, token, lex.long_ago):
        return []  # "expelled from Wana about five years ago": history
    if token.dep_ == "amod":
        return []  # "the occupied West Bank", "the recaptured city": a description, no event
    objects, gained, lost = _roles(token, subtype, m.group())
    if not objects and subtype != "lost" and not m.group().lower().startswith(_FELL):
        objects = _name_after(sentence, m)  # "seized Darat Izza, ..." misparsed
    out = []
    for obj in objects:
        places = _places_named(sentence, obj, lex)
        only_places = lex.control_words.fullmatch(m.group()) or lex.entry.fullmatch(m.group())
        named_a_place = _said_a_place(obj, lex) or lex.place_nouns.fullmatch(obj.lemma_)
        if not places and (only_places or named_a_place):
            places = _unlisted_places(ctx, sentence, obj, earlier)
        if not places and named_a_place:
            places = _name_before_a_place_noun(ctx, sentence, obj, earlier)
        told_before = None
        if not places:
            places = _place_referred_back(sentence, obj, lex, earlier)
            told_before = earlier if places and places[0][2] is earlier_place(earlier) else None
        for place in places:
            out.append(_Change(subtype, verdict, m, token, place, gained, lost, told_before))
    if not out and subtype == "captured":
        for place in _seat_city(ctx, sentence, objects, lex):
            out.append(_Change(subtype, verdict, m, token, place, gained, lost))
    if not out and (subtype != "lost" or gained):
        # a camp an armed group is said to own ("a JAS camp") changes hands whoever takes it;
        # any other ("an army base") only when state forces take it (see ``_mention``)
        state_only = not any(_a_group_s_camp(obj, lex) for obj in objects)
        sites = lex.held_sites if lex.control_taken.search(m.group()) else None
        if sites is not None and subtype == "recaptured":
            sites = lex.retaken_sites
        if sites is not None and lex.site_held.search(m.group()):
            held = [o for o in objects if _a_site(o, sites)]
            state_only = state_only and not held
        # "drove the militants out of the Baiji oil refinery": its holders driven out, the
        # site stands for the place it is named for (not "took control of Kabul airport")
        named_for = m.group().lower().endswith("out of")
        for place in _camp_places(ctx, sentence, objects, lex, sites, named_for):
            out.append(_Change(subtype, verdict, m, token, place, gained, lost, camp=state_only))
    if not out and not in_clause(sentence, token, lex.tally_periods):
        # places counted, when none is named ("took X and Y, two towns" names two); counted
        # over a period ("60 towns since August") they are a tally, not one change
        for place in (p for obj in objects for p in _counted_places(obj, lex)):
            out.append(_Change(subtype, verdict, m, token, place, gained, lost))
    return out


_BACK_REFERENCE = ("the",)


def earlier_place(earlier: EventMention | None) -> Location | None:
    return earlier.location if earlier is not None else None


def _place_referred_back(sentence: Sentence, obj, lex: TerritoryLexicon, earlier) -> list[tuple]:
    """ "had retaken the village without a fight", "drove the militants from the town": a
    bare "the town" names the town told just before, earlier in the sentence or in the change
    told a sentence or two back."""
    if obj.pos_ != "NOUN" or obj.tag_ == "NNS" or not lex.place_nouns.fullmatch(obj.lemma_):
        return []
    if lex.facilities.fullmatch(obj.text) or obj.lemma_.lower() in ("area", "territory", "region"):
        return []  # "the area" is vaguer than the town it is around
    modifiers = [c for c in obj.children if c.dep_ not in ("det", "punct")]
    if modifiers or not any(c.dep_ == "det" and c.lower_ in _BACK_REFERENCE for c in obj.children):
        return []  # "the town of Palma" names its own; "the city's edge" is part of one
    words = obj.doc[obj.left_edge.i : obj.i + 1]
    named = [
        p
        for p in sentence.places
        if p[1] <= words.start_char and p[2] is not None and p[2].precision == "city"
    ]
    if named:
        return [(words.start_char, words.end_char, named[-1][2], words)]
    if earlier is not None:
        return [(words.start_char, words.end_char, earlier.location, words)]
    return []


def _seat_city(
    ctx: DocContext, sentence: Sentence, objects: list, lex: TerritoryLexicon
) -> list[tuple]:
    """ "seized government buildings ... in Yemen's capital", "took the presidential palace
    in Kabul": the seats of power taken stand for the city they are in."""
    heads = [h for obj in objects for h in (obj, *obj.conjuncts)]
    doc = sentence.span.doc
    if not any(lex.seats.search(doc[h.left_edge.i : h.i + 1].text) for h in heads):
        return []
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = [
                    p
                    for p in sentence.places
                    if p[3].root.i == pobj.i and p[2].precision != "country"
                ]
                if found:
                    return found[:1]
                capital = _capital_of(doc, pobj)
                if capital is not None:
                    return [capital]
                # "government offices in al-Houta, the capital of Lahij province": a town
                # the recogniser missed, said to be one
                unlisted = _unlisted_places(ctx, sentence, pobj)
                if unlisted:
                    return unlisted[:1]
    return []


def _capital_of(doc, noun):
    """ "Yemen's capital": the capital of the country named as its owner."""
    if noun.lemma_.lower() != "capital":
        return None
    gaz = gazetteer()
    for owner in noun.children:
        if owner.dep_ != "poss" or owner.ent_type_ != "GPE":
            continue
        country = gaz.resolve(owner.text)
        if country is None or country.kind != "country" or country.country_code is None:
            continue
        city = gaz.capital(country.country_code)
        if city is not None:
            words = doc[owner.i : noun.i + 1]
            return (words.start_char, words.end_char, gaz.location(city), words)
    return None


def _name_after(sentence: Sentence, m: re.Match) -> list:
    """The name right after a capture word whose parse lost its object ("had seized Darat
    Izza, Zenki's main stronghold, and ..." read with the name as a later verb's subject)."""
    doc = sentence.span.doc
    at = sentence.start + m.end()
    for ent in sentence.ents:
        if ent.start_char in (at, at + 1) and ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
            return [ent.root] if doc[ent.start].pos_ == "PROPN" else []
    return []


def _base_held(sentence: Sentence, lex: TerritoryLexicon) -> bool:
    """ "overran an army base in Marte and held the town for most of the day", "overran the
    army's garrison in Nasir after several days of fighting": a base an armed group overran
    in a sentence that tells no raid (no one killed, no attack, nothing carried off) is ground
    it took, not the scene of an attack."""
    # "has overrun a string of army bases since July": a tally of raids, no one change
    return not lex.raid_words.search(sentence.text) and not lex.tally_periods.search(sentence.text)


def _camp_places(
    ctx: DocContext,
    sentence: Sentence,
    objects: list,
    lex,
    sites: re.Pattern | None = None,
    named_for: bool = False,
) -> list[tuple]:
    """ "overran an Abu Sayyaf camp near Tipo-Tipo", "took over a camp used by the group near
    the town of Piagapo", "retaken control of the mining camps around Alto Punino": a camp
    taken stands for the named place it is near or in (one per camp phrase, the first place
    it names; "two of the group's bases, at X and at Y" names two). ``sites``: other sites
    taken so ("regained control of a prison in X"); ``named_for``: its holders were driven out
    of it, so a site named for a place stands for it ("the Baiji oil refinery")."""
    out: list[tuple] = []
    for obj in objects:
        camp = obj if lex.group_camps.fullmatch(obj.text) else _camps_of(obj, lex)
        if camp is None and sites is not None and _a_site(obj, sites):
            camp = obj
        if camp is None:
            continue
        # "overran a camp near X" is at times parsed with "near X" on the verb
        verb = obj.head if obj.dep_ == "dobj" else None
        after = [p for p in verb.children if p.i > camp.i] if verb is not None else []
        after += [c for p in after for c in p.conjuncts]  # "at X and at Y"
        for prep in [*camp.subtree, *after]:
            if prep.dep_ not in ("prep", "conj") or prep.lower_ not in lex.camp_places:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = (
                    _places_named(sentence, pobj, lex)
                    or _unlisted_places(ctx, sentence, pobj)
                    or _name_said_near(ctx, sentence, pobj, prep, lex)
                    or _name_before_a_place_noun(ctx, sentence, pobj)  # "in the Zaruma area"
                )
                out.extend(p for p in found[:1] if p not in out)
            if out and prep.lower_ != "at":
                return out  # the first place a camp is said to be near
        if not out and camp is obj and lex.group_camps.fullmatch(camp.text):
            out.append(_camp_where_told(ctx, sentence, camp))
        if not out and camp is obj and sites is not None and named_for:
            out.extend(_site_named_for_a_place(sentence, camp)[:1])
    return out


def _site_named_for_a_place(sentence: Sentence, site) -> list[tuple]:
    """ "the Baiji oil refinery": a site named for the place it is in, by the name before it."""
    names = {c.i for c in site.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
    # the place names the site here, so it is the one taken (``_names_a_facility`` aside)
    return [p for p in sentence.places if p[3].root.i in names and p[2].precision != "country"]


def _a_site(noun, sites: re.Pattern) -> bool:
    """ "a gold mine", "the police station": the noun, or the noun with the nouns compounded
    before it, names a site."""
    before = [c.text for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return bool(sites.fullmatch(noun.text) or sites.fullmatch(" ".join([*before, noun.text])))


def _camp_where_told(ctx: DocContext, sentence: Sentence, camp) -> tuple:
    """ "Troops then took control of the camp, where they found rifles", "troops took control
    of a hilltop camp": a camp named by no place is where the story is just then (the place of
    the sentences before it), or nowhere the text says."""
    words = camp.doc[camp.left_edge.i : camp.i + 1]
    around = place_from_context(ctx, sentence)
    location = around.location if around is not None else None
    return (words.start_char, words.end_char, location, words)


def _name_said_near(ctx: DocContext, sentence: Sentence, pobj, prep, lex) -> list[tuple]:
    """ "a camp near Tipo-Tipo", "the camps around Alto Punino", "bases at Dhadaar", "the police
    station in Cabaret": a name a camp or site is said to be near, at or in is a place, even one
    the gazetteer lacks, in the country the story is in just here."""
    if (
        prep.lower_ not in lex.near_places and prep.lower_ not in ("at", "in")
    ) or pobj.pos_ != "PROPN":
        return []
    doc = pobj.doc
    words = doc[pobj.left_edge.i : pobj.i + 1]
    if any(t.pos_ not in ("PROPN", "PUNCT") for t in words) or any(
        t.ent_type_ in ("DATE", "TIME", GROUP_LABEL) for t in words
    ):
        return []
    if group_lexicon().canonical(words.text) is not None:
        return []
    country = _country_around(ctx, sentence)
    name, code = (country.country, country.country_code) if country else (None, None)
    here = Location(words.text, None, name, code, precision="city")
    return [(words.start_char, words.end_char, here, words)]


def _a_group_s_camp(obj, lex: TerritoryLexicon) -> bool:
    """ "a JAS camp", "al-Shabaab's base": the camp is said to belong to an armed group."""
    camp = obj if lex.group_camps.fullmatch(obj.text) else _camps_of(obj, lex)
    if camp is None:
        return False
    owners = [c for c in camp.children if c.dep_ in ("compound", "poss", "nmod")]
    return any(
        o.ent_type_ == GROUP_LABEL or group_lexicon().canonical(o.text) is not None for o in owners
    )


def _camps_of(obj, lex: TerritoryLexicon):
    """ "two of the group's bases": the camps a count or part stands for."""
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and lex.group_camps.fullmatch(pobj.text):
                    return pobj
    return None


def _counted_places(obj, lex: TerritoryLexicon) -> list[tuple]:
    """ "seized two villages near the border", "overran several towns": places counted, not
    named; the change has no place of its own (the record takes the sentence's, if any)."""
    if not lex.place_nouns.fullmatch(obj.lemma_) or lex.facilities.fullmatch(obj.text):
        return []
    counted = any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in _COUNTING)
        for c in obj.children
    )
    # "the last villages the group held along the border", "the last town held by the group":
    # the places that side had left, told by what is left of its hold
    last = any(c.dep_ == "amod" and c.lower_ in _REMAINING for c in obj.children)
    if not last and (not counted or obj.tag_ != "NNS"):
        return []
    words = obj.doc[obj.left_edge.i : obj.i + 1]
    return [(words.start_char, words.end_char, None, words)]


_COUNTING = frozenset({"several", "many", "some", "few", "dozens", "scores", "numerous"})
_REMAINING = frozenset({"last", "remaining"})


def _said_a_place(obj, lex: TerritoryLexicon) -> bool:
    """ "Goma, the largest city in eastern Congo": the name is said to be a place."""
    return any(c.dep_ == "appos" and lex.place_nouns.fullmatch(c.text) for c in obj.children)


_CAPTIVE = ("hostage", "hostages", "captive", "captives", "prisoner", "prisoners")


# what the recogniser may take a town's name for ("the town of Mirebalais" read as a product);
# a people's name ("NORP") is read as a town only when the gazetteer knows one
_MISREAD_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART"})
_MISREAD_TOWNS = _MISREAD_NAMES - {"NORP"}


def _unlisted_places(ctx: DocContext, sentence: Sentence, obj, earlier=None) -> list[tuple]:
    """A name the recogniser took for a person or organisation ("took control of Goma"),
    read as a place when only a place can be taken so ("took control of", "overran") and the
    gazetteer knows a town or province of that name in a country the article is about."""
    gaz = gazetteer()
    lex = territory_lexicon()
    heads = {obj.i, *(c.i for c in obj.conjuncts)}
    for head in (obj, *obj.conjuncts):  # "overran most of Aleppo", "districts around X"
        if lex.part_words.fullmatch(head.text) or lex.place_nouns.fullmatch(head.lemma_):
            heads |= _place_words(head, lex)
    if any(w.lower_ in _CAPTIVE for w in obj.head.subtree):
        return []  # "took Hassan hostage"
    said = _place_noun_said(obj, lex)
    out = []
    for ent in map(_without_trailing_conjunction, sentence.ents):
        if ent.label_ not in _MISREAD_NAMES or ent.root.i not in heads:
            continue
        said_a_place = (
            said
            or _of_a_place_noun(ent.root, lex)
            or _before_a_place_noun(ent.root, lex)
            or _called_a_place_elsewhere(ctx, ent.text, lex)
            or _placed_by_bearing(ent, lex)
        )
        if group_lexicon().canonical(ent.text) is not None:
            continue  # a known leader or group
        if any(s <= ent.start_char < e for s, e in ctx.dateline_spans):
            continue  # "DAMASCUS, Syria, Dec. 6 —" is where the story was filed
        place = gaz.resolve(ent.text, ctx.countries)
        if ent.label_ in ("GPE", "LOC") and place is not None:
            continue  # a place the gazetteer knows is one of the sentence's places already
        known = place is not None and place.kind in ("city", "admin1")
        if known and (
            set(place.country_codes) & set(ctx.countries) or (said_a_place and not ctx.countries)
        ):
            out.append((ent.start_char, ent.end_char, gaz.location(place), ent))
        elif said_a_place and (
            ent.label_ in _MISREAD_TOWNS
            # "the coastal town of Shuqra" read as a people: "town of" says which it is
            or (ent.label_ == "NORP" and _of_a_place_noun(ent.root, lex))
        ):
            # "took X and Y, two towns on the motorway", "the town of Bunagana": a town the
            # gazetteer lacks, in the country the story is in just here (if it tells one)
            country = _country_around(ctx, sentence, earlier)
            name, code = (country.country, country.country_code) if country else (None, None)
            here = Location(ent.text, None, name, code, precision="city")
            out.append((ent.start_char, ent.end_char, here, ent))
    if not out:  # "retook the town of Bariire": a name the recogniser took for nothing at all
        out = _unread_names_of_a_place(ctx, sentence, heads, lex, earlier)
    return out


def _placed_by_bearing(words, lex: TerritoryLexicon) -> bool:
    """ "retook Jurf al-Sakhar, south of Baghdad,": a bearing from another place right after
    the name says the name is a place's."""
    end = words.end_char if isinstance(words, TokenSpan) else words.idx + len(words.text)
    return lex.bearing_after_name.match(doc_text(words.doc), end) is not None


def _unread_names_of_a_place(ctx: DocContext, sentence: Sentence, heads, lex, earlier) -> list:
    """A capitalised name with no entity label, said to be a town ("the town of Bariire", here
    or elsewhere in the story), in the country the story is in just here."""
    doc = sentence.span.doc
    out = []
    for i in sorted(heads):
        tok = doc[i]
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper():
            continue
        # "the town of Bariire" here, or "retook Gaskinde" where the story told "the village
        # of Gaskinde" before
        elsewhere = tok.dep_ != "compound" and _called_a_place_elsewhere(ctx, tok.text, lex)
        said = _of_a_place_noun(tok, lex) or elsewhere or _placed_by_bearing(tok, lex)
        if not said or group_lexicon().canonical(tok.text) is not None:
            continue
        first = min(
            (c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=i
        )
        words = doc[first : i + 1]
        country = _country_around(ctx, sentence, earlier)
        name, code = (country.country, country.country_code) if country else (None, None)
        here = Location(words.text, None, name, code, precision="city")
        out.append((words.start_char, words.end_char, here, words))
    return out


def _name_before_a_place_noun(ctx: DocContext, sentence: Sentence, obj, earlier=None) -> list:
    """ "took back the Mohmand valley", "overran the Hoz district": a name the recogniser
    missed, put before a place noun, names the place with it (the noun kept: "Mohmand valley"),
    in the country the story is in just here; a known group before it ("the Taliban
    stronghold") names whose the place is, not which."""
    lex = territory_lexicon()
    if obj.tag_ != "NN" or lex.facilities.fullmatch(obj.text):
        return []
    names = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
    if not names or not all(_name_word(c, lex) for c in names):
        return []
    if not any(c.text[:1].isupper() for c in names):
        return []
    if any(c.ent_type_ for c in names):
        return []  # a name the recogniser read (a place, group or person) is dealt with above
    doc = obj.doc
    words = doc[min(c.left_edge.i for c in names) : obj.i + 1]
    if group_lexicon().canonical(words[:-1].text) is not None:
        return []
    country = _country_around(ctx, sentence, earlier)
    name, code = (country.country, country.country_code) if country else (None, None)
    here = Location(words.text, None, name, code, precision="city")
    return [(words.start_char, words.end_char, here, words)]


def _name_word(token, lex: TerritoryLexicon) -> bool:
    """A word of a name the recogniser missed: capitalised, or the article or hyphen of a
    transliterated one ("al", "-" in "the al-Zour area")."""
    if token.lower_ in lex.name_particles:
        return True
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _country_around(ctx: DocContext, sentence: Sentence, earlier=None) -> Location | None:
    """The country of a town the gazetteer lacks: that of the change told just before (a run of
    places falling lies in one country), else of the place the sentences before tell ("the
    group's worst month in Raqqa. The SDF ... seized the district of al-Mashlab"), else the
    one the article is mostly about. Places the sentence itself names, all in one country,
    come first ("In Somalia's Gedo region, al-Shabaab took the town of Busar")."""
    own = {
        p[2].country_code: p[2]
        for p in sentence.places
        if p[2].country_code and not _across_a_border(p[3])
    }
    if len(own) == 1:
        return next(iter(own.values()))
    if earlier is not None and earlier.location is not None and earlier.location.country_code:
        return earlier.location
    around = place_from_context(ctx, sentence)
    if around is not None and around.location.country_code:
        return around.location
    return ctx.fallback_location()


def _across_a_border(words) -> bool:
    """ "the base at Lasu, near the border with Congo": the country across the border, where
    the place is not."""
    root = words.root
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "with"
        and preposition.head.lemma_.lower() in ("border", "frontier")
    )


def _called_a_place_elsewhere(ctx: DocContext, name: str, lex: TerritoryLexicon) -> bool:
    """ "took control of the whole of al-Maghar", where the lead spoke of "the al-Maghar
    district of Derna": a name the article calls a district, town or village somewhere."""
    text = ctx.document.text
    quoted = re.escape(name)
    nouns = lex.place_nouns.pattern
    after = re.compile(rf"\b{quoted}\s+{nouns}", re.IGNORECASE)
    before = re.compile(rf"{nouns}\s+of\s+{quoted}\b", re.IGNORECASE)
    # "al-Houta, the capital of Lahij province", "Masiu, a lakeside town"
    apposed = re.compile(
        rf"\b{quoted},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{nouns}\b", re.IGNORECASE
    )
    return bool(after.search(text) or before.search(text) or apposed.search(text))


def _without_trailing_conjunction(ent):
    """ "Qodqod and" as the recogniser cut it out of "Qodqod and Wabeeri": the name alone."""
    if len(ent) > 1 and ent[-1].pos_ == "CCONJ":
        return TokenSpan(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def _of_a_place_noun(root, lex: TerritoryLexicon) -> bool:
    """ "the towns of Tibu and Teorama": the name is said to be a town (or to be near the
    places taken: "the islands around Bohoma")."""
    first = root.head if root.dep_ == "conj" else root
    prep = first.head
    return (
        first.dep_ == "pobj"
        and (prep.lower_ == "of" or prep.lower_ in lex.near_places)  # "the islands around X"
        and bool(lex.place_nouns.fullmatch(prep.head.lemma_))
        and not lex.facilities.fullmatch(prep.head.text)
    )


def _before_a_place_noun(root, lex: TerritoryLexicon) -> bool:
    """ "the Zaruma area", "Chora district": the name qualifies a place noun."""
    return (
        root.dep_ == "compound"
        and bool(lex.place_nouns.fullmatch(root.head.lemma_))
        and not lex.facilities.fullmatch(root.head.text)
    )


def _place_noun_said(obj, lex: TerritoryLexicon) -> bool:
    """The name taken is said to be a town or village: "X, a village south of Y", "X and Y,
    two towns" (read at times as a second object of the verb)."""
    near = [c for h in (obj, *obj.conjuncts) for c in h.children if c.dep_ == "appos"]
    if obj.dep_ == "dobj":
        near += [c for c in obj.head.children if c.dep_ == "dobj" and c.i > obj.i]
    near += _words_apposed_after(obj)
    return any(
        lex.place_nouns.fullmatch(t.lemma_) and not lex.facilities.fullmatch(t.text) for t in near
    )


def _words_apposed_after(obj) -> list:
    """The few words after a comma that closes the names ("Bur-Elay and Gololey, two villages
    north of ..."), however the parse hung them: an apposition the parser missed."""
    last = max((obj, *obj.conjuncts), key=lambda t: t.i)
    doc = obj.doc
    after = last.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return []
    return [
        t for t in doc[after + 1 : after + 4] if t.pos_ in ("NOUN", "PROPN", "NUM", "DET", "ADJ")
    ]


def _roles(token, subtype: str, words: str) -> tuple[list, list, list]:
    """(what was taken, who gained it, who lost it), as head tokens of their phrases."""
    words = words.lower()
    if _verb_read_as_noun(token):
        return _misread_verb_roles(token)
    if _participle_read_as_noun(token):
        return _misread_participle_roles(token)
    if (token.pos_ in _VERBS or _used_as_verb(token)) and not _nominal(token):
        objects, gained, lost = _verb_roles(token, subtype, words)
    else:
        objects, gained, lost = _noun_roles(token, words)
    objects = [token.head if o.lower_ in ("which", "that") else o for o in objects]
    return list(dict.fromkeys(objects)), gained, lost


_FELL = ("fell", "fallen", "falls")
_TO_WINNER = (*_FELL, "lost", "losing", "loses")  # "fell to X", "lost Kunduz to X": X gained


# Past-tense forms no noun takes: "retook", "overran", "seized"; a capture word so spelt and
# tagged a singular noun is a verb the tagger misread.
_PAST_FORM = re.compile(r"(?:re-?)?took|overran|won|\w+ed", re.IGNORECASE)


def _verb_read_as_noun(token) -> bool:
    """ "Government troops and allied clan militias retook Harardhere, ...": the tagger read
    "retook" as a noun joined to "troops", with the name hung on "troops" as an apposition.
    A past form between a subject noun and a name is the verb they stand around."""
    doc = token.doc
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.tag_ in ("NN", "NNP")
        and bool(_PAST_FORM.fullmatch(token.text))
        and token.dep_ in ("conj", "compound", "appos")
        and token.head.i < token.i
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ == "PROPN"
    )


def _participle_read_as_noun(token) -> bool:
    """ "villages ... that ISKP gunmen had overrun last week": the tagger may read the
    participle after "had" as a noun, the object of "had" taken for a verb."""
    doc = token.doc
    return (
        token.pos_ == "NOUN"
        and token.i > 0
        and doc[token.i - 1].lemma_.lower() == "have"
        and token.head.i == token.i - 1
        and _describing_clause(token) is not None
    )


def _misread_participle_roles(token) -> tuple[list, list, list]:
    """(the noun the "that" clause describes, the clause's subject, nothing)."""
    had = token.head
    that = next((c for c in had.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    # a relative clause ("a village in Irumu territory that the rebels had overrun") describes
    # the noun it hangs from; a "that" clause read as adverbial, the noun just before "that"
    described = had.head if that is None else token.doc[that.i - 1]
    gained = [c for c in had.children if c.dep_ == "nsubj"]
    return ([described] if described.pos_ in ("NOUN", "PROPN") else []), gained, []


def _describing_clause(token):
    """The relative clause the capture word heads ("X, which the militants seized"), or a
    "that" clause the parse took for an adverbial one ("villages that gunmen had overrun")."""
    clause = token if token.pos_ in _VERBS else token.head
    if clause.dep_ == "relcl":
        return clause
    if clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return clause
    return None


def _misread_verb_roles(token) -> tuple[list, list, list]:
    """(object, subject, nothing) of a verb misread as a noun: the name right after it is what
    was taken, the noun phrase before it (with its conjuncts) who took it."""
    name = token.doc[token.i + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    subject = token.head
    gained = [subject, *(c for c in subject.conjuncts if c.i < token.i)]
    return [name], gained, []


def _used_as_verb(token) -> bool:
    """ "The army retook Marawi" with "retook" tagged a noun: it has a subject and an object."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and bool(deps & {"dobj", "nsubjpass"}) and token.tag_ != "NNS"


def _drives_out(subtype: str, words: str) -> bool:
    """A word of losing that tells one side drove the other out ("drove IS out of Raqqa"), not
    one said of the side that gave the place up ("lost", "withdrew from")."""
    return subtype == "lost" and not words.startswith(territory_lexicon().given_up)


def _verb_roles(token, subtype: str, words: str) -> tuple[list, list, list]:
    """ "the Taliban captured Kunduz (from the army)", "Kunduz was captured by the Taliban",
    "Palma fell to the insurgents", "the army lost control of X", "forces drove IS out of
    Raqqa", "IS was driven out of Sirte"."""
    objects: list = []
    gained: list = []
    lost: list = []
    # "drove IS out of Raqqa": the object is who lost, the subject who gained
    driving = _drives_out(subtype, words)
    if _declared_done(token):  # "forces declared Fallujah recaptured from IS"
        objects = [c for c in token.children if c.dep_ == "nsubj"]
        gained = [c for c in token.head.children if c.dep_ == "nsubj"]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                lost.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "agent":
                gained.extend(c for c in child.children if c.dep_ == "pobj")
        return objects, gained, lost
    for child in token.children:
        pobjs = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ in ("dobj", "nsubjpass") and driving:
            lost.append(child)
        elif child.dep_ == "dobj" and _second_object_apposed(child):
            continue  # "took Sar-e-Pul and Taloqan, the capital of Takhar province"
        elif child.dep_ == "dobj":
            if _control_word(child):
                objects.extend(
                    _of_phrase(child) or _of_after_a_day(token) or _of_beside(token, child)
                )
            else:
                objects.append(child)
        elif child.dep_ == "nsubjpass" or (
            child.dep_ in ("advmod", "npadvmod") and child.ent_type_ in ("GPE", "LOC")
        ):
            objects.append(child)  # "liberated Mosul" is at times parsed as an adverb
        elif child.dep_ == "agent":
            gained.extend(pobjs)
        elif child.dep_ in ("prep", "prt"):
            objects.extend(_place_preposition_objects(child, words))
            if child.lower_ == "in" and words.endswith(" of"):  # "were in control of X"
                objects.extend(o for c in pobjs if _control_word(c) for o in _of_phrase(c))
            if child.lower_ == "from" and not driving:
                lost.extend(pobjs)
            elif child.lower_ == "to" and words.startswith(_TO_WINNER):
                gained.extend(pobjs)
    subjects = [_antecedent(t) for t in _subjects(token) if t.dep_ != "nsubjpass"]
    if words.startswith(_FELL) and any(c.dep_ in ("acomp", "oprd", "attr") for c in token.children):
        return [], [], []  # "Kabul fell silent": a state, not a change of hands
    if words.startswith(_FELL):
        objects.extend(subjects)  # "Palma fell to the insurgents"
    elif subtype == "lost" and not driving:
        lost.extend(subjects)
    else:
        gained.extend(subjects)
    if token.dep_ == "relcl" and not objects:
        objects.append(token.head)  # "Palma, which the insurgents seized"
    return objects, gained, lost


def _second_object_apposed(obj) -> bool:
    """A common noun parsed as a second object after a comma that closes a named one ("took
    Taloqan, the capital of Takhar province"): an apposition describing the name, so the
    places in it say where the name lies, not what was taken."""
    earlier = [c for c in obj.head.children if c.dep_ == "dobj" and c.i < obj.i]
    return (
        bool(earlier)
        and obj.pos_ == "NOUN"
        and obj.left_edge.i > 0
        and obj.doc[obj.left_edge.i - 1].text == ","
        and any(t.pos_ == "PROPN" for e in earlier for t in (e, *e.conjuncts))
    )


def _antecedent(subject):
    """ "The Taliban announced that they had taken control of X": a pronoun subject of a
    reported clause stands for the subject of the verb that reports it; that of a clause
    joined to another, for the other's subject."""
    if subject.lower_ not in ("they", "it"):
        return subject
    clause = own = subject.head
    while clause.dep_ in ("conj",) and clause.head.i != clause.i:
        clause = clause.head
    earlier = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("they", "it")]
    if clause is not own and earlier:
        return earlier[0]  # "Troops have driven X out of ..., and on Sept. 26 they took Y"
    if clause.dep_ != "ccomp":
        return subject
    above = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return above[0] if above else subject


def _declared_done(token) -> bool:
    """A participle in a small clause of "declare" ("declared Fallujah fully recaptured",
    "announced the town liberated"): passive in meaning, its subject the place."""
    # the parse tags the participle a past tense at times; an active verb would have its object
    return (
        token.tag_ in ("VBN", "VBD")
        and token.dep_ in ("ccomp", "xcomp", "oprd")
        and token.head.lemma_.lower() in territory_lexicon().declaring
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in token.children)
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _noun_roles(token, words: str) -> tuple[list, list, list]:
    """ "the fall of Palma to the insurgents", "the liberation of Mosul by Iraqi forces"."""
    objects: list = []
    gained: list = []
    lost: list = []
    for child in token.children:
        if child.dep_ != "prep":
            continue
        pobjs = [c for c in child.children if c.dep_ == "pobj"]
        if child.lower_ == "of":
            objects.extend(pobjs)
        elif child.lower_ == "by" or (child.lower_ == "to" and words.startswith("fall")):
            gained.extend(pobjs)
        elif child.lower_ == "from":
            lost.extend(pobjs)
    for obj in objects:  # "the recapturing of Sirte by government troops"
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                gained.extend(c for c in child.children if c.dep_ == "pobj")
    for owner in (c for c in token.children if c.dep_ == "poss"):
        # "the Islamic State's capture of Ramadi" (but "Mosul's liberation": the place)
        (objects if owner.ent_type_ in ("GPE", "LOC", "FAC") else gained).append(owner)
    if not gained and token.dep_ == "dobj" and not words.startswith("fall"):
        verb = token.head  # "Iraqi forces announced the recapture of Tikrit"
        if verb.lemma_.lower() in territory_lexicon().nominal_doers:
            gained.extend(c for c in verb.children if c.dep_ == "nsubj")
    if words.startswith("fall") and not gained:
        return [], [], []  # "the fall of Mosul": to whom, or when, is not told
    return objects, gained, lost


def _nominal(token) -> bool:
    """ "the liberating of Mosul": a gerund used as a noun."""
    return (
        token.tag_ == "VBG"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        and any(c.dep_ == "det" for c in token.children)
    )


def _subjects(token) -> list:
    """The verb's subject, or that of the verb it is conjoined to ("attacked and seized"); a
    relative pronoun stands for the noun its clause describes ("fighters who overran X")."""
    verb = token
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = [verb.head if _relative(c, verb) else c for c in found]
        if found:
            return [c for c in found if c.dep_ != "nsubjpass"] if verb.i != token.i else found
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return _subject_of_the_clause_governing(token)


# Words that open an adjunct whose gerund has no subject of its own ("after overrunning X")
_ADJUNCT_OPENERS = frozenset({"after", "before", "since", "while", "upon", "on", "by", "when"})


def _subject_of_the_clause_governing(token) -> list:
    """ "the Taliban said they had taken Panjshir, a day after overrunning its Rukha district",
    "having seized the port, the rebels ...": a gerund or participle in an adjunct shares the
    subject of the clause it hangs on."""
    if token.tag_ != "VBG" or token.dep_ not in ("pcomp", "advcl"):
        return []
    if token.dep_ == "pcomp" and token.head.lower_ not in _ADJUNCT_OPENERS:
        return []
    up = token.head
    for _ in range(3):
        if up.pos_ in _VERBS:
            return [c for c in up.children if c.dep_ == "nsubj"]
        if up.head.i == up.i:
            break
        up = up.head
    return []


def _relative(subject, verb) -> bool:
    return verb.dep_ == "relcl" and subject.lower_ in ("who", "which", "that")


def _control_word(tok) -> bool:
    return tok.lemma_.lower() in ("control", "charge", "hold", "possession")


def _of_phrase(tok) -> list:
    """ "control of X", and "control over X" ("re-established control over Bama")."""
    return [
        c
        for p in tok.children
        if p.dep_ == "prep" and (p.lower_ == "of" or (p.lower_ == "over" and _control_word(tok)))
        for c in p.children
        if c.dep_ == "pobj"
    ]


def _of_after_a_day(verb) -> list:
    """ "took control on Thursday of al-Omar": the parse hangs the "of" on the day put
    between the control and its place."""
    return [
        c
        for prep in verb.children
        if prep.dep_ == "prep"
        for day in prep.children
        if day.dep_ == "pobj" and day.ent_type_ in ("DATE", "TIME")
        for c in _of_phrase(day)
    ]


def _of_beside(verb, control) -> list:
    """ "took control of a hilltop camp above X": the parse may hang the "of" on the verb, just
    after the control word."""
    return [
        c
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == control.i + 1
        for c in prep.children
        if c.dep_ == "pobj"
    ]


def _place_preposition_objects(prep, words: str) -> list:
    """ "driven out of X", "took control of X" parsed with "of" on the verb."""
    if prep.dep_ == "prt":
        return [c for c in prep.children if c.dep_ == "pobj"] + [
            c for p in prep.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"
        ]
    if prep.lower_ == "into" and words.endswith(" into"):  # "rolled into Kabul"
        return [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "without" and words.endswith(" into"):
        # "moved without a fight into six villages": the parse hangs "into" on "fight"
        return [
            o
            for fight in prep.children
            for into in fight.children
            if into.dep_ == "prep" and into.lower_ == "into"
            for o in into.children
            if o.dep_ == "pobj"
        ]
    if prep.lower_ == "of" and words.endswith(" of"):
        return [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ in ("out", "from") and words.endswith((" of", " from")):
        inner = [c for c in prep.children if c.dep_ == "pobj"]
        inner += [
            c for p in prep.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"
        ]
        return inner
    return []


def _places_named(sentence: Sentence, obj, lex: TerritoryLexicon) -> list[tuple]:
    """The sentence's places that are the object itself: the name ("Palma"), a name with a
    place noun ("the town of Palma", "Palma district", "its stronghold, Baghouz") or part of a
    place ("much of Marawi"); listed ones count each ("Palma and Mocimboa"), when the first is
    a place ("seized rifles and cartridges ... , Sesori municipality" lists no place taken).
    Countries are not taken so: "soldiers took control of Niger" is a coup."""
    found = []
    for head in (obj, *obj.conjuncts):
        words = _place_words(head, lex)
        here = [
            p
            for p in sentence.places
            if p[3].root.i in words
            and p[2].precision != "country"
            and not _names_a_facility(p[3], lex)
        ]
        if not here and head.i == obj.i:
            return []
        found.extend(p for p in here if p not in found)
    return found


def _names_a_facility(words, lex: TerritoryLexicon) -> bool:
    """ "the San Salvador-Santa Ana highway", "Kabul airport": the place names what was
    taken, it is not what was taken."""
    doc = words.doc
    i = words.end
    while i < len(doc) and i < words.end + 4 and (doc[i].pos_ == "PROPN" or doc[i].text == "-"):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN":
        return False
    return not (lex.place_nouns.fullmatch(doc[i].text) or lex.part_words.fullmatch(doc[i].text))


def _place_words(head, lex: TerritoryLexicon, describing: bool = False) -> set[int]:
    """``describing``: ``head`` is a noun in apposition to a named place ("Ramadi, the capital
    of Anbar province"): the places in its own phrase say where that place is, not what was
    taken."""
    out = {head.i}
    place_noun = any(
        lex.place_nouns.fullmatch(w) or lex.part_words.fullmatch(w)
        for w in (head.text, head.lemma_)
    )
    if (not place_noun and head.pos_ != "PROPN") or lex.facilities.fullmatch(head.text):
        return out  # "the San Salvador-Santa Ana highway", "U.S. citizens"
    for child in head.children:
        if child.dep_ in ("compound", "appos", "nmod", "poss") or (
            child.dep_ == "prep"
            and place_noun
            and not describing
            and (child.lower_ == "of" or child.lower_ in lex.near_places)
        ):
            out.add(child.i)
            for inner in child.children:
                if inner.dep_ in ("pobj", "compound", "appos", "conj"):
                    out |= _place_words(inner, lex)
            if child.dep_ == "appos":
                named = head.pos_ == "PROPN" and not place_noun
                out |= _place_words(child, lex, describing=named and child.pos_ == "NOUN")
    return out


def _mention(
    ctx: DocContext, sentence: Sentence, change: _Change, lex: TerritoryLexicon, before=None
):
    m = change.match
    trigger = FieldSpan("type", sentence.start + m.start(), sentence.start + m.end(), m.group())
    _, _, location, words = change.place
    mention = EventMention(
        type="territorial_change",
        subtype=change.subtype,
        certainty=change.certainty,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
        identity=f"{(location.name if location else None) or words.text}|{change.subtype}",
    )
    _fill_sides(mention, sentence, change, lex)
    _told_by_the_winner(mention)
    if not mention.actors and before is not None:  # "Jalalabad fell the same day"
        mention.actors = [a for a in before.actors if a.role in ("perpetrator", "authority")]
    if not mention.actors:
        return None  # "the war that liberated Mecca": no side in the conflict is named
    if change.told_before is not None and _same_side_gained(mention, change.told_before):
        return None  # "captured Baghouz ... announced that the enclave had been liberated"
    if m.group().lower().startswith(lex.withdrawals) and all(
        a.type == "state_force" for a in mention.actors
    ):
        return None  # "Israeli forces withdrew from Jenin": the end of a raid
    gained_by_a_group = not any(
        a.type == "state_force" and a.role == "authority" for a in mention.actors
    )
    state_only = m.group().lower().startswith(lex.state_only) or change.camp
    if state_only and gained_by_a_group and not (change.camp and _base_held(sentence, lex)):
        return None  # "militants cleared the road", "overran an army base": no change
    clauses = _clauses_describing(words.root, change.token)
    dating = sentence
    other_time = _clause_of_another_time(change.token)
    if other_time is not None:
        # "retook X on Saturday, after armed men had occupied the village": not Saturday
        inside = {t.i for t in other_time.subtree}
        dating = replace(sentence, dates=[d for d in sentence.dates if d[3].root.i in inside])
        fill_date_and_place(ctx, mention, dating, [change.token])
    elif clauses:  # "retook X, which the militants had seized last week": not the retaking's day
        inside = {t.i for c in clauses for t in c.subtree}
        dating = replace(sentence, dates=[d for d in sentence.dates if d[3].root.i not in inside])
        fill_date_and_place(ctx, mention, dating, [change.token])
    else:
        fill_date_and_place(ctx, mention, sentence, [change.token, words.root])
    if not mention.date_explicit and not _dated_below_the_lead(ctx, mention, dating, change.token):
        _date_of_the_saying(mention, dating, change.token)
    if _a_state_of_control(m.group()) and not _control_begun_that_day(
        mention, sentence, change, lex
    ):
        return None  # "the Taliban have been in control of Musa Qala since 2019"
    if location is not None and mention.location != location:
        _place_is_the_object(mention, change.place)
    if told_long_before(ctx, mention, sentence) or _in_an_earlier_year(ctx, mention, sentence):
        return None  # "captured Mosul in 2014", recalled in a 2024 story
    return mention


def _told_by_the_winner(mention: EventMention) -> None:
    """ "Kurdish forces drove IS out of Sinjar": the side that drove the other out took the
    place, so the change is told as the winner's, as ``captured`` by an armed group and
    ``recaptured`` by state forces (one record with "Kurdish forces retook Sinjar")."""
    if not _drives_out(mention.subtype, mention.trigger.text.lower()):
        return
    winners = [a for a in mention.actors if a.role in ("perpetrator", "authority")]
    if not winners:
        return
    state = any(a.type == "state_force" for a in winners)
    mention.subtype = "recaptured" if state else "captured"
    mention.identity = mention.identity.rsplit("|", 1)[0] + "|" + mention.subtype


def _clauses_describing(place, token) -> list:
    """The clauses that describe the place taken ("Jowhar, which the militants had seized last
    week", "villages in X that gunmen had overrun", "a town the group had held since March"),
    not the one the capture word itself stands in: what they date is not this change."""
    nouns = [place]
    for up in place.ancestors:  # "two villages in the Jurm district that ...": up to the verb
        if up.pos_ in _VERBS:
            break
        nouns.append(up)
    nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "appos"]
    # "the village of Bar Sanguni in Lower Juba, which the militants had overrun last month":
    # the parse may hang the clause on the place the taken one is in
    nouns += [
        o
        for n in list(nouns)
        for p in n.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
    ]
    clauses = [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl")]
    verb = next((up for up in place.ancestors if up.pos_ in _VERBS), None)
    if verb is not None:  # "regained villages in X that gunmen had overrun", misparsed
        clauses += [c for c in verb.children if c.i > place.i and _describing_clause(c) is c]
        # "retaken the centre of X district, in Farah province, which the Taliban overran in
        # October": the clause hangs on the place's province, which the parse gives the verb
        clauses += [
            c
            for p in verb.children
            if p.dep_ == "prep" and p.i > place.i
            for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
            for c in o.children
            if c.dep_ == "relcl"
        ]
    return [c for c in clauses if token.i not in {t.i for t in c.subtree}]


# A change dated only by a month that ended this many days before the story is background: news
# of a fall gives its day, and a month named two or more months back recalls an earlier phase
MONTHS_BACK_AS_HISTORY_DAYS = 45


def _same_side_gained(mention: EventMention, other: EventMention) -> bool:
    """The change told again in other words: the side that gained is the one that gained the
    place just before (a change of hands back, "fighters overran X ... soldiers retook the
    village", has another winner)."""
    winners = {
        (a.canonical or a.name).lower()
        for a in other.actors
        if a.role in ("perpetrator", "authority")
    }
    return any(
        (a.canonical or a.name).lower() in winners
        for a in mention.actors
        if a.role in ("perpetrator", "authority")
    )


_SAYING = frozenset({"say", "tell", "announce", "report", "confirm"})


def _dated_below_the_lead(
    ctx: DocContext, mention: EventMention, sentence: Sentence, change
) -> bool:
    """ "Myanmar's military said on Thursday that it had regained full control of Kyaukme",
    then "Troops secured the town on Wednesday afternoon": a lead whose one day is said right
    after its verb of saying, and whose change the next paragraph dates, is dated there."""
    below = day_told_below_lead(ctx, sentence)
    if below is None or mention.date != below.span:
        return False
    saying = next((a for a in change.ancestors if a.lemma_.lower() in _SAYING), None)
    return saying is not None and any(
        d[3] is not None and saying.i < d[3].root.i < change.i for d in sentence.dates
    )


def _date_of_the_saying(mention: EventMention, sentence: Sentence, change) -> None:
    """ "KABUL, Aug. 9 — Taliban fighters overran Aybak, ..., on Monday, local officials said":
    the parse hangs the day on the saying, not on the change; the one day of a sentence that
    reports the change dates it (the day it was announced, at the latest), unless the change is
    told only to describe someone ("troops who took back El Plateado are facing attacks, ...
    commanders said on Thursday")."""
    days = [d for d in sentence.dates if d[2].precision == "day" and d[2].start == d[2].end]
    if len(days) != 1 or len(sentence.dates) != 1:
        return
    start, end, span, words = days[0]
    up = words.root.head
    if up.dep_ == "prep":  # "on Monday"
        up = up.head
    if up.lemma_.lower() not in _SAYING or not span.start:
        return
    if event_told_as_description(words, [change]):
        return
    mention.date, mention.date_explicit = span, True
    mention.fields = [f for f in mention.fields if f.field != "date"]
    mention.fields.append(FieldSpan("date", start, end, span.text or ""))


def _a_state_of_control(words: str) -> bool:
    return " control of" in words.lower() and words.lower().startswith(("was ", "were "))


def _control_begun_that_day(
    mention: EventMention, sentence: Sentence, change: _Change, lex: TerritoryLexicon
) -> bool:
    """ "On Saturday they were in control of Sheberghan": the day the control is told on is
    when it began, unless the clause says it held before ("still", "since 2019", "remained")."""
    when = mention.date
    if when is None or not mention.date_explicit or when.precision != "day":
        return False
    return not in_clause(sentence, change.token, lex.held_before)


def _in_an_earlier_year(ctx: DocContext, mention: EventMention, sentence: Sentence) -> bool:
    """ "The Islamic State took Sirte in the spring of 2015", in a December 2016 story: a change
    dated only by a past year, or by a month well before the story's, is background recalled,
    not news (news gives the day, or the month just past)."""
    anchor = ctx.document.anchor_for(sentence.start)
    when = mention.date
    if anchor is None or when is None or not mention.date_explicit or not when.end:
        return False
    if when.precision == "month":  # "declared Derna liberated in June", in an October story
        return (anchor - date.fromisoformat(when.end)).days > MONTHS_BACK_AS_HISTORY_DAYS
    return when.precision == "year" and int(when.end[:4]) < anchor.year


def _place_is_the_object(mention: EventMention, place: tuple) -> None:
    """The record's place is the place taken, not another one the sentence names near it."""
    start, end, location, _ = place
    mention.fields = [f for f in mention.fields if f.field != "location"]
    mention.location, mention.location_explicit = location, True
    mention.fields.append(FieldSpan("location", start, end, location.name or ""))


def _fill_sides(mention: EventMention, sentence: Sentence, change: _Change, lex) -> None:
    taken = {t.i for t in change.place[3]}
    verb = change.token.i
    for heads, won in ((change.gained, True), (change.lost, False)):
        for head in heads:
            # a side named before the capture word ends before it: not "al-Shabaab" in
            # "troops [who] retook X, a town al-Shabaab had held"
            phrase = [t for t in head.subtree if t.i not in taken and (head.i > verb or t.i < verb)]
            side = _side(sentence, head, phrase, won, lex)
            if side is None:
                continue
            actor, start, end = side
            if any(a.name == actor.name and a.role == actor.role for a in mention.actors):
                continue
            mention.actors.append(actor)
            words = doc_text(sentence.span.doc)[start:end]
            mention.fields.append(FieldSpan(actor.role, start, end, words))


def _side(sentence: Sentence, head, phrase: list, won: bool, lex: TerritoryLexicon):
    """(actor, start, end) for one side: a named group, state forces, or armed men (with
    "its fighters" standing for the one group the sentence names)."""
    if not phrase:
        return None
    indices = {t.i for t in phrase}
    lexicon = group_lexicon()
    groups = [e for e in sentence.ents if e.label_ == GROUP_LABEL]
    for ent in groups:
        if ent.root.i in indices:
            return _group_actor(ent, won, lexicon), ent.start_char, ent.end_char
    doc = sentence.span.doc
    start = min(t.idx for t in phrase)
    end = max(t.idx + len(t.text) for t in phrase)
    force = operation_lexicon().forces.search(doc_text(doc), start, end)
    if force is not None and not lex.armed.search(doc_text(doc), start, force.start()):
        first, last = force_words(doc, force)
        role = "authority" if won else "target"
        return Actor(doc_text(doc)[first:last], None, role, "state_force"), first, last
    armed = _armed_head(lex, doc_text(doc), start, end, head)
    if armed is None:
        return _force_unit(sentence, head, won, lex)
    owner = [t for t in head.children if t.dep_ == "poss" and t.lower_ in ("its", "their")]
    named = {e.ent_id_ or e.text for e in groups}
    if owner and len(named) == 1:
        ent = groups[0]
        return _group_actor(ent, won, lexicon), ent.start_char, ent.end_char
    role = "perpetrator" if won else "target"
    return Actor(armed.group(), None, role, "armed_group"), armed.start(), armed.end()


def _armed_head(lex: TerritoryLexicon, text: str, start: int, end: int, head):
    """The armed-doer word that heads the phrase ("Islamist insurgents" -> "insurgents"),
    else the first one in it."""
    found = list(lex.armed.finditer(text, start, end))
    for m in found:
        if m.start() <= head.idx < m.end():
            return m
    return found[0] if found else None


def _force_unit(sentence: Sentence, head, won: bool, lex: TerritoryLexicon):
    """ "Rwandan units", "army units": a state force the force lexicon does not list, told by
    the nationality or the state that owns it."""
    if not lex.force_units.fullmatch(head.text):
        return None
    owners = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if not any(
        o.ent_type_ in ("NORP", "GPE") or lex.force_owners.fullmatch(o.text) for o in owners
    ):
        return None
    start, end = owners[0].left_edge.idx, head.idx + len(head.text)
    words = doc_text(sentence.span.doc)[start:end]
    return Actor(words, None, "authority" if won else "target", "state_force"), start, end


def _group_actor(ent, won: bool, lexicon) -> Actor:
    canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
    named = lexicon.get(canonical)
    kind = group_actor_type(named)
    return Actor(ent.text, canonical, "perpetrator" if won else "target", kind)


def in_clause(sentence: Sentence, token, pattern: re.Pattern) -> bool:
    """Words of ``pattern`` said of the event word: in its clause, not in a clause about
    someone in it ("X, who founded the group two decades ago, was killed")."""
    for m in pattern.finditer(sentence.text):
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        if words is None:
            continue
        tok = words.root
        while tok.i != token.i and tok.dep_ not in ("relcl", "acl") and tok.head.i != tok.i:
            tok = tok.head
        if tok.i == token.i:
            return True
    return False


def force_words(doc, force: re.Match) -> tuple[int, int]:
    """Offsets of a force's name with the words that say whose it is ("U.S. special forces",
    "US-backed Iraqi forces", "government troops"), not its articles or clauses."""
    words = doc.char_span(force.start(), force.end(), alignment_mode="expand")
    if words is None:
        return force.start(), force.end()
    head = words.root
    modifiers = [
        c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss")
    ]
    first = min([force.start(), *(t.idx for m in modifiers for t in m.subtree)])
    return first, force.end()
