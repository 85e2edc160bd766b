"""Online actions against or by armed groups' channels (event type ``online_action``).

A sentence gives a record when it tells, of one occasion, that

- ``takedown``: channels, accounts, groups or websites were removed, suspended, banned, shut
  or taken down ("Telegram removed hundreds of IS channels"): the thing removed must be online
  (a channel, an account; "groups" or "pages" only in a sentence that names a platform or says
  it is online), and no armed group did the removing;
- ``platform_migration``: a group or its supporters moved from one platform to another
  ("moved to TamTam after the crackdown", "migrated from Telegram to Hoop"): the move must
  name where it went or came from (a platform; "smaller platforms" does for plain verbs of
  moving), and its movers must be militants, supporters or a known group, not users at large;
- ``account_hijack``: accounts, channels or websites were hijacked, hacked or taken over
  ("tried to get back on Twitter using hacked accounts").

Refused: sentences that describe habits rather than an occasion ("regularly removes",
"has long used"), plans and the future ("vowed to remove", "will ban": no record, since a
takedown that has not happened is no online action), negation, and history more than a year
before the article.

The record has the platforms named (actors of role ``other``, type ``platform``, also in
``details["platforms"]``; for a move ``details["from_platform"]`` and ``details["to_platform"]``,
lists of canonical names, empty when the text does not say), who took the channels down (a
platform company or an authority such as Europol: role ``authority``), whose channels they were
(the group: role ``target`` for a takedown, ``perpetrator`` for a move or a hijack), the number
of channels or accounts (``details["count"]``, ``{"min", "max"}``) and the date. A place is
kept only when the event's own sentence names one: online actions rarely happen anywhere.
Mentions are one action when subtype, platforms and date agree (``identity``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence, title_line
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.numbers import NUMBER, parse_quantity
from watchfloor.extract.setting import (
    dated_to_a_past_year,
    fill_date_and_place,
    told_long_before,
)
from watchfloor.extract.syntax import (
    doc_text,
    hanging_off,
    simple_present,
    with_left_modifiers,
)
from watchfloor.models import Actor, EventMention, FieldSpan, Span
from watchfloor.nlp.lexicon import group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.time.find import is_period

SUBTYPE_ORDER = ("account_hijack", "takedown", "platform_migration")
# How far back a move or a hijack told of "the extremists" may look for the group's name
BORROW_SENTENCES = 3
# The longest stretch of time a sweep of takedowns may be dated by ("between Oct. 7 and 14")
MAX_SWEEP_DAYS = 92
# Vague amounts ("several", "many") are no count of channels; "hundreds" and "thousands" are.
_VAGUE_COUNTS = frozenset(
    {"several", "many", "numerous", "a few", "some", "multiple", "a number of", "a", "an"}
)


@dataclass(frozen=True)
class PlatformName:
    canonical: str
    start: int  # offsets in the document
    end: int
    text: str


@dataclass(frozen=True)
class OnlineLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern
    platforms: dict[str, re.Pattern]
    any_platform: re.Pattern
    companies: re.Pattern
    authorities: re.Pattern
    strong_objects: re.Pattern
    weak_objects: re.Pattern
    not_online: re.Pattern
    online_cues: re.Pattern
    generic_destinations: re.Pattern
    generic: re.Pattern
    movers: re.Pattern
    history: re.Pattern
    history_lemmas: frozenset[str]
    named_destination_only: frozenset[str]
    ordering_verbs: frozenset[str]
    calling_verbs: frozenset[str]
    audiences: re.Pattern
    after_takedown: re.Pattern  # "Since the removals, ...": a move dated by the takedown
    count: re.Pattern
    object_after: re.Pattern  # "hijacked dozens of Twitter accounts", read from the text


def _case_sensitive(patterns: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w-])")


@cache
def online_lexicon() -> OnlineLexicon:
    data = load_toml("online.toml")
    objects = data["objects"]
    every_object = [*objects["strong"], *objects["weak"]]
    platforms = {name: _case_sensitive(words) for name, words in data["platforms"].items()}
    return OnlineLexicon(
        triggers={s: alternation(data["triggers"][s]) for s in SUBTYPE_ORDER},
        any_trigger=alternation([w for s in SUBTYPE_ORDER for w in data["triggers"][s]]),
        platforms=platforms,
        any_platform=_case_sensitive([w for words in data["platforms"].values() for w in words]),
        companies=_case_sensitive(data["companies"]),
        authorities=alternation(data["authorities"]),
        strong_objects=alternation(objects["strong"]),
        weak_objects=alternation(objects["weak"]),
        not_online=alternation(objects["not_online"]),
        online_cues=alternation(data["online_cues"]),
        generic_destinations=alternation(data["generic_destinations"]),
        generic=alternation(data["generic"]),
        movers=alternation(data["movers"]),
        history=alternation(data["history"]),
        history_lemmas=frozenset(data["history_lemmas"]),
        named_destination_only=frozenset(data["named_destination_only"]),
        ordering_verbs=frozenset(data["ordering_verbs"]),
        calling_verbs=frozenset(data["calling_verbs"]),
        audiences=alternation(data["audiences"]),
        after_takedown=re.compile(
            r"^\W*(?:since|after|following|in the wake of)\s+(?:the|those|these|that|this)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(data["takedown_nouns"]) + r")\b",
            re.I,
        ),
        object_after=re.compile(
            r"\s+(?:[\w'’.-]+\s+){0,5}?(?:"
            + "|".join(f"(?:{p})" for p in objects["strong"])
            + r")(?![\w-])",
            re.I,
        ),
        count=re.compile(
            NUMBER
            + r"\s+(?:of\s+)?(?:[\w'’.-]+\s+){0,4}?(?:"
            + "|".join(f"(?:{p})" for p in sorted(every_object, key=len, reverse=True))
            + r")(?![\w-])",
            re.I,
        ),
    )


def worth_parsing(sentence, text: str) -> bool:
    lex = online_lexicon()
    if not lex.any_trigger.search(text):
        return False
    return bool(
        lex.any_platform.search(text)
        or lex.strong_objects.search(text)
        or lex.companies.search(text)
        # "flagged 1,800 items of propaganda to online platforms": content, told as online
        or (lex.weak_objects.search(text) and lex.online_cues.search(text))
    )


def extract(ctx: DocContext) -> list[EventMention]:
    mentions = []
    for sentence in ctx.sentences:
        if not sentence.parsed or not worth_parsing(sentence.span, sentence.text):
            continue
        # one action of each kind per sentence: "Meta said it had removed videos ..., and a
        # radio station said its page had been taken over" tells a takedown and a hijack
        for subtype in SUBTYPE_ORDER:
            mention = _mention_in(ctx, sentence, subtype)
            if mention is not None:
                mentions.append(mention)
    return _share_identities(_dated_by_takedown(mentions))


def _dated_by_takedown(mentions: list[EventMention]) -> list[EventMention]:
    """ "Since the removals, the publishers have moved their files to Odysee": a move with no
    date of its own, told as following the takedown just told, takes that takedown's date."""
    lex = online_lexicon()
    for mention in mentions:
        if mention.subtype != "platform_migration" or mention.date_explicit:
            continue
        if not lex.after_takedown.search(mention.sentence.text):
            continue
        earlier = [
            m
            for m in mentions
            if m.subtype == "takedown"
            and m.date_explicit
            and m.sentence_index < mention.sentence_index
        ]
        if earlier:
            mention.date, mention.date_explicit = earlier[-1].date, True
    return mentions


