"""Operations by state or coalition forces (event type ``military_operation``).

A sentence tells one when it holds an operation word (``data/operations.toml``) that the parse
does not negate or push into the past, and the doer is a state force:

- ``airstrike`` and ``drone_strike``: strikes from the air are the state's unless an armed
  group or armed noun is their doer ("an Islamic State drone attack" is an attack);
- ``offensive`` and ``raid``: the doer (the word's subject, "by" agent, or the subject of the
  verb that carries it out: "troops launched an offensive") is a force, or no doer is named and
  a force is the only actor of the sentence ("during a security operation in Andar district,
  an Afghan and coalition force killed ...");
- ``battle``: a clash, firefight or "encounter" with a force on one side;
- ``other``: a killing whose doer is a force ("coalition forces killed two insurgents"),
  unless it is counted over a whole year ("police killed 219 Maoists in 2024" is a tally); and,
  found as raids are, an operation of no stated kind, shelling, or strikes on targets ("an
  operation by French troops", "Pakistani artillery fire", "India said it struck nine sites").
  Offensives, raids and these may have a country for doer ("a U.S. operation"), and a pronoun
  doer is the subject of the verb of saying it hangs from ("the army said it killed").

An operation told only as how people were seized is the arrest's; a guess ("may", "could")
naming no force is nobody's operation.

Plans, promises, the future and guesses ("the army is preparing an offensive", "would launch a
new offensive", "the operation would continue") give no record, the gold codes none; a hedged
past ("troops may have raided the camp") gives a ``speculative`` one; a strike told as where a
guessed death happened ("may have been killed in an air strike") was made, and is reported. History recalled more than a year after it happened gives none. The record has the forces (role
``authority``), the armed groups named as targets (role ``target``), killed and wounded counts
(``extract.casualties``), a ``drone`` weapon for drone strikes, date and place. People detained
in an operation are counted by the ``arrest`` record of the same sentence (subtype
``detention``), so they are not counted twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from watchfloor.data import load_toml
from watchfloor.extract.casualties import best_count, find_counts
from watchfloor.extract.certainty import hedged_past, judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.setting import (
    dated_to_a_month_gone,
    dated_to_a_past_year,
    fill_date_and_place,
    said_long_before,
    told_as_time_of_another,
    told_long_before,
)
from watchfloor.extract.syntax import doc_text, in_an_opening_with
from watchfloor.geo import gazetteer
from watchfloor.models import Actor, EventMention, FieldSpan, Quantity, Span
from watchfloor.nlp.lexicon import group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL

SUBTYPE_ORDER = ("drone_strike", "airstrike", "offensive", "raid", "battle", "operation", "other")
_FROM_THE_AIR = ("drone_strike", "airstrike")
# an operation of no stated kind is recorded as subtype "other", found as raids are
_RECORDED_AS = {"operation": "other"}
# subtypes whose doer may be named by its country alone ("a U.S. operation", "Pakistani
# artillery fire", "India said it struck nine sites")
_BY_COUNTRY = frozenset({"offensive", "raid", "operation"})
# verbs whose subject carries out the operation named by their object ("launched a raid")
_CARRY_OUT = frozenset(
    {"conduct", "launch", "carry", "mount", "stage", "begin", "start", "lead", "execute"}
    | {"order", "open", "press", "pursue", "wage"}  # "troops pressed an offensive"
)


@dataclass(frozen=True)
class OperationLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern
    forces: re.Pattern
    armed: re.Pattern
    non_state_armies: re.Pattern
    attack_story: re.Pattern
    pattern_of: re.Pattern
    arrest_verbs: frozenset[str]
    detaining_verbs: frozenset[str]
    saying_verbs: frozenset[str]
    disguise_verbs: frozenset[str]
    owned_people: frozenset[str]  # "its officers": whose people the owner's kind tells
    blaming_verbs: frozenset[str]  # "blamed the militants": whose act the sentence says it was
    civil_crowds: re.Pattern
    country_leads: re.Pattern
    running_total: re.Pattern
    air_forces: re.Pattern
    police: re.Pattern
    military: re.Pattern
    governing_forces: re.Pattern
    deliberation_verbs: frozenset[str]
    request_verbs: frozenset[str]  # "asked the league to carry out air strikes"
    revenge_words: frozenset[str]
    habit_adverbs: frozenset[str]
    recent_days: frozenset[str]  # "since Friday": too near for a running count


@cache
def operation_lexicon() -> OperationLexicon:
    data = load_toml("operations.toml")
    words = data["operation_triggers"]
    cues = data["operation_cues"]
    return OperationLexicon(
        triggers={subtype: alternation(words[subtype]) for subtype in SUBTYPE_ORDER},
        any_trigger=alternation([w for s in SUBTYPE_ORDER if s != "other" for w in words[s]]),
        forces=alternation(cues["forces"]),
        armed=alternation(cues["armed_doers"]),
        non_state_armies=alternation(cues["non_state_armies"]),
        attack_story=alternation(cues["attack_story"]),
        pattern_of=re.compile(
            r"\b(?:" + "|".join(cues["pattern_of"]) + r")\s+(?:[\w.'-]+\s+){0,2}$", re.I
        ),
        arrest_verbs=frozenset(cues["arrest_verbs"]),
        detaining_verbs=frozenset(cues["detaining_verbs"]),
        saying_verbs=frozenset(cues["saying_verbs"]),
        disguise_verbs=frozenset(cues["disguise_verbs"]),
        owned_people=frozenset(cues["owned_people"]),
        blaming_verbs=frozenset(cues["blaming_verbs"]),
        civil_crowds=alternation(cues["civil_crowds"]),
        running_total=alternation(cues["running_total"]),
        air_forces=alternation(cues["air_forces"]),
        military=alternation(cues["military"]),
        police=alternation(cues["police"]),
        governing_forces=alternation(cues["governing_forces"]),
        deliberation_verbs=frozenset(cues["deliberation_verbs"]),
        request_verbs=frozenset(cues["request_verbs"]),
        revenge_words=frozenset(cues["revenge_words"]),
        habit_adverbs=frozenset(cues["habit_adverbs"]),
        recent_days=frozenset(cues["recent_days"]),
        country_leads=re.compile("(?:" + "|".join(map(re.escape, cues["country_leads"])) + ")$"),
    )


def worth_parsing(sentence, text: str) -> bool:
    """Operation words; killings are parsed for the attack extractor already."""
    return bool(operation_lexicon().any_trigger.search(text))


def extract(ctx: DocContext) -> list[EventMention]:
    lex = operation_lexicon()
    mentions = []
    for sentence in ctx.sentences:
        if not sentence.parsed:
            continue
        told = _operations_told(sentence, lex)
        for found in told:
            mention = _mention_in(ctx, sentence, lex, found, alone=len(told) == 1)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _operations_told(sentence: Sentence, lex: OperationLexicon) -> list[_Found]:
    """The sentence's operation, and a second one of another kind by another force: "the army
    pressed ahead with its offensive, a day after fighter jets pounded hideouts" tells an
    offensive and strikes from the air."""
    first = _operation(sentence, lex)
    if first is None or first.subtype not in _KIND or not first.forces:
        return [] if first is None else [first]
    others = tuple(
        s for s in SUBTYPE_ORDER if _KIND.get(s, _KIND[first.subtype]) == _KIND[first.subtype]
    )
    second = _operation(sentence, lex, skip=others)
    if second is None or not second.forces or second.forces[0] == first.forces[0]:
        return [first]
    if any(_overlap(f, first.forces[0]) for f in second.forces[:1]):
        return [first]
    return [first, second]


def _overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class _Found:
    subtype: str
    match: re.Match
    token: object  # the trigger's head token
    forces: list[tuple[int, int, str]]  # (start, end, words) in the sentence, doers first


def _mention_in(
    ctx: DocContext, sentence: Sentence, lex: OperationLexicon, found: _Found, alone: bool = True
):
    """``alone``: the sentence tells no other operation; one told in a clause that dates
    another event is then background, not the second of two ("launched an offensive, hours
    after warplanes bombed positions" tells both)."""
    verdict = judge(found.token, sentence.text, found.match.start(), None)
    if verdict in ("negated", "historical"):
        return None
    if verdict == "speculative" and _setting_of_a_guessed_death(found.token):
        verdict = "reported"  # "X may have been killed in an air strike": the strike was made
    if verdict == "speculative" and not hedged_past(found.token):
        return None  # plans, promises, guesses ("the operation would continue"): not coded
    m = found.match
    trigger = FieldSpan("type", sentence.start + m.start(), sentence.start + m.end(), m.group())
    mention = EventMention(
        type="military_operation",
        subtype=_RECORDED_AS.get(found.subtype, found.subtype),
        certainty=verdict if verdict in ("reported", "alleged") else "speculative",
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
    )
    if found.subtype == "drone_strike":
        mention.weapons.append("drone")
    _fill_counts(mention, sentence)
    _fill_actors(mention, sentence, found)
    if mention.certainty == "speculative" and not found.forces:
        return None  # "The airstrikes may satisfy anger": a guess about no one's operation
    if not found.forces and _inside_a_quote(sentence, m.start()):
        return None  # '"The bombing campaign was already under way," he said': comment
    fill_date_and_place(ctx, mention, sentence, [found.token])
    if told_long_before(ctx, mention, sentence) or dated_to_a_past_year(ctx, mention, sentence):
        return None
    if dated_to_a_month_gone(ctx, mention, sentence):
        return None  # "In March, American aircraft struck a camp at Raso", in a June story
    if said_long_before(ctx, mention, sentence, found.token):
        return None
    if _a_motive(found.token, lex) and not _told_for_itself(mention):
        return None  # "the school had been chosen to avenge the army's offensive"
    if (
        alone
        and not _the_death_it_led_to(found.token)
        and told_as_time_of_another(ctx, mention, sentence, [found.token])
    ):
        return None  # "became chief after his predecessor was killed in a drone strike"
    if found.subtype == "other" and (_a_tally(mention) or _counted_since(found.token)):
        return None
    if _of_a_kind_counted_since(found.token):
        return None  # "police have killed more than 50 militants in such encounters since January"
    if _running_total(found, sentence, lex):
        return None
    if in_an_opening_with(found.token) and _a_tally_of_the_clause(found.token):
        return None  # "With Friday's gunfight, 188 Maoists have been killed this year"
    mention.identity = _identity(mention, sentence)
    return mention


def _a_motive(token, lex: OperationLexicon) -> bool:
    """The operation word is what someone avenges or takes revenge for ("to avenge the army's
    offensive", "take revenge for air strikes on the group"): through prepositions, the first
    word above it is a word of revenge."""
    up = token
    while up.dep_ in ("dobj", "pobj", "prep", "conj") and up.head.i != up.i:
        up = up.head
        if up.pos_ in ("VERB", "NOUN"):
            # "take revenge for", "seek vengeance for": the verb's object says it
            objects = [c for c in up.children if c.dep_ == "dobj"] if up.pos_ == "VERB" else []
            return any(w.lemma_.lower() in lex.revenge_words for w in [up, *objects])
    return False


def _told_for_itself(mention: EventMention) -> bool:
    """A toll or a day of its own makes an operation named as a motive news of its own."""
    when = mention.date
    own_day = mention.date_explicit and when is not None and when.precision == "day"
    return mention.killed is not None or own_day


_DEATH_LEMMAS = frozenset({"kill", "die"})


def _the_death_it_led_to(token) -> bool:
    """ "X was killed on Wednesday after soldiers surrounded a house and blew it up in a
    gunfight": the operation told in the "after" clause of a death is how the death came about,
    one occasion, not another event's time (unless a distance apart is told: "days after")."""
    for up in [token, *token.ancestors]:
        if up.pos_ not in ("VERB", "AUX") or up.dep_ not in ("advcl", "conj"):
            continue
        clause = up if up.dep_ == "advcl" else up.head
        if clause.dep_ != "advcl":
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in ("after", "when", "as"):
            return False
        if any(c.dep_ in ("npadvmod", "advmod") for c in mark.children):
            return False  # "days after", "shortly after"
        return clause.head.lemma_.lower() in _DEATH_LEMMAS
    return False


def _setting_of_a_guessed_death(token) -> bool:
    """ "X may have been among those killed in air raids near the town", "checking whether X
    was among those killed when its warplanes bombed a gathering": the guess is about who died;
    the strike, told in the past as where or when they died, was made."""
    if token.pos_ in ("NOUN", "PROPN"):
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in ("in", "during", "by"):
            return False
        if prep.head.lemma_.lower() not in _DEATH_LEMMAS:
            return False
        return _told_as_past(prep.head)
    marked = any(c.lower_ in ("when", "as") for c in token.children if c.dep_ in ("advmod", "mark"))
    if token.dep_ != "advcl" or token.tag_ != "VBD" or not marked:
        return False
    return _told_as_past(token.head)


def _told_as_past(word) -> bool:
    """The clause holding ``word`` is told in the past ("may have been killed", "whether he
    was among those killed"), not the future ("could be killed")."""
    for up in [word, *word.ancestors]:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c for c in up.children if c.dep_ in ("aux", "auxpass")]
        if auxes or up.dep_ in ("ROOT", "ccomp", "advcl", "conj"):
            return up.tag_ == "VBD" or any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes)
    return False


