"""Independent scorer for records (events, statistics, statements) against a gold file.

Written only from the README's "Scoring records" section, bench/gold/README.md section 1
"Record format" and /work/shared/spec/records.md, without reading the project's own scorer, so
that `watchfloor eval records` can be checked against it. Standard library only.

    python bench/scorers/records_scorer.py GOLD.jsonl PRED.jsonl [--json]

Both files hold one record per line with `kind`, `doc` (the article's file name) and `evidence`
(a list of sentence strings) plus the fields of records.md.

Ambiguities in the README and the reading chosen here (each one a place where the README could
say more):

 1. Pair score: "shares an evidence sentence scores 2, a same subtype 1" is read as ADDITIVE
    (both -> 3, one -> 2 or 1, neither -> 0). Pairs scoring 0 still match: the score only orders
    candidates; the conditions (type, date, country) decide which pairs can match.
 2. Greedy tie-break among pairs of equal score: gold order in the gold file first, then the
    predicted record's order in the predicted file.
 3. "Shares an evidence sentence": two sentences are the same when equal after collapsing runs
    of whitespace and stripping the ends; no other normalisation (case, quote marks) and no
    substring/containment match. Evidence given as {start, end, text} objects uses `text`.
 4. "Same subtype": both non-null and equal; two null subtypes do not earn the point.
 5. Dates: a date object with only `start` or only `end` is read as the one day given; a null
    date or one with neither is "no date". Overlap is inclusive of both ends, compared as ISO
    strings; a partial date ("2014-06", "2014") is widened to its first day as a start and its
    last day as an end.
 6. Countries: compared by `location.country_code` (case-insensitive). A record whose location
    is null or whose country_code is null "has none" (matches any country), even if it names a
    country in `location.country`.
 7. Field accuracy, which fields are conditional on the gold: "where the gold states them" is
    read as applying to date, country and admin1 only (they are counted only over matched
    events whose gold record has a non-null date / country_code / admin1; a null prediction
    is then wrong). Perpetrator, killed, wounded, weapons and claim are counted over EVERY
    matched event, so both-empty / both-null counts as right.
 8. Date field "same start and end": compared WITHOUT the widening of (5): the raw
    start/end strings, a missing end filled from the start (and vice versa), must be equal;
    so a gold "2014-06" and a predicted "2014-06-01" differ.
 9. Perpetrator: the set of `canonical` names (falling back to `name` when canonical is null)
    of actors whose role is "perpetrator"; names compared case-folded with whitespace
    collapsed. Weapons and claimed_by sets are compared the same way.
10. killed / wounded: null and {min: null, max: null} are the same; numbers compared as
    numbers (10 == 10.0).
11. Statistics: "values (min and max) are equal" - both ends equal as numbers; a value with
    both ends null (or no value) never matches. When several predicted statistics have the
    same value, pairs are taken greedily with those whose measure is right first, then gold
    order, then predicted order. (Matched counts do not depend on this; measure accuracy does.)
12. Words: `re.findall(r"\\w+", text.casefold())`, compared as SETS of distinct words; no
    stop-word removal, no stemming ("fighter" != "fighters"); apostrophes split words.
13. "Half the words are shared" (measure) and "share at least half their words" (statements)
    are read symmetrically: shared distinct words >= half of EACH side's distinct words,
    i.e. 2 * |A & B| >= max(|A|, |B|). An empty side never matches.
14. "Last words agree" (measure, speaker): the last word tokens (per 12) are equal. A null
    or empty measure/speaker on either side is wrong.
15. Statements: when several pairs qualify, greedy best-first by overlap |A & B| / max(|A|,
    |B|), ties by gold order then predicted order; each record used once.
16. Statistics and statements, like events, are matched only within one article (`doc`).
17. Predicted records for articles that have no gold record still count as predicted
    (false positives); records of other kinds (e.g. `entity`) are ignored.
18. Precision (recall) with no predicted (gold) records is 0.0; F1 is 0.0 when P + R = 0.
19. "others" = all events whose type is not "attack", pooled (a matched pair always has one
    type, so this is the sum of the per-type counts).
20. `statistic_measure` and `statement_speaker` are counted over matched pairs only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Record = dict[str, Any]
KINDS = ("event", "statistic", "statement")
FIELDS = ("date", "country", "admin1", "perpetrator", "killed", "wounded", "weapons", "claim")
ATTACK = "attack"


# ---------------------------------------------------------------- reading


def read_jsonl(path: Path) -> list[Record]:
    """Every non-blank line of a JSON-lines file, in order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# ---------------------------------------------------------------- small normalisers


