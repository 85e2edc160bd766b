"""Arrests, detentions and convictions by authorities (event type ``arrest``).

A sentence tells one when it holds an arrest word (``data/arrests.toml``) that the parse does not
negate, put in the future or in doubt, make conditional or push into the past ("was arrested in 2015"
recalled in passing), and that no verb of denial governs, no wish only asks for ("a list of
people it wants arrested") and that takes someone ("denied that anyone had been arrested" gives
none). Kidnappings are attacks, not arrests: an arrest is made by an authority,
so a sentence whose only doers are armed groups gives none. The record has:

- ``arrested``: the count of people taken ("detained three suspects", "12 people were
  arrested"), when the sentence gives one;
- actors: the authority that acted (role ``authority``) and the groups the people taken are said
  to belong to (role ``subject``);
- date and place chosen as for any event (``extract.dating``, ``extract.placing``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.certainty import asked_why, hedged_past, judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import date_of_saying
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.numbers import NUMBER, parse_quantity
from watchfloor.extract.setting import (
    dated_to_a_month_gone,
    dated_to_a_past_year,
    fill_date_and_place,
    told_as_time_of_another,
    told_long_before,
)
from watchfloor.extract.syntax import doc_text
from watchfloor.models import Actor, EventMention, FieldSpan, Quantity, Span
from watchfloor.nlp.lexicon import group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL

SUBTYPE_ORDER = ("conviction", "detention", "arrest")


@dataclass(frozen=True)
class ArrestLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern
    authorities: re.Pattern
    count_before: re.Pattern  # "three suspects were arrested", "detained 12 people"
    people: re.Pattern  # who is arrested: "suspects", "militants", "commander"
    takes_things: frozenset[str]  # trigger lemmas that also take things ("capture")
    takes_named: frozenset[str]  # ... whose named object is a person ("picked up Mukulu")
    tally_periods: re.Pattern  # "in the first half of this year": arrests counted, not one
    not_made: frozenset[str]  # "powers of arrest", "leading to his arrest": no arrest made
    custody_verbs: frozenset[str]  # "placed in custody": what "in custody" tells an arrest with
    denial_verbs: frozenset[str]  # "denied that anyone had been arrested"
    wanting_words: frozenset[str]  # "people it wants arrested": wished for, not made
    nobody: frozenset[str]  # "anyone had been arrested": no one taken
    police: re.Pattern  # who arrests as police work ("police", "gendarmes"), not soldiers
    habit_nouns: frozenset[str]  # "the practice of detaining anyone": a habit, no one arrest
    armed_doers: re.Pattern  # "gunmen", "the attackers": who takes people without authority
    past_adverbs: frozenset[str]  # "had been arrested twice before": his past, not news
    already_words: frozenset[str]  # "who is already in custody": held before, not taken now
    standing_verbs: frozenset[str]  # "remains under house arrest": a state, no arrest made
    court_orders: frozenset[str]  # "a judge ordered him held in custody": a remand, no arrest
    suspect_words: frozenset[str]  # "detained six suspected members": an authority's catch
    pointing_back: frozenset[str]  # "after the arrest": an arrest told before, told again
    holding_places: frozenset[str]  # "women detained in camps": where people are kept
    another_arrest: re.Pattern  # "also arrested": a further arrest, not the one told before
    taken_back: re.Pattern  # "recaptured": escapees taken back, not others arrested


@cache
def arrest_lexicon() -> ArrestLexicon:
    data = load_toml("arrests.toml")
    triggers = {subtype: alternation(data["triggers"][subtype]) for subtype in SUBTYPE_ORDER}
    every = [w for subtype in SUBTYPE_ORDER for w in data["triggers"][subtype]]
    people = "|".join(f"(?:{p})" for p in data["people"])
    return ArrestLexicon(
        triggers=triggers,
        any_trigger=alternation(every),
        authorities=alternation(data["authorities"]),
        count_before=re.compile(NUMBER + r"\s+(?:[\w'-]+\s+){0,3}?(?:" + people + r")\b", re.I),
        people=re.compile(people, re.I),
        takes_things=frozenset(data["takes_things"]),
        takes_named=frozenset(data["takes_named"]),
        tally_periods=alternation(data["tally_periods"]),
        not_made=frozenset(data["not_made_under"]),
        custody_verbs=frozenset(data["custody_verbs"]),
        denial_verbs=frozenset(data["denial_verbs"]),
        wanting_words=frozenset(data["wanting_words"]),
        nobody=frozenset(data["nobody"]),
        police=alternation(data["police"]),
        habit_nouns=frozenset(data["habit_nouns"]),
        armed_doers=alternation(data["armed_doers"]),
        past_adverbs=frozenset(data["past_adverbs"]),
        already_words=frozenset(data["already_words"]),
        standing_verbs=frozenset(data["standing_verbs"]),
        court_orders=frozenset(data["court_orders"]),
        suspect_words=frozenset(data["suspect_words"]),
        pointing_back=frozenset(data["pointing_back"]),
        holding_places=frozenset(data["holding_places"]),
        another_arrest=alternation(data["another_arrest"]),
        taken_back=alternation(data["taken_back"]),
    )


def worth_parsing(sentence, text: str) -> bool:
    return bool(arrest_lexicon().any_trigger.search(text))


def extract_arrests(ctx: DocContext) -> list[EventMention]:
    mentions = []
    for sentence in ctx.sentences:
        if not sentence.parsed or not arrest_lexicon().any_trigger.search(sentence.text):
            continue
        found = _trigger(sentence, arrest_lexicon())
        mention = _mention_in(ctx, sentence, found) if found is not None else None
        if mention is None:
            continue
        mentions.append(mention)
        later = _arrest_of_its_own_day(sentence, found[2])
        if later is not None:
            another = _mention_in(ctx, sentence, later)
            if another is not None and another.date != mention.date:
                mentions.append(another)
    if len(mentions) == 1 and not mentions[0].date_explicit:
        _date_by_announcement(ctx, mentions[0])  # the one arrest told, dated nowhere
    return mentions


def _mention_in(ctx: DocContext, sentence: Sentence, found: tuple) -> EventMention | None:
    lex = arrest_lexicon()
    subtype, match, token = found
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:  # "imprisoned and jailed activists"
        first = first.head
    if first.dep_ in ("compound", "amod") or not _takes_people(token, lex):
        return None  # "the arrest warrant", "jailed activists", "captured the mood"
    if _no_arrest_made(token, lex):
        return None  # "wide powers of arrest", "information leading to his arrest"
    if _custody_as_a_state(token, lex) or _a_tally_in_custody(token):
        return None  # "deaths in custody", "a photograph of him in custody", "76 people were
        # in custody in connection with the attacks" (a tally of those held: a statistic)
    if _not_made(token, lex):
        return None  # denied, only wished for, or of no one
    if _a_habit(token, lex) or _an_act_talked_of(token) or _one_of_causes_listed(token):
        return None  # "the practice of detaining anyone with suspected links": no one arrest
    if _whenever(token) or asked_why(token) or _those_held(token):
        return None  # "every time the army arrests herders", "why arrest him?", "those we
        # have detained": a habit, a question, people already held
    if _told_of_his_past(token, lex):
        return None  # "the man had been arrested twice before for making threats"
    if subtype == "conviction" and _describes_the_convicted(token):
        return None  # "three men convicted of terrorism offences were back in prison"
    if _held_already(token, lex) or _kept_where_held(token, lex):
        return None  # "a third suspect, who is already in custody in another case",
        # "relatives of French women detained in camps in Syria"
    if _under_arrest_as_a_state(token, lex):
        return None  # "Hadi, who resigned in January, remains under house arrest"
    if _ordered_by_a_court(token, lex):
        return None  # "a judge ordered him held in custody pending trial": after the arrest
    verdict = judge(token, sentence.text, match.start(), None)
    if verdict in ("negated", "historical"):
        return None
    if verdict == "speculative" and not hedged_past(token):
        return None  # "vowed to arrest those behind the attack": promises and guesses not coded
    groups = _groups(sentence)
    doers = _doers(token)
    if _armed(doers, groups) and not _suspects_taken(token, lex):
        return None  # "militants captured two soldiers" is a kidnapping, not an arrest
    authority = _authority(sentence, doers, token, lex)
    trigger = FieldSpan(
        "type", sentence.start + match.start(), sentence.start + match.end(), match.group()
    )
    mention = EventMention(
        type="arrest",
        subtype=subtype,
        certainty=verdict if verdict in ("reported", "alleged") else "speculative",
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
    )
    if subtype != "conviction":  # the convicted were arrested long before
        _fill_count(mention, sentence, lex, match, token)
    _fill_actors(mention, sentence, authority, groups)
    fill_date_and_place(ctx, mention, sentence, [token])
    _date_of_own_clause(mention, sentence, token)
    if told_long_before(ctx, mention, sentence) or dated_to_a_past_year(ctx, mention, sentence):
        return None  # "he was arrested in 2015", "sentenced last year", recalled in passing
    if dated_to_a_month_gone(ctx, mention, sentence):
        return None  # "Oseguera's son was arrested in January", in a May story
    if told_as_time_of_another(ctx, mention, sentence, [token]):
        return None  # "escaped on Wednesday, days after he was arrested"
    if _a_tally(mention, sentence, lex):
        return None
    return mention


def _describes_the_convicted(token) -> bool:
    """A conviction told only to say who people are: a participle after their noun ("three
    men convicted of terrorism offences", "the men jailed over the massacre") or a clause in
    the past before the story's past ("36 men who had been convicted of taking part", "that
    many of them had been convicted of killings"). Not a sentence passed in the story."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PRON"):
        return not any(c.dep_ == "npadvmod" or c.ent_type_ == "DATE" for c in token.subtree)
    pluperfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)
    return pluperfect and token.dep_ in ("relcl", "ccomp", "acl", "advcl")


