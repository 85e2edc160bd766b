"""A leader's or spokesperson's fate (event type ``leadership_change``).

A sentence tells one when a fate word (``data/leaders.toml``) is about a leader of an armed
group: the person the word is about (who was killed, arrested, named: its passive subject,
object, "of" phrase or apposition) is a known leader (``data/groups.toml``, ``[[person]]``), or
is given a post ("leader", "spokesman", "a senior commander") of a named group. Rank and file
("a militant was killed") and posts outside armed groups ("a police chief", "a tribal leader")
give nothing. Subtypes:

- ``killed``, ``captured``, ``arrested``: the fate word, as reported;
- ``rumoured_dead`` (certainty ``alleged``): a death hedged ("reportedly killed", "may have
  been killed", "rumours that he was killed", "unconfirmed reports of his death");
- ``confirmed_alive``: "still alive", or a rumour of death dispelled ("ends any rumours that he
  was killed");
- ``appointed``: named, chosen, succeeded, "took over as leader" (a post must be said);
- ``announced``: the group announces a death or a new leader ("IS confirmed the death of its
  leader"; "X was announced as its new emir"). A killing the group confirms ("confirmed that
  its leader was killed") is ``killed``, and a leader it names ("named X as its new emir") is
  ``appointed``: the announcement tells the fate.

Refused: denials ("denied that its leader had been killed"), threats, plans, warrants and
other speculation ("vowed to kill the leader", "a warrant for the arrest of", "will be named":
future fates give nothing), old accusations ("he was behind the killing of the then
commander"), deaths by illness, and history recalled in passing (a fate dated more than a year
before the article, or "five years ago").

Who the person is: a known leader's alias; a short name or a pronoun standing for a known
leader named earlier in the article ("Al-Ansari", "reports of his death"); a name the
recogniser found, given a post of a named group ("JeM commander Abu Qasim"); else the post as
printed ("a senior commander of ISKP"), or the article's one known leader holding that post
("the ISIS leader"). A known leader said to hold a post in another group is someone else of the
same name ("IS commander Hafiz Muhammad Saeed").

The record has the person (role ``subject``, type ``person``), the group they lead (role
``other``), who killed or caught them when the sentence says (role ``authority`` for state
forces or the country of the raid or strike, ``perpetrator`` for a rival group),
``details["position"]`` (leader, deputy leader, spokesperson, commander, founder; the lexicon's
``role`` when the text gives none) and ``details["of"]``, date and place. Its identity is the
person and the subtype.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.certainty import asked_why, judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import date_of_medium, earlier_deed_of_another
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.media import antecedent
from watchfloor.extract.operations import operation_lexicon
from watchfloor.extract.setting import (
    dated_to_a_month_gone,
    fill_date_and_place,
    told_long_before,
)
from watchfloor.extract.syntax import FRAME_VERBS, SAYING_VERBS, doc_text, hanging_off
from watchfloor.extract.territory import force_words, in_clause
from watchfloor.models import Actor, DateSpan, EventMention, FieldSpan, Span
from watchfloor.nlp.lexicon import fold, group_actor_type, group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL

SUBTYPE_ORDER = ("confirmed_alive", "killed", "captured", "arrested", "appointed", "announced")
# a person's fates told in one sentence: the first of these wins ("captured and later killed")
_PRECEDENCE = (
    "confirmed_alive",
    "rumoured_dead",
    "killed",
    "captured",
    "arrested",
    "announced",
    "appointed",
)
_VERBS = ("VERB", "AUX")
_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
# dependents that start another clause or event: people named there are not the ones the fate
# word is about ("X, who succeeded Baghdadi, was killed")
_OTHER_CLAUSE = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "mark", "aux", "auxpass", "neg"}
)
_ABOUT_PREPOSITIONS = frozenset({"of", "including", "among", "for"})


@dataclass(frozen=True)
class LeaderLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern
    positions: tuple[tuple[str, re.Pattern], ...]
    any_position: re.Pattern
    people: re.Pattern  # every known leader's alias
    not_armed: re.Pattern
    rumour_left: re.Pattern
    rumour_nouns: frozenset[str]
    hedges: re.Pattern
    rumour_sources: re.Pattern  # "accounts on social media claimed ...": talk, not news
    dispel_verbs: frozenset[str]
    life_signs: frozenset[str]  # "the first sign that he survived"
    voice_media: frozenset[str]  # a recording of the leader himself shows him alive
    verify_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    announce_verbs: frozenset[str]
    announced_post: re.Pattern
    successor_verbs: frozenset[str]
    operation_nouns: re.Pattern
    deed_operations: re.Pattern
    operation_kinds: dict[str, re.Pattern]  # "raid", "strike": what each kind is called
    background_left: re.Pattern
    natural_death: re.Pattern
    long_ago: re.Pattern
    group_nouns: frozenset[str]
    repeated: re.Pattern
    habitual: re.Pattern
    armed_descriptions: re.Pattern
    counted_among_fighters: re.Pattern  # "seven rebels, among them a": before the post
    killed_where_hit: re.Pattern  # "struck insurgent hideouts ..., killing a": before the post
    appointing_verbs: frozenset[str]
    leading_verbs: frozenset[str]  # "a commander who leads the group's fighters"
    charge_nouns: frozenset[str]  # "who took charge of the group's fighters"
    founding_verbs: frozenset[str]  # "the commander who founded X": the post is X's
    admin_nouns: frozenset[str]  # "Marjah district": the name before is a place
    media: frozenset[str]  # what a group names a leader in ("the message")
    predecessor: re.Pattern  # "predecessor", "previous", "the late": the one before
    roles: dict[str, str]  # known person -> their post, from groups.toml
    described_posts: dict[str, str]  # "had led", "founded" (lemma) -> the post it gives
    described_words: re.Pattern  # the printed forms of those verbs, to parse their sentence
    succession: re.Pattern  # "is now run by X", "command has passed to X": a post gone to X


@cache
def leader_lexicon() -> LeaderLexicon:
    data = load_toml("leaders.toml")
    cues = data["cues"]
    positions = data["positions"]
    people = load_toml("groups.toml").get("person", [])
    aliases = [re.escape(a) for p in people for a in (p["canonical"], *p.get("aliases", []))]
    triggers = {s: list(words) for s, words in data["triggers"].items()}
    triggers["appointed"] += cues["succession"]
    return LeaderLexicon(
        triggers={s: alternation(words) for s, words in triggers.items()},
        any_trigger=alternation([w for words in triggers.values() for w in words]),
        positions=tuple((name, alternation(words)) for name, words in positions.items()),
        any_position=alternation([w for words in positions.values() for w in words]),
        people=alternation(aliases),
        not_armed=re.compile(r"(?<![\w-])(?:" + "|".join(cues["not_armed"]) + r")\W*$", re.I),
        rumour_left=re.compile(
            r"(?<![\w-])(?:" + "|".join(cues["rumour_left"]) + r")\W+(?:\w+\W+){0,1}$", re.I
        ),
        rumour_nouns=frozenset(cues["rumour_nouns"]),
        hedges=alternation(cues["hedges"]),
        rumour_sources=alternation(cues["rumour_sources"]),
        dispel_verbs=frozenset(cues["dispel_verbs"]),
        voice_media=frozenset(cues["voice_media"]),
        life_signs=frozenset(cues["life_signs"]),
        verify_verbs=frozenset(cues["verify_verbs"]),
        deny_verbs=frozenset(cues["deny_verbs"]),
        announce_verbs=frozenset(cues["announce_verbs"]),
        announced_post=alternation(cues["announced_post"]),
        successor_verbs=frozenset(cues["successor_verbs"]),
        operation_nouns=alternation(cues["operation_nouns"]),
        deed_operations=alternation(cues["deed_operations"]),
        operation_kinds={
            "raid": alternation(cues["raid_operations"]),
            "strike": alternation(cues["strike_operations"]),
        },
        background_left=re.compile(
            r"(?<![\w-])(?:" + "|".join(cues["background_left"]) + r")\W+(?:\w+\W+){0,4}$",
            re.I,
        ),
        natural_death=alternation(cues["natural_death"]),
        long_ago=alternation(cues["long_ago"]),
        group_nouns=frozenset(cues["group_nouns"]),
        repeated=alternation(cues["repeated"]),
        habitual=alternation(cues["habitual"]),
        armed_descriptions=alternation(cues["armed_descriptions"]),
        counted_among_fighters=re.compile(
            r"(?<![\w-])(?:" + "|".join(cues["fighter_nouns"]) + r")\b[^;.]{0,80}?"
            r"\b(?:among them|among whom|including|among)\s+(?:\w+\W+){0,3}$",
            re.I,
        ),
        killed_where_hit=re.compile(
            r"(?<![\w-])(?:" + "|".join(cues["armed_descriptions"]) + r")\s+(?:"
            + "|".join(cues["hit_places"]) + r")\b[^;.]{0,80}?"
            r"\b(?:killing|killed|capturing|captured)\s+(?:\w+\W+){0,3}$",
            re.I,
        ),
        appointing_verbs=frozenset(cues["appointing_verbs"]),
        leading_verbs=frozenset(cues["leading_verbs"]),
        charge_nouns=frozenset(cues["charge_nouns"]),
        founding_verbs=frozenset(cues["founding_verbs"]),
        admin_nouns=frozenset(cues["admin_nouns"]),
        media=frozenset(cues["media"]),
        predecessor=alternation(cues["predecessor"]),
        roles={p["canonical"]: p["role"] for p in people if p.get("role")},
        described_posts=dict(cues["described_posts"]),
        described_words=alternation(_verb_forms(cues["described_posts"])),
        succession=alternation(cues["succession"]),
    )


def _verb_forms(lemmas) -> list[str]:
    """The printed forms of the verbs that describe a leader ("led", "heads", "founded")."""
    irregular = {"lead": ["led", "leads", "leading"]}
    forms = []
    for lemma in lemmas:
        stem = re.escape(lemma)
        forms.extend(irregular.get(lemma, [f"{stem}(?:s|ed|ing)"]))
    return forms


def worth_parsing(sentence, text: str) -> bool:
    """A fate word and someone it may be about: a post, a known leader or a pronoun."""
    lex = leader_lexicon()
    if _describes_a_leader(sentence, text, lex):
        return True
    if not lex.any_trigger.search(text):
        return False
    return bool(
        lex.any_position.search(text)
        or lex.succession.search(text)
        or _TO_LEAD.search(text)
        or lex.people.search(text)
        or _PRONOUN_WORD.search(text)
        or _SURNAME_BEFORE_FATE.fullmatch(text[: lex.any_trigger.search(text).start()])
    )


def _describes_a_leader(sentence, text: str, lex: LeaderLexicon) -> bool:
    """ "Chowdhury had led a faction of JMB": a verb of leading and a named group, which say
    who in the article is a leader (``_DocPeople.described``)."""
    return bool(lex.described_words.search(text)) and any(
        e.label_ == GROUP_LABEL for e in getattr(sentence, "ents", ())
    )


_PRONOUN_WORD = re.compile(r"\b(?:he|his|him)\b", re.I)
# "Wani, 22, died on Friday": a man the article named before, by his surname alone
_SURNAME_BEFORE_FATE = re.compile(
    r"[A-Z][\w'-]+(?:, \d+,)? (?:(?:was|were|had|has|been|later|reportedly) ){0,3}"
)
_ALIAS_BEFORE = re.compile(r"\b(?:alias|aka|a\.k\.a\.|also known as|known as)\W*$", re.I)


def extract(ctx: DocContext) -> list[EventMention]:
    lex = leader_lexicon()
    people = _DocPeople(ctx)
    mentions = []
    for sentence in ctx.sentences:
        if sentence.parsed and lex.any_trigger.search(sentence.text):
            found = _mentions_in(ctx, sentence, lex, people)
            mentions.extend(found)
            people.remember(found)
            groups = [m.details.get("of") for m in found if m.details.get("of")]
            if groups:
                people.last_group = groups[-1]
        named = [
            e.ent_id_
            for e in sentence.ents
            if e.label_ == GROUP_LABEL and e.ent_id_ and not _backing(e)  # "an al-Qaeda-aligned"
        ]
        if named:
            people.last_named_group = named[-1]
            people.named_groups.update(named)
    _confirmations_of_killings(mentions)
    _date_by_the_deed_told(mentions)
    _fates_dated_by_a_later_telling(ctx, mentions)
    return _without_posts_of_the_named(mentions)


# "X and another militant were killed on Tuesday", "He died in strikes on Sunday, Dec. 2"
_DEATH_TOLD = re.compile(r"\b(?:was|were|had been|has been) killed\b|\bdied\b", re.I)
# "Officers detained X at a rented house on Thursday evening", "X was arrested on Monday"
_TAKING_TOLD = re.compile(r"\b(?:arrested|detained|captured|seized)\b", re.I)
# the fates a later sentence may give the day of, and the words that tell them there
_TOLD_AGAIN = {"killed": _DEATH_TOLD, "captured": _TAKING_TOLD, "arrested": _TAKING_TOLD}


# how far from the verb of his fate a later sentence names him, in characters
NAME_REACH = 60


def _fates_dated_by_a_later_telling(ctx: DocContext, mentions: list[EventMention]) -> None:
    """ "Indian troops have killed X" (dated by the telling) ... "X and another militant were
    killed on Tuesday in a gunfight": the later sentence that tells the death with one day of
    its own, naming him by surname (or "He", right after a sentence that does), gives the day
    of the killing. So for an arrest or a capture ("police have arrested X" ... "officers
    detained X at a house on Thursday evening"), whichever side of the verb names him."""
    for mention in mentions:
        told = _TOLD_AGAIN.get(mention.subtype)
        if told is None or mention.date_explicit or mention.date is None:
            continue
        surname = _subject_surname(mention)
        if surname is None:
            continue
        either_side = mention.subtype != "killed"  # "killing X" may tell another's deed
        days = {
            day.start: day
            for sentence in ctx.sentences[mention.sentence_index + 1 :]
            if _tells_his_fate(ctx, sentence, surname, told, either_side)
            for day in _own_days(sentence)
            if day.start <= mention.date.start
        }
        if len(days) == 1:
            mention.date = next(iter(days.values()))


def _subject_surname(mention: EventMention) -> str | None:
    names = [a.name for a in mention.actors if a.role == "subject" and a.name]
    words = names[0].split() if names else []
    # a name, not a post told without one ("a Jaish-e-Mohammed commander"); "al-Umarayn" too
    named = words and any(c.isupper() for c in words[-1]) and not words[0].islower()
    return words[-1] if named else None


def _tells_his_fate(
    ctx: DocContext, sentence: Sentence, surname: str, told: re.Pattern, either_side: bool
) -> bool:
    fate = told.search(sentence.text)
    if fate is None:
        return False
    # his name near the verb, not his relatives' ("detained 26 people, among them X's mother")
    name = re.compile(rf"\b{re.escape(surname)}\b(?!['’]s)", re.I)  # "Al-Turki had"
    # a death's subject may come long before its verb ("X, who had led the branch since the
    # summer, died"); an arrest names him near it, on either side
    reach = NAME_REACH if either_side else fate.start()
    before_it = sentence.text[max(0, fate.start() - reach) : fate.start()]
    after_it = sentence.text[fate.end() : fate.end() + NAME_REACH] if either_side else ""
    named = list(name.finditer(before_it))
    if named and not _another_named_between(
        sentence, fate.start() - len(before_it) + named[-1].end(), fate.start()
    ):
        return True  # not "X had taken over after his predecessor, Y, was killed"
    if name.search(after_it):
        return True
    before = ctx.sentences[sentence.index - 1] if sentence.index > 0 else None
    return (
        re.match(r"He\b", sentence.text) is not None
        and before is not None
        and name.search(before.text) is not None
    )


def _another_named_between(sentence: Sentence, start: int, end: int) -> bool:
    """A person's name between the two offsets of the sentence's text."""
    base = sentence.start
    return any(
        e.label_ == "PERSON" and start <= e.start_char - base and e.end_char - base <= end
        for e in sentence.ents
    )


def _own_days(sentence: Sentence) -> list[DateSpan]:
    days = [d for _, _, d, _ in sentence.dates if d.precision == "day" and d.start == d.end]
    return days if len(days) == 1 else []


def _confirmations_of_killings(mentions: list[EventMention]) -> None:
    """ "French forces killed X" ... "the group also confirmed X's death": a killing the group
    later confirms is one ``killed`` record with both sentences, not a second, announced one."""
    killed = {m.identity.rsplit("|", 1)[0] for m in mentions if m.subtype == "killed"}
    for mention in mentions:
        person = mention.identity.rsplit("|", 1)[0]
        if mention.subtype == "announced" and person in killed:
            mention.subtype = "killed"
            mention.identity = f"{person}|killed"
    _rumours_of_a_told_killing(mentions)


def _rumours_of_a_told_killing(mentions: list[EventMention]) -> None:
    """ "X killed himself last month" ... "the army said in late May it was checking reports
    that X had been killed": a rumour of the death the article tells as a killing, in the same
    days, is that killing told again. A rumour of another time (or undated) stays its own."""
    killings = [m for m in mentions if m.subtype == "killed" and m.date is not None]
    for mention in mentions:
        if mention.subtype != "rumoured_dead" or mention.date is None:
            continue
        person = mention.identity.rsplit("|", 1)[0]
        if any(
            k.identity.rsplit("|", 1)[0] == person and _spans_overlap(k.date, mention.date)
            for k in killings
        ):
            mention.subtype = "killed"
            mention.identity = f"{person}|killed"


def _spans_overlap(a: DateSpan, b: DateSpan) -> bool:
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _without_posts_of_the_named(mentions: list[EventMention]) -> list[EventMention]:
    """ "U.S. strike killed al-Shabaab co-founder" in the headline, then "killed Abdullahi
    Nadir, one of the founders of al-Shabaab": a post told without a name is the named person
    of the same post, group and fate told elsewhere in the article, not another one."""
    people: dict[tuple, set[str]] = {}
    for m in mentions:
        if _names_someone(m):
            people.setdefault(_fate_and_post(m), set()).add(m.identity or "")
    # two founders killed and a third told without a name may be three: only one named stands
    # for the post
    kept = [m for m in mentions if _names_someone(m) or len(people.get(_fate_and_post(m), ())) != 1]
    branches = {_fate_and_branch_post(m) for m in kept if not m.details.get("of_a_branch")}
    kept = [
        m for m in kept if not m.details.get("of_a_branch") or _fate_and_post(m) not in branches
    ]
    for m in kept:
        m.details.pop("of_a_branch", None)
    for m in kept:
        if not _names_someone(m) and (named := _one_named_of_its_day(m, kept)) is not None:
            _told_as_the_named(m, named)
    return kept


def _told_as_the_named(unnamed: EventMention, identity: str) -> None:
    """The post told without a name becomes a telling of the named person's fate: one record,
    with both sentences, whose subject is the named person alone."""
    unnamed.identity = identity
    unnamed.actors = [a for a in unnamed.actors if a.role != "subject"]
    unnamed.fields = [f for f in unnamed.fields if f.field != "subject"]


def _one_named_of_its_day(unnamed: EventMention, mentions: list[EventMention]):
    """ "said it had killed a senior commander of Hurras al-Din" ... "the strike on Sunday
    killed X, whom it described as a senior military leader of the group": a post told without
    a name is the one person of its group the article names with the same fate on the same
    days, whatever post it gives him."""
    if unnamed.date is None or unnamed.details.get("of") is None:
        return None
    named = {
        m.identity
        for m in mentions
        if _names_someone(m)
        and m.subtype == unnamed.subtype
        and m.details.get("of") == unnamed.details.get("of")
        and m.date is not None
        and _spans_overlap(m.date, unnamed.date)
    }
    return next(iter(named)) if len(named) == 1 else None


def _fate_and_post(mention: EventMention) -> tuple:
    return mention.subtype, mention.details.get("position"), mention.details.get("of")


def _fate_and_branch_post(mention: EventMention) -> tuple:
    """The post of a leader of a branch as a post of the branch's parent group: "the leader of
    the Islamic State's branch in Afghanistan" is the ISKP leader told elsewhere."""
    group = mention.details.get("of")
    named = group_lexicon().get(group or "")
    parent = named.parent if named is not None and named.type == "branch" else group
    return mention.subtype, mention.details.get("position"), parent


def _names_someone(mention: EventMention) -> bool:
    """The subject was read off a name in the text (or is a known leader), not a bare post."""
    return any(f.field == "subject" for f in mention.fields) or any(
        a.role == "subject" and a.canonical for a in mention.actors
    )


def _date_by_the_deed_told(mentions: list[EventMention]) -> None:
    """One death told twice, once as announced ("the group confirmed on Saturday that he was
    killed") and once with the killing's own date ("he was killed on June 3"): the deed's date
    is the date of both."""
    deeds: dict[str, list[EventMention]] = {}
    for mention in mentions:
        if mention.subtype in _DATED_BY_DEED:
            deeds.setdefault(mention.identity, []).append(mention)
    for told in deeds.values():
        own = [m for m in told if m.details.get("date_of") == "deed" and m.date is not None]
        if not own:
            continue
        _date_by_the_closest_told(own)
        for mention in told:
            if mention.details.get("date_of") != "deed":
                mention.date, mention.date_explicit = own[0].date, False
                mention.fields = [f for f in mention.fields if f.field != "date"]
    for mention in mentions:
        mention.details.pop("date_of", None)


def _date_by_the_closest_told(own: list[EventMention]) -> None:
    """ "was killed last month" in the lead, "died ... on April 21" further down: the deed's
    day told inside the looser span told elsewhere is the date of both (one death)."""
    days = [m.date for m in own if m.date.start and m.date.start == m.date.end]
    if len({d.start for d in days}) != 1:
        return  # no day, or two different days: nothing to choose between
    day = days[0]
    for mention in own:
        span = mention.date
        if span.start is None or span.end is None or span.start == span.end:
            continue
        if span.start <= day.start <= span.end:
            mention.date, mention.date_explicit = day, False
            mention.fields = [f for f in mention.fields if f.field != "date"]


# --- who is who in the article -----------------------------------------------------------------


class _DocPeople:
    """Known leaders named in the article, to resolve short names ("Al-Ansari" for "Abu
    Hudhayfah al-Ansari"), pronouns and bare posts ("the ISIS leader")."""

    def __init__(self, ctx: DocContext):
        lexicon = group_lexicon()
        self.known: dict[str, list[str]] = {}
        # leaders the lexicon does not know, named earlier in the article with a post and a
        # fate: full name -> that person ("Wani, 22, died on Friday" after "Burhan Wani, a
        # young Hizbul Mujahideen commander")
        self.met: dict[str, _Person] = {}
        self.fated: set[str] = set()  # known leaders whose fate the article told
        self.named_groups = set()
        # people the article says, in a sentence of their own, lead or founded a named group
        # ("Chowdhury had led a revived faction of JMB"): name -> that person
        self.described: dict[str, _Person] = _leaders_described(ctx)
        for ent in ctx.doc.ents:
            if ent.label_ == "PERSON" and ent.ent_id_:
                named = lexicon.get(ent.ent_id_)
                if named is not None:
                    self.known.setdefault(ent.ent_id_, [named.canonical, *named.aliases])
        groups = Counter(e.ent_id_ for e in ctx.doc.ents if e.label_ == GROUP_LABEL and e.ent_id_)
        self.main_group = groups.most_common(1)[0][0] if groups else None

    # the group of the last fate told in the article: what "the group" stands for later
    last_group: str | None = None
    # every known group the article named before the sentence read ("Jaish" for the
    # Jaish-e-Mohammed named before, where the lexicon lacks the short name)
    named_groups: set[str]
    # the known group the article names most, anywhere in it
    main_group: str | None
    # the last known group the article named before the sentence read: whose "its leader" /
    # "the group's emir" is, when the sentence names no group
    last_named_group: str | None = None

    def by_short_name(self, name: str) -> str | None:
        """The one known leader of the article whose name ends with ``name``, or begins with
        it when it is a kunya ("Abu al-Hassan" for Abu al-Hassan al-Hashimi al-Qurashi)."""
        short = fold(name)
        if len(short) < 5:
            return None
        found = {
            c
            for c, aliases in self.known.items()
            if any(_ends_with(a, short) or _kunya_of(a, short) for a in aliases)
        }
        return found.pop() if len(found) == 1 else None

    def described_as_leader(self, name: str):
        """The one person the article says leads or founded a group, by the same name or
        by a surname of at least four letters ("Chowdhury" for "Tamim Ahmed Chowdhury")."""
        short = fold(name)
        found = [
            p
            for full, p in self.described.items()
            if fold(full) == short
            or (len(fold(full)) >= 4 and _ends_with(name, fold(full)))
            or (len(short) >= 4 and _ends_with(full, short))
        ]
        return found[0] if len(found) == 1 else None

    def fate_told(self, canonical: str | None) -> bool:
        """The article told a fate of this known leader before."""
        return canonical is not None and canonical in self.fated

    def remember(self, mentions: list[EventMention]) -> None:
        """Keep the leaders the lexicon does not know, named with a post and a fate."""
        for mention in mentions:
            self.fated.update(a.canonical for a in mention.actors[:1] if a.canonical)
            subject = next((f for f in mention.fields if f.field == "subject"), None)
            person = mention.actors[0]
            if subject is None or person.name != subject.text:
                continue  # a post told without a name
            met = _Person(
                person.name,
                person.canonical,
                None,
                mention.details.get("position"),
                None,
                mention.details.get("of"),
                None,
            )
            self.met.setdefault(person.name, met)
            alias = _alias_told_after(mention, subject)
            if alias is not None:  # "X, a commander known as Uriel": later "Uriel" is X
                self.met.setdefault(alias, met)

    def met_by_short_name(self, name: str):
        """The one leader met earlier in the article whose name ends with ``name`` (a
        surname of at least four letters), or None."""
        short = fold(name)
        if len(short) < 4 or (" " in short and not short.startswith("abu ")):
            return None
        found = [p for full, p in self.met.items() if _ends_with(full, short)]
        found = [p for p in found if fold(p.name) != short]
        return found[0] if len(found) == 1 else None

    def fated_in_post(self, position: str, group: str | None):
        """The one leader whose fate the article told before, holding ``position`` in
        ``group`` or in one of its branches ("the al-Qaeda chief" after AQAP's leader was
        said killed), or None."""
        lexicon = group_lexicon()

        def within(held: str | None) -> bool:
            named = lexicon.get(held or "")
            return held == group or (named is not None and named.parent == group)

        found = [p for p in self.met.values() if p.position == position and within(p.group)]
        return found[0] if group is not None and len(found) == 1 else None

    def by_post(self, position: str, group: str | None) -> str | None:
        """The one known leader of the article who holds ``position`` in ``group``."""
        if group is None:
            return None
        roles = leader_lexicon().roles
        lexicon = group_lexicon()
        found = [
            c
            for c in self.known
            if roles.get(c) == position and (lexicon.get(c) and lexicon.get(c).parent == group)
        ]
        return found[0] if len(found) == 1 else None


def _leaders_described(ctx: DocContext) -> dict[str, _Person]:
    """Unknown people whom a sentence makes the subject of a verb of leading or founding, with
    a named group in its object ("Chowdhury, 30, had led a revived faction of JMB", "Yepez
    founded the Santa Rosa de Lima Cartel"); denied and future leading is none."""
    lex = leader_lexicon()
    out: dict[str, _Person] = {}
    for sentence in ctx.sentences:
        if not sentence.parsed or not lex.described_words.search(sentence.text):
            continue
        for subject in sentence.span:
            if subject.dep_ == "nsubj" and subject.lower_ == "who" and subject.head.dep_ == "relcl":
                verb, subject = subject.head, subject.head.head  # "X, who leads the FARC's ..."
            elif subject.dep_ == "nsubj":
                verb = subject.head
            else:
                continue
            if not _unknown_name(subject):
                continue
            post = lex.described_posts.get(verb.lemma_.lower())
            if post is None or _not_told_as_fact(verb):
                continue
            group = _group_in_object(sentence, verb)
            if group is not None:
                name = _name_ending_in(subject)
                out.setdefault(name, _Person(name, None, None, post, None, group, None))
        for name, post, group in _leaders_by_agent(sentence, lex):
            out.setdefault(name, _Person(name, None, None, post, None, group, None))
    return out


def _leaders_by_agent(sentence: Sentence, lex: LeaderLexicon) -> list[tuple[str, str, str]]:
    """(name, post, group) for "the group led by X", "JNIM, the alliance founded by X": an
    unknown name as the agent of a verb of leading hung on a named group."""
    out = []
    for agent in sentence.span:
        if agent.dep_ == "appos" and agent.head.dep_ == "pobj":
            by = agent.head.head  # "led by the Algerian veteran X": the name after the noun
        elif agent.dep_ == "pobj":
            by = agent.head
        else:
            continue
        if by.dep_ != "agent" or not _unlisted_name(agent):
            continue
        verb = by.head
        post = lex.described_posts.get(verb.lemma_.lower())
        if post is None or verb.dep_ != "acl" or _not_told_as_fact(verb):
            continue
        group = _group_named_at(sentence, verb.head)
        if group is not None:
            out.append((_name_ending_in(agent), post, group))
    return out


def _unlisted_name(token) -> bool:
    """A name (the recogniser's id is only its text) that the lexicon lists for no one."""
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAME_LABELS:
        return False
    return not token.ent_id_ or group_lexicon().get(token.ent_id_) is None


def _group_named_at(sentence: Sentence, noun) -> str | None:
    """The known group a noun is, or stands in apposition to ("Al-Mourabitoun, the Saharan
    group")."""
    nouns = {noun.i} | ({noun.head.i} if noun.dep_ == "appos" else set())
    for ent in sentence.ents:
        if ent.label_ == GROUP_LABEL and ent.root.i in nouns and not _backing(ent):
            return _canonical_group(ent)
    return None


def _unknown_name(token) -> bool:
    """A name the lexicon does not know, whatever the recogniser took it for ("Chowdhury, 30,
    had led": read as an organisation), but no group's."""
    return token.pos_ == "PROPN" and not token.ent_id_ and token.ent_type_ in _NAME_LABELS


_NAME_LABELS = frozenset({"PERSON", "", *("GPE", "LOC", "ORG", "NORP")})


def _name_ending_in(token) -> str:
    """The whole name whose last word is ``token`` ("Tamim Ahmed Chowdhury")."""
    first = token
    while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).pos_ == "PROPN":
        first = first.nbor(-1)
    return token.doc[first.i : token.i + 1].text


