"""Propaganda releases by armed groups, their branches and leaders (event type ``media_release``).

A sentence tells a release when a word for a release (``data/media.toml``: a video, an audio
message, a written statement, a publication, a set of photos) comes with

- evidence that it came out: a verb of releasing ("Amaq released a video", "a speech released
  by al-Furqan"), of appearing ("nine videos have appeared"), of saying or showing with the
  release as where it was said ("the group said in a statement") or as the one saying ("the
  40-minute message praised ..."), or a length, a title or "new"/"latest" on the noun;
- and a releaser that is an armed group, a branch, one of their leaders or one of their media
  outlets: named (``data/groups.toml``, the outlets of ``data/media.toml``), or told by "the
  group", "its", "he", "the militant leader" and found among the groups and leaders named in
  the sentences just before. A release whose verb has any other doer (a government, police,
  analysts, supporters) gives none: "the Pentagon released a video" is not propaganda.

The record has the releaser (role ``perpetrator``), the speaker heard or seen (``speaker``),
the outlet (``other``, type ``media_outlet``), ``title`` (the words after "entitled", "titled",
"called"), ``details["length"]`` and ``details["length_seconds"]``, and the date as for every
event. Not the place: a release's sentence names the places it speaks of ("praised the attack
in Moscow"), almost never where it was put out, so resolve's fallback decides it. A counted set
("eight of these videos") gives one mention per release, each with ``details["series"] =
{"count", "index", "text"}``.

Mentions of one release must share an ``identity`` and different releases must not (resolve
merges only equal identities for this type): the title, else the speaker, else the releasing
group, with the subtype, plus the index for a counted release. Dates are left out of it on
purpose: resolve already keeps apart mentions whose own dates differ, and an undated headline
must still join its dated lead. A later "the video" or "in the recording" with no releaser of
its own takes the identity of the release told before it; a mention that names neither title
nor speaker takes the one titled or voiced release of its group and kind in the article.

Refused: negated releases ("did not release"); future, planned or possible ones ("is expected
to release", "may publish": no record at all, not even a speculative one, since a release that
has not happened is not an event an analyst counts); habitual or general talk and tallies
("the group uses videos to recruit", "has for years released videos", "hundreds of videos");
history (a date more than a year before
the article, a bare earlier year, or "recalled"); and releases by anyone but a group or its people. ``judge`` decides
negation; its speculation and background lists are built for attacks (they hold "show",
"series", "call", "praise": the very words that describe a release's content), so those
readings are made here from the media lists instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence, title_line
from watchfloor.extract.dating import EventDate
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.numbers import parse_quantity
from watchfloor.extract.setting import (
    dated_to_a_month_gone,
    fill_date_and_place,
    told_long_before,
)
from watchfloor.extract.syntax import doc_text
from watchfloor.models import Actor, EventMention, FieldSpan, Span
from watchfloor.nlp.lexicon import fold, group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.text.numbers import NUMBER_WORDS

SUBTYPES = ("video", "audio", "statement", "publication", "photos")
MAX_SERIES = 12  # "released 1,112 videos", "published 15 issues": a tally or a run, not a set
ANTECEDENT_SENTENCES = 3  # how far back "the group" or "he" may look for a name
_MODALS = {"will", "would", "could", "may", "might", "should", "shall", "can", "'ll", "wo", "ca"}
_ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "proceed"}
_OBJECTS = ("dobj", "nsubjpass", "conj", "attr", "oprd", "dative")  # what a verb puts out
_UNIT_SECONDS = {"hour": 3600, "minute": 60, "min": 60, "second": 1, "sec": 1}


@dataclass(frozen=True)
class Outlet:
    name: str
    group: str | None
    publication: bool
    pattern: re.Pattern


@dataclass(frozen=True)
class MediaLexicon:
    nouns: dict[str, re.Pattern]
    any_noun: re.Pattern
    weak: re.Pattern
    release_verbs: frozenset[str]
    showing_participles: frozenset[str]  # "a video showing ...", read as "video showing"
    not_release_holders: frozenset[str]  # "the name of their magazine"
    appear_verbs: frozenset[str]
    seen_in_verbs: frozenset[str]
    attributing: frozenset[str]
    speech_verbs: frozenset[str]
    not_releasers: re.Pattern
    group_anaphors: re.Pattern
    person_anaphors: frozenset[str]
    roles: re.Pattern
    online: re.Pattern
    outlets: tuple[Outlet, ...]
    any_outlet: re.Pattern | None
    cue: re.Pattern  # words that may stand for a releaser, for ``worth_parsing``
    length: re.Pattern
    title: re.Pattern
    branch_name: re.Pattern
    habitual: re.Pattern
    aggregate: re.Pattern
    not_yet: re.Pattern
    speculative_governors: frozenset[str]
    background_governors: frozenset[str]
    last_of: re.Pattern
    first_of: re.Pattern
    ordinals: dict[str, int]  # "the second, released on Aug. 6": a series' second release
    ordinal_words: re.Pattern  # "the second" standing for a release, not "the first time"
    another: re.Pattern
    fresh: re.Pattern
    alleged: re.Pattern
    claim_verbs: frozenset[str]
    claim_preps: frozenset[str]
    claim_channels: re.Pattern
    saying_verbs: frozenset[str]
    picture_sets: re.Pattern
    printing_verbs: frozenset[str]
    saying_preps: frozenset[str]
    carriers: re.Pattern
    self_named_bodies: re.Pattern
    described_bodies: re.Pattern  # "the Sinai branch": a body told before, with its place
    body_leaders: frozenset[str]  # "a commander of a Nyatura faction": the faction's voice
    armed_men: frozenset[str]  # "about 30 armed men", "fighters": an armed body unnamed
    armed_words: frozenset[str]  # "armed", "masked": what makes men an armed body
    armed_bodies: frozenset[str]  # "a gang": a body armed by its noun
    armed_kinds: frozenset[str]  # "a militant commander": a leader of an armed body
    group_descriptors: re.Pattern
    naming_verbs: frozenset[str]
    identifying_verbs: frozenset[str]
    denials: re.Pattern
    affiliating_verbs: frozenset[str]
    self_naming_verbs: frozenset[str]
    voices: re.Pattern
    militant_content_verbs: frozenset[str]
    militant_content_objects: re.Pattern
    relays: re.Pattern
    with_verbs: frozenset[str]
    behalf_nouns: frozenset[str]
    editions: frozenset[str]
    attaching_verbs: frozenset[str]
    looking_back: re.Pattern
    either_medium: dict[frozenset[str], re.Pattern]
    sending_verbs: frozenset[str]
    obtaining_verbs: frozenset[str]  # "a video obtained by journalists on Sunday": its day


@cache
def media_lexicon() -> MediaLexicon:
    data = load_toml("media.toml")
    outlets = tuple(_outlet(row) for row in data["outlet"])
    nouns = dict(data["nouns"])
    publications = [
        re.escape(a) for row in data["outlet"] if row.get("publication") for a in row["aliases"]
    ]
    nouns["publication"] = [*nouns["publication"], *publications]
    patterns = data["patterns"]
    words = [*data["group_anaphors"], *data["person_anaphors"], *data["roles"]]
    return MediaLexicon(
        nouns={subtype: alternation(nouns[subtype]) for subtype in SUBTYPES},
        any_noun=alternation([w for subtype in SUBTYPES for w in nouns[subtype]]),
        weak=re.compile("(?:" + "|".join(data["weak"]) + ")", re.I),
        release_verbs=frozenset(data["release_verbs"]),
        showing_participles=frozenset(data["showing_participles"]),
        not_release_holders=frozenset(data["not_release_holders"]),
        appear_verbs=frozenset(data["appear_verbs"]),
        seen_in_verbs=frozenset(data["seen_in_verbs"]),
        attributing=frozenset(data["attributing"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        not_releasers=re.compile("(?:" + "|".join(data["not_releasers"]) + ")", re.I),
        group_anaphors=alternation(data["group_anaphors"]),
        person_anaphors=frozenset(data["person_anaphors"]),
        roles=alternation(data["roles"]),
        online=alternation(data["online"]),
        outlets=outlets,
        any_outlet=re.compile("|".join(f"(?:{o.pattern.pattern})" for o in outlets))
        if outlets
        else None,
        cue=alternation([w for w in words if w not in ("its", "their")]),
        length=re.compile(r"(?<![\w-])" + patterns["length"], re.I),
        title=re.compile(
            r"(?<!so-)(?<!so )" + patterns["title_cue"] + r"(?!\s+(?:on|for|upon|in)\b)\s*,?\s*"
            r"(?:[\"“‘](?P<quoted>[^\"”’]{2,150})(?:[\"”’]|$)"
            r"|(?P<capital>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|from|is|in|and|a|an|to|"
            r"on|with|by|are|be|our|your|their|his|its))*))"
        ),
        branch_name=re.compile(patterns["branch_name"]),
        habitual=alternation(data["habitual"]),
        aggregate=re.compile(
            r"(?<![\w-])(?:" + "|".join(data["aggregate"]) + r")(?:\s+of)?(?:\s+[\w'’-]+){0,3}\s*$",
            re.I,
        ),
        not_yet=re.compile(
            r"(?<![\w-])(?:" + "|".join(data["not_yet"]) + r")(?:\s+\w+){0,2}\s*$", re.I
        ),
        speculative_governors=frozenset(data["speculative_governors"]),
        background_governors=frozenset(data["background_governors"]),
        last_of=alternation(data["last_of_series"]),
        first_of=alternation(data["first_of_series"]),
        ordinals=dict(data["ordinals"]),
        ordinal_words=re.compile(
            r"\bthe ("
            + "|".join(data["ordinals"])
            + r")\b(?!\s+(?:"
            + "|".join(data["not_after_ordinals"])
            + r")\b)",
            re.I,
        ),
        another=alternation(data["another"]),
        fresh=alternation(data["fresh"]),
        alleged=alternation(data["alleged"]),
        claim_verbs=frozenset(data["claim_verbs"]),
        claim_preps=frozenset(data["claim_preps"]),
        claim_channels=alternation(data["claim_channels"]),
        saying_verbs=frozenset(data["saying_verbs"]),
        picture_sets=alternation(data["picture_sets"]),
        printing_verbs=frozenset(data["printing_verbs"]),
        saying_preps=frozenset(data["saying_preps"]),
        carriers=alternation(data["carriers"]),
        self_named_bodies=alternation(data["self_named_bodies"]),
        described_bodies=alternation(data["self_named_bodies"] + data["described_bodies"]),
        body_leaders=frozenset(data["unnamed_bodies"]["leaders"]),
        armed_men=frozenset(data["unnamed_bodies"]["men"]),
        armed_words=frozenset(data["unnamed_bodies"]["armed"]),
        armed_bodies=frozenset(data["unnamed_bodies"]["bodies"]),
        armed_kinds=frozenset(data["unnamed_bodies"]["kinds"]),
        group_descriptors=alternation(data["group_descriptors"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        identifying_verbs=frozenset(data["identifying_verbs"]),
        denials=alternation(data["denials"]),
        affiliating_verbs=frozenset(data["affiliating_verbs"]),
        self_naming_verbs=frozenset(data["self_naming_verbs"]),
        voices=alternation(data["voices"]),
        militant_content_verbs=frozenset(data["militant_content_verbs"]),
        militant_content_objects=alternation(data["militant_content_objects"]),
        relays=alternation(data["relays"]),
        with_verbs=frozenset(data["with_verbs"]),
        behalf_nouns=frozenset(data["behalf_nouns"]),
        editions=frozenset(data["editions"]),
        attaching_verbs=frozenset(data["attaching_verbs"]),
        looking_back=alternation(data["looking_back"]),
        either_medium={
            frozenset(pair.split()): alternation(words)
            for pair, words in data["either_medium"].items()
        },
        sending_verbs=frozenset(data["sending_verbs"]),
        obtaining_verbs=frozenset(data["obtaining_verbs"]),
    )


def _outlet(row: dict) -> Outlet:
    aliases = sorted(row["aliases"], key=len, reverse=True)
    flags = 0 if row.get("case_sensitive") else re.I
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases)
    return Outlet(
        row["name"],
        row.get("group"),
        bool(row.get("publication")),
        re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", flags),
    )


def worth_parsing(sentence, text: str) -> bool:
    """A release word, and a group, leader or outlet named, or a word that may stand for one."""
    lex = media_lexicon()
    if not lex.any_noun.search(text):
        if lex.any_outlet is not None and lex.any_outlet.search(text):
            return True  # a claim on a known outlet
        return _claim_on_own_channel(text, lex)
    if lex.any_outlet is not None and lex.any_outlet.search(text):
        return True
    if any(
        e.label_ == GROUP_LABEL or (e.label_ == "PERSON" and e.ent_id_)
        for e in getattr(sentence, "ents", ())
    ):
        return True
    # "On Monday it released a video": "it" may stand for a group named before (_pronoun_group);
    # "A second statement, issued on Monday": the group of the first (_releaser_of_the_first)
    return bool(lex.cue.search(text) or _PRONOUNS.search(text) or _one_more(text, lex))


def _one_more(text: str, lex: MediaLexicon) -> bool:
    """ "another video", "a second statement": a release word just after a word of one more."""
    return any(lex.any_noun.match(text, m.end() + 1) for m in lex.another.finditer(text))


_PRONOUNS = re.compile(r"\b(?:it|its|they|their)\b", re.I)


def _claim_on_own_channel(text: str, lex: MediaLexicon) -> bool:
    """ "Al-Shabaab claimed the killings through its radio station": a word of claiming and
    a word for a group's own channel (which ``_claims_in`` reads once parsed)."""
    claiming = any(re.search(rf"\b{re.escape(v)}\w*", text, re.I) for v in lex.claim_verbs)
    return claiming and bool(lex.claim_channels.search(text))


# --- what one sentence tells ---------------------------------------------------------------


@dataclass
class Who:
    """Who put a release out, as far as the words around it tell."""

    groups: list[tuple[str, str, object]] = field(default_factory=list)  # canonical, name, span
    speaker: tuple[str | None, str, object] | None = None  # canonical, name, span
    outlets: list[tuple[Outlet, int, int, str]] = field(default_factory=list)
    branch: tuple[str, int, int] | None = None  # an unknown "Wilayah X"
    someone_else: bool = False  # the doer is named and is not a group ("police released")
    by_anaphor: bool = False  # known only through "the group", "his" and the like
    voice: bool = False  # the speaker is told to be (or have been) a group's voice or leader
    # an armed body the words describe but do not name ("about 30 armed men", "a Nyatura
    # faction in northern Masisi"): words, start, end
    unnamed: tuple[str, int, int] | None = None

    @property
    def known(self) -> bool:
        return bool(
            self.groups
            or self.outlets
            or (self.speaker and (self.speaker[0] or self.voice))
            or self.unnamed
        )


@dataclass
class Release:
    """One release told in one sentence, before it becomes one mention per counted item."""

    subtype: str
    sentence: Sentence
    noun: object  # the token
    match: re.Match
    event: object  # the token whose clause tells the release (its verb, else the noun)
    kind: str | None  # how the sentence shows it came out (``_evidence``)
    who: Who
    own: bool  # the sentence itself shows the release came out, and by whom
    definite: bool  # "the video", "his message": a release the article told before
    plural: bool
    count: int | None = None
    count_words: object = None  # the span of "eight of these videos"
    position: str | None = None  # "last" / "first" of a series told before
    distinct: bool = False  # "another video"
    title: tuple[str, int, int] | None = None
    length: tuple[str, int, int, int | None] | None = None
    mentions: list[EventMention] = field(default_factory=list)