# the kinds of operation an article tells apart: strikes from the air, an offensive, a raid; a
# killing, clash or operation of no stated kind may be part of any of them (no kind)
_KIND = {"drone_strike": "air", "airstrike": "air", "offensive": "offensive", "raid": "raid"}


def _running_total(found: _Found, sentence: Sentence, lex: OperationLexicon) -> bool:
    """ "France has carried out more than 300 strikes in Iraq and Syria since September 2014":
    operations counted since a year long past are a running total, not one operation."""
    if not lex.running_total.search(sentence.text):
        return False
    m = found.match
    words = sentence.span.doc.char_span(
        sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
    )
    nouns = [t for t in words or [] if t.tag_ == "NNS"]
    return any(_counted(noun) for noun in nouns)


def _a_tally_of_the_clause(token) -> bool:
    """The clause an opening "with" phrase hangs from counts (a number in it): the operation
    named in the phrase is the latest one added to that tally, told before for itself."""
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and any(t.like_num for t in clause.subtree if t.i > token.i)


_COUNTS_OF = frozenset({"dozens", "hundreds", "thousands", "scores"})


def _counted(noun) -> bool:
    """ "more than 300 strikes", "thousands of raids": operations given a number."""
    if any(c.like_num for c in noun.subtree if c.i < noun.i):
        return True
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return of is not None and (of.head.like_num or of.head.lower_ in _COUNTS_OF)