def _date_of_own_clause(mention: EventMention, sentence: Sentence, token) -> None:
    """ "Soldiers killed three rebels in a clash on Thursday, and police in Florencia arrested
    a man they described as a money collector on Saturday": an arrest joined to another
    force's act, with its own subject, takes the day told inside its own clause (which the
    parser may hang on a word of it) rather than the other act's."""
    if token.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in token.children):
        return
    own = {t.i for t in token.subtree}
    dated = [f for f in mention.fields if f.field == "date"]
    if not dated or _words_at(sentence, dated[0].start) in own:
        return
    for start, end, span, words in sentence.dates:
        if words is not None and words.root.i in own and span.precision == "day":
            mention.date, mention.date_explicit = span, True
            mention.fields = [f for f in mention.fields if f.field != "date"]
            mention.fields.append(FieldSpan("date", start, end, span.text or ""))
            return


def _words_at(sentence: Sentence, offset: int) -> int | None:
    words = sentence.span.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return words.root.i if words is not None else None


def _date_by_announcement(ctx: DocContext, mention: EventMention) -> None:
    """ "The SDF said on Monday that its fighters had detained six suspects": an arrest the
    article dates nowhere is dated by the day it was announced, not by the sentences around
    (which may tell another raid). Not its own date: called only for the one arrest an article
    tells, in a sentence that dates nothing else (another sentence would date it: "were
    detained on Sunday", "between May and July")."""
    sentence = ctx.sentences[mention.sentence_index]
    words = sentence.span.doc.char_span(
        mention.trigger.start, mention.trigger.end, alignment_mode="expand"
    )
    said = date_of_saying(sentence, [words.root]) if words is not None else None
    if said is None:
        return
    mention.date = said.span
    mention.fields = [f for f in mention.fields if f.field != "date"]
    mention.fields.append(FieldSpan("date", said.start, said.end, said.span.text or ""))