def extract(ctx: DocContext) -> list[EventMention]:
    lex = media_lexicon()
    releases: list[Release] = []
    for sentence in ctx.sentences:
        if not sentence.parsed:
            continue
        found = _releases_in(ctx, sentence) if lex.any_noun.search(sentence.text) else []
        found = _without_contents(found)
        # "claimed the capture through Amaq and published photographs": the claim came with the
        # pictures, one release, not a statement besides, unless told on another day
        if not any(r.subtype == "statement" or r.own for r in found):
            found.extend(_claims_in(ctx, sentence))
        elif not any(r.subtype == "statement" for r in found):
            found.extend(
                c
                for c in _claims_in(ctx, sentence)
                if _another_day(c, found) or _another_outlet(c, found)
            )
        releases.extend(_pictures_with_statement(found))
    _share_identities(releases)
    _apart_on_other_days(releases)
    mentions = [m for r in releases for m in r.mentions]
    _series_dated_one_by_one(ctx, mentions)
    return _with_wave_releases(ctx, mentions)


def _series_dated_one_by_one(ctx: DocContext, mentions: list[EventMention]) -> None:
    """ "Amaq released three short videos from inside the pocket. The first, on Sunday, showed
    ...; the second ... In the third, posted last week, ...": each release of a counted series
    takes the day a sentence soon after gives it by its ordinal."""
    lex = media_lexicon()
    for mention in mentions:
        series = mention.details.get("series")
        if not series or (mention.date_explicit and not _dated_by_its_count(ctx, mention)):
            continue
        for sentence in ctx.sentences[mention.sentence_index + 1 : mention.sentence_index + 4]:
            when = _day_of_the_one_told(sentence, series["index"], lex)
            if when is not None:
                set_release_day(mention, when)
                told = sentence.span
                mention.fields.append(
                    FieldSpan("evidence", told.start_char, told.end_char, told.text)
                )
                break


def _dated_by_its_count(ctx: DocContext, mention: EventMention) -> bool:
    """The mention's day is one its counting sentence gives to the whole series ("released
    three videos since then"), which an ordinal's own day overrides."""
    date_field = next((f for f in mention.fields if f.field == "date"), None)
    sentence = ctx.sentences[mention.sentence_index]
    return date_field is None or sentence.start <= date_field.start < sentence.end


def _day_of_the_one_told(sentence: Sentence, index: int, lex: MediaLexicon) -> EventDate | None:
    """The day told right after the ordinal of this release ("The second, released on Aug. 6,
    ...", "In the third, posted last week"), before the next ordinal. Read from the words: the
    sentence may not have been parsed."""
    told = [m for m in lex.ordinal_words.finditer(sentence.text) if _stands_for_a_release(m, lex)]
    for k, m in enumerate(told):
        if lex.ordinals[m.group(1).lower()] != index:
            continue
        start = sentence.start + m.start()
        end = sentence.start + told[k + 1].start() if k + 1 < len(told) else sentence.end
        for day_start, day_end, span, _ in sentence.dates:
            if start < day_start < min(end, start + ORDINAL_REACH) and span.start:
                return EventDate(span, day_start, day_end, explicit=True)
    return None


def _stands_for_a_release(ordinal: re.Match, lex: MediaLexicon) -> bool:
    """ "The first, on Sunday, ...", "the second video", "The first showed ...": the ordinal
    stands alone or on a release word (not "the first attack on the town")."""
    after = ordinal.string[ordinal.end() :].lstrip()
    if after[:1] in (",", ";", "") or after.startswith("one"):
        return True
    word = re.match(r"[\w-]+", after)
    if word is None:
        return False
    return bool(lex.any_noun.fullmatch(word.group())) or word.group().endswith(("ed", "s"))


# characters after an ordinal within which its release's day is told
ORDINAL_REACH = 60


def _without_contents(found: list[Release]) -> list[Release]:
    """ "posted a video of the speech", "a recording of his sermon": the word after "of" is what
    the release holds, not a release of its own."""
    nouns = {r.noun.i for r in found}
    return [
        r
        for r in found
        if not (
            r.noun.dep_ == "pobj"
            and r.noun.head.lower_ == "of"
            and r.noun.head.head.i in nouns
            and r.noun.head.head.i != r.noun.i
        )
    ]


def _pictures_with_statement(found: list[Release]) -> list[Release]:
    """ "In a statement carried by Amaq, the group said ..., and it published a photograph of
    the bomber": the pictures came with the statement, one release (bench/gold/README.md), not
    photos besides, unless put out on another day or by another group."""
    statements = [r for r in found if r.subtype == "statement" and r.own]
    if not statements:
        return found
    return [
        r
        for r in found
        if r.subtype != "photos"
        or not r.own
        or any(_another_day(r, [s]) or not _same_kind_groups(r, s) for s in statements)
    ]


def _same_kind_groups(a: Release, b: Release) -> bool:
    """The two releases name the same group (or one names none)."""
    mine, theirs = {g[0] for g in a.who.groups}, {g[0] for g in b.who.groups}
    return not mine or not theirs or bool(mine & theirs)


def _another_day(claim: Release, releases: list[Release]) -> bool:
    """ "claimed the raid on Saturday through Amaq, and it published photographs on Sunday":
    a claim dated by its own words on a day none of the sentence's releases was put out."""
    days = [m.date for r in releases if r.own for m in r.mentions if m.date_explicit]
    own = [m.date for m in claim.mentions if m.date_explicit]
    return bool(days and own) and all(d.start != own[0].start for d in days)


def _another_outlet(claim: Release, releases: list[Release]) -> bool:
    """ "ISKP claimed both bombings through its Amaq news agency, and its al-Azaim Foundation
    published a booklet": a claim on one outlet and a release that another outlet of the group
    put out are two releases."""
    lex = media_lexicon()
    spans = _outlet_spans(claim.sentence, lex)

    def outlets_in(words) -> set[str]:
        return {o.name for o, s, e, _ in spans if any(s <= t.idx < e for t in words)}

    mine = outlets_in(claim.noun.subtree)
    own = [r for r in releases if r.own]
    if not mine or not own:
        return False
    for release in own:
        theirs = outlets_in(_subject(release.event)) if release.event is not release.noun else set()
        if not theirs or theirs & mine:
            return False
    return True


def _with_wave_releases(ctx: DocContext, mentions: list[EventMention]) -> list[EventMention]:
    """A sentence telling several groups each showing its own pledge in pictures or a video
    ("The Sahel and the Somalia branches followed with their own pictures") tells one release
    per group (bench/gold/README.md, "Series"): those replace the sentence's one reading."""
    from watchfloor.extract import pledges  # pledges reads this module's lexicon

    shown = [(_wave_release(ctx, pledge, noun), noun) for pledge, noun in pledges.shown_waves(ctx)]
    waves = _counted_waves([(w, noun) for w, noun in shown if w is not None], mentions)
    replaced = {(w.sentence_index, w.subtype) for w in waves}
    summed = _summed_up_by(mentions, waves)
    kept = [
        m
        for m in mentions
        if (m.sentence_index, m.subtype) not in replaced and m.identity not in summed
    ]
    return kept + waves + _unclaimed_shown(ctx, mentions + waves)


def _summed_up_by(mentions: list[EventMention], waves: list[EventMention]) -> set[str]:
    """ "The affiliates have published a string of photographs over the past ten days",
    before the article tells each branch's pictures by day: a release told earlier over a
    stretch of days holding two or more of the wave's releases of its kind sums them up, and
    is not a release of its own (its identity, and every mention that took it, are dropped)."""
    out = set()
    for mention in mentions:
        when = mention.date
        if (
            when is None
            or not mention.date_explicit
            or when.start == when.end
            or when.start is None
        ):
            continue
        inside = [
            w
            for w in waves
            if w.subtype == mention.subtype
            and w.sentence_index > mention.sentence_index
            and w.date is not None
            and w.date.start is not None
            and when.start <= w.date.start <= when.end
        ]
        if len(inside) >= 2 and mention.identity:
            out.add(mention.identity)
    return out


def _counted_waves(
    waves: list[tuple[EventMention, object]], mentions: list[EventMention]
) -> list[EventMention]:
    """ "Six videos showed fighters from its A, B, ... provinces pledging": when the article
    counts the releases of a wave, each group's release is one of the series (index, count);
    a count that is not the number of groups keeps the counted releases read from the words
    instead, since the article's count is what an analyst records."""
    by_release: dict[tuple[int, str], list[tuple[EventMention, object]]] = {}
    for wave, noun in waves:
        by_release.setdefault((wave.sentence_index, wave.subtype), []).append((wave, noun))
    out = []
    for key, group in by_release.items():
        counted = _counted(group[0][1])
        if counted is None:
            out.extend(w for w, _ in group)
            continue
        count, words = counted
        if count != len(group):
            read = [m for m in mentions if (m.sentence_index, m.subtype) == key]
            if any("series" in m.details for m in read):
                continue  # the counted releases read from the words stay
            out.extend(w for w, _ in group)
            continue
        for index, (wave, _) in enumerate(group, start=1):
            wave.details["series"] = {"count": count, "index": index, "text": words.text}
            wave.fields.append(FieldSpan("series", words.start_char, words.end_char, words.text))
            out.append(wave)
    return out