def _not_told_as_fact(verb) -> bool:
    """ "never led", "will lead", "may have founded": no leader described."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _NOT_FACT_AUX) for c in verb.children
    )


_NOT_FACT_AUX = frozenset({"will", "would", "may", "might", "could", "should", "to"})


def _group_in_object(sentence: Sentence, verb) -> str | None:
    """The known group named in the verb's object ("led a faction of JMB")."""
    objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    for ent in sentence.ents:
        if ent.label_ == GROUP_LABEL and ent.root.i in objects and not _backing(ent):
            group = _canonical_group(ent)
            if group is not None:
                return group
    return None


# "Andres Felipe Vanegas, a commander of the ELN known as Uriel, ..."
_ALIAS_WORDS = r"known as|alias|nicknamed|also called"
_ALIAS_AFTER = re.compile(
    rf"^[^.;]{{0,80}}?\b(?:{_ALIAS_WORDS})\s+[\"“']?"
    r"(?P<alias>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
)


def _alias_told_after(mention: EventMention, subject) -> str | None:
    """The alias told just after the person's name in the mention's sentence, if any."""
    sentence = mention.sentence
    rest = sentence.text[subject.end - sentence.start :]
    m = _ALIAS_AFTER.match(rest)
    return m["alias"] if m and m["alias"] != subject.text else None


def _kunya_of(alias: str, short: str) -> bool:
    folded = fold(alias)
    return short.startswith("abu ") and len(short.split()) >= 2 and folded.startswith(short + " ")


def _ends_with(alias: str, short: str) -> bool:
    folded = fold(alias)
    return folded == short or folded.endswith(" " + short)


# --- one sentence ------------------------------------------------------------------------------


@dataclass
class _Fate:
    subtype: str
    certainty: str
    match: re.Match
    token: object  # the fate word's head token
    when: object  # the token whose clause dates and places the fate


@dataclass
class _Person:
    name: str
    canonical: str | None
    words: tuple[int, int] | None  # offsets in the document
    position: str | None
    position_words: tuple[int, int] | None
    group: str | None  # canonical
    group_name: str | None
    of_a_branch: bool = False  # a post of the group's branch the text does not name


def _mentions_in(ctx: DocContext, sentence: Sentence, lex: LeaderLexicon, people: _DocPeople):
    found: dict[str, tuple[_Fate, _Person]] = {}
    for subtype in SUBTYPE_ORDER:
        for m in lex.triggers[subtype].finditer(sentence.text):
            token = _token(sentence, m.start(), m.end())
            if token is None:
                continue
            fate = _fate(sentence, subtype, m, token, lex)
            if fate is None:
                continue
            for person in _people_of(ctx, sentence, fate, lex, people):
                key = person.canonical or person.name.lower()
                if key in found and _rank(found[key][0]) <= _rank(fate):
                    continue
                found[key] = (fate, person)
    mentions = []
    for fate, person in found.values():
        mention = _mention(ctx, sentence, fate, person, lex)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _rank(fate: _Fate) -> int:
    return _PRECEDENCE.index(fate.subtype)


def _token(sentence: Sentence, start: int, end: int):
    words = sentence.span.doc.char_span(
        sentence.start + start, sentence.start + end, alignment_mode="expand"
    )
    return None if words is None else words.root


def _fate(sentence: Sentence, subtype: str, m: re.Match, token, lex: LeaderLexicon):
    """What the word tells, and how sure the source is; None when it tells nothing that
    happened (denied, planned, threatened, hypothetical, history)."""
    if subtype == "killed" and _denied_in_own_recording(token, lex):
        # "released a recording denying that he was killed": his voice shows him alive, on the
        # day of the denial, not of the death it denies
        return _Fate("confirmed_alive", "reported", m, token, _deny_verb(token, lex))
    if _denied(token, lex) or _without(token) or _nothing_shows(token):
        return None  # "denied that he had been killed", "without naming their commander"
    if lex.background_left.search(sentence.text[max(0, m.start() - 50) : m.start()]):
        return None  # "he was behind the killing of the then commander", an old accusation
    if in_clause(sentence, token, lex.long_ago):
        return None  # "he was arrested five years ago": history, whatever the date says
    if _mark_counted_from(token) or _time_measured_back_from(token):
        return None  # "the biggest blow since January, when forces killed X": a yardstick
    if subtype == "killed" and lex.habitual.search(sentence.text):
        return None  # "every few months someone announces that he is dead": a pattern
    if subtype == "killed" and lex.natural_death.search(sentence.text):
        return None  # "died in hospital after a long illness": no fate the subtypes tell
    if _indirect_question(token):
        return None  # "it did not say when or how he was killed": no news of the death
    if subtype == "killed":
        fate = _death(sentence, m, token, lex)
        if (
            fate is not None
            and fate.subtype == "rumoured_dead"
            and lex.repeated.search(sentence.text)
        ):
            return None  # "has been reported dead several times": a pattern, not one rumour
        if fate is not None and _death_told_again(sentence, token, lex):
            return None  # "the army has announced his death more than once": no one death
        return fate
    if subtype == "confirmed_alive":
        if m.group().lower() == "survived" and not _shown_by_a_sign(token, lex):
            return None  # "he survived an ambush": an attack's outcome, not proof of life
        verdict = _judged(token, sentence, m)
        if verdict in ("negated", "speculative"):
            return None  # "it is unclear whether he is alive"
        return _Fate(subtype, "reported", m, token, token)
    verdict = _judged(token, sentence, m)
    if verdict not in ("reported", "alleged"):
        return None
    # "the group named X its new emir" is an appointment, whoever tells of it
    return _Fate(subtype, verdict, m, token, token)


_ASIDES = frozenset({"relcl", "appos", "acl"})


def _shown_by_a_sign(token, lex: LeaderLexicon) -> bool:
    """The word is the "that" clause of a sign or proof ("the first sign in almost a year that
    he survived"), about "he" or "she"."""
    if token.dep_ not in ("acl", "ccomp", "relcl") or not _dead_is_a_pronoun(token):
        return False
    return token.head.pos_ == "NOUN" and token.head.lemma_.lower() in lex.life_signs


def _judged(token, sentence: Sentence, m: re.Match):
    """The certainty verdict on the fate word, read without the asides told before it about
    someone ("X, who had run the branch since last summer, died": the "since" is the aside's;
    "X, who planned the attacks, was killed": the plan is not the death's)."""
    if asked_why(token):
        return "speculative"  # "why arrest him one week before the vote?"
    verdict = judge(token, _without_asides(sentence, token), m.start(), None)
    if verdict == "reported" and judge(token, sentence.text, m.start(), None) == "alleged":
        return "alleged"  # "X, whose death could not be verified, ...": the doubt still holds
    return verdict


def _aside(word) -> bool:
    """A clause or phrase describing a noun ("who led the group", "since last summer" hung on
    the name), not the verb of the fate."""
    if word.dep_ in _ASIDES:
        return True
    return word.dep_ == "prep" and word.head.pos_ in ("NOUN", "PROPN")


def _without_asides(sentence: Sentence, token) -> str:
    """The sentence with every aside that ends before the fate word and does not hold it
    blanked out (offsets kept)."""
    text = list(sentence.text)
    for word in sentence.span:
        if not _aside(word) or word.right_edge.i >= token.i:
            continue
        if token.i in range(word.left_edge.i, word.right_edge.i + 1):
            continue
        start = word.left_edge.idx - sentence.start
        end = word.right_edge.idx + len(word.right_edge) - sentence.start
        text[max(0, start) : max(0, end)] = " " * (max(0, end) - max(0, start))
    return "".join(text)


def _nothing_shows(token) -> bool:
    """ "there had been no proof he was alive", "no evidence that he was killed": the fate
    word is what nothing showed."""
    for word in [token, *token.ancestors][1:4]:
        if word.pos_ == "NOUN" and any(
            c.dep_ in ("det", "neg") and c.lower_ == "no" for c in word.children
        ):
            return True
    return False


def _mark_counted_from(token) -> bool:
    """The fate word tells what happened at a time something is measured from ("the most
    significant blow since January, when forces killed its deputy leader"): an earlier fate
    recalled for comparison, not news."""
    if token.dep_ not in ("relcl", "advcl") or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in token.children
    ):
        return False
    time = token.head
    return time.dep_ == "pobj" and time.head.lower_ in ("since", "until", "till")


def _time_measured_back_from(token) -> bool:
    """ "A day before Haniyeh died, a strike killed X": the fate is the known moment the other
    event's time is counted back from, told as news in its own place, not here again."""
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "before" for c in token.children)
        and any(c.dep_ == "npadvmod" for c in token.children)
    )


def _without(token) -> bool:
    """ "without naming their commander": the fate word is what did not happen."""
    return token.dep_ == "pcomp" and token.head.lower_ == "without"


def _denied(token, lex: LeaderLexicon) -> bool:
    """The fate word is in what a verb of denial governs ("denied that its leader had been
    killed"), not a deed joined to it ("said X had been dismissed as spokesman and named Y")."""
    below = token
    for verb in token.ancestors:
        if verb.pos_ in _VERBS and verb.lemma_.lower() in lex.deny_verbs and below.dep_ != "conj":
            return True
        below = verb
    return False