def _share_identities(mentions: list[EventMention]) -> list[EventMention]:
    """ "Authorities shut down thousands of channels. The crackdown forced the agency off
    Telegram": a mention naming no platform is the action its paragraph names one for, and
    takes that action's platforms."""
    for mention in mentions:
        if mention.details.get("platforms"):
            continue
        subtype, _, when = (mention.identity or "").split("|")
        kin = {
            m.identity: m
            for m in mentions
            if m.subtype == subtype
            and m.paragraph_index == mention.paragraph_index
            and m.details.get("platforms")
            and (not when or (m.identity or "").endswith("|" + when))
        }
        if len(kin) == 1:
            identity, other = kin.popitem()
            mention.identity = identity
            mention.details["platforms"] = list(other.details["platforms"])
    return mentions


def _mention_in(ctx: DocContext, sentence: Sentence, subtype: str) -> EventMention | None:
    lex = online_lexicon()
    for match in lex.triggers[subtype].finditer(sentence.text):
        words = sentence.span.doc.char_span(
            sentence.start + match.start(), sentence.start + match.end(), alignment_mode="expand"
        )
        if words is None:
            continue
        token = _head_word(words)
        found = _READERS[subtype](sentence, token, lex, match)
        if found is None:
            continue
        mention = _build(ctx, sentence, subtype, match, token, found)
        if mention is not None:
            return mention
    return None


