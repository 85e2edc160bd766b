"""Attack mentions: one per sentence that reports (or speculates about) an attack.

A sentence becomes a mention when it holds a specific trigger ("ambush", "car bomb",
"beheaded"), or a weak or generic one ("attacked", "killed") with support: a named group, a
perpetrator noun, a casualty count or a weapon. Killings done by state forces, or of militants,
are operations, not attacks, and are left to the military-operation extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from watchfloor.extract.casualties import best_count, find_counts
from watchfloor.extract.certainty import judge
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.lexicon import AttackLexicon, attack_lexicon
from watchfloor.extract.setting import fill_date_and_place
from watchfloor.extract.syntax import hanging_off
from watchfloor.models import Actor, EventMention, FieldSpan, Quantity, Span
from watchfloor.nlp.lexicon import group_lexicon
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
    counts = find_counts(text)
    if counts["killed"] or counts["wounded"]:
        return True
    return any(p.search(text) for p in lex.weapons.values())


def extract_attacks(ctx: DocContext) -> list[EventMention]:
    lex = attack_lexicon()
    mentions: list[EventMention] = []
    for sentence in ctx.sentences:
        if not sentence.parsed:  # the nlp stage parses every sentence holding a trigger
            continue
        mention = _mention_in(ctx, sentence, lex)
        if mention is not None:
            mentions.append(mention)
    _attach_claims(ctx, mentions, lex)
    _attach_follow_up_tolls(ctx, mentions, lex)
    return mentions


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
    triggers = _find_triggers(sentence, lex)
    if not triggers:
        return None
    counts = find_counts(sentence.text)
    groups = _group_mentions(sentence)
    perp_nouns = [
        m
        for m in lex.perpetrator_nouns.finditer(sentence.text)
        if not _is_victim(sentence, sentence.start + m.start())
    ]
    weapons = _weapons(sentence, lex)
    other_weapons = [
        w
        for w in weapons
        if not any(
            sentence.start + w[1] < t.end and t.start < sentence.start + w[2] for t in triggers
        )
    ]
    has_support = bool(
        groups or perp_nouns or counts["killed"] or counts["wounded"] or other_weapons
    )
    strong = [t for t in triggers if not t.weak and not t.generic]
    if not strong and not has_support:
        return None
    if (
        not strong
        and all(t.generic for t in triggers)
        and not (groups or perp_nouns or other_weapons)
    ):
        return None
    if _done_by_state(sentence, triggers, lex, groups, perp_nouns):
        return None
    if not strong and _only_militants_killed(sentence, counts, lex):
        return None

    has_counts = bool(counts["killed"] or counts["wounded"])
    verdicts = [(t, _verdict(ctx, sentence, t, has_counts)) for t in triggers]
    if all(v == "negated" for _, v in verdicts):
        return None
    usable = [(t, v) for t, v in verdicts if v not in ("negated", "historical")]
    if not usable:
        return None
    if any(v == "historical" for _, v in verdicts) and all(t.generic for t, _ in usable):
        return None  # "The killing came two weeks after the truck attack in Nice": background
    if not has_counts and all(_generic_plural(sentence, t) for t, _ in usable):
        return None
    reported = [(t, v) for t, v in usable if v in ("reported", "alleged")]
    chosen = reported or usable
    certainty = "alleged" if all(v == "alleged" for _, v in chosen) else chosen[0][1]
    if certainty not in ("reported", "alleged"):
        certainty = "speculative"
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
    )
    _fill_counts(mention, sentence, counts)
    _fill_weapons(mention, weapons)
    _fill_actors(mention, sentence, groups, perp_nouns, lex)
    tokens = [t for t in (_token_at(sentence, tr.start) for tr, _ in chosen) if t is not None]
    fill_date_and_place(ctx, mention, sentence, tokens)
    return mention


# --- triggers ------------------------------------------------------------------------------------


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
    return [
        t
        for t in found
        if not _inside_name(sentence, t)
        and not lex.not_after_trigger.match(sentence.text, t.end - sentence.start)
    ]


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
    verdict = judge(token, sentence.text, trigger.start - sentence.start, years)
    if (
        verdict == "reported"
        and token.pos_ in ("NOUN", "PROPN")
        and not has_counts
        and _recalled_in_passing(ctx, sentence, token)
    ):
        return "historical"
    return verdict


def _recalled_in_passing(ctx: DocContext, sentence: Sentence, token) -> bool:
    """ "last month's suicide bombing", "the 2015 Paris attacks", "after the truck attack in
    Nice": an earlier attack named in
    passing, with no details of its own, is background, not this article's report."""
    noun = token
    while noun.dep_ == "compound" and noun.head is not noun:  # "truck" in "truck attack"
        noun = noun.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in attack_lexicon().background_prepositions
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    ):
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
    tok = _token_at(sentence, trigger.end - 1)
    if tok is None or tok.tag_ not in ("NNS", "NNPS"):
        return False
    attached = hanging_off(sentence.dates, [tok])
    return not any(item[2].precision in ("day", "week") for _, item in attached)


def _only_militants_killed(sentence: Sentence, counts: dict, lex: AttackLexicon) -> bool:
    """ "50,000 Islamic State fighters had been killed": the toll of a war on the group."""
    killed = counts["killed"]
    if not killed or counts["wounded"] or counts["abducted"]:
        return False
    return all(_counts_militants(sentence, c, lex) for c in killed)


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
    doers = [d for d in (_doer(sentence, t) for t in triggers) if d]
    if doers:
        if not all(lex.state_forces.search(d) for d in doers):
            return False
        if groups or perp_nouns:
            return bool(lex.militant_victims.search(sentence.text))
        return True
    if groups or perp_nouns:
        return False
    return bool(
        re.search(
            r"\b(air ?strikes?|airstrikes?|warplanes?|coalition (?:jets|aircraft))\b",
            sentence.text,
            re.I,
        )
    )


def _doer(sentence: Sentence, trigger: Trigger) -> str | None:
    """Subject (or "by" agent) of the trigger's verb, as text."""
    tok = _token_at(sentence, trigger.start)
    if tok is None:
        return None
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        # the subject nearest the verb: a place mis-parsed as a second subject comes first
        # ("During an operation in X district, Y province, yesterday, a force killed ...")
        for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
            if child.dep_ in ("nsubj", "agent"):
                subject = child
                if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                    subject = verb.head  # "the drone strike that killed the general"
                # the subject's own words, not what hangs after it ("an attack on a military base")
                return " ".join(
                    t.text for t in subject.subtree if t.i <= subject.i or t.dep_ == "compound"
                )
        if verb.dep_ not in ("conj", "dep", "advcl", "xcomp") or verb.head is verb:
            break
        verb = verb.head  # "burst in, took hostages and killed": the subject is shared
    return None


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
    return "perpetrator"


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