def _identity(mention: EventMention, sentence: Sentence) -> str:
    """``kind|country`` of the operation, either part empty when the words do not tell:
    "Syrian warplanes carried out 15 strikes" and "the U.S.-led coalition carried out 18
    airstrikes" are two operations, and so are an offensive and a raid (see
    ``resolve.merge_mentions``)."""
    return f"{_KIND.get(mention.subtype, '')}|{_doer_country(mention, sentence) or ''}"


def _doer_country(mention: EventMention, sentence: Sentence) -> str | None:
    """The country code of the force that did it ("U.S. special forces", "Syrian warplanes",
    "Pakistan's army"), or None when the force is named by no country ("troops", "police")."""
    gaz = gazetteer()
    for field in mention.fields:
        if field.field != "authority":
            continue
        words = sentence.span.doc.char_span(field.start, field.end, alignment_mode="expand")
        for word in words or []:
            text = operation_lexicon().country_leads.sub("", word.text)
            if word.pos_ == "ADJ" or word.ent_type_ == "NORP":
                code = gaz.demonym_country(text)
            elif word.pos_ == "PROPN":
                place = gaz.resolve(text)
                code = place.country_code if place is not None and place.kind == "country" else None
            else:
                code = None
            if code:
                return None if _joint(word) else code
    return None


def _joint(word) -> bool:
    """ "American and British warplanes", "Russian and Syrian jets": forces of several
    countries, whose operation may be told again under either one's name."""
    return word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children)


def distinct_operations(a: EventMention, b: EventMention) -> bool:
    """Two operations of one article are apart when both tell their kind and the kinds differ
    (an offensive and a raid), or both tell the doer's country and the countries differ."""
    kind_a, _, country_a = (a.identity or "|").partition("|")
    kind_b, _, country_b = (b.identity or "|").partition("|")
    return bool(kind_a and kind_b and kind_a != kind_b) or bool(
        country_a and country_b and country_a != country_b
    )


def _counted_since(verb) -> bool:
    """ "Since then police have arrested more than 200 suspects and shot dead at least 20
    others": killings told in the present perfect from a point on are a running count, not
    one operation (the verb, or the one it is listed with, has "have" and a "since")."""
    for word in (verb, verb.head if verb.dep_ == "conj" else verb):
        perfect = any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in word.children
        )
        since = any(
            c.dep_ in ("prep", "advmod", "mark") and c.lower_ == "since" for c in word.children
        )
        if perfect and since:
            return True
    return False


