"""Attack mentions: one per sentence that reports (or speculates about) an attack.

A sentence becomes a mention when it holds a specific trigger ("ambush", "car bomb", "a bomb
exploded", "beheaded"), or a weak or generic one ("attacked", "killed") with support: a named
group, a perpetrator noun, a casualty count, a weapon, or (for "shot", "murdered") a person it
hurt named by name. Killings done by state forces, or of militants, are operations, not
attacks, and are left to the military-operation extractor.

Besides the record's fields, a mention keeps the words, as printed, that fill the classic
role slots of an attack (the MUC-4 roles), as ``FieldSpan``s: ``perp_individual`` ("urban
guerrillas", "a group of armed men"), ``perp_org`` (the group, named in the sentence or, when
it names none, the armed group the article names most), ``target`` (things hit: "the
embassy", "power towers"), ``target_forces`` (armed forces hit: "an army patrol"), ``victim``
(people hurt, by name only: "enrique lopez albujar"), ``forces_victim`` (a man of the forces
hurt, by name: "national police officer fidel sanchez") and ``weapon`` ("car bomb",
"dynamite"). They are read off the parse around the trigger with the noun lists of
``attacks.toml``, so that lower-case wire copy, where the entity recogniser fails, gives them
too; a name the parse broke off is read on to its last word; a sentence just after the attack
that names what the bomb hit, or a retelling of it, adds its words to the attack; and names
listed as the people hurt ("among the injured are X, 53; Y, 24", "X and Y were killed", "...,
killing X and Y", "killed two reporters, X and Y", "died in the clash: X, Y", "X and Y,
kidnapped last week, were freed", "X, a teacher and union leader, was shot"), in the attack's
sentence or the next two of its paragraph, are its victims.

Attacks told as history are dropped, or kept aside as ``past`` mentions when
``DocContext.keep_past_attacks`` asks for them. Kept aside too, and only then, are attacks told
in passing by whom they hurt, which the news never reports: a plural ("condemned the murders of
judge X and mayor Y"), a generic killing word ("two men suspected of killing councillor X"), a
noun of harm with its "of" phrase and no support ("investigating the murder of three nurses"),
a reference under an arrest ("arrested in connection with the attack on senator X"), an attack
noun made definite and named by whom or what it hit ("after the attack on the embassy"); not a
death by accident ("killed in a road accident"). The sentences that may tell these are parsed
only when history is kept (``worth_parsing_as_history``), so the news parses as before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from watchfloor.data import load_toml
from watchfloor.extract.casualties import best_count, find_counts
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.lexicon import AttackLexicon, alternation, attack_lexicon
from watchfloor.extract.numbers import parse_quantity
from watchfloor.extract.setting import (
    a_month_before_last,
    fill_date_and_place,
    told_long_before,
)
from watchfloor.extract.syntax import SAYING_VERBS, doc_text, hanging_off
from watchfloor.models import Actor, EventMention, FieldSpan, Quantity, Span
from watchfloor.nlp.lexicon import fold, group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.time.find import is_period


@dataclass(frozen=True)
class Trigger:
    subtype: str
    start: int  # offsets in the document
    end: int
    text: str
    weak: bool
    generic: bool


def worth_parsing(sentence, text: str) -> bool:
    """Whether a sentence (a spaCy span, before tagging and parsing) may tell an attack: a
    specific trigger, or a weak or generic one with support (a named group, a perpetrator
    noun, a casualty count, a weapon). A superset of what ``_mention_in`` accepts, decided
    from words (``text``, the span's text) and the rulers' entities alone."""
    lex = attack_lexicon()
    words = [m.group() for m in lex.any_trigger.finditer(text)]
    if not words:
        return False
    if any(
        not lex.weak.fullmatch(w) and any(p.fullmatch(w) for p in lex.triggers.values())
        for w in words
    ):
        return True
    if any(e.label_ == GROUP_LABEL for e in sentence.ents) or lex.perpetrator_nouns.search(text):
        return True
    if any(role_lexicon().murder.fullmatch(w) for w in words):
        return True  # "the murder of senator galan": whom it hit, from the parse
    counts = find_counts(text)
    if counts["killed"] or counts["wounded"]:
        return True
    return any(p.search(text) for p in lex.weapons.values())


def worth_parsing_as_history(sentence, text: str) -> bool:
    """Whether a sentence may tell an attack in passing, when the settings keep history
    (``DocContext.keep_past_attacks``): any attack word ("after the attack on senator X",
    "X, who was killed last week", "the killing of X"), support or not. ``_mention_in``
    keeps such an attack only aside as history, so the news pipeline, which keeps none,
    need not parse these sentences."""
    return worth_parsing(sentence, text) or attack_lexicon().any_trigger.search(text) is not None


def extract_attacks(ctx: DocContext) -> list[EventMention]:
    lex = attack_lexicon()
    mentions: list[EventMention] = []
    untold: list[Sentence] = []  # parsed sentences with a trigger that tell no attack
    past: list[EventMention] = []  # told as history, kept only when asked for
    for sentence in ctx.sentences:
        if not sentence.parsed:  # the nlp stage parses every sentence holding a trigger
            continue
        mention = _mention_in(ctx, sentence, lex)
        if mention is not None and _a_comment_in_a_quote(ctx, mention):
            mention = None
        if mention is not None and not mention.past:
            mentions.append(mention)
        else:
            untold.append(sentence)
            if mention is not None:
                past.append(mention)
    mentions = _completed(ctx, mentions, untold, lex)
    # history kept aside (``DocContext.keep_past_attacks``) is completed on its own, so the
    # news mentions are the same whether it is kept or not
    return mentions + _completed(ctx, past, untold, lex)


def _a_comment_in_a_quote(ctx: DocContext, mention: EventMention) -> bool:
    """'"Al-Shabaab has killed its own for less," he said': an act a speaker names inside
    his quotation, on no day and at no place of its own, is his comment and reports no attack
    (the story tells the one he speaks of); '"They planted two bombs outside the market on
    Monday," the officer said' and '"A fierce gunbattle took place near Vanjalvala village,"
    the police chief said' tell one."""
    if not ctx.quoted_at(mention.trigger.start):
        return False
    if mention.location_explicit:
        return False  # '"... carried out an attack on the restaurant in Dhaka," it said'
    when = mention.date
    return not (mention.date_explicit and when is not None and when.precision == "day")


def _completed(
    ctx: DocContext, mentions: list[EventMention], untold: list[Sentence], lex: AttackLexicon
) -> list[EventMention]:
    """One mention per attack, with the details, claims, tolls and casualty lists told in
    the sentences around it."""
    mentions = _one_mention_of_an_attack_retold(ctx, mentions, lex)
    _attach_follow_up_details(ctx, mentions, untold, lex)
    _attach_claims(ctx, mentions, lex)
    _attach_follow_up_tolls(ctx, mentions, lex)
    _attach_listed_casualties(ctx, mentions, lex)
    _attach_article_group(ctx, mentions)  # last: the victims listed tie an attack to it too
    _victims_named_in_full(ctx, mentions)
    return mentions


# --- victims told by surname ----------------------------------------------------------------

# the fields of people harmed, whose names a surname alone may stand for
_VICTIM_FIELDS = frozenset({"victim", "forces_victim"})


def _victims_named_in_full(ctx: DocContext, mentions: list[EventMention]) -> None:
    """A victim told by his surname alone ("the murder of galan", "ortega's death") is the
    person the article named in full before ("senator luis galan"): the full name is recorded
    beside him (field ``victim_full_name``), which says who he is where the surname may not.
    The surname's own field stays where it was told, with the sentence that tells the harm."""
    for mention in mentions:
        known = {(f.start, f.end) for f in mention.fields if f.field == "victim_full_name"}
        for span in [f for f in mention.fields if f.field in _VICTIM_FIELDS]:
            full = _full_name_before(ctx, span)
            if full is not None and (full.start, full.end) not in known:
                known.add((full.start, full.end))
                mention.fields.append(full)


def _full_name_before(ctx: DocContext, span: FieldSpan) -> FieldSpan | None:
    """The nearest person named before ``span`` by more words that end in its one or two
    words (a surname of four letters at least), as a ``victim_full_name`` field span."""
    words = fold(span.text).split()
    if not 1 <= len(words) <= 2 or len(words[-1]) < 4 or not all(w.isalpha() for w in words):
        return None
    for sentence in reversed(ctx.sentences):
        if sentence.start >= span.start:
            continue
        for ent in reversed(sentence.ents):
            if ent.end_char > span.start or ent.label_ != "PERSON":
                continue
            named = fold(ent.text).split()
            if len(named) > len(words) and named[-len(words) :] == words:
                return FieldSpan("victim_full_name", ent.start_char, ent.end_char, ent.text)
    return None


# --- people hurt, named in lists -----------------------------------------------------------


@dataclass(frozen=True)
class CasualtyLists:
    after: re.Pattern  # "the injured were", "among the dead are", "were identified as"
    before: re.Pattern  # "were killed", "was seriously wounded"
    opener: re.Pattern  # what ends the words before a list told ahead of its verb
    not_name_words: frozenset[str]
    heads: re.Pattern  # "the victims", "the injured": people hurt, before "identified as"
    not_casualties: re.Pattern  # "the suspects", "arrested": people who did it
    introducer: re.Pattern  # "identified as", "called": the name of a person described first
    definite_head: re.Pattern  # "the wounded person", "the victims", opening a sentence


@cache
def _casualty_lists() -> CasualtyLists:
    table = load_toml("attacks.toml")["roles"]
    heads = "|".join(table["casualty_heads"])
    verbs = "|".join(table["casualty_verbs"])
    clauses = "|".join(table["casualty_clause_verbs"])
    described = "|".join(table["casualty_descriptions"])
    return CasualtyLists(
        after=re.compile(
            rf"(?:\b(?:{heads})(?:\s+[\w-]+){{0,3}}?\s+(?:were|are|was|is|include[ds]?)"
            rf"(?:\s+identified\s+as)?"
            # "three persons were injured, including brenda hoover"
            rf"|\b(?:{verbs}),?\s+including"
            # "the bomb went off, killing X, 42; Y, 19"
            rf"|,\s+(?:{clauses})"
            # "the following policemen died in the clash: X, Y, Z"
            rf"|\b(?:{verbs}|died)\b[^.:;()]{{0,30}}:"
            # "killed two local reporters, X and Y": the people hurt described, then named
            rf"|\b(?:{verbs})\s+(?:[\w.'-]+\s+){{0,3}}?(?:{described})"
            rf"(?:\s+of\s+(?:[\w.'-]+\s+){{0,2}}?[\w.'-]+)?,)\s+",
            re.I,
        ),
        before=re.compile(
            rf"\s+(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+){{0,2}}?(?:{verbs})\b"
            # "X and Y, kidnapped last week, were freed": a reduced relative closed by the
            # sentence's own verb (not "X and Y, killed two peasants": the doers)
            rf"|,\s+(?:{verbs})\b[^,.;:()]{{0,40}},\s+(?:were|was|are|is|has|have|had)\b",
            re.I,
        ),
        opener=re.compile(
            r"[:()]|--|\b(?:" + "|".join(table["casualty_list_openers"]) + r")\s", re.I
        ),
        not_name_words=frozenset(table["not_name_words"]),
        heads=alternation(table["casualty_heads"]),
        not_casualties=alternation(table["not_casualty_words"]),
        definite_head=re.compile(rf"\s*the\s+(?:[\w-]+\s+)?(?:{heads})\b", re.I),
        introducer=re.compile(
            r"\b(?:" + "|".join(table["name_introducers"]) + r")\s+"
            r"(?:\d+\s*-?\s*years?\s*-?\s*old\s+)?",
            re.I,
        ),
    )


_IDENTIFIED = re.compile(r"\bidentified\s+as\s+", re.I)


# sentences after an attack's own that may list the people it hurt
_LIST_REACH = 2


def _attach_listed_casualties(
    ctx: DocContext, mentions: list[EventMention], lex: AttackLexicon
) -> None:
    """ "Among the injured are heriberto lopez gonzalez, 53; jaime orlando suarez, 24; ...",
    "federico paquillauvi and cirilo quispe were wounded": the people an attack hurt, named in
    a list in its sentence or in the next ones of its paragraph (until another attack is
    told), are its victims, whatever the parse made of the list."""
    own = {m.sentence_index for m in mentions}
    for mention in mentions:
        if mention.certainty == "speculative":
            continue
        last = mention.sentence_index + _LIST_REACH
        for sentence in ctx.sentences[mention.sentence_index : last + 1]:
            later = sentence.index != mention.sentence_index
            if later and (sentence.index in own or lex.separate_incident.search(sentence.text)):
                break
            if sentence.paragraph != mention.paragraph_index and not _identifies_the_hurt(
                sentence.text
            ):
                continue  # past its paragraph only "the wounded man was identified as X"
            spans = _listed_casualties(sentence.text)
            if not spans:
                continue
            found = [("victim", sentence.start + s, sentence.start + e) for s, e in spans]
            known = [(f.start, f.end) for f in mention.fields if f.field in _NAMED]
            fresh = [w for w in found if not any(w[1] < e and s < w[2] for s, e in known)]
            if not fresh:
                continue
            _fill_role_words(mention, sentence, fresh)
            if later:
                mention.fields.append(
                    FieldSpan("evidence", sentence.start, sentence.end, sentence.text)
                )


def _identifies_the_hurt(text: str) -> bool:
    """ "The wounded person was identified as X": a sentence that names the people hurt in an
    attack told before, wherever it stands, by a definite head."""
    lists = _casualty_lists()
    head = lists.definite_head.match(text)
    return head is not None and _IDENTIFIED.search(text, head.end()) is not None


def _listed_casualties(text: str) -> list[tuple[int, int]]:
    """Offsets of the names in a sentence's lists of people hurt."""
    lists = _casualty_lists()
    out: list[tuple[int, int]] = []
    starts = [m.end() for m in lists.after.finditer(text)]
    for m in _IDENTIFIED.finditer(text):
        # "the victims, whose bodies ..., were identified as X": people hurt named before
        before = text[: m.start()]
        if lists.heads.search(before) and not lists.not_casualties.search(before):
            starts.append(m.end())
    for start in sorted(set(starts)):
        out.extend(_names_in(text, start, _list_end(text, start), forward=True))
    for m in lists.before.finditer(text):
        out.extend(_names_in(text, _list_start(text, m.start()), m.start(), forward=False))
    return sorted(set(out))


# what ends a list of names after its head: a clause, a parenthesis, a dash
_LIST_STOP = re.compile(
    # not the stop of an abbreviation ("u.s. citizen")
    r"\(|--|\b(?:who|which|whose|where|when|while|after|because)\b|(?<!\b\w)[.:](?:\s|$)",
    re.I,
)
_ITEM_SPLIT = re.compile(r"\s*(?:;|,|\band\b)\s*", re.I)
# an age before or after a name: "19-year-old robinson ramirez", "heriberto lopez, 53"
_AGE = re.compile(r"^(?:\d+-year-\s*old|also|\d+(?:\s+years?\s+old)?)\s*", re.I)
# items of a list that are not names, skipped before the list is taken to have ended
_SKIPPED_ITEMS = 1


def _list_end(text: str, start: int) -> int:
    stop = _LIST_STOP.search(text, start)
    return stop.start() if stop else len(text)


def _list_start(text: str, end: int) -> int:
    opens = list(_casualty_lists().opener.finditer(text, 0, end))
    return opens[-1].end() if opens else 0


def _names_in(text: str, start: int, end: int, forward: bool) -> list[tuple[int, int]]:
    """The names among the items of a list (split at commas, semicolons and "and"), from its
    head outwards, up to the second item in a row that is neither a name nor an age."""
    items = _list_items(text, start, end)
    if not forward:
        items.reverse()
    out, misses, missed_clause = [], 0, -1
    for offset, item, clause in items:
        name = _name_in_item(item)
        if name is None:
            if _AGE.fullmatch(item.strip()) or clause == missed_clause:
                continue  # "X, an official and leader of the party, was shot": one aside
            misses, missed_clause = misses + 1, clause
            if misses > _SKIPPED_ITEMS:
                break
            continue
        misses = 0
        out.append((offset + name[0], offset + name[1]))
    return out


_CLAUSE_SPLIT = re.compile(r"[;,]")


def _list_items(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """The items of a list between ``start`` and ``end``: offset, text, and which of its
    comma-parted pieces holds it (the items of one piece joined by "and" are one aside)."""
    items = []
    at = start
    for piece in _ITEM_SPLIT.split(text[start:end]):
        offset = text.find(piece, at) if piece else at
        if piece:
            clause = len(_CLAUSE_SPLIT.findall(text, start, offset))
            items.append((offset, piece, clause))
            at = offset + len(piece)
    return items


# endings of verb forms, never of the names of a list
_VERB_ENDINGS = ("ed", "ing")

# how many words a listed name has
_LISTED_NAME_WORDS = (2, 5)


def _name_in_item(item: str) -> tuple[int, int] | None:
    """Offsets in ``item`` of the name it is ("also 40-year-old hugo morales": "hugo
    morales"), after its age and titles; None when it is no name ("two other people")."""
    roles = role_lexicon()
    # "an agronomist, identified as jose martinez": the name is what the description leads to
    introduced = _casualty_lists().introducer.search(item)
    begin = introduced.end() if introduced else 0
    words = [
        (m.start(), m.end(), m.group().lower())
        for m in re.finditer(r"\S+", item)
        if m.start() >= begin
    ]
    # "policeman carlos ruiz": a rank or a title before the name is no part of it
    while words and (
        _AGE.fullmatch(words[0][2])
        or words[0][2] in roles.titles
        or words[0][2] in roles.forces_heads
    ):
        words.pop(0)
    low, high = _LISTED_NAME_WORDS
    if not low <= len(words) <= high:
        return None
    lists = _casualty_lists()
    for _, _, word in words:
        if not re.fullmatch(r"[a-z][a-z'-]*", word) or word in _STOP_WORDS:
            return None
        if word in lists.not_name_words or word.endswith(_VERB_ENDINGS):
            return None  # "castillo resisted", "organized crime"
        if attack_lexicon().any_trigger.fullmatch(word):
            return None  # "explosion occurred"
        if any(word in lexicon or word.rstrip("s") in lexicon for lexicon in _common_words(roles)):
            return None
    return words[0][0], words[-1][1]


def _common_words(roles: RoleLexicon) -> tuple[frozenset[str], ...]:
    return (
        roles.not_names,
        roles.targets,
        roles.perpetrators,
        roles.people,
        roles.organisations,
        roles.forces_heads,
        roles.collectives,
        roles.weapons,
        roles.titles,
    )


# two dates this many days apart or more tell two attacks, whatever the words
_RETOLD_DAYS = 2
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _one_mention_of_an_attack_retold(
    ctx: DocContext, mentions: list[EventMention], lex: AttackLexicon
) -> list[EventMention]:
    """ "Gunmen killed nine worshippers on Sunday. The attackers opened fire late on Saturday
    night." "Al-Shabaab said its fighters carried out Tuesday's bombing." An attack told
    again by a definite reference ("the attack", "Tuesday's bombing", "the attackers") is the
    attack told before it, not another one: its words complete that one. Another attack
    ("in a separate attack", "a second blast"), or one dated days apart, stays apart."""
    kept: list[EventMention] = []
    for mention in mentions:
        told = [m for m in kept if m.certainty in ("reported", "alleged")]
        sentence = ctx.sentences[mention.sentence_index]
        if (
            told
            and not lex.separate_incident.search(sentence.text)
            and (_refers_back(sentence, mention) or _speculates_about_one_told(sentence, mention))
            and not _told_apart_by_date(told[-1], mention)
        ):
            if mention.certainty in ("reported", "alleged"):
                _complete(told[-1], mention)
                continue
            if mention.certainty == "speculative" and _guessed_about(sentence, mention):
                # "the bombing may have been carried out by an Indonesian couple": a guess
                # about the attack told before, whose guessed doer is not its doer
                span = mention.sentence
                told[-1].fields.append(FieldSpan("evidence", span.start, span.end, span.text))
                continue
            if mention.certainty == "speculative":
                # "the search may do them more damage than the bomb", "said the attack was
                # planned by X", "called the bombing an act of terrorism": the attack told
                # before, named in a guess, a plan or a reaction, is no possible new one;
                # whom and what it names are that attack's
                _complete_with_words(told[-1], mention)
                continue
        if _points_back_at_one_not_told(sentence, mention, told):
            continue
        kept.append(mention)
    return kept


def _points_back_at_one_not_told(
    sentence: Sentence, mention: EventMention, told: list[EventMention]
) -> bool:
    """ "... the network that carried out the Nov. 13 attacks in Paris. Those attacks killed
    130 people.": "that" or "those" points back at an attack the sentence or the one before
    named; when no attack was told there, it was history named in passing, and so is this."""
    tok = _token_at(sentence, mention.trigger.start)
    if tok is None or not _nominal(tok):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("that", "those") for c in tok.children):
        return False
    return not any(m.sentence_index >= mention.sentence_index - 1 for m in told)


def _speculates_about_one_told(sentence: Sentence, mention: EventMention) -> bool:
    """ "Rumours that a third gunman had slipped out during the assault could not be
    confirmed": a guess whose sentence names an attack with "the" is about that attack,
    whichever trigger the guess was read on."""
    if mention.certainty != "speculative":
        return False
    for trigger in _find_triggers(sentence, attack_lexicon()):
        tok = _trigger_head(sentence, trigger)
        if tok is not None and _nominal(tok) and _definite(tok):
            return True
    return False


def _nominal(tok) -> bool:
    """A noun, or a gerund with a determiner that the parse took for a verb ("called the
    killing an act of murder")."""
    if tok.pos_ in _NOUNS:
        return True
    return tok.tag_ == "VBG" and any(c.dep_ == "det" for c in tok.children)


def _guessed_about(sentence: Sentence, mention: EventMention) -> bool:
    """ "the bombing may have been carried out by a couple": a modal perfect over the
    trigger guesses about something done, not something that may come."""
    tok = _token_at(sentence, mention.trigger.start)
    verb = tok if tok is None or _is_verb(tok) else tok.head
    if verb is None:
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "have" in auxes and any(a in ("may", "might", "could", "must") for a in auxes)


def _refers_back(sentence: Sentence, mention: EventMention) -> bool:
    """The trigger is a definite noun ("the attack", "Tuesday's bombing"), or a
    verb whose doer is a definite attacker noun ("the attackers opened fire")."""
    trigger = Trigger(mention.subtype, mention.trigger.start, mention.trigger.end, "", False, False)
    first = min(_find_triggers(sentence, attack_lexicon()), key=lambda t: t.start, default=None)
    if first is not None and first.start < trigger.start:
        trigger = first  # "claimed the attack, saying two suicide bombers had carried it out"
    tok = _trigger_head(sentence, trigger)
    if tok is None:
        return False
    if _nominal(tok):
        return _definite(tok)
    if not _is_verb(tok):
        return False
    roles = role_lexicon()
    return any(
        c.dep_ == "nsubj"
        and _is(c, roles.perpetrators)
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children)
        for c in tok.children
    )  # "the attackers", not "its fighters": the group's men, not the attack's


