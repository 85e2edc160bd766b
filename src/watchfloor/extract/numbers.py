"""Counts as news prints them: "11", "eleven", "at least 10", "dozens", "a" -> ``Quantity``."""

from __future__ import annotations

import re

from watchfloor.models import Quantity
from watchfloor.text.numbers import NUMBER_WORDS as _UNITS

# Vague amounts: a lower bound only. "several", "multiple" and "numerous" follow the coding
# of analysts who count detainees (ISAF press releases: at least 3).
_VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "several": 3,
    "a number of": 2,
    "many": 2,
    "numerous": 3,
    "a few": 2,
    "some": 2,
    "multiple": 3,
}
_LOWER_BOUND = (
    r"at least|more than|over|upwards of|no fewer than|no less than|not less than|a minimum of"
)
_APPROX = r"about|around|nearly|almost|some|up to|as many as|approximately|roughly|an estimated|a total of|close to|at most|just over|just under|fewer than|less than|only|another|all|all the|the|at least another|further|additional"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_WORD_NUMBER = (
    _TENS + r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozen|a couple of|a couple|a pair of|single|both"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
NUMBER = (
    rf"(?:(?P<qual>{_LOWER_BOUND}|{_APPROX})\s+)?"
    rf"(?P<num>{_DIGITS}|(?:{_WORD_NUMBER})(?:\s+hundred)?|dozens|scores|hundreds|thousands|several|"
    r"a number of|many|numerous|a few|multiple|an?|one)"
)
NUMBER_RE = re.compile(NUMBER, re.I)


def parse_quantity(qual: str | None, num: str) -> Quantity | None:
    """``Quantity`` for a matched number and its qualifier; ``None`` if it is not a count."""
    num = num.lower().strip()
    qual = (qual or "").lower().strip()
    value = _number_value(num)
    if value is None:
        if num in _VAGUE:
            return Quantity(_VAGUE[num], None)
        return None
    if re.fullmatch(_LOWER_BOUND, qual):
        return Quantity(value, None)
    return Quantity(value, value)


def _number_value(num: str) -> int | None:
    if re.fullmatch(_DIGITS, num):
        return int(num.replace(",", ""))
    if num in _UNITS:
        return _UNITS[num]
    parts = re.split(r"[- ]+", num)
    total = 0
    for part in parts:
        if part == "hundred":
            total = max(total, 1) * 100
        elif part in _UNITS:
            total += _UNITS[part]
        else:
            return None
    return total or None
