"""Killed and wounded counts in a sentence, with the words that gave them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from watchfloor.extract.lexicon import attack_lexicon
from watchfloor.extract.numbers import NUMBER, parse_quantity
from watchfloor.models import Quantity

_KILL_VERB = (
    r"kill(?:ed|ing|s)?|slain|slay(?:ing)?|slew|murder(?:ed|ing)|massacr(?:ed|ing)|"
    r"execut(?:ed|ing)|behead(?:ed|ing)|shot dead|shooting dead|gunned down|gunning down|"
    r"hacked to death|stabbed to death|shot to death|burn(?:ed|t) (?:alive|to death)|lynched|claimed the lives of|"
    r"claiming the lives of|left dead|leaving dead"
)
_DEAD_WORD = (
    r"killed|dead|slain|murdered|executed|beheaded|shot dead|massacred|died|perished|"
    r"lost (?:their|his|her) lives?|were found (?:shot(?: dead)?|dead|beheaded|murdered)|"
    r"was found (?:shot(?: dead)?|dead|beheaded|murdered)|found (?:shot(?: dead)?|dead|beheaded)|"
    r"gunned down|hacked to death|stabbed to death|shot to death|burned to death|succumbed|fatalities|deaths|bodies"
)
_WOUND_VERB = r"wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing)?|maim(?:ed|ing)"
_WOUND_WORD = (
    r"wounded|injured|hurt|maimed|(?:sustained|suffered|received) (?:\w+ )?(?:injuries|wounds)|"
    r"injuries|casualties among the wounded"
)
# Up to four words between a count and what happened to them ("11 Iraqi soldiers were").
_GAP = r"(?:(?!(?:and|or|but|while|when|as|before|after|until|then|since|because|were|was|are|is|died|killed|wounded|injured|who|which|that)\b)[\w'()-]+,?\s+){0,8}?"
_AUX = r"(?:(?:were|was|have been|had been|has been|are|is|been|got|reportedly|also|later|all|subsequently|allegedly|confirmed)\s+){0,3}"
_NOT_COUNT_AFTER = re.compile(
    r"^\s*(?:-|\s)?(?:year|years|yr|month|day|hour|minute|percent|%|km|kilomet|mile|meter|metre|am|pm|a\.m|p\.m|o'clock|times)",
    re.I,
)


# "30 guerillas killed a member": after an active verb comes its object, so the number before
# it counts the killers.
_NOT_ACTIVE = (
    r"(?!\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+|at least|more than|several|dozens|scores|hundreds|all|people|civilians|soldiers|"
    r"policemen|villagers|him|them)\b)"
)
_CONJOINED_SUBJECTS = re.compile(
    NUMBER + r"\s+(?:(?!(?:was|were|is|are|had|has|have|died|killed|wounded|injured|sustained)\b)"
    r"[\w'()-]+\s+){0,3}?and\s+"
    + NUMBER.replace("?P<qual>", "?P<qual2>").replace("?P<num>", "?P<num2>")
    + r"\s+(?:[\w'()-]+,?\s+){0,4}?(?:(?:were|have been|had been|are|also)\s+){0,2}"
    r"(?P<what>killed|dead|died|wounded|injured|hurt|sustained (?:\w+ )?injuries)\b" + _NOT_ACTIVE,
    re.I,
)
_SINGLE_VICTIM = {
    "killed": re.compile(
        r"\b(?:was|has been|had been)\s+(?:\w+\s+){0,2}?(?:killed|shot dead|murdered|gunned down|"
        r"beheaded|slain|hacked to death|stabbed to death|shot to death|executed|lynched|found dead)\b|"
        r"\b(?:killed|shot|murdered|beheaded|executed|strangled|hacked|stabbed) (?:him|her)"
        r"(?: dead| to death)?\b|\bleaving (?:him|her) dead\b",
        re.I,
    ),
    "wounded": re.compile(
        r"\b(?:was|has been|had been)\s+(?:\w+\s+){0,3}?(?:injured|wounded|hurt)\b", re.I
    ),
}

# Words every pattern of a field needs (built from the same pieces as the patterns).
_GATES = {
    "killed": re.compile(rf"\b(?:{_KILL_VERB}|{_DEAD_WORD}|death toll|bodies|dead)", re.I),
    "wounded": re.compile(rf"\b(?:{_WOUND_VERB}|{_WOUND_WORD})", re.I),
    "abducted": re.compile(r"\b(?:kidnap|abduct|hostage|captive|seized|carried off)", re.I),
}


@dataclass(frozen=True)
class Count:
    quantity: Quantity
    start: int  # offsets within the sentence text
    end: int
    active: bool = False  # "killed N ..." (the count is the verb's object)


_PATTERNS: dict[str, list[re.Pattern]] = {
    "killed": [
        re.compile(rf"\b(?:{_KILL_VERB})\s+(?:all\s+)?{NUMBER}\b", re.I),
        re.compile(rf"\b{NUMBER}\s+{_GAP}{_AUX}(?:{_DEAD_WORD})\b{_NOT_ACTIVE}", re.I),
        re.compile(rf"\b(?:leaving|left)\s+{NUMBER}\s+(?:[\w'-]+\s+){{0,2}}dead\b", re.I),
        re.compile(
            rf"\bdeath toll\s+(?:\w+\s+){{0,4}}?(?:to|at|of|is|was|reached|hit)\s+{NUMBER}\b", re.I
        ),
        re.compile(rf"\bbodies of\s+{NUMBER}\b", re.I),
    ],
    "wounded": [
        re.compile(rf"\b(?:{_WOUND_VERB})\s+(?:all\s+)?{NUMBER}\b", re.I),
        re.compile(rf"\b{NUMBER}\s+{_GAP}{_AUX}(?:{_WOUND_WORD})\b", re.I),
        re.compile(
            rf"\b(?:leaving|left)\s+{NUMBER}\s+(?:[\w'-]+\s+){{0,2}}(?:wounded|injured)\b", re.I
        ),
    ],
}
_PATTERNS["abducted"] = [
    re.compile(rf"\b(?:kidnap(?:ped|ping|s)?|abduct(?:ed|ing|s)?)\s+(?:all\s+)?{NUMBER}\b", re.I),
    re.compile(
        rf"\b(?:took|taking|seized|holding|held)\s+{NUMBER}\s+(?:[\w'-]+\s+){{0,3}}hostages?\b",
        re.I,
    ),
    re.compile(
        rf"\b{NUMBER}\s+{_GAP}{_AUX}(?:kidnapped|abducted|taken hostage|held hostage|taken captive|"
        r"seized|carried off)\b",
        re.I,
    ),
]
_ASIDE = re.compile(
    r",\s*(?:among them|among whom|including|most of them|mostly|all of them)\s[^,;]{1,80},|"
    # "Three persons, identified as A, B and C were killed"
    r",\s*(?:identified as|named)\s[^;]{1,80}?(?=\s+(?:were|was|are|is|had|have)\b)",
    re.I,
)
_NONE_KILLED = re.compile(
    r"\b(?:no(?: ?one|body)? (?:was|were) (?:killed|hurt|injured|harmed|wounded)|no casualties|"
    r"no (?:one|body) (?:was|were)? ?(?:killed|hurt|injured)|without (?:causing )?(?:any )?casualties|"
    r"(?:didn'?t|did not) cause any (?:harm|casualties|injur\w+)|no (?:deaths|fatalities|injuries) (?:were|was) reported|"
    r"no loss of life|escaped unhurt|escaped unharmed)\b",
    re.I,
)
_NONE_HURT_MEANS_NO_DEATHS = re.compile(
    r"\b(hurt|injur\w*|harm\w*|casualties|unhurt|unharmed)\b", re.I
)


def find_counts(sentence: str) -> dict[str, list[Count]]:
    """Every killed/wounded count in ``sentence`` (offsets relative to it)."""
    # the nlp stage asks first (is the sentence worth parsing?), then the extractor: one search
    return {field: list(counts) for field, counts in _find_counts(sentence).items()}


@lru_cache(maxsize=2048)
def _find_counts(sentence: str) -> dict[str, list[Count]]:
    found: dict[str, list[Count]] = {"killed": [], "wounded": [], "abducted": []}
    # "19 persons, among them women and children, were killed": the aside is blanked out
    # (same length, so offsets hold) and the count reaches its verb
    sentence = _ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    # the count patterns are slow (a number is tried at every word); most sentences hold
    # none of the words they end in, and one quick search says so
    present = {field: bool(_GATES[field].search(sentence)) for field in found}
    for field, patterns in _PATTERNS.items():
        if not present[field]:
            continue
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                count = _count_from_match(sentence, m, active=pattern is patterns[0])
                if count and not _overlaps(count, found[field]):
                    found[field].append(count)
    _drop_counts_taken_by_another_field(found)
    _add_conjoined(sentence, found)
    if present["killed"] or present["wounded"]:
        _add_conjoined_subjects(sentence, found)
    none = _NONE_KILLED.search(sentence)
    if none:
        zero = Count(Quantity(0, 0), none.start(), none.end())
        if not found["wounded"] and _NONE_HURT_MEANS_NO_DEATHS.search(none.group()):
            found["wounded"].append(zero)
        if not found["killed"]:
            found["killed"].append(zero)
    for field, pattern in _SINGLE_VICTIM.items():
        if not found[field]:
            m = pattern.search(sentence)
            if m and not re.search(r"\b(?:no one|nobody|none)\s*$", sentence[: m.start()], re.I):
                found[field].append(Count(Quantity(1, 1), m.start(), m.end()))
    return found


def _count_from_match(sentence: str, m: re.Match, active: bool = False) -> Count | None:
    num = m.group("num")
    if num is None:
        return None
    if re.search(r"\b(?:no|not|none of the)\s*$", sentence[: m.start("num")], re.I):
        return None  # "no one was killed" counts nobody
    after = sentence[m.end("num") : m.end("num") + 12]
    if _NOT_COUNT_AFTER.match(after):
        return None
    if (
        num.lower() in ("a", "an", "one")
        and re.match(r"\s*(?:\d|few|number|dozen|couple|pair)", after)
        and not re.match(r"\s*\d+[- ]year", after)
    ):
        return None
    quantity = parse_quantity(m.group("qual"), num)
    if quantity is None:
        return None
    start = m.start("qual") if m.group("qual") else m.start("num")
    return Count(quantity, start, m.end("num"), active)


def _add_conjoined(sentence: str, found: dict[str, list[Count]]) -> None:
    """ "killed three soldiers and two civilians" counts five."""
    for field in ("killed",):
        extra = []
        for count in found[field]:
            if not count.active:
                continue
            tail = sentence[count.end : count.end + 60]
            m = re.match(
                rf"\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+\s+and\s+{NUMBER}\s+(?:[\w'-]+\s+)?(?:[\w'-]+)\b(?!\s+(?:were|was)\s+(?:wounded|injured|hurt))",
                tail,
                re.I,
            )
            if (
                m
                and m.group("num")
                and not re.search(
                    r"\b(?:wound|injur|hurt|was|were|is|are|had|have|has)\b", tail[: m.end()], re.I
                )
            ):
                q = parse_quantity(m.group("qual"), m.group("num"))
                if q and q.min and count.quantity.min is not None and q.min < 1000:
                    total_max = (
                        None
                        if q.max is None or count.quantity.max is None
                        else q.max + count.quantity.max
                    )
                    extra.append(
                        Count(
                            Quantity(count.quantity.min + q.min, total_max),
                            count.start,
                            count.end + m.end(),
                        )
                    )
        for e in extra:
            found[field] = [c for c in found[field] if c.start != e.start] + [e]


def _add_conjoined_subjects(sentence: str, found: dict[str, list[Count]]) -> None:
    """ "Two persons and a child were injured", "three policemen and two militants were killed"."""
    for m in _CONJOINED_SUBJECTS.finditer(sentence):
        first = parse_quantity(m.group("qual"), m.group("num"))
        second = parse_quantity(m.group("qual2"), m.group("num2"))
        if _of_militants(sentence, m.end("num2")):
            second = Quantity(0, 0)  # "two policemen and two militants were killed": 2 victims
        if not first or not second or first.min is None or second.min is None:
            continue
        field = "killed" if m.group("what").lower() in ("killed", "dead", "died") else "wounded"
        high = None if first.max is None or second.max is None else first.max + second.max
        total = Count(Quantity(first.min + second.min, high), m.start(), m.end("num2"))
        found[field] = [c for c in found[field] if not (m.start() <= c.start < m.end())]
        found[field].append(total)


def _drop_counts_taken_by_another_field(found: dict[str, list[Count]]) -> None:
    """ "killing a man and wounding four others before police shot him dead": "four" is the
    object of "wounding", so it is not also a death toll."""
    for field, other in (("killed", "wounded"), ("wounded", "killed")):
        taken = [c for c in found[other] if c.active]
        found[field] = [c for c in found[field] if c.active or not _overlaps(c, taken)]


def _of_militants(sentence: str, offset: int) -> bool:
    return bool(attack_lexicon().militant_victims.match(sentence[offset:].lstrip()))


def _overlaps(count: Count, existing: list[Count]) -> bool:
    return any(count.start < c.end and c.start < count.end for c in existing)


def best_count(counts: list[Count]) -> Count | None:
    """The count to report for one sentence: the largest lower bound (tolls only ever rise)."""
    if not counts:
        return None
    return max(counts, key=lambda c: (c.quantity.min or 0, c.quantity.max or 0))