def _definite(tok) -> bool:
    """ "the attack", "Tuesday's bombing"; not "the Houthis' largest assault" nor "its
    attack", whose possessor says who did it, not which attack it was."""
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE)
        or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
        for c in tok.children
    )


def _told_apart_by_date(first: EventMention, later: EventMention) -> bool:
    """Whether the later mention's own date keeps it from the first's attack: two days or
    more apart, or a date of its own where the first had none (a headline's)."""
    if later.date is None or not later.date_explicit:
        return False  # "the attackers opened fire": no date of its own to tell it apart
    if first.date is None or not first.date_explicit:
        return True  # a headline's attack: left to be merged by date, as any other
    if not (first.date.start and first.date.end and later.date.start and later.date.end):
        return False
    gap = max(
        (date.fromisoformat(later.date.start) - date.fromisoformat(first.date.end)).days,
        (date.fromisoformat(first.date.start) - date.fromisoformat(later.date.end)).days,
    )
    return gap >= _RETOLD_DAYS


def _complete(mention: EventMention, retold: EventMention) -> None:
    """What the retelling adds: its sentence as evidence, its actors and claim, and the tolls
    the first telling lacks."""
    for actor in retold.actors:
        _add_actor(mention, actor)
    mention.fields.extend(f for f in retold.fields if f.field == "actors")
    for name in retold.claimed_by:
        if name not in mention.claimed_by:
            mention.claimed_by.append(name)
    if mention.attribution == "unknown":
        mention.attribution = retold.attribution
    for field in ("killed", "wounded", "abducted"):
        if getattr(mention, field) is None and getattr(retold, field) is not None:
            setattr(mention, field, getattr(retold, field))
            mention.fields.extend(f for f in retold.fields if f.field == field)
    for kind in retold.weapons:
        if kind not in mention.weapons:
            mention.weapons.append(kind)
    # whom and what the retelling names ("during the attack, officer X was wounded")
    known = {(f.field, f.start, f.end) for f in mention.fields}
    mention.fields.extend(
        f
        for f in retold.fields
        if f.field in _ROLE_FIELDS and (f.field, f.start, f.end) not in known
    )
    span = retold.sentence
    mention.fields.append(FieldSpan("evidence", span.start, span.end, span.text))


def _complete_with_words(mention: EventMention, retold: EventMention) -> None:
    """What a guess about an attack told before adds to it: the actors and role words it
    names, not its tolls (a guess's "could have killed hundreds" is no toll)."""
    for actor in retold.actors:
        _add_actor(mention, actor)
    known = {(f.field, f.start, f.end) for f in mention.fields}
    mention.fields.extend(
        f
        for f in retold.fields
        if (f.field in _ROLE_FIELDS or f.field == "actors")
        and (f.field, f.start, f.end) not in known
    )


def _attach_follow_up_details(
    ctx: DocContext, mentions: list[EventMention], untold: list[Sentence], lex: AttackLexicon
) -> None:
    """ "The bomb damaged a hotel and a restaurant." A sentence just after an attack's that
    tells no attack of its own, but speaks of the bomb or the blast (a trigger word with no
    support), completes that attack with the things and people it hit, as role words."""
    by_index = {m.sentence_index: m for m in mentions}
    for sentence in untold:
        told = [by_index[i] for i in (sentence.index - 1, sentence.index - 2) if i in by_index]
        if not told or lex.separate_incident.search(sentence.text):
            continue
        mention = told[0]
        if sentence.paragraph != mention.paragraph_index or mention.certainty == "speculative":
            continue
        triggers = [t for t in _find_triggers(sentence, lex) if not t.generic]
        if not triggers:
            continue
        words = [w for w in _role_words(sentence, triggers) if w[0] in _follow_up_roles(mention)]
        if not words:
            continue
        _fill_role_words(mention, sentence, words)
        mention.fields.append(FieldSpan("evidence", sentence.start, sentence.end, sentence.text))


# the fields that hold role words, as printed
_ROLE_FIELDS = frozenset(
    {"perp_individual", "perp_org", "target", "target_forces", "victim", "forces_victim", "weapon"}
)

# what a later sentence may add to an attack: what and whom it hit, and with what
_FOLLOW_UP_ROLES = frozenset({"target", "victim", "weapon", "target_forces", "forces_victim"})
_DOER_ROLES = frozenset({"perp_individual", "perp_org"})


def _follow_up_roles(mention: EventMention) -> frozenset[str]:
    """The roles a later sentence may fill: who did it too, when the attack's own sentence
    names no doer ("a bomb went off at the bank. the bomb was planted by two men")."""
    if any(f.field in _DOER_ROLES or f.field == "claimed_by" for f in mention.fields):
        return _FOLLOW_UP_ROLES
    return _FOLLOW_UP_ROLES | _DOER_ROLES


def _attach_follow_up_tolls(
    ctx: DocContext, mentions: list[EventMention], lex: AttackLexicon
) -> None:
    """ "Another 31 people were wounded." A sentence right after an attack's, in the same
    paragraph, that tells no event of its own but gives a toll, completes that attack."""
    told = {m.sentence_index for m in mentions}
    for mention in mentions:
        following = mention.sentence_index + 1
        if following in told or following >= len(ctx.sentences):
            continue
        sentence = ctx.sentences[following]
        if sentence.paragraph != mention.paragraph_index or lex.separate_incident.search(
            sentence.text
        ):
            continue
        missing = {"killed", "wounded"} - {f for f in ("killed", "wounded") if getattr(mention, f)}
        if not missing:
            continue
        counts = find_counts(sentence.text)
        before = len(mention.fields)
        _fill_counts(mention, sentence, {f: counts[f] if f in missing else [] for f in counts})
        if len(mention.fields) > before:
            mention.fields.append(
                FieldSpan("evidence", sentence.start, sentence.end, sentence.text)
            )


def _mention_in(ctx: DocContext, sentence: Sentence, lex: AttackLexicon) -> EventMention | None:
    found = _find_triggers(sentence, lex)
    triggers = _without_the_states_acts(sentence, found, lex)
    if not triggers:
        return None
    counts = find_counts(sentence.text)
    groups = _group_mentions(sentence)
    perp_nouns = [
        m
        for m in lex.perpetrator_nouns.finditer(sentence.text)
        if not _is_victim(sentence, sentence.start + m.start())
    ]
    weapons = [w for w in _weapons(sentence, lex) if not _weapon_word_attacked(sentence, w[1])]
    other_weapons = [
        w
        for w in weapons
        if not any(
            sentence.start + w[1] < t.end and t.start < sentence.start + w[2] for t in triggers
        )
    ]
    role_words = _role_words(sentence, triggers)
    own_words = _role_words(sentence, triggers, False)
    # a person the trigger itself hurt, by name ("judge valencia garcia was shot")
    named_victim = any(w[0] == "victim" for w in own_words)
    has_support = bool(
        groups
        or perp_nouns
        or counts["killed"]
        or counts["wounded"]
        or other_weapons
        or named_victim  # "judge valencia garcia was shot"
        or _told_by_its_doers_or_its_bomb(sentence, triggers, own_words, weapons)
    )
    strong = [t for t in triggers if not t.weak and not t.generic]
    # an incident told in passing by whom it hurt ("condemned the murders of judge X and
    # senator Y", "investigating the murder of two priests"): not news, but history kept
    # aside when the settings ask for it (MUC-4 templates record such incidents)
    in_passing = _kept_as_told_in_passing(ctx, sentence, triggers, named_victim)
    passing_only = False
    if not strong and not has_support:
        if not in_passing:
            return None
        passing_only = True
    if (
        not strong
        and all(t.generic for t in triggers)
        and not (groups or perp_nouns or other_weapons)
        and not (named_victim and any(role_lexicon().murder.fullmatch(t.text) for t in triggers))
        and not _civilians_killed_by_the_state(sentence, triggers, lex)
    ):
        if not in_passing:
            return None  # "killed" alone may be an accident; "senator galan was murdered" is not
        passing_only = True
    if _done_by_state(sentence, found, lex, groups, perp_nouns):
        return None
    if not strong and _only_militants_killed(sentence, counts, lex):
        return None

    has_counts = bool(counts["killed"] or counts["wounded"])
    verdicts = [(t, _verdict(ctx, sentence, t, has_counts)) for t in triggers]
    if all(v == "negated" for _, v in verdicts):
        return None
    usable = [(t, v) for t, v in verdicts if v not in ("negated", "historical")]
    past = _told_as_history(ctx, sentence, verdicts, usable)
    if past:
        if not ctx.keep_past_attacks:
            return None
        # kept aside as history: its triggers are read as if the article reported them
        usable = [
            (t, "reported" if v == "historical" else v) for t, v in verdicts if v != "negated"
        ]
    if _a_cornered_mans_death(sentence, triggers, counts, lex):
        return None
    if not has_counts and all(_generic_plural(sentence, t) for t, _ in usable):
        if not in_passing:
            return None
        passing_only = True  # "the murders of judge X and senator Y": acts named by whom they hit
    reported = [(t, v) for t, v in usable if v in ("reported", "alleged")]
    chosen = reported or usable
    if _several_summed([_token_at(sentence, t.start) for t, _ in chosen]):
        return None  # "attacks on mosques in Kunduz and Kandahar that together killed 100"
    if all(_a_killing_word(t, lex) for t, _ in chosen) and _kills_only_militants(sentence, chosen):
        return None
    if any(_a_campaign(sentence, t) for t, _ in chosen):
        chosen = [(t, v) for t, v in chosen if not _a_campaign(sentence, t)]
        if not chosen or (
            all(t.generic for t, _ in chosen)
            and (
                not (groups or perp_nouns or other_weapons)
                or _only_militants_killed(sentence, counts, lex)
            )
        ):
            return None  # "45,000 fighters killed in two years of bombing": a campaign's toll
    certainty = "alleged" if all(v == "alleged" for _, v in chosen) else chosen[0][1]
    if certainty not in ("reported", "alleged"):
        certainty = "speculative"
        if not _about_a_possible_attack(sentence, [t for t, _ in chosen], lex):
            if not in_passing:
                return None
            passing_only = True  # "arrested in connection with the attack on senator X"
    trigger = min((t for t, _ in chosen), key=lambda t: (lex.subtype_rank(t.subtype), t.start))
    subtype = _subtype(trigger, [t for t, _ in chosen], weapons, sentence, lex)

    fields: list[FieldSpan] = [FieldSpan("type", trigger.start, trigger.end, trigger.text)]
    mention = EventMention(
        type="attack",
        subtype=subtype,
        certainty=certainty,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=fields[0],
        fields=fields,
        past=past or passing_only,
    )
    _fill_counts(mention, sentence, counts)
    _fill_weapons(mention, weapons)
    _fill_actors(mention, sentence, groups, perp_nouns, lex)
    tokens = [t for t in (_token_at(sentence, tr.start) for tr, _ in chosen) if t is not None]
    _fill_role_words(mention, sentence, role_words)
    fill_date_and_place(ctx, mention, sentence, tokens)
    if _recalled_from_months_before(ctx, mention, sentence) or _recalled_as_a_time(
        ctx, sentence, tokens
    ):
        if not ctx.keep_past_attacks:
            return None
        mention.past = True
    return mention


def _several_summed(tokens: list) -> bool:
    """Acts told in the plural whose clause sums their toll ("attacks on two mosques in
    October that together killed more than 100 worshippers"): several incidents, a
    statistic's total (``extract.statistics``), not one attack."""
    for tok in tokens:
        if tok is None or tok.tag_ != "NNS":
            continue
        verbs = [c for c in tok.children if c.dep_ in ("relcl", "acl")]
        verbs += [tok.head] if tok.dep_ == "nsubj" else []
        if any(c.dep_ == "advmod" and c.lower_ == "together" for v in verbs for c in v.children):
            return True
    return False


def _kept_as_told_in_passing(
    ctx: DocContext, sentence: Sentence, triggers: list[Trigger], named_victim: bool
) -> bool:
    """An attack the sentence tells only in passing (a plural, a generic killing word, a
    reference under an arrest, a trial or a reaction) that names whom it hurt, by name or by
    a noun of harm and its "of" phrase, is kept aside as history when the settings keep
    history; the news never gains it."""
    if not ctx.keep_past_attacks or role_lexicon().accidental_deaths.search(sentence.text):
        return False  # "killed in a road accident": no attack, however whom it hit is named
    return named_victim or _a_harm_noun_of_someone(sentence, triggers)


def _a_harm_noun_of_someone(sentence: Sentence, triggers: list[Trigger]) -> bool:
    """ "the murder of six priests", "the murders of two judges": a noun of harm done to
    people whose "of" phrase names whom it hit, whoever they are."""
    roles = role_lexicon()
    for trigger in triggers:
        tok = _token_at(sentence, trigger.start)
        if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if _is(tok, roles.harm_of_named) and _with_object_of(tok, ("of",)):
            return True
        # "after the attack on senator X": the attack named by what it hit
        if (
            _is(tok, roles.attack_on_named)
            and _a_particular_one(tok)
            and _with_object_of(tok, ("on", "against"))
        ):
            return True
    return False