def squash(text: str) -> str:
    """Whitespace collapsed and stripped: the form under which sentences are compared."""
    return " ".join(text.split())


def fold(text: str | None) -> str:
    """Case-folded, whitespace-collapsed name ("" for null)."""
    return squash(text).casefold() if text else ""


def words(text: str | None) -> list[str]:
    """Word tokens, case-folded, in order (see ambiguity 12)."""
    return re.findall(r"\w+", text.casefold()) if text else []


def evidence_sentences(record: Record) -> set[str]:
    """The record's evidence sentences, normalised; dict items give their `text`."""
    out: set[str] = set()
    for item in record.get("evidence") or []:
        text = item.get("text") if isinstance(item, dict) else item
        if isinstance(text, str) and text.strip():
            out.add(squash(text))
    return out


def half_shared(left: str | None, right: str | None) -> bool:
    """At least half of each side's distinct words are shared (ambiguity 13)."""
    a, b = set(words(left)), set(words(right))
    if not a or not b:
        return False
    return 2 * len(a & b) >= max(len(a), len(b))


def overlap_ratio(left: str | None, right: str | None) -> float:
    """Shared distinct words over the larger side's distinct words."""
    a, b = set(words(left)), set(words(right))
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def last_words_agree(left: str | None, right: str | None) -> bool:
    a, b = words(left), words(right)
    return bool(a) and bool(b) and a[-1] == b[-1]


def number(value: Any) -> float | None:
    return None if value is None else float(value)


def span(value: Any) -> tuple[float | None, float | None]:
    """(min, max) of a {min, max} object; null -> (None, None)."""
    if not isinstance(value, dict):
        return (None, None)
    return (number(value.get("min")), number(value.get("max")))


# ---------------------------------------------------------------- events


def date_ends(record: Record) -> tuple[str, str] | None:
    """Raw (start, end) with a missing end filled from the start and vice versa."""
    date = record.get("date")
    if not isinstance(date, dict):
        return None
    start, end = date.get("start") or date.get("end"), date.get("end") or date.get("start")
    if not start:
        return None
    return (str(start), str(end))


def widen(iso: str, as_end: bool) -> str:
    """A partial ISO date as its first (start) or last (end) day, for string comparison."""
    parts = iso[:10].split("-")
    if len(parts) == 1:
        parts += ["12", "31"] if as_end else ["01", "01"]
    elif len(parts) == 2:
        parts += ["31"] if as_end else ["01"]
    return "-".join(parts)


def dates_overlap(gold: Record, pred: Record) -> bool:
    g, p = date_ends(gold), date_ends(pred)
    if g is None or p is None:
        return True
    g_start, g_end = widen(g[0], False), widen(g[1], True)
    p_start, p_end = widen(p[0], False), widen(p[1], True)
    return g_start <= p_end and p_start <= g_end


def location_field(record: Record, name: str) -> str | None:
    location = record.get("location")
    if not isinstance(location, dict):
        return None
    value = location.get(name)
    return value if isinstance(value, str) and value.strip() else None


def country_code(record: Record) -> str | None:
    code = location_field(record, "country_code")
    return code.strip().upper() if code else None


def countries_agree(gold: Record, pred: Record) -> bool:
    g, p = country_code(gold), country_code(pred)
    return g is None or p is None or g == p