_TALLY_PRECISIONS = frozenset({"year", "decade"})


def _a_tally(mention: EventMention, sentence: Sentence, lex: ArrestLexicon) -> bool:
    """ "Densus 88 arrested 142 terror suspects in 2023", "police have arrested 69 people in the
    first half of this year": arrests counted over a year or half of one are a statistic, not
    one arrest."""
    if mention.arrested is None or (mention.arrested.min or 0) < 2:
        return False  # one man taken is one arrest, whatever period the sentence names
    when = mention.date
    if when is not None and when.precision in _TALLY_PRECISIONS and when.text:
        return True
    return bool(lex.tally_periods.search(sentence.text))


def _arrest_of_its_own_day(sentence: Sentence, first) -> tuple | None:
    """ "On Tuesday, police arrested a man in Chorlton, and on Wednesday they arrested three
    more": a second arrest joined to the first, with its own doer and its own day, is an arrest
    of its own."""
    lex = arrest_lexicon()
    for subtype in SUBTYPE_ORDER:
        for m in lex.triggers[subtype].finditer(sentence.text):
            words = sentence.span.doc.char_span(
                sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
            )
            token = words.root if words is not None else None
            if token is None or token.i == first.i:
                continue
            if token.dep_ == "conj" and token.head == first:
                joined = token
            elif first.dep_ == "conj" and first.head == token:
                joined = first  # the sentence's first arrest read second
            else:
                continue
            if _told_apart(joined):
                return subtype, m, token
    return None


