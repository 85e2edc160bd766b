"""Find time expressions in text and resolve them to dated spans.

Rules, not the statistical recogniser: dates must be found in every sentence (an event told
without a date borrows its neighbour's), numbers that only look like years must not be, and each
expression must come out whole ("this past Wednesday", "between October 2016 and the end of June
2017"). The pieces are the month and weekday names of ``resolve``; each found expression is
resolved by ``resolve_expression`` (ranges by resolving their two ends).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from watchfloor.data import load_toml
from watchfloor.models import DateSpan
from watchfloor.text.datelines import MONTHS
from watchfloor.text.numbers import small_number
from watchfloor.time.resolve import NAMED_DAY_PATTERN, resolve_expression

_NAMES = sorted(MONTHS, key=len, reverse=True)
# "Sept." and "Jan." take their full stop; "September." ends a sentence
_ABBREVIATIONS = [n for n in _NAMES if len(n) <= 4 and n not in ("may", "june", "july")]
_MONTH = r"(?:(?:" + "|".join(_ABBREVIATIONS) + r")\.|" + "|".join(_NAMES) + r")"
# "March and April": two months in a row, named together as one stretch ("January and June"
# are two occasions)
_FULL_MONTHS = [n for n in MONTHS if len(n) > 4 or n in ("may", "june", "july")]
_MONTH_PAIRS = "|".join(
    f"{first} and {second}"
    for first in _FULL_MONTHS
    for second in _FULL_MONTHS
    if MONTHS[second] == MONTHS[first] % 12 + 1
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEARNUM = r"(?:19|20)\d\d"
_COUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
)
_PART = r"(?:morning|afternoon|evening|night)"
_EDGE = r"(?:the (?:beginning|start|end|middle) of )"
# "said it had carried out 18 airstrikes in the previous 24 hours": reported speech counts hours
# back from a saying on or before publication, a period of days (rounded up) up to publication.
# Only "previous" and a count: "hours" alone is a duration ("given 48 hours to leave"), and
# a press release's own "over the past 24 hours" is coded as its day
_PAST_PERIOD = (
    rf"(?:the )?(?:past|last|recent) (?:(?:{_COUNT}|few) (?:and a half )?)?(?:days|weeks|months)"
    r"|(?:the )?previous \d{1,3} hours"
)
_YEAR_OF = rf"(?:{_YEARNUM}|this year|last year|the year)"
# "over the weekend", "last weekend": the Saturday and Sunday (``resolve``)
_WEEKEND = r"(?:this past |last |this |the (?:past |previous |last )?)weekend"
# "Nov. 29 and 30", "October 3-4", "29-30 November 2024": two or more days of one month, the
# dates of one event ("the night of October 3-4"), not a stretch that counts are totted up over
_TO_DAY = r"\s*(?:-|–|and|to)\s*"
_DAYS = "|".join(
    [
        rf"(?:between\s+)?(?P<m9>{_MONTH})\s+(?P<d9>\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY}"
        rf"(?P<e9>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y9>{_YEARNUM}))?",
        rf"(?:between\s+)?(?P<d10>\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY}(?P<e10>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m10>{_MONTH})(?:,?\s+(?P<y10>{_YEARNUM}))?",
        # "on Wednesday and Thursday": two days of one week
        rf"(?P<w11>{_WEEKDAY}){_TO_DAY}(?P<x11>{_WEEKDAY})(?!\s+(?:night|morning|evening))",
    ]
)

# "Easter Sunday", "Good Friday of 2019": a feast day, with the year when it is written beside
_NAMED = rf"(?:{NAMED_DAY_PATTERN})(?:,?\s+(?:of\s+)?{_YEARNUM})?"
# A single point or period, longest forms first within each group.
_POINT = "|".join(
    [
        _NAMED,
        # full dates
        rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAYNUM},?\s+{_YEARNUM}",
        rf"(?:{_WEEKDAY},?\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH},?\s+{_YEARNUM}",
        rf"{_YEARNUM}-\d\d-\d\d",
        # relative to the publication date
        r"the day before yesterday",
        rf"yesterday(?:\s+{_PART})?",
        rf"tomorrow(?:\s+{_PART})?",
        r"last night",
        r"overnight",
        r"(?:earlier\s+)?today",
        r"tonight",
        rf"this {_PART}",
        _WEEKEND,
        r"(?:earlier |later |early |late )?this (?:week|month|year)",
        rf"last year in {_MONTH}",
        r"(?:early |late )?(?:last|the past|the previous) (?:week|month|year)",
        _PAST_PERIOD,
        rf"{_COUNT}\s+(?:days?|weeks?|months?|years?)\s+ago",
        # told from the event before
        rf"{_COUNT}\s+(?:days?|weeks?)\s+(?:later|earlier)",
        rf"(?:the next|the following) (?:day|{_PART})",
        r"the (?:day|night) before|the previous (?:day|night|evening|morning|afternoon)",
        r"(?:that )?same (?:day|night)|the same (?:day|night)",
        # not "held for 48 hours earlier this year"
        r"(?<!\d )(?:a few |several |some )?hours (?:later|earlier)"
        r"(?!\s+(?:this|that|last|in|on)\b)",
        # month and day ("Thursday, Aug. 3": the weekday restates the date), month and year,
        # month alone
        rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAYNUM}(?![\d,]*\s*{_YEARNUM})",
        rf"(?:{_WEEKDAY},?\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}",
        rf"{_MONTH},?\s+(?:of\s+)?(?:{_YEARNUM}|this year|last year)",
        rf"(?:(?:early|late|mid)[- ]|last |this |{_EDGE})?{_MONTH}(?:\s+of this year)?",
        # weekdays
        rf"(?:this past |last |this )?{_WEEKDAY}(?:\s+{_PART})?",
        # years
        rf"(?:(?:early|late|mid)[- ]|{_EDGE})?{_YEARNUM}",
    ]
)
# "backed from Aug. 1 by airstrikes": a day a campaign runs from, with no end said, is a stretch
# up to publication like "since"; only a calendar day ("data from 2019" is that year's)
_DAY_OF_MONTH = "|".join(
    [
        rf"{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEARNUM})?",
        rf"{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEARNUM})?",
    ]
)
_NO_END = r"(?!'s|\s*(?:to|until|through|till|and|-|–)\s)"
_RANGE = "|".join(
    [
        rf"between (?P<a1>{_POINT}) and (?:the end of )?(?P<b1>{_POINT})",
        rf"from (?P<a2>{_POINT}) (?:to|until|through) (?:the end of )?(?P<b2>{_POINT})",
        rf"since (?P<a3>{_POINT})",
        rf"from (?P<a8>{_DAY_OF_MONTH}){_NO_END}",
        rf"the first (?P<n4>\w+) months of (?P<y4>{_YEAR_OF})",
        rf"the (?P<q5>first|second|third|fourth|last) quarter of (?P<y5>{_YEAR_OF})",
        rf"Q(?P<q6>[1-4]) (?P<y6>{_YEARNUM})",
        rf"the (?P<h7>first|second) half of (?P<y7>{_YEAR_OF})",
        # "were kidnapped in March and April alone": two months named together, one stretch
        rf"(?P<pair12>{_MONTH_PAIRS})(?P<y12>,?\s+{_YEARNUM})?(?!\s*\d)",
    ]
)
_EXPRESSION = re.compile(
    rf"(?<![\w/-])(?:(?P<range>{_RANGE})|(?P<days>(?:{_DAYS})(?!\s+[a-z]+s\b))|(?P<point>{_POINT}))"
    r"(?![\w/-])",
    re.IGNORECASE,
)

_WORDS = load_toml("time.toml")


def _alternation(words: list[str]) -> str:
    return "|".join(words)


# a four-digit number that names or counts something, or is a clock time
_NOT_A_YEAR_BEFORE = re.compile(
    rf"\b(?:{_alternation(_WORDS['not_a_year_before'])})\s*$", re.IGNORECASE
)
_NOT_A_YEAR_AFTER = re.compile(rf"\s*(?:{_alternation(_WORDS['not_a_year_after'])})", re.IGNORECASE)
_CLOCK_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|until|and)\s*0\d{3}\b")
_CLOCK_RANGE_BEFORE = re.compile(r"\b0\d{3}\s*(?:to|-|–|until|and)\s*$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
_YEAR_BEFORE_PLURAL = re.compile(
    rf"(?:^|\b(?:{_alternation(_WORDS['year_before_plural'])})\s+)$", re.IGNORECASE
)
_NAME_AFTER = re.compile(rf"\s+(?:{_alternation(_WORDS['name_heads'])})\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(
    r"\b(?:in|since|of|until|through|by|during|before|after|from|to|between|and|early|late|"
    r"mid|last|this|next|till|throughout)[\s-]+$",
    re.IGNORECASE,
)
# a month clipped without its full stop, said alone: "Jan", "Dec", "Sept"
_CLIPPED_MONTH = re.compile("|".join(_ABBREVIATIONS), re.IGNORECASE)
_BARE_MONTH = re.compile(rf"(?:(?:early|late|mid)[- ]|last |this |{_EDGE})?{_MONTH}", re.IGNORECASE)
_YEAR_ONLY = re.compile(rf"(?:(?:early|late|mid)[- ]|{_EDGE})?{_YEARNUM}", re.IGNORECASE)
_MONTH_WORD = re.compile("|".join(_NAMES), re.IGNORECASE)
_WEEKDAY_WORD = re.compile(_WEEKDAY, re.IGNORECASE)
# "held every Thursday evening", "on Fridays", "each Sunday": a habit, not a day
_HABIT_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
# "the day before the Eid holiday", "the night before Haniyeh died": counted from the event
# named after it (extract.counted_from), not from the day told last
_DAY_BEFORE = re.compile(r"the\s+(?:day|night)\s+before", re.IGNORECASE)
_EVENT_NAMED_AFTER = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their)\b|[A-Z][a-z])")
_CALENDAR = re.compile(rf"\d|\b(?:{'|'.join(_NAMES)})\b", re.IGNORECASE)
_PERIOD = re.compile(rf"{_RANGE}|{_PAST_PERIOD}", re.IGNORECASE)
_NAMED_FIRST_WORDS = "|".join(sorted({name.split()[0] for name in _WORDS["named_days"]}))
_NAMED_DAY = re.compile(_NAMED, re.IGNORECASE)
_HAS_YEAR = re.compile(_YEARNUM)
# Every expression begins with one of these words: the full pattern is tried only where one
# starts (trying it at every character is the stage's main cost, and most sentences hold no date)
_FIRST_WORD = re.compile(
    rf"(?<![\w/-])(?:\d|Q[1-4]|(?:{'|'.join(_NAMES)}|{_WEEKDAY}|the|this|that|last|past|recent|"
    r"earlier|later|early|late|mid|yesterday|today|tonight|tomorrow|overnight|hours|on|same|"
    r"between|from|since|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|" + _NAMED_FIRST_WORDS + r")\b)",
    re.IGNORECASE,
)
_AFTER_ARTICLE = re.compile(r"\b(?:an?|the|in|during|its|their|several|separate),?\s+$", re.I)
# "overnight searches", "an overnight curfew": the word describes a noun, it dates nothing
_NOUN_AFTER_OVERNIGHT = re.compile(
    rf"\s+(?:{_alternation(_WORDS['overnight_nouns'])})\b", re.IGNORECASE
)
_DAY_AFTER_OVERNIGHT = re.compile(
    r"\s+(?:on|into|to|from)\s+(?:the\s+)?(?:" + _WEEKDAY + "|" + "|".join(_NAMES) + ")",
    re.IGNORECASE,
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


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
    taken = 0
    told = narrative  # "confirmed on Monday that he was killed the previous evening"
    for candidate in _FIRST_WORD.finditer(text):
        if candidate.start() < taken:
            continue
        m = _EXPRESSION.match(text, candidate.start())
        if m is None:
            continue
        taken = m.end()
        if m.group("point") and _not_a_date(text, m):
            continue
        span = _resolve(m, anchor, told, _bare_month_context(text, m))
        if span is not None and span.precision == "day" and span.start:
            told = date.fromisoformat(span.start)  # the day the next words count from
        mention = TimeMention(m.start(), m.end(), m.group(), span)
        if found and _glosses(text, found[-1], mention):
            # "September 29 (today)", "Friday (May 27)": one day said twice; keep the calendar
            if _CALENDAR.search(mention.text) and not _CALENDAR.search(found[-1].text):
                found[-1] = mention
            continue
        found.append(mention)
    return _named_days_in_the_year_said(found, anchor, narrative)


def _named_days_in_the_year_said(
    found: list[TimeMention], anchor: date | None, narrative: date | None
) -> list[TimeMention]:
    """ "the Easter Sunday attack on a park in Lahore in 2016": a feast day said without its
    year takes the year the same sentence gives, not the one of publication."""
    years = [m for m in found if _YEAR_ONLY.fullmatch(m.text) and m.span and m.span.start]
    if not years:
        return found
    out = []
    for mention in found:
        if _NAMED_DAY.fullmatch(mention.text) and not _HAS_YEAR.search(mention.text):
            year = min(years, key=lambda y: abs(y.start - mention.start))
            span = resolve_expression(f"{mention.text} {year.text[-4:]}", anchor, narrative)
            if span is not None:
                span.text = mention.text
                mention = TimeMention(mention.start, mention.end, mention.text, span)
        out.append(mention)
    return out


def _glosses(text: str, first: TimeMention, second: TimeMention) -> bool:
    between, after = text[first.end : second.start], text[second.end : second.end + 2]
    return between.strip() == "(" and after.lstrip().startswith(")")


def _not_a_date(text: str, m: re.Match) -> bool:
    """Words that look like a time expression but are not one here."""
    words, before, after = m.group(), text[: m.start()], m.end()
    if _NAMED_DAY.fullmatch(words) and words[0].islower():
        return True  # "a good friday for the markets": not the feast
    month = _MONTH_WORD.search(words)
    if month and month.group().islower():
        return True  # "a march through the capital", "the toll may rise"
    if words.lower() == "overnight" and (
        _AFTER_ARTICLE.search(before)
        or _NOUN_AFTER_OVERNIGHT.match(text, after)
        or _DAY_AFTER_OVERNIGHT.match(text, after)
    ):
        # "an overnight raid" tells the time of day, not which night; "overnight on Thursday"
        # leaves the night to the day named after it
        return True
    if _DAY_BEFORE.fullmatch(words) and _EVENT_NAMED_AFTER.match(text, after):
        return True  # "the day before the Eid holiday": the day of another event, less one
    if _WEEKDAY_WORD.match(words) and _HABIT_BEFORE.search(before):
        return True  # "the dance held every Thursday evening": a habit, not a day
    if (
        (month or _WEEKDAY_WORD.match(words))
        and _THE_BEFORE.search(before)
        and _NAME_AFTER.match(text, after)
    ):
        return True  # "the March 14 alliance", "The Sunday Times"
    if _YEAR_ONLY.fullmatch(words):
        return bool(
            _NOT_A_YEAR_BEFORE.search(before)
            or _NOT_A_YEAR_AFTER.match(text, after)
            or _CLOCK_RANGE_AFTER.match(text, after)
            or _CLOCK_RANGE_BEFORE.search(before)
            or (_PLURAL_AFTER.match(text, after) and not _YEAR_BEFORE_PLURAL.search(before))
        )
    return False


def _bare_month_context(text: str, m: re.Match) -> str | None:
    """ "in May", "since March": a month named alone is a date after such a word; "May" with
    none is the verb, other months count when capitalised."""
    words = m.group()
    if not m.group("point") or not _BARE_MONTH.fullmatch(words):
        return None
    if _MONTH_BEFORE.search(text[: m.start()]):
        return f"in {words}"
    if words.lower().startswith("may") or _CLIPPED_MONTH.fullmatch(words):
        return None  # "may", and "Jan" or "Dec" without a full stop: a name ("Fayez Jan")
    return f"in {words}"


def is_period(span: DateSpan) -> bool:
    """ "since January 2015", "between May and July", "the past two weeks": a stretch of time
    that counts are totted up over, not the date of one event."""
    return bool(span.text and _PERIOD.fullmatch(span.text))


def _resolve(
    m: re.Match, anchor: date | None, narrative: date | None, month_words: str | None
) -> DateSpan | None:
    words = m.group()
    if m.group("point"):
        span = resolve_expression(month_words or words, anchor, narrative)
        if span is not None:
            span.text = words
        return span
    g = m.groupdict()
    if g.get("w11"):
        return _two_weekdays(g["w11"], g["x11"], anchor, narrative, words)
    if m.group("days"):
        return _days_of_month(g, anchor, words)
    if g.get("pair12"):
        first_month, last_month = re.split(r"\s+and\s+", g["pair12"], flags=re.IGNORECASE)
        last_month += g.get("y12") or ""
        first = resolve_expression(_as_date(first_month), anchor, narrative)
        last = resolve_expression(_as_date(last_month.replace(",", "")), anchor, narrative)
        return _between(first, last, words)
    for a, b in (("a1", "b1"), ("a2", "b2")):
        if g.get(a):
            first = resolve_expression(_as_date(g[a]), anchor, narrative)
            last = resolve_expression(_as_date(g[b]), anchor, narrative)
            return _between(first, last, words)
    if g.get("a3") or g.get("a8"):
        first = resolve_expression(f"in {g['a3'] or g['a8']}", anchor, narrative)
        if first is None or anchor is None:
            return DateSpan(None, None, None, words)
        return DateSpan(first.start, anchor.isoformat(), _coarsest(first.precision), words)
    if g.get("y4"):
        months = small_number(g["n4"])
        if not months or months > 12:
            return None
        return _months_of(g["y4"], 1, months, anchor, words)
    if g.get("y5"):
        quarter = _QUARTERS[g["q5"].lower()]
        return _months_of(g["y5"], 3 * quarter - 2, 3 * quarter, anchor, words)
    if g.get("y6"):
        quarter = int(g["q6"])
        return _months_of(g["y6"], 3 * quarter - 2, 3 * quarter, anchor, words)
    if g.get("y7"):
        first = 1 if g["h7"].lower() == "first" else 7
        return _months_of(g["y7"], first, first + 5, anchor, words)
    return None


def _as_date(words: str) -> str:
    """ "between May and July": a month named alone at a range's end is a date, not the verb."""
    return f"in {words}" if _BARE_MONTH.fullmatch(words) else words