def _of_a_kind_counted_since(token) -> bool:
    """ "have killed more than 50 suspected militants in such encounters since January", "have
    now killed at least 40 militants in raids since the July 1 attack": operations that a
    running count is told over, not one (raids "since Friday" may still be one sweep)."""
    if token.tag_ != "NNS":
        return False
    verb = token
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
        verb = verb.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in verb.children)
    since = next((t for t in verb.subtree if t.lower_ == "since"), None)
    if not perfect or since is None:
        return False
    return any(c.lower_ == "such" for c in token.children) or not _since_a_recent_day(since)


def _since_a_recent_day(since) -> bool:
    """ "since Friday", "since yesterday": a point a few days back."""
    days = operation_lexicon().recent_days
    return any(t.lower_ in days for t in since.subtree if t.i > since.i)


_TALLY_PRECISIONS = frozenset({"year", "decade"})


def _a_tally(mention: EventMention) -> bool:
    """ "security forces killed 219 Maoists in 2024": killings counted over a whole year are a
    statistic, not one operation."""
    return (
        mention.date is not None
        and mention.date.precision in _TALLY_PRECISIONS
        and bool(mention.date.text)
    )


def _operation(
    sentence: Sentence, lex: OperationLexicon, skip: tuple[str, ...] = ()
) -> _Found | None:
    """The first operation word of the highest subtype (but those to ``skip``) whose doer is
    a force."""
    groups = [e for e in sentence.ents if e.label_ == GROUP_LABEL]
    for subtype in SUBTYPE_ORDER:
        if subtype in skip:
            continue
        for m in lex.triggers[subtype].finditer(sentence.text):
            token = _token(sentence, m)
            if token is None:
                continue
            doers = _doer_tokens(token)
            if _armed(doers, groups, lex) or _someone_elses(token, lex):
                continue
            if _conditional(token) or _one_of_alternatives(token):
                continue
            if subtype == "other" and _inside_an_attack(token, lex):
                continue
            if lex.pattern_of.search(sentence.text[: m.start()]):
                continue
            if subtype in ("raid", "operation", "offensive") and _background(token):
                continue
            if subtype in ("operation", "offensive") and _told_as_a_cause(token):
                continue  # "a decline it credits to the army's offensive": what it brought
            if (
                _generic(token)
                or _only_talked_over(token, lex)
                or _only_asked_for(token, lex)
                or _a_habit(token, lex)
            ):
                continue
            if subtype == "operation" and _names_something_else(token, lex):
                continue  # "the Joint Operations Command", "its operations chief": a name
            if subtype == "battle" and lex.civil_crowds.search(sentence.text):
                continue  # "protesters clashed with police": unrest, not an operation
            if _bare_clash_of_no_fallen(subtype, m, sentence, lex):
                continue  # "the guerrillas seized eight soldiers in a clash": their attack
            if subtype in ("operation", "raid") and _means_of_an_arrest(token, sentence, lex):
                continue
            if _blamed_on_the_armed(sentence, doers, lex):
                continue  # "two soldiers died in the raid but the army blamed the ADF"
            if _what_someone_is_accused_of(token, lex):
                continue  # "a commander whom police accused of leading Monday's raid"
            forces = _forces(sentence, doers, lex)
            by_country = subtype in _BY_COUNTRY and _country_doer(sentence, token, doers)
            if by_country or _state_did_it(subtype, doers, forces, sentence, lex):
                if subtype == "raid" and _from_the_air(forces, lex):
                    subtype = "airstrike"  # "the air force said the raids destroyed boats"
                return _Found(subtype, m, token, forces)
    return None


def _blamed_on_the_armed(sentence: Sentence, doers: list, lex: OperationLexicon) -> bool:
    """ "Congo's army confirmed two soldiers died in the raid but blamed the Allied Democratic
    Forces", "a drone hit a checkpoint, killing four soldiers; the council blamed the
    militants": an act no force is named as doing, which the sentence blames on an armed
    group, is that group's attack, not the forces' operation."""
    if doers and lex.forces.search(" ".join(t.text for t in doers)):
        return False
    for verb in sentence.span:
        if verb.lemma_.lower() not in lex.blaming_verbs or verb.pos_ != "VERB":
            continue
        blamed = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
        if blamed and _armed_words(_joined(blamed), sentence, lex):
            return True
    return False


def _what_someone_is_accused_of(token, lex: OperationLexicon) -> bool:
    """The act a verb of blaming says someone did ("accused of leading Monday's raid",
    "blamed for the raid on the base"): the accused's act, not a force's operation."""
    for word in islice(token.ancestors, _ACCUSED_REACH):
        if word.lemma_.lower() in lex.blaming_verbs and word.pos_ == "VERB":
            # not "blamed the militants for the ambush and launched raids": the raids'
            return any(
                c.dep_ == "prep" and c.lower_ in ("of", "for") and c.is_ancestor(token)
                for c in word.children
            )
    return False


# how many words up from the operation word the verb of blaming may be ("accused [of]
# [leading] [raid]")
_ACCUSED_REACH = 4


def _names_something_else(token, lex: OperationLexicon) -> bool:
    """ "the Joint Operations Command", "the group's operations chief": the operation word only
    names what another noun is; but "special operations forces" are forces, whose operation
    the sentence may tell."""
    if token.dep_ != "compound" or token.head.i == token.i:
        return False
    return not lex.forces.search(token.head.text)


def _generic(token) -> bool:
    """ "Drone strikes have long been a feature of the war": operations in general, the bare
    plural subject of "be", or what something guards against, not one operation; nor what
    a pronoun is called ("this is a psychological operation as much as a security one")."""
    if _what_it_is_called(token):
        return True
    if token.tag_ != "NNS" or not all(c.dep_ in ("compound", "amod") for c in token.children):
        return False
    if token.dep_ == "nsubj":
        return token.head.lemma_ == "be"
    return _guarded_against(token)


