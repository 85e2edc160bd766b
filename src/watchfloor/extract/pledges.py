"""Pledges of allegiance (event type ``pledge``): bay'ah given, or renewed, to a leader or group.

A sentence tells a pledge when it holds a pledge word (``data/pledges.toml``: "pledged
allegiance", "swore an oath of loyalty", "bay'ah", "renewed their pledge") that

- is an act: the word is a verb, or a pledge noun that a verb of doing governs ("fighters made
  their bay'ah", "a video shows men taking the oath of allegiance"); pledges told through a video
  ("a video showing fighters pledging allegiance to the new caliph") count: the release itself
  is ``extract.media``'s record;
- involves an armed side: the one pledging is a known group, a leader, a word for armed men
  ("fighters", "militants"), or "the group" standing for a group named just before; or the one
  pledged to is a known group or leader, a caliph or emir, or a group's leader.

The record has the one pledging (role ``perpetrator``: a group or branch, else ``other`` with the
words as written; a leader pledging for his group is the ``speaker`` and his group the
perpetrator), the one pledged to (role ``other``; ``details["pledged_to"]`` its canonical name,
left null when the text names only "the new caliph"), and the date and place as for every event.
Subtype ``renewal`` when it is renewed or reaffirmed, else ``allegiance``. ``identity`` is the
one pledging, the one pledged to and the subtype: resolve merges only equal identities for this
type, and already keeps apart mentions whose own dates differ (so the date is not repeated in it,
which lets an undated headline join its dated lead).

Refused: negated pledges ("did not pledge", "refused to pledge"), undone ones ("broke its
pledge"), wishes, calls and plans ("urged them to pledge", "may pledge": no record at all, not
even a speculative one), pledges told as history (a date more than a year before the article,
"since its pledge", "years ago") and the descriptions of a group by its old pledge ("Boko Haram,
which pledged allegiance to the Islamic State, ...") when they carry no date of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import date_in_sentence
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.media import (
    antecedent,
    day_in_participle,
    definite_release,
    in_a_year_told_before,
    media_lexicon,
    set_release_day,
    showing_read_as_noun,
)
from watchfloor.extract.placing import EventPlace, place_in_sentence
from watchfloor.extract.setting import (
    dated_to_a_month_gone,
    fill_date_and_place,
    told_long_before,
)
from watchfloor.extract.syntax import doc_text
from watchfloor.models import Actor, EventMention, FieldSpan, Span
from watchfloor.nlp.lexicon import fold, group_actor_type, group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.text.numbers import small_number

SUBTYPE_ORDER = ("renewal", "allegiance")
_MODALS = {"will", "would", "could", "may", "might", "should", "shall", "can", "'ll", "wo", "ca"}
_ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "proceed", "go"}
_TARGET_WINDOW = 14  # tokens from the pledge word where "to <whom>" may stand
_DEPICTING = {"show", "depict", "feature", "film", "record", "see", "watch", "carry"}
_APPEARING = {"appear", "emerge", "surface", "circulate", "show"}
_HEDGES = {"be", "say", "believe", "report", "think"}  # "said to be in eastern Burkina Faso"
_FOLLOW_SENTENCES = 1  # how far back "followed suit" may look: this sentence or the one before
_ADDING_SENTENCES = 4  # how far back "also pledged" may look for the pledge it adds to
# A group described by a pledge it made months before ("Sinai Province, which pledged
# allegiance to Baghdadi last November, claimed the attack") is described, not in the news.
_DESCRIBED_DAYS = 90
_COUNT_TO_LIST = 10  # tokens from a counted release or branch word to the list of its places


@dataclass(frozen=True)
class PledgeLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern
    doing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    picturing_verbs: frozenset[str]  # "fighters are shown renewing": the pictured pledge
    undoing: frozenset[str]
    speculative: frozenset[str]
    background: frozenset[str]
    not_yet: re.Pattern
    historical: re.Pattern
    alleged: re.Pattern
    militants: re.Pattern
    rulers: re.Pattern
    leaders: re.Pattern
    group_anaphors: re.Pattern
    new_leader: re.Pattern
    following: re.Pattern
    adding: re.Pattern
    bodies: frozenset[str]
    branches: re.Pattern
    branch_titles: tuple[str, ...]
    listing_preps: frozenset[str]
    verb_forms: re.Pattern
    reporting: frozenset[str]
    joining_bodies: frozenset[str]  # "a gang ... had joined Viv Ansanm"
    joining_one_man: frozenset[str]  # "a commander had joined": one man, not a body
    blocs: frozenset[str]  # "had joined the alliance"
    arriving: frozenset[str]
    lone_men: frozenset[str]
    partitives: frozenset[str]
    told_again: re.Pattern
    past_year: re.Pattern
    gestures: frozenset[str]
    tally: re.Pattern
    branch_places: dict[str, str]


@cache
def pledge_lexicon() -> PledgeLexicon:
    data = load_toml("pledges.toml")
    triggers = data["triggers"]
    return PledgeLexicon(
        triggers={subtype: alternation(triggers[subtype]) for subtype in SUBTYPE_ORDER},
        any_trigger=alternation([w for s in SUBTYPE_ORDER for w in triggers[s]]),
        doing_verbs=frozenset(data["doing_verbs"]),
        receiving_verbs=frozenset(data["receiving_verbs"]),
        picturing_verbs=frozenset(data["picturing_verbs"]),
        undoing=frozenset(data["undoing_governors"]),
        speculative=frozenset(data["speculative_governors"]),
        background=frozenset(data["background_governors"]),
        not_yet=re.compile(
            r"(?<![\w-])(?:" + "|".join(data["not_yet"]) + r")(?:\s+\w+){0,2}\s*$", re.I
        ),
        historical=alternation(data["historical"]),
        alleged=alternation(data["alleged"]),
        militants=alternation(data["militants"]),
        rulers=alternation(data["rulers"]),
        leaders=alternation(data["leaders"]),
        group_anaphors=alternation(data["group_anaphors"]),
        new_leader=alternation(data["new_leader"]),
        following=alternation(data["following"]),
        adding=alternation(data["adding"]),
        bodies=frozenset(data["bodies"]),
        branches=alternation(data["branches"]),
        branch_titles=tuple(data["branch_titles"]),
        listing_preps=frozenset(data["listing_preps"]),
        verb_forms=re.compile("(?:" + "|".join(data["verb_forms"]) + ")", re.I),
        reporting=frozenset(data["reporting_verbs"]),
        joining_bodies=frozenset(data["joining_bodies"]),
        joining_one_man=frozenset(data["joining_one_man"]),
        blocs=frozenset(data["blocs"]),
        arriving=frozenset(data["arriving_verbs"]),
        lone_men=frozenset(data["lone_men"]),
        partitives=frozenset(data["partitives"]),
        told_again=alternation(data["told_again"]),
        past_year=alternation(data["past_year"]),
        gestures=frozenset(data["gestures"]),
        tally=alternation(data["tally"]),
        branch_places={fold(k): v for k, v in data["branch_places"].items()},
    )


def worth_parsing(sentence, text: str) -> bool:
    lex = pledge_lexicon()
    return bool(
        lex.any_trigger.search(text) or lex.following.search(text) or lex.told_again.search(text)
    )


def extract(ctx: DocContext) -> list[EventMention]:
    return [mention for mention, _ in _read(ctx)]


def shown_waves(ctx: DocContext) -> list[tuple[EventMention, object]]:
    """The pledges of a wave told through pictures, videos or recordings, each with the word
    for its release ("The Sahel and Somalia branches followed with their own pictures", "images
    appeared of fighters in A and of a group in B reaffirming allegiance"): one release per
    group pledging, which ``extract.media`` records as one release of the sentence."""
    pledges = _read(ctx)
    carried = ctx.memo.get("pledges_carried", set())  # filled as the pledges are read
    # a counted series one pledger swore in ("three videos in which fighters renewed ...") is
    # the releases the words count, not a wave of groups
    read = [
        (m, noun)
        for m, noun in pledges
        if noun is not None and id(m) not in carried and "series" not in m.details
    ]
    per_sentence: dict[int, int] = {}
    for mention, _ in read:
        per_sentence[mention.sentence_index] = per_sentence.get(mention.sentence_index, 0) + 1
    return [(m, noun) for m, noun in read if per_sentence[m.sentence_index] > 1]


def shown_pledges(ctx: DocContext) -> list[tuple[EventMention, object]]:
    """Every pledge told through pictures, a video or a recording, with the release word."""
    return [(m, noun) for m, noun in _read(ctx) if noun is not None]


def _read(ctx: DocContext) -> list[tuple[EventMention, object]]:
    """Every pledge, with the release word showing it when it is told through one (read once
    per article: the media extractor asks for them too)."""
    if "pledges" not in ctx.memo:
        ctx.memo["pledges"] = _read_pledges(ctx)
    return ctx.memo["pledges"]


def _read_pledges(ctx: DocContext) -> list[tuple[EventMention, object]]:
    lex = pledge_lexicon()
    mentions: list[EventMention] = []
    shown: dict[int, object] = {}
    for sentence in ctx.sentences:
        if not sentence.parsed:
            continue
        found: list[EventMention] = []
        if lex.any_trigger.search(sentence.text):
            for subtype, match, token in _triggers(sentence, lex):
                found.extend(_mentions(ctx, sentence, subtype, match, token, lex, shown))
        elif joining := _joinings(sentence, lex):
            for match, token in joining:
                found.extend(_mentions(ctx, sentence, "allegiance", match, token, lex, shown))
        elif _pledge_told_before(ctx, sentence, lex):
            for match, token in _told_again(sentence, lex):
                again = _mentions(ctx, sentence, "allegiance", match, token, lex, shown)
                again = _as_told_before(ctx, again, mentions)
                ctx.memo.setdefault("pledges_again", set()).update(id(m) for m in again)
                found.extend(again)
            if not found:
                found.extend(_wave_continued(ctx, sentence, mentions, lex, shown))
        if lex.following.search(sentence.text):
            found.extend(_followers(ctx, sentence, mentions, found, lex, shown))
        mentions.extend(sorted(found, key=lambda m: m.trigger.start))  # in the order told
    _date_by_the_pledge_before(ctx, mentions)
    mentions = _made_over_received(ctx, mentions)
    kept = [
        m
        for m in mentions
        if not _sums_up(ctx, m, mentions) and not _retold_after(ctx, m, mentions)
    ]
    _name_the_branches(kept)
    return [(m, shown.get(id(m))) for m in kept]


def _received(ctx: DocContext) -> set[int]:
    """The mentions read from a pledge received ("IS accepted an oath from fighters in A")."""
    return ctx.memo.setdefault("pledges_received", set())


def _made_over_received(ctx: DocContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "IS accepted a pledge from Boko Haram ... Shekau announced the oath in an audio message
    on Saturday": the oath the article tells being made is the pledge; its acceptance, told
    alone, stands for it (dated by the acceptance)."""
    received = _received(ctx)
    again = ctx.memo.get("pledges_again", set())
    made = {p for m in mentions if id(m) not in received for p in _pledged_by(m)}
    # "The group's leader announced the oath": the oath received, told again as made
    retold = {_target_key(m) for m in mentions if id(m) in again}
    return [
        m
        for m in mentions
        if id(m) not in received or not (_pledged_by(m) & made or _target_key(m) in retold)
    ]


def _target_key(mention: EventMention) -> str:
    parts = (mention.identity or "").split("|")
    return parts[1] if len(parts) > 1 else ""


def _name_the_branches(mentions: list[EventMention]) -> None:
    """ "The Sahel branch", "fighters in Mozambique": in an article whose pledges are to one
    movement (its leader, or its branches pledging), the movement's branch for that region."""
    lexicon = group_lexicon()
    movements = {m for mention in mentions for m in _movements_of(mention, lexicon)}
    if len(movements) != 1:
        return
    [movement] = movements
    branches = [g for g in lexicon.groups() if g.parent == movement and g.region]
    for mention in mentions:
        for i, actor in enumerate(mention.actors):
            if actor.role != "perpetrator" or actor.canonical:
                continue
            words = fold(actor.name)
            found = [b for b in branches if re.search(rf"\b{re.escape(fold(b.region))}\b", words)]
            if len(found) != 1:
                continue
            mention.actors[i] = Actor(actor.name, found[0].canonical, "perpetrator", "branch")
            rest = mention.identity.split("|", 1)[1] if "|" in mention.identity else ""
            mention.identity = f"{found[0].canonical}|{rest}"


def _movements_of(mention: EventMention, lexicon) -> set[str]:
    """The movements a pledge tells: the one pledged to's, and a known branch's, pledging."""
    out = set()
    for actor in mention.actors:
        named = lexicon.get(actor.canonical) if actor.canonical else None
        if named is None:
            continue
        if named.type in ("person", "branch") and named.parent:
            out.add(named.parent)
        elif actor.role == "other":
            out.add(named.canonical)
    return out


def _showing(tokens: list):
    """The release word whose pictures or recording show the pledge: a picture word above it
    ("photographs of men pledging"), the picture word that "appeared" of the men, or what a
    group "followed with"."""
    media = media_lexicon().any_noun
    for tok in tokens:
        for above in [tok, *tok.ancestors]:
            if above.pos_ in ("NOUN", "PROPN") and (
                media.fullmatch(above.text) or _release_noun(above)
            ):
                return above  # "videos of men pledging", "photo sets in which men pledge"
            if above.pos_ == "VERB" and above.lemma_ in _DEPICTING:  # "the video showed men"
                subjects = [c for c in above.children if c.dep_ == "nsubj"]
                if subjects and media.fullmatch(subjects[0].text):
                    return subjects[0]
            if above.pos_ == "VERB" and (above.lemma_ in _APPEARING or above.lemma_ == "follow"):
                for child in above.children:
                    nouns = [child] if child.dep_ == "nsubj" else []
                    if child.dep_ == "prep" and child.lower_ == "with":
                        nouns = [c for c in child.children if c.dep_ == "pobj"]
                    for noun in nouns:
                        if media.fullmatch(noun.text):
                            return noun
    return None


def _carried_in_release(act):
    """The release word of an "in"/"through" phrase on the pledge's verb or a word above it
    ("swore allegiance in a video", "In an audio recording posted online, fighters ... swore"),
    or on the pledge noun the verb takes ("pledged allegiance to X in three videos")."""
    media = media_lexicon().any_noun
    objects = [c for c in act.children if c.dep_ == "dobj"]
    # "swore loyalty to the new leader in three photo sets": the parse may hang the release
    # on the one pledged to
    pledged_to = [
        o for w in [act, *objects] for p in w.children if p.lower_ == "to" for o in p.children
    ]
    for token in [act, *act.ancestors, *objects, *pledged_to]:
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and (media.fullmatch(noun.text) or _release_noun(noun)):
                    return noun  # "in a video", "in six photo sets"
                if noun.dep_ == "pobj" and (kept := _release_of(noun)) is not None:
                    return kept  # "in three sets of photographs"
    return None


def _release_word(noun) -> bool:
    """A word for a release: "videos", "sets of photographs"."""
    if noun is None:
        return False
    return bool(media_lexicon().any_noun.fullmatch(noun.text)) or _release_of(noun) is not None


def _release_of(noun):
    """The release word of an "of" phrase on a noun of quantity ("three sets of photographs",
    "a series of videos")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and media_lexicon().any_noun.fullmatch(obj.text):
                    return obj
    return None


_JOINING = re.compile(r"\bjoin(?:ed|ing|s)?\b", re.I)


def _joinings(sentence: Sentence, lex: PledgeLexicon) -> list[tuple[re.Match, object]]:
    """Each "joined" told of a body of armed men joining an armed group or bloc, in the words
    of the body or its group ("announced that it had joined", "said ... had joined"), with no
    other pledge word in the sentence."""
    out = []
    for m in _JOINING.finditer(sentence.text):
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        verb = words.root if words is not None else None
        if verb is None or verb.lemma_ != "join" or verb.pos_ != "VERB":
            continue
        if verb.tag_ == "VB" or verb.dep_ in ("relcl", "acl", "xcomp", "advcl", "pcomp"):
            continue  # "to join", "a faction that had joined ...": a plan, or a description
        told = verb.dep_ == "ccomp" and verb.head.lemma_ in lex.reporting
        if not told or _joined_group(verb, lex) is None:
            continue  # news of a pledge is told by someone: the body, its new group, officials
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _a_body_joining(subject, lex):
            continue
        out.append((m, verb))
    return out


def _joined_group(verb, lex: PledgeLexicon):
    """The armed group or bloc a joining verb's object names, or None."""
    joined = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if joined is None:
        return None
    if any(t.ent_type_ == GROUP_LABEL for t in joined.subtree):
        return joined
    definite = any(d.dep_ in ("det", "poss") for d in joined.children)
    return joined if definite and joined.lemma_.lower() in lex.blocs else None


def _a_body_joining(subject, lex: PledgeLexicon) -> bool:
    """ "a gang from the Canaan area", "his fighters", "it" (a body told before): not a man
    named, nor "he" or "they"."""
    if subject.lower_ == "it":
        return True  # not "they", who may be men ("both said they had joined the group")
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False
    lemma = subject.lemma_.lower()
    plural = subject.tag_ in ("NNS", "NNPS")
    return lemma in lex.joining_bodies and (plural or lemma not in lex.joining_one_man)


def _triggers(sentence: Sentence, lex: PledgeLexicon) -> list[tuple[str, re.Match, object]]:
    """One pledge word per subtype, renewals first; a word inside a renewal's is the renewal's."""
    found: list[tuple[str, re.Match, object]] = []
    taken: list[tuple[int, int]] = []
    for subtype in SUBTYPE_ORDER:
        for m in lex.triggers[subtype].finditer(sentence.text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if any(f[0] == subtype for f in found):
                continue
            words = sentence.span.doc.char_span(
                sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
            )
            if words is not None:
                found.append((subtype, m, _pledge_token(words)))
    return sorted(found, key=lambda f: f[1].start())  # the first told is the one kept first


def _pledge_told_before(ctx: DocContext, sentence: Sentence, lex: PledgeLexicon) -> bool:
    """The article told a pledge in an earlier sentence."""
    return any(lex.any_trigger.search(s.text) for s in ctx.sentences if s.index < sentence.index)


def _as_told_before(
    ctx: DocContext, again: list[EventMention], mentions: list[EventMention]
) -> list[EventMention]:
    """The oath named again is the one recorded before: pledged to whom it was. By the same
    pledger it is that record ("Al-Shabaab swore loyalty ... Its commander recorded the
    pledge"); by others (the branches a lead sums up) it is theirs, to the same leader."""
    if not mentions:
        return again  # told before but not recorded ("days after the group swore loyalty")
    prior = mentions[-1]
    _, target_key, subtype = [*prior.identity.split("|"), "", ""][:3]
    received = _received(ctx)
    recorded = {p for m in mentions if id(m) not in received for p in _pledged_by(m)}
    again = [m for m in again if not _pledged_by(m) & recorded]
    for mention in again:
        pledger_key = mention.identity.split("|", 1)[0]
        branch = any(a.role == "perpetrator" and a.type == "branch" for a in mention.actors)
        if branch and _to_new_leader(prior):
            mention.subtype = "renewal"  # a branch's oath to its movement's new leader
        elif mention.subtype != "renewal":
            mention.subtype = subtype or mention.subtype
        if not any(a.role == "other" for a in mention.actors):
            mention.actors.extend(a for a in prior.actors if a.role == "other")
            mention.details["pledged_to"] = prior.details.get("pledged_to")
        mention.identity = f"{pledger_key}|{target_key}|{mention.subtype}"
    return again


def _pledged_by(mention: EventMention) -> set[str]:
    return {fold(a.canonical or a.name) for a in mention.actors if a.role == "perpetrator"}


def _to_new_leader(mention: EventMention) -> bool:
    new = pledge_lexicon().new_leader
    return any(a.role == "other" and new.search(a.name) for a in mention.actors)


def _told_again(sentence: Sentence, lex: PledgeLexicon) -> list[tuple[re.Match, object]]:
    """ "announced the oath", "took the pledge": the pledge told before, made by the subject
    here; "accepted the pledge" is the one pledged to receiving it, not a pledge of its own."""
    found = []
    for m in lex.told_again.finditer(sentence.text):
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        if words is None:
            continue
        noun = words.root
        made = noun.dep_ == "dobj" and noun.head.lemma_ not in lex.receiving_verbs
        # "fighters raising their index fingers in the pledge": the deed the pledge is made in
        made_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"
        if made:
            found.append((m, noun))
        elif made_in:
            found.append((m, noun.head.head))
    return found[:1]


def _pledge_token(words):
    """The word that acts in the pledge's clause: its verb ("pledged", "renewed", "swore") when
    it has one, else its noun ("bay'ah", "pledge")."""
    verbs = [
        t for t in words if t.pos_ in ("VERB", "AUX") or _misread_participle(t) or _misread_verb(t)
    ]
    verbs.sort(key=lambda t: t.pos_ == "AUX")  # "allegiance was pledged": "pledged"
    return verbs[0] if verbs else words.root


def _misread_verb(token) -> bool:
    """ "CAIRO, Nov. 10 — Ansar Bait al-Maqdis swore allegiance": after a dateline the parse
    may make the pledge's verb an adjective of its noun; it is still the verb."""
    return (
        token.pos_ in ("ADJ", "NOUN")
        and token.dep_ in ("amod", "compound", "conj")
        and bool(pledge_lexicon().verb_forms.fullmatch(token.lower_))
    )


def _misread_participle(token) -> bool:
    """ "reaffirming allegiance" tagged as an adjective: still the pledge's verb."""
    return token.pos_ == "ADJ" and token.lower_.endswith("ing")


def _mentions(
    ctx: DocContext,
    sentence: Sentence,
    subtype: str,
    match: re.Match,
    token,
    lex: PledgeLexicon,
    shown: dict[int, object],
) -> list[EventMention]:
    """One record per group pledging and per one pledged to: "The Sahel and Somalia branches
    renewed their pledge" is two pledges, so is "pledged loyalty to X, and to Y"."""
    act = _act(token, lex)
    if act is None or _refused(sentence, act, token, match, lex):
        return []
    pledgers = _pledgers(ctx, sentence, act, token, lex)
    if not pledgers:
        return []  # "allegiance to the Islamic State": whose, the sentence does not say
    targets = _targets(ctx, sentence, act, token, match, lex) or [None]
    described = _background(act, lex)
    if described and not _dated(sentence, act):
        return []  # "Boko Haram, which pledged allegiance to the Islamic State, ..."
    trigger = FieldSpan(
        "type", sentence.start + match.start(), sentence.start + match.end(), match.group()
    )
    tokens = [act, token] if act is not token else [token]
    out = []
    for pledger in pledgers:
        for target in targets:
            if not (_armed_pledger(pledger) or _armed_target(target)):
                continue  # "lawmakers pledged loyalty to the constitution"
            kind = _subtype(subtype, pledger, target, lex)
            mention = _mention(ctx, sentence, kind, trigger, tokens, pledger, target, lex)
            if mention is None:
                continue
            out.append(mention)
            if act.lemma_ in lex.receiving_verbs and act is not token:
                _received(ctx).add(id(mention))
            if len(pledgers) > 1:
                _place_of_pledger(mention, sentence, pledger)
            shown[id(mention)] = _showing([act, *([pledger.head] if pledger.head else [])])
            if shown[id(mention)] is None and pledger.counted:  # "published photographs from
                shown[id(mention)] = _released_with(act)  # five branches, in A, ..., showing"
            if shown[id(mention)] is None and _release_word(pledger.counted_in):
                shown[id(mention)] = pledger.counted_in  # "three sets of photographs from A, ..."
            if shown[id(mention)] is None:  # "In a video released on Monday, X swore ...":
                carrier = _carried_in_release(act)  # one release, never a wave, unless
                shown[id(mention)] = carrier  # several pledge "in three videos": one each
                if not (len(pledgers) > 1 and carrier is not None and carrier.tag_ == "NNS"):
                    ctx.memo.setdefault("pledges_carried", set()).add(id(mention))
            _dated_by_release(ctx, sentence, mention, shown[id(mention)] or _released_with(act))
            if _dated_long_before(ctx, sentence, mention) or (
                described and _own_date_long_before(ctx, sentence, act, _DESCRIBED_DAYS)
            ):
                out.pop()  # "swore allegiance in a video posted in July 2014", in a 2016 story
    if len(out) == 1 and shown.get(id(out[0])) in act.ancestors:
        out = _one_per_release(out[0], shown[id(out[0])], shown)
    return out


# most releases a counted series of pledges is read into ("three videos in which ...")
_MOST_RELEASES = 10


def _one_per_release(mention: EventMention, noun, shown: dict[int, object]) -> list:
    """ "released three videos ... in which fighters renewed their pledge": the pledge told of
    a counted series of releases is one pledge per release, as the series is one release per
    video (each copy a member of the series, kept apart by its identity)."""
    count = next((small_number(c.text) for c in noun.children if c.dep_ == "nummod"), None)
    if count is None or not 2 <= count <= _MOST_RELEASES:
        return [mention]
    if any(t.text == ":" for t in noun.doc[noun.i : noun.sent.end]):
        return [mention]  # a list of what the series holds follows, not one of its length
    words = noun.doc[noun.left_edge.i : noun.i + 1]
    out = []
    for index in range(1, count + 1):
        copy = replace(
            mention,
            details={
                **mention.details,
                "series": {"count": count, "index": index, "text": words.text},
            },
        )
        copy.identity = f"{mention.identity}|{index}/{count}"
        shown[id(copy)] = noun
        out.append(copy)
    return out


def _own_date_long_before(ctx: DocContext, sentence: Sentence, act, days: int) -> bool:
    """A date in the pledge's own clause ends more than ``days`` before the story."""
    anchor = ctx.document.anchor_for(sentence.start)
    inside = {t.i for t in act.subtree}
    ends = [d[2].end for d in sentence.dates if d[3].root.i in inside and d[2].end]
    return anchor is not None and any(
        (anchor - date.fromisoformat(str(end))).days > days for end in ends
    )


def _dated_long_before(
    ctx: DocContext, sentence: Sentence, mention: EventMention, days: int = 365
) -> bool:
    """The pledge's sentence dates it, or the release that showed it, more than a year before
    the story: history recalled in passing, however the date reached it (through the release
    the pledge was shown in, which ``told_long_before`` does not count as the pledge's own)."""
    anchor = ctx.document.anchor_for(sentence.start)
    when = mention.date
    if anchor is None or when is None or not when.end or not when.text:
        return False
    if when.text not in sentence.text:
        return False  # a date borrowed from the sentences around
    return (anchor - date.fromisoformat(when.end)).days > days


def _mention(
    ctx: DocContext,
    sentence: Sentence,
    subtype: str,
    trigger: FieldSpan,
    tokens: list,
    pledger: Party,
    target: Party | None,
    lex: PledgeLexicon,
) -> EventMention | None:
    act = tokens[0]
    mention = EventMention(
        type="pledge",
        subtype=subtype,
        certainty="alleged" if lex.alleged.search(sentence.text) else "reported",
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[FieldSpan(trigger.field, trigger.start, trigger.end, trigger.text)],
    )
    _fill_parties(mention, pledger, target)
    # "In May, a faction announced ... that it had pledged": the telling verb's day
    telling = _telling_verb_above(act, lex)
    if telling is None and act.dep_ == "ccomp" and act.head.lemma_ in lex.reporting:
        telling = act.head
    told = [telling] if telling is not None else []
    fill_date_and_place(ctx, mention, sentence, tokens + _carried_in(act) + told)
    # "published photographs of men ... swearing allegiance to X, who was named leader in
    # March": one shown in a release is dated by the release's day, and judged once it is read
    if _released_with(act) is None and _dated_before_the_news(ctx, mention, sentence, lex):
        return None
    if _counted_since(act, pledger):
        return None  # "At least 10 armed groups have declared their allegiance since 2014"
    mention.identity = f"{_key(pledger)}|{_key(target)}|{subtype}"
    return mention


def _counted_since(act, pledger: Party) -> bool:
    """Pledgers counted over a stretch since a time ("At least 10 armed groups in Mindanao have
    declared their allegiance to the Islamic State since mid-2014"): a tally of pledges, which
    the statistics record, not one pledge."""
    head = pledger.head
    if head is None or not any(c.dep_ == "nummod" for c in head.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in act.children)


def _dated_before_the_news(
    ctx: DocContext, mention: EventMention, sentence: Sentence, lex: PledgeLexicon
) -> bool:
    if told_long_before(ctx, mention, sentence) or in_a_year_told_before(ctx, sentence):
        return True  # "had pledged allegiance in 2014", "... that year", told in a later story
    if mention.date is not None and lex.past_year.fullmatch(mention.date.text or ""):
        return True  # "renewed the group's oath to al-Qaeda's leader last year": background
    # "pledged allegiance in a video in August", in a November story
    return dated_to_a_month_gone(ctx, mention, sentence)


def _released_with(act):
    """The release word a verb of releasing above the pledge has as its object ("IS published
    a video on Tuesday showing eight men ..., swearing allegiance", the parse hanging the pledge
    on "published")."""
    lex = media_lexicon()
    for above in list(act.ancestors)[:3]:
        if above.pos_ == "VERB" and above.lemma_ in lex.release_verbs:
            released = [c for c in above.children if c.dep_ == "dobj"]
            return released[0] if released and lex.any_noun.fullmatch(released[0].text) else None
    return None


def _dated_by_release(ctx: DocContext, sentence: Sentence, mention: EventMention, noun) -> None:
    """ "IS published a video on Tuesday showing eight men swearing allegiance ..., as it
    claimed the Easter Sunday bombings": a pledge told through a release is dated by the
    release (bench/gold/README.md: a pledge shown in a release takes the announcement's date),
    not by another date of the sentence."""
    if noun is None:
        return
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    held = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        held = noun.head.head  # "released a set of photographs showing ...": the set's verb
    if held.dep_ in ("dobj", "nsubj", "nsubjpass") and held.head.pos_ == "VERB":
        verbs.insert(0, held.head)
    # "photo sets released through its offices between Saturday and Wednesday": the day
    # inside the release's own participle, however the parse hangs it
    when = next((d for v in verbs if (d := day_in_participle(sentence, noun, v))), None)
    if when is None and verbs:
        when = date_in_sentence(sentence, [*verbs, noun], ctx)
    if when is None and not verbs and definite_release(noun):
        when = _day_of_the_release_told_before(ctx, sentence, noun)
    if when is None or when.span == mention.date:
        return
    set_release_day(mention, when)


def _day_of_the_release_told_before(ctx: DocContext, sentence: Sentence, noun):
    """ "Boko Haram released a video on Monday ... In the 24-minute video, dozens of men are
    shown swearing allegiance": the day of the release of that kind told before, with its
    verb of releasing (the nearest before, the lead's as often as not)."""
    lex = media_lexicon()
    lemma = noun.lemma_.lower()
    for before in reversed(ctx.sentences[: sentence.index]):
        for verb in before.span:
            if verb.pos_ != "VERB" or verb.lemma_ not in lex.release_verbs:
                continue
            # "released a video on Monday showing ...": the parse may read "video showing" as
            # one noun
            released = [
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and (
                    c.lemma_.lower() == lemma
                    or any(w.lemma_.lower() == lemma and showing_read_as_noun(w) for w in c.lefts)
                )
            ]
            if released:
                return date_in_sentence(before, [verb, *released], ctx)
    return None


def _subtype(subtype: str, pledger: Party, target: Party | None, lex: PledgeLexicon) -> str:
    """A branch's oath to its own movement's new leader renews the movement's bay'ah ("the IS
    branches to the new caliph"); a group's first oath, or an oath to a leader not said to be
    new, stays what its words say."""
    if subtype != "allegiance" or target is None or not target.new:
        return subtype
    movement = _movement(pledger)
    if movement is None and not lex.branches.search(pledger.name):
        return subtype
    led = target.group or _movement_of_target(target)
    return "renewal" if None in (led, movement) or led == movement else subtype


def _movement(party: Party) -> str | None:
    """The movement a branch belongs to (a leader's branch's, for a leader pledging)."""
    lexicon = group_lexicon()
    name = party.group if party.type == "person" else party.canonical
    named = lexicon.get(name) if name else None
    return named.parent if named is not None and named.type == "branch" else None


def _movement_of_target(target: Party) -> str | None:
    if target.canonical is None:
        return None
    named = group_lexicon().get(target.canonical)
    if target.type == "person":
        return named.parent if named is not None else None
    return target.canonical


def _place_of_pledger(mention: EventMention, sentence: Sentence, pledger: Party) -> None:
    """Of several groups pledging in one sentence, each is placed where its own words put it
    ("fighters in Cabo Delgado and a group in the southern Philippines"), else nowhere."""
    mention.location, mention.location_explicit = None, False
    mention.fields = [f for f in mention.fields if f.field != "location"]
    inside = [
        p
        for p in sentence.places
        if pledger.start <= p[0] and p[1] <= pledger.end and _names_itself(sentence, p)
    ]
    if inside:
        start, end, location, _ = inside[0]
        where = EventPlace(location, start, end, explicit=True)
    else:
        where = place_in_sentence(sentence, [pledger.head]) if pledger.head is not None else None
    if where is None or not pledger.start <= where.start < pledger.end:
        return
    if not _names_itself(sentence, (where.start, where.end, where.location, None)):
        return
    mention.location, mention.location_explicit = where.location, where.explicit
    mention.fields.append(FieldSpan("location", where.start, where.end, where.location.name or ""))


def _names_itself(sentence: Sentence, place: tuple) -> bool:
    """The place read from a list's words is the one they name ("Sinai Peninsula" -> Sinai),
    not one a long list of countries was misread as."""
    start, end, location, _ = place
    words = set(fold(sentence.text[start - sentence.start : end - sentence.start]).split())
    named = {fold(n) for n in (location.name, location.admin1, location.country) if n}
    return any(words & set(n.split()) for n in named)


# --- pledges told without a pledge word, and their dates -----------------------------------


def _followers(
    ctx: DocContext,
    sentence: Sentence,
    before: list[EventMention],
    found: list[EventMention],
    lex: PledgeLexicon,
    shown: dict[int, object],
) -> list[EventMention]:
    """ "The Sahel branch and the Somalia branch followed with their own pictures",
    "al-Shabaab followed suit": groups joining the pledge told just before, one record each,
    pledging to the same leader in the same way."""
    prior = _pledge_just_before(ctx, sentence, before + found)
    if prior is None:
        return []
    out = []
    taken = {m.identity.split("|")[0] for m in before + found}
    for m in lex.following.finditer(sentence.text):
        words = sentence.span.doc.char_span(
            sentence.start + m.start(), sentence.start + m.end(), alignment_mode="expand"
        )
        verbs = [t for t in words or [] if t.pos_ in ("VERB", "AUX")]
        if not verbs or _refused_follow(sentence, verbs[0], lex):
            continue
        verb = verbs[0]
        subject = _subject_words(verb)
        if not subject:
            continue
        pledgers = [_party(ctx, sentence, w, lex, head) for w, head in _split(subject)]
        pledgers = [p for p in pledgers if p is not None and p.armed and _key(p) not in taken]
        trigger = FieldSpan("type", sentence.start + m.start(), sentence.start + m.end(), m.group())
        for pledger in pledgers:
            mention = _follower(ctx, sentence, prior, trigger, verb, pledger)
            if mention is None:
                continue
            if len(pledgers) > 1:
                _place_of_pledger(mention, sentence, pledger)
            taken.add(_key(pledger))
            shown[id(mention)] = _showing([verb])
            out.append(mention)
    return out


def _wave_continued(
    ctx: DocContext,
    sentence: Sentence,
    before: list[EventMention],
    lex: PledgeLexicon,
    shown: dict[int, object],
) -> list[EventMention]:
    """ "Its Central Africa Province released a set of pictures of fighters in Congo on
    Tuesday": just after pledges told through pictures, a branch putting out pictures of its
    own fighters joins the wave, though no word of allegiance is said again."""
    # "..., each showing men raising their hands as a commander reads out the oath": a sentence
    # naming the oath again continues the story's pledge, however far back it was told
    named_again = lex.told_again.search(sentence.text)  # the words, however parsed
    reach = len(ctx.sentences) if named_again else _FOLLOW_SENTENCES
    prior = _pledge_just_before(ctx, sentence, before, reach)
    if prior is None:
        return []
    if shown.get(id(prior)) is None and not media_lexicon().any_noun.search(prior.sentence.text):
        return []  # the pledge before was not told through pictures or a recording
    recorded = {p for m in before for p in _pledged_by(m)}
    releasing = media_lexicon().release_verbs
    out = []
    for verb in sentence.span:
        if (
            verb.pos_ != "VERB"
            or verb.lemma_ not in releasing
            or _refused_follow(sentence, verb, lex)
        ):
            continue
        sourced = _sourced_wave(ctx, sentence, prior, verb, recorded, shown)
        if sourced:
            out.extend(sourced)
            continue
        if not _shows_fighters(verb, lex):
            continue
        subject = _subject_words(verb)
        if not subject or _refused_follow(sentence, verb, lex):
            continue
        pledger = _party(ctx, sentence, subject, lex, _head_of(subject))
        if pledger is None or pledger.type != "branch" or not pledger.canonical:
            continue  # a branch known to be one, not anyone putting out pictures
        if fold(pledger.canonical) in recorded:
            continue
        trigger = FieldSpan("type", verb.idx, verb.idx + len(verb.text), verb.text)
        mention = _follower(ctx, sentence, prior, trigger, verb, pledger)
        if mention is not None:
            shown[id(mention)] = _showing([verb]) or verb
            out.append(mention)
    return out


def _sourced_wave(
    ctx: DocContext,
    sentence: Sentence,
    prior: EventMention,
    verb,
    recorded: set[str],
    shown: dict[int, object],
) -> list[EventMention]:
    """ "The group's outlets published photo sets from the West Africa Province on March 12,
    from the Sahel and the Central Africa provinces on March 13, ...": just after (or naming
    again) a pledge told through pictures, a release of pictures or videos "from" two or more
    known branches is each branch's pledge, dated by the day its own "from" is told with."""
    released = [c for c in verb.children if c.dep_ == "dobj" and _release_noun(c)]
    if not released:
        return []
    sources = _branch_sources(ctx, sentence, verb, released[0])
    if len(sources) < 2:
        return []
    out = []
    for pledger, day in sources:
        if fold(pledger.canonical) in recorded:
            continue
        trigger = FieldSpan("type", verb.idx, verb.idx + len(verb.text), verb.text)
        mention = _follower(ctx, sentence, prior, trigger, verb, pledger)
        if mention is None:
            continue
        if day is not None:
            _date_from(mention, day)
        _place_of_pledger(mention, sentence, pledger)  # each branch where its words put it
        shown[id(mention)] = released[0]
        out.append(mention)
    return out


def _release_noun(noun) -> bool:
    """The noun, with the words before it, ends in a word for a release ("photo sets")."""
    text = doc_text(noun.doc)[noun.left_edge.idx : noun.idx + len(noun.text)]
    return any(m.end() == len(text) for m in media_lexicon().any_noun.finditer(text))


def _branch_sources(ctx: DocContext, sentence: Sentence, verb, noun) -> list[tuple[Party, tuple]]:
    """The known branches of the "from" phrases on a release (on its verb or its noun), each
    with the date of the "on" phrase told after its own "from" and before the next one."""
    lexicon = group_lexicon()
    preps = sorted(
        (c for w in (verb, noun) for c in w.children if c.dep_ == "prep"), key=lambda t: t.i
    )
    out: list[tuple[Party, tuple]] = []
    for k, prep in enumerate(preps):
        if prep.lower_ != "from":
            continue
        until = next((p.i for p in preps[k + 1 :] if p.lower_ == "from"), sentence.span.end)
        day = next((d for d in sentence.dates if prep.i < d[3].start and d[3].end <= until), None)
        listed = _branches_listed_from(prep)  # "from its branches in A, B and C"
        out.extend((party, day) for party in listed)
        for obj in (c for c in prep.children if c.dep_ == "pobj" and not listed):
            for word in (obj, *(t for t in obj.subtree if t.dep_ == "conj")):
                ent = next((e for e in sentence.ents if e.start <= word.i < e.end), None)
                named = lexicon.get(ent.ent_id_) if ent is not None and ent.ent_id_ else None
                if ent is None or ent.label_ != GROUP_LABEL or named is None:
                    continue
                if named.type != "branch":
                    continue
                party = _group_party(ent, lexicon)
                party.head = word
                out.append((party, day))
    return out


def _branches_listed_from(prep) -> list[Party]:
    """ "from its branches in Afghanistan, the southern Philippines and Libya", "from the
    Sahel and Somalia provinces": one known branch per listed region, each a different one."""
    lex = pledge_lexicon()
    regions, word, _ = _places_after(prep, prep, lex)
    if not regions or word is None or not lex.branches.fullmatch(word.text):
        return []
    parties = _regional_branches(regions, word, _owner(word))
    return parties if _distinct_branches(parties) else []


def _date_from(mention: EventMention, day: tuple) -> None:
    """Date the mention by one of its sentence's dates (start, end, span, words)."""
    _, _, span, words = day
    mention.date, mention.date_explicit = span, True
    mention.fields = [f for f in mention.fields if f.field != "date"]
    mention.fields.append(FieldSpan("date", words.start_char, words.end_char, span.text or ""))


def _shows_fighters(verb, lex: PledgeLexicon) -> bool:
    """The verb puts out pictures or a video "of fighters" ("a set of pictures of fighters")."""
    media = media_lexicon().any_noun
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in obj.subtree:
            if not media.fullmatch(noun.text):
                continue
            for prep in (c for c in noun.children if c.lower_ == "of"):
                if any(lex.militants.fullmatch(p.text) for p in prep.children):
                    return True
    return False


def _refused_follow(sentence: Sentence, verb, lex: PledgeLexicon) -> bool:
    if judge(verb, sentence.text, verb.idx - sentence.start, None) == "negated":
        return True
    return _not_yet(verb, sentence, lex) or _governed(verb, lex)


def _follower(
    ctx: DocContext,
    sentence: Sentence,
    prior: EventMention,
    trigger: FieldSpan,
    verb,
    pledger: Party,
) -> EventMention | None:
    mention = EventMention(
        type="pledge",
        subtype=prior.subtype,
        certainty=prior.certainty,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
    )
    _fill_parties(mention, pledger, None)
    for actor in prior.actors:
        if actor.role == "other":
            mention.actors.append(Actor(actor.name, actor.canonical, "other", actor.type))
    mention.details["pledged_to"] = prior.details.get("pledged_to")
    fill_date_and_place(ctx, mention, sentence, [verb])
    if told_long_before(ctx, mention, sentence):
        return None
    target_key = prior.identity.split("|")[1] if prior.identity else ""
    mention.identity = f"{_key(pledger)}|{target_key}|{prior.subtype}"
    return mention


def _pledge_just_before(
    ctx: DocContext,
    sentence: Sentence,
    mentions: list[EventMention],
    reach: int = _FOLLOW_SENTENCES,
) -> EventMention | None:
    """The last pledge told in this sentence or the few before it, under the same dateline."""
    anchor = ctx.document.anchor_for(sentence.start)
    for mention in reversed(mentions):
        if sentence.index - mention.sentence_index > reach:
            return None
        if ctx.document.anchor_for(mention.sentence.start) == anchor:
            return mention
    return None


def _sums_up(ctx: DocContext, mention: EventMention, mentions: list[EventMention]) -> bool:
    """ "Affiliates have lined up behind the new leader, releasing photographs of fighters
    swearing loyalty": a pledge by men no name tells and with no date of its own, in an
    article that goes on to tell two or more dated pledges, is the lead summing them up."""
    if _branches_summed(mention, mentions):
        return True
    if mention.date_explicit or any(a.canonical for a in mention.actors if a.role != "other"):
        return False
    anchor = ctx.document.anchor_for(mention.sentence.start)
    later = [
        m
        for m in mentions
        if m.sentence_index > mention.sentence_index
        and m.date_explicit
        and ctx.document.anchor_for(m.sentence.start) == anchor
    ]
    return len(later) >= 2


def _retold_after(ctx: DocContext, mention: EventMention, mentions: list[EventMention]) -> bool:
    """ "Fighters in A, B and C have sworn loyalty to the new leader in six photo sets. The
    pictures show masked men ... as they renew their oath": a pledge by men no name tells and
    with no date of its own, just after two or more branches' pledges, tells them again."""
    if mention.date_explicit or any(a.canonical for a in mention.actors if a.role != "other"):
        return False
    anchor = ctx.document.anchor_for(mention.sentence.start)
    branches = {
        a.canonical
        for m in mentions
        if 0 < mention.sentence_index - m.sentence_index <= _ADDING_SENTENCES
        and ctx.document.anchor_for(m.sentence.start) == anchor
        for a in m.actors
        if a.role == "perpetrator" and a.type == "branch" and a.canonical
    }
    return len(branches) >= 2


def _branches_summed(mention: EventMention, mentions: list[EventMention]) -> bool:
    """ "Islamic State branches from Nigeria to Somalia have pledged allegiance ...": a pledge
    by a movement's branches together, when the article goes on to tell two or more of its
    branches pledging one by one, is the lead summing them up."""
    before = mention.sentence.text[: mention.trigger.start - mention.sentence.start]
    plural = [m for m in pledge_lexicon().branches.finditer(before) if m.group().endswith("s")]
    if not plural or any(a.type == "branch" for a in mention.actors if a.role == "perpetrator"):
        return False
    branches = {
        a.canonical
        for m in mentions
        if m.sentence_index > mention.sentence_index
        for a in m.actors
        if a.role == "perpetrator" and a.type == "branch" and a.canonical
    }
    return len(branches) >= 2


def _date_by_the_pledge_before(ctx: DocContext, mentions: list[EventMention]) -> None:
    """ "The leaders also pledged loyalty to ...": a pledge whose sentence gives no date and
    that adds to the pledge told just before (the same group, or "also", "too") was made on
    that pledge's occasion, not on the day the article borrows for it."""
    lex = pledge_lexicon()
    for i, mention in enumerate(mentions):
        if mention.date_explicit or i == 0:
            continue
        sentence = ctx.sentences[mention.sentence_index]
        earlier = [m for m in mentions[:i] if m.sentence_index < sentence.index]
        prior = _pledge_just_before(ctx, sentence, earlier, _ADDING_SENTENCES)
        if prior is None or prior.date is None:
            continue
        same = prior.identity.split("|")[0] == mention.identity.split("|")[0]
        if same or lex.adding.search(sentence.text):
            mention.date = prior.date


def _carried_in(act) -> list:
    """ "swore allegiance in a message he posted online in early July": the posting's verb,
    whose date is the pledge's."""
    media = media_lexicon().any_noun
    return [
        verb
        for prep in act.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via")
        for noun in prep.children
        if noun.dep_ == "pobj" and media.fullmatch(noun.text)
        for verb in noun.children
        if verb.dep_ in ("relcl", "acl") and verb.pos_ == "VERB"
    ]


def _act(token, lex: PledgeLexicon):
    """The verb that makes the pledge word an act, or None when it is only talked about."""
    if token.pos_ in ("VERB", "AUX") or _misread_participle(token) or _misread_verb(token):
        return token
    head = token
    for _ in range(3):  # "a pledge of allegiance", "their bay'ah [pledges of allegiance]"
        if head.dep_ in ("pobj", "appos", "compound", "conj") or head.head.lower_ == "of":
            head = head.head
            continue
        break
    verb = head.head
    if head.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and verb.lemma_ in lex.doing_verbs:
        return verb
    if head.dep_ == "nsubj" and verb.lemma_ in lex.arriving and _possessor(token):
        return verb  # "Boko Haram's pledge of allegiance came in an audio message"
    return None


# --- did it happen? --------------------------------------------------------------------------


def _refused(sentence: Sentence, act, token, match: re.Match, lex: PledgeLexicon) -> bool:
    """Negated, undone, wished for, planned, or told as history."""
    offset = match.start()
    if judge(token, sentence.text, offset, None) == "negated":
        return True
    if act is not token and judge(act, sentence.text, act.idx - sentence.start, None) == "negated":
        return True
    if _not_yet(act, sentence, lex) or _governed(act, lex):
        return True
    if any(_qualifies_pledge(sentence, m, act) for m in lex.tally.finditer(sentence.text)):
        return True
    return bool(lex.historical.search(sentence.text))


def _qualifies_pledge(sentence: Sentence, match: re.Match, act) -> bool:
    """The tally words hang on the pledge's clause ("had pledged allegiance so far"), not on a
    noun beside it ("the most significant defection so far")."""
    words = sentence.span.doc.char_span(
        sentence.start + match.start(), sentence.start + match.end(), alignment_mode="expand"
    )
    if words is None:
        return True
    for above in words.root.ancestors:
        if above.i == act.i or above.pos_ in ("VERB", "AUX"):
            return True
        if above.pos_ in ("NOUN", "PROPN"):
            return False
    return True


def _not_yet(act, sentence: Sentence, lex: PledgeLexicon) -> bool:
    if any(c.dep_ == "neg" for c in act.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in act.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in act.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        if _made_with_gesture(act, sentence, lex):
            return False  # "men raise their hands to renew their oath": the oath made
        return act.head.lemma_ not in _ASPECTUAL  # "to pledge": asked, refused, planned
    if act.tag_ == "VBG" and act.dep_ == "pcomp" and act.head.lemma_ in lex.background:
        return True  # "after pledging allegiance"
    left = doc_text(sentence.span.doc)[max(sentence.start, act.idx - 40) : act.idx]
    return bool(lex.not_yet.search(left))


def _made_with_gesture(act, sentence: Sentence, lex: PledgeLexicon) -> bool:
    """ "fighters raise their hands to renew their oath", "the men lined up to swear
    allegiance": the "to" of a gesture the oath is made with tells the oath made, unless the
    gesture itself is not (yet) made ("will gather to pledge")."""
    gesture = act.head
    if act.dep_ not in ("advcl", "xcomp") or gesture.lemma_ not in lex.gestures:
        return False
    if gesture.pos_ != "VERB" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in gesture.children
    ):
        return False
    return not _not_yet(gesture, sentence, lex)


def _governed(act, lex: PledgeLexicon) -> bool:
    """A lemma above the pledge that undoes it, wishes for it or looks back at it. A verb the
    pledge is coordinated with is a deed of its own, not a governor ("broke away from AQIM and
    pledged allegiance to IS"); what governs that verb governs the pledge too."""
    below = act
    for tok in list(act.ancestors)[:3]:
        coordinated = below.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
        below = tok
        if coordinated:
            continue
        lemma = tok.lemma_.lower()
        if lemma in lex.undoing or lemma in lex.speculative or lemma in lex.background:
            return True
        if tok.pos_ == "VERB" and lemma not in ("show", "see", "feature", "depict"):
            break  # another clause's verb: "officials said the fighters pledged ..."
    return False


def _background(act, lex: PledgeLexicon) -> bool:
    """A pledge told as what someone is known for, not as news: a clause describing a noun
    ("Boko Haram, which pledged ...", "a module pledging allegiance to IS is ..."), or a past
    before the story's past ("the killer had pledged allegiance to IS"). A clause describing
    what a video shows ("a video of fighters pledging allegiance") is the video's news."""
    # "had broken with AQAP and sworn allegiance": a participle joined to a verb shares its "had"
    # (or, misparsed, to a noun of that verb's clause)
    joined = _verb_above(act) if act.dep_ == "conj" and act.tag_ == "VBN" else None
    owner = joined or act
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in owner.children):
        # "the group announced that it had pledged ...": reported news, not a past before it;
        # but "the attacker had pledged allegiance" is what one man is known for, and what
        # officials "had said in recent months" is a report before the story's news
        if _reported_before(owner, lex):
            return True
        return not (_reported(owner, lex) and not _lone_man(owner, lex))
    if act.dep_ not in ("relcl", "acl") or _telling_verb_above(act, lex) is not None:
        return False
    if _in_which(act):
        return False  # "four photo sets, from the A and B districts, in which men renewed ..."
    if act.tag_ == "VBG" and _depicted(act):
        return False  # "photos of fighters from its A and B provinces raising ...", misparsed
    head = act.head  # "a series of videos in which fighters renew their oath": the videos'
    around = [
        head,
        *head.ancestors,
        *(t for c in head.children if c.lower_ == "of" for t in c.subtree),
        # "the videos both end with the fighters renewing their pledge": what the clause's
        # verb is said of
        *(c for a in head.ancestors if a.pos_ == "VERB" for c in a.children if c.dep_ == "nsubj"),
        # "released a video ..., ending with the new recruits swearing allegiance": what the
        # verb above released
        *(c for a in head.ancestors if a.pos_ == "VERB" for c in a.children if c.dep_ == "dobj"),
        # "..., each showing lines of fighters renewing their oath", the parse taking
        # "showing" for an adjective of "lines"
        *(c for a in (head, *head.ancestors) for c in a.children if c.dep_ == "amod"),
    ]
    return not any(
        t.lemma_ in _DEPICTING or media_lexicon().any_noun.fullmatch(t.text) for t in around
    )


def _reported_before(verb, lex: PledgeLexicon) -> bool:
    """ "officials had said in recent months that he had sworn allegiance": told by a verb of
    telling that is itself in the past before the story's past."""
    telling = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in lex.reporting else None
    return telling is not None and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in telling.children
    )