def _two_weekdays(
    first: str, last: str, anchor: date | None, narrative: date | None, words: str
) -> DateSpan | None:
    """ "on Wednesday and Thursday": from the first to the second, within one week."""
    a = resolve_expression(first, anchor, narrative)
    b = resolve_expression(last, anchor, narrative)
    if a is None or b is None or not a.start or not b.start:
        return DateSpan(None, None, None, words)
    start, end = date.fromisoformat(a.start), date.fromisoformat(b.start)
    if start > end:
        start -= timedelta(weeks=1)
    return DateSpan(start.isoformat(), end.isoformat(), "day", words)


def _days_of_month(g: dict, anchor: date | None, words: str) -> DateSpan | None:
    """ "Nov. 29 and 30": from the first day, read as the month-day rule reads a single day (or
    with the year written), to the last day of the same month."""
    if g.get("m9"):
        month, first, last, year = g["m9"], g["d9"], g["e9"], g["y9"]
    else:
        month, first, last, year = g["m10"], g["d10"], g["e10"], g["y10"]
    if not int(first) < int(last) <= 31:
        return None
    start = resolve_expression(f"{month} {first}" + (f", {year}" if year else ""), anchor)
    if start is None or start.start is None:
        return start and DateSpan(None, None, "day", words)
    try:
        end = date.fromisoformat(start.start).replace(day=int(last))
    except ValueError:
        return None
    return DateSpan(start.start, end.isoformat(), "day", words)