def _unclaimed_shown(ctx: DocContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "That video, issued on Jan. 10, showed Khan and a dozen commanders swearing
    allegiance": a release whose words name no releaser, but which shows a group's pledge, is
    that group's release (bench/gold/README.md: a pledge told in a release is also a release)."""
    from watchfloor.extract import pledges

    told = {(m.sentence_index, m.subtype) for m in mentions}
    out = []
    for pledge, noun in pledges.shown_pledges(ctx):
        if _evidence(noun, media_lexicon())[2]:
            continue  # "police released a video of the attacker pledging": not propaganda
        if not (_names_pledger(ctx, pledge) or _armed_men_pledging(ctx, pledge)):
            continue
        release = _wave_release(ctx, pledge, noun)
        if release is None or (release.sentence_index, release.subtype) in told:
            continue
        told.add((release.sentence_index, release.subtype))
        release.identity = f"shown:{pledge.identity}|{release.subtype}"
        out.append(release)
    return out


def _names_pledger(ctx: DocContext, pledge: EventMention) -> bool:
    """The pledge names who pledged: a known group or leader, or a man by his name ("Khan and
    a dozen commanders"), not "armed men" or "the attacker"."""
    if any(a.role in ("perpetrator", "speaker") and a.canonical for a in pledge.actors):
        return True
    spans = [(f.start, f.end) for f in pledge.fields if f.field == "perpetrator"]
    return any(
        e.label_ == "PERSON" and s <= e.start_char < end for e in ctx.doc.ents for s, end in spans
    )


def _armed_men_pledging(ctx: DocContext, pledge: EventMention) -> bool:
    """ "a video circulated on Telegram in which about 20 armed men ... pledged allegiance":
    armed men in numbers, whom no name tells, pledging in a release are its makers (not one
    man, "the attacker", whom police may show)."""
    lex = media_lexicon()
    spans = [(f.start, f.end) for f in pledge.fields if f.field == "perpetrator"]
    for start, end in spans:
        words = ctx.doc.char_span(start, end, alignment_mode="expand")
        if words is None:
            continue
        armed, counted = _armed_or_counted_men(words.root, lex)
        if armed and counted:
            return True
    return False


def _armed_or_counted_men(head, lex: MediaLexicon) -> tuple[bool, bool]:
    """Whether men ("men", "fighters") are told as armed ("armed", "masked"), and as counted
    ("about 30"); neither, for a word that names no men."""
    if head.lemma_.lower() not in lex.armed_men or head.tag_ != "NNS":
        return False, False
    armed = any(c.dep_ == "amod" and c.lower_ in lex.armed_words for c in head.children)
    return armed, any(c.dep_ == "nummod" for c in head.children)


def _wave_release(ctx: DocContext, pledge: EventMention, noun) -> EventMention | None:
    sentence = ctx.sentences[pledge.sentence_index]
    subtype = next(
        (
            kind
            for kind, nouns in _nouns_by_subtype(sentence).items()
            if any(token.i == noun.i for _, token in nouns)
        ),
        None,
    )
    if subtype is None:
        return None
    trigger = FieldSpan("type", noun.idx, noun.idx + len(noun.text), noun.text)
    mention = EventMention(
        type="media_release",
        subtype=subtype,
        certainty=pledge.certainty,
        sentence=pledge.sentence,
        sentence_index=pledge.sentence_index,
        paragraph_index=pledge.paragraph_index,
        trigger=trigger,
        fields=[trigger, *(f for f in pledge.fields if f.field in ("perpetrator", "date"))],
        actors=[a for a in pledge.actors if a.role in ("perpetrator", "speaker")],
    )
    mention.date, mention.date_explicit = pledge.date, pledge.date_explicit
    mention.location, mention.location_explicit = pledge.location, pledge.location_explicit
    mention.identity = f"wave:{pledge.identity}|{subtype}"
    return mention


def _releases_in(ctx: DocContext, sentence: Sentence) -> list[Release]:
    out = []
    for subtype, nouns in _nouns_by_subtype(sentence).items():
        candidates = [_reading(ctx, sentence, subtype, token, m) for m, token in nouns]
        candidates = [c for c in candidates if c is not None]
        if not candidates:
            continue
        # "released a set of photographs ..., part of a series of such images": the word a
        # verb put out is the release, before one a count describes
        best = max(
            candidates,
            key=lambda c: (c.own, c.who.known, c.kind == "release", c.count is not None),
        )
        for other in candidates:  # "the 40-minute message, the first address from ...": one
            if other is not best:
                _borrow(best, other)
        _written_message(best)
        if _mentions_for(ctx, best):
            out.append(best)
    return out


def _claims_in(ctx: DocContext, sentence: Sentence) -> list[Release]:
    """ "IS claimed the bombings on its Amaq news agency": a claim told with the channel it came
    on is a written statement of the claiming group (a bare "IS claimed the attack" is not)."""
    lex = media_lexicon()
    out = []
    for verb in sentence.span:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        saying = verb.lemma_ in lex.claim_verbs or verb.lemma_ in lex.saying_verbs
        if not saying and verb.lemma_ not in lex.printing_verbs:
            continue
        channel = _claim_channel(sentence, verb, lex) if saying else None
        speaking = _speaking_outlet(sentence, verb, lex) if channel is None else None
        if channel is None and speaking is None:
            continue
        if speaking is not None:
            channel, outlet = speaking
        doer = _doer(verb)
        who = _who(ctx, sentence, channel, doer, doer, lex)
        if who.someone_else or not who.groups:
            continue
        subtype = "publication" if speaking is not None and outlet.publication else "statement"
        # "The same issue of Dabiq carried ...": the issue told before, not a new one
        again = speaking is not None and _an_issue_told_before(channel, lex)
        start = channel.left_edge.idx - sentence.start
        end = channel.idx + len(channel.text) - sentence.start
        match = re.compile(re.escape(sentence.text[start:end])).match(sentence.text, start)
        release = Release(
            subtype=subtype,
            sentence=sentence,
            noun=channel,
            match=match,
            event=verb,
            kind="speech",
            who=who,
            own=not again,
            definite=again,
            plural=False,
        )
        if match is not None and _mentions_for(ctx, release):
            out.append(release)
    return out


def _claim_channel(sentence: Sentence, verb, lex: MediaLexicon):
    """The channel a claim came on: a known outlet, or the group's own agency, channel or site
    ("on its Amaq news agency", "through its Telegram channel")."""
    claimed = [c for c in verb.children if c.dep_ == "dobj"]  # "the bombings on its agency"
    preps = [t for w in (verb, *claimed) for t in w.children]
    if verb.lemma_ not in lex.claim_verbs:  # "said through its radio station", not "said in"
        preps = [p for p in preps if p.lower_ in lex.saying_preps]
    return _channel_of(sentence, preps, lex)


def _speaking_outlet(sentence: Sentence, verb, lex: MediaLexicon):
    """ "The Islamic State's Amaq news agency said on Monday that ...", "its weekly al-Naba
    devoted four pages of its issue on Thursday to ...": a group's outlet that says something,
    or its publication that prints something, is the group's release (the subject's head, and
    the outlet); "according to Amaq" is not read here."""
    saying = verb.lemma_ in lex.saying_verbs or verb.lemma_ in lex.claim_verbs
    if not saying and verb.lemma_ not in lex.printing_verbs:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    words = noun_phrase(subjects[0])
    for outlet, start, end, _ in _outlet_spans(sentence, lex):
        if not outlet.group or not (saying or outlet.publication):
            continue  # "al-Naba devoted four pages to ...": a paper's issue; not "Amaq ran"
        if any(start <= t.idx < end for t in words):
            return subjects[0], outlet
    return None


def _channel_of(sentence: Sentence, preps: list, lex: MediaLexicon):
    """The first of these prepositions' objects that is a known outlet, or the group's own
    agency, channel or site ("on its Amaq news agency", "through its Telegram channel")."""
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in lex.claim_preps:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if _a_channel(sentence, pobj, lex):
                return pobj
    return None


def _a_channel(sentence: Sentence, pobj, lex: MediaLexicon) -> bool:
    """A known outlet, or the group's own agency, channel or site ("its Amaq news agency")."""
    words = list(pobj.subtree)
    if any(s <= t.idx < e for _, s, e, _ in _outlet_spans(sentence, lex) for t in words):
        return True
    if pobj.lower_ in ("one", "some", "several") or pobj.like_num:
        # "in a message on one of its Telegram channels": one of the group's own channels
        return any(
            _a_channel(sentence, whole, lex)
            for of in pobj.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for whole in of.children
            if whole.dep_ == "pobj"
        )
    owned = any(c.dep_ == "poss" and _a_groups(c, lex) for c in pobj.children)
    return owned and bool(lex.claim_channels.search(" ".join(t.text for t in words)))


def _a_groups(owner, lex: MediaLexicon) -> bool:
    """ "its", "their", "the group's", "ISWAP's": the owner is a group."""
    if owner.lower_ in ("its", "their"):
        return True
    name = " ".join(t.text for t in owner.subtree if t.tag_ != "POS")
    return bool(lex.group_anaphors.fullmatch(name)) or any(
        t.ent_type_ == GROUP_LABEL for t in owner.subtree
    )


def _written_message(release: Release) -> None:
    """A bare "message" is a leader's voice when a leader speaks it or it has a length ("in
    his latest message", "the 40-minute message"); a group's "message posted on its
    channels", or one sent to the press, is a written statement."""
    if release.subtype != "audio" or not re.fullmatch(r"messages?", release.match.group(), re.I):
        return
    spoken = release.length is not None or (release.who.speaker and release.who.speaker[0])
    if not spoken or release.event.lemma_ in media_lexicon().sending_verbs:
        release.subtype = "statement"  # "a message sent to a news site" is written


def _nouns_by_subtype(sentence: Sentence) -> dict[str, list]:
    """Release words of the sentence by subtype, longest first, none overlapping another."""
    lex = media_lexicon()
    found = []
    for subtype in SUBTYPES:
        for m in lex.nouns[subtype].finditer(sentence.text):
            found.append((m.end() - m.start(), subtype, m))
    taken: list[tuple[int, int]] = []
    out: dict[str, list] = {}
    for _, subtype, m in sorted(found, key=lambda f: -f[0]):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        if words is None:
            continue
        token = _stand_in(words.root, lex)
        if not (token.tag_.startswith("NN") or token.pos_ in ("NOUN", "PROPN")):
            continue  # "to address the nation", "audio" as an adjective of another word
        taken.append((m.start(), m.end()))
        out.setdefault(subtype, []).append((m, token))
    return out


def _stand_in(token, lex: MediaLexicon):
    """ "In an audio message broadcast on Monday by ...": the parse reads "broadcast" as a noun
    with the release word as its modifier; the release then stands where that noun stands (its
    clause, its "by", its date), so that noun is the one read."""
    head = token.head
    if (
        token.dep_ in ("compound", "amod")  # "an audio recording broadcast by": amod too
        and head.i > token.i
        and head.tag_.startswith("NN")
        and head.lemma_.lower() in lex.release_verbs
    ):
        return head
    edition = _edition_of(token, lex)
    return edition if edition is not None else token


def _edition_of(token, lex: MediaLexicon):
    """ "The issue of al-Naba released on Tuesday carried ...": the issue came out (its verb,
    its date hang on it); the publication named after "of" says whose it is."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    edition = prep.head
    if edition.lemma_.lower() in lex.editions and edition.tag_.startswith("NN"):
        return edition
    return None


def _reading(ctx: DocContext, sentence: Sentence, subtype: str, noun, match) -> Release | None:
    """What the sentence says about this release word: whether it came out, and by whom."""
    lex = media_lexicon()
    evidence, event, doer_tokens = _evidence(noun, lex)
    attached = _attached(noun, depicted=subtype == "photos")
    # whose accounts it went out on names the releaser of a release told here for the first
    # time; "the video ... appeared on the group's channels" is one told before, its own
    owners = [] if definite_release(noun) else _channel_owners(noun, event, lex)
    # "circulated a statement in the name of Sinai Province": the parse may hang it on the verb
    behalf = _attributed(event, lex) if event is not None and event is not noun else []
    doer_tokens = _relayed(doer_tokens, _attributed(noun, lex) + behalf, lex)
    who = _who(ctx, sentence, noun, doer_tokens + attached + owners + behalf, doer_tokens, lex)
    if evidence in ("release", "appear") and not who.known and _has_modifier(noun, lex.another):
        _releaser_of_the_first(ctx, sentence, noun, who)
    title = _title(sentence, noun, lex)
    length = _length(sentence, noun, lex)
    fresh = _has_modifier(noun, lex.fresh)
    weak = bool(lex.weak.fullmatch(match.group()))
    # "said in a message on its az-Zallaqa channel": put out on a group's channel
    posted = _channel_of(sentence, [c for c in noun.children if c.dep_ == "prep"], lex)
    if posted is None:  # "in a claim carried by its Amaq news agency"
        posted = _carrying_channel(sentence, noun, lex)
    described = bool(title or length or fresh or posted is not None)
    if evidence is None and not described:
        own = False
    elif weak and evidence in (None, "speech", "spoken", "according") and not described:
        own = False  # "sent a message", "in his speech to parliament": not enough for a release
    elif evidence == "according" and (who.by_anaphor or not who.known):
        own = False  # "according to his statements to police": testimony, not a release
    else:
        own = who.known and not who.someone_else
    if who.someone_else or _inside_publication(evidence, event, doer_tokens, lex):
        return None
    if _attached_to_another(noun, lex) or _shared_again(noun, event, lex):
        return None
    release = Release(
        subtype=subtype,
        sentence=sentence,
        noun=noun,
        match=match,
        event=event if event is not None else noun,
        kind=evidence,
        who=who,
        own=own,
        definite=definite_release(noun),
        plural=noun.tag_ in ("NNS", "NNPS") and subtype != "photos",
        title=title,
        length=length,
        distinct=_has_modifier(noun, lex.another),
    )
    if not own and not (release.definite and (evidence or described)):
        return None  # "along with the videos": neither a release nor a reference to one
    _read_count(release, lex)
    return release


def _shared_again(noun, event, lex: MediaLexicon) -> bool:
    """ "Twitter suspended several accounts that had posted the group's claim": a release told
    before ("the", "the group's"), passed on by the accounts a clause describes, is no new
    release (and the day of the takedown is not its day)."""
    if event is None or event is noun or event.dep_ != "relcl":
        return False
    if not lex.relays.fullmatch(event.head.text):
        return False
    # what was shared with it ("the group's claim together with photographs of the dead")
    told = [noun, *(c for c in event.children if c.dep_ == "dobj")]
    return any(_told_before(n) for n in told if n.pos_ == "NOUN")


def _told_before(noun) -> bool:
    """ "the video", "its claim", "the group's claim": a release the article told before."""
    owned = any(
        c.dep_ == "poss" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in noun.children
    )
    return definite_release(noun) or owned


def _releaser_of_the_first(ctx: DocContext, sentence: Sentence, noun, who: Who) -> None:
    """ "A second statement, issued on Monday, urged ...": a release told as one more of its
    kind, with no releaser of its own, is the group's that put out the first (the group named
    last before it)."""
    group = antecedent(ctx, sentence, noun.idx, GROUP_LABEL)
    if group is not None:
        _add_group(who, group.ent_id_ or group.text, group.text, None)
        who.by_anaphor = True


def _inside_publication(evidence, event, doer: list, lex: MediaLexicon) -> bool:
    """ "The same issue of Dabiq carried photographs of two men", "the magazine featured a
    message from its leader": what a publication prints is part of that one release (one
    ``publication`` record, bench/gold/README.md), not a release of its own."""
    if evidence == "appear" and event is not None:  # "the picture appeared in the new issue"
        places = [
            p
            for prep in event.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        return any(_a_publication(p, lex) for p in places)
    if evidence != "release" or event is None or event.lemma_ not in lex.printing_verbs:
        return False
    heads = [t for t in doer if t.dep_ in ("nsubj", "nsubjpass")] or doer[:1]
    return bool(heads) and _a_publication(heads[0], lex)


def _attached_to_another(noun, lex: MediaLexicon) -> bool:
    """ "In an audio message attached to the video, a speaker said ...": a part of a release
    told before (the video), one release with it, not a release of its own."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "amod") or clause.lemma_.lower() not in lex.attaching_verbs:
            continue
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "with"):
                continue
            if any(p.dep_ == "pobj" and lex.any_noun.fullmatch(p.text) for p in prep.children):
                return True
    return False


def _a_publication(noun, lex: MediaLexicon) -> bool:
    """ "the same issue of Dabiq", "the magazine", "Rumiyah": a publication or one number of it."""
    return noun.lemma_.lower() in lex.editions or bool(
        lex.nouns["publication"].fullmatch(noun.text)
    )


def _an_issue_told_before(noun, lex: MediaLexicon) -> bool:
    """ "The same issue of Dabiq carried ...", "the magazine said ...": a number of a
    publication the article told of before (a definite edition or publication word)."""
    if not _a_publication(noun, lex):
        return False
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    ) or any(c.lower_ == "same" for c in noun.children)


def _carrying_channel(sentence: Sentence, noun, lex: MediaLexicon):
    """The group's channel that carried or put out the release ("a claim carried by its Amaq
    news agency", "a message broadcast by the group's radio"): as good as a channel it was
    posted on, so even a weak word ("claim", "message") is a release."""
    agents = [
        agent
        for clause in noun.children
        if clause.dep_ in ("acl", "amod") and clause.lemma_ in lex.release_verbs
        for agent in clause.children
        if agent.dep_ == "agent"
    ]
    for agent in agents:
        for pobj in (c for c in agent.children if c.dep_ == "pobj"):
            if _a_channel(sentence, pobj, lex):
                return pobj
    return None


def _borrow(best: Release, other: Release) -> None:
    """Two words for one release in one sentence (an apposition): one reading of both."""
    if not best.title and other.title:
        best.title = other.title
    if not best.length and other.length:
        best.length = other.length
    if not best.who.speaker and other.who.speaker:
        best.who.speaker = other.who.speaker
    for g in other.who.groups:
        if all(g[0] != mine[0] for mine in best.who.groups):
            best.who.groups.append(g)
    if not best.own and other.own:
        best.own, best.event = True, other.event


# --- evidence: did it come out? --------------------------------------------------------------


def _evidence(noun, lex: MediaLexicon):
    """(kind, the token telling it, the tokens naming its doer); kind is ``release`` (a verb of
    releasing), ``appear``, ``speech`` (said in it), ``spoken`` (it said: "the recording
    praised"), ``according`` ("according to a Taliban statement") or None. The speaker of
    "... in an audio recording released over the weekend" is a doer of the release too."""
    kind, event, doer = _release_verb(noun, lex)
    said = _said_in(noun, lex)
    if kind is not None:
        if said is not None and _carried(doer, lex):
            return "speech", said, _doer(said)  # "in a statement carried by a news agency"
        if said is not None:  # "claimed it in a statement circulated by its supporters"
            doer = doer + _doer(said)
        return kind, event, doer
    if said is not None:
        return "speech", said, _doer(said)
    if _according_to(noun):
        return "according", noun, []
    return None, None, []


def _carried(doer: list, lex: MediaLexicon) -> bool:
    """The release verb's doer only carried the release: a news agency, a channel, a site."""
    heads = [t for t in doer if t.head not in doer or t.head.i == t.i]
    return (
        bool(heads)
        and bool(lex.carriers.fullmatch(heads[0].text))
        and not any(t.ent_type_ == GROUP_LABEL for t in doer)
    )


def _release_verb(noun, lex: MediaLexicon):
    head, verb = _governor(noun)
    for child in noun.children:  # "a speech released by al-Furqan", "the released speech"
        participle = child.tag_ in ("VBN", "VBD")
        if child.dep_ in ("acl", "amod", "relcl") and participle and _puts_out(child, lex):
            doer = _doer(child)
            if (not doer or _unnamed(doer)) and _releasing(verb, head, lex):
                # "Amaq released a video filmed by one of the attackers", "posted three videos
                # filmed in Butig": the release is the putting out, by the verb's subject
                break
            return "release", child, doer
        if _came_out_clause(child, lex):  # "a video that surfaced on Tuesday"
            return "appear", child, _froms(child)
    follower = _put_out_with(head, verb, lex)
    if follower is not None:  # "the group's channels followed with four sets of photographs"
        return "release", follower, _doer(follower)
    hung = _participle_hung_on_verb(noun, head, verb, lex)
    if hung is not None:  # "The news came in a video, posted on Tuesday on its accounts"
        return "release", hung, _doer(hung)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None, None, []
    if verb.lemma_ in lex.release_verbs and head.dep_ in _OBJECTS:
        return "release", verb, _doer(verb)
    if _participle_read_as_verb(head, verb, lex):  # "A statement posted on Friday ... said"
        return "release", verb, _agent(verb)
    if verb.lemma_ in lex.appear_verbs and head.dep_ == "nsubj" and _came_out(verb, lex):
        return "appear", verb, _froms(verb)
    if verb.lemma_ in lex.speech_verbs and head.dep_ == "nsubj":
        return "spoken", verb, []
    return None, None, []