def _denied_in_own_recording(token, lex: LeaderLexicon) -> bool:
    """The death is denied in a recording by the one said dead ("released an audio recording
    denying that he was killed", "in a video in which he denied reports that he had died"): the
    denier is a recording, or a pronoun speaking in one, and the dead is a pronoun too (the
    speaker himself), not a named third person a spokesman vouches for."""
    if not _denied(token, lex) or not _dead_is_a_pronoun(token):
        return False
    deny = _deny_verb(token, lex)
    if deny.dep_ in ("acl", "relcl") and _in_voice_medium(deny.head, lex):
        return True  # "a recording denying ...", "a video in which he denied ..."
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.voice_media for c in deny.children
    )  # "the recording denied ..."


def _deny_verb(token, lex: LeaderLexicon):
    return next(v for v in token.ancestors if v.lemma_.lower() in lex.deny_verbs)


def _in_voice_medium(noun, lex: LeaderLexicon) -> bool:
    """The noun is a recording, or the date or place hung on one ("a video on Tuesday in
    which he denied ...": the parse may hang the clause on "Tuesday")."""
    for _ in range(3):
        if noun.lemma_.lower() in lex.voice_media:
            return True
        if noun.dep_ not in ("pobj", "prep"):
            return False
        noun = noun.head
    return False


def _dead_is_a_pronoun(token) -> bool:
    """The one the death word tells of is "he" or "she" (its subject, or that of the clause it
    is joined to)."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in ("he", "she") for s in subjects)


def _death_told_again(sentence: Sentence, token, lex) -> bool:
    """ "The army has announced Shekau's death more than once": a man dies once, so a death
    whose telling is repeated is a pattern of claims. Only the repetition of this death's own
    verb counts, not "reported dead several times before, he was killed on Tuesday"."""
    # "announced his death more than once": a death noun's telling is its verb's; a verb of
    # dying is its own ("was shot twice and killed" repeats the shots, not the death)
    own = {token.i, token.head.i} if token.pos_ == "NOUN" else {token.i}
    for m in lex.repeated.finditer(sentence.text):
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        if words is not None and any(t.head.i in own for t in words):
            return True
    return False


def _indirect_question(token) -> bool:
    """The fate word in a "when", "how" or "where" clause of a negated verb ("did not say
    when he was killed", "it is not known how he died")."""
    if token.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or not any(
        c.dep_ == "advmod" and c.lower_ in ("when", "how", "where", "why") for c in token.children
    ):
        return False
    governor = token.head
    while governor.dep_ == "conj" and governor.head.i != governor.i:
        governor = governor.head
    return any(c.dep_ == "neg" for c in governor.children)


def _death(sentence: Sentence, m: re.Match, token, lex: LeaderLexicon) -> _Fate | None:
    """Killed, rumoured dead, or alive after all ("ends any rumours that he was killed")."""
    if m.group().lower().startswith(("among", "one of")):
        return _among_those_killed(sentence, m, token, lex)
    rumour = _rumour_over(token, sentence, lex)
    if rumour is not None:
        dispelling = _dispelling(rumour, lex)
        if dispelling is not None:
            return _Fate("confirmed_alive", "reported", m, token, dispelling)
        return _Fate("rumoured_dead", "alleged", m, token, token)
    if (
        _being_verified(token, lex)
        or _claim_left_unconfirmed(token, lex)
        or _told_by_rumour_source(token, lex)
        or _death_left_unconfirmed_after(token, lex)
    ):
        return _Fate("rumoured_dead", "alleged", m, token, token)
    copula = _among_the_dead(token)
    if copula is not None and (_perfect_modal(copula) or _being_verified(copula, lex)):
        # "X may have been among those killed", "checking whether X was among the dead"
        return _Fate("rumoured_dead", "alleged", m, token, token)
    verdict = _judged(token, sentence, m)
    if verdict in ("negated", "historical"):
        return None
    hedged = lex.rumour_left.search(sentence.text[max(0, m.start() - 40) : m.start()])
    if verdict == "alleged" or hedged or (verdict == "speculative" and _perfect_modal(token)):
        return _Fate("rumoured_dead", "alleged", m, token, token)
    if verdict == "speculative":
        return None
    if (
        _group_announces(token, sentence, lex)
        and not _KILLING.fullmatch(m.group())
        and not _death_in_an_operation(token, lex)
    ):
        return _Fate("announced", "reported", m, token, token)  # "confirmed his death"
    return _Fate("killed", "reported", m, token, token)  # "confirmed he was killed": killed


def _among_those_killed(sentence: Sentence, m: re.Match, token, lex: LeaderLexicon):
    """ "strikes had killed at least 26 gunmen, and ... a lieutenant of Dogo Gide may have been
    among them": one counted by a copula among the dead an earlier death word of the sentence
    tells, rumoured when the copula is hedged or being checked. Not "among them" after no
    death ("arrested 12 people; the leader was among them"), nor one told in apposition
    ("killing 11 fighters, among them a commander", read off the killing word)."""
    them = next((c for c in token.children if c.dep_ == "pobj"), token)
    if m.group().lower().startswith("one of"):
        start = sentence.start + m.start()
        words = sentence.span.doc.char_span(start, start + len(m.group()), alignment_mode="expand")
        them = next((t for t in words or [] if t.lower_ == "them"), token)
        copula = _one_of_them_copula(them)
    else:
        copula = _among_the_dead(them)
    if copula is None:
        return None
    before = lex.triggers["killed"].finditer(sentence.text[: m.start()])
    told = [d for d in before if not d.group().lower().startswith(("among", "one of"))]
    # a killing told in the sentence before dates the one counted among its dead, so this one
    # must tell no day of its own ("..., who had led Saturday's raid")
    days = [d for d in sentence.dates if d[2].precision == "day"]
    if not told and (days or not _told_just_before(sentence, lex.triggers["killed"])):
        if not days and _told_just_before(sentence, lex.triggers["arrested"]):
            # "seven suspects had been arrested. One of them was a local ISKP commander"
            return _Fate("arrested", "reported", m, them, them)
        return None  # no death told before the one they are counted among
    if _perfect_modal(copula) or _being_verified(copula, lex):
        return _Fate("rumoured_dead", "alleged", m, them, them)
    return _Fate("killed", "reported", m, them, them)


def _death_in_an_operation(token, lex: LeaderLexicon) -> bool:
    """ "confirmed the death of X in a drone strike", "confirmed his death in the raid": a death
    in a strike or raid is a killing, whoever confirms it (the parse may hang the "in" on the
    verb whose object the death is)."""
    holders = [token]
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ in _VERBS:
        holders.append(token.head)
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "during")
        and any(c.dep_ == "pobj" and lex.operation_nouns.search(c.text) for c in p.children)
        for holder in holders
        for p in holder.children
    )


# death words that tell a killing: a group confirming one reports a killing, not just a death
_KILLING = re.compile(
    r"killed|shot dead|gunned down|eliminated|neutrali[sz]ed|assassinated|slain|martyred",
    re.I,
)


def _rumour_over(token, sentence: Sentence, lex: LeaderLexicon):
    """The rumour noun whose clause the death word is in ("rumours that he was killed",
    "unconfirmed reports of his death")."""
    for tok in [token, *token.ancestors][1:4]:
        if tok.pos_ in _VERBS:  # "rumours spread on Monday that he had died"
            tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in lex.rumour_nouns:
            continue
        if lemma in ("report", "claim") and not lex.hedges.search(sentence.text):
            return None  # "reports said he was killed": reported
        return tok
    return _rumour_left_of_clause(token, sentence, lex)


def _rumour_left_of_clause(token, sentence: Sentence, lex: LeaderLexicon):
    """ "put an end to speculation, which had circulated since March, that he had died": the
    parse hangs the "that" clause on the sentence's verb, past the aside; the rumour is the
    noun it follows, when that verb is no saying ("said that he had died" is news)."""
    clause = token
    while clause.dep_ in ("conj", "acomp", "attr") and clause.head.i != clause.i:
        clause = clause.head  # "had been wounded or had died", "that he was dead"
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or clause.dep_ not in ("ccomp", "advcl") or clause.head.lemma_ in FRAME_VERBS:
        return None
    before = [t for t in sentence.span if t.i < mark.i and t.head.i < mark.i]
    rumours = [t for t in before if t.pos_ == "NOUN" and t.lemma_.lower() in lex.rumour_nouns]
    if not rumours or rumours[-1].lemma_.lower() in ("report", "claim"):
        return None
    rumour = rumours[-1]
    if any(c.dep_ in ("acl", "ccomp") for c in rumour.children):
        return None  # the noun has a clause of its own
    return rumour


def _told_by_rumour_source(token, lex: LeaderLexicon) -> bool:
    """The death is what online talk says ("accounts on social media claimed that he had
    died", "posts on militant pages said he was killed"): the sayer of one of the two verbs
    above the death word is such a source, so the death is a rumour."""
    verbs = [t for t in token.ancestors if t.pos_ in _VERBS][:2]
    for verb in verbs:
        sayers = [_phrase_text(c) for c in verb.children if c.dep_ == "nsubj"]
        if any(lex.rumour_sources.search(s) for s in [*sayers, _words_just_before(verb)]):
            return True
    return False


# what a later "was never confirmed" may be said of: the death just told
_DEATH_NOUNS = frozenset({"death", "killing", "demise", "claim", "report", "it", "this", "that"})


def _death_left_unconfirmed_after(token, lex: LeaderLexicon) -> bool:
    """ "announced that X had been killed, but his death was never confirmed", "... though
    this has not been verified": a later clause of the sentence says the death told was never
    confirmed, so it is a claim."""
    for verb in token.sent[token.i - token.sent.start + 1 :]:
        if verb.lemma_.lower() not in lex.verify_verbs | {"confirm", "corroborate"}:
            continue
        if not any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _DEATH_NOUNS for c in verb.children):
            return True
    return False


def _phrase_text(word) -> str:
    return word.doc[word.left_edge.i : word.right_edge.i + 1].text


_CLAUSE_BREAKS = frozenset({",", ";", "and", "but", "that", "which", "who", "while", "as"})


def _words_just_before(verb, most: int = 8) -> str:
    """The words right before a verb back to a clause break: its subject as written, for when
    the parse misreads it ("accounts on social media claimed": "accounts" taken for a verb)."""
    start = verb.i
    while start > verb.sent.start and verb.i - start < most:
        if verb.doc[start - 1].lower_ in _CLAUSE_BREAKS:
            break
        start -= 1
    return verb.doc[start : verb.i].text


def _one_of_them_copula(them):
    """The copula of "One of them was a TTP commander": "them" picked out by a subject "one"."""
    prep = them.head
    if them.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _ONE_OF:
        return None
    one = prep.head
    return one.head if one.dep_ == "nsubj" and one.head.lemma_ == "be" else None


def _told_just_before(sentence: Sentence, words: re.Pattern) -> bool:
    """The sentence just before, in the same paragraph, has one of the words ("the French
    military said its aircraft had killed about 15 fighters. Among them was a commander"), not
    the "among them" that counts someone among those it tells of."""
    doc = sentence.span.doc
    if sentence.span.start == 0:
        return False
    last = doc[sentence.span.start - 1]
    while last.is_space and last.i > 0:
        last = doc[last.i - 1]
    if "\n" in doc_text(doc)[last.idx + len(last.text) : sentence.start]:
        return False  # another paragraph
    before = last.sent
    return any(
        not d.group().lower().startswith(("among", "one of")) for d in words.finditer(before.text)
    )


def _among_the_dead(token):
    """The copula that counts someone among the dead ("X was among the dead", "X may have been
    among those killed"), when the death word is that "among" phrase."""
    noun = token.head if token.dep_ in ("acl", "relcl") else token
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return None
    return prep.head


def _being_verified(token, lex: LeaderLexicon) -> bool:
    """A death someone is still checking ("verifying reports that he had been killed",
    "checking whether he was killed", "could not confirm that he died"): a rumour, not news.
    The checking verb is one of the three verbs above the death word, however many nouns and
    prepositions stand between ("checking reports that a commander may have been among the
    dead")."""
    verbs = [t for t in token.ancestors if t.pos_ in _VERBS][:3]
    for tok in verbs:
        lemma = tok.lemma_.lower()
        if lemma in lex.verify_verbs:
            return True
        if lemma == "confirm" and (
            any(c.dep_ == "neg" for c in tok.children)
            or tok.head.lemma_.lower() in ("try", "seek", "work", "attempt")
        ):
            return True
    return False


def _claim_left_unconfirmed(token, lex: LeaderLexicon) -> bool:
    """ "said intelligence had killed the IS chief, a claim the group did not confirm", "...,
    a claim that could not be independently verified": the death told is one side's claim."""
    for noun in token.sent[token.i - token.sent.start + 1 :]:
        if noun.lemma_.lower() not in lex.rumour_nouns or noun.i < 2:
            continue
        if noun.nbor(-1).lower_ not in ("a", "an") or noun.nbor(-2).text != ",":
            continue  # ", a claim ..." set after the news, not "the claim" it reports
        for clause in noun.children:
            if (
                clause.dep_ in ("relcl", "acl")
                and any(c.dep_ == "neg" for c in clause.children)
                and clause.lemma_.lower() in lex.verify_verbs | {"confirm", "corroborate"}
            ):
                return True
    return False


def _dispelling(rumour, lex: LeaderLexicon):
    """The verb that ends the rumour ("dispelled rumours", "puts to rest rumours"), if any."""
    if rumour.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return None
    verb = rumour.head
    for _ in range(2):
        if verb.lemma_.lower() in lex.dispel_verbs:
            return verb
        if verb.dep_ not in ("xcomp", "prep"):
            break
        verb = verb.head
    return None


def _perfect_modal(token) -> bool:
    """ "may have been killed": a hedge on a death, not a plan."""
    auxes = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("may", "might", "could") for a in auxes) and "have" in auxes


def _group_announces(token, sentence: Sentence, lex: LeaderLexicon) -> bool:
    """A group's own announcement ("IS confirmed the death of its leader")."""
    groups = {t.i for e in sentence.ents if e.label_ == GROUP_LABEL for t in e}
    for tok in list(token.ancestors)[:3]:
        if tok.lemma_.lower() not in lex.announce_verbs or tok.pos_ not in _VERBS:
            continue
        for child in tok.children:
            if child.dep_ == "nsubj" and (
                any(t.i in groups for t in child.subtree) or child.lemma_ == "group"
            ):
                return True
    return False


# --- whom the fate word is about ----------------------------------------------------------------


def _people_of(ctx, sentence: Sentence, fate: _Fate, lex: LeaderLexicon, people: _DocPeople):
    return _people_about(ctx, sentence, fate, lex, people)


def _people_about(ctx, sentence: Sentence, fate: _Fate, lex: LeaderLexicon, people: _DocPeople):
    about = _about(fate.token, fate.subtype, lex)
    if fate.subtype in ("appointed", "announced"):
        about += _appointed_to(fate.token)
    tokens, possessors = _region(about, lex)
    named_post = _named_post(ctx, sentence, fate, lex)
    out = []
    for ent in sentence.ents:
        if ent.label_ != "PERSON" or ent.root.i not in tokens or ent.root.i in possessors:
            continue
        if _ALIAS_BEFORE.search(
            doc_text(sentence.span.doc)[max(0, ent.start_char - 12) : ent.start_char]
        ) and _named_before(sentence, ent, tokens):
            continue  # "Chander Ganjhu alias Johnson" is one man ("a commander known as X": X)
        if any(e.label_ == "PERSON" and e.start == ent.end for e in sentence.ents):
            continue  # "Mawlawi | Haibatullah Akhundzada": a title the recogniser split off
        person = _named_person(sentence, ent, tokens, lex, people, named_post)
        if person is not None:
            out.append(person)
    if not out:
        out = _short_names(sentence, tokens, possessors, people)
    if not out:
        out = [
            p
            for name in _names_unrecognised(about, fate.subtype == "appointed")
            if (p := _named_person(sentence, name, tokens, lex, people, named_post)) is not None
        ]
    # a name the sentence gives as a place is no one ("the Taliban leader for Chimtal district,
    # Balkh province": the post, unnamed, is who it is about)
    misread = [p for p in out if _a_place_of_the_sentence(p, sentence)]
    out = [p for p in out if p not in misread]
    if out:
        return _checked(out, fate, sentence, lex)
    pronoun = next((t for t in about if t.lower_ in _PRONOUNS), None)
    if pronoun is not None:
        earlier = _person_before(ctx, sentence, pronoun, fate.token, people)
        return _checked([earlier], fate, sentence, lex) if earlier else []
    # a possessor naming the post's group ("the Taliban's shadow governor") is read only where
    # a place was taken for the person: elsewhere it brought records of posts told in passing
    owners = frozenset(possessors) if misread else frozenset()
    bare = _bare_post(sentence, tokens - possessors, lex, people, owners)
    if bare is None:
        bare = _the_one_who_led(sentence, tokens - possessors, lex)
    if bare is not None and fate.subtype == "appointed" and _former(bare):
        return []  # "naming a former Taliban commander as the head of": the post given is new
    if bare is None and fate.subtype == "appointed":
        bare = _unnamed_appointee(ctx, sentence, fate, tokens - possessors, lex)
    if bare is None:  # "the cell's commander for Kabul": the post, unnamed, is who it is about
        return _checked([p for p in map(_by_post, misread) if p], fate, sentence, lex)
    return _checked([bare], fate, sentence, lex)


def _names_unrecognised(about: list, appointed: bool) -> list:
    """ "presented Usama Mahmood as its spokesman": a proper name the fate is about that the
    recogniser took for no entity at all (or, given a post, for an organisation that is no
    known group), as the words of its name (its compounds and it)."""
    allowed = ("", "ORG") if appointed else ("",)
    out = []
    given = [name for noun in about for name in _name_given(noun)]
    for tok in [*about, *given]:
        # a nickname "known as" puts in quotes, which the recogniser may take for a title
        quoted = tok in given and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "``"
        kinds = (*allowed, "WORK_OF_ART") if quoted else allowed
        if tok.pos_ != "PROPN" or tok.ent_type_ not in kinds or not tok.text[:1].isupper():
            continue
        if group_lexicon().canonical(tok.text) is not None:
            continue
        start = tok.i
        while (
            start > tok.sent.start
            and tok.doc[start - 1].dep_ == "compound"
            and (tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].ent_type_ in allowed)
        ):
            start -= 1
        # a first name and a surname at least: a one-word name may be anything, unless it is a
        # nickname put in quotes by "known as" ("a dissident commander known as "Pelusa"")
        if start < tok.i or quoted:
            out.append(tok.doc[start : tok.i + 1])
    return out


def _name_given(noun) -> list:
    """The name set beside a post ("a local commander, General Kaboko") or given it by "known
    as" ("a commander known as "General Kaboko"")."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_ == "know"):
        for prep in (p for p in acl.children if p.dep_ == "prep" and p.lower_ == "as"):
            names += [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return names


def _former(person: _Person) -> bool:
    """A post the person held before ("a former Pakistani Taliban commander")."""
    return (person.position or "").startswith("former ") or bool(
        re.search(r"\b(?:former|ex-)", person.name, re.I)
    )


def _named_before(sentence: Sentence, alias, tokens: set[int]) -> bool:
    """Another name of the phrase comes before the alias: the alias is a second name."""
    return any(
        e.label_ == "PERSON" and e.root.i in tokens and e.end <= alias.start for e in sentence.ents
    )


def _unnamed_appointee(ctx, sentence: Sentence, fate: _Fate, tokens: set[int], lex):
    """ "Al-Shabaab named a new commander for its Puntland wing", "The group appointed a new
    governor": a post given without a name is the appointing group's (the subject of the verb
    of naming; "the group", "it" for the group named just before)."""
    verb = fate.token
    if verb.pos_ not in _VERBS or verb.lemma_.lower() not in lex.appointing_verbs:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    for m in lex.any_position.finditer(sentence.text):
        post = _token(sentence, m.start(), m.end())
        if post is None:
            continue
        picked = _one_picked_out_of(post)  # "chose one of Abu Wahib's deputies"
        taken = picked if picked is not None else post
        if taken.i not in tokens or taken.head.i != verb.i or taken.dep_ not in ("dobj", "oprd"):
            continue
        if _not_armed_post(sentence, m, lex):
            continue
        group_ent = _subject_group(ctx, sentence, subjects[0])
        group = _canonical_group(group_ent)
        if group is None:
            return None
        words = (sentence.start + m.start(), sentence.start + m.end())
        title = _QUOTES.sub("", m.group())
        if picked is not None or title.lower().startswith("one of "):
            title = _post_of_the_one(sentence, m)
        name = f"{title} of {group}"
        new = [c.text for c in post.children if c.dep_ == "amod" and c.i < post.i]
        name = " ".join([*new, name])
        return _Person(name, None, None, _position_name(sentence, m, lex), words, group, None)
    return None


def _post_of_the_one(sentence: Sentence, m: re.Match) -> str:
    """ "deputies", "one of its commanders": the post of the one picked out, the lemma of the
    post's last word ("deputy", "commander")."""
    words = sentence.span.doc.char_span(
        sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
    )
    return words[-1].lemma_.lower() if words is not None else m.group()