def _head_word(words):
    """The word a trigger phrase hangs on: "took down" -> "took", "forced ... off" -> "forced"
    (the root of the span, else its first verb)."""
    if len(words) > 2 and words[0].lower_ == "re" and words[1].text == "-":
        words = words[2:]  # "re-posting": the tokeniser splits off the prefix
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    return words.root if words.root.pos_ in ("VERB", "NOUN", "ADJ") or not verbs else verbs[0]


@dataclass
class Found:
    """What a trigger's parse tells: subtype (a hijack by an authority is a takedown), the
    words of the thing acted on, the doers, the platforms moved from and to."""

    subtype: str
    objects: list  # tokens
    doers: list  # tokens
    sources: list[PlatformName]
    destinations: list[PlatformName]


# --- takedowns ----------------------------------------------------------------------------


def _read_takedown(sentence: Sentence, token, lex: OnlineLexicon, match) -> Found | None:
    # "Facebook removed pages run by ...": the parse may read the verb with a subject of its
    # own as an adjective of what it took down
    misread = token.dep_ == "amod" and any(c.dep_ == "nsubj" for c in token.children)
    if token.dep_ == "amod" and not misread and not lex.strong_objects.search(token.head.text):
        return None  # "a banned militant group" is outlawed, not taken offline
    objects = (
        _acted_on(token) or _shared_object(token) or _object_after(sentence, token, lex, match)
    )
    if misread and not objects:
        objects = sorted(_phrase(token.head), key=lambda t: t.i)
    doers = _doers(token)
    if not doers and token.dep_ in ("xcomp", "advcl") and token.head.lemma_ in lex.ordering_verbs:
        doers = _doers(token.head)  # "the ministry ordered providers to block ...": who ordered
    platforms_off = _platforms_in(sentence, _prep_objects(token, ("from", "off")))
    if not _online_object(sentence, objects, lex):
        objects = _antecedent(sentence, token, objects, lex) or objects
    if not _online_object(sentence, objects, lex) and not (platforms_off and objects):
        return None
    if _armed_only(sentence, doers, lex):
        return None  # "the group closed its channels": no takedown by anyone
    return Found("takedown", objects, doers, platforms_off, [])


_PRONOUNS = frozenset({"them", "it", "those", "these", "they"})


def _antecedent(sentence: Sentence, token, objects: list, lex: OnlineLexicon) -> list:
    """ "asked platforms to take down 1,000 accounts ..., and Telegram had removed most of
    them": an object that is only a pronoun (with a quantifier) stands for the online things
    named earlier in the sentence, the nearest first."""
    if not any(t.lower_ in _PRONOUNS for t in objects):
        return []
    if any(t.pos_ in ("NOUN", "PROPN") for t in objects):
        return []
    earlier = [
        t
        for t in sentence.span
        if t.i < token.i and t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass", "nsubj")
    ]
    for noun in reversed(earlier):
        phrase = sorted(_phrase(noun), key=lambda t: t.i)
        text = _text_of(sentence, phrase)
        named = lex.strong_objects.search(text) or lex.weak_objects.search(text)
        if named and _online_object(sentence, phrase, lex):  # a thing, not a platform's name
            return phrase
    return []


def _acted_on(token) -> list:
    """The words of what the trigger acts on: its object or passive subject ("removed 300
    channels", "accounts were suspended"), the noun it modifies ("hacked accounts", "channels
    removed by Telegram"), or what a noun trigger is of ("the removal of 300 channels")."""
    out = []
    passive = any(c.dep_ == "auxpass" for c in token.children)
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            out.extend(_phrase(child))
            if child.lemma_.lower() == "access":  # "blocked access to channels run by ..."
                out.extend(
                    t
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ == "to"
                    for c in prep.children
                    if c.dep_ == "pobj"
                    for t in _phrase(c)
                )
        elif passive and child.dep_ == "npadvmod" and child.i < token.i:
            out.extend(_phrase(child))  # "The Facebook page, <name>, was taken down", misparsed
        elif child.dep_ == "prep" and (
            child.lower_ == "into" or (child.lower_ == "of" and token.pos_ != "VERB")
        ):
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in _phrase(c))
    if token.dep_ in ("amod", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
        out.extend(_phrase(token.head))
    if token.dep_ in ("acomp", "oprd"):  # "Facebook and WhatsApp remained blocked"
        out.extend(t for c in token.head.children if c.dep_ == "nsubj" for t in _phrase(c))
    return sorted(set(out), key=lambda t: t.i)


def _shared_object(token) -> list:
    """ "removed or marked as disturbing 795,000 pieces of content": two verbs joined by "or"
    or "and" share the object the parse hangs on the second one only."""
    if token.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in token.children):
        return []
    for verb in (c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(c.dep_ == "cc" and c.i < verb.i for c in token.children):
            continue
        nouns = [
            t
            for t in verb.subtree
            if t.pos_ in ("NOUN", "PROPN")
            and (t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ == "as"))
        ]  # "marked as disturbing N pieces", however the parse hangs them
        if nouns:
            return _phrase(nouns[0])
    return []