def _a_particular_one(noun) -> bool:
    """ "the attack on", "this assault against", "his attack on": a noun made definite tells a
    particular act; "an attack on democracy", "attacks on the poor", "was the worst attack on
    democracy" (a predicate) judge or describe."""
    if noun.dep_ in ("attr", "oprd"):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or c.dep_ == "poss"
        for c in noun.children
    )


def _with_object_of(token, prepositions: tuple[str, ...]) -> bool:
    """The noun has a phrase of one of these prepositions with its object."""
    return any(
        c.dep_ == "prep" and c.lower_ in prepositions and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children
    )


# An attack the article's body dates this many days or more before the article is recalled:
# the gold codes attacks told seven weeks back ("seven weeks after al-Shabaab overran a base on
# Jan. 15") but not those months back ("the Nov. 13 attacks" in a March story)
_RECALLED_DAYS = 60


def _recalled_from_months_before(
    ctx: DocContext, mention: EventMention, sentence: Sentence
) -> bool:
    """ "Turkey has suffered a string of attacks, among them the assault on Ataturk Airport in
    June" (in a January story): an attack its own sentence dates months before the article is
    background to the news, unless the headline or the lead tell it (the article is about
    it). A lead too recalls what it dates to a year before ("Mali says it killed a commander
    wanted over the 2017 ambush of U.S. troops" in a 2024 story)."""
    if _in_the_lead(ctx, sentence):
        return told_long_before(ctx, mention, sentence)
    anchor = ctx.document.anchor_for(sentence.start)
    # "In August, a suicide bomber killed more than 70 people" in an October story
    by_month = anchor is not None and mention.date is not None and mention.date_explicit
    if by_month and a_month_before_last(anchor, mention.date):
        return True
    return told_long_before(ctx, mention, sentence, days=_RECALLED_DAYS)


def _recalled_as_a_time(ctx: DocContext, sentence: Sentence, tokens: list) -> bool:
    """ "has threatened Christians since December, when a suicide bomber killed 29
    worshippers", "showed in January what they can still do, when they stormed the prison"
    (in a July story): an attack told in a "when" clause of a time months before the article
    (the time's words, or the date of the verb the clause hangs off) is recalled history."""
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None or _in_the_lead(ctx, sentence):
        return False
    for token in tokens:
        clause = _when_clause(token)
        if clause is None:
            continue
        span = _date_of_the_time(sentence, clause)
        # "since December, when ...": the clause tells the time the period began
        when = span.start if span is not None and _counted_from(span) else span and span.end
        if when:
            return (anchor - date.fromisoformat(when)).days > _RECALLED_DAYS
    return False


def _counted_from(span) -> bool:
    return bool(span.text) and span.text.lower().startswith("since")


def _when_clause(token):
    """The clause verb above ``token`` that opens with "when" and qualifies a time or
    another verb (a relative or adverbial clause), if any."""
    for up in [token, *token.ancestors]:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        opened = any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < up.i for c in up.children)
        if opened and up.dep_ in ("relcl", "advcl"):
            return up
        if up.dep_ in ("ROOT", "ccomp"):
            return None
    return None


def _date_of_the_time(sentence: Sentence, clause):
    """The date a "when" clause tells the time of: the date words it qualifies ("since
    December, when ..."), or the date hanging off the verbs above it ("showed in January
    ..., when ...")."""
    above = [clause.head, *clause.head.ancestors]
    for _, _, span, words in sentence.dates:
        if clause.head.i in {t.i for t in words}:
            return span
    for _, _, span, words in sentence.dates:
        hook = words.root.head
        if hook.dep_ == "prep":
            hook = hook.head
        if any(hook.i == up.i for up in above):
            return span
    return None


def _in_the_lead(ctx: DocContext, sentence: Sentence) -> bool:
    """The sentence is the headline or in the lead paragraph; a headline under a "Published"
    line is taken for the lead, so the paragraph after it is the lead too."""
    lead = ctx.lead_of_post(sentence)
    if lead is None:
        return True
    last = lead.paragraph
    if not lead.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'")):
        last += 1  # a headline
    return sentence.paragraph <= last


# --- triggers ------------------------------------------------------------------------------------


def _told_by_its_doers_or_its_bomb(
    sentence: Sentence, triggers: list[Trigger], own_words: list[RoleWord], weapons: list
) -> bool:
    """ "he was shot by two men", "a booth was destroyed by a bomb": a weak trigger whose own
    words name the band that did it (counted or described: "people" alone may be anyone), or
    a verb trigger whose words name the thing hit, with a weapon other than the verb ("the
    blast outside the consulate" may only recall one; "torched" names no weapon of its own)."""
    band = any(
        field == "perp_individual" and " " in doc_text(sentence.span.doc)[start:end].strip()
        for field, start, end in own_words
    )
    verbs = [
        t for t in triggers if (tok := _token_at(sentence, t.start)) is not None and _is_verb(tok)
    ]
    weapon_besides = any(
        not any(v.start < sentence.start + w[2] and sentence.start + w[1] < v.end for v in verbs)
        for w in weapons
    )
    hit = any(w[0] == "target" for w in own_words)
    return band or (hit and bool(verbs) and weapon_besides)


def _find_triggers(sentence: Sentence, lex: AttackLexicon) -> list[Trigger]:
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    for subtype in lex.priority:
        pattern = lex.triggers.get(subtype)
        if pattern is None:
            continue
        for m in pattern.finditer(sentence.text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            weak = bool(lex.weak.fullmatch(m.group()))
            found.append(_trigger(sentence, m, subtype, weak=weak, generic=False))
    for m in lex.generic.finditer(sentence.text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        found.append(_trigger(sentence, m, "armed_assault", weak=True, generic=True))
    if found and all(_arms_listed_as_seized(sentence, t) for t in found):
        return []  # a haul of arms, every weapon word of it seized or handed over
    return [
        _weakened(t) if _reduced_relative(sentence, t) else t
        for t in found
        if not _inside_name(sentence, t)
        and not lex.not_after_trigger.match(sentence.text, t.end - sentence.start)
        and not _describes_a_thing(sentence, t)
        and not _an_attacker_known_before(sentence, t, lex)
        and not _a_siege_of_cornered_men(sentence, t)
        and not _an_attack_in_words(sentence, t)
        and not _an_attack_on_ideals(sentence, t)
        and not _told_as_a_practice(sentence, t)
        and not _told_as_a_kind(sentence, t)
        and not _credited_to_someone(sentence, t)
    ]


def _arms_listed_as_seized(sentence: Sentence, trigger: Trigger) -> bool:
    """ "among the war materiel confiscated: a missile, 6 rocket launchers ...", "the weapons
    captured by the army include 12 rocket launchers": a weapon word in a sentence that
    tells arms seized, found or handed over, and not used by any verb of attack or harm above
    it, is an item of the haul, not an attack (a sentence of such words alone tells none)."""
    head = _trigger_head(sentence, trigger)
    roles = role_lexicon()
    if head is not None and _names_a_kind_of_weapon(head, roles):
        head = head.head  # "assault" of "12 assault rifles": the rifles are what is judged
    if head is None or head.pos_ not in _NOUNS or not _is(head, roles.weapons):
        return False
    if not any(_a_seizing_verb(tok, roles) for tok in sentence.span):
        return False
    return not any(
        _is_verb(a) and (_is(a, roles.harm_verbs) or _is(a, roles.light_verbs) or _fires(a))
        for a in head.ancestors
    )


def _names_a_kind_of_weapon(tok, roles: RoleLexicon) -> bool:
    """ "assault" of "assault rifles", "attack" of "attack helicopters": an attack word that
    only modifies a weapon noun names a kind of weapon, not an attack."""
    return tok.dep_ == "compound" and tok.head.i != tok.i and _is(tok.head, roles.weapons)


def _a_seizing_verb(tok, roles: RoleLexicon) -> bool:
    """A verb, or a participle ("the confiscated materiel"), of arms seized or handed over."""
    participle = tok.tag_ in ("VBN", "VBD") or tok.pos_ == "VERB"
    return participle and _is(tok, roles.weapon_not_used_verbs)


# how a noun trigger hangs, inside the clause that describes someone, off its verb
_DESCRIBING_LINKS = frozenset({"dobj", "pobj", "prep", "pcomp", "conj", "appos"})


def _credited_to_someone(sentence: Sentence, trigger: Trigger) -> bool:
    """ "troops killed the two men who led the five-month siege", "the commander blamed for a
    string of ambushes", "the militant suspected of organising last week's attacks": an
    attack named in the clause that says who someone is (led, masterminded, blamed for) is
    that person's past, not news of the sentence."""
    tok = _trigger_head(sentence, trigger)
    if tok is not None and _is_verb(tok) and tok.dep_ == "relcl" and tok.head.pos_ in _NOUNS:
        tok = tok.head  # "ambushes that killed scores": the attack noun the verb tells of
    if tok is None or tok.pos_ not in _NOUNS:
        return False
    credited = False
    while tok.dep_ in _DESCRIBING_LINKS and tok.head.i != tok.i:
        tok = tok.head
        credited = credited or tok.lemma_.lower() in _cue_words("credit_lemmas")
    if tok.dep_ not in ("relcl", "acl") or tok.head.pos_ not in _NOUNS:
        return False
    return credited or tok.lemma_.lower() in _cue_words("credit_lemmas")


def _an_attack_in_words(sentence: Sentence, trigger: Trigger) -> bool:
    """ "the 14-minute message also attacked the rival faction as deviants", "an editorial
    in the group's weekly attacked the clerics": a verb of attack whose doer is a message or
    a speech attacks in words."""
    tok = _token_at(sentence, trigger.start)
    if tok is None or not _is_verb(tok):
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _cue_words("speech_nouns") for c in tok.children
    )


def _told_as_a_practice(sentence: Sentence, trigger: Trigger) -> bool:
    """ "the indiscriminate bombing of civilians", "the frequent kidnappings of businessmen",
    "the army bombed the villages indiscriminately": an attack word modified by a word of
    habit or of a campaign tells a practice, a charge or a trend, not one incident that a
    record could be made of."""
    tok = _trigger_head(sentence, trigger)
    if tok is None:
        return False
    practice = _cue_words("practice_modifiers")
    # "the indiscriminate bombing and strafing of ...": the word of habit tells both acts
    told = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return any(
        c.dep_ in ("amod", "advmod") and c.lower_ in practice for t in told for c in t.children
    )


def _told_as_a_kind(sentence: Sentence, trigger: Trigger) -> bool:
    """ "Kidnapping has fallen sharply in Colombia", "Suicide bombing has become its favoured
    tactic", "a risk of forced displacement and kidnapping": a bare singular attack noun (no
    article, owner or number) whose trend a verb tells, or whose risk a noun names, is a kind
    of act, not one incident. A day told with a trend makes it one again."""
    tok = _trigger_head(sentence, trigger)
    if tok is None:
        return False
    # the parse may tag a bare "kidnapping" listed after a noun as a gerund
    gerund = tok.tag_ == "VBG" and tok.dep_ in ("conj", "pobj", "nsubj")
    if not gerund and (tok.tag_ != "NN" or tok.pos_ not in _NOUNS):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "dobj") for c in tok.children):
        return False
    node = tok.head if tok.dep_ == "conj" else tok  # "forced displacement and kidnapping"
    trend = node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in _cue_words(
        "kind_trend_verbs"
    )
    of = node.head if node.dep_ == "pobj" and node.head.lower_ == "of" else None
    risk = of is not None and of.head.lemma_.lower() in _cue_words("kind_risk_nouns")
    if risk:
        return True
    if not trend:
        return False
    attached = hanging_off(sentence.dates, [tok])
    return not any(item[2].precision in ("day", "week") for _, item in attached)


def _an_attack_on_ideals(sentence: Sentence, trigger: Trigger) -> bool:
    """ "smuggling is an attack on our sovereignty", "those who attack democracy": an attack
    whose only objects are ideals (democracy, honour, public order) is one in words or in
    spirit, not an act of violence. The verb's direct objects, or the noun's object after
    "on" or "against", are read; an attack on anything else stays one."""
    tok = _trigger_head(sentence, trigger)
    if tok is None:
        return False
    if _is_verb(tok):
        objects = [c for c in tok.children if c.dep_ == "dobj"]
    elif tok.pos_ in _NOUNS:
        objects = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    else:
        return False
    objects += [c for o in objects for c in o.conjuncts]
    ideals = _cue_words("attacked_ideals")
    return bool(objects) and all(o.lemma_.lower() in ideals for o in objects)


def _an_attacker_known_before(sentence: Sentence, trigger: Trigger, lex: AttackLexicon) -> bool:
    """ "arrested two men believed to have known the gunman", "police shot the gunman dead":
    an attacker named with "the", who does nothing in the sentence, is the one of an attack
    told before; he tells no new attack."""
    if not lex.perpetrator_nouns.fullmatch(trigger.text):
        return False
    tok = _trigger_head(sentence, trigger)
    if tok is None or tok.dep_ in ("nsubj", "nsubjpass"):
        return False  # "the gunman opened fire": he acts here
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return False  # "killed by the gunman"
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


def _a_siege_of_cornered_men(sentence: Sentence, trigger: Trigger) -> bool:
    """ "commandos ended a four-day siege of an apartment block after killing four militants
    holed up inside": the siege of men shut in a building is the forces' operation against
    them, not a hostage-taking."""
    if trigger.subtype != "hostage_taking" or "siege" not in trigger.text.lower():
        return False
    return bool(_cue_pattern("held_inside").search(sentence.text))


@cache
def _cue_pattern(name: str) -> re.Pattern:
    return alternation(load_toml("attacks.toml")["cues"][name])


@cache
def _cue_words(name: str) -> frozenset[str]:
    return frozenset(load_toml("attacks.toml")["cues"][name])


def _describes_a_thing(sentence: Sentence, trigger: Trigger) -> bool:
    """ "the 183 schools destroyed by militants", "the terrorists had destroyed 183 schools": a
    trigger that tells an attack only as the verb of its clause, here a participle describing
    a noun, or a past perfect that sums up what was done before."""
    if trigger.text.lower() not in _cue_words("clause_verb_only"):
        return False
    tok = _token_at(sentence, trigger.start)
    if tok is None:
        return False
    if tok.dep_ in ("acl", "amod") or not _is_verb(tok):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def _told_as_history(
    ctx: DocContext,
    sentence: Sentence,
    verdicts: list[tuple[Trigger, str]],
    usable: list[tuple[Trigger, str]],
) -> bool:
    """ "after the assassination of senator X", "The killing came two weeks after the truck
    attack in Nice": a sentence that tells an attack only as history, every trigger of it
    either judged historical or a generic word beside one, or dated years before."""
    if not any(v == "historical" for _, v in verdicts):
        return False
    if not usable or all(t.generic for t, _ in usable):
        return True
    return _told_of_past_years(ctx, sentence, usable)


def _told_of_past_years(
    ctx: DocContext, sentence: Sentence, usable: list[tuple[Trigger, str]]
) -> bool:
    """ "his fighters shot the schoolgirl in 2012, and he led the group when gunmen killed
    more than 140 people at a school in Peshawar in December 2014": a sentence whose every
    date lies a year or more before the article, one of whose attacks is history, tells
    history with all of them, unless another has a date of its own or the sentence measures
    a new attack against the old one ("the deadliest since 2014")."""
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None or not sentence.dates or attack_lexicon().historical.search(sentence.text):
        return False
    for _start, _end, span, _ent in sentence.dates:
        end = span.start if is_period(span) else span.end
        if not end or (anchor - date.fromisoformat(end)).days < 365:
            return False
    tokens = [t for t in (_token_at(sentence, tr.start) for tr, _ in usable) if t is not None]
    return not any(hanging_off(sentence.dates, [tok]) for tok in tokens)


def _a_cornered_mans_death(
    sentence: Sentence, triggers: list[Trigger], counts: dict, lex: AttackLexicon
) -> bool:
    """ "his predecessor blew himself up during a U.S. raid", "Shekau killed himself by
    detonating explosives after being cornered by the rival group's fighters": a man who
    killed himself, hurting no one else, as others closed in on him, made no attack."""
    if counts["wounded"] or any((c.quantity.min or 0) > 1 for c in counts["killed"]):
        return False
    if not lex.cornered.search(sentence.text):
        return False
    for trigger in triggers:
        tok = _token_at(sentence, trigger.start)
        if tok is None:
            continue
        verb = tok if _is_verb(tok) else tok.head
        if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in verb.children):
            return True
    return False


_REFLEXIVE = frozenset({"himself", "herself", "themselves"})


def _about_a_possible_attack(
    sentence: Sentence, triggers: list[Trigger], lex: AttackLexicon
) -> bool:
    """ "Officials warned that the group was planning attacks on hotels": an attack not (yet)
    done stays, as speculative, unless the sentence tells something else: a plan in an arrest
    or a charge ("arrested two men suspected of planning an attack": the arrest's record), a
    call to attack (the threat's), revenge vowed, or a condition ("operations would continue
    until the last of them was killed")."""
    threatened = 0
    for trigger in triggers:
        tok = _token_at(sentence, trigger.start)
        if tok is None:
            continue
        if _a_threatened_act(tok):
            threatened += 1  # "threatened to attack the troops if they stayed": no attack
            continue
        left = sentence.span.doc[max(sentence.span.start, tok.i - _LEFT_WORDS) : tok.i]
        lemmas = {t.lemma_.lower() for t in (*tok.ancestors, *left)}
        if lemmas & lex.not_possible_attack_lemmas:
            return False
        if _plan_told_as_over(tok, lex):
            return False
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "until the last of them surrendered or was killed"
        if any(c.dep_ == "mark" and c.lower_ in _UNTIL for c in (*tok.children, *clause.children)):
            return False  # "would quit the talks if its fighters were attacked": a condition
        if lemmas & lex.possible_attack_lemmas:
            return True
    return threatened < len(triggers)