def _one_picked_out_of(post):
    """ "one of Abu Wahib's deputies": the "one" the post is picked out by, or None."""
    prep = post.head
    if post.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ != "one":
        return None
    return prep.head


def _subject_group(ctx, sentence: Sentence, subject):
    """The group an appointing verb's subject names, or stands for ("the group", "it"), also
    through the body of it that chose ("the movement's leadership", "its Mindanao
    commission")."""
    inside = {t.i for t in subject.subtree}
    named = [e for e in sentence.ents if e.label_ == GROUP_LABEL and e.root.i in inside]
    if named:
        return named[0]
    if subject.lower_ in ("it", "they") or subject.lemma_.lower() in lex_group_words():
        return antecedent(ctx, sentence, subject.idx, GROUP_LABEL)
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and (owner.lower_ == "its" or owner.lemma_.lower() in lex_group_words()):
        return antecedent(ctx, sentence, owner.idx, GROUP_LABEL)
    return None


def lex_group_words() -> frozenset[str]:
    return leader_lexicon().group_nouns | _MOVEMENT_NOUNS


def _named_post(ctx, sentence: Sentence, fate: _Fate, lex: LeaderLexicon):
    """(position, words, group entity) of the post a group names someone to: "IS has named X,
    a veteran ideologue, as its new leader" (the post after the name, the group the naming
    verb's subject)."""
    if fate.subtype != "appointed":
        return None
    if _PASSED_TO.search(fate.match.group()):
        return _post_passed(ctx, sentence, fate)
    if fate.token.pos_ not in _VERBS:
        return None
    if fate.token.lemma_.lower() in lex.leading_verbs:
        return _post_of_the_led(ctx, sentence, fate, lex)
    after = lex.announced_post.search(sentence.text, fate.match.end(), fate.match.end() + 120)
    if after is not None:
        post = lex.any_position.search(sentence.text, after.start(), after.end())
        if post is None and _TAKES_THE_POST.search(after.group()):
            # "named X as his successor", "named X to take his place": the post of the one before
            post = _predecessor_post(sentence, fate, lex)
    elif _put_in_place(fate.token, lex):
        post = _predecessor_post(sentence, fate, lex)  # "replaced him with X": his post
    else:
        return None
    subjects = _naming_subjects(fate.token)
    if _misread_naming(fate.token, sentence):
        subjects = [fate.token.head]
    inside = {t.i for c in subjects for t in c.subtree}
    group_ent = next(
        (e for e in sentence.ents if e.label_ == GROUP_LABEL and e.root.i in inside), None
    )
    if group_ent is None and subjects:
        group_ent = _subject_group(ctx, sentence, subjects[0])  # "the group named X as ..."
    if group_ent is None:
        return None
    if post is None:
        # "named X to lead the faction in his place": the post the verb of leading gives
        led = _TO_LEAD.search(sentence.text, fate.match.end(), fate.match.end() + 120)
        if led is None:
            return None
        words = (sentence.start + led.start(), sentence.start + led.end())
        return lex.described_posts.get(led["verb"].lower(), "leader"), words, group_ent
    words = (sentence.start + post.start(), sentence.start + post.end())
    return _position_name(sentence, post, lex), words, group_ent


_TO_LEAD = re.compile(r"\bto (?P<verb>lead|head|command) (?:the|its|their)\b", re.I)


def _post_of_the_led(ctx, sentence: Sentence, fate: _Fate, lex: LeaderLexicon):
    """ "Ansarul Islam is now led by X", "X now heads the group": the group led (the passive
    subject or the object) and the post the verb gives (leader, or commander)."""
    verb = fate.token
    led = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not led and verb.dep_ == "conj":  # "has been reorganised and is now led by X"
        led = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not led:
        return None
    group_ent = _subject_group(ctx, sentence, led[0]) or _group_the_story_told(ctx, sentence, led[0])
    if group_ent is None:
        return None
    post = lex.described_posts.get(verb.lemma_.lower(), "leader")
    words = (sentence.start + fate.match.start(), sentence.start + fate.match.end())
    return post, words, group_ent


_PASSED_TO = re.compile(r"\bpassed to$", re.I)


def _group_the_story_told(ctx, sentence: Sentence, noun):
    """ "the organisation is now run by X", paragraphs after the Gulf Clan was last named: a
    bare group word stands for the last group the article named, however far back."""
    if noun.lemma_.lower() not in lex_group_words() or noun.pos_ != "NOUN":
        return None
    return antecedent(ctx, sentence, noun.idx, GROUP_LABEL, reach=sentence.index)


def _post_passed(ctx, sentence: Sentence, fate: _Fate):
    """ "command of the Gulf Clan has already passed to X": the group whose command passed (in
    its "of" phrase, or "its"), and the leader's post."""
    doc = sentence.span.doc
    start = sentence.start + fate.match.start()
    words = doc.char_span(start, sentence.start + fate.match.end(), alignment_mode="expand")
    if words is None:
        return None
    held = words[0]  # "command", "leadership"
    owners = [o for c in held.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    owners += [c for c in held.children if c.dep_ == "poss"]
    if owners:
        group_ent = _subject_group(ctx, sentence, owners[0])
    else:  # "command has already passed to X": of the group the story is about
        group_ent = antecedent(ctx, sentence, held.idx, GROUP_LABEL, reach=sentence.index)
    if group_ent is None:
        return None
    return "leader", (words.start_char, words.end_char), group_ent


# the words of a post a verb of leading gives ("now led by"): that post, not one described
_LED_BY = re.compile(r"\b(?:led|leads|headed|heads|commanded|commands)\b", re.I)
_TAKES_THE_POST = re.compile(r"successor|succeed|replace|place\b", re.I)


def _predecessor_post(sentence: Sentence, fate: _Fate, lex: LeaderLexicon):
    """ "said their leader, X, had been killed, and named Y as his successor": a successor
    takes the post the sentence gave the one he succeeds, the last armed post before the
    naming word."""
    posts = [
        m
        for m in lex.any_position.finditer(sentence.text, 0, fate.match.start())
        if not _not_armed_post(sentence, m, lex)
    ]
    return posts[-1] if posts else None


def _naming_subjects(verb) -> list:
    """Who names: the verb's subject, or for a conjunct verb without one the subject of the
    verb it is joined to ("the Taliban confirmed that X had died, and named Y as his
    successor"); a group above a subject that is no group ("AQAP said that its leader had
    died, and named Y": the parse joins "named" to "died"; "the leadership answered,
    saying X had been dismissed and naming Y")."""
    first = None
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and _group_like(subjects[0]):
            return subjects
        first = first or subjects
        if verb.dep_ not in ("conj", "ccomp", "advcl") or verb.head.i == verb.i:
            return first
        verb = verb.head


def _group_like(subject) -> bool:
    return (
        any(t.ent_type_ == GROUP_LABEL for t in subject.subtree)
        or subject.lemma_.lower() in lex_group_words()
        or subject.lower_ in ("it", "they")
    )


def _short_names(sentence: Sentence, tokens: set[int], possessors: set[int], people: _DocPeople):
    """A known leader named earlier, now by surname alone, where the recogniser found no
    name ("Droukdel was killed on June 3" after "Abdelmalek Droukdel")."""
    lexicon = group_lexicon()
    named = {t.i for e in sentence.ents for t in e}
    # a surname the recogniser took for a place ("Garba, 41, died"): still the man met before
    misread = {t.i for e in sentence.ents if e.label_ in _MISREAD_NAMES and len(e) == 1 for t in e}
    out = []
    for tok in sentence.span:
        if tok.i not in tokens or tok.i in possessors or tok.pos_ != "PROPN":
            continue
        if tok.i in named and not (tok.i in misread and _met_or_described(people, tok.text)):
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            continue  # the last word of a name carries it
        first = tok
        while (
            first.i > sentence.span.start
            and first.nbor(-1).dep_ == "compound"
            and (first.nbor(-1).pos_ == "PROPN" or first.nbor(-1).text == "-")
        ):
            first = first.nbor(-1)
        words = sentence.span.doc[first.i : tok.i + 1]
        canonical = people.by_short_name(words.text)
        known = lexicon.get(canonical) if canonical else None
        met = people.met_by_short_name(words.text) if known is None else None
        if met is not None:  # "Wani, 22, died on Friday": the commander named before
            span = (words.start_char, words.end_char)
            out.append(_Person(met.name, met.canonical, span, met.position, None, met.group, None))
        described = people.described_as_leader(words.text) if known is met is None else None
        if described is not None:  # "Marines captured Olmedo": the founder named elsewhere
            span = (words.start_char, words.end_char)
            out.append(
                _Person(words.text, None, span, described.position, None, described.group, None)
            )
        if known is None:
            continue
        role = leader_lexicon().roles.get(canonical)
        span = (words.start_char, words.end_char)
        out.append(_Person(words.text, canonical, span, role, None, known.parent, None))
    return out


_MISREAD_NAMES = frozenset({"GPE", "LOC", "ORG", "NORP"})


def _met_or_described(people: _DocPeople, name: str) -> bool:
    return people.met_by_short_name(name) is not None or (
        people.described_as_leader(name) is not None
    )


def _checked(found: list[_Person], fate: _Fate, sentence: Sentence, lex) -> list[_Person]:
    """An appointment word must name a post: "named X as its leader", "elected X emir" ("a
    leader named Benu" names no one to anything). "X replaced Y" needs a post in the sentence
    or a known leader ("Al-Ansari replaced Abu Omar al-Muhajir")."""
    words = fate.match.group()
    if not any(lex.triggers[k].fullmatch(words) for k in ("appointed", "announced")):
        return found  # a death announced: told by the death word
    token = fate.token
    if token.lemma_.lower() in lex.leading_verbs:
        # "is now led by X": the verb gives the post; "X, who now leads the group's fighters,
        # said": a description of the speaker
        return [] if token.dep_ in ("relcl", "acl") else found
    if words.lower() == "successor" or _PASSED_TO.search(words):
        return found  # "command of the group has passed to X": the command is the post
    if token.lemma_.lower() in lex.successor_verbs:
        if lex.any_position.search(sentence.text):
            return found
        return [p for p in found if p.canonical in lex.roles]
    return found if _post_given(fate, sentence, lex) else []


def _by_post(person: _Person) -> _Person | None:
    """The person misread from a place, told by the post alone (or no one without one)."""
    if person.position_words is None or person.words is None:
        return None
    return replace(person, name=person.position or "leader", canonical=None, words=None)


def _a_place_of_the_sentence(person: _Person, sentence: Sentence) -> bool:
    """The person's words are a place the recogniser took for a name ("Balkh" in "Balkh
    province", "Nad Ali" in "Nad Ali district")."""
    if person.words is None:
        return False
    return _inside_a_place(*person.words, sentence)


def _inside_a_place(start: int, end: int, sentence: Sentence) -> bool:
    """A name put before a word for a district or province ("Balkh province", "Marjah
    district"): a place, whichever way the recogniser and the gazetteer read the name alone
    (a surname like "Wani" is also a town's)."""
    after = sentence.text[end - sentence.start :].split(maxsplit=1)
    return bool(after) and after[0].lower().strip(",.;") in leader_lexicon().admin_nouns


def _post_given(fate: _Fate, sentence: Sentence, lex) -> bool:
    token = fate.token
    if token.dep_ == "acl" and not _misread_naming(token, sentence):
        return False  # "a Maoist leader named Benu"
    complement = " ".join(t.text for c in _appointed_to(token) for t in c.subtree)
    complement = complement.replace(" - ", " ").replace("-", " ")  # "secretary-general"
    if lex.any_position.search(complement) or "successor" in complement.lower():
        return True
    if _named_as_something_else(token):
        return False  # "named the leader of the cell as a member of the party": who he is
    if any(c.dep_ == "dobj" and lex.any_position.fullmatch(c.text) for c in token.children):
        return True  # "announced its new leader, X"
    if any(
        c.dep_ == "dobj"
        and c.lower_ == "one"
        and lex.any_position.search(" ".join(t.text for t in c.subtree))
        for c in token.children
    ):
        return True  # "had chosen one of Abu Wahib's deputies"
    if any(
        a.dep_ == "attr" and lex.any_position.fullmatch(a.text)
        for clause in token.children
        if clause.dep_ == "ccomp"
        for a in clause.children
    ):
        return True  # "announced that X was its new leader"
    after = sentence.text[fate.match.end() : fate.match.end() + 120]
    return bool(lex.announced_post.search(after))


def _named_as_something_else(token) -> bool:
    """ "it named the leader of the cell as a member of the IRPT": an "as" phrase that names
    no post says who the one named is, not a post given to him."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(p.dep_ == "pobj" and p.pos_ == "NOUN" and not p.ent_type_ for p in c.children)
        for c in token.children
    )


def _misread_naming(token, sentence: Sentence) -> bool:
    """ "ISWAP named X as its new leader", "The group named X as its caliph": the parse hangs
    the naming verb on the group as if it were "a leader named X"; the group opening the
    sentence is the one naming."""
    head = token.head
    if token.dep_ == "acl" and _person_naming_in_a_verbless_parse(token):
        return True  # "In the video Zawahiri named X as the branch's emir"
    return (
        token.dep_ == "acl"
        and head.dep_ == "ROOT"
        and (
            any(e.label_ == GROUP_LABEL and e.root.i == head.i for e in sentence.ents)
            or (head.pos_ == "NOUN" and head.lemma_.lower() in lex_group_words())
        )
    )


def _person_naming_in_a_verbless_parse(token) -> bool:
    """ "In the video Zawahiri named X as ...": the parse, finding no verb for the sentence,
    hangs the naming on the person as if it were "a man named X" (and takes a verb listed after
    it, "and presented Y as ...", for the sentence's, with no subject of its own); a person's
    name (not a noun like "a man") before it is the one naming."""
    head = token.head
    root = token.sent.root
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    return (
        head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
        and (root.pos_ not in _VERBS or subjectless)
    )


def _names_the_group(noun) -> bool:
    """A name ("ISWAP") or a word for the group ("the group", "the movement")."""
    return noun.pos_ == "PROPN" or (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in lex_group_words()
    )


_INCLUDING = frozenset({"include", "comprise"})


def _about(token, subtype: str, lex: LeaderLexicon) -> list:
    """The words for whom the fate word tells a fate."""
    out = []
    if subtype == "appointed" and token.lemma_.lower() == "pass":  # "command passed to X"
        return [o for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
    if token.pos_ in _VERBS:
        out = _verb_about(token, subtype, lex)
    elif token.lower_ == "successor":  # "X, his successor", "the successor, X"
        out.extend(c for c in token.children if c.dep_ == "appos")
        if token.dep_ == "appos":
            out.append(token.head)
    elif token.pos_ in ("NOUN", "PROPN"):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                out.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ in ("poss", "appos"):
                out.append(child)
    elif token.pos_ == "ADJ":  # "X is still alive", "shows X alive"
        head = token.head
        out.extend(c for c in token.children if c.dep_ == "nsubj")
        if not out and head.i != token.i:
            out.extend(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
    if not out and token.dep_ in ("xcomp", "oprd", "ccomp") and token.head.pos_ in _VERBS:
        # "Shekau was reported killed", "X was believed to have been captured"
        out = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    if not out and subtype == "announced":  # "announced that X was its new leader"
        out = [
            c
            for clause in token.children
            if clause.dep_ == "ccomp" and any(a.dep_ == "attr" for a in clause.children)
            for c in clause.children
            if c.dep_ in ("nsubj", "attr")
        ]
    if not out and token.dep_ == "pobj":
        out = _counted_among(token)  # "X was among the dead"
    if not out and token.dep_ == "nsubj" and token.head.lemma_.lower() in _INCLUDING:
        # "the dead included the cell's commander for Kabul"
        out = [c for c in token.head.children if c.dep_ == "dobj"]
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _INCLUDING:
        out += _named_among_them(token.head)
    if (
        not out
        and token.dep_ in ("relcl", "acl")
        and token.head.pos_ in ("NOUN", "PROPN", "PRON")
        and not _relative_doer(token)
    ):
        out.append(token.head)  # "X, who was killed", "a commander killed in the raid"
        out += _counted_among(token.head)
    elif not out and token.dep_ == "ccomp" and token.head.dep_ == "relcl":
        out.append(token.head.head)  # "X, whom the group said had been captured"
    relative = token.dep_ == "relcl" and any(t.lower_ in ("who", "whom", "that") for t in out)
    if relative:  # "X was one of the men who died"
        out += _counted_among(token.head)
    return [_antecedent_of_relative(t, token) for t in out]


def _named_among_them(verb) -> list:
    """ "the dead included four field commanders, among them X": the name "among them" picks
    out of those included (the parse may hang it anywhere in the clause)."""
    return [
        t
        for t in verb.subtree
        if t.pos_ == "PROPN"
        and any(
            c.dep_ == "prep"
            and c.lower_ == "among"
            and any(o.lower_ in ("them", "those") for o in c.children)
            for c in t.children
        )
    ]


def _antecedent_of_relative(word, token):
    """ "X, who was killed": X; also when the fate word hangs below the relative clause's verb
    ("X, who is believed to have died")."""
    if word.lower_ not in ("who", "whom", "that"):
        return word
    if token.dep_ == "relcl":
        return _nearest_name(word, token.head)
    clause = word.head
    if clause.dep_ == "relcl" and clause.i in {a.i for a in token.ancestors}:
        return _nearest_name(word, clause.head)
    return word


def _nearest_name(relative, antecedent):
    """ "the brother of its founder X, who is believed to have died": a "who" right after a
    name is about that name, though the parse hangs the clause on the phrase's head."""
    before = relative.i - 1
    if before > 0 and relative.doc[before].text == ",":
        before -= 1
    name = relative.doc[before]
    inside = antecedent.left_edge.i <= name.i <= antecedent.right_edge.i
    if name.pos_ == "PROPN" and name.i != antecedent.i and inside and name.ent_type_ == "PERSON":
        # "its founder X": the name's phrase with its post
        return name.head if name.dep_ == "appos" and name.head.pos_ == "NOUN" else name
    return antecedent


def _relative_doer(verb) -> bool:
    """ "a message from X, which named Y caliph": the relative pronoun is the active verb's
    subject, so the noun it stands for did the deed; it is not the one the deed befell."""
    return not any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in verb.children
    )


def _verb_about(token, subtype: str, lex: LeaderLexicon) -> list:
    """ "forces killed X", "X was killed", "X died", "X blew himself up"; "X replaced Y" and
    "X took over" are about X."""
    lemma = token.lemma_.lower()
    if token.dep_ == "acl" and token.head.dep_ == "ROOT" and _names_the_group(token.head):
        # "ISWAP named X as its new leader", parsed as "ISWAP [which was] named X"
        return [c for c in token.children if c.dep_ in ("oprd", "dobj")]
    if subtype == "appointed" and lemma in lex.leading_verbs:
        # "the group is now led by X": the agent; "X now heads the group": the subject
        agents = [c for a in token.children if a.dep_ == "agent" for c in a.children]
        return agents or [c for c in token.children if c.dep_ == "nsubj"]
    if subtype == "appointed" and lemma in lex.successor_verbs:
        # "replaced him with a little-known commander, X": the one put "with" is the new one
        return _put_in_place(token, lex) or [c for c in token.children if c.dep_ == "nsubj"]
    if _reflexive(token) or lemma in ("die", "perish", "survive"):  # "he survived": he
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.dep_ == "conj":  # "X had been left paralysed or had died"
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects
    out = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    if not out:
        out = _subject_of_misread_aside(token)
    if not out:
        out = _object_after_an_aside(token)
    # "killed seven rebels, among them ...", "killing 23 of them, including a commander"
    if any(c.tag_ in ("NNS", "NNPS") or c.pos_ == "NUM" for c in out):
        out += _counted_in(token)
    out += _name_after_object(token, out)
    if subtype == "appointed":
        # "named one of his deputies, Mawlawi X, as his successor": the name in apposition to
        # the object is parsed as hanging off the verb itself
        out += [c for c in token.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
        # "named Baghdadi 'Caliph Ibrahim'": the name hung on the title it was given
        out += [c for c in token.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
        if not out or all(c.pos_ == "NUM" for c in out):
            out += _name_hung_higher(token)
    return out


def _object_after_an_aside(verb) -> list:
    """ "had also arrested, in a separate operation in Kabul, a commander of the network":
    the object told after an aside between commas, which the parse hangs on the aside's last
    noun."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return []
    aside = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 2), None)
    if aside is None:
        return []
    objects = [
        t
        for t in aside.subtree
        if t.dep_ == "appos" and t.pos_ == "NOUN" and doc[t.left_edge.i - 1].text == ","
    ]
    return objects[:1]


def _name_after_object(verb, objects: list) -> list:
    """ "captured a commander of the group in the south, Salem al-Bakkoush, and two of his
    aides": the name in apposition to the object, which the parse hangs on the verb."""
    ends = [o.right_edge.i for o in objects if o.dep_ == "dobj"]
    if not ends:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and c.pos_ == "PROPN"
        and c.i > max(ends)
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].text == ","
    ]


def _put_in_place(token, lex: LeaderLexicon) -> list:
    """ "replaced him with X", "replaced their commander by X": the one the post is given."""
    if token.lemma_.lower() not in lex.successor_verbs:
        return []
    return [
        c
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "by")
        for c in prep.children
        if c.dep_ == "pobj"
    ]


