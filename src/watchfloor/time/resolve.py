"""Resolve one time expression against an anchor date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from watchfloor.data import load_toml
from watchfloor.models import DateSpan
from watchfloor.text.datelines import MONTHS
from watchfloor.text.numbers import small_number

WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
_FULL_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b"
)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(?:of\s+)?((?:19|20)\d\d)\b")
_MONTH_ONLY = re.compile(rf"\b({_MONTH_RE})\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_AGO = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b"
)
# "the past 10 days", "the last few weeks", "recent days": few (or none said) counts as three
# ("the past two and a half months": half a unit more)
_PAST_PERIOD = re.compile(
    r"\b(?:past|last|recent)\s+(?:(\d+|a few|few|several|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(and a half\s+)?)?(day|week|month)s\b"
)
# "the previous 24 hours" (reported speech): the days it reaches back, rounded up
_PAST_HOURS = re.compile(r"\bprevious\s+(\d{1,3})\s+hours\b")
_HOURS_A_DAY = 24
_FEW = 3
# "Easter Sunday", "Good Friday 2019": feast days (``time.toml``), longest names first
NAMED_DAYS: dict[str, str] = load_toml("time.toml")["named_days"]
NAMED_DAY_PATTERN = "|".join(
    re.escape(name).replace("'", "['’]") for name in sorted(NAMED_DAYS, key=len, reverse=True)
)
_NAMED_DAY = re.compile(rf"\b({NAMED_DAY_PATTERN})\b")
_LATER = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week)s?\s+(later|after|earlier|before)\b"
)


def resolve_expression(
    text: str, anchor: date | None, narrative: date | None = None
) -> DateSpan | None:
    """``text`` as a dated span, or ``None`` when it is not a time expression we understand.

    ``anchor`` is the publication date governing the text; ``narrative`` the date of the event
    told just before, for "two days later" and the like.
    """
    low = text.lower().strip()
    if not low or _looks_like_duration(low):
        return None
    for rule in _RULES:
        result = rule(low, anchor, narrative)
        if result is not None:
            start, end, precision = result
            if start is None:
                return DateSpan(None, None, precision, text)
            return DateSpan(start.isoformat(), end.isoformat(), precision, text)
    return None


def reporting_window(published: date | None, days: int) -> DateSpan | None:
    """The article's own window: what an undated event in it can honestly be dated to (the
    day itself for a window of no days: a dispatch's own day)."""
    if published is None:
        return None
    start = published - timedelta(days=days)
    return DateSpan(start.isoformat(), published.isoformat(), "day" if days == 0 else "week", None)


# --- rules: each returns (start, end, precision), (None, None, precision) or None ----------------


def _full_date(low, anchor, narrative):
    m = _ISO.search(low)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]))
    m = _FULL.search(low)
    if m:
        return _day(int(m[3]), MONTHS[m[1]], int(m[2]))
    m = _FULL_DMY.search(low)
    if m:
        return _day(int(m[3]), MONTHS[m[2]], int(m[1]))
    return None


def _month_day(low, anchor, narrative):
    m = _MONTH_DAY.search(low) or _DAY_MONTH.search(low)
    if not m:
        return None
    month_name, day_text = (m[1], m[2]) if m.re is _MONTH_DAY else (m[2], m[1])
    if month_name == "may" and not re.search(r"\bmay\s+\d|\d\s+(?:of\s+)?may\b", low):
        return None
    month, day = MONTHS[month_name], int(day_text)
    if anchor is None:
        return (None, None, "day")
    candidate = None
    for year in range(anchor.year, anchor.year - 8, -1):  # Feb 29 may be years back
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor:
            break
    if candidate is None or candidate > anchor:
        return None
    return candidate, candidate, "day"