def _puts_out(verb, lex: MediaLexicon) -> bool:
    """A verb of releasing, or of sending to someone ("a statement sent to journalists", "a
    message e-mailed to a news site": how it reached the press tells that it came out)."""
    if verb.lemma_ in lex.release_verbs:
        return True
    return verb.lemma_ in lex.sending_verbs and any(
        c.dep_ in ("dative", "prep") and c.lower_ == "to" for c in verb.children
    )


def _participle_read_as_verb(head, verb, lex: MediaLexicon) -> bool:
    """ "A statement posted online late on Friday in the name of ... said four of its men had
    ...": the parse makes the participle the sentence's verb, with the release as its subject
    and the real verb of saying joined to it. A past participle of releasing with no auxiliary,
    whose joined verb of saying or showing has no subject of its own, is the release's
    participle ("A statement was posted" has an auxiliary; "posted it and said" a subject)."""
    if head.dep_ != "nsubj" or verb.tag_ != "VBN" or verb.lemma_ not in lex.release_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.lemma_ in lex.speech_verbs
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )


def _agent(verb) -> list:
    """The words of a participle's "by" doer ("posted by the group's media arm")."""
    return [t for a in verb.children if a.dep_ == "agent" for p in a.children for t in _core(p)]


def _came_out_clause(clause, lex: MediaLexicon) -> bool:
    """ "a video that surfaced on Tuesday", "a recording which emerged online", "a recording
    that began circulating among its supporters": a relative clause whose subject is the
    release itself tells that it came out ("a video in which he appeared" does not)."""
    if clause.dep_ != "relcl":
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
        return False
    verb = _past_aspect(clause)
    if _seeming(verb):
        return False  # "photographs online that appeared to show bodies": what they seem to be
    return verb.lemma_ in lex.appear_verbs and _came_out(verb, lex)


def _seeming(verb) -> bool:
    """ "appeared to show", "seemed to be": appearing as seeming, with the infinitive it
    governs."""
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _past_aspect(verb):
    """ "began circulating", "started to appear": the verb the aspectual one governs."""
    if verb.lemma_ not in _ASPECTUAL:
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)


def _put_out_with(head, verb, lex: MediaLexicon):
    """ "The group followed with a video", "its media office responded with a statement": a
    verb of following or answering whose "with" holds the release, and that has a subject."""
    if verb is None or verb.lower_ != "with" or head.dep_ != "pobj" or verb.dep_ != "prep":
        return None
    above = verb.head
    if above.pos_ != "VERB" or above.lemma_ not in lex.with_verbs or not _subject(above):
        return None
    return above


def _participle_hung_on_verb(noun, head, verb, lex: MediaLexicon):
    """ "The news came in a video of about four minutes, posted early on Tuesday on ...": a
    past participle of releasing with no subject of its own, right after the release's own
    words, that the parse hung on the clause's verb instead of on the noun."""
    if verb is not None and verb.dep_ == "prep" and head.dep_ == "pobj":
        verb = verb.head  # "came in a video": the verb above the preposition
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    edge = noun.right_edge.i
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBN" or clause.i <= noun.i:
            continue
        if clause.lemma_ not in lex.release_verbs or clause.left_edge.i < edge:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children):
            continue
        between = noun.doc[edge + 1 : clause.left_edge.i]
        if all(t.is_punct for t in between):
            return clause
    return None


def _unnamed(doer: list) -> bool:
    """A participle's doer that names no one ("filmed by one of the attackers")."""
    return bool(doer) and not any(t.pos_ == "PROPN" for t in doer)


def _releasing(verb, head, lex: MediaLexicon) -> bool:
    """The verb above the release word puts it out and has a subject of its own."""
    return (
        verb is not None
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_ in lex.release_verbs
        and head.dep_ in _OBJECTS
        and bool(_subject(verb))
    )


def _governor(noun):
    """The noun standing for the release in its clause ("a series of videos" -> series, "eight
    of these videos" -> eight), and the verb above it."""
    tok = noun
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head is not tok:
            if tok.head.head.lemma_.lower() in media_lexicon().not_release_holders:
                return tok, None  # "made the village ... the name of their magazine"
            tok = tok.head.head
            continue
        if tok.dep_ in ("appos", "conj") and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
            tok = tok.head
            continue
        if showing_read_as_noun(tok):
            tok = tok.head  # "released a video showing masked men": "video showing" read as one
            continue
        joined = _joined_with(tok)
        if joined is not None:
            tok = joined
            continue
        break
    head = tok.head
    if head.i == tok.i:
        return tok, None
    return tok, head


def showing_read_as_noun(tok) -> bool:
    """ "a video showing masked men": the parse may read the participle after the release word
    as the noun the release word is compounded with."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and head.i == tok.i + 1
        and head.tag_ == "NN"
        and head.lower_ in media_lexicon().showing_participles
    )


def _joined_with(tok):
    """ "published a photograph of the gunman together with a short video": the noun that a
    "together with" / "along with" joins this one to (the parse hangs it on the nearest noun
    before, which may be inside the first one's own words; the first release word up the tree
    is taken, else the noun it hangs on)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    host = prep.head  # the parse hangs "together" on "with", or "with" on "together"
    if host.lower_ in ("together", "along") and host.head.i != host.i:
        host = host.head
    elif not any(c.lower_ in ("together", "along") for c in prep.children):
        return None
    if host.pos_ in ("VERB", "AUX"):  # "published a photograph ... along with a video"
        host = next((c for c in host.children if c.dep_ == "dobj"), host)
    for above in [host, *host.ancestors]:
        if above.pos_ in ("VERB", "AUX"):
            break
        if media_lexicon().any_noun.fullmatch(above.text):
            return above
    return host if host.pos_ in ("NOUN", "PROPN") else None


def _said_in(noun, lex: MediaLexicon):
    """The verb of saying the noun is where something was said in ("said in a statement",
    "In a rare speech, he rallied ..."), through a clause or two ("called on them to act, in
    an audio recording")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "through", "via", "during"):
        return None
    tok = noun.head.head
    for _ in range(4):
        speaking = tok.pos_ in ("VERB", "AUX") and tok.lemma_ in lex.speech_verbs
        if speaking and (_subject(tok) or _passive(tok)):  # "was announced in a message"
            return tok
        if tok.pos_ == "VERB" and _named_doer(tok):
            # "Zawahiri gave the move his blessing in an audio message", "In the video, X sat
            # beside two aides and said ...": a named group or leader did it in the release
            return tok
        climbs = ("xcomp", "ccomp", "advcl", "conj", "acl", "dobj", "pobj", "prep")
        if tok.dep_ in climbs and tok.head.i != tok.i:
            tok = tok.head  # "pledged allegiance ... in an audio message": the parse hangs it
            continue  # on "allegiance"
        break
    return None


def _passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubjpass" for c in verb.children
    )


def _named_doer(verb) -> bool:
    """The verb's own subject is a named person or group (not a pronoun, not "officials")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    words = noun_phrase(subjects[0])
    words += _said_to_be(verb, words)  # "a man who appeared to be Boko Haram's leader"
    return any(t.ent_type_ in ("PERSON", GROUP_LABEL) for t in words)


def _according_to(noun) -> bool:
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _subject(verb) -> list:
    """The words of a verb's subject (or passive agent), taking a coordinated or controlling
    verb's when it has none ("has produced and disseminated", "began to release")."""
    tok = verb
    for _ in range(3):
        # "an attack claimed the same evening by The Resistance Front": a "by" doer makes the
        # verb a participle, whatever the parse made its subject
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if agents:
            return [t for c in agents[0].children for t in _core(c)]
        for child in tok.children:
            if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                # "accounts that had shared the group's footage": the accounts shared it
                return _core(tok.head)
            if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ not in ("WDT", "WP"):
                if _dateline(child):
                    continue  # "MAIDUGURI, Nigeria, June 7, 2021 —" read as a subject
                if child.dep_ == "nsubjpass" and tok is verb:
                    continue  # the release itself ("videos have been disseminated by ...")
                return _core(child)
            if child.dep_ == "agent":
                return [t for c in child.children for t in _core(c)]
        if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return []


def _dateline(token) -> bool:
    return token.right_edge.text in ("—", "–", "--") and token.right_edge.i > token.i


_CLAUSES = ("relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "mark", "punct_clause")


def noun_phrase(token) -> list:
    """A noun's words without the clauses hanging on it ("Khan, who had admitted support to
    IS": Khan; "a statement by the chief that talks with the Taliban were near": the chief)."""
    cut = {t.i for c in token.children if c.dep_ in _CLAUSES for t in c.subtree}
    return [t for t in token.subtree if t.i not in cut]


_CORE_PREPS = {"of", "for", "from", "within", "'s"}


def _core(token) -> list:
    """The words of a doer's own name: no clauses, no other nouns it is joined to, no places
    or topics after it ("violence by the Taliban" in a misread subject is not the doer)."""
    words = [token]
    for child in token.children:
        if child.dep_ in _CLAUSES or child.dep_ in ("conj", "cc"):
            continue
        if child.dep_ == "prep" and child.lower_ not in _CORE_PREPS:
            continue
        words.extend(_core(child))
    return sorted(words, key=lambda t: t.i)


def _doer(verb) -> list:
    """The doer's words, plus names just before it that a wrong parse left out ("IS media
    operatives issued": "IS" read as a verb)."""
    words = _subject(verb)
    if len(words) == 1 and words[0].lower_ in ("it", "they"):
        words = _coordinated_group_subject(verb) or _pronoun_group(words[0]) or words
    edge = min((t.i for t in words), default=verb.i)
    doc = verb.doc
    i = edge - 1
    extra = []
    while i >= verb.sent.start and _name_word(doc[i]):
        extra.append(doc[i])
        i -= 1
    return extra[::-1] + words + _glued_after(words) + _said_to_be(verb, words)


# "Days later Belmokhtar disowned ...": a time told before the doer is not part of its name
_TIME_LABELS = ("DATE", "TIME")


def _name_word(token) -> bool:
    """A word that may belong to a name left out of the doer by the parse."""
    if token.ent_type_ in _TIME_LABELS:
        return False
    return bool(token.ent_type_) or token.tag_ in ("NNP", "POS")


def _said_to_be(verb, words: list) -> list:
    """ "a man who appeared to be Boko Haram's leader, Abubakar Shekau, mocked ...", "a fighter
    identified as the group's commander": a vague subject is the one its clause says it is. The
    parse often hangs the name on the verb as a second subject, so that one is taken too."""
    if any(t.ent_type_ for t in words):
        return []
    lex = media_lexicon()
    taken = {t.i for t in words}
    subjects = [t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i]
    clauses = [
        c
        for s in subjects
        for c in s.children
        if c.dep_ in ("relcl", "acl") and c.lemma_ in lex.identifying_verbs
    ]
    if not clauses:
        return []
    out = [t for c in clauses for t in c.subtree if t.tag_ not in ("WP", "WDT")]
    for other in (c for c in verb.children if c.dep_ == "nsubj" and c.i not in taken):
        out.extend(noun_phrase(other))
    return [t for t in out if t.i not in taken]


def _coordinated_group_subject(verb) -> list:
    """ "IS claimed the raid through Amaq, and it published photographs on Sunday": the "it"
    of a verb joined to one whose subject names a group is that group (any other "it" is not
    known to be one: "the ministry ... and it released a video")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    lex = media_lexicon()
    above = verb.head
    # "Amaq said that a soldier had carried out the attack, and it published ...": the parse
    # may join the verb to the reported clause; the sayer's subject is then the one tried too
    for clause in (above, above.head if above.dep_ == "ccomp" else None):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"] if clause is not None else []
        if not subjects:
            continue
        words = _core(subjects[0])
        if any(t.ent_type_ == GROUP_LABEL for t in words) or names_a_groups_outlet(words, lex):
            return words
    return []


def _pronoun_group(pronoun) -> list:
    """ "The loss came as the group stepped up pressure on Japan. Late on Tuesday it released a
    video", "the guerrillas seized eight soldiers, and they have released photographs": "it"
    or "they" stands for the subject told last before it, in its sentence or the one before
    (leaving out what is reported: "the army said the group had ..." tells of the army), and
    is a group when that subject is one (a named group, "the group", "the guerrillas"). The
    subject's words, or none when it is no group or does not agree in number."""
    doc = pronoun.doc
    spans = (
        [pronoun.sent]
        if pronoun.sent.start == 0
        else [doc[pronoun.sent.start - 1].sent, pronoun.sent]
    )
    subjects = [
        t
        for span in spans
        for t in span
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.i < pronoun.i
        and t.tag_ not in ("PRP", "WDT", "WP")
        and not _reported(t)
    ]
    if not subjects:
        return []
    subject = subjects[-1]
    words = _core(subject)
    lex = media_lexicon()
    named = any(t.ent_type_ == GROUP_LABEL for t in words)
    if not named and pronoun.lower_ == "they" and subject.tag_ not in ("NNS", "NNPS"):
        return []
    if not named and pronoun.lower_ == "it" and subject.tag_ not in ("NN", "NNP"):
        return []
    if named or _names_a_group(subject, lex) or _described_group(words, lex) is not None:
        return words
    return []


def _reported(token) -> bool:
    """The token sits in a reported clause ("the army said [the group had ...]")."""
    return any(a.dep_ == "ccomp" for a in [token, *token.ancestors][:-1])


def names_a_groups_outlet(words: list, lex: MediaLexicon) -> bool:
    """ "The group's Amaq news agency": the words name an outlet of a group (read by
    ``extract.statistics`` too, for who claims a toll)."""
    if not words or lex.any_outlet is None:
        return False
    text = doc_text(words[0].doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    return any(o.group and o.pattern.search(text) for o in lex.outlets)


def _glued_after(words: list) -> list:
    """The rest of a hyphenated name the parse cut after its first piece ("al-Raymi had
    claimed": the subject read as "al" alone)."""
    if not words:
        return []
    doc, taken = words[0].doc, {t.i for t in words}
    out = []
    i = max(taken)
    while (
        i + 1 < len(doc)
        and not doc[i].whitespace_
        and (doc[i].text == "-" or doc[i + 1].text == "-")
        and doc[i + 1].i not in taken
    ):
        i += 1
        out.append(doc[i])
    return out


def _came_out(verb, lex: MediaLexicon) -> bool:
    """ "Nine videos have appeared so far", "a video emerged online", not "two photos appear on
    the wanted list": where it appeared, when said, is an online place."""
    places = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in ("on", "in", "at")
        and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children)
    ]
    return all(lex.online.search(" ".join(t.text for t in p.subtree)) for p in places)