def _subject_of_misread_aside(token) -> list:
    """ "reported that X, described as the group's commander, may have been killed": the
    parse takes the aside's participle for X's verb and leaves the passive fate word with no
    subject; X is the subject of that bare participle (no auxiliary of its own) told just
    before the fate word under the same verb; the post the aside gives ("as the group's
    commander") is said of X too."""
    if token.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in token.children):
        return []
    for sibling in token.head.children:
        if sibling.i >= token.i or sibling.dep_ not in ("ccomp", "conj") or sibling.tag_ != "VBN":
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in sibling.children):
            continue
        subjects = [c for c in sibling.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        return subjects + _as_phrase(sibling) if subjects else []
    return []


def _counted_among(noun) -> list:
    """ "X was one of the bombers who died", "X was among those killed in the strike": the
    subject of the copula the dead are counted in."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "among"):
        return []
    copula = prep.head
    if prep.lower_ == "of" and copula.lower_ in _ONE_OF and copula.dep_ != "attr":
        return _the_one_of_them(copula)
    if prep.lower_ == "of" and copula.lower_ in _ONE_OF and copula.dep_ == "attr":
        copula = copula.head
    if copula.lemma_ != "be":
        return []
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if not subjects and copula.dep_ == "xcomp":  # "X was believed to be among the dead"
        subjects = [c for c in copula.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and prep.i < copula.i:  # "Among the dead was a commander known as X":
        subjects = [c for c in copula.children if c.dep_ == "attr"]  # the one counted after
    return subjects


def _one_of_the_dead(word) -> bool:
    """The death word is "the dead" that a "one of" picks someone out of."""
    prep = word.head
    return (
        word.lower_ in _THE_DEAD
        and word.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _ONE_OF
    )


def _one_of_them(verb) -> list:
    """The "of" phrase's nouns of a subject "one" or "each" of the verb ("one of the dead")."""
    return [
        noun
        for one in verb.children
        if one.dep_ == "nsubj" and one.lower_ in _ONE_OF
        for prep in one.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def _the_one_of_them(one) -> list:
    """ "One of the dead was the leader of the cell", "identified one of the dead as X": who
    the one counted among the dead is."""
    verb = one.head
    if one.dep_ == "nsubj" and verb.lemma_ == "be":
        return [c for c in verb.children if c.dep_ == "attr"]
    if one.dep_ == "dobj" and verb.lemma_.lower() in _NAMING_LEMMAS:
        return [
            c
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for c in p.children
            if c.dep_ == "pobj"
        ]
    return []


def _counted_in(token) -> list:
    """ "Nine militants were killed in the raid, including a commander named X": the one a
    fate word's plural counts in, when the parse hangs "including"/"among" on the verb, or
    hangs the counted one on the verb with "among them" inside ("killed seven rebels, among them
    a commander known as X")."""
    counted = [
        c
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("including", "among")
        for c in prep.children
        if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
    ]
    # "killed two members of AQIM, among them X, a senior figure": the parse may also hang
    # the counted one on the verb as an apposition, or on its object as a relative clause
    # ("had arrested four men in raids ..., among them a commander of ..."); "one of them a
    # commander" counts him so too
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return counted + [
        c
        for holder in (token, *taken)
        for c in holder.children
        if c.dep_ in (("dep", "appos", "advcl") if holder is token else ("relcl", "appos"))
        and c.pos_ in ("NOUN", "PROPN")
        and any(
            (p.dep_ == "prep" and p.lower_ == "among") or (p.lower_ == "one" and _of_them(p))
            for p in c.children
            if p.i < c.i
        )
    ]


def _name_hung_higher(token) -> list:
    """ "confirmed that X had been killed, and named one of his deputies, Y, as his
    successor": with the naming verb a conjunct, the parse hangs Y off a verb above it. Y
    must come after the naming verb and its object, before any other verb."""
    if token.dep_ != "conj":
        return []
    above = {a.i for a in token.ancestors}
    return [
        t
        for t in token.doc[token.i + 1 : token.sent.end]
        if t.dep_ == "npadvmod" and t.pos_ == "PROPN" and t.head.i in above
    ][:1]


def _reflexive(token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in token.children)


def _appointed_to(token) -> list:
    """The post in "named X as its new leader", "took over as emir"."""
    out = []
    for child in token.children:
        if child.dep_ in ("oprd", "attr", "xcomp"):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("as", "to"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _region(about: list, lex: LeaderLexicon) -> tuple[set[int], set[int]]:
    """Token indices of the phrases ``about``, without other clauses or places ("X, who led
    the group", "a man from Y"); and those where a group may be named but not the person the
    fate is about ("Baghdadi's deputy", "an aide of Baitullah Mehsud")."""
    tokens: set[int] = set()
    possessed: set[int] = set()
    stack = [(t, False) for t in about]
    while stack:
        tok, aside = stack.pop()
        if tok.i in tokens:
            continue
        tokens.add(tok.i)
        if aside:
            possessed.add(tok.i)
        if tok.dep_ == "pcomp" and tok.lemma_.lower() in _NAMING_LEMMAS:
            # 'known as "El Tio," whom the government described as one of its leaders': the
            # parse hangs the second naming on the first one's "as"
            stack.extend((c, aside) for c in _as_phrase(tok))
        for child in tok.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _NAMING_LEMMAS:
                # "identified as X", "a leader it identified only as X"; "known as X and
                # described as the group's second-ranking figure"
                for verb in (child, *_naming_conjuncts(child)):
                    stack.extend((c, aside) for c in _as_phrase(verb))
                # "including a commander named X", "a commander called X"
                stack.extend((c, aside) for c in child.children if c.dep_ == "oprd")
                continue
            if child.dep_ == "relcl":
                # "the commander who led the assault on X, a unit leader": the apposition
                # after the clause, which the parse hangs on the clause's last noun
                stack.extend((c, aside) for c in _apposition_after(child))
                # "an American who was deputy leader of AQIS": the post the clause says he held
                stack.extend((c, aside) for c in _post_held(child, lex))
                # "the commander who took charge of Hizbul Mujahideen's fighters": whose he led
                stack.extend((c, True) for c in _group_led_in_clause(child, lex))
            if child.dep_ in _OTHER_CLAUSE or (child.dep_ == "dobj" and tok.pos_ != "VERB"):
                continue  # a noun with an object is a misparse ("supremo ... Mansoor")
            if (
                child.dep_ == "prep"
                and child.lower_ not in _ABOUT_PREPOSITIONS
                and not (child.lower_ == "in" and _is_post(tok, lex))
            ):
                continue  # but "a senior figure in the militants' Sinai branch": its group
            of_other = (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and not _is_post(tok, lex)
                and not _starts_a_post(tok, lex)  # "the second-in-command of", split in words
                and not lex.any_position.fullmatch(f"{tok.text} of")  # "the head of al-Shabaab"
            )
            # "the leader of the Islamic State's branch": the branch's owner is the group
            owner = child.dep_ == "poss" and tok.lemma_.lower() not in lex.group_nouns
            stack.append((child, aside or owner or of_other))
    return tokens, possessed


# "identified as", "known as", "described as", "whom the military regards as"
def _post_held(clause, lex: LeaderLexicon) -> list:
    """The post a "who was ..." or "who sat on ..." clause gives the person it describes."""
    if clause.lemma_ == "be":
        return [c for c in clause.children if c.dep_ == "attr" and _is_post(c, lex)]
    if clause.lemma_ in ("sit", "serve"):  # "who sat on Hurras al-Din's leadership council"
        return [
            c
            for prep in clause.children
            if prep.dep_ == "prep" and prep.lower_ == "on"
            for c in prep.children
            if c.dep_ == "pobj" and _is_post(c, lex)
        ]
    return []


def _starts_a_post(word, lex: LeaderLexicon) -> bool:
    """The words of a post begin at the word ("second" of "second-in-command")."""
    text = doc_text(word.doc)[word.idx : word.idx + 40]
    return any(m.start() == 0 and m.end() > len(word.text) for m in lex.any_position.finditer(text))


def _group_led_in_clause(clause, lex: LeaderLexicon) -> list:
    """What a "who took charge of", "who led" or "who took over" clause says the person led,
    told of a post ("the commander who took charge of the group's fighters")."""
    if clause.head.pos_ != "NOUN" or not _is_post(clause.head, lex):
        return []
    if clause.lemma_.lower() not in lex.leading_verbs | {"take"}:
        return []
    led = [c for c in clause.children if c.dep_ == "dobj"]
    if clause.lemma_.lower() == "take":  # "took charge of X", "took over X"
        charge = [d for d in led if d.lemma_.lower() in lex.charge_nouns]
        led = [
            o
            for d in charge
            for p in d.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(c.dep_ == "prt" and c.lower_ == "over" for c in clause.children):
            led = [c for c in clause.children if c.dep_ == "dobj"]
    return led


def _is_post(noun, lex: LeaderLexicon) -> bool:
    """The noun ends the words of a post ("figure" in "a senior figure")."""
    words = noun.doc[noun.left_edge.i : noun.i + 1].text
    return any(m.end() == len(words) for m in lex.any_position.finditer(words))


# "who served as its chief religious official": the post a clause on the person gives them
_NAMING_LEMMAS = frozenset(
    {"identify", "name", "call", "know", "describe", "regard", "consider", "serve"}
)


def _naming_conjuncts(verb) -> list:
    return [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in _NAMING_LEMMAS]


def _apposition_after(clause) -> list:
    """The apposition right after a relative clause, set off by a comma and hung by the parse
    on a noun inside the clause ("the commander who led the assault on Nioro, a JNIM unit
    leader")."""
    inside = {t.i for t in clause.subtree}
    return [
        t
        for t in clause.subtree
        if t.dep_ == "appos"
        and t.head.i in inside
        and t.left_edge.i > 0
        and t.doc[t.left_edge.i - 1].text == ","
        and t.right_edge.i == clause.right_edge.i
    ]


def _as_phrase(verb) -> list:
    """What "as" names after a verb, also when the parse hangs the "as" on the "by" agent
    ("described by officials as the group's third-ranking figure")."""
    heads = [verb] + [c for agent in verb.children if agent.dep_ == "agent" for c in agent.children]
    named = [
        c
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for c in p.children
    ]
    # "whom Spain considers the leader of ETA": the post the clause's "whom" is said to hold
    whom = any(c.lower_ in ("whom", "who") for c in verb.children)
    if not named and whom and verb.lemma_.lower() in ("consider", "regard", "call", "name"):
        named = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr") and c.pos_ == "NOUN"]
    return named


def _named_person(
    sentence, ent, tokens: set[int], lex: LeaderLexicon, people: _DocPeople, named_post=None
):
    lexicon = group_lexicon()
    if _names_a_group(sentence, ent):
        return None
    canonical = ent.ent_id_ or people.by_short_name(ent.text)
    met = None if canonical else people.met_by_short_name(ent.text)
    if met is not None:  # "Wani, 22, died on Friday": the commander named before
        words = (ent.start_char, ent.end_char)
        return _Person(met.name, met.canonical, words, met.position, None, met.group, None)
    position, position_words, group_ent = _post_near(sentence, ent, tokens, lex)
    led = (
        named_post is not None
        and named_post[2] is not None
        and _LED_BY.search(doc_text(sentence.span.doc)[named_post[1][0] : named_post[1][1]])
    )
    if (position is None or group_ent is None or led) and named_post is not None:
        position, position_words, group_ent = named_post  # "named X as its new leader"
    group = _canonical_group(group_ent)
    group_name = group_ent.text if group_ent is not None else None
    if group is None and _post_of_anaphor(sentence, position_words, lex):
        # "The group's emir, X, was killed": named before, or earlier in the sentence ("IS said
        # X, who served as its chief, ...")
        group = _one_group_before(sentence, position_words[0]) or people.last_named_group
        group_name = group
    if group is None and position_words is not None:
        group_name = _short_name_of_a_group_named_before(sentence, position_words, people)
        group = group_name and _group_of_short_name(group_name, people)
    if group is None and position_words is not None:
        group_name = _the_group_after(sentence, position_words[1], lex)
        # "a senior member of the group": the group the sentence named before it ("killed two
        # members of AQIM, among them X, a senior figure in the group"), else the group of the
        # last leader told, else the last named
        if group_name:
            group = (
                _one_group_before(sentence, position_words[0])
                or people.last_group
                or people.last_named_group
            )
    if canonical is not None and group is not None and not _same_side(canonical, group):
        canonical = None  # "IS commander Hafiz Muhammad Saeed" is not LeT's founder
    listed = canonical is not None and lexicon.get(canonical) is not None
    if listed:
        known = lexicon.get(canonical)
        group = group or known.parent
        position = position or lex.roles.get(canonical)
    elif group is None and (
        _counted_among_fighters(sentence, position_words, lex)
        or _killed_where_fighters_were_hit(sentence, position_words, lex)
        or _counted_among_the_dead(ent.root)
        or _armed_post_of_no_group(sentence, position_words, lex)
        or _runs_the_group_s_men(ent.root, position_words)
    ):
        # "killed seven rebels, among them a commander, X"; in the lead, before the group is
        # named, the group the article names most
        group = people.last_named_group or people.main_group
    if not listed and (position is None or group is None):
        described = people.described_as_leader(ent.text)
        if described is None:
            return None  # an unknown name must be said to lead or speak for a named group
        position, group = described.position, described.group  # said in another sentence
    words = (ent.start_char, ent.end_char)
    return _Person(
        ent.text,
        canonical,
        words,
        position,
        position_words,
        group,
        group_name,
    )


def _counted_among_fighters(sentence: Sentence, position_words, lex: LeaderLexicon) -> bool:
    """The post is one of a group's men counted in a toll ("nine militants were killed, among
    them a commander known as X"): the men are the group the article is about, though the
    sentence does not name it (soldiers or police counted so are not fighters)."""
    if position_words is None:
        return False
    before = doc_text(sentence.span.doc)[sentence.span.start_char : position_words[0]]
    return bool(lex.counted_among_fighters.search(before))


def _killed_where_fighters_were_hit(sentence: Sentence, position_words, lex) -> bool:
    """ "jets struck insurgent hideouts near Alagarno, killing a commander known as X": a post
    killed in a strike on an armed group's hideouts or camp is one of its men."""
    if position_words is None:
        return False
    before = doc_text(sentence.span.doc)[sentence.span.start_char : position_words[0]]
    return bool(lex.killed_where_hit.search(before))


def _runs_the_group_s_men(name, position_words) -> bool:
    """ "A commander known as Ba Lawan, who ran the branch's fighters on the islands": a post
    whose holder a clause says led "the branch's" or "its" men is one of the group the article
    is about."""
    if position_words is None:
        return False
    post = name.doc.char_span(*position_words, alignment_mode="expand")
    holders = [name] if post is None else [name, post.root]
    leading = leader_lexicon().leading_verbs
    for holder in holders:
        for clause in (c for c in holder.children if c.dep_ == "relcl"):
            if clause.lemma_.lower() not in leading:
                continue
            for word in clause.subtree:
                if word.dep_ == "poss" and (
                    word.lower_ == "its" or word.lemma_.lower() in lex_group_words()
                ):
                    return True
    return False


def _armed_post_of_no_group(sentence: Sentence, position_words, lex: LeaderLexicon) -> bool:
    """ "had killed Ali Mahmoud Ghanem, a militant commander": a post told as an armed group's,
    of no group the sentence names, is one of the group the article is about."""
    if position_words is None:
        return False
    text = doc_text(sentence.span.doc)
    words = text[max(sentence.span.start_char, position_words[0] - 20) : position_words[1]]
    return bool(re.search(rf"(?:{lex.armed_descriptions.pattern})\s+\S+$", words, re.I))


# the words that pick one out of those counted ("one of the dead", "each of them")
_ONE_OF = frozenset({"one", "each"})
# the words for those killed that count someone among them ("the dead included X", "one of the
# dead was X")
_THE_DEAD = frozenset({"dead", "killed", "victims"})


def _counted_among_the_dead(token) -> bool:
    """ "whether a commander, known by the alias Hamza, was among the dead": one whose death is
    checked among those an operation against the group killed is one of its men."""
    for word in (token, *list(token.ancestors)[:4]):
        copula = word.head
        if word.dep_ == "nsubj" and copula.lemma_ == "be":
            return any(c.dep_ == "prep" and c.lower_ == "among" for c in copula.children)
        if word.dep_ == "attr" and copula.lemma_ == "be":
            # "one of the dead was the leader of the cell", "Among the dead was a commander"
            among = any(c.dep_ == "prep" and c.lower_ == "among" for c in copula.children)
            return among or any(c.lower_ in _THE_DEAD for c in _one_of_them(copula))
        if word.dep_ == "dobj" and copula.lemma_.lower() in _INCLUDING:
            # "the dead included the cell's commander for Kabul"
            return any(
                c.dep_ == "nsubj" and c.lower_ in _THE_DEAD
                for c in copula.children
            )
    return False


def _among_the_killed(post) -> bool:
    """ "killing 11 fighters, among them a commander", "killing 23 of them, including a
    commander": a post the verb of killing takes after "among them" or "including", one of the
    men it killed."""
    doc = post.doc
    start = post.left_edge.i
    among = start >= 2 and doc[start - 2].lower_ == "among"
    among = among and doc[start - 1].lower_ in ("them", "those")
    # the parse may hang "among them" on the post itself
    among = among or any(
        c.dep_ == "prep" and c.lower_ == "among" and c.i < post.i
        for c in post.children
        if any(t.lower_ in ("them", "those") for t in c.children)
    )
    # "killed three militants ..., one of them a commander who ...": "one of them" before it
    among = among or any(
        c.lower_ == "one" and c.i < post.i and _of_them(c) for c in post.children
    )
    # "killing 23 of them, including a commander it said had led the raid"
    including = post.dep_ == "pobj" and post.head.lower_ == "including"
    if not (among or including):
        return False
    verb = post.head if post.dep_ in ("dobj", "appos", "conj", "advcl", "dep") else None
    verb = post.head.head if including else verb
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.lemma_.lower() != "kill":
        return False
    # not "killed four soldiers, among them a company commander": an officer of the forces
    counted = [c for c in verb.children if c.dep_ == "dobj" and c.i != post.i]
    return not any(operation_lexicon().forces.search(c.text) for c in counted)


def _of_them(word) -> bool:
    """ "one of them", "one of those": the word is one of the men told just before."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(t.lower_ in ("them", "those") for t in p.children)
        for p in word.children
    )


def _short_name_of_a_group_named_before(sentence: Sentence, position_words, people) -> str | None:
    """ "Jaish's chief of operations", "a Lashkar commander": the post's possessor or the name
    before it, a word the recogniser did not take for a group, that is the first word of one
    group the article named before."""
    words = sentence.span.doc.char_span(*position_words, alignment_mode="expand")
    if words is None:
        return None
    post = words.root
    held = (post, post.head) if post.dep_ in ("amod", "compound") else (post,)
    for noun in held:
        for owner in (c for c in noun.children if _names_the_post_s_group(c, noun)):
            one_word = not any(c.dep_ == "compound" for c in owner.children)
            if one_word and _group_of_short_name(owner.text, people):
                return owner.text
    return None


# what the recogniser takes such a word for: an organisation or a person, and a nationality
# when it stands before the post ("a Lashkar commander", tagged a noun or an adjective)
_SHORT_GROUP_MISREAD = {"poss": frozenset({"", "ORG", "PERSON"})}
_SHORT_GROUP_MISREAD["compound"] = _SHORT_GROUP_MISREAD["poss"] | {"NORP"}
_SHORT_GROUP_MISREAD["amod"] = _SHORT_GROUP_MISREAD["compound"]


def _names_the_post_s_group(word, post) -> bool:
    misread = _SHORT_GROUP_MISREAD.get(word.dep_)
    if misread is None or word.i > post.i or word.ent_type_ not in misread:
        return False
    return word.pos_ == "PROPN" or (word.dep_ == "amod" and word.text[:1].isupper())


def _group_of_short_name(name: str, people) -> str | None:
    """The one group named before whose canonical name starts with the word."""
    word = name.lower()
    found = {g for g in people.named_groups if re.split(r"[\s-]", g.lower())[0] == word}
    return found.pop() if len(found) == 1 else None


def _post_of_anaphor(sentence: Sentence, position_words, lex: LeaderLexicon) -> bool:
    """The post is "its", "their" or "the group's" ("the group's self-styled emir, X")."""
    if position_words is None:
        return False
    words = sentence.span.doc.char_span(*position_words, alignment_mode="expand")
    if words is None:
        return False
    nouns = lex.group_nouns | _MOVEMENT_NOUNS
    post = words.root
    # "its chief religious official": the possessive hangs on the noun the post word modifies
    held = (post, post.head) if post.dep_ in ("amod", "compound") else (post,)
    if post.lower_ == "one":  # "one of the cartel's top leaders"
        held = (post, *_ones_counted_among(post))
    return any(
        c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.lemma_.lower() in nouns)
        for noun in held
        for c in noun.children
    )


def _ones_counted_among(one) -> list:
    """ "one of the top leaders": the nouns "one" is counted among."""
    return [o for p in one.children if p.lower_ == "of" for o in p.children]


def _one_group_before(sentence: Sentence, start: int) -> str | None:
    """The one group the sentence names before ``start`` (a document offset)."""
    named = {
        e.ent_id_
        for e in sentence.ents
        if e.label_ == GROUP_LABEL
        and e.ent_id_
        and e.end_char <= start
        and not _backing(e)
        and not _owner_in_a_description(e)
    }
    return named.pop() if len(named) == 1 else None


def _owner_in_a_description(ent) -> bool:
    """ "Jund al-Khilafa, the Islamic State's local affiliate": a group that owns the noun
    describing another group names only whose that one is."""
    root = ent.root
    return root.dep_ == "poss" and root.head.dep_ == "appos"


def _the_group_after(sentence: Sentence, end: int, lex: LeaderLexicon) -> str | None:
    """ "a senior member of the group", "a commander of the movement": the words for a group
    the article named before, right after the post (``end`` an offset into the document)."""
    m = _OF_THE_GROUP.match(doc_text(sentence.span.doc), end)
    if m is None or m["noun"].lower() not in lex.group_nouns | _MOVEMENT_NOUNS:
        return None
    return m.group()[len(m.group()) - len(m["noun"]) - 4 :]


_OF_THE_GROUP = re.compile(r"s? (?:of|in) the (?P<noun>\w+)\b")  # "a senior figure in the group"
_MOVEMENT_NOUNS = frozenset({"movement", "organisation", "organization"})


def _names_a_group(sentence: Sentence, ent) -> bool:
    """ "LashkareToiba (LeT)": a group's name the recogniser took for a person's."""
    after = doc_text(sentence.span.doc)[ent.end_char : ent.end_char + 3]
    return _modifies_a_group_noun(ent) or (
        after.lstrip().startswith("(")
        and any(
            e.label_ == GROUP_LABEL and 0 < e.start_char - ent.end_char <= 3 for e in sentence.ents
        )
    )


def _modifies_a_group_noun(ent) -> bool:
    """ "the Islamic State's Sahel branch", "its Kabul cell": a name that qualifies a group noun
    names the branch (by its region or founder), not a person told of."""
    root = ent.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in (
        lex_group_words()
    )


def _same_side(canonical: str, group: str) -> bool:
    """The group the text names is the known leader's, or its parent or branch."""
    lexicon = group_lexicon()
    parent = lexicon.get(canonical).parent if lexicon.get(canonical) else None
    if parent is None or lexicon.same_movement(parent, group):
        return True  # also "the Nusra Front's leader" for HTS's, under the name of its day
    named_group, named_parent = lexicon.get(group), lexicon.get(parent)
    if (named_group and named_group.parent == parent) or (
        named_parent and named_parent.parent == group
    ):
        return True
    # "Taliban commander Mullah Fazlullah" for the Pakistani Taliban's leader
    return bool(_name_words(group) & _name_words(parent))


_GENERIC_NAME_WORDS = frozenset(
    {
        "islamic",
        "state",
        "front",
        "army",
        "liberation",
        "national",
        "party",
        "group",
        "movement",
        "people",
        "forces",
        "province",
        "council",
        "revolutionary",
        "united",
    }
)


def _name_words(name: str) -> set[str]:
    words = {w for w in re.split(r"[^a-z]+", name.lower()) if len(w) >= 5}
    return words - _GENERIC_NAME_WORDS


def _post_near(sentence: Sentence, ent, tokens: set[int], lex: LeaderLexicon):
    """The post the phrase gives the person ("IS leader X", "X, the group's spokesman"), and
    the group it is of."""
    best = None
    described = _described_as(ent.root)
    for m in lex.any_position.finditer(sentence.text):
        tok = _token(sentence, m.start(), m.end())
        if tok is None or tok.i not in tokens:
            continue
        if _not_armed_post(sentence, m, lex) and _group_led(tok, lex, _led_or_founded(lex)) is None:
            continue  # but "a militia commander who founded Kataib Hezbollah": that group's
        distance = min(abs(tok.i - ent.start), abs(tok.i - (ent.end - 1)))
        if tok.i in described or _known_as_under(ent.root, tok):
            # "X, described by officials as the group's ... head", "a senior figure in the
            # militants' Sinai branch, known as X"
            distance = min(distance, 8)
        if distance > 8 or (best is not None and distance >= best[0]):
            continue
        if not _someone_between(sentence, tok, ent):
            best = (distance, m, tok)
    if best is None:
        led = _group_led_by(ent.root, lex)
        if led is not None:  # "X, the man who ran operations for the Islamic State's branch"
            return _post_of_leading(ent.root, lex), None, led
        return None, None, _group_in(sentence, tokens, ent.root)
    _, m, tok = best
    words = (sentence.start + m.start(), sentence.start + m.end())
    if tok.lower_ == "one":  # "one of the most feared commanders of AQIM": the commanders'
        tok = next(iter(_ones_counted_among(tok)), tok)
    group = (
        _group_of_post(sentence, tok, tokens)
        or _described_group(tok, lex)
        or _group_led(tok, lex, _led_or_founded(lex))
        or _group_led(ent.root, lex)
        or _group_in_phrase(sentence, tokens)
    )
    return _position_name(sentence, m, lex), words, group


def _described_as(person) -> set[int]:
    """Token indices of what a naming verb on the person says they are ("known as X and
    described by Iraqi officials as the group's second-ranking figure")."""
    out: set[int] = set()
    # also said of a noun in apposition ("X, a former detainee who served as its chief")
    nouns = (person, *(c for c in person.children if c.dep_ == "appos"))
    for child in (c for noun in nouns for c in noun.children):
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _NAMING_LEMMAS:
            for verb in (child, *_naming_conjuncts(child)):
                out.update(t.i for c in _as_phrase(verb) for t in c.subtree)
        if child.dep_ == "relcl":  # "a Jordanian who sat on Hurras al-Din's leadership council"
            out.update(t.i for c in _post_held(child, leader_lexicon()) for t in c.subtree)
    return out


def _known_as_under(name, post) -> bool:
    """The name is what a naming verb in the post's phrase calls someone ("a senior figure in
    the Sinai branch, known as X")."""
    prep, verb = name.head, name.head.head
    if name.dep_ != "pobj" or prep.lower_ != "as" or verb.lemma_.lower() not in _NAMING_LEMMAS:
        return False
    return verb.dep_ in ("acl", "relcl") and verb.head.i in {t.i for t in post.subtree}


def _group_in_phrase(sentence: Sentence, tokens: set[int]):
    """The one group named anywhere in the person's own phrase ("a senior commander known as
    X, whom the military regards as the Islamic State's top figure in Southeast Asia")."""
    named = [
        e
        for e in sentence.ents
        if e.label_ == GROUP_LABEL and e.root.i in tokens and not _backing(e)
    ]
    return named[0] if len({e.ent_id_ or e.text for e in named}) == 1 else None


def _group_led_by(person, lex: LeaderLexicon):
    """The group a relative clause on the person, or on a noun in apposition to them ("the
    man who ran ..."), says they lead."""
    for noun in (person, *(c for c in person.children if c.dep_ == "appos")):
        group = _group_led(noun, lex)
        if group is not None:
            return group
    return None


def _post_of_leading(person, lex: LeaderLexicon) -> str:
    """ "who ran the branch", "who led the Islamic State": the whole group is led, a leader;
    "who ran operations for ...": a commander."""
    for noun in (person, *(c for c in person.children if c.dep_ == "appos")):
        for clause in _leading_clauses(noun, lex.leading_verbs):
            led = [c for c in clause.children if c.dep_ == "dobj"]
            if led and (
                led[0].lemma_.lower() in lex.group_nouns or led[0].ent_type_ == GROUP_LABEL
            ):
                return "leader"
    return "commander"


def _led_or_founded(lex: LeaderLexicon) -> frozenset[str]:
    return lex.leading_verbs | lex.founding_verbs


def _leading_clauses(noun, verbs: frozenset[str]) -> list:
    """The relative clauses on the noun that say it leads something ("who leads Boko Haram's
    fighters"), also when the clause is a saying of it ("who they said commands the Taliban's
    fighters": the said clause)."""
    out = []
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() in verbs:
            out.append(clause)
        elif clause.lemma_.lower() in SAYING_VERBS:
            out.extend(
                c for c in clause.children if c.dep_ == "ccomp" and c.lemma_.lower() in verbs
            )
        elif clause.lemma_.lower() in _ACCUSING:  # "whom they accuse of leading the faction"
            out.extend(
                g
                for p in clause.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pcomp" and g.lemma_.lower() in verbs
            )
    return out


# verbs of a clause on a person that tell what they are said to do ("whom police accuse of
# leading the faction"): what they are accused of leading, they lead
_ACCUSING = frozenset({"accuse", "suspect"})


def _the_person_does(clause) -> bool:
    """The clause's doer is the person it hangs on: "who leads", or "whom they accuse of
    leading"."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return True
    accusing = clause.head.head if clause.dep_ == "pcomp" else None
    return accusing is not None and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("whom", "who") for c in accusing.children
    )


def _group_led(noun, lex: LeaderLexicon, verbs: frozenset[str] | None = None):
    """The group a relative clause says the person leads ("a commander who leads Boko Haram's
    fighters on the lake islands", "the man who ran operations for the Islamic State's Afghan
    branch"); ``verbs``: the lemmas that say so (the leading verbs unless given)."""
    verbs = lex.leading_verbs if verbs is None else verbs
    for clause in _leading_clauses(noun, verbs):
        if not _the_person_does(clause):
            continue
        for ent in noun.doc.ents:
            if ent.label_ == GROUP_LABEL and ent.root.i in {t.i for t in clause.subtree}:
                return ent
    return None


def _described_group(post, lex: LeaderLexicon):
    """ "the head of an al-Qaeda-linked militant cell", "leader of a jihadist faction": a group
    the article describes but does not name; the post is an armed group's when the description
    says so."""
    for prep in post.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in lex.group_nouns:
                continue
            words = post.doc[noun.left_edge.i : noun.i + 1]
            if lex.armed_descriptions.search(words.text):
                return words
    return None


def _someone_between(sentence: Sentence, post, ent) -> bool:
    """ "BLA commander X and his associate Y": the post is X's, not Y's. A one-word name owning
    the post ("X, whom the army described as Jaish's chief") is whose post it is, not who
    holds it."""
    lo, hi = sorted((post.i, ent.root.i))
    text = doc_text(sentence.span.doc)
    return any(
        e.label_ == "PERSON"
        and e.start != ent.start
        and lo < e.root.i < hi
        and not (len(e) == 1 and e.root.dep_ == "poss" and e.root.head.i == post.i)
        and not _ALIAS_BEFORE.search(text[max(0, e.start_char - 12) : e.start_char])
        for e in sentence.ents
    )


def _not_armed_post(sentence: Sentence, m: re.Match, lex: LeaderLexicon) -> bool:
    """A post outside armed groups ("police chief"), or no post: a name ("Amir Hussain")."""
    start = sentence.start + m.start()
    if any(e.label_ == "PERSON" and e.start_char <= start < e.end_char for e in sentence.ents):
        return True
    offset = max(0, m.start() - 30)
    cue = lex.not_armed.search(sentence.text[offset : m.start()])
    if cue is None:
        return False
    at = sentence.start + offset + cue.start()  # "Islamic State commander": the group's name
    if any(e.label_ == GROUP_LABEL and e.start_char <= at < e.end_char for e in sentence.ents):
        return False
    return not _held_in_a_group(sentence, m, offset + cue.start(), lex)


def _held_in_a_group(sentence: Sentence, m: re.Match, cue: int, lex: LeaderLexicon) -> bool:
    """ "the branch's intelligence chief", "the intelligence chief of the Islamic State's
    Khorasan branch": a post with a word of the state's before it is still a group's when the
    group owns it."""
    before = sentence.text[max(0, cue - 40) : cue]
    owner = re.search(r"\b(?:its|their|the (\w+)(?:'s|’s))\s+$", before)
    if owner is not None and (owner.group(1) is None or owner.group(1).lower() in lex.group_nouns):
        return True
    if _the_group_after(sentence, sentence.start + m.end(), lex) is not None:
        return True  # "a senior military leader of the group"
    of = re.match(r"\s+(?:of|in|for)\s+((?:the\s+)?)", sentence.text[m.end() :])
    if of is None:
        return False
    starts = {sentence.start + m.end() + of.start(1), sentence.start + m.end() + of.end()}
    return any(e.label_ == GROUP_LABEL and e.start_char in starts for e in sentence.ents)


def _position_name(sentence: Sentence, m: re.Match, lex: LeaderLexicon) -> str:
    words = m.group()
    name = next((n for n, p in lex.positions if p.fullmatch(words)), "leader")
    if name == "leader" and _chief_of_a_field(sentence, m):
        name = "commander"  # "the group's finance chief", "its intelligence head"
    before = sentence.text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"\b(?:former|ex-?)\s*$", before):
        return f"former {name}"
    return name


def _chief_of_a_field(sentence: Sentence, m: re.Match) -> bool:
    """ "finance chief", "media head": a common noun right before the post names the field
    the person runs for the group, not the group itself."""
    post = _token(sentence, m.start(), m.end())
    if post is None:
        return False
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == post.i - 1 and c.text.islower()
        for c in post.children
    )


def _group_of_post(sentence: Sentence, post, tokens: set[int]):
    """The group a post is of: named in its phrase ("ISKP commander", "leader of ISKP",
    "the Taliban's spokesman"), or, for "its leader", the group the sentence names."""
    best = None
    for ent in sentence.ents:
        if ent.label_ != GROUP_LABEL or _backing(ent):
            continue
        # a name the parse splits ("al-Qaeda | in the Islamic Maghreb") may start inside
        if ent.root.i not in tokens and ent.start not in tokens and not _just_before(ent, post):
            continue
        distance = min(abs(post.i - ent.start), abs(post.i - (ent.end - 1)))
        if _object_of(ent, post):
            distance = 1  # "commander of the al-Qaeda-linked coalition JNIM": however long
        if distance <= 6 and (best is None or distance < best[0]):
            best = (distance, ent)
    if best is not None:
        return best[1]
    # "its leader", "the head of its political council"
    owned = [post, *(o for p in post.children if p.lower_ == "of" for o in p.children)]
    if any(
        c.dep_ == "poss"
        and (
            c.lower_ in ("its", "their")
            or c.lemma_ in ("group", "organisation", "organization", "movement")
        )
        for noun in owned
        for c in noun.children
    ):
        groups = [e for e in sentence.ents if e.label_ == GROUP_LABEL]
        if len({e.ent_id_ for e in groups}) == 1:
            return groups[0]
    return _teller_of_its_own(sentence, post)


def _teller_of_its_own(sentence: Sentence, post):
    """ "The Islamic State has said that Abu Omar al-Shishani, a commander, has been killed":
    a post of no named group, told by the one group the sentence names as the teller of the
    news it is in, is a post in that group (a group tells of its own)."""
    groups = [e for e in sentence.ents if e.label_ == GROUP_LABEL]
    if len({e.ent_id_ for e in groups}) != 1:
        return None
    teller = groups[0]
    verb = teller.root.head
    said = teller.root.dep_ == "nsubj" and verb.lemma_.lower() in (
        SAYING_VERBS | leader_lexicon().announce_verbs
    )
    return teller if said and verb.is_ancestor(post) else None


def _object_of(ent, post) -> bool:
    """The group is the object of the post's "of" ("leader of the ... group X")."""
    root = ent.root
    return (
        root.dep_ == "pobj"
        and root.head.dep_ == "prep"
        and root.head.lower_ == "of"
        and root.head.head.i == post.i
    )


def _just_before(ent, post) -> bool:
    """ "IS commander", "the Taliban's spokesman", "the Islamic State's top leader", the
    Islamic State's "emir": the group names the post, whatever the parse made of it ("IS" read
    as a verb), and quotation marks around the post do not part them."""
    between = post.doc[ent.end : post.i]
    return ent.end <= post.i and all(
        t.lower_ in ("'s", "’s", "'", "group")
        or (t.pos_ == "ADJ" and t.dep_ == "amod")
        or (t.is_quote and t.i == post.i - 1)
        for t in between
    )


def _backing(ent) -> bool:
    """ "the CPI (Maoist)-backed committee": the group backs another, it is not the post's."""
    after = doc_text(ent.doc)[ent.end_char : ent.end_char + 40].lower()
    return bool(_BACKED.match(after))


_BACKED = re.compile(
    r"\)?\s*(?:\([^)]{0,24}\))?\s*-?\s*(?:backed|linked|affiliated|allied|inspired|aligned)\b"
)


def _group_in(sentence: Sentence, tokens: set[int], near):
    for ent in sentence.ents:
        if ent.label_ == GROUP_LABEL and ent.root.i in tokens and abs(ent.root.i - near.i) <= 4:
            return ent
    return None


def _canonical_group(ent) -> str | None:
    if ent is None:
        return None
    return ent.ent_id_ or group_lexicon().canonical(ent.text) or ent.text


# how many sentences back "he" may stand for the last person named (any person named between
# is the one it stands for, and must be a known leader)
PRONOUN_REACH = 3


def _person_before(ctx: DocContext, sentence: Sentence, pronoun, fate_word, people: _DocPeople):
    """Whom "he"/"his" stands for: the last person named before it, in this sentence or the
    few before (a paragraph of "he" after "shows X in camouflage"), when that person is a
    known leader (not the fate word's own subject: in "its leader had appointed him as his
    deputy", "him" is someone else)."""
    lexicon = group_lexicon()
    near = ctx.sentences[max(0, sentence.index - 1)].start
    far = ctx.sentences[max(0, sentence.index - PRONOUN_REACH)].start
    own = {t.i for t in fate_word.subtree}
    candidates = [
        e
        for e in ctx.doc.ents
        if e.label_ == "PERSON"
        and far <= e.start_char
        and e.end_char <= pronoun.idx
        and e.root.i not in own
    ]
    if any(e.start_char < near for e in candidates) and not any(
        e.start_char >= near for e in candidates
    ):
        candidates = _far_antecedents(ctx, sentence, candidates, people)
    if not candidates:
        return None
    ent = candidates[-1]
    canonical = ent.ent_id_ or people.by_short_name(ent.text)
    named = lexicon.get(canonical) if canonical else None
    if named is None:
        return None
    role = leader_lexicon().roles.get(canonical)
    return _Person(ent.text, canonical, None, role, None, named.parent, None)


def _far_antecedents(ctx: DocContext, sentence: Sentence, candidates: list, people) -> list:
    """Whom "he" may stand for past the sentence before: the one man the sentences name (the
    one who spoke aside: "spokesman X said on Twitter"), a leader whose fate the article has
    told already, and only outside a quotation (a speaker's "his death hurts them" is about
    whoever the speaker was talking of)."""
    if _inside_quote(ctx, sentence):
        return []
    named = [e for e in candidates if not _speaker(e.root)]
    if len({e.ent_id_ or e.text for e in named}) != 1:
        return []
    return [e for e in named if people.fate_told(e.ent_id_ or people.by_short_name(e.text))]


def _inside_quote(ctx: DocContext, sentence: Sentence) -> bool:
    """The sentence is part of a quotation opened before it in its paragraph (or opens one)."""
    return ctx.quoted_at(sentence.start) or sentence.text.lstrip()[:1] in ('"', "“")


def _speaker(word) -> bool:
    """The name is who said something ("spokesman X said on Twitter", "X told reporters")."""
    while word.dep_ in ("compound", "appos") and word.head.i != word.i:
        word = word.head
    return word.dep_ == "nsubj" and word.head.lemma_ in FRAME_VERBS


def _bare_post(
    sentence: Sentence,
    tokens: set[int],
    lex: LeaderLexicon,
    people: _DocPeople,
    owners: frozenset[int] = frozenset(),
):
    """A post of a named group with no name ("a senior commander of ISKP", "the ISIS
    leader"): the article's one known leader in that post, else the post as printed.
    ``owners``: the possessors in the phrase, where the post's group may be named ("the
    Taliban's shadow governor") though the person is not."""
    for m in lex.any_position.finditer(sentence.text):
        tok = _token(sentence, m.start(), m.end())
        if tok is None or tok.i not in tokens or _not_armed_post(sentence, m, lex):
            continue
        group_ent = _group_of_post(sentence, tok, tokens | owners) or _group_led(tok, lex)
        if group_ent is None and people.last_named_group and _counted_among_the_dead(tok):
            return _post_of_the_group_before(sentence, m, tok, lex, people.last_named_group)
        if group_ent is None and people.last_named_group and _post_of_the_group(tok):
            # "arrested the group's military commander for the Hamrin mountains": of the
            # group the article last named
            return _post_of_the_group_before(sentence, m, tok, lex, people.last_named_group)
        if group_ent is None and _among_the_killed(tok):
            # "raided an al-Shabaab base, killing 11 fighters, among them a commander"
            start = sentence.start + m.start()
            group = _one_group_before(sentence, start) or people.last_named_group
            if group is not None:
                return _post_of_the_group_before(sentence, m, tok, lex, group)
        if group_ent is None:
            continue
        group = _canonical_group(group_ent)
        position = _position_name(sentence, m, lex)
        words = (sentence.start + m.start(), sentence.start + m.end())
        branch = _branch_of(group_ent, lex)
        if branch is not None:  # "the leader of the Islamic State's branch in Afghanistan"
            phrase = _up_to_comma(tok.doc[tok.left_edge.i : branch.right_edge.i + 1])
            return _Person(_QUOTES.sub("", phrase), None, None, position, words, group, None, True)
        fated = people.fated_in_post(position, group)
        if fated is not None:  # "the al-Qaeda chief was among the dead": AQAP's, named before
            return _Person(fated.name, fated.canonical, None, position, words, fated.group, None)
        known = people.by_post(position, group)
        if known is not None:
            return _Person(known, known, None, position, words, group, group_ent.text)
        named = _name_after_post(sentence, m) or _name_before_post(tok)
        if named is not None and _inside_a_place(named.start_char, named.end_char, sentence):
            named = None  # "the governor for Nad Ali district": where the post is, not who
        if named is not None:  # "the death of its leader, X" parsed with X apart from it
            words_of = (named.start_char, named.end_char)
            return _Person(named.text, named.ent_id_, words_of, position, words, group, None)
        last = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        name = _post_phrase(tok, last.end if last is not None else tok.i + 1, group_ent, group)
        return _Person(name, None, None, position, words, group, group_ent.text)
    return None


# "a commander believed to have led the raid, known as X", "whom they named as X"
_ALIAS_OF_POST = re.compile(
    rf"^[^.;]{{0,80}}?\b(?:{_ALIAS_WORDS}|known by the (?:alias|name|nom de guerre)|"
    r"(?:identified|named) as)\s+[\"“']?(?P<alias>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3})"
)


def _post_of_the_group(post) -> bool:
    """ "the group's commander", "the commander of the group": a post of a group told by a word
    for it with "the" alone, standing for the group named before (not "a group's", "the rival
    faction", nor "its", which may be the army's)."""
    owners = [c for c in post.children if c.dep_ == "poss"]
    owners += [
        o
        for c in post.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(
        o.pos_ == "NOUN"
        and o.lemma_.lower() in lex_group_words()
        # "the group's", not "the rival faction"
        and [(d.dep_, d.lower_) for d in o.children if d.dep_ != "case"] == [("det", "the")]
        for o in owners
    )


def _post_of_the_group_before(sentence: Sentence, m: re.Match, post, lex, group: str) -> _Person:
    """A post of no named group that is one of ``group``'s, the group the article named before:
    its holder checked among the dead of an operation ("a commander it believed had led the
    raid, known by the alias Hamza, was among the dead"), counted among the killed, or told by
    a word for the group ("the group's military commander"); under the name told after the
    post."""
    position = _position_name(sentence, m, lex)
    words = (sentence.start + m.start(), sentence.start + m.end())
    alias = _ALIAS_OF_POST.match(sentence.text[m.end() :])
    if alias is not None:
        start = sentence.start + m.end() + alias.start("alias")
        named = (start, start + len(alias["alias"]))
        return _Person(alias["alias"], None, named, position, words, group, None)
    # "among them a field commander": the post's words, without the "among" hung on it
    among = {
        t.i for c in post.children if c.dep_ == "prep" and c.lower_ == "among" for t in c.subtree
    }
    first = min(t.i for t in post.subtree if t.i not in among and t.i <= post.i)
    phrase = _up_to_comma(post.doc[first : post.i + 1])
    return _Person(phrase, None, None, position, words, group, None)


# "the man who led the Islamic State's branch in the North Caucasus": a person told only by the
# group he led
_PERSON_NOUNS = frozenset({"man", "woman", "cleric", "preacher", "militant", "figure"})


def _the_one_who_led(sentence: Sentence, tokens: set[int], lex: LeaderLexicon):
    """ "Russian forces killed the man who led the Islamic State's branch in the North
    Caucasus": a person the sentence tells only by the named group he led is its leader."""
    for tok in sentence.span:
        if tok.i not in tokens or tok.lemma_.lower() not in _PERSON_NOUNS:
            continue
        group_ent = _group_led(tok, lex)
        if group_ent is None:
            continue
        clause = next(c for c in tok.children if c.dep_ == "relcl")
        words = tok.doc[tok.left_edge.i : clause.right_edge.i + 1]
        name = _up_to_comma(words)
        group = _canonical_group(group_ent)
        return _Person(name, None, None, "leader", None, group, group_ent.text)
    return None


def _branch_of(group_ent, lex: LeaderLexicon):
    """The branch noun the group owns in "the Islamic State's branch in Afghanistan", or None."""
    root = group_ent.root
    if root.dep_ == "poss" and root.head.lemma_.lower() in lex.group_nouns:
        return root.head
    return None


def _up_to_comma(words) -> str:
    """The words up to a comma or a relative pronoun ("a commander of the branch whom it
    accused of ..." -> "a commander of the branch")."""
    cut = next(
        (t.i for t in words if t.text in (",", ";", "(") or t.is_space or t.tag_ in _RELATIVE_TAGS),
        words.end,
    )
    return words.doc[words.start : cut].text.strip()


_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "inside", "around"})


def _name_before_post(post):
    """The name a post stands beside ("Abu Anas al-Libi, a senior al-Qaeda operative"), when
    the recogniser did not take it for a person's."""
    head = post.head
    if post.dep_ != "appos" or head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "LOC", "NORP"):
        return None
    if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS:
        return None  # "detained, in an operation in Herat, a commander": a place, misread
    left = min([head.i] + [t.i for t in head.subtree if t.i < head.i and t.dep_ in _NAME_DEPS])
    return post.doc[left : head.i + 1]


_NAME_DEPS = ("compound", "punct")


def _name_after_post(sentence: Sentence, m: re.Match):
    """A known leader named right after the post and a comma ("its leader, X,")."""
    start = sentence.start + m.end()
    for ent in sentence.ents:
        if ent.label_ != "PERSON" or not ent.ent_id_:
            continue
        between = doc_text(sentence.span.doc)[start : ent.start_char]
        if between.strip() == ",":
            return ent
    return None


def _post_phrase(post, m_end: int, group_ent, group: str) -> str:
    """ "a senior commander of ISKP": the post's words with its modifiers and "of" phrase, up
    to a comma; "its founder" is told as "founder of Islamic State"."""
    doc = post.doc
    start = post.left_edge.i
    end = max(post.i + 1, m_end)
    for child in post.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > post.i:
            end = max(end, child.right_edge.i + 1)
    comma = next((t.i for t in doc[post.i : end] if t.text in (",", ";", "(")), None)
    end = comma if comma is not None else end
    if start <= group_ent.start and group_ent.end <= end:
        end = max(group_ent.end, post.i + 1, m_end)  # "a commander of ISKP", not what follows
    phrase = doc[start:end]
    if (start <= group_ent.start and group_ent.end <= end) or " of " in phrase.text:
        return _QUOTES.sub("", phrase.text).strip()
    words = [
        t.text
        for t in phrase
        if (t.dep_ not in ("poss", "det", "case") and t.i != t.head.i) or t.i == post.i
    ]
    return _QUOTES.sub("", f"{' '.join(words)} of {group}").strip()


_QUOTES = re.compile(r"[‘’“”\"()]|(?<!\w)'|'(?!\w)")


# --- the record ---------------------------------------------------------------------------------


def _mention(ctx, sentence: Sentence, fate: _Fate, person: _Person, lex: LeaderLexicon):
    m = fate.match
    trigger = FieldSpan("type", sentence.start + m.start(), sentence.start + m.end(), m.group())
    mention = EventMention(
        type="leadership_change",
        subtype=fate.subtype,
        certainty=fate.certainty,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
        details={
            "position": person.position,
            "of": person.group,
            "of_a_branch": person.of_a_branch,
        },
        identity=f"{person.canonical or person.name.lower()}|{fate.subtype}",
    )
    doc_text = ctx.document.text
    mention.actors.append(Actor(person.name, person.canonical, "subject", "person"))
    if person.words is not None:
        start, end = person.words
        mention.fields.append(FieldSpan("subject", start, end, doc_text[start:end]))
    if person.position_words is not None:
        start, end = person.position_words
        mention.fields.append(FieldSpan("position", start, end, doc_text[start:end]))
    if person.group is not None:
        named = group_lexicon().get(person.group)
        kind = group_actor_type(named)
        mention.actors.append(Actor(person.group_name or person.group, person.group, "other", kind))
    doers = []
    if fate.subtype in ("killed", "rumoured_dead", "captured", "arrested"):
        doers = _fill_doer(mention, sentence, fate.token, lex)
    fill_date_and_place(
        ctx, mention, _without_places_describing(sentence, person, fate), [fate.when, *doers]
    )
    if fate.when.i != fate.token.i:
        _forget_rumoured_setting(mention, fate.token)
        for rumour in (t for t in fate.when.subtree if t.lemma_.lower() in lex.rumour_nouns):
            _forget_rumoured_setting(mention, rumour)  # "speculation, rife since March, that"
    if (
        fate.subtype == "rumoured_dead"
        and not mention.location_explicit
        and _told_by_rumour_source(fate.token, lex)
    ):
        _forget_borrowed_place(mention)  # online talk of a death: a place nearby is no guide
    if _one_of_the_dead(fate.token):
        # "identified one of the dead as X, a commander whom police accused of leading
        # Monday's raid": the description's day is not the death's, which the fight told
        # before gives (``extract._checked_among_the_dead_of_the_fight_before``)
        for aside in _asides_apart_from(sentence, fate.when):
            _forget_rumoured_setting(mention, aside)
    if fate.subtype in _TOLD_IN_A_MESSAGE:
        _date_by_message(ctx, sentence, mention, fate.token, lex)
    elif fate.subtype == "confirmed_alive":
        for aside in _asides_apart_from(sentence, fate.when):
            _forget_rumoured_setting(mention, aside)  # "X, made minister last week, ..."
        _date_by_showing(ctx, sentence, mention, fate.when, lex)
    if _dated_by_deed(fate):
        _date_by_deed(ctx, sentence, mention, fate, lex)
    if told_long_before(ctx, mention, sentence):
        return None  # "who was killed in 2019", recalled in a 2024 story
    if _recalled_by_its_month(ctx, mention, sentence):
        return None  # "Its old rival's leader died in May", recalled in a November story
    if fate.subtype == "appointed" and not mention.date_explicit and _after_history(ctx, sentence):
        return None  # "X was killed in 2016. Y, his deputy, took over": how the post passed
    if _of_a_predecessor(fate, lex) and told_long_before(ctx, mention, sentence, PREDECESSOR_DAYS):
        return None  # "its previous leader was killed in a raid last August": how he came
    if _what_came_before(fate) and told_long_before(ctx, mention, sentence, PREDECESSOR_DAYS):
        return None  # "took charge after X was shot dead last July": how the story began
    if _occasion_of_an_undated_deed(fate, sentence):
        return None  # "was later reported to have taken over after the death of X"
    if not mention.date_explicit and _before_a_clause_long_past(ctx, sentence, fate.when):
        # "took over the group in March last year after officials said its founder was dead"
        return None
    old_post = fate.subtype in ("appointed", "announced") and _describes_someone(fate.when)
    if old_post and told_long_before(ctx, mention, sentence, DESCRIBED_DAYS):
        return None  # "renew their oath to X, who was named leader in August": who X is
    if old_post and fate.match.group().lower() == "presented":
        return None  # "an interview with X, whom it presented as its governor": who X is
    return mention


# fates that befall a leader once and are news when they happen (a rumour or a post taken is
# told again as it spreads)
_FATES_OF_A_DAY = frozenset({"killed", "captured", "arrested"})
# verbs that tell a fate as said now ("was killed in January, the White House said"), and a
# confirmation of it ("the group confirmed he was killed in August"), not a naming
_TELLING = SAYING_VERBS | {"confirm"}


def _recalled_by_its_month(ctx: DocContext, mention: EventMention, sentence: Sentence) -> bool:
    """ "Its old rival's leader, X, died in May", "Y, who was killed in northern Syria at the
    end of August": a death or capture dated by one month gone months before the story is
    history recalled, unless the sentence tells it as said now ("was also killed in January
    ..., the White House said")."""
    if mention.subtype not in _FATES_OF_A_DAY or not dated_to_a_month_gone(ctx, mention, sentence):
        return False
    return not any(
        t.lemma_.lower() in _TELLING
        and t.pos_ in _VERBS
        and not any(c.ent_type_ == "DATE" for c in t.children)
        for t in sentence.span
    )


# a post taken, told in a clause describing someone the sentence is about for another reason
# ("their oath to X, who was named leader in August"), is who he is once this many days old
# (a predecessor's fate told so stays: "replaced X, who was captured last year")
DESCRIBED_DAYS = 30


def _describes_someone(word) -> bool:
    """The fate word is told in a relative clause hanging on a person the sentence tells of
    for another reason (the object of a pledge, a release, a preposition), not its subject."""
    for up in [word, *word.ancestors]:
        if up.dep_ == "relcl":
            noun = up.head
            return noun.dep_ in ("pobj", "dobj", "appos", "conj") and noun.pos_ in ("PROPN", "NOUN")
    return False


def _without_places_describing(sentence: Sentence, person: _Person, fate: _Fate) -> Sentence:
    """The sentence without the places told in what it says of the person ("X, a former
    Guantanamo detainee", "X, who had fought in Syria"): where he came from is not where his
    fate befell him."""
    if person.words is None:
        return sentence
    words = sentence.span.doc.char_span(*person.words, alignment_mode="expand")
    if words is None:
        return sentence
    nouns = (words.root, *(c for c in words.root.children if c.dep_ == "appos"))
    asides = [
        c
        for noun in nouns
        for c in (noun.children if noun is words.root else (noun, *noun.children))
        if c.dep_ in ("appos", "relcl", "acl")
        and not c.left_edge.i <= fate.when.i <= c.right_edge.i
        # "X, a militant who was killed near Raqqa": the aside tells the fate again
        and not leader_lexicon().any_trigger.search(_phrase_text(c))
    ]
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in asides]
    places = [p for p in sentence.places if not any(a <= p[0] < b for a, b in spans)]
    if len(places) == len(sentence.places):
        return sentence
    return replace(sentence, places=places)


