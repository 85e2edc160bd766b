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
from dataclasses import dataclass
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.lexicon import alternation
from watchfloor.extract.media import antecedent, media_lexicon
from watchfloor.extract.setting import fill_date_and_place, told_long_before
from watchfloor.models import Actor, EventMention, FieldSpan, Span
from watchfloor.nlp.lexicon import fold, group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL

SUBTYPE_ORDER = ("renewal", "allegiance")
_MODALS = {"will", "would", "could", "may", "might", "should", "shall", "can", "'ll", "wo", "ca"}
_ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "proceed", "go"}
_TARGET_WINDOW = 10  # tokens after the pledge word where "to <whom>" may stand
_DEPICTING = {"show", "depict", "feature", "film", "record", "see", "watch", "carry"}


@dataclass(frozen=True)
class PledgeLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern
    doing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
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


@cache
def pledge_lexicon() -> PledgeLexicon:
    data = load_toml("pledges.toml")
    triggers = data["triggers"]
    return PledgeLexicon(
        triggers={subtype: alternation(triggers[subtype]) for subtype in SUBTYPE_ORDER},
        any_trigger=alternation([w for s in SUBTYPE_ORDER for w in triggers[s]]),
        doing_verbs=frozenset(data["doing_verbs"]),
        receiving_verbs=frozenset(data["receiving_verbs"]),
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
    )


def worth_parsing(sentence, text: str) -> bool:
    return bool(pledge_lexicon().any_trigger.search(text))


def extract(ctx: DocContext) -> list[EventMention]:
    lex = pledge_lexicon()
    mentions = []
    for sentence in ctx.sentences:
        if not sentence.parsed or not lex.any_trigger.search(sentence.text):
            continue
        for subtype, match, token in _triggers(sentence, lex):
            mention = _mention(ctx, sentence, subtype, match, token, lex)
            if mention is not None:
                mentions.append(mention)
    return mentions


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


def _pledge_token(words):
    """The word that acts in the pledge's clause: its verb ("pledged", "renewed", "swore") when
    it has one, else its noun ("bay'ah", "pledge")."""
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else words.root


def _mention(
    ctx: DocContext, sentence: Sentence, subtype: str, match: re.Match, token, lex: PledgeLexicon
) -> EventMention | None:
    act = _act(token, lex)
    if act is None or _refused(sentence, act, token, match, lex):
        return None
    pledger = _pledger(ctx, sentence, act, token, lex)
    if pledger is None:
        return None  # "allegiance to the Islamic State": whose, the sentence does not say
    target = _target(ctx, sentence, act, token, match, lex)
    if not (_armed_pledger(pledger) or _armed_target(target)):
        return None  # "lawmakers pledged loyalty to the constitution"
    if _background(act, lex) and not _dated(sentence, act):
        return None  # "Boko Haram, which pledged allegiance to the Islamic State, ..."
    trigger = FieldSpan(
        "type", sentence.start + match.start(), sentence.start + match.end(), match.group()
    )
    mention = EventMention(
        type="pledge",
        subtype=subtype,
        certainty="alleged" if lex.alleged.search(sentence.text) else "reported",
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        paragraph_index=sentence.paragraph,
        trigger=trigger,
        fields=[trigger],
    )
    _fill_parties(mention, pledger, target)
    tokens = [act, token] if act is not token else [token]
    fill_date_and_place(ctx, mention, sentence, tokens + _carried_in(act))
    if told_long_before(ctx, mention, sentence):
        return None  # "had pledged allegiance in 2014", told in a later story
    mention.identity = f"{_key(pledger)}|{_key(target)}|{subtype}"
    return mention


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
    if token.pos_ in ("VERB", "AUX"):
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
    return bool(lex.historical.search(sentence.text))


def _not_yet(act, sentence: Sentence, lex: PledgeLexicon) -> bool:
    if any(c.dep_ == "neg" for c in act.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in act.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in act.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return act.head.lemma_ not in _ASPECTUAL  # "to pledge": asked, refused, planned
    if act.tag_ == "VBG" and act.dep_ == "pcomp" and act.head.lemma_ in lex.background:
        return True  # "after pledging allegiance"
    left = sentence.span.doc.text[max(sentence.start, act.idx - 40) : act.idx]
    return bool(lex.not_yet.search(left))


def _governed(act, lex: PledgeLexicon) -> bool:
    """A lemma above the pledge that undoes it, wishes for it or looks back at it."""
    for tok in list(act.ancestors)[:3]:
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
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in act.children):
        return True
    if act.dep_ not in ("relcl", "acl"):
        return False
    head = act.head  # "a series of videos in which fighters renew their oath": the videos'
    around = [
        head,
        *head.ancestors,
        *(t for c in head.children if c.lower_ == "of" for t in c.subtree),
    ]
    return not any(
        t.lemma_ in _DEPICTING or media_lexicon().any_noun.fullmatch(t.text) for t in around
    )


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


def _pledger(ctx: DocContext, sentence: Sentence, act, token, lex: PledgeLexicon) -> Party | None:
    if act.lemma_ in lex.receiving_verbs and act is not token:
        words = _from_phrase(token)  # "accepted the pledge of allegiance from ISWAP"
    else:
        words = _subject_words(act) or _possessor(token) or _just_before(act, lex)
    if len(words) == 1 and words[0].lower_ in ("they", "he"):
        words = _who_they_are(words[0]) or words
    if not words:
        return None
    return _party(ctx, sentence, words, lex)


