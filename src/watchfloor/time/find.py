"""Find time expressions in text and resolve them to dated spans.

Rules, not the statistical recogniser: dates must be found in every sentence (an event told
without a date borrows its neighbour's), numbers that only look like years must not be, and each
expression must come out whole ("this past Wednesday", "between October 2016 and the end of June
2017"). The pieces are the month and weekday names of ``resolve``; each found expression is
resolved by ``resolve_expression`` (ranges by resolving their two ends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from watchfloor.models import DateSpan
from watchfloor.text.datelines import MONTHS
from watchfloor.text.numbers import small_number
from watchfloor.time.resolve import resolve_expression

_NAMES = sorted(MONTHS, key=len, reverse=True)
# "Sept." and "Jan." take their full stop; "September." ends a sentence
_MONTH = r"(?:(?:" + "|".join(n for n in _NAMES if len(n) <= 4) + r")\.|" + "|".join(_NAMES) + r")"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEARNUM = r"(?:19|20)\d\d"
_COUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
)
_PART = r"(?:morning|afternoon|evening|night)"

# A single point or period, longest forms first within each group.
_POINT = "|".join(
    [
        # full dates
        rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAYNUM},?\s+{_YEARNUM}",
        rf"(?:{_WEEKDAY},?\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH},?\s+{_YEARNUM}",
        rf"{_YEARNUM}-\d\d-\d\d",
        # relative to the publication date
        r"the day before yesterday",
        rf"yesterday(?:\s+{_PART})?",
        r"last night",
        r"(?:earlier\s+)?today",
        r"tonight",
        rf"this {_PART}",
        r"(?:earlier |later )?this (?:week|month|year)",
        rf"last year in {_MONTH}",
        r"(?:last|the past|the previous) (?:week|month|year)",
        r"(?:the )?(?:past|last|recent) (?:few |several |two |three )?(?:days|weeks|months)",
        rf"{_COUNT}\s+(?:days?|weeks?|months?|years?)\s+ago",
        # told from the event before
        rf"{_COUNT}\s+(?:days?|weeks?)\s+(?:later|earlier)",
        rf"(?:the next|the following) (?:day|{_PART})",
        r"(?:on )?the same (?:day|night)",
        r"hours later",
        # month and day, month and year, month alone
        rf"{_MONTH}\s+{_DAYNUM}(?![\d,]*\s*{_YEARNUM})",
        rf"{_DAYNUM}\s+(?:of\s+)?{_MONTH}",
        rf"{_MONTH},?\s+(?:of\s+)?(?:{_YEARNUM}|this year|last year)",
        rf"(?:(?:early|late|mid)[- ]|last |this )?{_MONTH}(?:\s+of this year)?",
        # weekdays
        rf"(?:this past |last |this )?{_WEEKDAY}(?:\s+{_PART})?",
        # years
        rf"(?:(?:early|late|mid)[- ])?{_YEARNUM}",
    ]
)
_RANGE = "|".join(
    [
        rf"between (?P<a1>{_POINT}) and (?:the end of )?(?P<b1>{_POINT})",
        rf"from (?P<a2>{_POINT}) (?:to|until|through) (?:the end of )?(?P<b2>{_POINT})",
        rf"since (?P<a3>{_POINT})",
        rf"(?:through|during|in) the first (?P<n4>\w+) months of (?P<y4>{_YEARNUM})",
        rf"(?:in )?the (?P<q5>first|second|third|fourth) quarter of (?P<y5>{_YEARNUM})",
    ]
)
_EXPRESSION = re.compile(
    rf"(?<![\w/-])(?:(?P<range>{_RANGE})|(?P<point>{_POINT}))(?![\w/-])", re.IGNORECASE
)

# Words before a number that make it a name or a count, not a year ("Resolution 2254").
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:resolution|highway|route|road|flight|unit|no\.|number|article|code|room|bus|line|"
    r"district|sector|block|brigade|battalion|division|squadron|regiment|zone)\s*$",
    re.IGNORECASE,
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:fighters|people|troops|soldiers|militants|men|women|children|civilians|votes|"
    r"families|homes|members|km|kilomet|miles|metres|meters|hours|tonnes|dollars|\$|%)",
    re.IGNORECASE,
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    span: DateSpan | None  # None when the words are not a date after all


def find_time_expressions(
    text: str, anchor: date | None, narrative: date | None = None
) -> list[TimeMention]:
    """Every time expression in ``text``, resolved against ``anchor`` (and ``narrative``)."""
    found = []
    for m in _EXPRESSION.finditer(text):
        if m.group("point") and _is_a_number_not_a_year(text, m):
            continue
        span = _resolve(m, anchor, narrative)
        found.append(TimeMention(m.start(), m.end(), m.group(), span))
    return found


def _is_a_number_not_a_year(text: str, m: re.Match) -> bool:
    words = m.group()
    if not re.fullmatch(rf"(?:(?:early|late|mid)[- ])?{_YEARNUM}", words, re.IGNORECASE):
        return False
    return bool(
        _NOT_A_YEAR_BEFORE.search(text[: m.start()]) or _NOT_A_YEAR_AFTER.match(text, m.end())
    )


def _resolve(m: re.Match, anchor: date | None, narrative: date | None) -> DateSpan | None:
    words = m.group()
    if m.group("point"):
        return resolve_expression(words, anchor, narrative)
    g = m.groupdict()
    for a, b in (("a1", "b1"), ("a2", "b2")):
        if g.get(a):
            first = resolve_expression(g[a], anchor, narrative)
            last = resolve_expression(g[b], anchor, narrative)
            return _between(first, last, words)
    if g.get("a3"):
        first = resolve_expression(g["a3"], anchor, narrative)
        if first is None or anchor is None:
            return DateSpan(None, None, None, words)
        return DateSpan(first.start, anchor.isoformat(), _coarsest(first.precision), words)
    if g.get("y4"):
        months = small_number(g["n4"])
        if not months or months > 12:
            return None
        year = int(g["y4"])
        last = resolve_expression(f"{_month_name(months)} {year}", anchor)
        return DateSpan(f"{year}-01-01", last.end if last else None, "month", words)
    if g.get("y5"):
        quarter, year = _QUARTERS[g["q5"].lower()], int(g["y5"])
        first = resolve_expression(f"{_month_name(3 * quarter - 2)} {year}", anchor)
        last = resolve_expression(f"{_month_name(3 * quarter)} {year}", anchor)
        return _between(first, last, words)
    return None


def _between(first: DateSpan | None, last: DateSpan | None, words: str) -> DateSpan | None:
    if first is None or last is None:
        return None
    if first.start is None or last.end is None:
        return DateSpan(None, None, None, words)
    return DateSpan(first.start, last.end, _coarsest(first.precision, last.precision), words)


def _coarsest(*precisions) -> str:
    order = ["day", "week", "month", "year"]
    known = [p for p in precisions if p in order]
    return max(known, key=order.index) if known else "day"


def _month_name(month: int) -> str:
    return next(name for name, number in MONTHS.items() if number == month and len(name) > 3)