def _after_history(ctx, sentence: Sentence) -> bool:
    """The sentence before, in the same paragraph, is dated only long before the article ("was
    founded by X, who was killed by soldiers in 2016"): an undated succession told next goes on
    with that history."""
    if sentence.index == 0:
        return False
    before = ctx.sentences[sentence.index - 1]
    anchor = ctx.document.anchor_for(sentence.start)
    ends = [span.end for _, _, span, _ in before.dates if span.end]
    if before.paragraph != sentence.paragraph or anchor is None or not ends:
        return False
    return (anchor - date.fromisoformat(max(ends)[:10])).days > HISTORY_DAYS


HISTORY_DAYS = 365  # as told_long_before: a year before the article is history


# a predecessor's fate dated this many days before the article is how the post fell vacant,
# recalled to introduce the one who holds it now, not news
PREDECESSOR_DAYS = 90


def _before_a_clause_long_past(ctx: DocContext, sentence: Sentence, word) -> bool:
    """The fate is told in an "after" clause (also inside what someone said there) of a clause
    its own words date more than ``PREDECESSOR_DAYS`` before the story: it came before that."""
    up = word
    while up.head.i != up.i:
        if up.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in up.children
        ):
            break
        up = up.head
    else:
        return False
    main, inside = up.head, {t.i for t in up.subtree}
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None:
        return False
    ends = [
        span.end
        for _, _, span, words in sentence.dates
        if words.root.i not in inside and span.end and main.is_ancestor(words.root)
    ]
    return bool(ends) and all(
        (anchor - date.fromisoformat(end)).days > PREDECESSOR_DAYS for end in ends
    )