def _trigger(sentence: Sentence, lex: ArrestLexicon):
    for subtype in SUBTYPE_ORDER:
        m = lex.triggers[subtype].search(sentence.text)
        if m is None:
            continue
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        if words is not None:
            return subtype, m, words.root
    return None


# nouns that count what their "of" names ("a large number of the prisoners")
_AMOUNT_NOUNS = frozenset({"number", "dozens", "hundreds", "scores", "thousands", "most", "some"})


def _takes_people(token, lex: ArrestLexicon) -> bool:
    """Words that also take things ("captured the mood", "captured on camera") tell an arrest
    only when what they take is a person, people or a group."""
    if token.lemma_.lower() not in lex.takes_things:
        return True
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not taken:
        return False
    head = taken[0]
    if head.lower_ in _AMOUNT_NOUNS:  # "recaptured a large number of the prisoners"
        head = next((g for c in head.children if c.lower_ == "of" for g in c.children), head)
    # "police picked up Mukulu": a name picked up is a person's, whatever the recogniser says
    named = head.pos_ == "PROPN" and token.lemma_.lower() in lex.takes_named
    return (
        named
        or head.ent_type_ in ("PERSON", GROUP_LABEL)
        or bool(lex.people.fullmatch(head.text))
        or (head.pos_ == "PRON" and head.lower_ in ("him", "her", "them", "he", "she", "they"))
    )


def _no_arrest_made(token, lex: ArrestLexicon) -> bool:
    """The arrest noun is what a power, a reward or an escape is about, not one made: "powers
    of arrest", "a reward for information leading to his arrest", "fled to evade arrest"."""
    if token.pos_ != "NOUN":
        return False
    head = token.head
    if head.dep_ == "prep" and head.i != token.i:
        head = head.head
    if head.i != token.i and head.lemma_.lower() in lex.not_made:
        return True
    # the parser often hangs "of arrest" elsewhere: read the words just before it
    before = token.doc[max(token.i - 2, 0) : token.i]
    return len(before) == 2 and before[1].pos_ == "ADP" and before[0].lemma_.lower() in lex.not_made


def _a_habit(token, lex: ArrestLexicon) -> bool:
    """The arrest word is what a practice or policy consists of ("the Taliban's practice of
    detaining anyone", "a policy of mass arrests"): a habit, generic, not an arrest made."""
    head = token.head
    if head.i == token.i or head.lower_ != "of" or head.dep_ != "prep":
        return False
    return head.head.lemma_.lower() in lex.habit_nouns or head.head.lower_ in lex.habit_nouns


_EVERY_TIME = frozenset({"time", "whenever"})


def _whenever(token) -> bool:
    """ "Every time the army arrests innocent herders ...", "whenever police detain a suspect":
    an arrest in the present told as what keeps happening, not one made."""
    if token.tag_ not in ("VBZ", "VBP"):
        return False
    if token.dep_ == "relcl" and token.head.lower_ == "time":
        return any(c.lower_ in ("every", "each") for c in token.head.children)
    return any(c.dep_ == "advmod" and c.lower_ in _EVERY_TIME for c in token.children)


def _those_held(token) -> bool:
    """ "Those we have detained will explain the rest", "one of those detained was the
    commander": the people held, named by what was done to them, not the arrest told again."""
    if token.head.lower_ not in ("those", "these"):
        return False
    # "one of those detained": a part of the people held; not "Those detained on Monday in
    # Grand-Bassam include ...", which tells the arrest's day
    part = token.head.dep_ == "pobj" and token.head.head.lower_ == "of"
    return token.dep_ == "relcl" or (token.dep_ == "acl" and part)


def _one_of_causes_listed(token) -> bool:
    """ "lost a dozen members to illness, arrest or gunfights": a bare arrest noun listed with
    other bare nouns of what befalls people names a kind of loss, not an arrest made."""
    if token.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    listed = [t for t in (*token.conjuncts,) if t.pos_ == "NOUN"]
    return bool(listed) and all(
        not any(c.dep_ in ("det", "poss", "nummod") for c in t.children) for t in listed
    )