def events_can_match(gold: Record, pred: Record) -> bool:
    return (
        gold.get("type") == pred.get("type")
        and dates_overlap(gold, pred)
        and countries_agree(gold, pred)
    )


def event_pair_score(gold: Record, pred: Record) -> int:
    """2 for a shared evidence sentence plus 1 for the same (non-null) subtype."""
    score = 2 if evidence_sentences(gold) & evidence_sentences(pred) else 0
    subtype = gold.get("subtype")
    if subtype is not None and subtype == pred.get("subtype"):
        score += 1
    return score


# ---------------------------------------------------------------- greedy matching


def greedy_match(
    gold: list[Record],
    pred: list[Record],
    can_match: Callable[[Record, Record], bool],
    score: Callable[[Record, Record], float],
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), best score first, then gold then pred order."""
    candidates = [
        (-score(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if can_match(g, p)
    ]
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


def statistics_can_match(gold: Record, pred: Record) -> bool:
    value = span(gold.get("value"))
    return value != (None, None) and value == span(pred.get("value"))


def measure_right(gold: Record, pred: Record) -> bool:
    g, p = gold.get("measure"), pred.get("measure")
    return last_words_agree(g, p) or half_shared(g, p)


def statements_can_match(gold: Record, pred: Record) -> bool:
    return half_shared(gold.get("quote"), pred.get("quote"))


def statement_pair_score(gold: Record, pred: Record) -> float:
    return overlap_ratio(gold.get("quote"), pred.get("quote"))


def speaker_right(gold: Record, pred: Record) -> bool:
    return last_words_agree(gold.get("speaker"), pred.get("speaker"))


MATCHERS: dict[str, tuple[Callable[[Record, Record], bool], Callable[[Record, Record], float]]] = {
    "event": (events_can_match, event_pair_score),
    "statistic": (statistics_can_match, lambda g, p: 1.0 if measure_right(g, p) else 0.0),
    "statement": (statements_can_match, statement_pair_score),
}


# ---------------------------------------------------------------- field accuracy


def perpetrators(record: Record) -> set[str]:
    names: set[str] = set()
    for actor in record.get("actors") or []:
        if isinstance(actor, dict) and actor.get("role") == "perpetrator":
            name = fold(actor.get("canonical") or actor.get("name"))
            if name:
                names.add(name)
    return names


def name_set(values: Iterable[Any] | None) -> set[str]:
    return {fold(v) for v in values or [] if isinstance(v, str) and v.strip()}


def field_verdicts(gold: Record, pred: Record) -> dict[str, bool]:
    """Right/wrong for every field counted on this matched pair (ambiguity 7)."""
    verdicts: dict[str, bool] = {}
    gold_date = date_ends(gold)
    if gold_date is not None:
        verdicts["date"] = gold_date == date_ends(pred)
    gold_country = country_code(gold)
    if gold_country is not None:
        verdicts["country"] = gold_country == country_code(pred)
    gold_admin1 = location_field(gold, "admin1")
    if gold_admin1 is not None:
        verdicts["admin1"] = fold(gold_admin1) == fold(location_field(pred, "admin1"))
    verdicts["perpetrator"] = perpetrators(gold) == perpetrators(pred)
    verdicts["killed"] = span(gold.get("killed")) == span(pred.get("killed"))
    verdicts["wounded"] = span(gold.get("wounded")) == span(pred.get("wounded"))
    verdicts["weapons"] = name_set(gold.get("weapons")) == name_set(pred.get("weapons"))
    verdicts["claim"] = name_set(gold.get("claimed_by")) == name_set(pred.get("claimed_by"))
    return verdicts


# ---------------------------------------------------------------- scoring


def prf(predicted: int, gold: int, matched: int) -> dict[str, Any]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "predicted": predicted,
        "gold": gold,
        "matched": matched,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def by_doc(records: list[Record], kind: str) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.get("kind") == kind:
            grouped[str(record.get("doc"))].append(record)
    return grouped


def match_kind(gold: list[Record], pred: list[Record], kind: str) -> list[tuple[Record, Record]]:
    """All matched (gold, pred) pairs of one kind, article by article."""
    can_match, score = MATCHERS[kind]
    gold_docs, pred_docs = by_doc(gold, kind), by_doc(pred, kind)
    matched: list[tuple[Record, Record]] = []
    for doc in sorted(gold_docs):
        g, p = gold_docs[doc], pred_docs.get(doc, [])
        matched += [(g[gi], p[pi]) for gi, pi in greedy_match(g, p, can_match, score)]
    return matched


def count_kind(records: list[Record], kind: str) -> int:
    return sum(1 for r in records if r.get("kind") == kind)


def score_records(gold: list[Record], pred: list[Record]) -> dict[str, Any]:
    """The whole report as a JSON-ready dict: per kind, per type, others, fields, measure, speaker."""
    report: dict[str, Any] = {}
    pairs = {kind: match_kind(gold, pred, kind) for kind in KINDS}
    for kind in KINDS:
        report[kind] = prf(count_kind(pred, kind), count_kind(gold, kind), len(pairs[kind]))

    gold_events = [r for r in gold if r.get("kind") == "event"]
    pred_events = [r for r in pred if r.get("kind") == "event"]
    types = sorted({str(r.get("type")) for r in gold_events + pred_events})
    report["by_type"] = {
        t: prf(
            sum(1 for r in pred_events if str(r.get("type")) == t),
            sum(1 for r in gold_events if str(r.get("type")) == t),
            sum(1 for g, _ in pairs["event"] if str(g.get("type")) == t),
        )
        for t in types
    }
    report["others"] = prf(
        sum(1 for r in pred_events if r.get("type") != ATTACK),
        sum(1 for r in gold_events if r.get("type") != ATTACK),
        sum(1 for g, _ in pairs["event"] if g.get("type") != ATTACK),
    )

    right: dict[str, int] = dict.fromkeys(FIELDS, 0)
    total: dict[str, int] = dict.fromkeys(FIELDS, 0)
    for g, p in pairs["event"]:
        for name, ok in field_verdicts(g, p).items():
            total[name] += 1
            right[name] += int(ok)
    report["fields"] = {
        name: {
            "right": right[name],
            "total": total[name],
            "accuracy": right[name] / total[name] if total[name] else 0.0,
        }
        for name in FIELDS
    }
    report["statistic_measure"] = {
        "right": sum(1 for g, p in pairs["statistic"] if measure_right(g, p)),
        "total": len(pairs["statistic"]),
    }
    report["statement_speaker"] = {
        "right": sum(1 for g, p in pairs["statement"] if speaker_right(g, p)),
        "total": len(pairs["statement"]),
    }
    return report


# ---------------------------------------------------------------- output


def prf_row(label: str, row: dict[str, Any]) -> str:
    return (
        f"{label:<24}{row['predicted']:>6}{row['gold']:>6}{row['matched']:>8}"
        f"{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}"
    )


def format_table(report: dict[str, Any]) -> str:
    header = f"{'':<24}{'pred':>6}{'gold':>6}{'matched':>8}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [header]
    lines += [prf_row(kind, report[kind]) for kind in KINDS]
    lines.append(prf_row("events other than attack", report["others"]))
    lines += [prf_row(f"  {t}", row) for t, row in report["by_type"].items()]
    lines.append("")
    lines.append("field accuracy over matched events")
    for name, row in report["fields"].items():
        lines.append(f"  {name:<12}{row['right']:>5}/{row['total']:<5}{row['accuracy']:>8.3f}")
    for key in ("statistic_measure", "statement_speaker"):
        row = report[key]
        lines.append(f"{key:<22}{row['right']:>5}/{row['total']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report = score_records(read_jsonl(args.gold), read_jsonl(args.pred))
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        print(format_table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