def _what_came_before(fate: _Fate) -> bool:
    """The fate is told in a clause that opens on "after", "since" or "when", under another
    verb ("the commander who took charge after X was shot dead"): what came before that."""
    word = fate.token
    return word.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since", "when") for c in word.children
    )


def _occasion_of_an_undated_deed(fate: _Fate, sentence: Sentence) -> bool:
    """ "He was later reported to have taken over as the group's top commander after the death
    of Abu Omar al-Shishani": a death named only as what another deed came after, in a sentence
    that dates nothing, is how that deed came about, told as background."""
    word = fate.token
    after = word.head
    if word.pos_ != "NOUN" or word.dep_ != "pobj" or after.lower_ not in ("after", "following"):
        return False
    return not sentence.dates


def _of_a_predecessor(fate: _Fate, lex: LeaderLexicon) -> bool:
    """The fate word is about someone told as the one before ("Hasib's predecessor, X", "its
    previous leader", "the late emir")."""
    for word in _about(fate.token, fate.subtype, lex):
        phrase = word.doc[word.left_edge.i : word.i + 1].text
        if lex.predecessor.search(phrase):
            return True
    return False


# fates a group tells in a message: a new leader or spokesman is named in it
_TOLD_IN_A_MESSAGE = frozenset({"appointed", "announced"})