def _plan_told_as_over(tok, lex: AttackLexicon) -> bool:
    """ "the cell had also been preparing an attack on the shrine", "the men had planned to
    bomb a concert": a plan told in the past perfect is one the news has overtaken (the
    plotters caught, the plot found), not an attack that may yet come. The attack that "had
    been planned since September" (the plan's subject) was done."""
    child = tok
    for plan in tok.ancestors:
        if (
            plan.lemma_.lower() in lex.possible_attack_lemmas
            and child.dep_ not in ("nsubj", "nsubjpass")
            and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in plan.children)
        ):
            return True
        child = plan
    return False


def _a_threatened_act(tok) -> bool:
    """ "threatened to attack foreign troops if they stayed": an act threatened on a condition
    is a demand (the threat extractor drops it too), not an attack; other triggers of the
    sentence may still tell an attack done. An act threatened outright stays speculative for
    the call-to-attack rule in ``extract/__init__.py`` (and MUC-4's keys code such threats)."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() != "threaten":
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for word in (tok, tok.head)
        for c in word.children
    )


_CONDITION_MARKS = frozenset({"if", "unless"})


# marks of a clause that only sets a condition or a limit
_UNTIL = frozenset({"until", "till", "unless", "if"})


# how many words before a trigger may say it is only a possible attack ("a possible attack")
_LEFT_WORDS = 6


def _weakened(trigger: Trigger) -> Trigger:
    return Trigger(trigger.subtype, trigger.start, trigger.end, trigger.text, True, False)


def _reduced_relative(sentence: Sentence, trigger: Trigger) -> bool:
    """ "as those in the bombs exploded in Gandhi Maidan": a phrase trigger of a noun and a verb
    ("bomb exploded") tells an explosion only when the noun is the verb's subject; otherwise
    the verb qualifies bombs known before, or the words are not one clause, and the phrase is
    only a weak trigger, in need of support."""
    if " " not in trigger.text:
        return False
    first, last = _token_at(sentence, trigger.start), _token_at(sentence, trigger.end - 1)
    if first is None or last is None or first.pos_ not in ("NOUN", "PROPN"):
        return False
    if not _is_verb(last):
        return False
    noun = first
    while noun.dep_ == "compound" and noun.head.i <= last.i and noun.head.i != noun.i:
        noun = noun.head
    return not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == last.i)


def _trigger(sentence: Sentence, m: re.Match, subtype: str, weak: bool, generic: bool) -> Trigger:
    return Trigger(
        subtype, sentence.start + m.start(), sentence.start + m.end(), m.group(), weak, generic
    )


def _inside_name(sentence: Sentence, trigger: Trigger) -> bool:
    """ "Bomb Disposal Unit", "Rocket Force": a trigger inside an organisation's name."""
    for ent in sentence.ents:
        if (
            ent.label_ in ("ORG", GROUP_LABEL, "WORK_OF_ART", "LAW", "PRODUCT")
            and ent.start_char <= trigger.start
            and trigger.end <= ent.end_char
            and (ent.end_char - ent.start_char) > (trigger.end - trigger.start)
        ):
            return True
    return False


def _verdict(ctx: DocContext, sentence: Sentence, trigger: Trigger, has_counts: bool) -> str:
    token = _token_at(sentence, trigger.start)
    if token is None:
        return "reported"
    years = _years_before_anchor(ctx, sentence, trigger)
    offset = trigger.start - sentence.start
    verdict = judge(token, sentence.text, offset, years)
    if _done_by_nobody(token):
        return "negated"
    head = _trigger_head(sentence, trigger)
    if verdict != "reported" and head is not None and head.i != token.i and head in token.ancestors:
        # "the dynamite charge was placed": the words of the trigger itself ("charge") are
        # not what governs it; its head is judged
        verdict = judge(head, sentence.text, offset, years)
    if (
        verdict == "historical"
        and token.pos_ in ("NOUN", "PROPN")  # the reaction's object: "condemned the murder"
        and _told_by_its_own_words(sentence, trigger)
    ):
        verdict = judge(token, sentence.text, offset, years, told_here=True)
    if (
        verdict in ("reported", "speculative")
        and token.pos_ in ("NOUN", "PROPN")
        and not has_counts
        and _after_an_attack_named_before(token)
    ):
        return "historical"  # "said last week, before the bombing, that he may have died"
    if (
        verdict == "reported"
        and token.pos_ in ("NOUN", "PROPN")
        and not has_counts
        and _recalled_in_passing(ctx, sentence, token)
    ):
        return "historical"
    return verdict


_NOBODY = frozenset({"nobody", "none", "noone", "no-one"})


def _done_by_nobody(token) -> bool:
    """ "Nobody is bombing the city except the drones", "no one attacked the convoy": a verb
    trigger whose subject is nobody tells no attack."""
    if not _is_verb(token):
        return False
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        if subject.lower_ in _NOBODY:
            return True
        if subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children):
            return True
    return False


# role words that tell an attack itself, not only refer to it: whom it hurt, who did it
_TELLING_ROLES = frozenset({"victim", "perp_individual", "perp_org"})


def _told_by_its_own_words(sentence: Sentence, trigger: Trigger) -> bool:
    """ "condemned the murder of minister antonio rodriguez porth by urban guerrillas": the
    trigger's own words name whom it hurt or who did it."""
    return any(field in _TELLING_ROLES for field, _, _ in _role_words(sentence, [trigger], False))


def _recalled_in_passing(ctx: DocContext, sentence: Sentence, token) -> bool:
    """ "last month's suicide bombing", "the 2015 Paris attacks", "after the truck attack in
    Nice": an earlier attack named in
    passing, with no details of its own, is background, not this article's report."""
    if _after_an_attack_named_before(token):
        return True  # "two weeks after the truck attack in Nice"
    attached = hanging_off(sentence.dates, [token])
    anchor = ctx.document.anchor_for(sentence.start)
    for _, (_start, _end, span, ent) in attached:
        possessive = (
            ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"
        ) or ent.text.endswith("'s")
        if possessive and span.precision != "day":  # "last month's", not "Saturday's massacre"
            return True
        if anchor and span.end and (anchor - date.fromisoformat(span.end)).days > 10:
            return True
    return False


def _after_an_attack_named_before(token) -> bool:
    """ "two weeks after the truck attack in Nice", "before the bombing": an attack named,
    with "the", as the time of something else is known from before, not told here."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "truck" in "truck attack"
        noun = noun.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in attack_lexicon().background_prepositions
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    )


def _years_before_anchor(ctx: DocContext, sentence: Sentence, trigger: Trigger) -> int | None:
    token = _token_at(sentence, trigger.start)
    attached = hanging_off(sentence.dates, [token] if token is not None else [])
    date_span = min(attached, key=lambda a: a[0])[1][2] if attached else None
    anchor = ctx.document.anchor_for(sentence.start)
    if date_span is None or anchor is None or date_span.end is None:
        return None
    # "killed in attacks in France since January 2015": a tally reaching back years
    end = date.fromisoformat(date_span.start if is_period(date_span) else date_span.end)
    return (anchor - end).days // 365 if end < anchor else 0


def _token_at(sentence: Sentence, offset: int):
    """The token at ``offset`` (or the first one after it) inside the sentence."""
    if not sentence.start <= offset < sentence.end:
        return None
    hit = sentence.span.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if hit is not None:
        return hit[0]
    for tok in sentence.span:
        if tok.idx <= offset < tok.idx + len(tok.text):
            return tok
        if tok.idx > offset:
            return tok
    return None


_KILL_LEMMAS = frozenset(
    {
        "kill",
        "die",
        "slay",
        "murder",
        "execute",
        "behead",
        "shoot",
        "neutralise",
        "neutralize",
        "eliminate",
        "wound",
        "injure",
        "arrest",
        "capture",
    }
)


def _generic_plural(sentence: Sentence, trigger: Trigger) -> bool:
    """ "claims celebrating attacks on government forces": attacks in general, not an incident.

    A plural noun trigger with no day or week hanging off it and no casualty count names a
    kind of act or a tally ("1,112 martyrdom operations in 2016"), not one incident.
    """
    first = _token_at(sentence, trigger.start)
    if (
        first is not None
        and first.i != _token_at(sentence, trigger.end - 1).i
        and _is_verb(first)
        and first.dep_ not in ("amod", "compound", "nmod")  # not "improvised explosive devices"
    ):
        # "was riddled with bullets": a verb phrase tells one act, unless a witness describes
        # a habit ('"they planted bombs in refrigerators, in doorways," the colonel said')
        return _a_quoted_habit(sentence, first, _token_at(sentence, trigger.end - 1))
    tok = _trigger_head(sentence, trigger)
    if tok is None or tok.tag_ not in ("NNS", "NNPS"):
        return False  # "set off bombs", "the explosion of two bombs": one act
    if _a_few_done(tok):
        return False  # "guerrillas launched two bombs against a dealership": one act
    attached = hanging_off(sentence.dates, [tok])
    return not any(item[2].precision in ("day", "week") for _, item in attached)


def _a_quoted_habit(sentence: Sentence, verb, thing) -> bool:
    """A quoted verb done to things in the bare plural (no number, no article), on no day,
    describes what a side used to do, not one attack: '"Every house was a trap; they planted
    bombs in refrigerators, in doorways, under the stairs," said the colonel'."""
    if not _quoted(verb) or thing.tag_ not in ("NNS", "NNPS") or thing.head.i != verb.i:
        return False
    if any(c.dep_ in ("det", "nummod", "poss") for c in thing.children):
        return False
    return not hanging_off(sentence.dates, [verb])


# how many things, at most, one act may use ("hurled three bombs"); more is a tally
_FEW = 10


def _a_few_done(tok) -> bool:
    """ "guerrillas launched two bombs": a few things counted that someone used, told by a verb
    of attack in the past, are one act, not a kind of act."""
    counted = [c for c in tok.children if c.dep_ == "nummod"]
    if not counted:
        return False
    quantity = parse_quantity(None, counted[0].text)
    if quantity is None or quantity.max is None or quantity.max > _FEW:
        return False
    verb, roles = tok.head, role_lexicon()
    return (
        tok.dep_ == "dobj"
        and verb.tag_ in ("VBD", "VBN")
        and (_is(verb, roles.light_verbs) or _is(verb, roles.harm_verbs))
        and not _is(verb, roles.weapon_not_used_verbs)  # "recovered two IEDs"
        and any(c.dep_ == "nsubj" for c in verb.children)  # someone did it
    )


def _trigger_head(sentence: Sentence, trigger: Trigger):
    """The word of a trigger the others hang off ("attacks" of "gun attacks", "explosion" of
    "explosion of two bombs"), or its last word when the parse joins them otherwise."""
    last = _token_at(sentence, trigger.end - 1)
    first = _token_at(sentence, trigger.start)
    if first is None or last is None:
        return last
    inside = [t for t in sentence.span.doc[first.i : last.i + 1]]
    # a root inside the trigger is no head here: "a suicide bomber killed" keeps its last word
    # (a root taken as the head moved one attack's day to the story's "this week")
    heads = [t for t in inside if not (first.i <= t.head.i <= last.i)]
    return heads[0] if len(heads) == 1 else last


def _only_militants_killed(sentence: Sentence, counts: dict, lex: AttackLexicon) -> bool:
    """ "50,000 Islamic State fighters had been killed": the toll of a war on the group."""
    killed = counts["killed"]
    if not killed or counts["wounded"] or counts["abducted"]:
        return False
    return all(_counts_militants(sentence, c, lex) for c in killed)


# spans of time a campaign is counted in ("two years of bombing", "months of shelling")
_CAMPAIGN_SPANS = frozenset({"month", "year", "decade"})


def _a_campaign(sentence: Sentence, trigger: Trigger) -> bool:
    """ "45,000 of its fighters had been killed in two years of bombing": a trigger counted
    in months or years is a campaign, not one attack."""
    tok = _trigger_head(sentence, trigger)
    return (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in _CAMPAIGN_SPANS
    )


def _a_killing_word(trigger: Trigger, lex: AttackLexicon) -> bool:
    """A generic killing word, also when a subtype's list holds it too ("shot dead")."""
    return trigger.generic or bool(lex.generic.fullmatch(trigger.text))


@cache
def _militant_lemmas() -> frozenset[str]:
    return frozenset(load_toml("attacks.toml")["cues"]["militant_lemmas"])


def _kills_only_militants(sentence: Sentence, chosen: list[tuple[Trigger, str]]) -> bool:
    """ "Mozambique says it has killed the insurgent commander", "a third fighter was killed",
    "also killed X, a militant from Kashmir", "killed Islamic State's operations chief": a
    killing word whose every victim is a militant (by its noun, by a militant or group word
    before it, or by its apposition) tells an operation against the group or a leader's
    death, not an attack. Fighting between armed groups ("killed by a rival faction") and
    a killer named as one ("militants killed a Taliban commander") stay attacks."""
    cues = load_toml("attacks.toml")["cues"]
    if any(t.lemma_.lower() in cues["infighting_words"] for t in sentence.span):
        return False
    for trigger, _ in chosen:
        tok = _token_at(sentence, trigger.start)
        if tok is None or not _is_verb(tok):
            return False
        victims = _with_conjuncts([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
        if not victims or not all(_a_militant(v) or _a_groups_man(v) for v in victims):
            return False
        if any(_a_militant(d) for d in _killers(tok)):
            return False
    return True


def _killers(verb) -> list:
    """The doers a killing verb names: its subject, or the agent of its passive."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        doers += [c for c in agent.children if c.dep_ == "pobj"]
    return doers


def _a_militant(tok) -> bool:
    words = [tok, *(c for c in tok.children if c.dep_ in ("amod", "compound", "appos", "poss"))]
    return any(w.lemma_.lower() in _militant_lemmas() or w.ent_type_ == GROUP_LABEL for w in words)


def _a_groups_man(tok) -> bool:
    """A victim named as the group's leader ("its previous chief", "his predecessor") or by
    an apposition whose own words say he is a militant ("Hidma, the Maoist guerrilla
    commander")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    modifiers = [
        c for w in words if w.dep_ == "appos" for c in w.children if c.dep_ in ("amod", "compound")
    ]
    if any(m.lemma_.lower() in _militant_lemmas() for m in modifiers):
        return True
    return any(_a_groups_leader(w) for w in words)


def _a_groups_leader(tok) -> bool:
    """ "his predecessor", "its previous chief", "the commander of Jaysh al-Islam": a leader
    of the group the article is about (by its possessive pronoun or the group's name), not
    a police chief or an army commander."""
    if tok.lemma_.lower() not in _cue_words("group_leader_lemmas"):
        return False
    if any(c.dep_ == "compound" for c in tok.children):
        return False  # "the police chief", "an army commander"
    for child in tok.children:
        if child.dep_ == "poss" and (
            child.lower_ in ("its", "his", "their") or child.ent_type_ == GROUP_LABEL
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(t.ent_type_ == GROUP_LABEL for t in child.subtree)
        ):
            return True
    return False


def _counts_militants(sentence: Sentence, count, lex: AttackLexicon) -> bool:
    """The count is of militants ("two militants", "23 Taliban fighters"), not of victims."""
    around = sentence.text[count.end : count.end + 40]
    if re.match(r"\s*of them\b", around) and lex.perpetrator_nouns.search(
        sentence.text[: count.start]
    ):
        return True  # "pursued the attackers and killed about twenty of them"
    return bool(
        lex.militant_victims.match(around.strip())
        or re.match(
            r"\s*(?:(?!by\b)[\w'-]+\s+){0,3}(?:fighters|militants|insurgents|jihadists|terrorists|"
            r"(?:suicide )?bombers|attackers|assailants|gunmen)\b",
            around,
            re.I,
        )
    )


def _is_victim(sentence: Sentence, offset: int) -> bool:
    """ "five militants were killed": the armed noun is who died, not who attacked."""
    tok = _token_at(sentence, offset)
    if tok is None:
        return False
    head = tok.head
    if tok.dep_ in ("nsubjpass", "dobj") and head.lemma_ in _KILL_LEMMAS:
        return True
    if tok.dep_ == "nsubj" and head.lemma_ == "die":
        return True
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_ in {"killing", "death", "body", "arrest", "surrender"}
    )


def _done_by_state(
    sentence: Sentence, triggers: list[Trigger], lex: AttackLexicon, groups: list, perp_nouns: list
) -> bool:
    """Killings whose doers are all state forces, or whose victims are the militants themselves.

    "A man attacked people ... before police shot him dead" stays an attack: one trigger's
    doer is not a state force.
    """
    if _against_civilians(sentence, lex):
        return False  # "soldiers massacred six Jesuit priests": violence against civilians
    if _struck_by_state_aircraft(sentence, triggers, lex):
        return True  # "air strikes had killed the leader", "a drone had fired two missiles"
    own_doers = [_own_doer(sentence, t, lex) for t in triggers]
    if all(own_doers) and all(_state_words(d, lex) for d in own_doers if d):
        return True  # "Troops stormed a Boko Haram camp", "police arrested ... in a raid"
    doers = [d for d in (_doer(sentence, t) for t in triggers) if d]
    if doers:
        if not all(_state_words(d, lex) for d in doers):
            return False
        if groups or perp_nouns:
            return bool(lex.militant_victims.search(sentence.text))
        return True
    if groups or perp_nouns:
        return False
    return _from_the_air(sentence)


def _without_the_states_acts(
    sentence: Sentence, triggers: list[Trigger], lex: AttackLexicon
) -> list[Trigger]:
    """ "police shot dead X, whom officials accuse of planning last month's massacre", "Kenyan
    warplanes bombed two camps, a response to the massacre at a university": the triggers
    whose own doer is a state force tell the state's act (the operations extractor's); the
    sentence is read on its other triggers, less the killings told as that act's outcome
    ("two men were killed when officers stormed the building"), if any. Killings of
    civilians stay attacks."""
    judicial = [t for t in triggers if _a_judicial_execution(sentence, t, lex)]
    triggers = [t for t in triggers if t not in judicial]
    states = [t for t in triggers if _done_by_state_forces(sentence, t, lex)]
    if not states or _against_civilians(sentence, lex):
        return triggers
    acts = {tok.i for t in states if (tok := _token_at(sentence, t.start)) is not None}
    return [
        t
        for t in triggers
        if t not in states and not (t.generic and _an_outcome_of(sentence, t, acts))
    ]


def _a_judicial_execution(sentence: Sentence, trigger: Trigger, lex: AttackLexicon) -> bool:
    """ "The authorities executed 12 men convicted of terrorism", "Iraq executed 36 men on
    Sunday": a death sentence carried out by a state, whose doer is a country, an authority
    or a court, or whose condemned are told as convicted; no attack."""
    if trigger.subtype != "execution":
        return False
    tok = _token_at(sentence, trigger.start)
    if tok is None or not _is_verb(tok):
        return False
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    state = doer is not None and (
        doer.ent_type_ == "GPE"
        or doer.lemma_.lower() in lex.judicial_doers
        or _state_words(doer.text, lex)
    )
    condemned = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    convicted = condemned is not None and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.verdict_verbs
        for c in condemned.children
    )
    return state or convicted