def _in_which(act) -> bool:
    """A clause opening "in which" tells what happened in what it describes (a video, a
    meeting, the places pictures come from), never what a group is known for."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.tag_ == "WDT" for p in c.children)
        for c in act.children
    )


def _reported(act, lex: PledgeLexicon) -> bool:
    """The pledge is what a verb of telling tells ("officials said the militants had ...")."""
    if act.dep_ == "ccomp" and act.head.lemma_ in lex.reporting:
        return True
    if _telling_verb_above(act, lex) is not None:
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.lemma_ in lex.reporting for c in act.children)


def _complement_read_as_relative(verb) -> bool:
    """ "announced in a message sent to a news site that it had pledged ...": a clause opened
    by the conjunction "that" (with a subject of its own, so "that" fills no place in it) is
    what a verb above tells, though the parse hangs it on the nearest noun as a relative."""
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
    )


def _telling_verb_above(verb, lex: PledgeLexicon):
    """The verb of telling a complement misread as a relative clause belongs to."""
    if not _complement_read_as_relative(verb):
        return None
    for above in verb.ancestors:
        if above.pos_ in ("VERB", "AUX") and above.lemma_ in lex.reporting:
            return above
    return None


def _lone_man(act, lex: PledgeLexicon) -> bool:
    subjects = [c for c in act.children if c.dep_ == "nsubj"]
    return any(s.tag_ == "NN" and s.lemma_ in lex.lone_men for s in subjects)


def _dated(sentence: Sentence, act) -> bool:
    inside = {t.i for t in act.subtree}
    return any(d[3].root.i in inside for d in sentence.dates)


# --- who pledged, to whom ---------------------------------------------------------------------


@dataclass
class Party:
    """One side of a pledge: a known group or leader, else the words that name it."""

    name: str
    canonical: str | None
    type: str  # armed_group | branch | person | other
    start: int
    end: int
    armed: bool
    group: str | None = None  # a leader's group
    head: object = None  # the token the words hang on
    new: bool = False  # said to be new ("the new caliph"): for the one pledged to
    counted: bool = False  # one of a counted list of places ("five of its branches, in A, ...")
    counted_in: object = None  # the counted release word ("three sets of photographs from A, ...")


def _pledgers(ctx: DocContext, sentence: Sentence, act, token, lex: PledgeLexicon) -> list[Party]:
    """Who pledged: one party per group listed ("The Sahel and the Somalia branches", "images
    of fighters in A and of a group in B pledging"); the releasing group for unnamed men its
    pictures show pledging ("the branch released photographs of armed men giving bay'ah")."""
    depicted: list[list] = []
    if act.lemma_ in lex.receiving_verbs and act is not token:
        # "accepted the pledge of allegiance from ISWAP", "accepted Boko Haram's pledge"
        words = _from_phrase(token) or _possessor(token)
    else:
        words = _subject_words(act) or _possessor(token)
        # "..., most of them former TTP members, swearing ...", "A video showed 20 men, said to
        # be in Benin, swearing ...": the men shown, not the part nor the video
        released = bool(words) and _release_word(_head_of(words))
        aside = released and any(_aside_about_them(a) for a in list(act.ancestors)[:2])
        if _partitive(words, lex) or aside:
            words = _shown_object(act) or words
        if not words:
            depicted = _depicted(act)
            words = depicted[0] if depicted else _shown_object(act) or _just_before(ctx, act, lex)
            words = words or _misparsed_subject(act, lex)
    if len(words) == 1 and words[0].lower_ in ("they", "he", "it"):
        words = _who_they_are(words[0]) or words
    # "two small factions, Jaish al-Badia and Jaish al-Malahim, pledged": the names the
    # apposition gives are armed bodies, as the noun they name says
    named = _named_in_apposition(words, lex)
    bodies = bool(words) and named != words and _bare_bodies(_head_of(words), lex)
    words = _past_dateline(ctx, named)
    if not words:
        return []
    listed = [(w, _head_of(w)) for w in depicted] if len(depicted) > 1 else _split(words)
    branch_word = _branch_list_word(words, lex) if len(listed) == 1 else None
    regions = _listed_regions(branch_word, lex)
    named_only = False
    if not regions:  # "its provinces in A, B and C", "fighters in A and B" (parsed as a
        # coordination with the fighters or not)
        regions, branch_word, named_only = _listed_after(words, act, lex)
    counted = False
    if not regions and len(listed) == 1:  # "four photo sets, from the A, B, C and D districts"
        regions, branch_word = _counted_list(act, lex)
        counted = bool(regions)
    if regions:
        parties = _regional_branches(regions, branch_word, _owner(branch_word))
        if named_only and not _distinct_branches(parties):
            parties = [_party(ctx, sentence, w, lex, head) for w, head in listed]
        if counted:
            _name_unknown_regions(parties, words, _head_of(words))
            for party in parties:
                party.counted, party.counted_in = True, branch_word
    else:
        parties = [_party(ctx, sentence, w, lex, head) for w, head in listed]
    parties = [p for p in parties if p is not None]
    if bodies:
        for party in parties:
            party.armed = True
    if any(p.armed for p in parties):
        for party in parties:  # "fighters in A and a smaller group in B"
            party.armed = party.armed or (
                party.head is not None and party.head.lemma_ in lex.bodies
            )
    if len(parties) > 1 and not all(p.armed for p in parties):
        parties = [_party(ctx, sentence, words, lex, _head_of(words))]  # "X and his aides"
    if len(parties) == 1:
        parties = [_for_his_group(ctx, sentence, parties[0], token, lex)]
    if len(parties) == 1 and _shown_unnamed(parties[0], act):
        shown = _shown_by(ctx, sentence, act, lex)
        if shown is not None:
            return [shown]
    return [p for p in parties if p is not None]


def _bare_bodies(head, lex: PledgeLexicon) -> bool:
    """ "two small factions", "rival brigades": bodies no noun before them makes civil ("two
    student groups")."""
    return head.lemma_.lower() in lex.bodies and not any(
        c.dep_ in ("compound", "nmod") for c in head.children
    )


def _branch_list_word(words: list, lex: PledgeLexicon):
    """The plural word for branches that ends the pledger's words ("fighters from its A and B
    provinces"), or that a list of names just after them runs to when the parse cut them."""
    words = sorted(words, key=lambda t: t.i)
    if not words:
        return None
    last = words[-1]
    doc = last.doc
    i = last.i + 1
    while i < last.sent.end and (doc[i].pos_ == "PROPN" or doc[i].lower_ in (",", "and")):
        i += 1
    tail = doc[i] if i < last.sent.end and i > last.i + 1 else last
    for token in (tail, last):
        if token.tag_ == "NNS" and lex.branches.fullmatch(token.text):
            return token
    return None


def _listed_regions(head, lex: PledgeLexicon) -> list[list]:
    """ "its West Africa, Sahel, Somalia and Mozambique provinces", "the group's Sahel and
    Somalia branches": the names listed just before a plural word for branches, one each. Read
    off the words, not the parse, which scatters such lists."""
    if head is None or head.tag_ != "NNS" or not lex.branches.fullmatch(head.text):
        return []
    names: list[list] = [[]]
    for token in reversed(head.doc[max(head.sent.start, head.i - 20) : head.i]):
        # "West" of "its West Africa and Sinai provinces" may be read as an adjective
        if (token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper()) or token.text == "-":
            names[0].insert(0, token)
        elif token.lower_ in (",", "and") and names[0]:
            names.insert(0, [])
        else:
            break
    names = [n for n in names if n]
    return names if len(names) > 1 else []


def _listed_after(words: list, act, lex: PledgeLexicon) -> tuple[list[list], object, bool]:
    """The places listed after the pledgers' word: "its provinces in A, B and C", "fighters in
    A and B", or "from its provinces in A and B" hanging on the release that shows them ("six
    videos of fighters renewing their oath ..., from its provinces in A, B and C"). Returns the
    regions, the word for the pledgers, and whether each region must name a known branch (men
    "in A and B" are branches only when A and B are where branches are). Read off the words,
    not the parse, which scatters such lists and misreads the verb after them."""
    words = sorted(words, key=lambda t: t.i)
    doc = act.doc
    men = [t for t in words if lex.militants.fullmatch(t.text) or t.lemma_ in lex.bodies]
    if not men:
        return [], None, False
    starts = [
        (t, doc[t.i + 1])
        for t in men
        if t.i + 1 < t.sent.end and doc[t.i + 1].lower_ in lex.listing_preps
    ]
    head = _head_of(words) or men[0]
    starts += [  # "six videos of fighters renewing ..., from its provinces in A and B"
        (men[0], prep)
        for above in head.ancestors
        if above.i != act.i
        for prep in above.children
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > head.i
    ]
    for word, prep in starts:
        found = _places_after(word, prep, lex)
        if found[0]:
            return found
    return [], None, False


def _counted_list(act, lex: PledgeLexicon) -> tuple[list[list], object]:
    """The places or branches listed just after a counted release or branch word told before
    the pledge ("four sets of photographs, from the A, B, C and D districts, in which men
    renewed their pledge", "photographs from five of its branches, in A, B, C, D and E, showing
    fighters renewing their oath"): one pledger per place, since the article counts one release
    per place (a counted series). The count must equal the names listed: a list of another
    length says nothing of who pledged. Returns the regions and the counted word."""
    doc = act.doc
    for count in (t for t in doc[act.sent.start : act.i] if t.tag_ == "CD"):
        number = small_number(count.text)
        counted = _counted_noun(count, lex)
        if number is None or number < 2 or counted is None:
            continue
        for prep in doc[count.i + 1 : min(act.i, counted.i + _COUNT_TO_LIST)]:
            if prep.lower_ not in lex.listing_preps:
                continue
            regions = _places_after(counted, prep, lex)[0]
            if len(regions) == number:
                return regions, counted
        regions = _listed_after_colon(act, lex)
        if len(regions) == number:
            return regions, counted
    return [], None


def _listed_after_colon(act, lex: PledgeLexicon) -> list[list]:
    """ "five sets of photographs showing fighters renewing their pledge ...: from the West
    Africa Province in Borno, from the Sahel Province near Menaka, ... and from the Somalia
    Province": a list after a colon that repeats its preposition, one name per item (the
    places each item goes on to give say where that one is, not another item)."""
    doc, end = act.doc, act.sent.end
    colon = next((t.i for t in doc[act.i : end] if t.text == ":"), None)
    if colon is None or colon + 1 >= end or doc[colon + 1].lower_ not in lex.listing_preps:
        return []
    prep = doc[colon + 1].lower_
    regions = []
    for i in range(colon + 1, end):
        opens = i == colon + 1 or doc[i - 1].lower_ in (",", "and")
        if doc[i].lower_ != prep or not opens:
            continue
        k = i + 1
        while k < end and doc[k].pos_ in ("DET", "PRON"):
            k += 1
        name = []
        while k < end and (doc[k].text[:1].isupper() or _particle_inside_name(doc, k)):
            name.append(doc[k])
            k += 1
        if not name:
            return []  # an item that names nothing: not a list of names
        regions.append(name)
    return regions if len(regions) > 1 else []


_LOCATIVE = frozenset({"in", "on", "around", "near", "at"})
_BEFORE_NAME = 4  # lower-case words an item may put before its name ("on the islands of")


def _places_in_phrases(doc, i: int, end: int) -> list[list]:
    """ "its units on the islands of Lake Chad, in the Timbuktu Triangle, in the Alagarno forest
    and around Monguno": a run of place phrases, one name each, joined by commas and "and"."""
    regions: list[list] = []
    while i < end and doc[i].lower_ in _LOCATIVE:
        k, skipped = i + 1, 0
        while k < end and doc[k].text.islower() and doc[k].pos_ in ("DET", "NOUN", "ADJ", "ADP"):
            k, skipped = k + 1, skipped + 1
        name = []
        while (
            k < end
            and skipped <= _BEFORE_NAME
            and (doc[k].text[:1].isupper() or (name and _particle_inside_name(doc, k)))
        ):
            name.append(doc[k])
            k += 1
        while k < end and doc[k].pos_ == "NOUN" and doc[k].text.islower():
            k += 1  # "the Alagarno forest"
        if not name:
            break
        regions.append(name)
        while k < end and doc[k].lower_ in (",", "and"):
            k += 1
        i = k
    return regions if len(regions) > 1 else []


def _counted_noun(count, lex: PledgeLexicon):
    """The release or branch word a number counts: "four videos", "four sets of photographs",
    "five of its branches"; None for anything else ("40 fighters", "two days")."""
    nouns = [count.head] if count.dep_ == "nummod" else []
    nouns += [p for c in count.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    media = media_lexicon().any_noun
    for noun in nouns:
        pictured = [p for c in noun.children if c.lower_ == "of" for p in c.children]
        if lex.branches.fullmatch(noun.text) or media.fullmatch(noun.text) or _release_noun(noun):
            return noun
        if any(media.fullmatch(p.text) for p in pictured):  # "sets of photographs"
            return noun
    return None


def _name_unknown_regions(parties: list[Party], words: list, head) -> None:
    """A listed place that is no known branch ("the Bajaur district") names the men shown
    there: "armed men in Bajaur", placed at the place's words."""
    men = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    for party in parties:
        if party.canonical is None:
            region = party.name.rsplit(" ", 1)[0]
            party.name, party.head = f"{men} in {region}", head or party.head


def _places_after(word, prep, lex: PledgeLexicon) -> tuple[list[list], object, bool]:
    """The regions a preposition lists: "in its provinces in A and B" (the branches word, then
    its own "in"), "from the A and B provinces", or the places themselves ("in A, B and C")."""
    doc, end = prep.doc, prep.sent.end
    i = prep.i + 1
    owned = [t.i for t in doc[i : min(i + 4, end)] if t.tag_ == "POS"]  # "the group's ..."
    # not a possessive inside the list itself ("in Iraq, Egypt's Sinai Peninsula and ...")
    owned = [k for k in owned if not any(t.lower_ in (",", "and") for t in doc[i:k])]
    i = owned[0] + 1 if owned else i
    while i < end and doc[i].pos_ in ("DET", "PRON"):
        i += 1
    if i >= end:
        return [], None, False
    obj = doc[i]
    if obj.tag_ == "NNS" and lex.branches.fullmatch(obj.text):
        if i + 2 < end and doc[i + 1].lower_ == "in" and _coordinated_places(doc, i + 2):
            return _coordinated_places(doc, i + 2), obj, False
        return _places_in_phrases(doc, i + 1, end), obj, False
    regions = _coordinated_places(doc, i)
    after = doc[regions[-1][-1].i + 1] if regions and regions[-1][-1].i + 1 < end else None
    if after is not None and after.tag_ == "NNS" and lex.branches.fullmatch(after.text):
        return regions, after, False  # "from its West Africa and Sinai provinces"
    branch_word = word.tag_ == "NNS" and bool(lex.branches.fullmatch(word.text))
    return regions, word, not branch_word


def _coordinated_places(doc, i: int) -> list[list]:
    """ "West Africa, Somalia and the Sahel" from word ``i`` on: each capitalised name of the
    list, without articles, the last one after "and"; none when the list is a single name."""
    end = doc[i].sent.end
    regions: list[list] = [[]]
    joined = False
    while i < end:
        token = doc[i]
        if token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN"):
            regions[-1].append(token)
        elif _particle_inside_name(doc, i) and regions[-1]:
            regions[-1].append(token)  # "Lanao del Sur", "Cabo de Hornos"
        elif token.tag_ == "POS" and regions[-1]:
            regions[-1] = []  # "Egypt's Sinai Peninsula": the place, not its country
        elif _compass_word(doc, i) and not regions[-1]:
            pass  # "the southern Philippines": the place is what the compass word qualifies
        elif token.lower_ in (",", "and") and (regions[-1] or len(regions) > 1):
            joined = joined or token.lower_ == "and"
            if regions[-1]:
                regions.append([])
        elif token.lower_ != "the" or regions[-1]:
            break
        i += 1
    regions = [r for r in regions if r]
    return regions if len(regions) > 1 and joined else []


_NAME_PARTICLES = frozenset({"del", "de", "da", "do", "dos", "das", "di", "la", "el", "al"})


def _particle_inside_name(doc, i: int) -> bool:
    """A lower-case particle between two capitalised words of one place name, or the hyphen
    of one ("Kabardino-Balkaria")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    hyphen = doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_
    return (
        ((doc[i].lower_ in _NAME_PARTICLES and doc[i].text.islower()) or hyphen)
        and after is not None
        and after.text[:1].isupper()
        and doc[i - 1].text[:1].isupper()
    )


def _compass_word(doc, i: int) -> bool:
    """A lower-case adjective before a capitalised name ("southern", "north-eastern")."""
    token = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        token.pos_ == "ADJ"
        and token.text.islower()
        and after is not None
        and after.text[:1].isupper()
        and after.pos_ == "PROPN"
    )


def _owner(word):
    """The known group a pledgers' word belongs to ("the Islamic State's branches", "fighters
    of al-Shabaab"), else None ("its provinces", "fighters")."""
    if word is None:
        return None
    lexicon = group_lexicon()
    for child in word.children:
        words = []
        if child.dep_ == "poss":
            words = list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "of":
            words = [t for c in child.children for t in c.subtree]
        text = " ".join(t.text for t in words if t.tag_ != "POS")
        canonical = lexicon.canonical(text) if text else None
        if canonical:
            return canonical
    return None


def _distinct_branches(parties: list[Party]) -> bool:
    """Every listed region named a different known branch."""
    canonicals = [p.canonical for p in parties]
    return all(canonicals) and len(set(canonicals)) == len(canonicals)


def _regional_branches(regions: list[list], head, owner: str | None = None) -> list[Party]:
    """One branch per listed region, all of one movement: "Sahel" beside "West Africa" and
    "Somalia" is the Islamic State's Sahel branch, not al-Qaeda's; a movement named as theirs
    ("al-Qaeda's branches in ...") is the one."""
    lexicon = group_lexicon()
    candidates = [_branches_of_region(_region_text(region), lexicon) for region in regions]
    if owner is not None:
        candidates = [[g for g in c if g.parent == owner] for c in candidates]
    parents = {c[0].parent for c in candidates if len(c) == 1}
    movement = next(iter(parents)) if len(parents) == 1 else None
    return [
        _regional_branch(region, head, [g for g in found if movement in (None, g.parent)])
        for region, found in zip(regions, candidates, strict=True)
    ]


def _branches_of_region(text: str, lexicon) -> list:
    """The branches a region names: by their region ("Somalia"), else by a name of the region
    with a branch's title ("East Asia" -> "East Asia Province")."""
    found = [g for g in lexicon.groups() if g.region and g.parent and fold(g.region) == fold(text)]
    if found:
        return found
    named = lexicon.get(lexicon.canonical(text) or "")  # "the West Africa Province" itself
    if named is not None and named.parent:
        return [named]
    region = pledge_lexicon().branch_places.get(fold(text))  # "Afghanistan": Khorasan's
    if region is not None:
        return [
            g for g in lexicon.groups() if g.parent and g.region and fold(g.region) == fold(region)
        ]
    titled = {lexicon.canonical(f"{text} {title}") for title in pledge_lexicon().branch_titles}
    return [g for g in (lexicon.get(c) for c in titled if c) if g and g.parent]


def _region_text(region: list) -> str:
    return " ".join(t.text for t in region).replace(" - ", "-")


def _regional_branch(region: list, head, branches: list) -> Party:
    """One branch of a listed region ("Sahel" of "its Sahel and Somalia provinces"): the
    movement's branch for that region when only one branch has it, else the words."""
    text = _region_text(region)
    name = f"{text} {head.lemma_}"
    start, end = region[0].idx, region[-1].idx + len(region[-1].text)
    if len(branches) == 1:
        return Party(name, branches[0].canonical, "branch", start, end, True, head=head)
    return Party(name, None, "other", start, end, True, head=head)


def _named_in_apposition(words: list, lex: PledgeLexicon) -> list:
    """ "An Indian militant group, Ansar Ghazwat-ul-Hind, declared ...": the name the
    description is put beside is the pledger."""
    head = _head_of(words)
    if head is None or not (head.lemma_ in lex.bodies or lex.militants.fullmatch(head.text)):
        return words
    if any(t.pos_ == "PROPN" for t in words):
        return words  # "The Maute group, a militant group in ...": named already
    names = [
        c for c in head.children if c.dep_ == "appos" and any(t.pos_ == "PROPN" for t in c.subtree)
    ]
    return _phrase(names[0]) if names else words


def _past_dateline(ctx: DocContext, words: list) -> list:
    """ "BAMAKO, Mali, March 3 — Four jihadist groups ... pledged": the parse may make the
    dateline's city the subject and the groups its apposition; the groups pledged."""
    spans = ctx.dateline_spans
    if not words or not any(s <= words[0].idx < e for s, e in spans):
        return words
    end = _past_dateline_date(
        doc_text(words[0].doc), max(e for s, e in spans if s <= words[0].idx < e)
    )
    head = _head_of(words)
    if head is None:
        return []
    appos = [c for c in head.children if c.dep_ == "appos" and c.idx >= end]
    if not appos and head.dep_ == "nsubj":  # or a second subject of the same verb
        appos = [c for c in head.head.children if c.dep_ == "nsubj" and c.idx >= end]
    return _phrase(appos[0]) if appos else []


_DATELINE_REST = re.compile(r"(?:,\s*[^\n—–−:]{0,40}?\d{4})?\s*(?:\([^)]{0,40}\))?\s*[-—–−:]")


def _past_dateline_date(text: str, end: int) -> int:
    """Where a dateline ends: its place part ("LAGOS, Nigeria") may be followed by its date and
    agency ("May 21, 2021 (AP) —"), which the parse also hangs on the city: no pledger there."""
    m = _DATELINE_REST.match(text, end)
    return m.end() if m else end


def _for_his_group(ctx: DocContext, sentence: Sentence, party: Party, token, lex) -> Party:
    """ "Annabi renewed the group's pledge of allegiance": a man pledging in his group's name
    speaks for the group, which pledges."""
    words = sentence.span.doc.char_span(party.start, party.end, alignment_mode="expand")
    named = party.type == "person" or (
        words is not None and not party.armed and all(t.pos_ == "PROPN" for t in words)
    )
    if party.group or not named:
        return party
    nouns = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ == "dobj"]
    owner = next((w for noun in nouns if (w := _possessor(noun))), [])
    group = _party(ctx, sentence, owner, lex) if owner else None
    if group is None or group.type not in ("armed_group", "branch") or not group.canonical:
        return party
    return Party(
        party.name, party.canonical, "person", party.start, party.end, True, group.canonical
    )


def _misparsed_subject(act, lex: PledgeLexicon) -> list:
    """ "In a video released on Monday, fighters from X's faction swore allegiance to ...": the
    parse may make the men the sentence's root and "swore" a modifier of "allegiance"; the noun
    phrase from that root up to the verb is who swore."""
    if act.dep_ == "ccomp" and _aside_misread_as_the_clause(act.head):
        # "about 30 fighters said to be in Cabo Delgado renewed their pledge": the parse makes
        # the hedge the sentence's verb and the pledge its clause; its subject pledged
        subject = next((c for c in act.head.children if c.dep_ == "nsubj"), None)
        return _phrase(subject) if subject is not None else []
    if act.dep_ not in ("amod", "compound", "conj") or not lex.verb_forms.fullmatch(act.lower_):
        return []
    if act.dep_ == "conj":
        return _subject_of_the_joined_clause(act)
    joined = _subject_of_the_joined_clause(act) if act.head.dep_ == "conj" else []
    if joined:
        # "his fighters joined the TTP and swore allegiance to its leader": the parse may read
        # "swore" as the adjective of "allegiance", joined to the object of the verb before
        return joined
    root = act.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= act.i or act.head.i < act.i:
        return []
    lefts = [t.i for t in root.lefts if t.dep_ in ("det", "amod", "compound", "nummod", "poss")]
    start = min(lefts, default=root.i)
    return [t for t in act.doc[start : act.i] if not t.is_punct]


def _aside_misread_as_the_clause(verb) -> bool:
    """ "fighters said to be in Cabo Delgado renewed ...": a verb of hedging with "to be" whose
    clause, with no subject of its own, is what the men did."""
    hedged = verb.lemma_ in _HEDGES and verb.lemma_ != "be"
    return hedged and any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in verb.children)


def _subject_of_the_joined_clause(act) -> list:
    """ "they had joined the RSF and swore allegiance to its commander": the parse may join
    "swore" to the object of the verb before it; that verb's subject swore."""
    verb = _verb_above(act)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    return list(subject.subtree) if subject is not None else []


def _verb_above(token):
    """The nearest verb the token hangs from, or None."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _head_of(words: list):
    inside = {t.i for t in words}
    return next((t for t in words if t.head.i not in inside or t.head.i == t.i), None)


def _split(words: list) -> list[tuple[list, object]]:
    """Coordinated nouns ("The Sahel branch and the Somalia branch") as one phrase each."""
    head = _head_of(words)
    if head is None:
        return [(words, None)]
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    conjuncts += [g for c in conjuncts for g in c.children if g.dep_ == "conj"]
    inside = {t.i for t in words}
    conjuncts = [c for c in conjuncts if c.i in inside]  # not a misparse's pledge noun
    if not conjuncts:
        return [(words, head)]
    cut = {t.i for c in conjuncts for t in c.subtree}
    cut |= {c.i for c in head.children if c.dep_ in ("cc", "preconj")}
    first = [t for t in words if t.i not in cut]
    rest = [([t for t in c.subtree if t.i not in _conj_cut(c)], c) for c in conjuncts]
    return [(first, head), *rest]


def _conj_cut(noun) -> set[int]:
    dropped = ("relcl", "acl", "appos", "conj", "cc", "punct")
    return {t.i for c in noun.children if c.dep_ in dropped for t in c.subtree}


def _depicted(act) -> list[list]:
    """ "images appeared of fighters in A and of a smaller group in B reaffirming allegiance":
    the men a picture, a video or its appearing is "of", each listed "of" its own phrase."""
    media = media_lexicon().any_noun
    for prep in reversed([t for t in act.sent if t.i < act.i and t.lower_ == "of"]):
        first = prep
        while first.dep_ == "conj" and first.head.lower_ == "of":
            first = first.head
        owner = first.head
        if not (media.fullmatch(owner.text) or owner.lemma_ in _APPEARING):
            continue
        # a listed "of" hangs on the first one, or on a word inside its phrase
        preps = [first] + [t for t in first.subtree if t.lower_ == "of" and t.dep_ == "conj"]
        cut = {t.i for p in preps[1:] for t in p.subtree}
        cut |= {t.i for p in preps[1:] for t in p.doc[p.i - 1 : p.i] if t.dep_ == "cc"}
        phrases = [
            [
                t
                for t in obj.subtree
                if t.i not in _conj_cut(obj) and t.i < act.i and (t.i not in cut or p is not first)
            ]
            for p in preps
            for obj in p.children
            if obj.dep_ == "pobj"
        ]
        return [p for p in phrases if p]
    return []


def _partitive(words: list, lex: PledgeLexicon) -> bool:
    head = _head_of(words)
    return (
        head is not None
        and head.lower_ in lex.partitives
        and any(c.lower_ == "of" for c in head.children)
    )


def _shown_object(act) -> list:
    """ "The video showed Khan and a dozen commanders, most of them ..., swearing allegiance":
    the men a verb of showing has as its object pledge in the "-ing" clause after them, even
    when the parse hangs that clause on a word between."""
    if act.tag_ != "VBG":
        return []
    # "showed 15 armed men, said to be in eastern Burkina Faso, ... swearing": past the aside
    ancestors = [a for a in act.ancestors if not _aside_about_them(a)]
    for above in ancestors[:3]:
        if above.pos_ in ("VERB", "AUX") and above.lemma_ not in _DEPICTING:
            # "published four videos showing fighters ... pledging", the pledge hung on "published"
            return _shown_by_release(above, act) if act.dep_ == "advcl" else []
        if above.lemma_ in _DEPICTING:
            shown = [c for c in above.children if c.dep_ == "dobj" and c.i < act.i]
            return _phrase(shown[0]) if shown else []
    return []


def _aside_about_them(verb) -> bool:
    """ "said to be in eastern Burkina Faso": a hedged aside on the men shown, which the parse
    may hang the pledge on."""
    return verb.lemma_ in _HEDGES and verb.dep_ in ("xcomp", "conj", "advcl")


def _shown_by_release(verb, act) -> list:
    """ "published four videos showing fighters from A and B pledging allegiance", with the
    "-ing" pledge hung on the verb of publishing: the men the release's own verb of showing
    has as its object, just before the pledge (the first noun after it: the parse may hang the
    men elsewhere too)."""
    media = media_lexicon().any_noun
    for noun in (c for c in verb.children if c.dep_ == "dobj" and media.fullmatch(c.text)):
        for showing in (c for c in noun.children if c.dep_ == "acl" and c.lemma_ in _DEPICTING):
            between = act.doc[showing.i + 1 : act.i]
            shown = next((t for t in between if t.pos_ in ("NOUN", "PROPN")), None)
            if shown is not None:
                return [t for t in _phrase(shown) if t.i < act.i]
    return []


def _shown_unnamed(party: Party, act) -> bool:
    """The pledger is a picture itself ("a video showing ... pledging", misparsed) or armed
    men no name tells ("dozens of armed men"); not one man ("a video showed the attacker
    pledging allegiance": he pledged, not the group that put it out)."""
    if party.canonical is not None or party.type == "person":
        return False
    if media_lexicon().any_noun.search(party.name):
        return True
    militants = pledge_lexicon().militants
    return party.type == "other" and any(
        m.group().lower().endswith(("s", "men", "mujahideen", "mujahidin"))
        for m in militants.finditer(party.name)
    )


def _shown_by(ctx: DocContext, sentence: Sentence, act, lex: PledgeLexicon) -> Party | None:
    """The group named among the men shown ("armed men, described as former Boko Haram
    fighters"), else the group that put out the pictures in which they pledge."""
    lexicon = group_lexicon()
    media = media_lexicon().any_noun
    ancestors = list(act.ancestors)
    through = [t for t in ancestors if media.fullmatch(t.text) or t.lemma_ in _DEPICTING]
    if not through:
        return None
    picture = through[0]
    shown = [e for e in sentence.ents if e.label_ == GROUP_LABEL and picture.i < e.start < act.i]
    if shown:  # "a video showing armed men, described as former Boko Haram fighters, pledging"
        return _group_party(shown[-1], lexicon)
    for verb in (t for t in ancestors if t.pos_ in ("VERB", "AUX")):
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            ents = [e for e in sentence.ents if e.label_ == GROUP_LABEL and e.root in subj.subtree]
            if ents:
                return _group_party(ents[0], lexicon)
    return None


def _group_party(ent, lexicon) -> Party:
    canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
    named = lexicon.get(canonical)
    kind = group_actor_type(named)
    return Party(ent.text, canonical, kind, ent.start_char, ent.end_char, True, head=ent.root)


def _who_they_are(pronoun) -> list:
    """ "armed men raising their fingers as they gave bay'ah": "they" of a clause that says
    when or how stands for the noun the clause above describes, or that clause's subject."""
    clause = pronoun.head
    telling = _telling_verb_above(clause, pledge_lexicon())
    if clause.dep_ not in ("advcl", "ccomp", "conj") and telling is None:
        return []
    above = telling if telling is not None else clause.head
    if above.dep_ == "acl" and above.head.pos_ in ("NOUN", "PROPN"):
        return _phrase(above.head)
    subjects = [c for c in above.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return _phrase(subjects[0]) if subjects else []


def _just_before(ctx: DocContext, act, lex: PledgeLexicon) -> list:
    """The pledger when the parse left the pledge verb without a subject: the armed men or
    group named just before an "-ing" pledge word ("dozens of militants in Mozambique pledging
    allegiance"), or a whole short clause opening before a finite one ("Tribal elders in
    Kunar swore allegiance", read with "swore" as an adjective)."""
    doc = act.doc
    before = doc[max(act.sent.start, act.i - 10) : act.i]
    if act.tag_ == "VBG":
        for tok in reversed(before):
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":"):
                break
            if tok.ent_type_ == GROUP_LABEL or lex.militants.fullmatch(tok.text):
                return _phrase(tok)
        return []
    opening = [t for t in doc[act.sent.start : act.i] if t.idx >= _dateline_end(ctx, act.sent)]
    if _misread_verb(act):  # "Jund al-Khilafah, an Algerian splinter group, swore ...": the name
        comma = next((i for i, t in enumerate(opening) if t.text == ","), len(opening))
        opening = opening[:comma]
    if (
        (act.tag_ in ("VBD", "VBN") or _misread_verb(act))
        and 0 < len(opening) <= 12
        and not any(
            t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("-", "'", "’"))
            for t in opening
        )
    ):
        return list(opening)
    return []


def _dateline_end(ctx: DocContext, sent) -> int:
    """Where the words of a sentence opening with a dateline begin."""
    start = sent.start_char
    ends = [e for s, e in ctx.dateline_spans if s <= start < e]
    return _past_dateline_date(doc_text(sent.doc), max(ends)) if ends else start


def _pictures(verb) -> bool:
    return verb.lemma_.lower() in pledge_lexicon().picturing_verbs


def _subject_words(act) -> list:
    """The pledger's words: the verb's subject; the noun an "-ing" describes ("fighters
    pledging"); a coordinated verb's subject ("pledging allegiance, or renewing ...")."""
    after_in_which = _subject_after_in_which(act)
    if after_in_which:
        return after_in_which
    tok = act
    shown = act.head.head if act.dep_ == "amod" and act.head.dep_ == "dobj" else None
    if act.tag_ == "VBG" and shown is not None and _pictures(shown):
        # "fighters ... were shown pledging allegiance": the parse may read the "-ing" as the
        # oath's adjective, the object of the verb that shows them
        tok = shown
    for _ in range(3):
        for child in tok.children:
            if child.dep_ == "nsubj" and child.tag_ not in ("WDT", "WP"):
                return _phrase(child)
            if child.dep_ == "agent":
                return [t for c in child.children for t in _phrase(c)]
            if child.dep_ == "nsubjpass" and tok is not act and _pictures(tok):
                return _phrase(child)  # "dozens of fighters are shown renewing their oath"
        if tok.dep_ == "nsubj" or tok.dep_ == "relcl":
            return _phrase(tok.head) if tok.dep_ == "relcl" else []
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return _phrase(tok.head)
        if tok.dep_ == "conj":
            sibling = next(
                (
                    c
                    for c in tok.head.children
                    if c.dep_ in ("ccomp", "xcomp", "conj") and c.i < tok.i
                ),
                None,
            )
            if sibling is not None and any(c.dep_ == "nsubj" for c in sibling.children):
                tok = sibling
                continue
            tok = tok.head
            continue
        if tok.dep_ == "xcomp" or _purpose(tok):
            tok = tok.head  # "men raise their hands to renew their oath": the men's
            continue
        joined = tok.head.head if tok.dep_ == "amod" and tok.head.dep_ == "conj" else None
        if joined is not None and joined.pos_ in ("VERB", "AUX"):
            # "had merged into the movement and sworn allegiance to its leader": the parse
            # makes the pledge a noun joined to the verb, whose subject swore it
            tok = joined
            continue
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            tok = tok.head  # "fighters, who take turns swearing allegiance": who swears
            continue
        break
    return []


# How many words may stand between "in which" and the pledge verb ("in which masked fighters
# renewed"): a short noun phrase, the subject of the clause
_IN_WHICH_SUBJECT = 4
# ... or a list of the places they come from ("in which commanders from Dagestan, Chechnya,
# Ingushetia and Kabardino-Balkaria swore")
_IN_WHICH_LISTED = 14
# ... with an aside before the verb ("..., each speaking for his sector, swore")
_IN_WHICH_REACH = 24


def _subject_after_in_which(act) -> list:
    """ "photographs ... in which masked fighters renewed their oath": the words between "in
    which" and the pledge verb are its subject, read off the words when the parse scatters
    the clause (it may take "masked" for a verb and hang "renewed" on the sentence's)."""
    doc = act.doc
    start = max(act.sent.start, act.i - _IN_WHICH_REACH - 2)
    for k in range(act.i - 3, start - 1, -1):
        if doc[k].lower_ != "in" or doc[k + 1].lower_ not in ("which", "whom"):
            continue
        words = _without_aside(list(doc[k + 2 : act.i]))
        listed = any(
            t.is_punct
            or (t.pos_ == "ADP" and j + 1 < len(words) and words[j + 1].text[:1].isupper())
            for j, t in enumerate(words)
        )
        if (
            words
            and words[-1].pos_ in ("NOUN", "PROPN")
            and _words_counted(words) <= (_IN_WHICH_LISTED if listed else _IN_WHICH_SUBJECT)
            and not any(t.pos_ == "AUX" for t in words)
            and all(_inside_a_list_of_names(words, j) for j, t in enumerate(words) if t.is_punct)
        ):
            return words
        return []
    return []


def _words_counted(words: list) -> int:
    """The words of a subject, its articles and counts aside ("about a dozen masked men" is two:
    how many there were says nothing of how long the subject runs)."""
    return sum(1 for t in words if t.pos_ not in ("DET", "NUM") and t.lower_ not in _COUNT_WORDS)


_COUNT_WORDS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "dozen"})