def _months_of(
    year_words: str, first: int, last: int, anchor: date | None, words: str
) -> DateSpan | None:
    """Months ``first``..``last`` of a year written as digits, "this year", "last year" or
    "the year"."""
    if year_words[0].isdigit():
        year = int(year_words)
    elif anchor is None:
        return DateSpan(None, None, "month", words)
    else:
        year = anchor.year - (1 if year_words.lower().startswith("last") else 0)
        # "the first five months of the year": the year the story is in, unless those months
        # are not yet over (then the year before)
        if year_words.lower() == "the year" and last > anchor.month:
            year -= 1
    end = calendar.monthrange(year, last)[1]
    return DateSpan(f"{year}-{first:02d}-01", f"{year}-{last:02d}-{end}", "month", words)


def _between(first: DateSpan | None, last: DateSpan | None, words: str) -> DateSpan | None:
    if first is None or last is None:
        return None
    if first.start is None or last.end is None:
        return DateSpan(None, None, None, words)
    start = _year_of_the_end(first.start, last.end)
    return DateSpan(start, last.end, _coarsest(first.precision, last.precision), words)


def _year_of_the_end(start: str, end: str) -> str:
    """ "between March and May 2024": a first end read against publication (March 2025) that
    falls after the last end is in the last end's year, or the one before it."""
    day = date.fromisoformat(start)
    for year in (date.fromisoformat(end).year, date.fromisoformat(end).year - 1):
        if day.isoformat() <= end:
            break
        try:
            day = day.replace(year=year)
        except ValueError:  # Feb. 29
            day = day.replace(year=year, day=28)
    return day.isoformat()


def _coarsest(*precisions) -> str:
    order = ["day", "week", "month", "year"]
    known = [p for p in precisions if p in order]
    return max(known, key=order.index) if known else "day"