def _froms(verb) -> list:
    """ "Nine videos have appeared, from branches including ...": the words after "from" (to
    the end of the sentence: long lists of names defeat the parse)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
    if prep is None:
        return []
    return list(verb.doc[prep.i : verb.sent.end])


def _attached(noun, depicted: bool = False) -> list:
    """Words on the release noun that may name its maker: "the group's", "an Islamic State
    video", "a message from al-Baghdadi", "released by al-Furqan", and the same on a noun it
    is said to be ("the tape was his first spoken message from the
    leader") or on the set it belongs to ("a series of videos from ISWAP"). On photos
    (``depicted``) a name before the noun is who is shown ("Azhar's two photos"), not who
    released them."""
    nouns = [noun]
    head, _ = _governor(noun)
    if head is not noun:
        nouns.append(head)
    for n in list(nouns):
        nouns.extend(c for c in n.children if c.dep_ == "appos")
        if n.dep_ == "nsubj" and n.head.lemma_ == "be":
            nouns.extend(c for c in n.head.children if c.dep_ == "attr")
    lex = media_lexicon()
    words = _seen_in(noun, lex)
    for n in nouns:
        words.extend(_attributed(n, lex))
        for child in n.children:
            if child.dep_ == "relcl" and _speaks_in(child):
                words.extend(t for c in child.children if c.dep_ == "nsubj" for t in noun_phrase(c))
            if child.dep_ in ("poss", "compound", "nmod", "amod") and child.i < n.i:
                if not depicted:
                    words.extend(noun_phrase(child))
            elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
                words.extend(t for c in child.children for t in noun_phrase(c))
            elif child.dep_ in ("acl", "amod") and child.i > n.i:
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    words.extend(t for c in agent.children for t in noun_phrase(c))
    return words


def _attributed(noun, lex: MediaLexicon) -> list:
    """The words of whom the release is put in the name of: "an audio recording attributed to
    Abu Bakr al-Baghdadi", "a statement in the name of Sinai Province", "a message on behalf of
    the group"."""
    words = []
    for child in noun.children:
        if child.dep_ in ("acl", "amod") and child.lemma_ in lex.attributing:
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "to"]
        elif child.dep_ == "prep" and child.lower_ in ("in", "on"):
            names = [
                n
                for n in child.children
                if n.dep_ == "pobj" and n.lemma_.lower() in lex.behalf_nouns
            ]
            # "a statement issued in his name", "on the group's behalf": the owner is whose
            words.extend(
                t for n in names for c in n.children if c.dep_ == "poss" for t in c.subtree
            )
            preps = [p for n in names for p in n.children if p.dep_ == "prep" and p.lower_ == "of"]
        else:
            continue
        words.extend(
            t for p in preps for c in p.children if c.dep_ == "pobj" for t in noun_phrase(c)
        )
    return words


def _channel_owners(noun, event, lex: MediaLexicon) -> list:
    """The group whose accounts, channels or supporters the release was put out on or went
    round among ("posted on accounts the group uses", "circulating among the group's
    supporters", "posted on its Telegram channel"): the words naming that group."""
    tokens = {noun.i: noun}
    if event is not None:
        for tok in (event, _past_aspect(event)):
            tokens[tok.i] = tok
    words = []
    for tok in tokens.values():
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "to", "among", "through", "via"):
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                if lex.relays.fullmatch(place.text) or lex.claim_channels.fullmatch(place.text):
                    words.extend(_group_owning(place, lex))
    return words


def _group_owning(place, lex: MediaLexicon) -> list:
    """ "the group's supporters", "its channel", "accounts the group uses", "accounts that
    share the group's material": the words naming the group the place belongs to."""
    for child in place.children:
        if child.dep_ == "poss" and _a_groups(child, lex):
            return list(child.subtree)
        if child.dep_ in ("relcl", "acl"):
            for tok in child.subtree:
                if tok.dep_ in ("nsubj", "poss", "pobj", "dobj") and _names_a_group(tok, lex):
                    return list(tok.subtree)
    return []


def _names_a_group(tok, lex: MediaLexicon) -> bool:
    """ "the group", "ISWAP", "the branch's": a noun phrase standing for a group (not "its",
    which may stand for any noun)."""
    if tok.ent_type_ == GROUP_LABEL:
        return True
    words = " ".join(t.text for t in tok.subtree if t.tag_ != "POS")
    return bool(lex.group_anaphors.fullmatch(words)) and words.lower() not in ("its", "their")


def _relayed(doer: list, attributed: list, lex: MediaLexicon) -> list:
    """ "Accounts that share the group's material circulated a statement": a doer that only
    passes a group's material on stands for the group its own clause names; a bare one
    ("accounts circulated a statement in the name of Sinai Province") for none, when the
    release names whose it is."""
    heads = [t for t in doer if t.dep_ in ("nsubj", "nsubjpass")]
    heads += [t for t in doer if t.head not in doer or t.head.i == t.i]
    if not heads or not lex.relays.fullmatch(heads[0].text):
        return doer
    head = heads[0]
    for clause in (c for c in head.children if c.dep_ in ("relcl", "acl")):
        for tok in clause.subtree:
            if tok.dep_ in ("nsubj", "poss", "pobj", "dobj") and _names_a_group(tok, lex):
                return list(tok.subtree)
    bare = not any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in head.children)
    return [] if bare and attributed else doer