def _without_aside(words: list) -> list:
    """ "commanders from A and B, each speaking for his sector,": the subject stops at a comma
    that opens an aside in lower case."""
    for j, tok in enumerate(words):
        if tok.text == "," and j + 1 < len(words) and words[j + 1].text[:1].islower():
            return words[:j]
    return words


def _inside_a_list_of_names(words: list, j: int) -> bool:
    """The mark at ``j`` joins names ("from Dagestan, Chechnya and Ingushetia",
    "Kabardino-Balkaria"): a capitalised word on each side."""
    return (
        0 < j < len(words) - 1
        and words[j - 1].text[:1].isupper()
        and words[j + 1].text[:1].isupper()
    )


def _purpose(verb) -> bool:
    """A "to" clause of purpose ("raise their hands to renew ...")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _phrase(noun, appositions: bool = False) -> list:
    """A noun with its modifiers, without the clauses that describe it (nor its appositions,
    unless asked: "the new leader, Abu Hafs ..." names the one pledged to)."""
    dropped = ("relcl", "acl") if appositions else ("relcl", "acl", "appos")
    cut = {t.i for c in noun.children if c.dep_ in dropped for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in cut and t.dep_ != "punct"]
    if len(words) > 12:  # near the noun, or near a noun listed with it ("X, headed by A, and
        # the smaller Y, led by B": each name keeps its own words)
        anchors = [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
        words = [t for t in words if any(abs(t.i - a.i) <= 6 for a in anchors)]
    return words


def _possessor(token) -> list:
    """ "ISWAP's pledge", "their bay'ah": the possessive on the pledge noun."""
    for child in token.children:
        if child.dep_ == "poss":
            return list(child.subtree)
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"):
        return [t for c in prep.children for t in c.subtree]
    return []


def _from_phrase(token) -> list:
    """ "accepted the pledge from ISWAP", "accepted an oath of allegiance from fighters in A":
    the "from" may hang on the pledge noun, on its "of" noun, or on the receiving verb."""
    nouns = [token, *(p for c in token.children if c.lower_ == "of" for p in c.children)]
    if token.head.pos_ == "VERB":
        nouns.append(token.head)
    for noun in nouns:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
            return [t for c in prep.children for t in _phrase(c)]
    return []


def _targets(ctx: DocContext, sentence: Sentence, act, token, match, lex) -> list[Party]:
    """The ones pledged to: the words after "to" that follow the pledge word, and after each
    "to" coordinated with it ("to AQIM's emir, Droukdel, and to the Taliban leader"); the
    receiving verb's subject for "accepted their pledge"."""
    if act.lemma_ in lex.receiving_verbs and act is not token:
        words = _subject_words(act)
        party = _party(ctx, sentence, words, lex) if words else None
        return [party] if party is not None else []
    if act.lemma_ == "join":  # "a gang ... announced that it had joined Viv Ansanm"
        joined = _joined_group(act, lex)
        party = _party(ctx, sentence, list(joined.subtree), lex, joined) if joined else None
        return [party] if party is not None and party.armed else []
    start = sentence.start + match.start()  # "pledging to the new leader": "to" is inside
    after = [t for t in sentence.span if t.idx > start][:_TARGET_WINDOW]
    to = next((t for t in after if _to_prep(t)), None)
    if to is None:
        return []
    tos = [to, *(c for c in to.children if c.dep_ == "conj" and _to_prep(c))]
    out = []
    for prep in tos:
        party = _pledged_to(ctx, sentence, prep, lex)
        if party is not None:
            out.append(party)
    return out


