"""Score the time stage on a file of cases: ``watchfloor eval time FILE``.

A case is one JSON line: ``text``, ``anchor`` (the publication date, or null), optionally
``narrative`` (the date of the event told before), ``expression`` (the words, or null when the
sentence holds no date: ages, durations, clock times...), the expected ``start``/``end`` (null
when the expression cannot be resolved, e.g. without an anchor), ``precision`` and ``form``
(labels to group the figures by). See ``bench/cases/README.md``.

A case with an expression is right when an expression found in the text overlaps it and resolves
to exactly ``start``..``end``; the words are scored apart (``words_exact``). A case without one
is right when nothing found resolves to a date.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from watchfloor.analyze.evaluate import read_case_file, read_jsonl_rows
from watchfloor.analyze.releases import release_events
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import date_of_event
from watchfloor.models import DateSpan
from watchfloor.settings import Settings
from watchfloor.time import reporting_window
from watchfloor.time.find import TimeMention, find_time_expressions


@dataclass(frozen=True)
class TimeCase:
    id: str
    text: str
    anchor: date | None
    narrative: date | None
    expression: str | None
    start: str | None
    end: str | None
    precision: str | None
    form: str


@dataclass
class TimeOutcome:
    case: TimeCase
    found: TimeMention | None
    right: bool
    words_exact: bool
    spurious: list[TimeMention] = field(default_factory=list)


@dataclass
class TimeScore:
    outcomes: list[TimeOutcome]

    def as_dict(self) -> dict:
        with_expr = [o for o in self.outcomes if o.case.expression is not None]
        negatives = [o for o in self.outcomes if o.case.expression is None]
        return {
            "cases": len(self.outcomes),
            "with_expression": len(with_expr),
            "found": sum(o.found is not None for o in with_expr),
            "span_exact": _rate(with_expr),
            "words_exact": _rate(with_expr, key=lambda o: o.words_exact),
            "negatives": len(negatives),
            "negatives_right": _rate(negatives),
            "all_right": _rate(self.outcomes),
            "by_precision": _grouped(with_expr, lambda o: o.case.precision or "none"),
            "by_form": _grouped(self.outcomes, lambda o: o.case.form),
        }


def read_time_cases(path: Path) -> list[TimeCase]:
    return read_case_file(path, _time_case, "time case", "text, anchor, expression, start, end")


def _time_case(row: dict, number: int) -> TimeCase:
    return TimeCase(
        id=str(row.get("id") or number),
        text=row["text"],
        anchor=_date(row["anchor"]),
        narrative=_date(row.get("narrative")),
        expression=row["expression"],
        start=row["start"],
        end=row["end"],
        precision=row.get("precision"),
        form=row.get("form") or "unlabelled",
    )


def score_time(path: Path) -> TimeScore:
    return TimeScore([judge_case(case) for case in read_time_cases(path)])


def judge_case(case: TimeCase) -> TimeOutcome:
    mentions = find_time_expressions(case.text, case.anchor, case.narrative)
    dated = [m for m in mentions if m.span is not None and m.span.start is not None]
    if case.expression is None:
        return TimeOutcome(case, None, right=not dated, words_exact=not mentions, spurious=dated)
    at = case.text.find(case.expression)
    end = at + len(case.expression)
    overlapping = [m for m in mentions if m.start < end and at < m.end]
    found = max(overlapping, key=lambda m: min(m.end, end) - max(m.start, at), default=None)
    if found is None:
        return TimeOutcome(case, None, right=False, words_exact=False)
    span = found.span
    got = (span.start, span.end) if span is not None else (None, None)
    return TimeOutcome(
        case,
        found,
        right=got == (case.start, case.end),
        words_exact=found.text == case.expression,
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _rate(outcomes: list[TimeOutcome], key=lambda o: o.right) -> float | None:
    return round(sum(bool(key(o)) for o in outcomes) / len(outcomes), 3) if outcomes else None


def _grouped(outcomes: list[TimeOutcome], label) -> dict[str, dict]:
    groups: dict[str, list[TimeOutcome]] = defaultdict(list)
    for o in outcomes:
        groups[label(o)].append(o)
    return {k: {"cases": len(v), "right": _rate(v)} for k, v in sorted(groups.items())}


# --- press releases: the day of the release's event ---------------------------------------------


@dataclass
class ReleaseOutcome:
    release: str
    gold: str
    predicted: DateSpan | None
    how: str  # "sentence", "context", "window" (reporting window), "no_date" (no anchor)
    sentence: str

    @property
    def right(self) -> bool:
        p = self.predicted
        return p is not None and p.start == self.gold and p.end == self.gold


@dataclass
class ReleaseScore:
    outcomes: list[ReleaseOutcome]

    def as_dict(self) -> dict:
        dated = [o for o in self.outcomes if o.how != "no_date"]
        by_how: dict[str, dict] = {}
        for how in ("sentence", "context", "window", "no_date"):
            group = [o for o in self.outcomes if o.how == how]
            by_how[how] = {"n": len(group), "day_exact": _rate_of(group)}
        return {
            "releases": len(self.outcomes),
            "day_exact": _rate_of(self.outcomes),
            "with_publication_date": len(dated),
            "day_exact_with_publication_date": _rate_of(dated),
            "by_source": by_how,
        }

    def mismatches(self) -> list[ReleaseOutcome]:
        return [o for o in self.outcomes if not o.right]


def score_release_dates(path: Path, settings: Settings, limit: int | None = None) -> ReleaseScore:
    """The day of each press release's event (ISAF releases: ``text`` and ``gold.start_date``),
    found as for any event (``extract.dating``: clause, sentence, paragraph), else the reporting
    window (a dated dispatch's own day; a week for other articles). The release's event is chosen by ``release_events``. Only
    the text is read: no publication date comes from outside it.
    """
    rows = read_jsonl_rows(path)[:limit]
    return ReleaseScore(
        [
            _release_outcome(
                row,
                ctx,
                sentence,
                tokens,
                ctx.document.window_days(
                    settings.reporting_window_days, settings.dispatch_window_days
                ),
            )
            for row, ctx, sentence, tokens in release_events(rows, settings)
        ]
    )


def _release_outcome(
    row: dict, ctx: DocContext, sentence: Sentence | None, tokens: list, window_days: int
) -> ReleaseOutcome:
    document = ctx.document
    body = min((end for _, end in document.dateline_dates), default=0)
    gold = row["gold"]["start_date"]
    anchor = document.anchor_for(sentence.start if sentence else body)
    found = date_of_event(ctx, sentence, tokens) if sentence is not None else None
    text = sentence.text if sentence is not None else ""
    release = str(row.get("release_id"))
    if found is not None and found.span.start:
        how = "sentence" if found.explicit else "context"
        return ReleaseOutcome(release, gold, found.span, how, text)
    if anchor is None:
        return ReleaseOutcome(release, gold, None, "no_date", text)
    return ReleaseOutcome(release, gold, reporting_window(anchor, window_days), "window", text)


def _rate_of(outcomes: list[ReleaseOutcome]) -> float | None:
    return round(sum(o.right for o in outcomes) / len(outcomes), 3) if outcomes else None