def _what_it_is_called(token) -> bool:
    """The operation word is what "this" or "that" is said to be: a comment on a thing
    told before, not an operation."""
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("this", "that")


# "shields against air raids", "shelters from drone strikes": what a thing guards against
_GUARDING_PREPS = frozenset({"against", "from"})


def _guarded_against(token) -> bool:
    """ "paraded captives as human shields against air raids", "bunkers built as protection
    from drone strikes": a bare plural the object of "against"/"from" under a noun names the
    kind of threat something guards against, not one operation."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _GUARDING_PREPS or prep.head.i == prep.i:
        return False
    return prep.head.pos_ == "NOUN"


def _a_habit(token, lex: OperationLexicon) -> bool:
    """ "The army and police regularly announce raids that they say kill dozens", "jets often
    strike the hills at night": the verb the operation word hangs from (or is) is told with
    an adverb of frequency, a habit, not one operation."""
    verb = next((up for up in [token, *token.ancestors] if up.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lex.habit_adverbs for c in verb.children)


def _only_asked_for(token, lex: OperationLexicon) -> bool:
    """ "asked members of the Arab League to carry out air strikes", "appealed for air strikes",
    "urged the coalition to launch an offensive": an operation someone asks for is not one
    made (not "called the strikes a crime": only what is asked "for", or to be carried out)."""
    verb = _verb_of_object(token, ("dobj", "pobj", "prep"))
    if verb is None:
        return False
    if verb.lemma_.lower() in lex.request_verbs:
        return token.dep_ == "pobj" and token.head.lower_ == "for"  # "appealed for strikes"
    asker = verb.head if verb.dep_ == "xcomp" else None  # "asked them to carry out strikes"
    return asker is not None and asker.lemma_.lower() in lex.request_verbs


def _only_talked_over(token, lex: OperationLexicon) -> bool:
    """ "Western governments have been discussing a broader military campaign", "Washington
    is weighing strikes on the camps": an operation talked over, proposed or opposed is not
    one made. The verb is the one the operation word is the object of (through prepositions:
    "debated on a ground offensive")."""
    verb = _verb_of_object(token, ("dobj", "pobj", "prep", "nsubjpass"))
    return verb is not None and verb.lemma_.lower() in lex.deliberation_verbs


def _verb_of_object(token, deps: tuple[str, ...]):
    """The first verb above the operation word, climbing only through ``deps`` (its object,
    prepositional and, where asked, passive subject links)."""
    up = token
    while up.dep_ in deps and up.head.i != up.i:
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            return up
    return None


def _inside_a_quote(sentence: Sentence, offset: int) -> bool:
    """The words at ``offset`` are inside quotation marks the sentence opens before them (an
    odd number of marks before): someone's comment, which names no operation of its own
    unless it names the force."""
    before = sentence.text[:offset]
    marks = sum(before.count(q) for q in ('"', "\u201c", "\u201d"))
    return marks % 2 == 1


def _background(token) -> bool:
    """ "travelling back to camp after a joint operation", "returning from an operation", "split
    its fighters into smaller units after the army's offensive": an operation told as where
    the men were coming from, or as the time of another event, is background to it; "has
    4,500 troops in the Sahel under its Barkhane operation": the standing mission troops serve
    under, no event."""
    return token.dep_ == "pobj" and token.head.lower_ in ("after", "from", "under")


# "a decline it credits largely to the army's offensive", "the offensive has driven many
# fighters across the border": a campaign told by what it brought about
_CREDITING = frozenset({"credit", "attribute", "ascribe", "owe", "put"})
_EFFECTS = frozenset({"drive", "push", "force", "scatter", "weaken", "disrupt", "displace"})


def _told_as_a_cause(token) -> bool:
    """A campaign told as the cause of what the sentence is about, with no day of its own:
    background to it, not news of the campaign."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in _CREDITING
    if token.dep_ == "nsubj" and head.lemma_.lower() in _EFFECTS:
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
        return perfect and not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)
    return False


def _means_of_an_arrest(token, sentence: Sentence, lex: OperationLexicon) -> bool:
    """ "were seized in a joint operation by the military", "police arrested four men in raids
    in two towns", "police captured the gunman, ending a manhunt with a raid on a flat": an
    operation or a raid told only as how people were taken is the arrest's story, unless the
    sentence also kills someone, or soldiers alone made the raid (a military raid that takes
    prisoners is an operation with people ``arrested``); "soldiers and police raided two farms
    and detained nine people" is the police's arrest."""
    verb = _arresting_verb(token, lex) or _arrest_done_in_the_raid(token, lex)
    if verb is None or lex.triggers["other"].search(sentence.text):
        return False
    if token.lower_.startswith("operation"):
        return True
    doers = _joined(_subject_words(verb) or _subject_words(token))  # "raided ... and arrested"
    return not lex.military.search(doers) or bool(lex.police.search(doers))


def _subject_words(verb) -> list:
    """The verb's own subject or agent; unlike ``_doer_tokens``, not the subject of a verb it
    is joined to, so "raided ... and arrested" asks the raid only when the arrest has none."""
    return [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]


def _arrest_done_in_the_raid(token, lex: OperationLexicon):
    """ "Police raided four mosques, detaining more than 250 people", "raided properties and
    detained 26 people": the raid's verb carries the arrest it was made for."""
    if token.pos_ != "VERB":
        return None
    told = next(
        (
            c
            for c in token.children
            if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in lex.detaining_verbs
        ),
        None,
    )
    # the parse may hang the closing participle on a clause about the place raided ("raided
    # mosques that they said had been turned into arms stores, detaining 250 people")
    return told or next(
        (
            t
            for t in token.subtree
            if t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.lemma_.lower() in lex.detaining_verbs
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ),
        None,
    )