def _pledged_to(ctx: DocContext, sentence: Sentence, to, lex: PledgeLexicon) -> Party | None:
    words = [t for c in to.children if c.dep_ == "pobj" for t in _phrase(c, appositions=True)]
    words = [t for t in words if not (t.dep_ == "conj" and _to_prep(t)) and t.lower_ != "to"]
    if not words:  # the parse did not hang the words on "to": read up to the next comma
        for t in to.doc[to.i + 1 : min(to.i + 12, sentence.span.end)]:
            if t.is_punct and t.text != "-":
                break
            words.append(t)
    if not words:
        return None
    party = _party(ctx, sentence, words, lex)
    if party is not None:
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        party.new = bool(lex.new_leader.search(doc_text(to.doc)[start:end]))
    return party


def _to_prep(token) -> bool:
    """ "to" before whom, not before a verb ("to pledge")."""
    return token.lower_ == "to" and (token.dep_ == "prep" or token.tag_ == "IN")


def _party(
    ctx: DocContext, sentence: Sentence, words: list, lex: PledgeLexicon, head=None
) -> Party | None:
    """A known leader, else a known group, else a group the words stand for, else the words."""
    party = _named_party(ctx, sentence, words, lex)
    if party is not None:
        party.head = head
    return party


def _group_of_its_day(group: str | None, sentence: Sentence) -> str | None:
    """A leader's group under the name the sentence gives it ("the leader of the Nusra Front,
    Abu Mohammed al-Golani", HTS's leader in the lexicon)."""
    lexicon = group_lexicon()
    named = lexicon.get(group) if group else None
    if named is None or not named.formerly:
        return group
    for ent in sentence.ents:
        if ent.label_ == GROUP_LABEL:
            canonical = ent.ent_id_ or lexicon.canonical(ent.text)
            if canonical in named.formerly:
                return canonical
    return group