def _relative_words(low, anchor, narrative):
    if anchor is None:
        if re.search(
            r"\b(yesterday|today|tonight|tomorrow|overnight|weekend|last (week|month|year|night)|"
            r"this (week|month|year)|(past|last|recent) (\w+ )?(days|weeks|months)|"
            r"previous \d+ hours)\b",
            low,
        ):
            return (None, None, "day")
        return None
    table = [
        (r"\bday before yesterday\b", lambda a: _one(a - timedelta(days=2))),
        (r"\byesterday\b|\blast night\b", lambda a: _one(a - timedelta(days=1))),
        # "overnight" in a Tuesday story: the night from Monday into Tuesday, both days
        (r"\bovernight\b", lambda a: (a - timedelta(days=1), a, "day")),
        (r"\bweekend\b", lambda a: _weekend(low, a)),
        (
            r"\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b|\bearlier today\b",
            lambda a: _one(a),
        ),
        (r"\btomorrow\b", lambda a: _one(a + timedelta(days=1))),
        # "earlier this ..." is before the day of publication; "this ..." runs up to it
        (
            r"\bearlier this week\b",
            lambda a: (a - timedelta(days=a.weekday()), a - timedelta(days=1), "week"),
        ),
        (r"\bthis week\b", lambda a: (a - timedelta(days=a.weekday()), a, "week")),
        (r"\blast week\b|\bpast week\b|\bprevious week\b", _last_week),
        (
            r"\bearlier this month\b",
            lambda a: (a.replace(day=1), a - timedelta(days=1), "month"),
        ),
        (r"\bthis month\b", lambda a: (a.replace(day=1), a, "month")),
        (r"\blast month\b|\bprevious month\b", _last_month),
        (
            r"\bearlier this year\b",
            lambda a: (a.replace(month=1, day=1), a - timedelta(days=1), "year"),
        ),
        (r"\bthis year\b", lambda a: (a.replace(month=1, day=1), a, "year")),
        (r"\blast year\b|\bprevious year\b", lambda a: _year(a.year - 1)),
    ]
    for pattern, make in table:
        if re.search(pattern, low):
            return make(anchor)
    m = _PAST_HOURS.search(low)
    if m:
        days = max(1, -(-int(m[1]) // _HOURS_A_DAY))
        return anchor - timedelta(days=days), anchor, "day"
    m = _PAST_PERIOD.search(low)
    if m:
        n = (small_number(m[1] or "few") or _FEW) + (0.5 if m[2] else 0)
        days = round({"day": 1, "week": 7, "month": 30}[m[3]] * n)
        return anchor - timedelta(days=days), anchor, "week" if days <= 31 else "month"
    m = _AGO.search(low)
    if m:
        n = small_number(m[1]) or 1
        unit = m[2]
        if unit == "day":
            return _one(anchor - timedelta(days=n))
        if unit == "week":  # the Monday-to-Sunday week holding that day
            d = anchor - timedelta(weeks=n)
            monday = d - timedelta(days=d.weekday())
            return monday, monday + timedelta(days=6), "week"
        if unit == "month":
            y, mo = _shift_month(anchor.year, anchor.month, -n)
            return _month(y, mo)
        return _year(anchor.year - n)
    return None


def _narrative(low, anchor, narrative):
    base = narrative or anchor
    m = _LATER.search(low)
    if m:
        if base is None:
            return (None, None, "day")
        n = small_number(m[1]) or 1
        sign = 1 if m[3] in ("later", "after") else -1
        delta = timedelta(days=n) if m[2] == "day" else timedelta(weeks=n)
        return _one(base + sign * delta)
    if re.search(r"\b(the next|the following) (day|morning|evening|night)\b", low):
        if base is None:
            return (None, None, "day")
        return _one(base + timedelta(days=1))
    if re.search(
        r"\b(the (day|night) before|the previous (day|night|evening|morning|afternoon)|the eve)\b"
        r"(?! yesterday)",
        low,
    ):
        if base is None:
            return (None, None, "day")
        return _one(base - timedelta(days=1))
    if re.search(
        r"\b(the same day|that day|(that )?same night|that night|hours (later|earlier))\b", low
    ):
        if base is None:
            return (None, None, "day")
        return _one(base)
    return None


def _weekday(low, anchor, narrative):
    m = _WEEKDAY.search(low)
    if not m:
        return None
    if anchor is None:
        return (None, None, "day")
    target = WEEKDAYS[m[1]]
    back = (anchor.weekday() - target) % 7
    if re.search(r"\b(last|past)\b", low) and back == 0:
        back = 7
    day = anchor - timedelta(days=back)
    return day, day, "day"


def _month_this_or_last_year(low, anchor, narrative):
    """ "May of this year", "September last year", "last year in September"."""
    m = re.search(
        rf"\b({_MONTH_RE})\.?,?\s+(?:of\s+)?(this|last) year\b|\blast year in ({_MONTH_RE})\b", low
    )
    if not m:
        return None
    if anchor is None:
        return (None, None, "month")
    month = MONTHS[m[1] or m[3]]
    year = anchor.year - (0 if m[2] == "this" else 1)
    return _month(year, month)


def _month_year(low, anchor, narrative):
    m = _MONTH_YEAR.search(low)
    if m and not (m[1] == "may" and not re.search(r"\bin may\b|\bmay \d{4}|\bmay,", low)):
        return _month(int(m[2]), MONTHS[m[1]])
    return None


def _month_only(low, anchor, narrative):
    m = _MONTH_ONLY.search(low)
    if not m or (
        m[1]
        in (
            "may",
            "mar",
            "jan",
            "dec",
            "sept",
            "sep",
            "oct",
            "nov",
            "aug",
            "jun",
            "jul",
            "apr",
            "feb",
        )
        and not re.search(
            rf"\b(in|since|of|early|late|mid|until|last|this|through)\s+(mid-)?{m[1]}\b", low
        )
    ):
        return None
    if anchor is None:
        return (None, None, "month")
    month = MONTHS[m[1]]
    year = anchor.year if month <= anchor.month else anchor.year - 1
    if re.search(r"\blast\b", low) and month == anchor.month:
        year -= 1
    return _month(year, month)


def _year_only(low, anchor, narrative):
    m = _YEAR.search(low)
    if not m:
        return None
    year = int(m[1])
    if anchor is not None and year > anchor.year:
        return None
    return _year(year)


def _named_day(low, anchor, narrative):
    """ "Easter Sunday in 2016": the feast in the year written; without a year, the most recent
    one on or before publication (a feast day is not the weekday of the publication week)."""
    m = _NAMED_DAY.search(low)
    if m is None:
        return None
    rule = NAMED_DAYS[m[1].replace("’", "'")]
    year = _YEAR.search(low)
    if year:
        d = named_day_in(rule, int(year[1]))
        return d, d, "day"
    if anchor is None:
        return None, None, "day"
    d = named_day_in(rule, anchor.year)
    if d > anchor:
        d = named_day_in(rule, anchor.year - 1)
    return d, d, "day"


def named_day_in(rule: str, year: int) -> date:
    """The day a ``time.toml`` named-day rule ("easter-2", "12-25") gives in ``year``."""
    if rule.startswith("easter"):
        return easter_sunday(year) + timedelta(days=int(rule[len("easter") :]))
    month, day = rule.split("-")
    return date(year, int(month), int(day))


def easter_sunday(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


_RULES = [
    _named_day,
    _full_date,
    _month_this_or_last_year,
    _narrative,
    _relative_words,
    _month_day,
    _month_year,
    _weekday,
    _month_only,
    _year_only,
]


# --- helpers ------------------------------------------------------------------------------------


def _looks_like_duration(low: str) -> bool:
    return bool(
        re.search(
            r"\b(for|lasting|\d+-(day|week|month|year))\b|\byears? old\b|\bage\b|\baged\b|\bhours?\b(?! (?:later|earlier))",
            low,
        )
    ) and not re.search(r"\b(ago|later|earlier|last|this|since|in|on|previous)\b", low)


def _one(d: date):
    return d, d, "day"


def _day(year: int, month: int, day: int):
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return d, d, "day"


def _month(year: int, month: int):
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last), "month"


def _year(year: int):
    return date(year, 1, 1), date(year, 12, 31), "year"


def _weekend(low: str, anchor: date):
    """The Saturday and Sunday told: "the weekend" and "this weekend" are the latest that has
    begun by the anchor (up to the anchor when it is that Saturday); "last", "past" and
    "previous" one are the latest that ended before it."""
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    if re.search(r"\b(last|past|previous)\b", low) and anchor <= saturday + timedelta(days=1):
        saturday -= timedelta(days=7)
    return saturday, min(saturday + timedelta(days=1), anchor), "week"


def _last_week(anchor: date):
    monday = anchor - timedelta(days=anchor.weekday() + 7)
    return monday, monday + timedelta(days=6), "week"


def _last_month(anchor: date):
    y, m = _shift_month(anchor.year, anchor.month, -1)
    return _month(y, m)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