def _arresting_verb(token, lex: OperationLexicon):
    """The arrest verb the operation word hangs from, through prepositions and at most one
    verb of manner ("captured him, ending a manhunt with a raid", "ending a manhunt")."""
    if token.dep_ not in ("pobj", "dobj"):
        return None
    verbs = 0
    for up in token.ancestors:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        if up.lemma_.lower() in lex.arrest_verbs:
            return up
        told = _arrest_told_before_the_saying(token, up, lex)
        if told is not None:
            return told
        verbs += 1
        if verbs > 1 or up.dep_ not in ("advcl", "xcomp", "conj"):
            return None
    return None


def _arrest_told_before_the_saying(token, verb, lex: OperationLexicon):
    """ "Police have arrested the group's leader in a raid on a house, the force said": the
    parser may hang "in a raid" on the verb of saying that follows the report; nothing is said
    in a raid, so the raid belongs to the reported arrest (the saying verb's clausal
    complement) when it stands before the saying verb."""
    if verb.lemma_.lower() not in lex.saying_verbs or token.i > verb.i:
        return None
    for clause in verb.children:
        if (
            clause.dep_ == "ccomp"
            and clause.i < token.i
            and clause.lemma_.lower() in lex.arrest_verbs
        ):
            return clause
    return None


def _someone_elses(token, lex: OperationLexicon) -> bool:
    """ "the group has expanded its operations": whose, the pronoun does not say; but in "the
    army pressed on with its offensive" the pronoun is the subject's, a force's."""
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
        return False
    owner = _owner_subject(token)
    return not lex.forces.search(_joined(owner)) and not _a_country(owner)


def _a_country(tokens: list) -> bool:
    """ "France would keep up its airstrikes", "Turkey pressed on with its offensive": the
    owner is a country, whose operations are its forces'."""
    if not tokens:
        return False
    sentence = tokens[0].sent
    indices = {t.i for t in tokens}
    roots = {t.i for t in tokens if t.head.i not in indices or t.head.i == t.i}
    return any(
        e.root.i in roots and e.label_ == "GPE" and _governed_place(e.text) for e in sentence.ents
    )


# places whose governments have forces of their own: a country, or a region that governs
# itself ("Puntland launched its offensive", "Kurdistan's peshmerga")
_GOVERNED = frozenset({"country", "region", "admin1"})


def _governed_place(name: str) -> bool:
    place = gazetteer().resolve(name)
    return place is not None and place.kind in _GOVERNED and place.country_code is not None


def _owner_subject(token) -> list:
    """The subject of the verb an operation noun hangs from ("the army pressed ahead with its
    offensive", "troops stepped up their raids"): whom a possessive pronoun on it stands for."""
    up = token
    while up.dep_ in ("pobj", "prep", "dobj") and up.head.i != up.i:
        up = up.head
    if up.pos_ not in ("VERB", "AUX"):
        return []
    return [t for c in up.children if c.dep_ == "nsubj" for t in c.subtree]


def _conditional(token) -> bool:
    """ "hostages would be killed if U.S. airstrikes continued", "unless the raids stop": the
    operation is the condition of a threat or a promise, not an event the article tells."""
    for up in [token, *token.ancestors]:
        if up.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in up.children
        ):
            return True
        if up.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def _from_the_air(forces: list[tuple[int, int, str]], lex: OperationLexicon) -> bool:
    """The raid's force, the doer's first, fights from the air (an air force, jets)."""
    return bool(forces) and bool(lex.air_forces.search(forces[0][2]))


def _one_of_alternatives(token) -> bool:
    """ "died either in fighting with troops or in clashes with a rival faction": one of two
    accounts the source cannot choose between is no operation the article tells."""
    for up in [token, *token.ancestors]:
        if any(c.dep_ == "preconj" and c.lower_ == "either" for c in up.children):
            return True
        if up.pos_ in ("VERB", "AUX"):
            return False
    return False


def _inside_an_attack(token, lex: OperationLexicon) -> bool:
    """ "was shot dead by police after he opened fire": the police ended an attack; the
    killing is part of the attack's story, not an operation. Read in the killing's own clause:
    in "a force was sent after the attackers, and the army said its soldiers had killed four
    fighters in a clash" the attack is another clause's."""
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    words = clause.doc[clause.left_edge.i : clause.right_edge.i + 1]
    return bool(lex.attack_story.search(words.text))


def _token(sentence: Sentence, m: re.Match):
    words = sentence.span.doc.char_span(
        sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
    )
    if words is None:
        return None
    return words.root


def _doer_tokens(token) -> list:
    """Who did it: the subject or "by" agent of the word (or of the verb it hangs on:
    "conjoined" verbs share their subject), the words before a noun ("a U.S. raid",
    "Russian airstrikes"), or the subject of the verb that carries the operation out."""
    out: list = []
    verb = token
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
                if child.dep_ == "nsubj":
                    out.extend(_speaker_for(child, verb) or _undisguised(child))
            elif child.dep_ == "agent":
                out.extend(t for c in child.children for t in c.subtree)
        if out or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = verb.head
    if token.pos_ in ("NOUN", "PROPN"):
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < token.i:
                if child.ent_type_ in _WHEN_ENTITIES:
                    continue  # "a night raid", "a dawn raid": when, not who
                out.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ == "by":
                out.extend(t for c in child.children for t in c.subtree)
        head = token.head
        if token.dep_ == "dobj" and head.lemma_ in _CARRY_OUT:
            out.extend(t for c in _subject_of(head) for t in c.subtree)
        elif token.dep_ == "nsubjpass" and head.lemma_ in _CARRY_OUT:
            # "the raid was carried out by the Maute group": the agent of the carrying out
            agents = [c for c in head.children if c.dep_ == "agent"]
            out.extend(t for a in agents for c in a.children for t in c.subtree)
        elif any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
            out.extend(_owner_subject(token))  # "the army pressed on with its offensive"
    return out