def _named_party(ctx: DocContext, sentence: Sentence, words: list, lex) -> Party | None:
    indices = {t.i for t in words}
    ents = [e for e in sentence.ents if any(t.i in indices for t in e)]
    lexicon = group_lexicon()
    start, end = min(t.idx for t in words), max(t.idx + len(t.text) for t in words)
    text = doc_text(sentence.span.doc)[start:end]
    for ent in ents:
        if ent.label_ == "PERSON" and ent.ent_id_:
            named = lexicon.get(ent.ent_id_)
            group = _group_of_its_day(named.parent, sentence) if named else None
            return Party(ent.text, ent.ent_id_, "person", ent.start_char, ent.end_char, True, group)
    for ent in ents:
        if ent.label_ == GROUP_LABEL:
            canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
            named = lexicon.get(canonical)
            kind = group_actor_type(named)
            if _leader_of(text, ent, lex):  # "IS leader" with no name: his group's
                return Party(text, None, "person", start, end, True, canonical)
            return Party(ent.text, canonical, kind, ent.start_char, ent.end_char, True)
    return _unnamed(ctx, sentence, text, start, end, lex)


def _leader_of(text: str, ent, lex: PledgeLexicon) -> bool:
    rest = text[ent.end_char - ent.start_char :] if text.startswith(ent.text) else ""
    return bool(re.match(r"^(?:'s|’s)?\s+(?:new\s+)?(?:" + lex.leaders.pattern + ")", rest, re.I))