def _done_by_state_forces(sentence: Sentence, trigger: Trigger, lex: AttackLexicon) -> bool:
    doer = _own_doer(sentence, trigger, lex)
    return doer is not None and _state_words(doer, lex)


# how a killing and the act it came of are joined ("killed when officers stormed", "stormed
# the house, killing three", "raided the camp and killed five")
_OUTCOME_LINKS = frozenset({"advcl", "conj", "xcomp"})


def _an_outcome_of(sentence: Sentence, trigger: Trigger, acts: set[int]) -> bool:
    """The killing word is joined, as its clause's verb, to the verb of one of ``acts``."""
    tok = _token_at(sentence, trigger.start)
    if tok is None or not _is_verb(tok):
        return False
    if tok.dep_ in _OUTCOME_LINKS and tok.head.i in acts:
        return True
    return any(c.dep_ in _OUTCOME_LINKS and c.i in acts for c in tok.children)


def _struck_by_state_aircraft(
    sentence: Sentence, triggers: list[Trigger], lex: AttackLexicon
) -> bool:
    """ "the military said air strikes south of al-Arish had killed the leader", "residents
    said a drone had fired two missiles at a group of men, killing three": killings whose doer
    is an aircraft (an armed drone that fires), and no sure attack word besides, are a strike
    of the state, whoever the dead were. An aircraft flown as a bomb ("an explosives-laden
    drone") or named as a group's is an attack."""
    if any(not t.weak and not t.generic for t in triggers):
        return False
    aerial = False
    for trigger in triggers:
        tok = _token_at(sentence, trigger.start)
        if tok is None:
            continue
        verb = tok if _is_verb(tok) else tok.head
        doer = _doer(sentence, trigger)
        if doer is not None and _names_an_armed_band(doer, sentence, lex):
            return False
        words = [w for w in (doer, _clause_opening(verb)) if w]
        if any(_an_aircraft_of_the_state(w, verb) for w in words):
            aerial = True
    return aerial


def _names_an_armed_band(words: str, sentence: Sentence, lex: AttackLexicon) -> bool:
    groups = [e.text for e in sentence.ents if e.label_ == GROUP_LABEL]
    return bool(lex.perpetrator_nouns.search(words)) or any(g in words for g in groups)


def _an_aircraft_of_the_state(words: str, verb) -> bool:
    if _cue_pattern("flown_as_bombs").search(words):
        return False
    if _cue_pattern("aircraft_doers").search(words):
        return True
    return bool(_cue_pattern("armed_drones").search(words)) and _fires(verb)


def _fires(verb) -> bool:
    """The verb, or the one it hangs off ("fired ..., killing three"), is a firing."""
    lemmas = _cue_words("firing_lemmas")
    return verb.lemma_.lower() in lemmas or (
        verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.lemma_.lower() in lemmas
    )


# words a clause may open with before its subject ("that air strikes ...")
_CLAUSE_OPENERS = frozenset({"mark", "punct", "advmod", "cc"})
# words that end a clause's opening noun phrase (a verb may be a noun the tagger misread:
# "strikes" of "air strikes south of the city had killed")
_NOT_SUBJECT_WORDS = frozenset({"ADP", "AUX", "ADV", "CCONJ", "SCONJ", "PART", "PRON", "PUNCT"})
_OPENING_WORDS = 4


def _clause_opening(verb) -> str | None:
    """The noun phrase a verb's clause opens with, read off the words, not the parse: "air
    strikes" of "that air strikes south and southeast of the city had killed", which the parse
    may break into pieces."""
    clause = verb
    while clause.dep_ in ("conj", "dep") and clause.head.i != clause.i:
        clause = clause.head
    words = []
    for tok in clause.doc[clause.left_edge.i : verb.i]:
        if not words and tok.dep_ in _CLAUSE_OPENERS:
            continue
        if (tok.pos_ in _NOT_SUBJECT_WORDS and tok.text != "-") or len(words) == _OPENING_WORDS:
            break
        words.append(tok.text)
    return " ".join(words) or None


def _civilians_killed_by_the_state(
    sentence: Sentence, triggers: list[Trigger], lex: AttackLexicon
) -> bool:
    """ "military patrols killed three journalists": no accident, since the killers are said
    and are armed; the state's killing of civilians is an attack on them."""
    doers = [d for d in (_doer(sentence, t) for t in triggers) if d]
    return (
        bool(doers)
        and _against_civilians(sentence, lex)
        and all(lex.state_forces.search(d) for d in doers)
    )


def _from_the_air(sentence: Sentence) -> bool:
    return bool(
        re.search(
            r"\b(air ?strikes?|airstrikes?|warplanes?|coalition (?:jets|aircraft)|drones?|"
            r"shelling|artillery|bombardment)\b",
            sentence.text,
            re.I,
        )
    )


def _against_civilians(sentence: Sentence, lex: AttackLexicon) -> bool:
    """Civilians killed, massacred or abducted, and no militant among the dead: whoever did
    it, an attack on civilians (not a strike or a raid, which names its target)."""
    harm = lex.civilian_harm.search(sentence.text)
    if harm is None or lex.militant_victims.search(sentence.text):
        return False
    if _from_the_air(sentence):
        return False  # an airstrike that killed civilians is still the strike
    return bool(lex.civilian_victims.search(sentence.text))


def _state_words(doer: str, lex: AttackLexicon) -> bool:
    """Whether a doer's words name state forces: "commandos", but not "guerrilla urban
    commandos", whose attacker noun says whose they are (an "anti-terrorist unit" is the
    state's)."""
    doer = _without_armed_groups_names(doer, lex)
    states = list(lex.state_forces.finditer(doer))
    if not states:
        return False
    head = states[-1]
    if _ends_in_attacker_noun(doer[head.end() :], lex):
        return False  # "Garo National Liberation Army militants": the band's men, named after it
    if head.end() != len(doer.rstrip()):
        return True  # the state word is not the phrase's head: the phrase is no band's name
    return not any(
        m.end() <= head.start() and (m.start() == 0 or doer[m.start() - 1] != "-")
        for m in lex.perpetrator_nouns.finditer(doer)
    )


@cache
def _armed_groups_with_state_words() -> re.Pattern | None:
    """Known armed groups whose names hold a state force's word: "New People's Army",
    "Balochistan Liberation Army", "Army of Justice"."""
    lex = attack_lexicon()
    names = [
        alias
        for named in group_lexicon().entries.values()
        if named.type != "person"
        for alias in named.aliases
        if len(alias) > 4 and lex.state_forces.search(alias)
    ]
    if not names:
        return None
    return alternation([re.escape(n) for n in set(names)])


def _without_armed_groups_names(words: str, lex: AttackLexicon) -> str:
    """The words with known armed groups' names put as "group", so the "Army" of the "New
    People's Army" is never taken for the state's army."""
    names = _armed_groups_with_state_words()
    if names is None:
        return words
    glued = re.sub(r"\s+(?=['’]s\b)|(?<=\w)\s+(?=-)|(?<=-)\s+", "", words)  # "People 's" of tokens
    return names.sub("group", glued) if names.search(glued) else words


def _ends_in_attacker_noun(tail: str, lex: AttackLexicon) -> bool:
    nouns = list(lex.perpetrator_nouns.finditer(tail))
    return bool(nouns) and nouns[-1].end() == len(tail.rstrip())


def _names_state_forces(words: str, lex: AttackLexicon) -> bool:
    return bool(lex.state_forces.search(_without_armed_groups_names(words, lex)))


# the words of a raid or an assault a state's act is done in ("arrested three men in a raid")
_ACT_PREPOSITIONS = frozenset({"in", "during"})


def _own_doer(sentence: Sentence, trigger: Trigger, lex: AttackLexicon) -> str | None:
    """Who did the trigger's act, when the parse says so of the act itself: the subject of a
    verb trigger ("troops stormed"), of the verb that carried out a noun trigger ("they staged
    a raid"), or of the verb done in it ("police arrested three men in a raid"); the strike
    or raid a passive killing was done in ("was killed in an American drone strike"); the
    country that a noun trigger is of ("a U.S. drone attack"). Not the subject of a verb that
    merely meets the act ("soldiers repelled an attack")."""
    tok = _token_at(sentence, trigger.start)
    if tok is None:
        return None
    if _is_verb(tok):
        agents = _agents(tok)  # "killed by unknown assailants in the police headquarters"
        if agents:
            agent = " ".join(t.text for t in agents[0].subtree if t.i <= agents[0].i)
            if _a_countrys_drone(agents[0], agent):
                return _STATE
            if not _names_state_forces(agent, lex):
                return agent
        # a passive killing's strike comes first: the subject _doer climbs to from it is the
        # clause's above ("X took over after his predecessor was killed in a U.S. strike")
        done_in = _done_in(tok, lex) or _done_when_the_state_struck(tok, lex)
        if done_in is not None:
            return done_in
        return _doer(sentence, trigger) or _misread_subject(tok)
    tok = _trigger_head(sentence, trigger) or tok  # "attack" of "drone attack"
    countries = [
        c
        for c in tok.children
        if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in _COUNTRY
    ]
    # "its men had repelled an army attack": a state's force names the doer of an attack (a
    # "police raid" that ends in a gunfight is still the clash SATP codes)
    named = tok.lemma_.lower() in _cue_words("state_named_attacks")
    forces = [
        c
        for c in tok.children
        if named
        and c.i < tok.i
        and c.dep_ in ("compound", "amod")
        and c.lower_ in _cue_words("state_force_modifiers")
    ]
    if countries or forces:
        return _STATE
    blamed = _blamed_for(tok)
    if blamed is not None:
        return blamed
    roles = role_lexicon()
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _ACT_PREPOSITIONS:
        head = _told_clause(_verb_above_taken(head.head), tok)
    elif not (tok.dep_ == "dobj" and (_is(head, roles.light_verbs) or _fired(head))):
        return None
    if not _is_verb(head) or _is(head, roles.suffer_verbs):
        return None  # "five soldiers died in an attack"
    subjects = _shared_subjects(head)
    if not subjects:
        return None  # "soldiers were killed in an attack": no doer said
    subject = subjects[0]
    if any(t.ent_type_ == GROUP_LABEL or t.is_quote for t in subject.subtree):
        return None  # two "soldiers" of the organisation, the group's own word for its men
    return " ".join(t.text for t in subject.subtree if t.i <= subject.i or t.dep_ == "compound")


def _told_clause(verb, tok):
    """ "Police have arrested X ... in a raid on a house, the force said": the parse may hang
    the raid on the saying after it; the act is the clause told."""
    if verb.lemma_.lower() not in SAYING_VERBS:
        return verb
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i and _is_verb(c)]
    return told[-1] if told else verb


def _verb_above_taken(word):
    """ "arrested X, the leader of Y, and five other men in a raid": the parse may hang the
    raid on the last of the people taken; the act is the verb that took them."""
    for _ in range(3):
        if _is_verb(word) or word.dep_ not in ("conj", "appos", "dobj", "nsubjpass"):
            return word
        word = word.head
    return word


def _shared_subjects(verb) -> list:
    """The verb's subject, or the one it shares as the second of two verbs: "special forces
    killed three militants and detained two others in a night raid"."""
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subjects
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []
        verb = verb.head


def _a_countrys_drone(agent, words: str) -> bool:
    """ "was killed by a U.S. drone", "killed by an American drone": a drone named by the
    country that flies it is the state's (a group's drone flown as a bomb is not)."""
    if not _cue_pattern("armed_drones").search(agent.text):
        return False
    if _cue_pattern("flown_as_bombs").search(words):
        return False
    return any(
        c.ent_type_ in _COUNTRY
        for c in agent.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < agent.i
    )


def _fired(verb) -> bool:
    """ "the Revolutionary Guards fired ballistic missiles at positions": whoever fires a
    munition is the doer of what it does."""
    return verb.lemma_.lower() in _cue_words("firing_lemmas")


def _blamed_for(tok) -> str | None:
    """ "blaming Colombian special forces for an ambush", "accused the army of the massacre":
    whom the sentence's teller blames for a noun trigger is the act's doer, as told."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in _cue_words("blaming_lemmas"):
        return None
    blamed = [c for c in verb.children if c.dep_ == "dobj"]
    if not blamed:
        return None
    return " ".join(t.text for t in blamed[0].subtree if t.i <= blamed[0].i)


# what a noun trigger's country modifier says: a state did it ("a U.S. drone attack")
_COUNTRY = frozenset({"GPE", "NORP"})
_STATE = "state forces"


def _misread_subject(verb) -> str | None:
    """ "Indian artillery fire across the border killed 9 people", parsed as if "killed"
    qualified the fire: a verb hung off a noun that still has an object of its own is that
    noun's act (a passive participle has none)."""
    if verb.dep_ != "acl" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    noun = verb.head
    return " ".join(t.text for t in noun.subtree if t.i <= noun.i)


def _done_in(verb, lex: AttackLexicon) -> str | None:
    """ "was killed in an American drone strike", "died in a gunfight with security forces":
    the state's strike or fight a passive killing was done in, when it names no armed group
    or attacker."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for prep in _prepositions_of(verb):
        if prep.lower_ not in _ACT_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = " ".join(t.text for t in obj.subtree)
            armed = any(t.ent_type_ == GROUP_LABEL for t in obj.subtree)
            if armed or lex.perpetrator_nouns.search(words):
                continue
            if lex.state_forces.search(words):
                return words
            if _a_countrys_strike(obj):
                return _STATE
    return None


def _done_when_the_state_struck(verb, lex: AttackLexicon) -> str | None:
    """ "was killed on Friday when warplanes struck a meeting", "died as troops stormed the
    house": a passive killing (or a death) told by the clause of the act it came of, when
    that act's doer is a state force or its aircraft."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in clause.children
        ):
            continue
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            words = " ".join(t.text for t in subject.subtree if t.i <= subject.i)
            if _names_state_forces(words, lex) or _cue_pattern("aircraft_doers").fullmatch(words):
                return words
    return None


def _prepositions_of(verb, depth: int = 3) -> list:
    """The verb's prepositions, and those hung off their objects ("was killed along with 10
    of his fighters in joint strikes": the parse hangs "in" off "fighters")."""
    found, level = [], [verb]
    for _ in range(depth):
        preps = [c for tok in level for c in tok.children if c.dep_ == "prep"]
        found += preps
        level = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return found


def _a_countrys_strike(noun) -> bool:
    """ "joint Afghan and American strikes", "an Israeli raid": a strike or raid named by the
    country (or countries) that made it is the state's act."""
    if noun.lemma_.lower() not in _cue_words("state_strike_nouns"):
        return False
    modifiers = [
        c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
    ]
    modifiers += [c for m in modifiers for c in m.conjuncts]
    return any(m.ent_type_ in _COUNTRY for m in modifiers)


def _doer(sentence: Sentence, trigger: Trigger) -> str | None:
    """Subject (or "by" agent) of the trigger's verb, as text."""
    tok = _token_at(sentence, trigger.start)
    if tok is None:
        return None
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb is not tok and verb.lemma_.lower() in attack_lexicon().reaction_lemmas:
        return None  # "police are investigating the murder": they did not do it
    for _ in range(3):
        # the subject nearest the verb: a place mis-parsed as a second subject comes first
        # ("During an operation in X district, Y province, yesterday, a force killed ...")
        for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
            if child.dep_ in ("nsubj", "agent"):
                subject = child
                if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                    subject = verb.head  # "the drone strike that killed the general"
                subject = _reporter_for_pronoun(subject, verb)
                # the subject's own words, not what hangs after it ("an attack on a military base")
                return " ".join(
                    t.text for t in subject.subtree if t.i <= subject.i or t.dep_ == "compound"
                )
        if verb.dep_ not in ("conj", "dep", "advcl", "xcomp") or verb.head.i == verb.i:
            break
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            break  # "troopers died when their patrol was ambushed": the dead did not ambush
        verb = verb.head  # "burst in, took hostages and killed": the subject is shared
    return None


def _reporter_for_pronoun(subject, verb):
    """ "French and Malian forces say they have probably killed him": a pronoun subject of a
    clause told by a reporting verb stands for that verb's subject, the one who tells of its
    own deed."""
    if subject.lower_ not in _cue_words("reported_pronouns") or verb.dep_ != "ccomp":
        return subject
    if _quoted(verb) and subject.lower_ != "we":
        return subject  # '"they planted bombs in doorways," said the colonel': not he
    # the subject nearest the reporting verb: a dateline may be parsed as a second one
    tellers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    teller = min(tellers, key=lambda c: abs(c.i - verb.head.i), default=None)
    if teller is None or teller.pos_ == "PRON":
        return subject
    return teller


def _quoted(verb) -> bool:
    """The clause is quoted word for word ('"...," he said'), not told in reported speech."""
    return any(t.is_quote for t in verb.head.children) or any(t.is_quote for t in verb.subtree)


# --- fields ----------------------------------------------------------------------------------------