def _seen_in(noun, lex: MediaLexicon) -> list:
    """ "Ayman al-Zawahiri appeared in a new video": the one seen or heard in the release."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_ not in lex.seen_in_verbs:
        return []
    return [t for c in verb.children if c.dep_ == "nsubj" for t in noun_phrase(c)]


def _speaks_in(clause) -> bool:
    """ "a video ... in which its leader Abubakar Shekau says ...": the one heard or seen."""
    lex = media_lexicon()
    return clause.lemma_ in lex.speech_verbs or clause.lemma_ in ("appear", "speak", "say")


def definite_release(noun) -> bool:
    """ "the video", "this message", "his speech", "its statement": a release told before."""
    head, _ = _governor(noun)
    for n in {noun, head}:
        for child in n.children:
            if child.dep_ == "det" and child.lower_ in ("the", "this", "that", "these", "those"):
                return True
            if child.dep_ == "poss" and child.tag_ == "PRP$":
                return True
    return False


def _has_modifier(noun, pattern: re.Pattern) -> bool:
    start = noun.left_edge.idx
    words = doc_text(noun.doc)[start : noun.idx]
    return bool(pattern.search(words))


# --- who put it out ----------------------------------------------------------------------------


def _who(ctx: DocContext, sentence: Sentence, noun, words: list, doer: list, lex) -> Who:
    """Groups, leaders and outlets that the words name or stand for; whether the doer is
    someone else ("the victims said in their statement", "police released a video")."""
    who = Who()
    indices = {t.i for t in words}
    branch = _branch_name(sentence, words, lex)
    taken = [(o[1], o[2]) for o in _outlet_spans(sentence, lex)]
    if branch is not None:
        taken.append((branch[1], branch[2]))
    # "it" may stand for a group named in the sentence before (``_pronoun_group``)
    earlier = [e for e in ctx.doc.ents if e.end_char <= sentence.start and e.end_char > 0]
    for ent in [*earlier[-12:], *sentence.ents]:
        if not any(t.i in indices for t in ent):
            continue
        if ent.label_ == GROUP_LABEL and not truncated(ent):
            _add_group(who, ent.ent_id_ or ent.text, ent.text, ent)
        elif _a_person(ctx, ent) and _speaker_named(ent, taken):
            _add_person(ctx, who, ent)
    _outlets_in(who, sentence, lex)
    if who.speaker is not None and not who.groups:
        _whose_voice(who, sentence, doer, lex)
    if who.speaker is not None and not who.voice and _militant_content(noun, lex):
        who.voice = True
    led_by = _leader_of_body(doer, lex)
    if led_by is not None and who.speaker is None and _a_person(ctx, led_by):
        _add_person(ctx, who, led_by)  # "a faction led by Adnan Abu Walid al-Sahrawi announced"
    self_named = [] if who.groups else _self_named(doer, lex) or _claiming_name(doer, lex)
    if self_named:
        name = "".join(t.text_with_ws for t in self_named).strip()
        _add_group(who, group_lexicon().canonical(name) or name, name, None)
    if not who.groups and words:
        subject = _reporting_group(sentence, noun, words, lex)
        if subject is not None:
            _add_group(who, subject.ent_id_ or subject.text, subject.text, None)
            who.by_anaphor = True
        else:
            _resolve_anaphors(ctx, sentence, who, words, lex)
    if not who.groups and branch is None and who.speaker is None:
        who.unnamed = _unnamed_armed_body(doer, lex)
    other = (
        _other_doer(doer, lex)
        and not _names_releaser(ctx, sentence, doer, lex)
        and not self_named
        and not who.voice
        and who.unnamed is None
    )
    if other or _his_own(sentence, doer, lex):  # "the suspect ... a message he posted"
        who.someone_else = True
    elif doer and who.unnamed is None and _head_not_releaser(sentence, doer, lex):
        who.someone_else = True  # "Islamic State supporters shared a video"
    if not who.groups:
        who.branch = branch
    return who


def _unnamed_armed_body(doer: list, lex: MediaLexicon) -> tuple[str, int, int] | None:
    """ "In a video posted on Sunday, about 30 armed men announced ...", "a commander of a
    Nyatura faction in northern Masisi said ...": an armed body the words describe without a
    name puts the release out (the faction, for a commander of one)."""
    heads = [t for t in doer if t.head not in doer or t.head.i == t.i]
    if not heads:
        return None
    head = heads[0]
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if head.lemma_.lower() in lex.body_leaders and body is not None:
        head = body  # "a commander of a Nyatura faction": the faction
    armed = any(c.dep_ == "amod" and c.lower_ in lex.armed_words for c in head.children)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    # men in numbers ("about 30 armed men"), not a lone gunman nor fighters filming a square
    men = any(_armed_or_counted_men(head, lex))
    body = lex.self_named_bodies.fullmatch(head.text) is not None
    body = body or head.lemma_.lower() in lex.armed_bodies  # "a gang from the Canaan area"
    bodies = body and (armed or indefinite)
    kind = [
        c for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in lex.armed_kinds
    ]
    # "a militant commander from Lakki Marwat", "a bandit leader": one who speaks for an armed
    # body the words do not name
    bodies = bodies or (head.lemma_.lower() in lex.body_leaders and indefinite and bool(kind))
    described = (c for c in head.children if c.dep_ == "compound" and c.is_lower)
    if not (men or bodies) or any(c.lower_ not in lex.armed_kinds for c in described):
        return None  # "a research group": no body of armed men
    # "a militant commander from Lakki Marwat and about 30 of his men": the body's own words
    cut = {
        t.i
        for c in head.children
        if c.dep_ in ("relcl", "acl", "appos", "conj", "cc")
        for t in c.subtree
    }
    words = [t for t in head.subtree if t.i not in cut and not t.is_punct]
    if not words or len(words) > 10:
        return None
    doc = head.doc
    text = doc[words[0].i : words[-1].i + 1]
    return text.text, text.start_char, text.end_char


def _reporting_group(sentence: Sentence, noun, words: list, lex: MediaLexicon):
    """ "The Islamic State has named X, a leader of the Abu Sayyaf group, as its commander,
    according to a video released by the group": "the group" of a release that the news is
    told "according to" is the group doing what the news tells (the clause's subject), not the
    one named last before."""
    if not _according_to(noun):
        return None
    text = " ".join(t.text for t in words)
    if not any(
        m.group().lower() not in ("its", "their") for m in lex.group_anaphors.finditer(text)
    ):
        return None
    verb = noun.head.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    inside = {t.i for t in noun_phrase(subjects[0])}
    return next((e for e in sentence.ents if e.label_ == GROUP_LABEL and e.root.i in inside), None)


def _whose_voice(who: Who, sentence: Sentence, doer: list, lex: MediaLexicon) -> None:
    """ "Abu Ubaidah, who leads al-Shabaab's media wing, urged ...": a named doer whose
    relative clause makes him a group's spokesman or leader speaks for that group. "Who had
    been the public voice of the TTP" tells a former tie: he is a group's voice, but whose
    now the words do not say, so the release is his own (no group added)."""
    people = [t for t in doer if t.ent_type_ == "PERSON" and t.dep_ in ("nsubj", "nsubjpass")]
    for clause in (c for p in people for c in _relative_clauses_on(p)):
        told = _affiliation(clause, lex)
        if not told:
            continue
        who.voice = True
        if _former(clause):
            return
        for ent in sentence.ents:
            if ent.label_ == GROUP_LABEL and any(t.i in {w.i for w in told} for t in ent):
                _add_group(who, ent.ent_id_ or ent.text, ent.text, ent)
        return


def _relative_clauses_on(person) -> list:
    """The relative clauses on a person's name, also past what the parse hangs them on in
    between: an alias ("X, known as Barbecue, who leads ...") or an apposition ("X, the former
    police officer known as Barbecue who leads ...")."""
    clauses, seen, todo = [], set(), [person]
    while todo:
        word = todo.pop()
        if word.i in seen:
            continue
        seen.add(word.i)
        for child in word.children:
            if child.dep_ == "relcl":
                clauses.append(child)
            elif child.dep_ == "appos" or (child.dep_ == "acl" and child.lemma_ == "know"):
                todo.append(child)
            elif child.dep_ == "prep" and child.lower_ == "as" and word.lemma_ == "know":
                todo.extend(c for c in child.children if c.dep_ == "pobj")
    return clauses


def _militant_content(noun, lex: MediaLexicon) -> bool:
    """ "an audio recording in which he reaffirmed his loyalty to al-Qaeda", "a video in which
    he urged followers to attack police": the release's own clause tells a pledge or a call to
    attack, so its named speaker speaks as a militant, not as an outsider quoted."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_ not in lex.militant_content_verbs:
            continue
        if any(lex.militant_content_objects.fullmatch(t.lower_) for t in clause.subtree):
            return True
    return False


def _affiliation(clause, lex: MediaLexicon) -> list:
    """The words naming the group in "who leads X's media wing", "who is the spokesman of X",
    "who had been the public voice of X" (empty when the clause tells nothing of the kind)."""
    if clause.lemma_ in lex.affiliating_verbs:
        objects = [c for c in clause.children if c.dep_ in ("dobj", "prep")]
        words = [t for o in objects for t in o.subtree]
    elif clause.lemma_ in lex.self_naming_verbs and _of_himself(clause):
        objects = [c for c in clause.children if c.dep_ in ("prep", "oprd") and c.lower_ == "as"]
        words = [t for o in objects for t in o.subtree]
    elif clause.lemma_ == "be":
        roles = [
            c
            for c in clause.children
            if c.dep_ == "attr" and (lex.roles.fullmatch(c.text) or lex.voices.fullmatch(c.text))
        ]
        words = [t for r in roles for t in r.subtree]
    else:
        return []
    return words if any(t.ent_type_ == GROUP_LABEL for t in words) else []


def _of_himself(clause) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in clause.children)


def _former(clause) -> bool:
    """ "who had been", "who was once", "who used to": a tie the clause puts in the past."""
    perfect = clause.tag_ == "VBN" and any(c.lower_ == "had" for c in clause.children)
    once = any(c.lower_ in ("once", "formerly", "previously") for c in clause.children)
    former = any(t.lower_ == "former" for t in clause.subtree)
    return perfect or once or former


def _his_own(sentence: Sentence, doer: list, lex: MediaLexicon) -> bool:
    """ "the suspect had sworn allegiance in a message he posted online": "he" is the man the
    sentence is about (the nearest one-person subject before it, a common noun that is no
    leader's title), so the message is his, not a group's release."""
    pronouns = [t for t in doer if t.lower_ in lex.person_anaphors]
    if not pronouns:
        return False
    before = pronouns[0].i
    for tok in reversed(list(sentence.span)):
        if tok.i >= before or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.tag_ != "NN":
            if tok.tag_ in ("NNP", "PRP"):
                return False  # a name, or "he" again: whose, the names tell
            continue  # "investigators" cannot be "he"
        return not tok.ent_type_ and not lex.roles.fullmatch(tok.text)
    return False


def _speaker_named(ent, taken: list[tuple[int, int]]) -> bool:
    """A known leader, or a name that heads the words ("TTP spokesman Ehsanullah Ehsan"), not
    one inside an outlet's or branch's name ("Umar Media", "Wilayah Jazirah")."""
    if any(s <= ent.start_char < e for s, e in taken):
        return False
    return bool(ent.ent_id_) or ent.root.dep_ in ("nsubj", "nsubjpass", "appos", "pobj")


def truncated(ent) -> bool:
    """A known name read inside a longer unknown one: "National Liberation Army" in "Garo
    National Liberation Army", "Taliban" in "Tehreek e Taliban Pakistan"."""
    if ent.start == ent.sent.start:
        return False
    before = ent.doc[ent.start - 1]
    if before.ent_type_ not in ("", "ORG") or not before.is_alpha:
        return False  # "On Saturday the Taliban", "Nigeria's Boko Haram"
    if before.tag_ in ("NNP", "NNPS") and before.text[0].isupper():
        return True
    return len(before.text) <= 3 and before.is_lower and before.tag_.startswith("NN")


def _self_named(doer: list, lex: MediaLexicon) -> list:
    """ "A group calling itself Jund al-Khilafa", "a faction known as X": the name a group
    unknown to the lexicon goes by, when the doer is a body of men named by a naming clause."""
    heads = [t for t in doer if t.head not in doer or t.head.i == t.i]
    if not heads or not lex.self_named_bodies.fullmatch(heads[0].text):
        return []
    if any(c.dep_ == "compound" for c in heads[0].children):
        return []  # "a research group called ...": not a body of armed men
    for clause in heads[0].children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_ not in lex.naming_verbs:
            continue
        names = [c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")]
        names += [g for c in clause.children if c.lower_ == "as" for g in c.children]
        names = [n for n in names if n.pos_ == "PROPN"]
        if names:
            cut = {
                t.i
                for c in names[0].children
                if c.dep_ in ("cc", "conj", "appos") or (c.dep_ == "punct" and c.text != "-")
                for t in c.subtree
            }
            words = [t for t in names[0].subtree if t.i not in cut]
            ent = next((e for e in names[0].doc.ents if e.start <= names[0].i < e.end), None)
            return list(ent) if ent is not None and len(ent) > len(words) else words
    return []


def _claiming_name(doer: list, lex: MediaLexicon) -> list:
    """ "Jaish claimed the bombing in a message sent to news agencies": a name that claims an
    attack is a group's, even one the lexicon does not know (a person is not told as
    claiming an attack; "police claimed" is no proper name)."""
    heads = [t for t in doer if t.dep_ in ("nsubj", "nsubjpass")]
    if not heads or heads[0].head.lemma_ not in lex.claim_verbs:
        return []
    head = heads[0]
    if head.pos_ != "PROPN" or head.ent_type_ in ("PERSON", "GPE", "DATE", "TIME"):
        return []
    return [t for t in doer if t.pos_ == "PROPN" or t.text == "-"]


def _leader_of_body(doer: list, lex: MediaLexicon):
    """ "a faction led by Adnan Abu Walid al-Sahrawi", "a cell headed by X": a body of armed men
    told by the named man who leads it (his name, as an entity), else None."""
    heads = [t for t in doer if t.head not in doer or t.head.i == t.i]
    if not heads or not lex.self_named_bodies.fullmatch(heads[0].text):
        return None
    if any(c.dep_ == "compound" for c in heads[0].children):
        return None  # "a research group led by ...": not a body of armed men
    for clause in heads[0].children:
        if clause.dep_ != "acl" or clause.lemma_ not in lex.affiliating_verbs:
            continue
        for name in (p for a in clause.children if a.dep_ == "agent" for p in a.children):
            ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
            if ent is not None and ent.label_ != GROUP_LABEL:
                return ent
    return None


def _names_releaser(ctx: DocContext, sentence: Sentence, doer: list, lex: MediaLexicon) -> bool:
    """The doer's own words name a group, a known leader (in full, or in part when the article
    names him in full elsewhere) or an outlet."""
    indices = {t.i for t in doer}
    for ent in sentence.ents:
        if ent.root.i not in indices:
            continue
        if ent.label_ == GROUP_LABEL and not truncated(ent):
            return True
        if _a_person(ctx, ent) and (ent.ent_id_ or _known_person(ctx, ent.text)):
            return True
    return any(s <= t.idx < e for _, s, e, _ in _outlet_spans(sentence, lex) for t in doer)


def _branch_name(sentence: Sentence, words: list, lex: MediaLexicon):
    """An unknown branch among the words ("the group's Wilayah Jazirah")."""
    for m in lex.branch_name.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if any(start <= t.idx < end for t in words):
            return m.group(), start, end
    return None


def _add_group(who: Who, canonical: str, name: str, span) -> None:
    if all(g[0] != canonical for g in who.groups):
        who.groups.append((canonical, name, span))


def _add_person(ctx: DocContext, who: Who, ent) -> None:
    canonical = ent.ent_id_ or _known_person(ctx, ent.text)
    if who.speaker is None:
        who.speaker = (canonical, ent.text, ent)
    named = group_lexicon().get(canonical) if canonical else None
    if named is not None and named.parent:
        _add_group(who, named.parent, named.parent, None)


def _a_person(ctx: DocContext, ent) -> bool:
    """A person's name, or a leader's surname that the tagger misread as an organisation
    ("al-Raymi had claimed") while the article names him in full elsewhere."""
    if ent.label_ == "PERSON":
        return True
    return ent.label_ in ("ORG", "NORP", "GPE") and _known_person(ctx, ent.text) is not None


def _known_person(ctx: DocContext, text: str) -> str | None:
    """A leader named in part ("Abu Bakr", "Turki") whom the article names in full elsewhere."""
    words = fold(text).split()
    if not words:
        return None
    for ent in ctx.doc.ents:
        if ent.label_ != "PERSON" or not ent.ent_id_:
            continue
        full = fold(ent.text).split()
        if len(words) < len(full) and (full[: len(words)] == words or full[-len(words) :] == words):
            return ent.ent_id_
    return None


def _outlets_in(who: Who, sentence: Sentence, lex: MediaLexicon) -> None:
    """Outlets named anywhere in the sentence: a group's outlet is named only for its
    releases."""
    for outlet, start, end, words in _outlet_spans(sentence, lex):
        who.outlets.append((outlet, start, end, words))
        if outlet.group:
            _add_group(who, outlet.group, outlet.group, None)


def _outlet_spans(sentence: Sentence, lex: MediaLexicon) -> list[tuple[Outlet, int, int, str]]:
    out = []
    for outlet in lex.outlets:
        m = outlet.pattern.search(sentence.text)
        if m is not None:
            out.append((outlet, sentence.start + m.start(), sentence.start + m.end(), m.group()))
    return out


def _resolve_anaphors(ctx: DocContext, sentence: Sentence, who: Who, words: list, lex) -> None:
    """ "the group", "its" -> the group named last before; "he", "his", "the militant leader"
    -> the leader named last before (within a few sentences)."""
    first = min(words, key=lambda t: t.i)
    last = max(words, key=lambda t: t.i)
    text = doc_text(first.doc)[first.idx : last.idx + len(last.text)]
    before = first.idx
    if who.speaker is None and (
        any(t.lower_ in lex.person_anaphors for t in words)
        or (lex.roles.search(text) and not lex.group_anaphors.search(text))
    ):
        person = antecedent(ctx, sentence, before, "PERSON")
        if person is not None:
            _add_person(ctx, who, person)
            who.by_anaphor = True
            return
    described = _described_group(words, lex)
    if described is not None:
        before = min(before, described.left_edge.idx)
    if lex.group_anaphors.search(text) or lex.roles.search(text) or described is not None:
        group = antecedent(ctx, sentence, before, GROUP_LABEL)
        if group is None and (_noun_anaphor(text, lex) or described is not None):
            # "a video released by the group", paragraphs after the group was last named: in
            # one story "the group" is still the group it told of last
            group = antecedent(ctx, sentence, before, GROUP_LABEL, reach=len(ctx.sentences))
        if group is not None:
            _add_group(who, group.ent_id_ or group.text, group.text, None)
            who.by_anaphor = True


def _described_group(words: list, lex: MediaLexicon):
    """ "the Somali group", "the dissident group he helped to found", "the Sinai branch":
    a lower-case body noun (``described_bodies``) with "the" whose other words before it are
    all descriptions of an armed group (``group_descriptors``) or a nationality or place, so it
    stands for a group told before. "The Soufan Group" (a name), "the rights group", "a group"
    and "the group's" (whose owner, not a releaser) are not. The body noun, else None."""
    indices = {t.i for t in words}
    for tok in words:
        if not (tok.is_lower and lex.described_bodies.fullmatch(tok.text)):
            continue
        if tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children):
            continue
        before = [c for c in tok.children if c.i < tok.i and c.i in indices]
        dets = [c for c in before if c.dep_ == "det"]
        if [d.lower_ for d in dets] != ["the"]:
            continue
        described = [c for c in before if c.dep_ in ("amod", "compound", "nmod")]
        if len(described) + len(dets) != len(before) or not described:
            continue
        if all(_describes_a_group(c, lex) for c in described):
            return tok
    return None


def _describes_a_group(word, lex: MediaLexicon) -> bool:
    """ "dissident", "Somali", "Kashmiri": a description of an armed group, or a nationality or
    place (one word, with nothing hanging on it)."""
    if list(word.children):
        return False
    return bool(lex.group_descriptors.fullmatch(word.text)) or word.ent_type_ in (
        "NORP",
        "GPE",
        "LOC",
    )


def _noun_anaphor(text: str, lex: MediaLexicon) -> bool:
    """ "the group", "the militants": a word that stands for a group whatever lies between,
    unlike "its" or "their", which may stand for any noun just before."""
    return any(m.group().lower() not in ("its", "their") for m in lex.group_anaphors.finditer(text))


def antecedent(
    ctx: DocContext,
    sentence: Sentence,
    before: int,
    label: str,
    reach: int = ANTECEDENT_SENTENCES,
):
    """The last known group (or leader) named before ``before`` in this sentence or the
    ``reach`` before it under the same dateline."""
    anchor = ctx.document.anchor_for(sentence.start)
    first = max(0, sentence.index - reach)
    for s in reversed(ctx.sentences[first : sentence.index + 1]):
        if ctx.document.anchor_for(s.start) != anchor:
            break
        named = [e for e in s.ents if e.label_ == label and e.ent_id_ and e.start_char < before]
        if named:
            return named[-1]
    return None


def _other_doer(doer: list, lex: MediaLexicon) -> bool:
    """The verb's doer is named and is not a group: "police", "the Pentagon", "a report", "the
    victims". "The group", "its spokesman", "he", "the militant leader" may be a group's."""
    if not doer:
        return False
    words = " ".join(t.text for t in doer)
    if lex.group_anaphors.search(words) or any(t.lower_ in lex.person_anaphors for t in doer):
        return False
    if _described_group(doer, lex) is not None:
        return False  # "the Somali group": a group told before
    if _leader_of_body(doer, lex) is not None:
        return False  # "a faction led by X": armed men told by their leader
    nouns = [t for t in doer if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != GROUP_LABEL]
    if nouns and all(lex.roles.fullmatch(t.text) for t in nouns):
        return False  # "the militant leader", "the spokesman": whose, the sentences before tell
    return bool(nouns) or any(t.lower_ in ("they", "it", "we", "she", "i", "you") for t in doer)


def _head_not_releaser(sentence: Sentence, doer: list, lex: MediaLexicon) -> bool:
    """ "Islamic State supporters", "a report on ISIS": a group inside, someone else doing. A
    group's own agency or office ("the Islamic State's Amaq news agency") is the group's."""
    heads = [t for t in doer if t.dep_ in ("nsubj", "nsubjpass") or t.head not in doer]
    if not heads or not lex.not_releasers.fullmatch(heads[0].text):
        return False
    head = heads[0]
    if head.ent_type_ == GROUP_LABEL:
        return False  # "the National Liberation Army", "the Arakan Army": a group's own name
    outlets = _outlet_spans(sentence, lex)
    named = [head] + [c for c in head.children if c.dep_ == "appos"]  # "its paper, al-Naba"
    if any(s <= t.idx < e for _, s, e, _ in outlets for c in named for t in c.subtree):
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    return not any(
        lex.group_anaphors.fullmatch(" ".join(t.text for t in o.subtree if t.tag_ != "POS"))
        or any(
            t.ent_type_ == GROUP_LABEL or lex.group_anaphors.fullmatch(t.text) for t in o.subtree
        )
        for o in owners
    )


# --- the release's own words: count, title, length ------------------------------------------


def _read_count(release: Release, lex: MediaLexicon) -> None:
    """ "eight of these videos", "at least nine videos", "a series of 12 videos"."""
    noun = release.noun
    of_head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if of_head is not None and of_head.lower_ in ("recent", "latest", "last", "newest", "first"):
        words = doc_text(noun.doc)[of_head.left_edge.idx : of_head.idx + len(of_head.text)]
        release.position = "first" if lex.first_of.search(words) else "last"
        if not lex.last_of.search(words) and not lex.first_of.search(words):
            release.position = None
    counted = _counted(noun)
    if counted is not None and _counts_releases(release, lex):
        release.count, release.count_words = counted


def _counts_releases(release: Release, lex: MediaLexicon) -> bool:
    """ "a set of 14 photographs" is one release of 14 pictures; "three photo sets" are three
    releases: a number on a picture word counts pictures, on a set word it counts sets."""
    if release.subtype != "photos":
        return True
    noun = release.noun
    own_number = any(c.dep_ == "nummod" for c in noun.children)  # "a set of 14 photographs"
    of_set = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    if not own_number and of_set and lex.picture_sets.fullmatch(noun.head.head.text):
        return True  # "four sets of photographs"
    return bool(lex.picture_sets.search(release.match.group()))


def _counted(noun) -> tuple[int, object] | None:
    """The number of releases a release word counts, with the words saying it."""
    number = next((c for c in noun.children if c.dep_ == "nummod" and c.tag_ == "CD"), None)
    of_head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if number is None and of_head is not None and of_head.tag_ == "CD":
        number = of_head
    if (  # "three sets of photographs", not "90 seconds of video"
        number is None
        and of_head is not None
        and of_head.pos_ == "NOUN"
        and media_lexicon().picture_sets.fullmatch(of_head.text)
    ):
        number = next((c for c in of_head.children if c.dep_ == "nummod" and c.tag_ == "CD"), None)
        if number is not None and number.lower_ in ("one", "1"):
            number = None  # "One set of pictures": one release among others, not a count
    if number is None:
        return None
    quantity = parse_quantity(None, number.text)
    if quantity is None or quantity.min is None:
        return None
    start = min(number.left_edge.idx, noun.left_edge.idx)
    words = noun.doc.char_span(start, noun.idx + len(noun.text), alignment_mode="expand")
    return quantity.min, words


def _title(sentence: Sentence, noun, lex: MediaLexicon) -> tuple[str, int, int] | None:
    """The title given right after the noun: 'a video entitled, "They Left Their Beds
    Empty"', 'a booklet put online last spring called Letters From the Front'."""
    offset = noun.idx + len(noun.text) - sentence.start
    m = lex.title.search(sentence.text, offset)
    if m is None or m.start() - offset > 40:
        return None
    if _names_as_verb(sentence, m.start()):
        return None  # "The statement called Naikoo a martyr": what it said, not its title
    key = "quoted" if m.group("quoted") else "capital"
    words = m.group(key)
    if key == "capital":
        words = re.sub(r"(?:\s+[a-z][\w'’-]*)+$", "", words)
    words = words.strip().rstrip(".,;:!?").strip()
    if len(words) < 3:
        return None
    start = sentence.start + m.start(key)
    return words, start, start + len(words)


def _names_as_verb(sentence: Sentence, offset: int) -> bool:
    """The title word at ``offset`` is a verb naming someone something ("the statement called
    him a martyr": a subject of its own, or two objects), not the participle of a title ("a
    video called ...")."""
    word = sentence.span.doc.char_span(
        sentence.start + offset, sentence.start + offset + 1, alignment_mode="expand"
    )
    if word is None:
        return False
    verb = word.root
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")
    if finite and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    # "called Naikoo a martyr": someone and what he is called, two objects; a title is one
    return sum(c.dep_ in ("dobj", "oprd", "attr") for c in verb.children) >= 2


def _length(sentence: Sentence, noun, lex: MediaLexicon):
    """(words, start, end, seconds) of a length on the noun or on what it is said to be."""
    doc = noun.doc
    spans = [(noun.left_edge.idx, noun.idx)]
    head, _ = _governor(noun)
    for n in {noun, head}:
        for child in n.children:
            if child.dep_ == "appos":
                spans.append((child.left_edge.idx, child.idx))
    after = noun.idx + len(noun.text)
    spans.append((after, min(after + 40, sentence.end)))  # ", which runs for about 21 minutes"
    for start, end in spans:
        m = lex.length.search(doc_text(doc), start, end)
        if m is None:
            continue
        if start == after and not re.match(
            r"\W*(?:lasting|running|of|(?:that|which) (?:lasts?|lasted|runs?|ran))\b",
            doc_text(doc)[after : m.start()] + " ",
        ):
            continue
        return m.group(), m.start(), m.end(), _seconds(m)
    return None


def _seconds(m: re.Match) -> int | None:
    if m.group("bare"):
        return 1800 if m.group("bare").lower().startswith("half") else 3600
    num = m.group("num").lower()
    if num.startswith("half"):
        value = 0.5
    elif num == "a half":
        return None
    else:
        value = float(num) if num[0].isdigit() else float(NUMBER_WORDS.get(num, 0))
    unit = m.group("unit").lower().rstrip("s")
    seconds = int(value * _UNIT_SECONDS.get(unit, 0))
    return seconds or None


# --- did it happen, now? ----------------------------------------------------------------------


def _refused(ctx: DocContext, release: Release) -> bool:
    """Negated, future or planned, general, or told of an earlier time."""
    lex = media_lexicon()
    sentence, event = release.sentence, release.event
    if _negated(release, lex):
        return True
    if _not_yet(event, sentence, lex) or _governed_by(event, lex):
        return True
    if lex.habitual.search(_without_asides(release)) or _tallied(release, lex):
        return True
    if _looked_back_on(release, lex):
        return True
    # "disowned the move in a recording in which he reaffirmed his loyalty": a denial that
    # also carries a pledge or a call is a release for what else it says
    denial_only = (
        _a_denial(release, lex)
        and release.subtype == "statement"  # a leader's video denying a defeat is a release
        and not _described(release, lex)
        and not _militant_content(release.noun, lex)
    )
    return _generic(release, lex) or denial_only


def _negated(release: Release, lex: MediaLexicon) -> bool:
    """ "did not release a video" is no release; "denied any role in a statement sent to
    journalists" is one whose words deny, and the denial is judged by ``_a_denial``."""
    sentence, event, noun = release.sentence, release.event, release.noun
    if _described(release, lex) and lex.denials.search(sentence.text):
        return any(c.dep_ == "neg" for w in (noun, event) for c in w.children)
    if judge(noun, sentence.text, noun.idx - sentence.start, None) == "negated":
        return True
    return (
        event is not noun
        and judge(event, sentence.text, event.idx - sentence.start, None) == "negated"
    )


def _looked_back_on(release: Release, lex: MediaLexicon) -> bool:
    """ "his last known recording, an audio message released in early November": a release
    recalled as the last one known of a leader is background to the news (proof of life told
    in passing), whichever of its words, or the word it is set beside, carries the cue."""
    noun = release.noun
    words = [noun]
    if noun.dep_ == "appos":
        words.append(noun.head)
    words.extend(c for c in noun.children if c.dep_ == "appos")
    return any(_has_modifier(w, lex.looking_back) for w in words)


def _without_asides(release: Release) -> str:
    """The sentence without relative clauses about someone else ("Shahid, who had been the
    TTP's voice since 2013, announced ... in an audio message"): their "since 2013" tells of
    the man, not of the release."""
    sentence, mine = release.sentence, {release.noun.i, release.event.i}
    cut = set()
    for tok in sentence.span:
        inside = {t.i for t in tok.subtree}
        if tok.dep_ == "relcl" and not mine & inside and tok.head.i not in mine:
            cut.update(inside)
    return "".join(t.text_with_ws for t in sentence.span if t.i not in cut)


def _a_denial(release: Release, lex: MediaLexicon) -> bool:
    """ "The TTP said in a statement that it had nothing to do with the bombing", "a statement
    denying any role": what the release says (the clause of its verb, or the clause on the
    noun) only denies a part in something, and denials are not recorded."""
    clauses = [c for c in release.noun.children if c.dep_ in ("acl", "relcl")]
    if release.event is not release.noun:
        clauses.append(release.event)
    doc = release.noun.doc
    return any(lex.denials.search(doc[c.left_edge.i : c.right_edge.i + 1].text) for c in clauses)


def _described(release: Release, lex: MediaLexicon) -> bool:
    """ "denied any role in a statement sent to journalists on Saturday", "a second video,
    posted on Thursday, denied any role": a release the article tells as an object of its own,
    with the participle that put it out, is a release whatever it says; "said in a statement
    that it had nothing to do with ..." only reports a denial."""
    return any(
        c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and _puts_out(c, lex)
        for c in release.noun.children
    )


def _tallied(release: Release, lex: MediaLexicon) -> bool:
    """ "hundreds of videos", "many of its statements": a tally, not releases."""
    noun = release.noun
    start = max(release.sentence.start, noun.idx - 40)
    return bool(lex.aggregate.search(doc_text(noun.doc)[start : noun.idx]))


def _not_yet(event, sentence: Sentence, lex: MediaLexicon) -> bool:
    if any(c.dep_ == "neg" for c in event.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in event.children):
        return True
    if event.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in event.children):
        return event.head.lemma_ not in _ASPECTUAL
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in event.children):
        return True
    left = doc_text(sentence.span.doc)[max(sentence.start, event.idx - 40) : event.idx]
    return bool(lex.not_yet.search(left))


def _governed_by(event, lex: MediaLexicon) -> bool:
    """A plan, expectation or call above the release's verb, or a look back at it. A
    participle on the noun ("a speech released by al-Furqan") is a fact whatever the noun's
    clause does; a verb of saying above ("officials said the group released") frames it."""
    if event.dep_ in ("acl", "amod", "relcl") or _clause_before_semicolon(event):
        return False
    for tok in list(event.ancestors)[:3]:
        if tok.lemma_ in lex.speculative_governors and tok.pos_ in ("VERB", "ADJ", "NOUN"):
            return True
        if tok.lemma_ in lex.background_governors:
            return True
        if tok.lemma_ in lex.speech_verbs:
            return False
    return False


def _clause_before_semicolon(event) -> bool:
    """ "A message was posted on Monday; in it he urged fighters to ...": the parse may hang
    the first clause on the verb after the semicolon, but a clause closed by a semicolon
    stands on its own; the call that follows does not govern it."""
    head = event.head
    if event.dep_ not in ("ccomp", "advcl", "parataxis") or head.i < event.i:
        return False
    return any(
        c.dep_ == "punct" and c.text == ";" and event.i < c.i < head.i for c in head.children
    )


def _generic(release: Release, lex: MediaLexicon) -> bool:
    """A general truth, not one release: "the group publishes videos", "adept at
    disseminating messages"."""
    event = release.event
    if event.lemma_ not in lex.release_verbs or event is release.noun:
        return False
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in event.children)
    if event.tag_ == "VBG" and not has_aux and event.head.i != release.noun.i:
        return True  # "tasked with putting up pamphlets", "adept at disseminating messages"
    fresh = _has_modifier(release.noun, lex.fresh) or release.title is not None
    if event.tag_ in ("VBZ", "VBP") and not has_aux and not fresh:
        return not _headline(release.sentence)
    head, _ = _governor(release.noun)
    bare = not any(
        c.dep_ in ("det", "poss", "nummod") for n in {release.noun, head} for c in n.children
    )
    return bare and release.plural and release.count is None and not fresh and _perfect(event)