def _date_by_message(ctx, sentence: Sentence, mention: EventMention, token, lex) -> None:
    """ "X was introduced in the message as the new spokesman", with no date of its own: the
    day the article gives that message, not a date borrowed from the sentence before."""
    if any(f.field == "date" for f in mention.fields):
        return
    told = date_of_medium(ctx, sentence, [token], lex.media)
    if told is not None:
        mention.date, mention.date_explicit = told.span, False


def _dated_by_deed(fate: _Fate) -> bool:
    """A killing or capture told by a verb or as "among the dead", not a dispelled rumour."""
    if fate.when.i != fate.token.i or fate.subtype not in _DATED_BY_DEED:
        return False
    return fate.token.pos_ in _VERBS or _among_the_dead(fate.token) is not None


def _date_by_showing(ctx, sentence: Sentence, mention: EventMention, token, lex) -> None:
    """ "In the recording he declares that he is alive": the day the article gives the
    message that shows him alive (a video, a recording), not a date of the sentences before."""
    if any(f.field == "date" for f in mention.fields):
        return
    chain = [token, *token.ancestors]
    chain += [c for t in chain for c in t.children if c.dep_ == "advmod"]  # "early in the video"
    told = date_of_medium(ctx, sentence, chain, lex.media, any_medium=True)
    if told is not None:
        mention.date, mention.date_explicit = told.span, False
        return
    if _in_a_medium(chain, lex):
        day = _day_of_a_medium_told_before(ctx, sentence, lex)
        if day is not None:
            mention.date, mention.date_explicit = day, False
            return
    if any(t.lemma_.lower() in lex.voice_media for t in chain):
        day = _day_of_the_medium_told_next(ctx, sentence, lex)
        if day is not None:  # "released a recording denying ..." + "It was posted on Monday"
            mention.date, mention.date_explicit = day, False


def _in_a_medium(chain: list, lex: LeaderLexicon) -> bool:
    """ "in the recording", "in the video", "the message appeared to end rumours": the
    sentence tells what a message shows."""
    for word in chain:
        for child in word.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in lex.media:
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "in"
                and any(noun.lemma_.lower() in lex.media for noun in child.children)
            ):
                return True
    return False


# "The recording was posted on Monday", "The video, filmed in a forest, was released late on
# Sunday": a sentence opening on the medium just told of and the day it came out
_MEDIUM_OPENING = re.compile(
    r"(?:The|This|That|His|Her) (?:\w+ ){0,2}(?P<medium>\w+)(?:, [^,]+,)? "
    r"(?:was|had been|has been) (?:\w+ )?\w+(?:ed|en|wn|ut)\b"
)


def _day_of_the_medium_told_next(ctx, sentence: Sentence, lex: LeaderLexicon):
    """The one day the next sentence gives the recording just told of, when it opens on it
    ("The recording was posted on Monday"). Read off the words: the next sentence may not be
    parsed."""
    if sentence.index + 1 >= len(ctx.sentences):
        return None
    other = ctx.sentences[sentence.index + 1]
    opening = _MEDIUM_OPENING.match(other.text)
    if opening is None or opening["medium"].lower().rstrip("s") not in lex.voice_media:
        return None
    near = other.start + opening.end() + MEDIUM_OPENING_TO_DAY
    days = [
        span
        for start, _, span, _ in other.dates
        if span.precision == "day" and span.start == span.end and start <= near
    ]
    return days[0] if len(days) == 1 else None


# how far past "The recording was posted" its day may be told ("on Monday", "late on Monday")
MEDIUM_OPENING_TO_DAY = 20


# how many edges may lie between a medium and its day ("a video released on Sunday": three)
MEDIUM_TO_DAY = 3


def _day_of_a_medium_told_before(ctx, sentence: Sentence, lex: LeaderLexicon):
    """The day the article first gives a message ("appeared in a video released on Sunday"),
    for "in the recording" told after it."""
    anchor = ctx.document.anchor_for(sentence.start)
    for other in ctx.sentences[: sentence.index]:
        if ctx.document.anchor_for(other.start) != anchor or not other.parsed:
            continue
        for _, _, span, words in other.dates:
            if span.precision != "day" or not span.start or span.start != span.end:
                continue
            above = list(words.root.ancestors)[:MEDIUM_TO_DAY]
            # "a video released on Sunday", "on Saturday it released a recording"
            above += [c for t in above if t.pos_ == "VERB" for c in t.children if c.dep_ == "dobj"]
            if any(t.lemma_.lower() in lex.media and t.pos_ == "NOUN" for t in above):
                return span
    return None


# fates dated by the killing or the capture, not by the day someone announced it (a death the
# group confirms on Saturday happened in the strike a week before)
_DATED_BY_DEED = frozenset({"killed", "rumoured_dead", "captured", "arrested"})
SENTENCES_TO_OPERATION = 4  # how far an operation's own date may be told from the death


def _date_by_deed(ctx, sentence: Sentence, mention: EventMention, fate: _Fate, lex) -> None:
    """The date of the deed itself, when the date found is an announcement's: one in the fate
    word's own clause ("said the same day that he had been eliminated in mid-October"), else
    the date the article gives to the strike or raid the death happened in ("killed in an
    American drone strike" ... "carried out a counterterrorism strike on June 13")."""
    current = next((f for f in mention.fields if f.field == "date"), None)
    inside = {t.i for t in fate.token.subtree}
    if current is not None and any(
        d[0] == current.start and d[3].root.i in inside for d in sentence.dates
    ):
        mention.details["date_of"] = "deed"
        return  # already the deed's own date
    told_here = mention.date is not None and any(
        d[2].start == mention.date.start for d in sentence.dates
    )
    if told_here and _among_the_dead(fate.token) is not None:
        # "residents said a drone fired on a group of men on Friday ... the chief was among the
        # dead": the day of the sentence is the day of the deaths it counts him among
        mention.details["date_of"] = "deed"
        return
    own = [
        d
        for d in sentence.dates
        if d[3].root.i in inside
        and d[2].start
        and not _told_of_the_person(d[3].root, fate.token, lex)
        and not earlier_deed_of_another(d[3], d[2], [fate.token])
    ]
    if own:
        start, end, span, _ = min(own, key=lambda d: abs(d[3].root.i - fate.token.i))
        _set_date(mention, span, FieldSpan("date", start, end, span.text or ""), current)
        mention.details["date_of"] = "deed"
        return
    told = _telling_date(sentence, fate.token)
    if told is not None and (mention.date is None or (mention.date.start or "") > told[2].end):
        # a deed is not later than its telling: "said in April that intelligence had killed
        # him" is no death of the Friday a later sentence dates
        start, end, span, _ = told
        _set_date(mention, span, FieldSpan("date", start, end, span.text or ""), current)
        current = next((f for f in mention.fields if f.field == "date"), None)
    if mention.date is not None:
        found = _date_told_next(ctx, sentence, mention.actors[0].name, mention.date.start)
        if found is not None:
            start, end, span = found
            _set_date(mention, span, FieldSpan("date", start, end, span.text or ""), current)
            mention.details["date_of"] = "deed"
            return
    if not _in_operation(fate.token, lex) and not _rumoured_before_its_telling(fate):
        return
    before = mention.date.start if mention.date is not None else None
    anchor = ctx.document.anchor_for(sentence.start)
    before = before or (anchor.isoformat() if anchor is not None else None)
    if before is None:
        return
    found = _operation_date(ctx, sentence, before, lex, _operation_kind(fate.token, lex))
    if found is not None:
        start, end, span = found
        _set_date(mention, span, FieldSpan("date", start, end, span.text or ""), current)


def _rumoured_before_its_telling(fate: _Fate) -> bool:
    """ "officials said on Friday that they were reasonably certain he had been killed": a
    rumoured death told in the past perfect happened before the day it was told, in the strike
    the article dates near it."""
    return fate.subtype == "rumoured_dead" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in fate.token.children
    )


def _told_of_the_person(word, fate_word, lex: LeaderLexicon) -> bool:
    """The date sits in what the sentence says of the person, not in the fate's clause: "killed
    X, the commander officials blamed for the 2020 capture of the port" (an apposition, or a
    relative clause on anything but the strike or raid the fate happened in)."""
    for tok in [word, *word.ancestors]:
        if tok.i == fate_word.i:
            return False
        if tok.dep_ == "appos":
            return True
        if tok.dep_ in ("relcl", "acl") and not lex.operation_nouns.search(tok.head.text):
            return True
    return False


# "Musa, 25, was trapped", "Ahmed had been cornered": a sentence opening on a man and what
# was done to him
_PASSIVE_OPENING = re.compile(
    r"(?P<who>[A-Z][\w'-]+)(?:, \d+,)? (?:was|had been|has been) (?:\w+ )?\w+(?:ed|en)\b"
)


DAYS_TO_TELLING = 7  # a man's last hours told in the next sentence are days before the telling


def _days_before(start: str, announced: str, days: int) -> bool:
    try:
        gap = date.fromisoformat(announced[:10]) - date.fromisoformat(start[:10])
    except ValueError:
        return False
    return 0 < gap.days <= days


def _telling_date(sentence: Sentence, token):
    """The date hanging off the verb that tells of the fate ("said in April that ...")."""
    tellers = [a for a in token.ancestors if a.pos_ in _VERBS][:2]
    for d in sentence.dates:
        if d[2].start and d[2].end and any(d[3].root.head.head.i == t.i for t in tellers):
            return d
    return None


def _date_told_next(ctx, sentence: Sentence, name: str, announced: str | None):
    """(start, end, span) of the date the next sentence gives the same man's last hours,
    when the death's date found is the day it was told: "X was killed in a gunfight, police
    said on Friday. X was trapped in a house on Thursday evening." The next sentence must open
    on his name and a passive verb (his last hours, "was trapped", "had been cornered", not
    his own deeds, "had led attacks on Monday") and give one date, earlier than the telling.
    Read off the words, not the parse: the nlp stage parses only sentences an extractor
    reads."""
    if announced is None or sentence.index + 1 >= len(ctx.sentences):
        return None
    other = ctx.sentences[sentence.index + 1]
    opening = _PASSIVE_OPENING.match(other.text)
    if not other.dates or opening is None or fold(opening["who"]) != fold(name.split()[-1]):
        return None
    points = [d for d in other.dates if d[2].start and d[2].end and d[2].start < announced]
    if len(points) != 1 or not _days_before(points[0][2].start, announced, DAYS_TO_TELLING):
        return None  # "Ali was arrested in 2015": his past, not his last hours
        return None
    start, end, span, _ = points[0]
    return start, end, span


def _set_date(mention: EventMention, span: DateSpan, field: FieldSpan, current) -> None:
    if current is not None:
        mention.fields.remove(current)
    mention.fields.append(field)
    mention.date, mention.date_explicit = span, True


def _in_operation(token, lex: LeaderLexicon) -> bool:
    """ "killed in an American drone strike", "eliminated in the strike"."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "during")
        and any(c.dep_ == "pobj" and lex.deed_operations.fullmatch(c.text) for c in p.children)
        for p in token.children
    )


def _operation_kind(token, lex: LeaderLexicon) -> str | None:
    """ "raid" for "captured in a raid", "strike" for "killed in an air strike"; None for "in
    an operation", which may be either, and for "killed in the raid", which names an operation
    told before in whatever words ("warplanes struck a farmhouse")."""
    for p in token.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for c in p.children:
            if c.dep_ == "pobj" and lex.deed_operations.fullmatch(c.text):
                if any(d.lower_ in ("the", "this", "that") for d in c.children):
                    return None
                return _kind_of_operation(c.text, lex)
    return None


def _kind_of_operation(word: str, lex: LeaderLexicon) -> str | None:
    return next((k for k, words in lex.operation_kinds.items() if words.fullmatch(word)), None)


def _operation_date(
    ctx, sentence: Sentence, announced: str, lex: LeaderLexicon, kind: str | None = None
):
    """(start, end, span) of the nearest date the article gives a strike, raid or operation
    told near the death, earlier than the announcement's; of the same ``kind`` when the death
    or capture was told in one ("captured in a raid" is not dated by an air strike)."""
    index = sentence.index
    order = sorted(
        (
            i
            for i in range(index - SENTENCES_TO_OPERATION, index + SENTENCES_TO_OPERATION)
            if 0 <= i < len(ctx.sentences) and i != index
        ),
        key=lambda i: abs(i - index),
    )
    for i in order:
        other = ctx.sentences[i]
        if not other.parsed or not other.dates:
            continue
        for tok in other.span:
            if not lex.deed_operations.fullmatch(tok.text):
                continue
            other_kind = _kind_of_operation(tok.text, lex)
            if kind is not None and other_kind is not None and other_kind != kind:
                continue
            near = [tok, *(c for c in tok.children if c.dep_ in ("acl", "relcl"))]
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in _VERBS:
                near.append(tok.head)
            points = [
                a[1]
                for a in hanging_off(other.dates, near)
                if a[1][2].start and a[1][2].end and a[1][2].start <= announced
            ]
            if points:
                start, end, span, _ = points[0]
                return start, end, span
    return None


def _forget_borrowed_place(mention: EventMention) -> None:
    mention.location = None
    mention.fields[:] = [f for f in mention.fields if f.field != "location"]


def _asides_apart_from(sentence: Sentence, word) -> list:
    """The relative clauses and appositions describing someone that do not hold ``word``
    ("X, who was made a minister last week, released a recording ..."): their dates and places
    are the description's."""
    return [
        t
        for t in sentence.span
        if t.dep_ in ("relcl", "appos") and not t.left_edge.i <= word.i <= t.right_edge.i
    ]


def _forget_rumoured_setting(mention: EventMention, death) -> None:
    """A dispelled rumour's date and place are the rumoured death's ("rumours that he was
    killed in a raid in Syria in May"), not where or when he was shown alive."""
    start, end = death.left_edge.idx, death.right_edge.idx + len(death.right_edge.text)
    inside = [
        f for f in mention.fields if f.field in ("date", "location") and start <= f.start < end
    ]
    for field in inside:
        mention.fields.remove(field)
        if field.field == "date":
            mention.date, mention.date_explicit = None, False
        else:
            mention.location, mention.location_explicit = None, False


def _fill_doer(mention: EventMention, sentence: Sentence, token, lex: LeaderLexicon) -> list:
    """Who killed or caught the person: the word's subject or "by" agent, the force or country
    of the raid or strike it happened in, or "at the hands of" a group. Returns the head of the
    doer's phrase (where the captors acted is where the capture happened)."""
    for phrase in _doer_phrases(token, sentence, lex):
        found = _doer(sentence, phrase)
        if found is None:
            continue
        actor, start, end = found
        if all(a.canonical != actor.canonical or a.role != actor.role for a in mention.actors):
            mention.actors.append(actor)
            field = "authority" if actor.role == "authority" else "perpetrator"
            mention.fields.append(
                FieldSpan(field, start, end, doc_text(sentence.span.doc)[start:end])
            )
        heads = [t for t in phrase if t.head not in phrase or t.head.i == t.i]
        return heads[:1]
    return []


def _doer_phrases(token, sentence: Sentence, lex: LeaderLexicon) -> list[list]:
    out = []
    subject_acted = (
        token.pos_ in _VERBS and token.lemma_ not in ("die", "perish") and not _reflexive(token)
    )
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(list(c.subtree) for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "nsubj" and subject_acted:
            out.append(list(child.subtree))
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if lex.operation_nouns.fullmatch(pobj.text) or lex.operation_nouns.search(
                    " ".join(t.text for t in pobj.lefts) + " " + pobj.text
                ):
                    out.append([t for t in pobj.lefts] + [pobj])
    hands = re.search(r"at the hands of\s+", sentence.text, re.I)
    if hands:
        tok = _token(sentence, hands.end(), hands.end() + 1)
        if tok is not None:
            out.append(list(tok.head.subtree) if tok.dep_ == "compound" else list(tok.subtree))
    return out


def _doer(sentence: Sentence, phrase: list):
    """(actor, start, end) for a doer phrase that names a group, a force or a country."""
    if not phrase:
        return None
    indices = {t.i for t in phrase}
    lexicon = group_lexicon()
    for ent in sentence.ents:
        if ent.label_ == GROUP_LABEL and ent.root.i in indices and not _struck(ent.root, indices):
            canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
            named = lexicon.get(canonical)
            kind = group_actor_type(named)
            return Actor(ent.text, canonical, "perpetrator", kind), ent.start_char, ent.end_char
    doc = sentence.span.doc
    start = min(t.idx for t in phrase)
    end = max(t.idx + len(t.text) for t in phrase)
    forces = operation_lexicon().forces
    m = forces.search(doc_text(doc), start, end)
    if m is not None:
        first, last = force_words(doc, m)
        return Actor(doc_text(doc)[first:last], None, "authority", "state_force"), first, last
    head = next(t for t in phrase if t.head.i not in indices or t.head.i == t.i)
    for ent in sentence.ents:
        if ent.label_ not in ("GPE", "NORP") or ent.root.i not in indices:
            continue
        if ent.root.i == head.i or (ent.root.head.i == head.i and ent.root.dep_ in _MODIFIERS):
            return Actor(ent.text, None, "authority", "state_force"), ent.start_char, ent.end_char
    return None


def _struck(word, indices: set[int]) -> bool:
    """ "air strikes on ISWAP camps": a group the doer's phrase tells as hit, not hitting."""
    return any(
        a.dep_ == "prep" and a.lower_ in _STRUCK_PREPOSITIONS
        for a in word.ancestors
        if a.i in indices
    )


_STRUCK_PREPOSITIONS = frozenset({"on", "against", "at", "near", "in"})


# how a country names whose raid or strike it was ("a U.S. raid", "Russian airstrikes")
_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