def _subtype(
    trigger: Trigger,
    triggers: list[Trigger],
    weapons: list[tuple[str, int, int, str]],
    sentence: Sentence,
    lex: AttackLexicon,
) -> str:
    subtype = trigger.subtype
    kinds = {w[0] for w in weapons}
    if subtype == "armed_assault" and (trigger.generic or trigger.weak):
        if "suicide_vest" in kinds:
            return "suicide_bombing"
        if kinds & {"vehicle_bomb", "explosives"} and "firearms" not in kinds:
            return "bombing"
        if "knife" in kinds and "firearms" not in kinds:
            return "stabbing"
        if "rockets_artillery" in kinds and "firearms" not in kinds:
            return "rocket_attack"
        if "drone" in kinds:
            return "drone_attack"
        if "incendiary" in kinds and "firearms" not in kinds:
            return "arson"
    return subtype


def _weapons(sentence: Sentence, lex: AttackLexicon) -> list[tuple[str, int, int, str]]:
    found: list[tuple[str, int, int, str]] = []
    for kind, pattern in lex.weapons.items():
        for m in pattern.finditer(sentence.text):
            if any(m.start() < e and s < m.end() for _, s, e, _ in found):
                continue
            found.append((kind, m.start(), m.end(), m.group()))
    return found


def _fill_weapons(mention: EventMention, weapons: list[tuple[str, int, int, str]]) -> None:
    base = mention.sentence.start
    for kind, s, e, text in weapons:
        if kind not in mention.weapons:
            mention.weapons.append(kind)
        mention.fields.append(FieldSpan("weapons", base + s, base + e, text))


def _fill_counts(mention: EventMention, sentence: Sentence, counts: dict) -> None:
    lex = attack_lexicon()
    for field in ("killed", "wounded", "abducted"):
        # attackers who die or are hurt are not the attack's victims
        victims = [
            c
            for c in counts[field]
            if field == "abducted" or not _counts_militants(sentence, c, lex)
        ]
        count = best_count(victims)
        if count is None:
            continue
        setattr(mention, field, Quantity(count.quantity.min, count.quantity.max))
        start = sentence.start + count.start
        mention.fields.append(
            FieldSpan(
                field, start, sentence.start + count.end, sentence.text[count.start : count.end]
            )
        )


def _group_mentions(sentence: Sentence) -> list:
    return [e for e in sentence.ents if e.label_ == GROUP_LABEL]


def _fill_actors(
    mention: EventMention, sentence: Sentence, groups: list, perp_nouns: list, lex: AttackLexicon
) -> None:
    lexicon = group_lexicon()
    for ent in groups:
        canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
        role = _group_role(sentence, ent)
        named = lexicon.get(canonical)
        actor_type = named.type if named and named.type != "person" else "armed_group"
        _add_actor(mention, Actor(ent.text, canonical, role, actor_type))
        mention.fields.append(FieldSpan("actors", ent.start_char, ent.end_char, ent.text))
        if role == "perpetrator" and mention.attribution == "unknown":
            mention.attribution = _attribution(sentence, lex)
    if not any(a.role == "perpetrator" for a in mention.actors):
        for m in perp_nouns[:1]:
            name = m.group()
            _add_actor(mention, Actor(name, None, "perpetrator", "armed_group"))
            mention.fields.append(
                FieldSpan("actors", sentence.start + m.start(), sentence.start + m.end(), name)
            )
    _fill_victims(mention, sentence, lex)


def _group_role(sentence: Sentence, ent) -> str:
    left = sentence.text[
        max(0, ent.start_char - sentence.start - 40) : ent.start_char - sentence.start
    ]
    if re.search(
        r"\b(against|targeting|fighting|battling|on|at|from|defectors from|rivals?)\s+(the\s+)?(?:\w+\s+)?$",
        left,
        re.I,
    ) and not re.search(r"\bby\s+(the\s+)?$", left, re.I):
        return "target"
    if _names_whom_it_hit(ent):
        return "target"
    return "perpetrator"


def _names_whom_it_hit(ent) -> bool:
    """ "A suicide bomber killed Taliban commander X", "gunmen shot dead a senior Hamas
    official", "the killing of an Islamic State commander": the group names the side of the
    one hurt (the object of the harm), not the doer."""
    roles = role_lexicon()
    tok = ent.root
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head  # "a Taliban commander, Mullah X,"
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and _is_verb(head):
        return head.lemma_ in _KILL_LEMMAS or _is(head, roles.harm_verbs)
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_ in {"killing", "death", "murder", "assassination", "execution"}
    )


def _attribution(sentence: Sentence, lex: AttackLexicon) -> str:
    if lex.claims["claimed"].search(sentence.text):
        return "claimed"
    if lex.claims["suspected"].search(sentence.text) or re.search(
        r"\ballegedly\b", sentence.text, re.I
    ):
        return "suspected"
    return "attributed"


def _fill_victims(mention: EventMention, sentence: Sentence, lex: AttackLexicon) -> None:
    for field in ("killed", "wounded"):
        spans = [f for f in mention.fields if f.field == field]
        for f in spans:
            after = sentence.text[f.end - sentence.start : f.end - sentence.start + 40]
            before = sentence.text[max(0, f.start - sentence.start - 40) : f.start - sentence.start]
            for text_part, at_end in ((after, False), (before, True)):
                found = _victim_noun(text_part, lex, at_end)
                if found:
                    name, vtype = found
                    _add_actor(mention, Actor(name, None, "victim", vtype))
                    break


def _victim_noun(text: str, lex: AttackLexicon, at_end: bool) -> tuple[str, str] | None:
    words = text.strip().split()
    window = " ".join(words[-4:] if at_end else words[:4])
    best = None
    for vtype, pattern in lex.victims.items():
        for m in pattern.finditer(window):
            if best is None or (m.start() < best[0]) != at_end:
                best = (m.start(), m.group(), vtype)
    if best is None:
        return None
    vtype = {"state_force": "state_force", "government": "government"}.get(best[2], "civilians")
    return best[1], vtype


def _add_actor(mention: EventMention, actor: Actor) -> None:
    key = (actor.canonical or actor.name.lower(), actor.role)
    if all((a.canonical or a.name.lower(), a.role) != key for a in mention.actors):
        mention.actors.append(actor)


# --- claims in other sentences --------------------------------------------------------------------


def _attach_claims(ctx: DocContext, mentions: list[EventMention], lex: AttackLexicon) -> None:
    """ "IS claimed responsibility" in a later sentence belongs to the attack told before it."""
    if not mentions:
        return
    lexicon = group_lexicon()
    for sentence in ctx.sentences:
        claim = lex.claims["claimed"].search(sentence.text)
        if not claim:
            continue
        groups = _group_mentions(sentence) or _group_referred_to(ctx, sentence)
        if not groups:
            continue
        if re.search(
            r"\b(not|no|yet to|never|nobody|no one|has not|have not|denied)\b",
            sentence.text[: claim.start()][-30:],
            re.I,
        ):
            continue
        target = _nearest_mention(mentions, sentence.index)
        for ent in groups:
            canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
            if canonical not in target.claimed_by:
                target.claimed_by.append(canonical)
            target.attribution = "claimed"
            named = lexicon.get(canonical)
            actor_type = named.type if named and named.type != "person" else "armed_group"
            _add_actor(target, Actor(ent.text, canonical, "perpetrator", actor_type))
            target.fields.append(FieldSpan("claimed_by", ent.start_char, ent.end_char, ent.text))
        target.fields.append(
            FieldSpan(
                "attribution",
                sentence.start + claim.start(),
                sentence.start + claim.end(),
                claim.group(),
            )
        )
        if sentence.index != target.sentence_index:
            target.fields.append(FieldSpan("evidence", sentence.start, sentence.end, sentence.text))


_GROUP_ANAPHOR = re.compile(
    r"\b(the|this|that) (?:\w+ )?(group|organi[sz]ation|militants|jihadists|outfit|network|insurgents)\b|"
    r"\b(it|they)\b",
    re.I,
)


def _group_referred_to(ctx: DocContext, sentence: Sentence) -> list:
    """ "The group claimed it": the last group named before this sentence."""
    if not _GROUP_ANAPHOR.search(sentence.text):
        return []
    for earlier in reversed(ctx.sentences[: sentence.index]):
        groups = _group_mentions(earlier)
        if groups:
            return groups[-1:]
    return []


def _nearest_mention(mentions: list[EventMention], index: int) -> EventMention:
    before = [m for m in mentions if m.sentence_index <= index and m.certainty != "speculative"]
    if before:
        return max(before, key=lambda m: m.sentence_index)
    return min(mentions, key=lambda m: abs(m.sentence_index - index))


# --- role fillers, as printed ----------------------------------------------------------------
#
# The words that fill an attack's roles: who did it (perp_individual, perp_org), what it hit
# (target), whom it hurt, by name (victim), and with what (weapon). They are read off the parse
# around the trigger and the harm verbs of the sentence, with noun lists from attacks.toml, so
# that lower-case wire copy, where the entity recogniser fails, gives them too.


@dataclass(frozen=True)
class RoleLexicon:
    perpetrators: frozenset[str]
    people: frozenset[str]
    collectives: frozenset[str]
    attacker_collective_modifiers: frozenset[str]
    organisations: frozenset[str]
    state_modifiers: frozenset[str]
    referring_modifiers: frozenset[str]
    targets: frozenset[str]
    weapons: frozenset[str]
    weapons_needing_modifier: frozenset[str]
    weapon_modifiers: frozenset[str]
    weapon_not_used_verbs: frozenset[str]
    weapons_not_fillers: frozenset[str]
    weapon_passing_verbs: frozenset[str]
    weapon_of_attempt_verbs: frozenset[str]
    titles: frozenset[str]
    not_names: frozenset[str]
    light_verbs: frozenset[str]
    target_prepositions: frozenset[str]
    of_heads: frozenset[str]
    harm_verbs: frozenset[str]
    forces_heads: frozenset[str]
    forces_members: frozenset[str]
    forces_modifiers: re.Pattern
    war_machines: re.Pattern
    attacking_lemmas: frozenset[str]
    hedges: frozenset[str]
    victim_prepositions: frozenset[str]
    suffer_verbs: frozenset[str]
    victim_possessor_heads: frozenset[str]
    murder: re.Pattern
    claim_verbs: frozenset[str]
    blame_verbs: frozenset[str]
    answerable_words: frozenset[str]
    answerable_nouns: frozenset[str]
    harm_done_to_named: frozenset[str]
    harm_of_named: frozenset[str]
    attack_on_named: frozenset[str]
    accidental_deaths: re.Pattern


@cache
def role_lexicon() -> RoleLexicon:
    table = load_toml("attacks.toml")["roles"]

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in table[key])

    return RoleLexicon(
        perpetrators=words("perpetrator_heads"),
        people=words("people_heads"),
        collectives=words("collective_heads"),
        attacker_collective_modifiers=words("attacker_collective_modifiers"),
        organisations=words("organisation_heads"),
        state_modifiers=words("state_organisation_modifiers"),
        referring_modifiers=words("referring_modifiers"),
        targets=words("target_heads"),
        weapons=words("weapon_heads"),
        weapons_needing_modifier=words("weapon_heads_needing_modifier"),
        weapon_modifiers=words("weapon_modifiers"),
        weapon_not_used_verbs=words("weapon_not_used_verbs"),
        weapons_not_fillers=words("weapon_heads_not_fillers"),
        weapon_passing_verbs=words("weapon_passing_verbs"),
        weapon_of_attempt_verbs=words("weapon_of_attempt_verbs"),
        titles=words("titles"),
        not_names=words("not_names"),
        light_verbs=words("light_verbs"),
        target_prepositions=words("target_prepositions"),
        of_heads=words("of_heads"),
        harm_verbs=words("harm_verbs"),
        forces_heads=words("forces_heads"),
        forces_members=words("forces_members"),
        forces_modifiers=alternation(table["forces_modifiers"]),
        war_machines=alternation(table["war_machines"]),
        attacking_lemmas=words("attacking_lemmas"),
        hedges=words("hedges"),
        victim_prepositions=words("victim_prepositions"),
        suffer_verbs=words("suffer_verbs"),
        victim_possessor_heads=words("victim_possessor_heads"),
        murder=alternation(table["murder_words"]),
        claim_verbs=words("claim_verbs"),
        blame_verbs=words("blame_verbs"),
        answerable_words=words("answerable_words"),
        answerable_nouns=words("answerable_nouns"),
        harm_done_to_named=words("harm_done_to_named"),
        harm_of_named=words("harm_of_named"),
        attack_on_named=words("attack_on_named"),
        accidental_deaths=alternation(table["accidental_deaths"]),
    )


_NOUNS = ("NOUN", "PROPN")
_STOP_WORDS = frozenset(STOP_WORDS)
_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _is(tok, words: frozenset[str]) -> bool:
    """Whether a token is one of ``words``, as printed, by lemma, or in the plural (capitalised
    "Guerrillas" is tagged a proper noun, whose lemma keeps the plural)."""
    lower = tok.lower_
    return (
        lower in words
        or tok.lemma_.lower() in words
        or (lower.endswith("s") and lower[:-1] in words)
    )


RoleWord = tuple[str, int, int]  # field, start and end in the document


def _role_words(
    sentence: Sentence, triggers: list[Trigger], harm_verbs: bool = True
) -> list[RoleWord]:
    """The role fillers of a sentence's attack, read around its triggers and (unless told
    not to) its other harm verbs."""
    roles = role_lexicon()
    found: list[RoleWord] = []
    for anchor in _anchors(sentence, triggers, roles, harm_verbs):
        for doer in _doers(anchor, roles):
            found.extend(_doer_fillers(doer, sentence, roles))
        for patient in _patients(anchor, roles):
            found.extend(_patient_fillers(patient, sentence, roles))
    found.extend(_named_right_after_harm(found, sentence, roles))
    found.extend(_listed_after(found, sentence, roles))
    found.extend(_weapon_fillers(sentence, roles))
    return found


def _named_right_after_harm(
    found: list[RoleWord], sentence: Sentence, roles: RoleLexicon
) -> list[RoleWord]:
    """ "the front kidnapped eliecer ortiz, the mayor", "the murder of father juan lopez": a
    person's name printed right after a word of harm done to people (its object, or its "of"
    phrase) is the one harmed, even where the lower-case parse tags the verb an adjective or
    the name the root and so gives it no role. Names the parse already gave are left alone."""
    doc = sentence.span.doc
    taken = [(s, e) for _, s, e in found]
    out: list[RoleWord] = []
    for tok in sentence.span:
        i = _name_after_harm_word(tok, sentence.span.end, roles)
        if i is None:
            continue
        name = _titled_name_at(doc, i, sentence.span.end, roles)
        if name is None:
            continue
        start, end = _chars(doc, *name)
        if not any(s < end and start < e for s, e in taken):
            out.append(("victim", start, end))
            taken.append((start, end))
    return out


def _name_after_harm_word(tok, end: int, roles: RoleLexicon) -> int | None:
    """Where the name of whom ``tok`` harmed would begin: the next word after a past form of
    a verb of harm to people ("kidnapped", "shot dead"), or after the "of" of a noun of harm
    ("the assassination of", "the killing in lima of")."""
    doc = tok.doc
    i = tok.i + 1
    if tok.lower_ in roles.harm_done_to_named:
        if i < end and doc[i].lower_ in ("dead", "down"):
            i += 1
        return i if i < end else None
    if tok.lower_ in roles.harm_of_named:
        for j in range(i, min(i + 4, end - 1)):
            if doc[j].lower_ == "of":
                return j + 1
            if doc[j].text in (",", ";", "(") or _is_verb(doc[j]):
                return None
    return None


# an age before a name: "42-year-old", "42 years old" (not "one": "the murder of one x")
_AGE_BEFORE_NAME = re.compile(r"\d+\s*-?\s*years?\s*-?\s*old\b", re.I)


def _past_an_age(doc, i: int, end: int) -> int:
    """The word after the age that word ``i`` begins, or ``i`` when it begins none."""
    if i >= end or not doc[i].text[:1].isdigit():
        return i
    age = _AGE_BEFORE_NAME.match(doc_text(doc), doc[i].idx)
    if age is None:
        return i
    while i < end and doc[i].idx < age.end():
        i += 1
    return i


def _name_goes_on(doc, i: int, end: int, roles: RoleLexicon) -> bool:
    """Whether word ``i`` may still be part of the name before it: a word of letters that is
    no function word, entity of another kind, common noun of the role lists or verb form."""
    if i >= end:
        return False
    word = doc[i]
    return (
        _name_word(word)
        and not word.is_stop
        and word.ent_type_ in ("", "PERSON")
        and not _common_noun(word, roles)
        and not (_is_verb(word) and word.lemma_.lower() != word.lower_ and word.tag_ != "VBZ")
    )


def _is_office(tok, roles: RoleLexicon) -> bool:
    return _is(tok, roles.titles) and tok.lower_ not in _NOT_OFFICES


def _qualifies_an_office(doc, i: int, end: int, roles: RoleLexicon) -> bool:
    """ "political" of "colombian political leader", "and" of "senator and presidential
    candidate": an adjective or a conjunction before a word of office."""
    if doc[i].tag_ != "JJ" and doc[i].lower_ != "and":
        return False
    return i + 1 < end and (
        _is_office(doc[i + 1], roles) or (doc[i].lower_ == "and" and doc[i + 1].tag_ == "JJ")
    )


def _titled_name_at(doc, i: int, end: int, roles: RoleLexicon) -> tuple[int, int] | None:
    """First and last word of a person's name at word ``i``, after an age ("42-year-old") and
    titles: two words or more the recogniser takes for a person, or any name after a title."""
    i = _past_an_age(doc, i, end)
    titled = False
    while i < end and (_is_office(doc[i], roles) or _qualifies_an_office(doc, i, end, roles)):
        titled = titled or _is_office(doc[i], roles)
        i += 1
    plural_title = titled and doc[i - 1].lower_ not in roles.titles
    if i >= end or not _may_start_name(doc[i], roles) or doc[i].tag_ == "JJ":
        return None
    if _is_verb(doc[i]) and doc[i].lemma_.lower() != doc[i].lower_:
        return None  # "said", "died"; a name the lower-case copy tags a verb keeps its form
    last = _end_of_name(doc[i], doc[i], roles)
    words = list(doc[i : last.i + 1])
    if len(words) == 1 and (plural_title or _name_goes_on(doc, last.i + 1, end, roles)):
        # "brothers pedro, ...": a plural title goes before a list of full names;
        # "businessman naim | isaias": a name cut short by a misread word
        return None
    if titled or (len(words) >= 2 and any(t.ent_type_ == "PERSON" for t in words)):
        return i, last.i
    return None