def _phrase(noun) -> list:
    """A noun with its modifiers, what it is "of" and what it is listed with ("hundreds of IS
    channels and accounts"), without clauses or other phrases hanging off it ("attacks
    against the pipelines on the creation of a forum")."""
    out = [noun]
    for child in noun.children:
        if child.i < noun.i and child.dep_ not in ("prep", "relcl", "acl"):
            out.extend(child.subtree)
        elif child.dep_ == "conj":
            out.extend(_phrase(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            out.append(child)
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in _phrase(c))
    return out


def _object_after(sentence: Sentence, token, lex: OnlineLexicon, match) -> list:
    """When the parse loses the object of an active verb ("hijacked dozens of Twitter
    accounts" read with "accounts" as a verb), a channel or account named in the next few
    words."""
    if token.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in token.children):
        return []
    m = lex.object_after.match(sentence.text, match.end())
    if m is None:
        return []
    words = sentence.span.doc.char_span(
        sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
    )
    return list(words) if words is not None else []


def _doers(token) -> list:
    """The words of the trigger's subject or agent ("Telegram removed", "by Europol")."""
    out = []
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj"):
            out.extend(child.subtree)
        elif child.dep_ == "agent":
            out.extend(t for c in child.children for t in c.subtree)
    if not out and token.dep_ == "conj":  # "Europol removed ... and suspended ..."
        return _doers(token.head)
    if len(out) == 1 and out[0].pos_ == "PRON":
        return _speaker_of(token) or out  # "Facebook said it had deleted 200 pages"
    return out


_SAYING = frozenset({"say", "announce", "report", "confirm", "tell", "state", "add"})


