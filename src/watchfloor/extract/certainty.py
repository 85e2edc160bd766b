"""Did it happen? Negation, modality, plans, calls, conditions and history, from the parse."""

from __future__ import annotations

import re
from typing import Literal

from watchfloor.extract.lexicon import attack_lexicon
from watchfloor.extract.syntax import FRAME_VERBS

Verdict = Literal["reported", "alleged", "speculative", "negated", "historical"]

_MODALS = {
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "shall",
    "can",
    "must",
    "'ll",
    "wo",
    "ca",
}
_NEGATABLE_HEADS = {"be", "have", "happen", "occur", "report", "see", "carry", "find", "record"}
_CONDITION_MARKS = {"if", "unless", "whether", "lest"}
_ALLEGED = re.compile(
    r"\b(unconfirmed|unverified|could not (?:be )?(?:independently )?verif\w*|"
    r"(?:not|cannot|couldn't) be (?:independently )?(?:verified|confirmed)|disputed|denied)\b",
    re.I,
)
_NEGATED_WORDS = re.compile(
    r"\b(no (?:attack|bomb|explosion|blast)s?\b|false (?:report|alarm)|hoax|"
    # "has denied carrying out any such operation"
    r"denie[sd] (?:that )?(?:(?:carrying out|conducting|launching|having \w+(?: out)?) )?"
    r"(?:any|an|the) \w+|did not (?:happen|take place|occur)|never happened|"
    r"accidental(?:ly)? (?:\w+ ){0,2}(?:blasts?|explosions?|detonations?|fires?))",
    re.I,
)
_SPECULATIVE_LEFT = re.compile(
    # "threat" but not the name of a body or a scale ("the threat assessment body", "the
    # threat level")
    r"\b(plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|"
    r"threat(?:en(?:s|ed|ing)?|(?! (?:assessment|analysis|levels?)\b))|warn(?:s|ed|ing)?|"
    r"fear(?:s|ed)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for|upon)|vow(?:s|ed)?|"
    r"intend(?:s|ed)?|seek(?:s|ing)?|foil(?:s|ed|ing)?|thwart(?:s|ed|ing)?|prevent(?:s|ed|ing)?|"
    r"avert(?:ed)?|preparing|prepared|could|might|(?-i:may)|would|will|possible|potential|"
    r"risk of|threat of|feared|aimed at|hoped to|in order to|tried to|attempt(?:ed|ing)? to|"
    r"incit\w+|encourag\w+|exhort\w+|called for|calling for|ready to|able to|capable of|"
    r"wants? to|wanted to|if)\b(?:\W+\w+){0,5}\W*$",
    re.I,
)


def judge(
    trigger,
    sentence_text: str,
    trigger_offset_in_sentence: int,
    years_before_anchor: int | None,
    told_here: bool = False,
) -> Verdict:
    """Verdict for one trigger token in its sentence. ``told_here``: the trigger's own words
    tell the attack (whom it hit, who did it), so a reaction to it ("condemned the murder of
    minister X") reports it rather than refers to it."""
    lex = attack_lexicon()
    if _negated(trigger) or _NEGATED_WORDS.search(sentence_text):
        return "negated"
    if trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return "speculative"  # "to attack": wanted, planned, ordered, not done
    chain = [trigger, *trigger.ancestors]
    for tok in chain[1:]:
        if tok.lemma_ in FRAME_VERBS:
            break  # "police did not say ..." negates the saying, not the attack
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in tok.children):
            return "negated"  # "has not managed to unleash attacks"
    in_trigger_clause = True
    for tok in chain:
        if tok is trigger:
            continue
        lemma = tok.lemma_.lower()
        if lemma in lex.speculative_lemmas:
            return "speculative"
        if (
            lemma in lex.background_lemmas
            and in_trigger_clause
            and not (told_here and lemma in lex.reaction_lemmas)
        ):
            return "historical"
        # "the number of people killed in Thursday's bombing has risen": the trend word governs
        # the toll's clause, not the attack's
        in_trigger_clause = in_trigger_clause and tok.pos_ not in ("VERB", "AUX")
    for tok in chain:
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _MODALS:
                return "speculative"
            if child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS:
                return "speculative"
            if (
                child.dep_ == "neg"
                and tok is not trigger
                and tok.pos_ == "VERB"
                and tok.lemma_ in {"happen", "occur", "take", "be"}
            ):
                return "negated"
        if (
            tok.dep_ == "ROOT"
            and tok.tag_ == "VB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        ):
            return "speculative"  # imperative: a call, not a report
    left = sentence_text[max(0, trigger_offset_in_sentence - 60) : trigger_offset_in_sentence]
    if _SPECULATIVE_LEFT.search(left):
        return "speculative"
    if years_before_anchor is not None and years_before_anchor >= 1:
        return "historical"
    if lex.historical.search(left[-40:]):
        return "historical"
    if _ALLEGED.search(sentence_text):
        return "alleged"
    return "reported"


def _negated(trigger) -> bool:
    if any(c.dep_ == "neg" for c in trigger.children):
        return True
    head = trigger.head
    if (
        trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj")
        and head is not trigger
        and any(c.dep_ == "neg" for c in head.children)
        and head.lemma_ in _NEGATABLE_HEADS
    ):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)


# The modals of what is still to come ("troops will mount raids", "would launch an offensive")
_FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
# Verbs whose object or complement is only meant ("plans further raids", "vowed to arrest")
_MEANING_VERBS = frozenset(
    {"plan", "prepare", "intend", "vow", "promise", "pledge", "threaten", "aim", "seek", "want"}
)


def told_as_future(trigger) -> bool:
    """Whether a trigger is told as still to come, not as hedged: its own verb, or the verb
    it is the object or complement of, is in the future ("would launch a new offensive") or
    only planned or promised ("whether it plans further raids", "vowed to arrest them").
    "A suspected strike", "reportedly raided" and "may have been killed" are not."""
    for token in _trigger_verbs(trigger):
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_MODALS for a in auxes) and not any(
            a.lemma_ == "have" for a in auxes
        ):
            return True  # not "would have killed", a guess about the past
        if token.lemma_.lower() in _MEANING_VERBS and token is not trigger:
            return True
        if token.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in token.children):
            return any(a.lower_ in ("is", "are", "was", "were", "'s", "'re") for a in auxes)
    return False


def asked_why(trigger) -> bool:
    """ "why arrest him one week before the vote?": a bare verb asked about, nothing told as
    done."""
    return trigger.tag_ == "VB" and any(
        c.dep_ == "advmod" and c.lower_ == "why" for c in trigger.children
    )


def hedged_past(trigger) -> bool:
    """A guess about the past, told in the perfect ("police may have arrested a second suspect",
    "soldiers would later say they had raided the camp"): the event is doubted, not planned.
    A guess with no perfect ("the operation would continue", "the army could launch raids") is
    not told as having happened."""
    for token in _trigger_verbs(trigger):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
            return True
    return False


def _trigger_verbs(trigger) -> list:
    """The trigger, the verb it is the object or complement of, and that verb's governor when
    it is itself a complement ("plans to launch an offensive")."""
    out = [trigger]
    token = trigger
    for _ in range(3):
        if token.dep_ not in ("dobj", "xcomp", "pobj", "prep", "nsubjpass"):
            break
        token = token.head
        out.append(token)
    return out