def _an_act_talked_of(token) -> bool:
    """ "Arresting the man at the top matters, but ...": a gerund that is the subject of
    another verb, or opens its sentence with no subject of its own (the parser may read
    "matters" as a noun), talks of arresting as a kind of act; it tells no arrest made."""
    if token.tag_ != "VBG":
        return False
    if token.dep_ in ("csubj", "nsubj", "csubjpass"):
        return True
    before = [t for t in token.sent if t.i < token.i and not t.is_punct]
    return not before and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _told_of_his_past(token, lex: ArrestLexicon) -> bool:
    """ "had been arrested twice before", "was previously detained", "has been jailed three
    times": arrests counted or placed before the news, told as someone's record."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ in ("advmod", "npadvmod") and c.lower_ in lex.past_adverbs for c in token.children
    )


def _held_already(token, lex: ArrestLexicon) -> bool:
    """ "who is already in custody", "already being held in custody": someone held before the
    news, in this or another case, not an arrest the article tells as made now."""
    if token.lower_ != "in":
        return False  # "police had already detained 150 members": an arrest made, told late
    return any(c.lower_ in lex.already_words for c in token.head.children if c.dep_ == "advmod")


def _under_arrest_as_a_state(token, lex: ArrestLexicon) -> bool:
    """ "remains under house arrest", "has been under house arrest since March", "is still
    under arrest": a standing state, not an arrest the article tells as made ("was placed
    under house arrest on Saturday" is one)."""
    under = token.head
    if token.dep_ != "pobj" or under.lower_ != "under":
        return False
    verb = under.head
    lemma = verb.lemma_.lower()
    if lemma in lex.standing_verbs:
        return True
    if lemma != "be":
        return False
    still = any(c.dep_ == "advmod" and c.lower_ in lex.already_words for c in verb.children)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    return still or since


def _kept_where_held(token, lex: ArrestLexicon) -> bool:
    """ "relatives of French women detained in camps in northeastern Syria", "fighters held in
    prisons run by the SDF": a participle that says where people are kept, with no time of
    its own, tells whom the sentence names, not an arrest made."""
    if token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return False  # "the six men detained on Monday": the arrest told again
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in lex.holding_places for g in c.children)
        for c in token.children
    )


def _ordered_by_a_court(token, lex: ArrestLexicon) -> bool:
    """ "a judge ordered him held in custody pending trial", "the court ordered the two men
    detained": the arrest word is what an order (a remand) puts someone in; the arrest itself
    was made before and is told elsewhere, if at all."""
    verb = token.head if token.lower_ == "in" else token
    return any(up.lemma_.lower() in lex.court_orders for up in [verb, *verb.ancestors][1:3])


def points_back(token) -> bool:
    """ "The arrest comes a day after soldiers took control of a mine", "took charge of its
    cells after the arrest": the arrest noun, made definite and saying neither whom ("of")
    nor how many, points back at an arrest told before rather than telling one."""
    lex = arrest_lexicon()
    if token.pos_ != "NOUN" or not any(
        c.dep_ in ("det", "poss") and c.lower_ in lex.pointing_back for c in token.children
    ):
        return False
    return not any(c.dep_ in ("nummod", "compound") or c.lower_ == "of" for c in token.children)