def _speaker_of(token) -> list:
    for verb in token.ancestors:
        if verb.lemma_ in _SAYING:
            return [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    return []


def _times_of(token) -> list:
    """The words of time told on the trigger ("the same day", "within hours"), which the parse
    may give the platform's phrase to ("reposted it the same day on Riot")."""
    nouns = [c for c in token.children if c.dep_ == "npadvmod"]
    nouns += [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in _TIME_NOUNS]


# the parts of a day and the short counts of time.toml's sequels, and weeks
_TIMES = load_toml("time.toml")
_TIME_NOUNS = frozenset([*_TIMES["sequel_times_of_day"], *_TIMES["sequel_short_counts"], "week"])


def _prep_objects(token, prepositions: tuple[str, ...]) -> list:
    """Words of the trigger's (or its object's) prepositional phrases headed by one of
    ``prepositions``: "moved to TamTam", "forced channels off Telegram"."""
    heads = [token, *[c for c in token.children if c.dep_ in ("dobj", "prt", "advmod")]]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "conj"]
    heads += _times_of(token)  # "reappeared within hours on Element": the parse hangs it there
    if token.dep_ == "xcomp":  # "urging readers to switch to X and to Y", "to Y" on "urging"
        heads += [c for c in token.head.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    out = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("prep", "prt", "dative") and child.lower_ in prepositions:
                out.extend(t for c in child.children for t in c.subtree)
        if head.pos_ == "ADP" and head.dep_ == "conj" and head.lower_ in prepositions:
            # "switch to a backup site and to SimpleX Chat": the parse hangs the second "to"
            # on the verb as a conjunct
            out.extend(t for c in head.children for t in c.subtree)
    return sorted(set(out), key=lambda t: t.i)


def _online_object(sentence: Sentence, objects: list, lex: OnlineLexicon) -> bool:
    if not objects:
        return False
    text = _text_of(sentence, objects)
    first = lex.strong_objects.search(text) or lex.weak_objects.search(text)
    # "bank accounts", "TV channels"; not "the account of a television channel"
    if lex.not_online.search(text[: first.end()] if first else text):
        return False
    if lex.strong_objects.search(text):
        return True
    if lex.any_platform.search(text):
        return True  # a platform itself blocked or banned ("cut access to Facebook")
    return bool(lex.weak_objects.search(text)) and _online_sentence(sentence, lex)


def _online_sentence(sentence: Sentence, lex: OnlineLexicon) -> bool:
    return bool(
        lex.any_platform.search(sentence.text)
        or lex.online_cues.search(sentence.text)
        or lex.companies.search(sentence.text)  # "Meta said it had removed ... content"
    )


def _armed_only(sentence: Sentence, doers: list, lex: OnlineLexicon) -> bool:
    """The doers name an armed group and no platform or authority."""
    if not doers:
        return False
    text = _text_of(sentence, doers)
    if lex.authorities.search(text) or lex.any_platform.search(text):
        return False
    if lex.companies.search(text):
        return False
    indices = {t.i for t in doers}
    return any(e.root.i in indices for e in _groups(sentence)) or bool(lex.movers.search(text))


# --- moves --------------------------------------------------------------------------------

_DESTINATION_PREPS = ("to", "onto", "toward", "towards", "into")
_RESURFACING_PREPS = ("on", "onto", "to", "in")


def _read_migration(sentence: Sentence, token, lex: OnlineLexicon, match) -> Found | None:
    lemma = token.lemma_.lower()
    if _put_up_again(match):
        lemma = "repost"  # the lemmatiser reads "reposted" as "reposte"
    preps = _RESURFACING_PREPS if lemma in lex.named_destination_only else _DESTINATION_PREPS
    landing = _prep_objects(token, preps)
    destinations = _platforms_in(sentence, landing)
    sources = _platforms_in(sentence, _prep_objects(token, ("from", "off")))
    if lemma == "abandon":
        sources = _platforms_in(sentence, _acted_on(token))
        if not sources:
            return None
    elif not destinations:
        generic = landing and lex.generic_destinations.search(_text_of(sentence, landing))
        if not generic and not sources:
            return None
        if lemma in lex.named_destination_only:
            return None
    if not sources:
        sources = [p for p in _platforms_in_sentence(sentence) if p not in destinations]
    return Found("platform_migration", [], _doers(token), sources, destinations)


def _put_up_again(match) -> bool:
    """ "reposted it on Riot", "re-uploaded", "reopened the page on Telegram"."""
    return bool(re.match(r"re-?(?:post|upload|open)", match.group(), re.I))


def _movers_named(ctx: DocContext, sentence: Sentence, token, lex: OnlineLexicon) -> bool:
    """A known group, or militants, supporters, extremists, are said to move or hijack: in the
    sentence, or as "they" for the group named just before."""
    if _groups(sentence):
        return True
    words = [*_doers(token), *_acted_on(token)]
    if words and lex.movers.search(_text_of(sentence, words)):
        return True
    subject = _clause_subject(token)
    if subject is not None and lex.movers.search(_text_of(sentence, list(subject.subtree))):
        return True  # "supporters had begun moving their channels to ...": the mover's clause
    if subject is None or not _groups_before(ctx, sentence):
        return False
    # "they", or the channels told just before ("Some of those channels moved to Element")
    return subject.lower_ in ("they", "it") or bool(
        _CHANNELS_TOLD_BEFORE.search(" ".join(t.text for t in subject.subtree))
    )


_CHANNELS_TOLD_BEFORE = re.compile(
    r"\b(?:those|these|the|its|their)\s+(?:channels|accounts|chats|chat groups)\b", re.I
)


def _clause_subject(token):
    """The subject of the trigger's clause or of the clauses it hangs in ("They tried to get
    back on Twitter using hacked accounts")."""
    for tok in [token, *token.ancestors]:
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


# --- hijacks ------------------------------------------------------------------------------


def _read_hijack(sentence: Sentence, token, lex: OnlineLexicon, match) -> Found | None:
    objects = _acted_on(token)
    if not _online_object(sentence, objects, lex):
        objects = _object_after(sentence, token, lex, match)
    if not _online_object(sentence, objects, lex):
        return None
    doers = _doers(token)
    text = _text_of(sentence, doers) if doers else ""
    if doers and lex.authorities.search(text):
        # authorities taking over a group's accounts take them down ("Cyber Command took over
        # the group's accounts")
        return Found("takedown", objects, doers, [], [])
    return Found("account_hijack", objects, doers, [], [])


_READERS = {
    "takedown": _read_takedown,
    "platform_migration": _read_migration,
    "account_hijack": _read_hijack,
}


# --- the record ---------------------------------------------------------------------------


def _build(
    ctx: DocContext, sentence: Sentence, subtype: str, match, token, found: Found
) -> EventMention | None:
    lex = online_lexicon()
    if found.subtype != "takedown" and not _movers_named(ctx, sentence, token, lex):
        return None  # users at large leaving WhatsApp, hackers for hire: no armed group's act
    if _act_as_topic(token):
        return None
    verdict = _verdict(sentence, token, match, lex)
    called = found.subtype == "platform_migration" and found.destinations
    if called and verdict == "speculative" and _called_to_move(sentence, token, lex):
        verdict = "reported"
    if verdict not in ("reported", "alleged"):
        return None
    if _habitual(sentence, match, lex) or _told_in_the_simple_present(sentence, token):
        return None
    trigger = FieldSpan(
        "type", sentence.start + match.start(), sentence.start + match.end(), match.group()
    )
    mention = EventMention(
        type="online_action",
        subtype=found.subtype,
        certainty=verdict,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
    )
    platforms = _fill_platforms(mention, sentence, found, lex)
    _fill_groups(ctx, mention, sentence, found)
    _fill_count(mention, sentence, found, match)
    # "had taken down ... and shut 8,000 livestreams ... between Oct. 7 and Oct. 14"
    verbs = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    own = _without_since(sentence)
    fill_date_and_place(ctx, mention, own, [token, *verbs])
    if not mention.date_explicit:
        _period_of(mention, own, [token, *verbs])
    if not mention.date_explicit and mention.date in [
        d[2] for d in sentence.dates if d not in own.dates
    ]:
        mention.date = None  # read back from the "since" phrase by the borrowing step
    _keep_own_place_only(mention)
    if told_long_before(ctx, mention, sentence) or dated_to_a_past_year(ctx, mention, sentence):
        return None  # "before Twitter suspended his account last year": background
    when = mention.date.start if mention.date_explicit and mention.date else ""
    mention.identity = f"{found.subtype}|{','.join(sorted(platforms))}|{when or ''}"
    return mention


def _without_since(sentence: Sentence) -> Sentence:
    """The sentence without the dates and places of a "since" phrase ("the latest step ...
    since the group's Oct. 7 attack on Israel"): they tell an earlier event, not this one."""

    def earlier(words) -> bool:
        return any(t.lower_ == "since" and t.dep_ == "prep" for t in words.root.ancestors)

    return replace(
        sentence,
        dates=[d for d in sentence.dates if not earlier(d[3])],
        places=[p for p in sentence.places if not earlier(p[3])],
    )


def _period_of(mention: EventMention, sentence: Sentence, tokens: list) -> None:
    """A sweep told over a stretch of time ("took down 500,000 videos between Oct. 7 and
    Oct. 14") is dated by that stretch when the sentence gives no day of its own."""
    periods = [
        a
        for a in hanging_off(sentence.dates, tokens)
        if is_period(a[1][2]) and _short_stretch(a[1][2])
    ]
    if not periods:
        return
    _, (start, end, span, _) = min(periods, key=lambda a: a[0])
    if span.start is None:
        return
    mention.date, mention.date_explicit = span, True
    mention.fields.append(FieldSpan("date", start, end, span.text or ""))


def _short_stretch(span) -> bool:
    """Weeks, not years: "the group's outlet since 2015" is no date of a sweep."""
    if not span.start or not span.end:
        return False
    days = (date.fromisoformat(span.end) - date.fromisoformat(span.start)).days
    return 0 <= days <= MAX_SWEEP_DAYS


def _verdict(sentence: Sentence, token, match, lex: OnlineLexicon) -> str:
    """ "using hacked accounts": the hacking is told as done, whatever the clause around it
    was trying to do; otherwise the trigger's parse decides (``certainty.judge``), except
    for history: the parse's history also fires on "since then" or "increased", so only words
    that recall the past, or an old date, make an action history."""
    offset = max(0, match.start() - 60)
    left = sentence.text[offset : match.start()]
    recalled = [  # "X, formerly Twitter": a platform's name, not the past
        m
        for m in lex.history.finditer(left)
        if not _inside_platform_name(
            sentence, sentence.start + offset + m.start(), sentence.start + offset + m.end()
        )
    ]
    if recalled or any(t.lemma_.lower() in lex.history_lemmas for t in token.ancestors):
        return "historical"
    if token.dep_ == "amod":
        governing = token.head.head
        if any(c.dep_ == "neg" for c in (*token.children, *governing.children)):
            return "negated"
        return "reported"
    if _ordered(token, sentence, lex):
        return "reported"
    verdict = judge(token, sentence.text, match.start(), None)
    return "reported" if verdict == "historical" else verdict


def _ordered(token, sentence: Sentence, lex: OnlineLexicon) -> bool:
    """ "the ministry ordered internet providers on Friday to block 11 domains": an authority's
    order to take channels down is the takedown, told as done when the order is."""
    verb = token.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ not in ("xcomp", "advcl") or not to:
        return False  # "ordered providers to block": the parse may read "to block" as advcl
    if verb.lemma_.lower() not in lex.ordering_verbs:
        return False
    if not lex.authorities.search(
        " ".join(t.text for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)
    ):
        return False
    offset = verb.idx - sentence.start
    return judge(verb, sentence.text, offset, None) == "reported"


def _act_as_topic(token) -> bool:
    """ "Removing the Taliban from Facebook is easy", "Banning the channels was the easy part":
    the act named as the subject of a judgement is a topic, not an event; "removing the pages
    had taken two days" tells it done."""
    if token.dep_ not in ("csubj", "csubjpass") or token.tag_ != "VBG":
        return False
    clause = token.head
    present = clause.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "MD") for c in clause.children
    )
    return clause.lemma_ == "be" or present