def _undisguised(subject) -> list:
    """The subject's words without what it wears or passes for ("A gunman dressed in a police
    uniform"): the gunman, not the police."""
    worn = _worn_words(subject.subtree)
    return [t for t in subject.subtree if t.i not in worn]


def _worn_words(tokens) -> set[int]:
    """Indices of the words, among ``tokens``, of clauses that tell what someone wears or passes
    for ("dressed in a police uniform")."""
    disguises = operation_lexicon().disguise_verbs
    return {
        t.i
        for verb in tokens
        if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in disguises
        for t in verb.subtree
    }


# entities of a noun's modifiers that tell when it was done, not who did it
_WHEN_ENTITIES = frozenset({"TIME", "DATE"})


def _subject_of(verb) -> list:
    """The verb's subject, or for a participle or infinitive with none of its own the subject
    of the verb it depends on ("troops closed in on the city, opening a campaign to retake
    it": the troops opened it). A verb joined to a passive one shares its subject ("commandos
    were flown in and launched a counter-offensive": the commandos launched it)."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return subjects
        joined = verb.dep_ == "conj"
        verb = verb.head
        if joined and not any(c.dep_ == "nsubj" for c in verb.children):
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if passive:
                return passive
    return []


def _speaker_for(pronoun, verb) -> list:
    """ "India said it struck nine sites", "the army said it killed five militants": the
    pronoun doer is the subject of the verb of saying its clause hangs from; so is the owner
    of "its officers" ("the department said its officers had raided a hideout")."""
    lex = operation_lexicon()
    # "its officers", "their agents": people of no kind of their own, the owner's
    owned = pronoun.lower_ in lex.owned_people and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pronoun.children
    )
    if (pronoun.lower_ not in ("it", "they", "we") and not owned) or verb.dep_ != "ccomp":
        return []
    saying = verb.head
    if saying.lemma_.lower() not in lex.saying_verbs:
        return []
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return []
    if owned and not lex.forces.search(_joined(list(speaker.subtree))):
        return []  # "the group said its men had raided": no force's people
    return list(speaker.subtree)


def _armed(doers: list, groups: list, lex: OperationLexicon) -> bool:
    """An armed group or militants did it ("an Islamic State raid", "militants raided")."""
    indices = {t.i for t in doers}
    if any(g.root.i in indices and not _governing(g, lex) for g in groups):
        return True
    words = " ".join(t.text for t in doers)
    if lex.non_state_armies.search(_joined(doers)):
        return True  # "an operation by the Free Syrian Army"
    return bool(lex.armed.search(words)) and not lex.forces.search(words)


def _governing(group, lex: OperationLexicon) -> bool:
    """ "Taliban security forces", "Houthi police": a group named only as whose police or
    security forces act is the group that governs; its forces' operations are a state's."""
    last = group[-1]  # "the Taliban government": the name's last word, not "the"
    head = last.head
    if last.dep_ not in ("compound", "nmod", "amod") or head.i < group.end:
        return False
    return bool(lex.governing_forces.fullmatch(head.doc[group.end : head.i + 1].text))


def _joined(tokens: list) -> str:
    """The tokens' words as the text spells them ("al-Naba", not "al - Naba")."""
    return "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i))


def _forces(sentence: Sentence, doers: list, lex: OperationLexicon) -> list[tuple[int, int, str]]:
    """Forces named in the sentence, the doer's first, each with the country words before it
    ("Iraqi troops", "U.S. special forces"); a doer that is only a country ("U.S. airstrikes",
    "Russian warplanes") names the force by its country."""
    out = []
    if doers:
        start, end = min(t.idx for t in doers), max(t.idx + len(t.text) for t in doers)
        out.extend(
            _with_country(sentence, m.start() - sentence.start, m.end() - sentence.start)
            for m in lex.forces.finditer(doc_text(sentence.span.doc), start, end)
        )
        if not out:
            out.extend(_countries(sentence, doers))
    worn = _worn(sentence)
    for m in lex.forces.finditer(sentence.text):
        if all(not (f[0] <= m.start() < f[1]) for f in out) and m.start() not in worn:
            out.append(_with_country(sentence, m.start(), m.end()))
    return out


def _worn(sentence: Sentence) -> set[int]:
    """Offsets in the sentence of the words that tell what someone wears or passes for."""
    doc = sentence.span.doc
    return {doc[i].idx - sentence.start for i in _worn_words(sentence.span)}


_COUNTRY_LABELS = ("NORP", "GPE")


def _with_country(sentence: Sentence, start: int, end: int) -> tuple[int, int, str]:
    for ent in sentence.ents:
        ent_start, ent_end = ent.start_char - sentence.start, ent.end_char - sentence.start
        if ent.label_ == "ORG" and ent_start < start < ent_end:
            start = ent_start  # "Nigerian Air Force": the force's whole name
            break
        if ent.label_ not in _COUNTRY_LABELS:
            continue
        if 0 <= start - ent_end <= 1:
            start = ent_start
            break
    else:
        before = _DEMONYM_BEFORE.search(sentence.text[:start])
        if before is not None:  # "Somali commandos", the adjective the parser did not name
            start = before.start()
    return start, end, sentence.text[start:end]


# a people's adjective right before a force word ("Somali", "Nigerien", "Malian", "Turkish")
_DEMONYM_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)\s$")


def _countries(sentence: Sentence, doers: list) -> list[tuple[int, int, str]]:
    indices = {t.i for t in doers}
    return [
        (e.start_char - sentence.start, e.end_char - sentence.start, e.text)
        for e in sentence.ents
        if e.label_ in _COUNTRY_LABELS and e.root.i in indices
    ]