# fields of people hurt, by name, that a list continues
_NAMED = frozenset({"victim", "forces_victim"})


def _listed_after(found: list[RoleWord], sentence: Sentence, roles: RoleLexicon) -> list[RoleWord]:
    """ "killing maria jacinta pulido, 42; pilar pulido, 19; ...", "jairo ortega; gustavo jacome
    quintero, ...": the names listed after a person hurt, which the parse of a long list
    (semicolons, ages) does not join to the first, are people hurt too."""
    doc = sentence.span.doc
    by_end = {doc.char_span(s, e, alignment_mode="expand"): f for f, s, e in found if f in _NAMED}
    out: list[RoleWord] = []
    for span, field in by_end.items():
        if span is None:
            continue
        i = span.end
        while True:
            name = _next_listed_name(doc, i, sentence.span.end, roles)
            if name is None:
                break
            first, last = name
            word = (field, doc[first].idx, doc[last].idx + len(doc[last].text))
            if word not in found and word not in out:
                out.append(word)
            i = last + 1
    return out


def _next_listed_name(doc, i: int, end: int, roles: RoleLexicon) -> tuple[int, int] | None:
    """First and last word of the name that the list goes on with at word ``i``: an age
    (", 42"), a separator (",", ";", "and"), titles, then two name words or more."""
    if i + 1 < end and doc[i].text == "," and doc[i + 1].like_num:
        i += 2  # ", 42": an age
    if i >= end or doc[i].text not in (",", ";", "and"):
        return None
    i += 1
    while i < end and doc[i].lower_ in ("and", ","):
        i += 1
    while i < end and _is(doc[i], roles.titles) and doc[i].lower_ not in _NOT_OFFICES:
        i += 1
    if i >= end or not _may_start_name(doc[i], roles):
        return None
    last = _end_of_name(doc[i], doc[i], roles)
    if last.i == i:
        return None  # a lone word is too often something else than a name
    return i, last.i


def _may_start_name(tok, roles: RoleLexicon) -> bool:
    return (
        _name_word(tok)
        and not tok.is_stop
        and not _common_noun(tok, roles)
        and not _is(tok, roles.titles)
        and tok.ent_type_ in ("", "PERSON")
    )


def _fill_role_words(mention: EventMention, sentence: Sentence, found: list[RoleWord]) -> None:
    known = {(f.field, f.start, f.end) for f in mention.fields}
    text = doc_text(sentence.span.doc)
    for field, start, end in found:
        if (field, start, end) not in known and start < end:
            known.add((field, start, end))
            mention.fields.append(FieldSpan(field, start, end, text[start:end]))


def _anchors(
    sentence: Sentence, triggers: list[Trigger], roles: RoleLexicon, harm_verbs: bool = True
) -> list:
    """The trigger words (a phrase's head: "bomb" of "car bomb") and the sentence's other
    harm verbs ("... and burned the facilities")."""
    anchors = []
    for trigger in triggers:
        tok = _token_at(sentence, trigger.start)
        while (
            tok is not None and tok.head.i != tok.i and trigger.start <= tok.head.idx < trigger.end
        ):
            if tok.dep_ not in ("compound", "amod", "prt", "dobj", "nummod"):
                break
            tok = tok.head
        if tok is not None and tok not in anchors:
            anchors.append(tok)
        head = _trigger_head(sentence, trigger)  # "planted" of "the bomb was planted"
        if head is not None and _is_verb(head) and head not in anchors:
            anchors.append(head)
    for tok in sentence.span if harm_verbs else ():
        if (
            tok.pos_ == "VERB"
            and (_is(tok, roles.harm_verbs) or _is(tok, roles.suffer_verbs))
            and tok not in anchors
        ):
            anchors.append(tok)
    return anchors


def _is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _with_conjuncts(tokens: list) -> list:
    """The words and those joined to them: "x, y and z", and the names a description gives in
    apposition ("a young couple, silvia azurdia and victor rodriguez")."""
    out = []
    for tok in tokens:
        appositions = [c for c in tok.children if c.dep_ == "appos"]
        for t in (tok, *tok.conjuncts, *(a for c in appositions for a in (c, *c.conjuncts))):
            if t not in out:
                out.append(t)
    return out


def _relative_head(tok, verb):
    """ "the mayor, who was kidnapped": the noun a relative pronoun stands for."""
    if tok.lower_ in _RELATIVE and verb.dep_ in ("relcl", "acl"):
        return verb.head
    return tok


def _doers(anchor, roles: RoleLexicon) -> list:
    """Who did what ``anchor`` tells: the active subject or "by" agent of a verb; the modifier
    ("guerrilla attack"), possessor or "by" phrase of a noun, or the subject of the verb that
    carried it out ("they staged an attack")."""
    found = []
    if _is_verb(anchor) and _is(anchor, roles.suffer_verbs):
        return []
    if _is_verb(anchor):
        verb = anchor
        for _ in range(3):
            for child in verb.children:
                if child.dep_ == "nsubj":
                    found.append(_relative_head(child, verb))
                elif child.dep_ == "agent":
                    found.extend(g for g in child.children if g.dep_ == "pobj")
            if found or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
                break
            if _passive(verb) or _is(verb.head, roles.suffer_verbs):
                break  # "35 people died and 50 were wounded": those who died did not wound
            verb = verb.head
        if not found and anchor.dep_ == "pcomp":
            found.extend(_blamed(anchor, roles))  # "blamed the rebels for killing ..."
    else:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                found.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ in ("acl", "relcl") and _is(child, roles.light_verbs):
                found.extend(_agents(child))  # "the murder perpetrated by presumed guerrillas"
        if anchor.dep_ == "dobj" and _is(anchor.head, roles.light_verbs):
            found.extend(_doers(anchor.head, roles))
        elif anchor.dep_ == "nsubjpass" and _is(anchor.head, roles.light_verbs):
            found.extend(_agents(anchor.head))  # "the attack was carried out by terrorists"
        elif anchor.dep_ == "pobj":
            found.extend(_blamed(anchor, roles))
        if not found:  # "a guerrilla attack", "the front's attack"
            found = [
                c
                for c in anchor.children
                if c.i < anchor.i
                and c.dep_ in ("compound", "amod", "poss", "nmod")
                and not (c.dep_ == "poss" and _is(anchor, roles.victim_possessor_heads))
            ]
    return _with_conjuncts(found)


def _passive(verb) -> bool:
    """A verb told in the passive, whose doer only its "by" phrase can name."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _agents(verb) -> list:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _blamed(anchor, roles: RoleLexicon) -> list:
    """ "blamed the guerrillas for the murder", "the front claimed responsibility for the
    attack", "the rebels are held responsible for the bombing": whom a verb of blame or claim,
    or a word of answerability, names as the doer of the attack it governs."""
    prep = anchor.head
    if prep.lower_ not in ("for", "in", "of"):
        return []
    verb = prep.head
    if verb.lower_ in ("responsibility", "credit") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "dobj" and _is(verb.head, roles.blame_verbs):
        return [verb]  # "accused the rebels of the murder": the parse hangs "of" on the object
    if _is(verb, roles.claim_verbs):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if _is(verb, roles.blame_verbs):
        blamed = [c for c in verb.children if c.dep_ == "dobj"]
        # "the rebels were blamed for the murder": the passive's subject is the one blamed
        return blamed or _subjects(verb, ("nsubjpass",))
    if prep.lower_ in ("for", "in"):
        return _answerable(verb, roles)
    return []


def _answerable(word, roles: RoleLexicon) -> list:
    """ "the rebels are responsible for the bombing", "soldiers were involved in the murder",
    "they took part in the raid", "the involvement of troops in the massacre": who answers
    for the attack that ``word``'s "for" or "in" phrase names."""
    if _is(word, roles.answerable_nouns) and word.pos_ == "NOUN":
        return [
            o
            for c in word.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]
    if _is_verb(word) and any(c.dep_ == "dobj" and c.lower_ == "part" for c in word.children):
        # "took part in": the parse hangs the prep on the verb
        return [] if _negated(word) else _subjects(word, ("nsubj",))
    if not _is(word, roles.answerable_words):
        return []
    if word.dep_ in ("acomp", "oprd", "xcomp") and word.head.i != word.i:
        if _negated(word):
            return []
        word = word.head  # "are responsible", "held responsible": the verb has the subject
    if _negated(word):
        return []  # "the army was not involved in the murder": no one named
    return _subjects(word, ("nsubj", "nsubjpass"))


def _negated(word) -> bool:
    return any(c.dep_ == "neg" for c in word.children)


def _subjects(verb, deps: tuple[str, ...]) -> list:
    """The subjects of ``verb`` of the given kinds, a relative pronoun standing for its noun."""
    return [_relative_head(c, verb) for c in verb.children if c.dep_ in deps]


def _patients(anchor, roles: RoleLexicon) -> list:
    """What ``anchor`` hit or hurt: a verb's object or passive subject, and the "on", "at",
    "against", "of" ... phrases of the verb or noun ("an attack on the embassy")."""
    found = []
    suffers = _is_verb(anchor) and _is(anchor, roles.suffer_verbs)
    if _is_verb(anchor) and anchor.dep_ == "acl" and anchor.tag_ == "VBN":
        found.append(anchor.head)  # "businessman michael reyff, kidnapped 11 days ago"
    for child in anchor.children:
        if (
            not _is_verb(anchor)
            and child.dep_ == "poss"
            and _is(anchor, roles.victim_possessor_heads)
        ):
            found.append(child)  # "magistrate carlos valencia garcia's murder"
        if _is_verb(anchor) and (
            child.dep_ in ("dobj", "nsubjpass") or (suffers and child.dep_ == "nsubj")
        ):
            found.append(_beyond_front(_relative_head(child, anchor)))
        elif child.dep_ == "prep" and child.lower_ in roles.target_prepositions:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.append(_beyond_front(obj))
    if not _is_verb(anchor) and anchor.dep_ == "dobj" and _is_verb(anchor.head):
        # "launched two bombs against a car dealership": what the verb of the weapon aimed at
        for child in anchor.head.children:
            if child.dep_ == "prep" and child.lower_ in _AIMED_AT:
                found.extend(_beyond_front(o) for o in child.children if o.dep_ == "pobj")
    return _with_conjuncts(found)


# prepositions that say at what a verb aimed its weapon ("hurled a grenade at the house")
_AIMED_AT = frozenset({"against", "at", "on", "into", "upon"})


def _thing(tok, sentence: Sentence, roles: RoleLexicon) -> tuple[int, int]:
    """The phrase of a thing hit, without the count or the place in front ("two lima
    restaurants": "restaurants")."""
    first, last = _phrase_tokens(tok, with_of=_is(tok, roles.of_heads))
    doc = tok.doc
    while first < tok.i and (
        doc[first].like_num
        or doc[first].dep_ in ("nummod", "quantmod", "det", "punct")
        or doc[first].lower_ in _QUANTIFIERS
        or doc[first].tag_ == "PRP$"  # "his residence": the residence
        or doc[first].lower_ in _OWN_OR_ROUGHLY
        or _place_in_front(doc[first], sentence)
    ):
        first += 1
    return _chars(doc, first, last)


def _place_in_front(tok, sentence: Sentence) -> bool:
    """A town or region before a thing's noun ("two lima restaurants"), which says where it
    is, not what; a country's name says whose it is ("the u.s. embassy") and stays."""
    return any(
        start <= tok.idx < end and getattr(location, "precision", None) != "country"
        for start, end, location, _ in sentence.places
    )


# words of a thing's phrase that say whose or how many, not what: "his own drugstore", "at
# least three poles"
_OWN_OR_ROUGHLY = frozenset({"own", "at", "least", "more", "than", "over", "nearly", "almost"})


def _may_be_person(tok, sentence: Sentence, roles: RoleLexicon) -> bool:
    """A patient that may name a person: an object or passive subject, or after "against",
    "of", "on" (not "in", "at": places); never inside a place or date."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ not in roles.victim_prepositions:
        return False
    labels = {ent.label_ for ent in sentence.ents if ent.start <= tok.i < ent.end}
    if (
        labels == {"ORG"}
        and _titled(tok, roles)
        and tok.i > 0
        and not _is(tok.doc[tok.i - 1], roles.titles)  # a name of two words or more
    ):
        labels = set()  # "priest francisco amico ferrari": a title says it is a person
    return not labels & _NOT_PEOPLE and not any(
        start <= tok.idx < end for start, end, _, _ in sentence.places
    )


# words of the titles list that say nothing of a person's office or trade
_NOT_OFFICES = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"})


def _titled(tok, roles: RoleLexicon) -> bool:
    """Whether a word of office or trade stands before the name ``tok`` ends."""
    first, _ = _phrase_tokens(tok, with_of=False)
    return any(
        _is(t, roles.titles) and t.lower_ not in _NOT_OFFICES for t in tok.doc[first : tok.i]
    )


_NOT_PEOPLE = frozenset(
    {
        "GPE",
        "LOC",
        "FAC",
        "DATE",
        "TIME",
        "CARDINAL",
        "ORG",
        "NORP",
        "EVENT",
        "WORK_OF_ART",
        "PRODUCT",
        "LAW",
    }
)


# words of a side or a part of a thing, or of a man's life, that stand for the thing or the
# man they are "of": "in the basement of the tower", "damaged the windows of the stores"
_PARTS_OF = frozenset(
    {
        "front", "vicinity", "door", "doors", "entrance", "gate", "life", "back", "rear",
        "side", "basement", "roof", "facade", "wall", "walls", "window", "windows",
        "showcases", "lobby", "courtyard", "garage", "top",
    }
)  # fmt: skip


def _beyond_front(tok):
    """ "in front of the embassy", "in the basement of the tower": the embassy, the tower;
    "an attempt on the life of the judge": the judge."""
    if tok.lower_ in _PARTS_OF:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return tok


def _group_ent_at(sentence: Sentence, tok):
    for ent in sentence.ents:
        if ent.label_ == GROUP_LABEL and ent.start <= tok.i < ent.end:
            return ent
    return None


def _doer_fillers(tok, sentence: Sentence, roles: RoleLexicon) -> list[tuple[str, int, int]]:
    ent = _group_ent_at(sentence, tok)
    if ent is not None:
        return [("perp_org", ent.start_char, ent.end_char)]
    if tok.pos_ not in _NOUNS and tok.dep_ not in ("amod", "compound"):
        return []
    if tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
        return []  # "a terrorist attack" says what kind of attack, not who did it
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
        return []  # "no terrorist group has claimed responsibility": no one said
    if _is(tok, roles.people) and _hurt_not_hurting(tok):
        return []  # "more than 30 people injured": the people were hurt
    out = []
    # "fmln guerrillas", "terrorists of the front": the group named inside the phrase
    for child in tok.subtree:
        inner = _group_ent_at(sentence, child)
        if inner is not None and ("perp_org", inner.start_char, inner.end_char) not in out:
            out.append(("perp_org", inner.start_char, inner.end_char))
    if _is(tok, roles.perpetrators) or (_is(tok, roles.people) and tok.dep_ != "poss"):
        out.append(("perp_individual", *_unhedged(tok, sentence, roles)))
    elif _is(tok, roles.collectives) and _of_object(tok) is not None:
        member = _of_object(tok)
        if (
            _is(member, roles.perpetrators)
            or _is(member, roles.people)
            or _group_ent_at(sentence, member) is not None  # "members of the shining path"
        ):
            out.append(("perp_individual", *_phrase(tok, roles, with_of=True)))
        elif _is_organisation(member, roles) and _group_ent_at(sentence, member) is None:
            out.append(("perp_individual", *_phrase(tok, roles, with_of=True)))
            out.append(("perp_org", *_phrase(member, roles, with_of=False)))
    elif _is(tok, roles.collectives) and _attacker_band(tok, sentence, roles):
        # "shining path members": a band named by its group only keeps the group's name
        out.append(("perp_individual", *_unhedged(tok, sentence, roles, keep_group=True)))
    elif _is(tok, roles.forces_members) and _against_civilians(sentence, attack_lexicon()):
        out.append(("perp_individual", *_phrase(tok, roles, with_of=True)))
    elif _is_organisation(tok, roles):
        out.append(("perp_org", *_phrase(tok, roles, with_of=False)))
    return out


def _hurt_not_hurting(tok) -> bool:
    """ "30 people injured", "one person wounded": the subject of a harm verb in the past
    participle with no object was hurt (a passive told without its auxiliary)."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("dobj", "aux") for c in verb.children)
    )


def _attacker_band(tok, sentence: Sentence, roles: RoleLexicon) -> bool:
    """ "an eln cell", "guerrilla commando units", "an unidentified group": a collective noun
    whose words before it say it is a band of attackers (and no state body)."""
    modifiers = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod")]
    if any(_group_ent_at(sentence, w) is not None for m in modifiers for w in m.subtree):
        return True
    if any(_is(m, roles.state_modifiers) or _is(m, roles.forces_heads) for m in modifiers):
        return False
    return any(
        _is(m, roles.perpetrators) or m.lower_ in roles.attacker_collective_modifiers
        for m in modifiers
    )


def _unhedged(
    tok, sentence: Sentence, roles: RoleLexicon, keep_group: bool = False
) -> tuple[int, int]:
    """The phrase of a perpetrator noun without the group named before it ("fmln urban
    guerrillas": "urban guerrillas"; unless ``keep_group`` and nothing but the group tells
    who they are: "shining path members") and without hedges ("suspected guerrillas")."""
    first, last = _phrase_tokens(tok, with_of=False)
    doc = tok.doc
    for i in range(first, tok.i):
        ent = _group_ent_at(sentence, doc[i])
        if ent is not None and ent.end <= tok.i and (not keep_group or ent.end < tok.i):
            first = max(first, ent.end)
        elif i == first and (_is(doc[i], roles.hedges) or _not_of_the_phrase(doc[i])):
            first = i + 1
    return _chars(doc, first, last)