def _who_they_are(pronoun) -> list:
    """ "armed men raising their fingers as they gave bay'ah": "they" of a clause that says
    when or how stands for the noun the clause above describes, or that clause's subject."""
    clause = pronoun.head
    if clause.dep_ not in ("advcl", "ccomp", "conj"):
        return []
    above = clause.head
    if above.dep_ == "acl" and above.head.pos_ in ("NOUN", "PROPN"):
        return _phrase(above.head)
    subjects = [c for c in above.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return _phrase(subjects[0]) if subjects else []


def _just_before(act, lex: PledgeLexicon) -> list:
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
    opening = doc[act.sent.start : act.i]
    if (
        act.tag_ in ("VBD", "VBN")
        and 0 < len(opening) <= 10
        and not any(
            t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("-", "'", "’"))
            for t in opening
        )
    ):
        return list(opening)
    return []


def _subject_words(act) -> list:
    """The pledger's words: the verb's subject; the noun an "-ing" describes ("fighters
    pledging"); a coordinated verb's subject ("pledging allegiance, or renewing ...")."""
    tok = act
    for _ in range(3):
        for child in tok.children:
            if child.dep_ == "nsubj" and child.tag_ not in ("WDT", "WP"):
                return _phrase(child)
            if child.dep_ == "agent":
                return [t for c in child.children for t in _phrase(c)]
        if tok.dep_ == "nsubj" or tok.dep_ == "relcl":
            return _phrase(tok.head) if tok.dep_ == "relcl" else []
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return _phrase(tok.head)
        if tok.dep_ == "conj":
            sibling = next(
                (
                    c
                    for c in tok.head.children
                    if c.dep_ in ("ccomp", "xcomp", "conj") and c is not tok and c.i < tok.i
                ),
                None,
            )
            if sibling is not None and any(c.dep_ == "nsubj" for c in sibling.children):
                tok = sibling
                continue
            tok = tok.head
            continue
        if tok.dep_ == "xcomp":
            tok = tok.head
            continue
        break
    return []


def _phrase(noun, appositions: bool = False) -> list:
    """A noun with its modifiers, without the clauses that describe it (nor its appositions,
    unless asked: "the new leader, Abu Hafs ..." names the one pledged to)."""
    dropped = ("relcl", "acl") if appositions else ("relcl", "acl", "appos")
    cut = {t.i for c in noun.children if c.dep_ in dropped for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in cut and t.dep_ != "punct"]
    if len(words) > 12:
        words = [t for t in words if t.i <= noun.i + 6 and t.i >= noun.i - 6]
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
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
        return [t for c in prep.children for t in c.subtree]
    return []


def _target(ctx: DocContext, sentence: Sentence, act, token, match, lex) -> Party | None:
    """The one pledged to: the words after "to" that follow the pledge word; the receiving
    verb's subject for "accepted their pledge"."""
    if act.lemma_ in lex.receiving_verbs and act is not token:
        words = _subject_words(act)
        return _party(ctx, sentence, words, lex) if words else None
    doc = act.doc
    end = sentence.start + match.end()
    after = [t for t in sentence.span if t.idx >= end][:_TARGET_WINDOW]
    to = next((t for t in after if _to_prep(t)), None)
    if to is None:
        return None
    words = [t for c in to.children if c.dep_ == "pobj" for t in _phrase(c, appositions=True)]
    if not words:  # the parse did not hang the words on "to": read up to the next comma
        words = []
        for t in doc[to.i + 1 : min(to.i + 12, sentence.span.end)]:
            if t.is_punct and t.text != "-":
                break
            words.append(t)
    return _party(ctx, sentence, words, lex) if words else None


def _to_prep(token) -> bool:
    """ "to" before whom, not before a verb ("to pledge")."""
    return token.lower_ == "to" and (token.dep_ == "prep" or token.tag_ == "IN")


def _party(ctx: DocContext, sentence: Sentence, words: list, lex: PledgeLexicon) -> Party | None:
    """A known leader, else a known group, else a group the words stand for, else the words."""
    indices = {t.i for t in words}
    ents = [e for e in sentence.ents if any(t.i in indices for t in e)]
    lexicon = group_lexicon()
    start, end = min(t.idx for t in words), max(t.idx + len(t.text) for t in words)
    text = sentence.span.doc.text[start:end]
    for ent in ents:
        if ent.label_ == "PERSON" and ent.ent_id_:
            named = lexicon.get(ent.ent_id_)
            group = named.parent if named else None
            return Party(ent.text, ent.ent_id_, "person", ent.start_char, ent.end_char, True, group)
    for ent in ents:
        if ent.label_ == GROUP_LABEL:
            canonical = ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
            named = lexicon.get(canonical)
            kind = (
                named.type if named and named.type in ("branch", "armed_group") else "armed_group"
            )
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
            kind = (
                named.type if named and named.type in ("branch", "armed_group") else "armed_group"
            )
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
        kind = named.type if named and named.type in ("branch", "armed_group") else "armed_group"
        mention.actors.append(Actor(pledger.group, pledger.group, "perpetrator", kind))
    if pledger.canonical:
        mention.actors.append(Actor(pledger.name, pledger.canonical, "speaker", "person"))
    elif not pledger.group:
        mention.actors.append(Actor(pledger.name, None, "perpetrator", "other"))


def _key(party: Party | None) -> str:
    if party is None:
        return ""
    return party.canonical or (f"leader of {party.group}" if party.group else fold(party.name))