def _country_doer(sentence: Sentence, token, doers: list) -> bool:
    """The doer is a country: a country or its people's adjective before the word ("a U.S.
    counterterrorism operation", "Pakistani artillery fire") or as the doer's head ("India
    said it struck"); not a country inside a doer that is someone else ("warlords from
    neighbouring Chechnya") nor a city ("the Mosul operation")."""
    indices = {t.i for t in doers}
    heads = {t.i for t in doers if t.head.i not in indices or t.head.i == t.i}
    heads |= {c.i for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")}
    countries = {
        (start, end)
        for start, end, location, _ in sentence.places
        if location.precision == "country"
    }
    for ent in sentence.ents:
        if ent.root.i not in heads:
            continue
        if ent.label_ == "NORP" or (ent.start_char, ent.end_char) in countries:
            return True
        if ent.label_ == "GPE" and ent.root.dep_ in ("nsubj", "poss") and _governed_place(ent.text):
            return True  # "Puntland launched its offensive": a self-governing region's forces
    return False


def _state_did_it(subtype: str, doers: list, forces: list, sentence: Sentence, lex) -> bool:
    if subtype in _FROM_THE_AIR:
        return True
    if doers and lex.forces.search(" ".join(t.text for t in doers)):
        return subtype != "other" or not _one_person(doers, lex)
    if subtype == "other":
        return False  # a killing is an operation only when a force is named as its doer
    if subtype == "battle":
        return bool(forces) or _armed_side_fell(sentence, lex)
    # no force named as the doer: the operation is the forces' when a force is a subject in
    # the sentence and no armed group or militant is ("operations against soldiers" are not)
    subjects = _subjects(sentence)
    return any(lex.forces.search(s) for s in subjects) and not any(
        _armed_words(s, sentence, lex) for s in subjects
    )


def _armed_side_fell(sentence: Sentence, lex: OperationLexicon) -> bool:
    """ "In a separate clash the same day, two more militants were shot dead": a clash whose
    sides are not named, in which militants were killed by no one named, was fought by the
    state's forces; a clash between groups names them, an armed doer makes it an attack."""
    if any(e.label_ == GROUP_LABEL for e in sentence.ents):
        return False
    for verb in sentence.span:
        if verb.lemma_.lower() not in _FELL_VERBS or verb.pos_ != "VERB":
            continue
        fallen = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        if fallen and all(lex.armed.search(" ".join(t.text for t in f.subtree)) for f in fallen):
            return True
    return False


def _bare_clash_of_no_fallen(subtype: str, m: re.Match, sentence: Sentence, lex) -> bool:
    """A clash told with no side ("in a separate clash") is an operation only by who fell
    in it: militants killed by no one named."""
    bare = subtype == "battle" and _BARE_CLASH.fullmatch(m.group()) is not None
    return bare and not _armed_side_fell(sentence, lex)


# a clash told with no side ("in a separate clash"): an operation only by who fell in it
_BARE_CLASH = re.compile(r"clash(?:es)?", re.I)
_FELL_VERBS = frozenset({"kill", "shoot", "gun", "neutralise", "neutralize", "eliminate"})


def _one_person(doers: list, lex: OperationLexicon) -> bool:
    """ "killed by a Saudi air force trainee", "a soldier shot three comrades": one person of a
    force killing is not an operation by it (the force word only says where he served)."""
    indices = {t.i for t in doers}
    roots = [t for t in doers if t.head.i not in indices or t.head.i == t.i]
    text = doc_text(doers[0].doc)
    start, end = min(t.idx for t in doers), max(t.idx + len(t.text) for t in doers)
    spans = [(m.start(), m.end()) for m in lex.forces.finditer(text, start, end)]
    return bool(roots) and all(
        t.tag_ == "NN" and not any(s <= t.idx and t.idx + len(t.text) <= e for s, e in spans)
        for t in roots
    )


def _subjects(sentence: Sentence) -> list[str]:
    return [
        " ".join(t.text for t in _undisguised(tok)) for tok in sentence.span if tok.dep_ == "nsubj"
    ]


def _armed_words(text: str, sentence: Sentence, lex: OperationLexicon) -> bool:
    groups = [e for e in sentence.ents if e.label_ == GROUP_LABEL]
    for governing in (e for e in groups if _governing(e, lex)):
        text = text.replace(governing.text, "")  # "the Taliban government's spokesman"
    groups = [e.text for e in groups if not _governing(e, lex)]
    return any(g in text for g in groups) or (
        bool(lex.armed.search(text)) and not lex.forces.search(text)
    )


def _fill_counts(mention: EventMention, sentence: Sentence) -> None:
    counts = find_counts(sentence.text)
    for field in ("killed", "wounded"):
        best = best_count(counts[field])
        if best is None:
            continue
        setattr(mention, field, Quantity(best.quantity.min, best.quantity.max))
        start, end = sentence.start + best.start, sentence.start + best.end
        mention.fields.append(FieldSpan(field, start, end, sentence.text[best.start : best.end]))


def _fill_actors(mention: EventMention, sentence: Sentence, found: _Found) -> None:
    if found.forces:
        start, end, words = found.forces[0]
        mention.actors.append(Actor(words, None, "authority", "state_force"))
        mention.fields.append(
            FieldSpan("authority", sentence.start + start, sentence.start + end, words)
        )
    lexicon = group_lexicon()
    for ent in sentence.ents:
        if ent.label_ != GROUP_LABEL or _governing(ent, operation_lexicon()):
            continue  # "Taliban security forces": the group is the authority, not the target
        canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
        if any(a.canonical == canonical for a in mention.actors):
            continue
        named = lexicon.get(canonical)
        kind = named.type if named and named.type in ("branch", "armed_group") else "armed_group"
        mention.actors.append(Actor(ent.text, canonical, "target", kind))