def _perfect(verb) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _headline(sentence: Sentence) -> bool:
    words = [w for w in sentence.text.split() if w[:1].isalpha()]
    if not words or len(words) > 16 or sentence.text.rstrip().endswith("."):
        return False
    capitalised = sum(w[0].isupper() for w in words if len(w) > 3)
    return capitalised >= 0.7 * sum(1 for w in words if len(w) > 3)


# --- mentions ------------------------------------------------------------------------------------


def _mentions_for(ctx: DocContext, release: Release) -> bool:
    """Fill ``release.mentions``: one per counted release, else one; False if refused."""
    if _refused(ctx, release):
        return False
    if release.count is not None and release.count > MAX_SERIES:
        return False
    base = _mention(ctx, release)
    if base is None:
        return False
    if release.count is not None and release.count > 1 and release.own:
        words = release.count_words
        for index in range(1, release.count + 1):
            mention = _copy(base)
            mention.details["series"] = {"count": release.count, "index": index, "text": words.text}
            mention.identity = f"{base.identity}|{index}/{release.count}"
            mention.fields.append(FieldSpan("series", words.start_char, words.end_char, words.text))
            release.mentions.append(mention)
    else:
        release.mentions.append(base)
    return True


def _copy(mention: EventMention) -> EventMention:
    return replace(
        mention,
        actors=list(mention.actors),
        fields=list(mention.fields),
        details=dict(mention.details),
    )


def _mention(ctx: DocContext, release: Release) -> EventMention | None:
    sentence, match = release.sentence, release.match
    trigger = FieldSpan(
        "type", sentence.start + match.start(), sentence.start + match.end(), match.group()
    )
    certainty = "alleged" if media_lexicon().alleged.search(sentence.text) else "reported"
    mention = EventMention(
        type="media_release",
        subtype=release.subtype,
        certainty=certainty,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
    )
    _fill_actors(mention, release)
    _fill_title_and_length(mention, release)
    if release.own or (release.definite and release.kind == "release"):
        _fill_setting(ctx, mention, release)  # "the recording, released on Sunday": its date
    if told_long_before(ctx, mention, sentence) or _an_earlier_year(ctx, mention, sentence):
        return None  # "a 2014 video in which ...", recalled in a later story
    if in_a_year_told_before(ctx, sentence):
        return None  # "... since 2019. He pledged allegiance in a video released that year."
    if dated_to_a_month_gone(ctx, mention, sentence):
        # "his last recording was released in September", in a December story: as for every
        # other kind of event, news of a release tells its day or week, or "last month"
        return None
    mention.identity = _identity(release)
    return mention


def _an_earlier_year(ctx: DocContext, mention: EventMention, sentence: Sentence) -> bool:
    """ "appeared in a video in 2019" in a 2020 story: a release its own words date only to a
    year before the article's is background, however few months back that year ended (news of
    a release tells its day or week)."""
    anchor = ctx.document.anchor_for(sentence.start)
    when = mention.date
    if anchor is None or when is None or when.end is None or not mention.date_explicit:
        return False
    return when.precision == "year" and date.fromisoformat(when.end).year < anchor.year


_THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_LOOKBACK_CHARS = 600  # "that year" points back at a year named this close before


def in_a_year_told_before(ctx: DocContext, sentence: Sentence) -> bool:
    """ "The group has been part of the province since 2019. Its leader pledged allegiance in
    a video released that year.": "that year" (or "the same year") is the year named just
    before; when it is earlier than the article's, what the sentence tells is background."""
    if not _THAT_YEAR.search(sentence.text):
        return False
    anchor = ctx.document.anchor_for(sentence.start)
    if anchor is None:
        return False
    text = doc_text(sentence.span.doc)
    cut = sentence.start + _THAT_YEAR.search(sentence.text).start()
    years = _A_YEAR.findall(text[max(0, sentence.start - YEAR_LOOKBACK_CHARS) : cut])
    return bool(years) and int(years[-1]) < anchor.year


def _fill_setting(ctx: DocContext, mention: EventMention, release: Release) -> None:
    """The date of the release's clause (its place is dropped: ``_drop_place``). When the
    release is the one speaking ("the recording lauded the March attack") the words after its
    verb tell what it said, so only the noun's own words may date it."""
    noun, sentence = release.noun, release.sentence
    if release.kind == "spoken":
        inside = {t.i for t in noun.subtree}
        dates = [d for d in sentence.dates if d[3].root.i in inside]
        fill_date_and_place(ctx, mention, replace(sentence, dates=dates), [noun])
    else:
        lex = media_lexicon()
        tokens = [noun] if release.event is noun else [noun, release.event]
        seen = _seen_circulating(release, lex)
        if seen is not None:
            tokens = [noun, seen]
        said = _said_in(noun, lex) if release.event.head.i == noun.i else None
        if said is not None:  # "In May, X announced in a message sent to a news site": its
            tokens.append(said)  # participle's own day, if any, is put last (below)
        fill_date_and_place(ctx, mention, _own_clause_dates(sentence, tokens), tokens)
        if not any(f.field == "date" for f in mention.fields):
            set_release_day(mention, day_in_participle(sentence, noun, release.event))
        if not any(f.field == "date" for f in mention.fields):
            # "in a video obtained by journalists on Sunday": the day it reached them
            for got in (c for c in noun.children if c.lemma_ in lex.obtaining_verbs):
                set_release_day(mention, day_in_participle(sentence, noun, got))
        set_release_day(mention, _day_put_out(sentence, noun))
    _drop_place(mention)


