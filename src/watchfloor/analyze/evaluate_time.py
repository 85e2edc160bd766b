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

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from watchfloor.errors import UnreadableInputError
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
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            cases.append(
                TimeCase(
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
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise UnreadableInputError(
                f"{path}:{number}: not a time case ({exc.__class__.__name__}: {exc}); each line "
                "needs text, anchor, expression, start, end (see bench/cases/README.md)"
            ) from exc
    return cases


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
