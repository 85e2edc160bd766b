"""Datelines: full dates printed at the head of an article or of a post in it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_PATTERNS = [
    re.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?[,.]?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    re.compile(
        _WEEKDAY
        + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        + _MONTH
        + r",?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
]
# "KABUL, Afghanistan (June 14) —", "Dec. 6: Operations in Laghman": a dateline with no year,
# which takes its year from the heading above it (a release number "2012-06-S-026", a title date)
_NO_YEAR = re.compile(
    r"(?:^|\(|^[A-Z][A-Z .'-]{2,40},[\w .'-]{0,30}?\s)\s*"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:\)|\s[-—–]|:)",
    re.I,
)
_YEAR_LOOKBACK = 600
_RELEASE_ID = re.compile(r"\b((?:19|20)\d\d)-[01]\d-")
# A date this close to the start of a line, not preceded by "on", heads a post.
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEAD_WINDOW = 80
# words right before a date that make it one the sentence tells, not a dateline
_PROSE_BEFORE = re.compile(r"\b(?:on|since|until|from|by|of|in|at|after|before|during)\s*$")
_LINE_MAX = 160


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    text: str
    date: date
    line_offset: int
    is_line_start: bool


def parse_full_date(text: str) -> date | None:
    """The first complete date (day, month, year) in ``text``."""
    for match in _iter_dates(text):
        return match[2]
    return None


def find_datelines(text: str) -> list[Dateline]:
    """Full dates that head the article or one of its lines, in text order."""
    found: list[Dateline] = []
    line_offset = 0
    for line in text.split("\n"):
        head = line[: _HEAD_WINDOW + 40]
        # every full date has a year: most lines have none near their start, and one quick
        # search says so (the date patterns are slow)
        dates = _iter_dates(head) if _YEAR.search(head) else []
        for start, end, value in dates:
            before = line[:start].lower()
            # "On the evening of July 26, 2008, bombs went off": a date the prose is about
            if start > _HEAD_WINDOW or _PROSE_BEFORE.search(before):
                continue
            after = line[end : end + 6]
            heads = len(line) <= _LINE_MAX or bool(re.match(r"\s*[)\]]?\s*[-—–−:|(]", after))
            found.append(
                Dateline(
                    start=line_offset + start,
                    end=line_offset + end,
                    text=line[start:end],
                    date=value,
                    line_offset=line_offset,
                    is_line_start=heads,
                )
            )
            break
        else:
            yearless = _yearless_dateline(text, line, line_offset)
            if yearless is not None:
                found.append(yearless)
        line_offset += len(line) + 1
    return found


def _yearless_dateline(text: str, line: str, line_offset: int) -> Dateline | None:
    m = _NO_YEAR.search(line[: _HEAD_WINDOW + 20])
    if m is None or m.start("month") > _HEAD_WINDOW:
        return None
    year = _heading_year(text[max(0, line_offset - _YEAR_LOOKBACK) : line_offset])
    if year is None:  # a release number just below a dated title ("May 15: Operations in ...")
        ids = _RELEASE_ID.findall(text[line_offset : line_offset + _YEAR_LOOKBACK // 2])
        year = int(ids[0]) if ids else None
    if year is None:
        return None
    try:
        value = date(year, MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None
    start, end = line_offset + m.start("month"), line_offset + m.end("day")
    return Dateline(start, end, text[start:end], value, line_offset, is_line_start=True)


def _heading_year(heading: str) -> int | None:
    """The year of the last full date above, else of a release number such as "2012-06-S-026"
    (bare four-digit numbers are too often counts or ids to be trusted)."""
    dates = _iter_dates(heading) if _YEAR.search(heading) else []
    if dates:
        return dates[-1][2].year
    ids = _RELEASE_ID.findall(heading)
    return int(ids[-1]) if ids else None


def _iter_dates(text: str):
    hits = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            value = _to_date(m)
            if value:
                hits.append((m.start(), m.end(), value))
    hits.sort()
    return hits


def _to_date(m: re.Match) -> date | None:
    groups = m.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
    try:
        return date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