def _day_put_out(sentence: Sentence, noun) -> EventDate | None:
    """ "In a video which al-Furqan released on April 29, he praised the Easter Sunday
    bombings": the day in the clause on the noun that puts the release out is its day, not
    a day in what was said in it (the parse may hang that clause anywhere below the noun)."""
    lex = media_lexicon()
    for verb in noun.subtree:
        if verb.i == noun.i or verb.lemma_ not in lex.release_verbs:
            continue
        if verb.tag_ not in ("VBD", "VBN"):
            continue
        days = [d for d in sentence.dates if _in_clause_of(d[3].root, verb)]
        if len(days) == 1:
            start, end, span, _ = days[0]
            return EventDate(span, start, end, explicit=True)
    return None


def day_in_participle(sentence: Sentence, noun, verb) -> EventDate | None:
    """ "six photo sets released through its provincial media offices between Saturday and
    Wednesday": the parse may hang the day on a noun of the participle's clause, out of the
    release's reach; the one date inside the participle describing the release is its day."""
    if verb is None or verb.i == noun.i or verb.head.i != noun.i or verb.dep_ != "acl":
        return None
    days = [d for d in sentence.dates if _in_clause_of(d[3].root, verb)]
    if len(days) != 1:
        return None
    start, end, span, _ = days[0]
    return EventDate(span, start, end, explicit=True)


def _in_clause_of(word, verb) -> bool:
    """The word sits in the verb's own clause, not in a clause of another verb below it."""
    for above in word.ancestors:
        if above.i == verb.i:
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


def set_release_day(mention: EventMention, when: EventDate | None) -> None:
    """Date the mention by its release's day."""
    if when is None:
        return
    mention.date, mention.date_explicit = when.span, when.explicit
    mention.fields = [f for f in mention.fields if f.field != "date"]
    mention.fields.append(FieldSpan("date", when.start, when.end, when.span.text or ""))


def _seen_circulating(release: Release, lex: MediaLexicon):
    """ "A short video, apparently released by the group, that ... was circulating on Tuesday
    evening": a release whose own participle gives no day came out when the clause on it says
    it appeared or circulated (the parse may hang that clause anywhere below the noun)."""
    event, noun, sentence = release.event, release.noun, release.sentence
    if event.i == noun.i or event.dep_ not in ("acl", "amod") or event.head.i != noun.i:
        return None
    if any(d[3].root.i in {t.i for t in event.subtree} for d in sentence.dates):
        return None
    cut = {t.i for t in event.subtree}
    for tok in noun.subtree:
        if tok.i in cut or tok.pos_ != "VERB" or tok.lemma_ not in lex.appear_verbs:
            continue
        if any(d[3].root.head.head.i == tok.i or d[3].root.head.i == tok.i for d in sentence.dates):
            return tok
    return None


def _drop_place(mention: EventMention) -> None:
    """A release's sentence names the places it speaks of ("praised the attack in Moscow"),
    almost never where it was put out: the record takes the article's country instead."""
    mention.location, mention.location_explicit = None, False
    mention.fields = [f for f in mention.fields if f.field != "location"]


def _own_clause_dates(sentence: Sentence, tokens: list) -> Sentence:
    """The sentence with only the dates of the release's own clause: not those inside
    another verb's clause ("with the last message having taken place in November 2016"), nor
    those that only modify a noun ("claimed Saturday's massacre in a video", "In Monday's
    statement, ULFA-I said ...")."""
    ours = {t.i for t in tokens}
    for tok in tokens[-1].ancestors:  # up to the verb that governs the release's clause
        ours.add(tok.i)
        if tok.pos_ in ("VERB", "AUX"):
            break
    kept = [item for item in sentence.dates if not _in_other_clause(item[3].root, ours)]
    return replace(sentence, dates=kept)


def _in_other_clause(root, ours: set[int]) -> bool:
    # a date that only modifies a noun ("Saturday's massacre"), also the release's own: "In
    # Monday's statement, ULFA-I said ..." points back to a statement told before, whose own
    # day dates it (reading that day here made a second release of it in dev45)
    if root.dep_ in ("poss", "compound", "nmod", "amod"):
        return True
    for tok in [root, *root.ancestors]:
        if tok.i in ours:
            return False
        if tok.pos_ == "VERB" and tok.lemma_ != "be":
            return True
        if tok.dep_ == "relcl":  # "X, who had been its spokesman since 2013, ...": about X
            return True
    return False


def _fill_actors(mention: EventMention, release: Release) -> None:
    lexicon = group_lexicon()
    who = release.who
    for canonical, name, span in _releasers(who):
        named = lexicon.get(canonical)
        kind = named.type if named and named.type in ("branch", "armed_group") else "armed_group"
        mention.actors.append(Actor(name, canonical, "perpetrator", kind))
        if span is not None:
            mention.fields.append(
                FieldSpan("perpetrator", span.start_char, span.end_char, span.text)
            )
    if not who.groups and who.branch is not None:
        name, start, end = who.branch
        mention.actors.append(Actor(name, None, "perpetrator", "branch"))
        mention.fields.append(FieldSpan("perpetrator", start, end, name))
    elif not who.groups and who.unnamed is not None:
        name, start, end = who.unnamed
        mention.actors.append(Actor(name, None, "perpetrator", "armed_group"))
        mention.fields.append(FieldSpan("perpetrator", start, end, name))
    elif not who.groups and who.voice and who.speaker is not None:
        # a spokesman whose group the words leave open puts the release out himself
        canonical, name, _ = who.speaker
        mention.actors.append(Actor(name, canonical or name, "perpetrator", "person"))
    if who.speaker is not None:
        canonical, name, span = who.speaker
        mention.actors.append(Actor(name, canonical, "speaker", "person"))
        if (
            span is not None
            and span.doc is release.noun.doc
            and span.start_char >= release.sentence.start
        ):
            mention.fields.append(FieldSpan("speaker", span.start_char, span.end_char, span.text))
    for outlet, start, end, words in who.outlets:
        mention.actors.append(Actor(words, outlet.name, "other", "media_outlet"))
        mention.fields.append(FieldSpan("outlet", start, end, words))


def _releasers(who: Who) -> list[tuple[str, str, object]]:
    """The groups to name as releasers: a branch rather than its parent; the parent when
    several of its branches are listed ("from branches including ISWAP, IS Somalia ...")."""
    lexicon = group_lexicon()
    groups = who.groups
    parents = {g[0]: (lexicon.get(g[0]).parent if lexicon.get(g[0]) else None) for g in groups}
    branches = [g for g in groups if parents[g[0]]]
    if len(branches) > 1 and len({parents[g[0]] for g in branches}) == 1:
        parent = parents[branches[0][0]]
        kept = [g for g in groups if g[0] == parent] or [(parent, parent, None)]
        return kept + [g for g in groups if g not in branches and g[0] != parent]
    covered = {parents[g[0]] for g in branches}
    return [g for g in groups if g[0] not in covered]


def _fill_title_and_length(mention: EventMention, release: Release) -> None:
    if release.title is not None:
        words, start, end = release.title
        mention.title = words
        mention.fields.append(FieldSpan("title", start, end, words))
    if release.length is not None:
        words, start, end, seconds = release.length
        mention.details["length"] = words
        if seconds:
            mention.details["length_seconds"] = seconds
        mention.fields.append(FieldSpan("length", start, end, words))


def _identity(release: Release) -> str:
    who = release.who
    if release.title is not None:
        key = "title:" + fold(release.title[0])
    elif who.speaker is not None and who.speaker[0]:
        key = "speaker:" + who.speaker[0]
    elif who.groups:
        key = "group:" + _releasers(who)[0][0]
    elif who.branch is not None:
        key = "group:" + fold(who.branch[0])
    elif who.unnamed is not None:
        key = "group:" + fold(who.unnamed[0])
    else:
        key = "unknown"
    if release.distinct:
        key += f"|{release.sentence.index}"
    return f"{key}|{release.subtype}"


# --- one release told many times ---------------------------------------------------------------


def _share_identities(releases: list[Release]) -> None:
    """Give references the identity of the release they refer to, and drop those that refer
    to none: "the most recent of the videos" (the series' last), "these videos" (its first),
    "In the recording, ..." (the last release of its kind told before), a release told by
    its group alone (the one titled or voiced release of that group and kind)."""
    for release in releases:
        if not release.mentions or release.count:
            continue
        target = _referent(release, releases)
        if target is not None:
            _adopt(release, target)
            if _opens_on_it(release):  # its sentence's dates are what the release tells of
                for mention in release.mentions:
                    mention.date, mention.date_explicit = target.date, False
        elif not release.own:
            release.mentions = []


def _referent(release: Release, releases: list[Release]):
    series = [r for r in releases if r.count and r.mentions and _same_kind(release, r)]
    if series and (release.position or release.plural):
        chosen = series[-1] if release.position == "last" else series[0]
        return chosen.mentions[-1] if release.position == "last" else chosen.mentions[0]
    if release.distinct:
        return None
    earlier = [
        r
        for r in releases
        if r.mentions
        and r is not release
        and not r.count
        and _same_kind(release, r, guessed=release.definite)
        and r.sentence.index < release.sentence.index
        and r.own
    ]
    if release.definite and earlier and (not _strong(release) or not release.own):
        return earlier[-1].mentions[0]
    if release.definite and earlier and _same_untitled_voice(release, earlier[-1]):
        # "in a video obtained on Sunday, Shekau declared ... In the 52-minute recording,
        # Shekau names Gwoza": the one the same speaker was heard in, told again
        return earlier[-1].mentions[0]
    if release.definite and _titles_the_one_told_before(release, earlier):
        return earlier[-1].mentions[0]
    told_before = [
        r
        for r in releases
        if r.mentions
        and not r.count
        and r.own
        # "a video released on Monday ... In the recording, he said": either medium's word
        and (r.subtype == release.subtype or _same_medium_told_vaguely(release, r))
        and r.sentence.index < release.sentence.index
    ]
    if told_before and _opens_on_it(release):
        return told_before[-1].mentions[0]
    if not release.own or _strong(release):
        return None
    strong = {
        r.mentions[0].identity: r.mentions[0]
        for r in releases
        if r.mentions and not r.count and _strong(r) and _same_kind(release, r)
    }
    return next(iter(strong.values())) if len(strong) == 1 else None


def _same_untitled_voice(release: Release, before: Release) -> bool:
    """Neither release has a title, and both have the same named speaker."""
    if release.title is not None or before.title is not None:
        return False
    mine, theirs = release.who.speaker, before.who.speaker
    if not mine or not theirs:
        return False
    return (mine[0] or mine[1]).split()[-1] == (theirs[0] or theirs[1]).split()[-1]


def _titles_the_one_told_before(release: Release, earlier: list[Release]) -> bool:
    """ "Baghdadi has released his first audio message in six months ... The 34-minute
    recording, titled "March Forth", was posted late on Thursday": a definite release that
    gives only a title (no speaker of its own) names the one untitled release of its kind told
    before."""
    if release.title is None:
        return False
    # the headline and the lead may both tell that one release, each naming its releaser in
    # its own words: the lead's release is the one the title names
    below_headline = [r for r in earlier if not title_line(r.sentence.index, r.sentence.text)]
    told = {r.mentions[0].identity for r in below_headline or earlier}
    if len(told) != 1 or any(r.title is not None for r in earlier):
        return False
    # a speaker of its own must not be another one heard before ("a son of Osama bin Laden
    # has called ... The recording, titled ..., is the second message attributed to Hamza")
    return _same_speaker_or_none(release, (below_headline or earlier)[-1])


def _same_speaker_or_none(release: Release, before: Release) -> bool:
    mine, theirs = _speaker_name(release), _speaker_name(before)
    return mine is None or theirs is None or _surname(mine) == _surname(theirs)


def _speaker_name(release: Release) -> str | None:
    speaker = release.who.speaker
    return speaker[0] if speaker and speaker[0] else None


def _surname(name: str) -> str:
    return fold(name).split()[-1] if name.split() else ""


def _apart_on_other_days(releases: list[Release]) -> None:
    """ "said it was behind it in a statement circulated online the same day" (October 24) ...
    "In a statement released through its Amaq news agency that evening" (November 4): a release
    told anew ("a statement", with its verb of releasing) on a day other than the one of its
    group and kind told before is another release, even when its day comes from the sentences
    around it (resolve keeps apart only days that both mentions name themselves)."""
    for n, release in enumerate(releases):
        if release.definite or release.kind != "release" or not release.own or release.count:
            continue
        for mention in release.mentions:
            earlier = [
                m
                for r in releases[:n]
                for m in r.mentions
                if m.identity == mention.identity and m.date is not None
            ]
            if (
                mention.date is not None
                and earlier
                and not any(_same_days(mention.date, m.date) for m in earlier)
            ):
                mention.identity = f"{mention.identity}|{release.sentence.index}"


def _same_days(a, b) -> bool:
    if a.start is None or b.start is None:
        return True
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _opens_on_it(release: Release) -> bool:
    """ "In the video, the militants said ...": a sentence opening on "In the <release>" with
    nothing of its own (title, length) tells what the release told just before says, whoever
    else the sentence names ("a call by the Islamic State's spokesman")."""
    noun = release.noun
    prep = noun.head
    return (
        release.definite
        and release.title is None
        and release.length is None
        and not release.distinct
        and prep.lower_ == "in"
        and prep.i == release.sentence.span[0].i
    )


def _same_kind(a: Release, b: Release, guessed: bool = False) -> bool:
    """Same subtype, and no two different groups; with ``guessed``, a group found only
    through "the group" or "the dissident group" is a guess that does not count ("The
    statement, signed by the Segunda Marquetalia" is the one "the dissident group" issued)."""
    if a.subtype != b.subtype and not (guessed and _same_medium_told_vaguely(a, b)):
        return False
    mine = set() if guessed and a.who.by_anaphor else {g[0] for g in a.who.groups}
    theirs = set() if guessed and b.who.by_anaphor else {g[0] for g in b.who.groups}
    if guessed:  # "ISWAP published photographs ... The pictures, released through Amaq"
        mine, theirs = _with_parents(mine), _with_parents(theirs)
    return not mine or not theirs or bool(mine & theirs)


def _with_parents(groups: set[str]) -> set[str]:
    """The groups and the groups their branches belong to: a branch's release carried by the
    parent's outlet is told under either name."""
    lexicon = group_lexicon()
    parents = {lexicon.get(g).parent for g in groups if lexicon.get(g) is not None}
    return groups | {p for p in parents if p}


def _same_medium_told_vaguely(a: Release, b: Release) -> bool:
    """ "a video released on Saturday ... The recording, which runs for 21 minutes": a word
    that fits two kinds ("recording", "tape": sound or pictures; "message": spoken or written)
    may refer back to a release of either."""
    words = media_lexicon().either_medium.get(frozenset({a.subtype, b.subtype}))
    return words is not None and bool(words.fullmatch(a.match.group()))


def _strong(release: Release) -> bool:
    return release.title is not None or bool(release.who.speaker and release.who.speaker[0])


def _adopt(release: Release, target: EventMention) -> None:
    for mention in release.mentions:
        mention.identity = target.identity
        if "series" in target.details:
            mention.details.setdefault("series", target.details["series"])
        if mention.date is None or not mention.date_explicit:
            mention.date, mention.date_explicit = target.date, False