def _not_of_the_phrase(tok) -> bool:
    """A word the lower-case parse puts in front of a noun phrase that is no part of it ("on
    10 march alleged shining path members"): a preposition, a date, a comma."""
    return tok.pos_ in ("ADP", "PUNCT") or tok.ent_type_ in ("DATE", "TIME")


def _is_organisation(tok, roles: RoleLexicon) -> bool:
    """An organisation's name: an organisation noun with a modifier of its own that does not
    make it a state body ("patriotic liberation front", not "the army")."""
    if not _is(tok, roles.organisations) or tok.pos_ not in _NOUNS:
        return False
    modifiers = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod")]
    return bool(modifiers) and not any(
        _is(m, roles.state_modifiers)
        or _is(m, roles.perpetrators)
        or m.like_num
        or m.lower_ in roles.referring_modifiers
        for m in modifiers
    )


def _of_object(tok):
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _patient_fillers(tok, sentence: Sentence, roles: RoleLexicon) -> list[tuple[str, int, int]]:
    if not (tok.pos_ in _NOUNS or _thing_tagged_as_verb(tok, roles)):
        return []
    if _group_ent_at(sentence, tok) is not None:
        return []
    if _armed_forces(tok, roles):
        forces = ("target_forces", *_phrase(tok, roles, with_of=False))
        name = _forces_name(tok, sentence, roles)
        return [forces, ("forces_victim", *name)] if name is not None else [forces]
    if _is(tok, roles.targets):
        return [("target", *_thing(tok, sentence, roles)), *_owner_fillers(tok, sentence, roles)]
    if not _may_be_person(tok, sentence, roles):
        return []
    name = _name(tok, roles) or _name_in_apposition(tok, roles)
    return [("victim", *name)] if name else []


def _name_in_apposition(tok, roles: RoleLexicon) -> tuple[int, int] | None:
    """ "killed the mayor and his driver, pedro ruiz": the name a person hit is told by, in
    apposition to the word of his office or tie that the parse takes for the one hit."""
    for child in tok.children:
        if (
            child.dep_ == "appos"
            and child.i > tok.i
            and _not_in_brackets(child)
            and _is(tok, roles.titles)
        ):
            name = _name(child, roles)
            if name is not None:
                return name
    return None


def _thing_tagged_as_verb(tok, roles: RoleLexicon) -> bool:
    """ "the back of the telephone company building": a thing's noun that the lower-case
    tagger took for a verb form ("building") but the parse puts where a noun goes, as the
    object of a preposition or a verb."""
    # the word as printed: by lemma, "standing" would be a "stand"
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj") and tok.lower_ in roles.targets


def _forces_name(tok, sentence: Sentence, roles: RoleLexicon) -> tuple[int, int] | None:
    """ "national police officer fidel sanchez sanchez": the name of a man of the forces hurt
    (not "the military quarters": a name is no plural and has a proper noun or two words)."""
    if not _may_be_person(tok, sentence, roles):
        return None
    name = _name(tok, roles)
    if name is None:
        return None
    words = [t for t in tok.doc if name[0] <= t.idx < name[1]]
    if any(t.tag_ in ("NNS", "NNPS") for t in words):
        return None
    if len(words) < 2 and not _looks_like_a_name(words):
        return None
    return name


def _owner_fillers(tok, sentence: Sentence, roles: RoleLexicon) -> list[RoleWord]:
    """ "the home of assembly president ricardo alvarenga", "president cristiani's residence":
    the person whose place was hit, by name, is a victim of the attack on it."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    member = _of_object(tok)
    if member is not None:
        owners.append(member)
    out = []
    for owner in _with_conjuncts(owners):
        if owner.pos_ not in _NOUNS or _group_ent_at(sentence, owner) is not None:
            continue
        if any(start <= owner.idx < end for start, end, _, _ in sentence.places):
            continue
        name = _name(owner, roles)
        if name and (_titled(owner, roles) or owner.ent_type_ == "PERSON"):  # not "the daily"
            out.append(("victim", *name))
    return out


def _armed_forces(tok, roles: RoleLexicon) -> bool:
    """ "two soldiers", "an army patrol", "the military vehicle": the armed forces were hit."""
    if _is(tok, roles.forces_heads):
        return True
    first, _ = _phrase_tokens(tok, with_of=False)
    return bool(roles.forces_modifiers.search(tok.doc[first : tok.i].text)) or _a_war_machine(
        tok.doc[first : tok.i + 1].text, roles
    )


def _a_war_machine(words: str, roles: RoleLexicon) -> bool:
    """ "a combat plane", "two fighter jets": a machine made for war is the forces' own, told
    by its words with its head (a "combat photographer" is no soldier)."""
    return bool(roles.war_machines.search(words))


def _phrase(tok, roles: RoleLexicon, with_of: bool, counted: bool = True) -> tuple[int, int]:
    """Character span of the noun phrase ``tok`` heads (see ``_phrase_tokens``); without its
    number, quantity or possessor in front unless ``counted``."""
    first, last = _phrase_tokens(tok, with_of)
    if not counted:
        doc = tok.doc
        while first < tok.i and (
            doc[first].like_num
            or doc[first].dep_ in ("nummod", "quantmod", "poss", "case", "det")
            or doc[first].lower_ in _QUANTIFIERS
        ):
            first += 1
    return _chars(tok.doc, first, last)


_QUANTIFIERS = frozenset(
    {"several", "some", "many", "various", "numerous", "few", "about", "such", "all", "both"}
)
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "other", "another", "last"})


def _chars(doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _phrase_tokens(tok, with_of: bool) -> tuple[int, int]:
    """First and last token of the noun phrase ``tok`` heads: its words before it (no
    determiner, nothing before a comma), and its "of" phrase when ``with_of``."""
    doc = tok.doc
    first = tok.i
    for i in sorted((t.i for t in tok.subtree if t.i < tok.i), reverse=True):
        if i != first - 1 or doc[i].text in (",", ";", "(", ")", "--"):
            break
        if doc[i].dep_ in ("cc", "conj") or doc[i].lower_ in ("and", "or"):
            break
        first = i
    while first < tok.i and doc[first].dep_ in ("det", "predet", "preconj", "punct", "cc", "case"):
        first += 1
    last = tok.i
    if with_of:
        member = _of_object(tok)
        if member is not None:
            last = _end_of_owner(member)
    return first, last


def _end_of_owner(member) -> int:
    """The last word of an "of" phrase: a name the lower-case parse broke off is read on
    ("the residence of aleksandr | trushin"); a name the recogniser knows ends where it does."""
    if not _name_word(member) or member.ent_type_:
        return member.i
    return _end_of_name(member, member, role_lexicon()).i


def _name(tok, roles: RoleLexicon) -> tuple[int, int] | None:
    """The name in a phrase that names a person ("former minister enrique lopez albujar"):
    the words after its last title; None when the phrase is a description ("two peasants")."""
    first, _ = _phrase_tokens(tok, with_of=False)
    words = list(tok.doc[first : tok.i + 1])
    titled = max((i for i, t in enumerate(words) if _is(t, roles.titles)), default=-1)
    name = words[titled + 1 :]
    if not name:
        return None
    if any(not _name_word(t) or t.like_num or _common_noun(t, roles) for t in name):
        return None
    if attack_lexicon().any_trigger.search(" ".join(t.text for t in name)):
        return None  # "surprise attack", "public execution"
    if (
        titled < 0
        and len(name) < 2
        and tok.ent_type_ != "PERSON"
        and not _surname_described_by_office(tok, roles)
    ):
        # a lone word is a surname only after a title ("president cerezo"), or before an
        # office in apposition ("ortega, the bishop of the city")
        return None
    if titled < 0 and not (_looks_like_a_name(name) or _described_as_a_person(tok, roles)):
        return None  # "sleeping quarters"
    last = _end_of_name(name[0], name[-1], roles)
    return _chars(tok.doc, _start_of_name(name[0], last, roles).i, last.i)


# how many words a person's name may have, at most
_NAME_WORDS = 5
# parts of speech no word of a name has (a preposition, an adverb, a conjunction ...)
_NOT_NAME_POS = frozenset({"ADP", "ADV", "DET", "CCONJ", "SCONJ", "PRON", "PART", "AUX"})


def _start_of_name(first, last, roles: RoleLexicon):
    """The first word of a name the parse broke off at its front ("mayoral candidate alvaro |
    sarmiento herrera": the lower-case copy tags the given name a conjunct or an adverb): the
    name-like words before ``first``, taken only when a word of office or trade stands right
    before them, which bounds the name."""
    doc = first.doc
    start = first.i
    while start > 0 and last.i - start + 1 < _NAME_WORDS:
        word = doc[start - 1]
        if _is_office(word, roles):
            return doc[start]
        if not _may_open_a_name(word, roles) or word.tag_ in ("JJ", "RB"):
            break
        start -= 1
    return first


def _may_open_a_name(word, roles: RoleLexicon) -> bool:
    """A word that may be a given name: letters, no function word, number, verb form, common
    noun of the role lists or attack word, and no entity but a person or a nationality."""
    return not (
        not _name_word(word)
        or word.is_stop
        or word.like_num
        or (word.ent_type_ and word.ent_type_ not in ("PERSON", "NORP"))
        or _common_noun(word, roles)
        or _is_verb(word)
        or attack_lexicon().any_trigger.fullmatch(word.text)
    )


def _end_of_name(first, last, roles: RoleLexicon):
    """The last word of a name the parse broke off ("president ricardo | alvarenga valdivieso",
    lower-case copy parsed as if the surnames began a clause): the words after ``last`` that
    may be part of a name, up to a word that is not (a function word, a number, a date, a
    common noun of the role lists, a verb form)."""
    doc = last.doc
    end = last
    while end.i + 1 < len(doc) and end.i + 1 - first.i < _NAME_WORDS:
        word = doc[end.i + 1]
        if (
            not _name_word(word)
            or word.is_stop
            or (word.pos_ in _NOT_NAME_POS and word.ent_type_ != "PERSON")  # "near", "then"
            or word.like_num
            or (word.ent_type_ and word.ent_type_ != "PERSON")
            or _common_noun(word, roles)
            or _is(word, roles.titles)
            or (_is_verb(word) and word.lemma_.lower() != word.lower_)  # "took", "killed"
            or attack_lexicon().any_trigger.fullmatch(word.text)
        ):
            break
        end = word
    return end


def _name_word(tok) -> bool:
    """Letters, or letters joined by hyphens ("leon-gomez")."""
    return tok.is_alpha or ("-" in tok.text and all(part.isalpha() for part in tok.text.split("-")))


def _described_as_a_person(tok, roles: RoleLexicon) -> bool:
    """ "rene lopez, an immigration official", "another businessman, luis sales": words in
    apposition that give an office or trade say the phrase names a person."""
    if tok.dep_ == "appos" and _is(tok.head, roles.titles) and tok.head.lower_ not in _NOT_OFFICES:
        return True
    return any(
        (c.dep_ == "appos" or _office_before_a_comma(c, tok))
        and _is(c, roles.titles)
        and c.lower_ not in _NOT_OFFICES
        for c in tok.children
    )


def _surname_described_by_office(tok, roles: RoleLexicon) -> bool:
    """ "ortega, the bishop of the city", "his companion, ortega": a lone word the words of
    an office beside it, set off by a comma, describe as a person (a noun, not a verb form the
    tagger took for one: "(reporter, interrupting)")."""
    return (
        tok.tag_ in ("NN", "NNP") and _not_in_brackets(tok) and _described_as_a_person(tok, roles)
    )


def _not_in_brackets(tok) -> bool:
    """A phrase in apposition told in the sentence's run ("his companions ignacio baro and
    ...", "his driver, pedro ruiz"), not an aside in brackets ("the director (name
    indistinct)")."""
    between = tok.doc[min(tok.head.i, tok.left_edge.i) : tok.i]
    return not any(t.text in ("(", "[") for t in between)


def _office_before_a_comma(word, name_head) -> bool:
    """ "his assistant, pedro ruiz": the word of office the lower-case parse hangs on the name
    that follows it after a comma (as a modifier, not in apposition)."""
    doc = word.doc
    return (
        word.dep_ in ("nmod", "npadvmod", "compound")
        and word.i + 1 < name_head.i
        and doc[word.i + 1].text == ","
    )


def _looks_like_a_name(words: list) -> bool:
    """Words the tagger or recogniser takes for a name, none of them a plural noun."""
    if any(t.tag_ in ("NNS", "NNPS") for t in words):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in words)


def _common_noun(tok, roles: RoleLexicon) -> bool:
    """A word of the role lists ("peasants", "bomb", "office"): not part of a name."""
    return any(
        _is(tok, words)
        for words in (
            roles.not_names,
            roles.weapons,
            roles.targets,
            roles.perpetrators,
            roles.people,
            roles.organisations,
            roles.forces_heads,
            roles.collectives,
        )
    )


def _weapon_fillers(sentence: Sentence, roles: RoleLexicon) -> list[tuple[str, int, int]]:
    out = []
    for tok in sentence.span:
        if tok.pos_ not in _NOUNS or not _is(tok, roles.weapons):
            continue
        if _is(tok, roles.weapons_not_fillers):
            continue  # "riddled with bullets": the rounds, not the arm
        if tok.dep_ == "compound" and _is(tok.head, roles.weapons):
            continue  # "car" of "car bomb", "dynamite" of "dynamite charge"
        if _of_a_weapon_charge(tok, roles):
            continue  # "dynamite" of "a charge of dynamite": the charge is told whole
        if _is(tok, roles.weapons_needing_modifier) and not _modified_as_weapon(tok, roles):
            continue
        if _not_used(tok, roles):
            continue
        if _attacked_thing(tok):
            continue  # "attacked several mines": the mines were hit, not used
        first, last = _phrase_tokens(tok, with_of=_is(tok, roles.of_heads))
        while first < tok.i and (
            tok.doc[first].lower_ in _ORDINALS | _QUANTIFIERS | _OWN_OR_ROUGHLY
            or tok.doc[first].tag_ == "PRP$"  # "their rifles": the rifles
            or tok.doc[first].ent_type_ in ("DATE", "TIME")
            or (tok.doc[first].like_num and tok.doc[first + 1].text != "-")
        ):
            first += 1  # "the second bomb", "over 70 bombs": the weapon is a bomb; not "20-kg"
        out.append(("weapon", *_chars(tok.doc, first, last)))
    return out


def _attacked_thing(tok) -> bool:
    """ "attacked several mines", "the mines were attacked", "the attack on the mines": a
    weapon word taken as the object of an attack is the thing hit (an ore mine), which no one
    used as a weapon; one told by "with" ("attacked them with mines") stays a weapon."""
    attacking = role_lexicon().attacking_lemmas
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in attacking:
        return True
    return (
        tok.dep_ == "pobj"
        and head.lower_ in ("on", "against")
        and head.head.lemma_.lower() in attacking
    )


def _weapon_word_attacked(sentence: Sentence, offset: int) -> bool:
    """Whether the weapon word at ``offset`` (relative to the sentence) is what an attack hit
    ("attacked several mines"): it then tells no means of the attack."""
    tok = _token_at(sentence, sentence.start + offset)
    return tok is not None and _attacked_thing(tok)


def _modified_as_weapon(tok, roles: RoleLexicon) -> bool:
    """ "an explosive charge", "dynamite sticks", "a charge of dynamite": a word that is a
    weapon only when told of what ("charge", "device", "sticks"), with a weapon word before it
    or in its "of" phrase."""
    modifiers = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod")]
    member = _of_object(tok)
    return any(_is(m, roles.weapon_modifiers) for m in modifiers) or (
        member is not None and _is(member, roles.weapon_modifiers)
    )


def _of_a_weapon_charge(tok, roles: RoleLexicon) -> bool:
    """ "dynamite" of "a charge of dynamite", which gives the weapon as "charge of dynamite"."""
    prep = tok.head
    holder = prep.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and _is(holder, roles.weapons_needing_modifier)
        and _is(holder, roles.of_heads)
    )


def _not_used(tok, roles: RoleLexicon) -> bool:
    """ "the army seized 324 rifles": a weapon that the nearest verb above it finds, seizes or
    hands over was not used in the attack; verbs that only list or make it ("cartridges,
    including some for rifles, were found") are looked through."""
    verb = next(
        (a for a in tok.ancestors if _is_verb(a) and not _is(a, roles.weapon_passing_verbs)),
        None,
    )
    return (
        verb is not None
        and _is(verb, roles.weapon_not_used_verbs)
        and not _is(verb, roles.weapon_of_attempt_verbs)
    )


# the words that tie an attack whose sentences name no group to the article's armed group:
# its doers ("guerrillas", "a group of armed men") or what or whom it hit. An attack told by
# its word alone ("the massacre", "the bombings", "an attack on 21 october") is as often the
# state's, another band's, or a habit told in general, as the article's group's.
_TIED_TO_THE_ARTICLES_WAR = frozenset({"perp_individual", "target", "victim", "forces_victim"})


def _attach_article_group(ctx: DocContext, mentions: list[EventMention]) -> None:
    """ "Guerrillas blew up a bus" in an article about the FMLN: an attack whose sentences name
    no group, but its doers or what or whom it hit, is given, as perp_org words, the armed
    group the article names most often (its first mention). Only the words are kept, as the
    article's context for the attack: the record's actors and attribution stay as its own
    sentences tell them."""
    lexicon = group_lexicon()
    named = [
        ent
        for sentence in ctx.sentences
        for ent in sentence.ents
        if ent.label_ == GROUP_LABEL
        and (
            lexicon.get(ent.ent_id_ or ent.text) is None
            or lexicon.get(ent.ent_id_ or ent.text).type != "person"
        )
    ]
    if not named:
        return
    for mention in mentions:
        fields = {f.field for f in mention.fields}
        if fields & {"perp_org", "claimed_by"} or not fields & _TIED_TO_THE_ARTICLES_WAR:
            continue
        counts = Counter(e.text.lower() for e in named)
        ent = max(named, key=lambda e: counts[e.text.lower()])  # first of the most named
        mention.fields.append(FieldSpan("perp_org", ent.start_char, ent.end_char, ent.text))