def _suspects_taken(token, lex: ArrestLexicon) -> bool:
    """The people taken are called suspects ("had detained six suspected Islamic State
    members", "captured two suspects"): only an authority takes suspects, whatever its
    fighters are called ("their fighters", the SDF's)."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        t.lower_ in lex.suspect_words or t.lemma_.lower() in lex.suspect_words
        for head in taken
        for t in head.subtree
        if t.i <= head.i
    )


def _not_made(token, lex: ArrestLexicon) -> bool:
    """No arrest the article tells as made: one denied ("a spokesman denied that anyone had been
    arrested", "police rejected reports that the imam was detained"), one wished for ("a list of
    people it wants arrested", "asked for the cleric to be arrested") or one of no one."""
    return (
        _denied(token, lex)
        or _only_wished(token, lex)
        or _of_nobody(token, lex)
        or _done_instead(token)
    )


# "kill suspects instead of arresting them", "rather than detain them": the arrest not made
_INSTEAD = re.compile(r"\b(?:instead of|rather than)\s+$", re.I)


def _done_instead(token) -> bool:
    """The arrest is what was not done, something else being done in its place."""
    before = doc_text(token.doc)[max(0, token.idx - 20) : token.idx]
    return bool(_INSTEAD.search(before))


def _denied(token, lex: ArrestLexicon) -> bool:
    """A verb of denial governs the arrest's clause (the hedge "a guess about the past" would
    otherwise keep "denied that he had been arrested")."""
    return any(up.lemma_.lower() in lex.denial_verbs for up in token.ancestors)


def _only_wished(token, lex: ArrestLexicon) -> bool:
    """The arrest is what someone wants, asks or calls for: a wanting word beside the arrest
    verb ("it wants arrested", parsed as its auxiliary) or governing it, or a bare "to be
    arrested" with no perfect ("was believed to have been arrested" is a guess about the past)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lex.wanting_words for a in auxes):
        return True
    if any(a.lower_ == "to" for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
        return True
    head = token.head
    return (
        token.dep_ in ("xcomp", "ccomp", "oprd", "advcl")
        and head.i != token.i
        and head.lower_ in lex.wanting_words
    )


def _of_nobody(token, lex: ArrestLexicon) -> bool:
    """ "anyone had been arrested", "nobody was detained": the arrest takes no one."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(taken) and " ".join(t.lower_ for t in taken[0].subtree) in lex.nobody


def _custody_as_a_state(token, lex: ArrestLexicon) -> bool:
    """ "in custody" tells a detention only as what someone is placed, held or kept in
    ("were placed in custody", "three suspects are in custody"); hanging from a noun or
    another verb ("deaths in custody", "distributed a photograph of him in custody") it is
    where someone was, not an arrest made."""
    if token.lower_ != "in" or not any(c.lower_ == "custody" for c in token.children):
        return False
    return token.head.lemma_.lower() not in lex.custody_verbs


def _a_tally_in_custody(token) -> bool:
    """ "at least 76 people were in custody", "13 people are now in custody": how many are
    held so far, counted in the tens, is a running tally (``extract.statistics``), not one
    arrest; "three suspects are in custody" stays the arrest of three."""
    if token.lower_ != "in" or token.head.lemma_.lower() not in ("be", "remain"):
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    nummods = subject.children if subject is not None else ()
    count = next((c for c in nummods if c.dep_ == "nummod"), None)
    held = parse_quantity(None, count.text) if count is not None else None
    return held is not None and (held.min or 0) >= TALLY_HELD


# how many held make "N people are in custody" a tally rather than one arrest told
TALLY_HELD = 10


def _groups(sentence: Sentence) -> list:
    return [e for e in sentence.ents if e.label_ == GROUP_LABEL]


def _doers(token) -> list:
    """The tokens of the arrest word's subject ("police arrested") or agent ("by police"); a
    verb joined to another without a subject of its own shares that one's ("The attackers
    arrived on motorcycles ... and rounded up labourers")."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    if token.dep_ == "conj" and token.head.pos_ == "VERB" and not own_subject:
        token = token.head
    out = []
    for child in token.children:
        if child.dep_ == "nsubj":
            out.extend(child.subtree)
        elif child.dep_ == "agent":
            out.extend(t for c in child.children for t in c.subtree)
    return out


def _armed(doers: list, groups: list) -> bool:
    """A group, or militants, took the people: no authority did."""
    indices = {t.i for t in doers}
    words = " ".join(t.text for t in doers)
    return any(g.root.i in indices for g in groups) or bool(
        arrest_lexicon().armed_doers.search(words)
    )


def _authority(sentence: Sentence, doers: list, token, lex: ArrestLexicon):
    """Who made the arrest: the arrest word's subject or agent when it names an authority,
    else an authority named outside the people taken ("12 people were held, the army said")."""
    if doers:
        start, end = doers[0].idx, doers[-1].idx + len(doers[-1].text)
        m = lex.authorities.search(doc_text(sentence.span.doc), start, end)
        if m is not None:
            return m.start() - sentence.start, m
    taken = {t.i for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    for m in lex.authorities.finditer(sentence.text):
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        if words is not None and words.root.i not in taken:
            return m.start(), m
    return None


def _fill_count(mention: EventMention, sentence: Sentence, lex: ArrestLexicon, trigger, token):
    """How many were taken: the people the arrest word (and the arrest words joined to it:
    "arrested a leader and detained three suspects") takes, added up ("a Taliban leader and
    two suspected insurgents" is 3; "a facilitator and several other insurgents" at least 4),
    else the count nearest the arrest word ("12 people were held")."""
    taken = _count_taken(token, lex)
    if taken is not None:
        quantity, words = taken
        mention.arrested = quantity
        mention.counts_add = _more_people(words.text, sentence.text)
        mention.fields.append(FieldSpan("arrested", words.start_char, words.end_char, words.text))
        return
    best = None
    for m in lex.count_before.finditer(sentence.text):
        quantity = parse_quantity(m.group("qual"), m.group("num"))
        if quantity is None:
            continue
        distance = min(abs(m.start() - trigger.end()), abs(trigger.start() - m.end()))
        if distance <= 60 and (best is None or distance < best[0]):
            best = (distance, quantity, m)
    if best is None:
        return
    _, quantity, m = best
    mention.arrested = Quantity(quantity.min, quantity.max)
    mention.counts_add = _more_people(m.group(), sentence.text)
    mention.fields.append(
        FieldSpan("arrested", sentence.start + m.start(), sentence.start + m.end(), m.group())
    )


_MORE = re.compile(r"\b(?:additional|another|further|more)\b", re.I)


def _more_people(words: str, sentence: str) -> bool:
    """ "two additional suspects", "also detained three insurgents": people on top of those
    told before; "also detained the leader" restates one."""
    if _MORE.search(words):
        return True
    return bool(re.search(r"\balso\b", sentence, re.I)) and not re.match(
        r"(?:the|this|that|these|those|his|her|their)\b", words, re.I
    )


def _count_taken(token, lex: ArrestLexicon):
    """(quantity, words) when every person or group the arrest words take has a number, a
    vague amount ("several") or is one person ("a facilitator"); None when one of them is
    uncounted ("suspects")."""
    verbs = [token]
    if not _told_apart(token):
        verbs += [
            c for c in token.conjuncts if lex.any_trigger.fullmatch(c.text) and not _told_apart(c)
        ]
    heads = []
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if objects:
            heads.extend([objects[0], *objects[0].conjuncts])
    if not heads:
        return None
    low, exact = 0, True
    for head in heads:
        amount = _amount(head)
        if amount is None:
            return None
        low += amount.min or 0
        exact = exact and amount.max == amount.min
    doc = token.doc
    words = doc[min(h.left_edge.i for h in heads) : max(h.right_edge.i for h in heads) + 1]
    if low <= 0:
        return None
    return Quantity(low, low if exact else None), words


def _told_apart(verb) -> bool:
    """ "..., and on Wednesday they arrested three more": a joined arrest with its own doer and
    its own day, counted on its own."""
    if verb.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    own = {t.i for t in verb.subtree}
    other = [t for t in verb.head.subtree if t.i not in own]
    # both clauses dated: one day at the end of the sentence may be the two arrests' together
    return any(t.ent_type_ == "DATE" for t in verb.subtree) and any(
        t.ent_type_ == "DATE" for t in other
    )


def _amount(head) -> Quantity | None:
    """How many people one taken noun phrase is: its number, its vague amount, or one."""
    for child in head.children:
        if child.dep_ == "nummod" or (child.dep_ == "amod" and child.lower_ in _VAGUE_WORDS):
            return parse_quantity(None, child.text)
    if head.pos_ == "NUM":  # "killing 12 fighters and detaining three"
        return parse_quantity(None, head.text)
    if head.lower_ in _COLLECTIVE:  # "a cell of seven people": the people in it
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                members = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if members is not None:
                    return _amount(members)
    if head.tag_ in ("NN", "NNP") and head.pos_ != "PRON":
        return Quantity(1, 1)
    if head.lower_ == "old" and head.i > 0 and head.nbor(-1).text == "-":
        return Quantity(1, 1)  # "a 19-year-old"
    return None


_VAGUE_WORDS = frozenset({"several", "numerous", "multiple", "many"})
_COLLECTIVE = frozenset({"cell", "group", "gang", "network", "ring", "team", "band"})


def _fill_actors(mention: EventMention, sentence: Sentence, authority, groups: list) -> None:
    if authority is not None:
        offset, m = authority
        name = m.group()
        start = sentence.start + offset
        mention.actors.append(Actor(name, None, "authority", "state_force"))
        mention.fields.append(FieldSpan("authority", start, start + len(name), name))
    lexicon = group_lexicon()
    for ent in groups:
        canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
        if all(a.canonical != canonical for a in mention.actors):
            named = lexicon.get(canonical)
            kind = (
                named.type if named and named.type in ("branch", "armed_group") else "armed_group"
            )
            mention.actors.append(Actor(ent.text, canonical, "subject", kind))