def _called_to_move(sentence: Sentence, token, lex: OnlineLexicon) -> bool:
    """ "channels on Telegram were urging followers to switch to SimpleX Chat": the movers'
    own call to their audience, told as done, is the move (the platform named is checked by
    the caller); a call by anyone else, or one still to come, is not."""
    verb = token.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ not in ("xcomp", "advcl", "ccomp") or not to:
        return False
    if verb.lemma_.lower() not in lex.calling_verbs:
        return False
    addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    addressed += [  # "called on supporters to move"
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
    ]
    if not any(lex.audiences.fullmatch(_text_of(sentence, [a])) for a in addressed):
        return False
    offset = verb.idx - sentence.start
    return judge(verb, sentence.text, offset, None) == "reported"


def _told_in_the_simple_present(sentence: Sentence, token) -> bool:
    """ "The platforms remove accounts after an attack", "Telegram removes such channels
    within hours": what is done as a rule, told in the simple present of the body with no day
    (a headline tells news in the present)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if not simple_present(verb):
        return False
    return not sentence.dates and not title_line(sentence.index, sentence.text)


def _habitual(sentence: Sentence, match, lex: OnlineLexicon) -> bool:
    """ "Telegram regularly removes ...", "has long banned ...": how things go, not one event."""
    window = sentence.text[max(0, match.start() - 40) : match.end() + 30]
    return bool(lex.generic.search(window))


def _fill_platforms(
    mention: EventMention, sentence: Sentence, found: Found, lex: OnlineLexicon
) -> list[str]:
    doer_indices = {t.i for t in found.doers}
    named: list[str] = []
    for platform in _platforms_in_sentence(sentence):
        words = sentence.span.doc.char_span(platform.start, platform.end, alignment_mode="expand")
        acting = (
            found.subtype == "takedown"
            and words is not None
            and any(t.i in doer_indices for t in words)
        )
        role = "authority" if acting else "other"
        if platform.canonical not in named:
            named.append(platform.canonical)
        if all(a.canonical != platform.canonical for a in mention.actors):
            mention.actors.append(Actor(platform.text, platform.canonical, role, "platform"))
            mention.fields.append(
                FieldSpan("platform", platform.start, platform.end, platform.text)
            )
    if found.subtype == "takedown":
        _fill_authorities(mention, sentence, found, lex)
    mention.details["platforms"] = sorted(named)
    if found.subtype == "platform_migration":
        mention.details["from_platform"] = _unique(p.canonical for p in found.sources)
        mention.details["to_platform"] = _unique(p.canonical for p in found.destinations)
    return named


def _fill_authorities(
    mention: EventMention, sentence: Sentence, found: Found, lex: OnlineLexicon
) -> None:
    """Who took the channels down: a company or authority among the doers."""
    if not found.doers:
        return
    start, end = found.doers[0].idx, found.doers[-1].idx + len(found.doers[-1].text)
    full_text = doc_text(sentence.span.doc)
    for pattern, kind in ((lex.companies, "platform"), (lex.authorities, "state_force")):
        for m in pattern.finditer(full_text, start, end):
            if any(a.name == m.group() for a in mention.actors):
                continue
            if kind == "state_force" and _inside_platform_name(sentence, m.start(), m.end()):
                continue
            start, end = with_left_modifiers(sentence, m.start(), m.end())
            name = full_text[start:end]
            mention.actors.append(Actor(name, None, "authority", kind))
            mention.fields.append(FieldSpan("authority", start, end, name))


def _inside_platform_name(sentence: Sentence, start: int, end: int) -> bool:
    return any(p.start <= start and end <= p.end for p in _platforms_in_sentence(sentence))


def _fill_groups(ctx: DocContext, mention: EventMention, sentence: Sentence, found: Found):
    """Whose channels: the groups the sentence names (target of a takedown, doer of a move or a
    hijack). A move or hijack told of "the extremists" takes the group named just before."""
    role = "target" if found.subtype == "takedown" else "perpetrator"
    groups = _groups(sentence)
    if not groups and found.subtype != "takedown":
        groups = _groups_before(ctx, sentence)
    lexicon = group_lexicon()
    for ent in groups:
        canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
        if any(a.canonical == canonical for a in mention.actors):
            continue
        named = lexicon.get(canonical)
        kind = named.type if named and named.type in ("branch", "armed_group") else "armed_group"
        mention.actors.append(Actor(ent.text, canonical, role, kind))


def _groups_before(ctx: DocContext, sentence: Sentence) -> list:
    anchor = ctx.document.anchor_for(sentence.start)
    for earlier in reversed(
        ctx.sentences[max(0, sentence.index - BORROW_SENTENCES) : sentence.index]
    ):
        if ctx.document.anchor_for(earlier.start) != anchor:
            break
        groups = _groups(earlier)
        if groups:
            return groups[-1:]
    return []


def _fill_count(mention: EventMention, sentence: Sentence, found: Found, trigger) -> None:
    """How many channels or accounts: a count in the words acted on ("hundreds of IS channels"),
    else the nearest to the trigger."""
    lex = online_lexicon()
    if found.subtype == "platform_migration":
        return
    span = (
        (found.objects[0].idx - sentence.start, found.objects[-1].idx - sentence.start + 1)
        if found.objects
        else None
    )
    best = None
    for m in lex.count.finditer(sentence.text):
        if m.group("num").lower() in _VAGUE_COUNTS:
            continue
        quantity = parse_quantity(m.group("qual"), m.group("num"))
        if quantity is None or quantity.min is None:
            continue
        inside = span is not None and span[0] <= m.start() <= span[1]
        distance = min(abs(m.start() - trigger.end()), abs(trigger.start() - m.end()))
        if not inside and distance > 60:
            continue
        key = (not inside, distance)
        if best is None or key < best[0]:
            best = (key, quantity, m)
    if best is None:
        return
    _, quantity, m = best
    mention.details["count"] = {"min": quantity.min, "max": quantity.max}
    start = sentence.start + m.start()
    mention.fields.append(FieldSpan("count", start, start + len(m.group()), m.group()))


def _keep_own_place_only(mention: EventMention) -> None:
    """A place borrowed from the sentences before says where other things happened."""
    if mention.location is not None and not mention.location_explicit:
        mention.location = None
        mention.fields = [f for f in mention.fields if f.field != "location"]


# --- small helpers ------------------------------------------------------------------------


def _platforms_in_sentence(sentence: Sentence) -> list[PlatformName]:
    """Every platform the sentence names, longest spelling first where two overlap ("Hoop
    Messenger" over "Hoop"), in text order."""
    found: list[PlatformName] = []
    for canonical, pattern in online_lexicon().platforms.items():
        for m in pattern.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            found.append(PlatformName(canonical, start, end, m.group()))
    kept: list[PlatformName] = []
    for p in sorted(found, key=lambda p: (p.start - p.end, p.start)):
        if all(p.end <= k.start or p.start >= k.end for k in kept):
            kept.append(p)
    return sorted(kept, key=lambda p: p.start)


def _platforms_in(sentence: Sentence, tokens: list) -> list[PlatformName]:
    if not tokens:
        return []
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return [p for p in _platforms_in_sentence(sentence) if start <= p.start < end]


def _text_of(sentence: Sentence, tokens: list) -> str:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return doc_text(sentence.span.doc)[start:end]


def _groups(sentence: Sentence) -> list:
    return [e for e in sentence.ents if e.label_ == GROUP_LABEL]


def _unique(values) -> list:
    out: list = []
    for v in values:
        if v not in out:
            out.append(v)
    return out