def _unnamed(ctx: DocContext, sentence: Sentence, text: str, start: int, end: int, lex) -> Party:
    """Words that name no known group or leader: "fighters", "the new caliph", "the group"."""
    leader = lex.leaders.search(text)
    if lex.group_anaphors.search(text) and not leader and not lex.militants.search(text):
        group = antecedent(ctx, sentence, start, GROUP_LABEL)
        if group is not None:
            canonical = group.ent_id_ or group.text
            named = group_lexicon().get(canonical)
            kind = group_actor_type(named)
            return Party(group.text, canonical, kind, start, end, True)
    if leader and lex.group_anaphors.search(text[: leader.start()]):
        group = antecedent(ctx, sentence, start, GROUP_LABEL)
        owner = (group.ent_id_ or group.text) if group is not None else None
        return Party(text, None, "person", start, end, owner is not None, owner)
    armed = bool(lex.militants.search(text) or lex.rulers.search(text))
    kind = "person" if lex.rulers.search(text) or leader else "other"
    return Party(text, None, kind, start, end, armed)


def _armed_pledger(party: Party | None) -> bool:
    return party is not None and party.armed


def _armed_target(party: Party | None) -> bool:
    return party is not None and party.armed


def _fill_parties(mention: EventMention, pledger: Party | None, target: Party | None) -> None:
    if pledger is not None:
        _fill_pledger(mention, pledger)
        mention.fields.append(FieldSpan("perpetrator", pledger.start, pledger.end, pledger.name))
    if target is not None:
        mention.actors.append(Actor(target.name, target.canonical, "other", target.type))
        mention.fields.append(FieldSpan("pledged_to", target.start, target.end, target.name))
        mention.details["pledged_to"] = target.canonical


def _fill_pledger(mention: EventMention, pledger: Party) -> None:
    """A group pledges; a leader pledges his group (he is the speaker); else the words."""
    if pledger.type != "person":
        kind = pledger.type if pledger.type in ("armed_group", "branch") else "other"
        mention.actors.append(Actor(pledger.name, pledger.canonical, "perpetrator", kind))
        return
    if pledger.group:
        named = group_lexicon().get(pledger.group)
        kind = group_actor_type(named)
        mention.actors.append(Actor(pledger.group, pledger.group, "perpetrator", kind))
    if pledger.canonical:
        mention.actors.append(Actor(pledger.name, pledger.canonical, "speaker", "person"))
    elif not pledger.group:
        mention.actors.append(Actor(pledger.name, None, "perpetrator", "other"))


def _key(party: Party | None) -> str:
    if party is None:
        return ""
    return party.canonical or (f"leader of {party.group}" if party.group else fold(party.name))
