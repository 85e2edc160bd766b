"""Score the pipeline's records against a gold file in the records format.

The gold file holds records as ``shared/spec/records.md`` lays them out, each with a ``doc``
(the article's file name) and ``evidence`` as the sentences it rests on (strings). The articles
are run through the whole pipeline; then, article by article:

- an **event** is matched to a predicted event of the same type whose dates overlap (when
  both have one) and whose country agrees (when both have one); among those, the pair sharing
  an evidence sentence scores highest, then the pair with the same subtype. Pairs are taken
  greedily, best first, each record at most once.
- a **statistic** is matched to one with the same value (min and max) in an article; its
  ``measure`` is right when the head words agree (the last word of each, or half the words).
- a **statement** is matched to one whose quote shares at least half its words; its speaker is
  right when the surnames (last words) agree.

Precision = matched / predicted, recall = matched / gold, per kind and per event type; field
accuracy counts matched events whose field equals the gold's (dates: same start and end;
country: ISO code; admin1: same name, case-insensitive — these three only over events whose
gold states them; perpetrator: same set of canonical names; killed/wounded: same min and
max; weapons, claim: same sets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from watchfloor.analyze.evaluate import (
    bootstrap_spread,
    ratio,
    read_jsonl_rows,
    run_pipeline,
    share,
)
from watchfloor.errors import UnreadableInputError
from watchfloor.models import RawArticle
from watchfloor.settings import Settings
from watchfloor.sources.decode import decode_bytes
from watchfloor.text import to_document

EVENT_FIELDS = (
    "date",
    "country",
    "admin1",
    "perpetrator",
    "killed",
    "wounded",
    "weapons",
    "claim",
)


@dataclass
class KindScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def as_dict(self) -> dict:
        precision = self.matched / self.predicted if self.predicted else None
        recall = self.matched / self.gold if self.gold else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall
            else None
        )
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": _round(precision),
            "recall": _round(recall),
            "f1": _round(f1),
        }


@dataclass(frozen=True)
class RecordError:
    """A gold record left unmatched ("missed") or a predicted one matched to nothing
    ("extra"), with the reason the records near it tell (README: "Why a record is wrong")."""

    doc: str
    how: str
    record: dict
    why: str


@dataclass
class RecordsScore:
    kinds: dict[str, KindScore] = field(default_factory=dict)
    event_types: dict[str, KindScore] = field(default_factory=dict)
    event_fields: dict[str, list[bool]] = field(default_factory=dict)
    statistic_measure: list[bool] = field(default_factory=list)
    # for each matched statistic whose measure is wrong, how the two measures differ
    measure_errors: dict[str, int] = field(default_factory=dict)
    statement_speaker: list[bool] = field(default_factory=list)
    missing_docs: list[str] = field(default_factory=list)
    # every gold record left unmatched and every predicted one matched to nothing, with why:
    # what --show-errors lists and error_kinds counts
    errors: list[RecordError] = field(default_factory=list)
    # each article's counts behind the headline figures (_HEADLINE), for their bootstrap spread
    per_document: list[tuple[int, ...]] = field(default_factory=list)

    def _other_than_attacks(self) -> KindScore:
        """The event types of issue 5 taken together (attacks are scored on their own)."""
        return _sum(v for k, v in self.event_types.items() if k != "attack")

    def as_dict(self) -> dict:
        return {
            "kinds": {k: v.as_dict() for k, v in sorted(self.kinds.items())},
            "event_types": {k: v.as_dict() for k, v in sorted(self.event_types.items())},
            "events_other_than_attacks": self._other_than_attacks().as_dict(),
            "event_fields": {k: share(v) for k, v in self.event_fields.items()},
            "statistic_measure_right": share(self.statistic_measure),
            # of the numbers the gold states, the share found with both value and measure right
            "statistics_value_and_measure_right": _round(
                sum(self.statistic_measure) / self.kinds["statistic"].gold
                if "statistic" in self.kinds and self.kinds["statistic"].gold
                else None
            ),
            "statement_speaker_right": share(self.statement_speaker),
            "error_kinds": self.error_kinds(),
            "statistic_measure_errors": dict(sorted(self.measure_errors.items())),
            "missing_docs": self.missing_docs,
            "bootstrap": self.headline_spreads(),
        }

    def headline_counts(self) -> tuple[int, ...]:
        """This score's counts that the headline figures (``_HEADLINE``) are ratios of."""
        others = self._other_than_attacks()
        statistics = self.kinds.get("statistic", KindScore())
        statements = self.kinds.get("statement", KindScore())
        return (
            others.gold,
            others.predicted,
            others.matched,
            statistics.gold,
            sum(self.statistic_measure),
            statements.gold,
            statements.matched,
        )

    def headline_spreads(self) -> dict[str, dict | None]:
        """How far each headline figure would move on another sample of articles like these
        (``bootstrap_spread`` over the articles): on a few dozen articles, a wide range."""
        return {
            name: bootstrap_spread(self.per_document, figure)
            for name, figure in _HEADLINE.items()
        }

    def error_kinds(self) -> dict[str, dict[str, dict[str, int]]]:
        """How many missed and extra records of each kind (event type) failed for each reason:
        {"missed" | "extra": {"leadership_change" | "statistic" | ...: {why: count}}}."""
        counts: dict[str, dict[str, dict[str, int]]] = {"missed": {}, "extra": {}}
        for e in self.errors:
            group = e.record.get("type") if e.record.get("kind") == "event" else e.record["kind"]
            by_why = counts[e.how].setdefault(str(group), {})
            by_why[e.why] = by_why.get(e.why, 0) + 1
        return {
            how: {k: dict(sorted(v.items())) for k, v in sorted(c.items())}
            for how, c in counts.items()
        }


# the headline figures as ratios of headline_counts: (others gold, others predicted, others
# matched, statistics gold, statistics with value and measure right, statements gold, matched)
_HEADLINE = {
    "events_other_than_attacks_precision": lambda c: ratio(c[2], c[1]),
    "events_other_than_attacks_recall": lambda c: ratio(c[2], c[0]),
    "statistics_value_and_measure_right": lambda c: ratio(c[4], c[3]),
    "statements_found": lambda c: ratio(c[6], c[5]),
}


def describe(record: dict) -> str:
    """One line naming a gold or predicted record, for error listings."""
    kind = record.get("kind")
    if kind == "event":
        when = (record.get("date") or {}).get("start")
        where = (record.get("location") or {}).get("name")
        what = f"{record.get('type')}/{record.get('subtype')} {when} {where}"
    elif kind == "statistic":
        value = record.get("value") or {}
        what = f"statistic {record.get('measure')!r} {value.get('min')}..{value.get('max')}"
    else:
        what = f"statement {record.get('speaker')!r}: {(record.get('quote') or '')[:60]!r}"
    evidence = record.get("evidence") or [
        e["text"] for s in record.get("sources", []) for e in s.get("evidence", [])
    ]
    first = evidence[0] if evidence else ""
    first = first if isinstance(first, str) else first.get("text", "")
    return f"{what} | {first[:140]}"


def _sum(scores) -> KindScore:
    total = KindScore()
    for score in scores:
        total.gold += score.gold
        total.predicted += score.predicted
        total.matched += score.matched
    return total


def read_gold(gold_path: Path) -> dict[str, list[dict]]:
    """Gold records by article, each checked for the ``doc`` and ``kind`` scoring needs."""
    return _records_by_doc(gold_path, "gold")


def _records_by_doc(path: Path, what: str) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = {}
    for row in read_jsonl_rows(path):
        if "doc" not in row or "kind" not in row:
            raise UnreadableInputError(f"{path}: every {what} record needs 'doc' and 'kind'")
        by_doc.setdefault(row["doc"], []).append(row)
    return by_doc


def predict_records(
    docs: list[str], articles: Path, settings: Settings
) -> tuple[dict[str, list[dict]], list[str]]:
    """Run the pipeline on the named articles: their records as the gold file lays them out
    (``doc`` added, ``evidence`` as sentence strings beside the spec's ``sources``), and the
    names of articles not found."""
    documents, missing = [], []
    for name in docs:
        path = articles / name
        if not path.is_file():
            missing.append(name)
            continue
        text = decode_bytes(path.read_bytes())
        documents.append(to_document(RawArticle(text=text, origin=name)))
    results = {r.document.origin: r for r in run_pipeline(documents, settings)}
    predicted = {
        name: [_as_gold_layout(r.to_spec(), name) for r in results[name].records]
        for name in docs
        if name in results
    }
    return predicted, missing


def _as_gold_layout(record: dict, doc: str) -> dict:
    evidence = [e["text"] for s in record.get("sources", []) for e in s.get("evidence", [])]
    return {"doc": doc, **record, "evidence": evidence}


def read_predictions(path: Path) -> dict[str, list[dict]]:
    """A predictions file (JSON lines in the gold layout, each record with ``doc``) by article."""
    return _records_by_doc(path, "predicted")


def score_predictions(
    gold: dict[str, list[dict]], predicted: dict[str, list[dict]], missing: list[str] = ()
) -> RecordsScore:
    """Score predicted records against gold ones, article by article (README: "Scoring
    records"). Articles of the gold with no predictions count as predicting nothing; articles
    in ``missing`` (not found) are left out and listed."""
    score = RecordsScore(missing_docs=list(missing))
    for name in sorted(gold):
        if name in missing:
            continue
        before = score.headline_counts()
        _score_doc(score, gold[name], predicted.get(name, []), name)
        # the article's own counts: what scoring it added to the running totals
        after = score.headline_counts()
        score.per_document.append(tuple(a - b for a, b in zip(after, before, strict=True)))
    return score


def score_records(gold_path: Path, articles: Path, settings: Settings) -> RecordsScore:
    gold = read_gold(gold_path)
    predicted, missing = predict_records(sorted(gold), articles, settings)
    return score_predictions(gold, predicted, missing)


def _score_doc(score: RecordsScore, gold: list[dict], predicted: list[dict], doc: str) -> None:
    for kind in ("event", "statistic", "statement"):
        g = [r for r in gold if r["kind"] == kind]
        p = [r for r in predicted if r["kind"] == kind]
        pairs = _match(kind, g, p)
        score.errors += _unmatched(doc, g, p, pairs)
        total = score.kinds.setdefault(kind, KindScore())
        total.gold += len(g)
        total.predicted += len(p)
        total.matched += len(pairs)
        if kind == "event":
            _score_event_types(score, g, p, pairs)
            for gi, pi in pairs:
                for name in EVENT_FIELDS:
                    if name in _STATED_ONLY and not _stated(g[gi], name):
                        continue  # the gold says nothing of when or where: nothing to score
                    score.event_fields.setdefault(name, []).append(_field_right(name, g[gi], p[pi]))
        elif kind == "statistic":
            for gi, pi in pairs:
                gold_measure, predicted_measure = g[gi].get("measure"), p[pi].get("measure")
                right = measure_right(gold_measure, predicted_measure)
                score.statistic_measure.append(right)
                if not right:
                    why = _how_measures_differ(gold_measure, predicted_measure)
                    score.measure_errors[why] = score.measure_errors.get(why, 0) + 1
        else:
            score.statement_speaker.extend(
                _same_speaker(g[gi].get("speaker"), p[pi].get("speaker")) for gi, pi in pairs
            )


def _unmatched(doc: str, gold, predicted, pairs) -> list[RecordError]:
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    missed = [
        RecordError(doc, "missed", r, _why_unmatched(r, predicted, matched_p))
        for i, r in enumerate(gold)
        if i not in matched_g
    ]
    extra = [
        RecordError(doc, "extra", r, _why_unmatched(r, gold, matched_g))
        for i, r in enumerate(predicted)
        if i not in matched_p
    ]
    return missed + extra


def _why_unmatched(record: dict, others: list[dict], matched: set[int]) -> str:
    """Why an unmatched record found no partner among the other side's records of its kind,
    judged by those sharing an evidence sentence with it: the nearest reason wins."""
    near = [(i, o) for i, o in enumerate(others) if _shares_evidence(record, o)]
    if record["kind"] == "event":
        return _why_event_unmatched(record, near, matched)
    if record["kind"] == "statistic":
        if any(i not in matched for i, _ in near):
            return "other value in the sentence"
        if near:
            return "sentence matched to another number"
        return "no number in its sentence"
    return "no quote sharing half its words"


def _why_event_unmatched(record: dict, near: list[tuple[int, dict]], matched: set[int]) -> str:
    same_type = [(i, o) for i, o in near if o.get("type") == record.get("type")]
    free = [o for i, o in same_type if i not in matched]
    if any(not _dates_overlap(record.get("date"), o.get("date")) for o in free):
        return "date differs"
    if free:
        return "country differs"
    if same_type:
        return "sentence's event matched to another record"
    if near:
        return "its sentence holds: " + " / ".join(sorted({str(o.get("type")) for _, o in near}))
    return "no event in its sentences"


def _score_event_types(score: RecordsScore, gold, predicted, pairs) -> None:
    for r in gold:
        score.event_types.setdefault(r["type"], KindScore()).gold += 1
    for r in predicted:
        score.event_types.setdefault(r["type"], KindScore()).predicted += 1
    for gi, _ in pairs:
        score.event_types[gold[gi]["type"]].matched += 1


def _match(kind: str, gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    scored = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            value = _pair_score(kind, g, p)
            if value is not None:
                scored.append((value, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _pair_score(kind: str, g: dict, p: dict) -> float | None:
    shared = _shares_evidence(g, p)
    if kind == "event":
        if g.get("type") != p.get("type"):
            return None
        if not _dates_overlap(g.get("date"), p.get("date")):
            return None
        gc = (g.get("location") or {}).get("country_code")
        pc = (p.get("location") or {}).get("country_code")
        if gc and pc and gc.upper() != pc.upper():
            return None
        return 2 * shared + (g.get("subtype") == p.get("subtype"))
    if kind == "statistic":
        gv, pv = g.get("value") or {}, p.get("value") or {}
        if (gv.get("min"), gv.get("max")) != (pv.get("min"), pv.get("max")):
            return None
        return 1 + shared + measure_right(g.get("measure"), p.get("measure"))
    overlap = _word_overlap(g.get("quote") or "", p.get("quote") or "")
    return overlap if overlap >= 0.5 else None


def _evidence_texts(record: dict) -> list[str]:
    """A record's evidence sentences, as strings (gold layout) or from its spec ``sources``."""
    if record.get("evidence"):
        return [e if isinstance(e, str) else e.get("text", "") for e in record["evidence"]]
    return [e["text"] for s in record.get("sources", []) for e in s.get("evidence", [])]


def _shares_evidence(g: dict, p: dict) -> bool:
    predicted = [_words(text) for text in _evidence_texts(p)]
    for sentence in _evidence_texts(g):
        words = _words(sentence)
        if any(words and (words in text or text in words) for text in predicted if text):
            return True
    return False


def _dates_overlap(g: dict | None, p: dict | None) -> bool:
    if not g or not p or not g.get("start") or not p.get("start"):
        return True
    return g["start"] <= (p.get("end") or p["start"]) and p["start"] <= (g.get("end") or g["start"])


def _field_right(name: str, g: dict, p: dict) -> bool:
    if name == "date":
        gd, pd = g.get("date") or {}, p.get("date") or {}
        return (gd.get("start"), gd.get("end")) == (pd.get("start"), pd.get("end"))
    if name in ("country", "admin1"):
        key = "country_code" if name == "country" else "admin1"
        gv = ((g.get("location") or {}).get(key) or "").lower()
        pv = ((p.get("location") or {}).get(key) or "").lower()
        return gv == pv
    if name == "perpetrator":
        return _perpetrators(g) == _perpetrators(p)
    if name in ("killed", "wounded"):
        gq, pq = g.get(name) or {}, p.get(name) or {}
        return (gq.get("min"), gq.get("max")) == (pq.get("min"), pq.get("max"))
    if name == "weapons":
        return set(g.get("weapons") or []) == set(p.get("weapons") or [])
    return {c.lower() for c in g.get("claimed_by") or []} == {
        c.lower() for c in p.get("claimed_by") or []
    }


# fields scored only over matched events whose gold states them: an analyst's null date
# means the text gives none, and the pipeline then dates the event by the reporting window
_STATED_ONLY = ("date", "country", "admin1")


def _stated(record: dict, name: str) -> bool:
    if name == "date":
        return bool((record.get("date") or {}).get("start"))
    return bool((record.get("location") or {}).get("country_code" if name == "country" else name))


def _perpetrators(record: dict) -> set[str]:
    return {
        (a.get("canonical") or a.get("name") or "").lower()
        for a in record.get("actors") or []
        if a.get("role") == "perpetrator"
    }


def measure_right(gold: str | None, predicted: str | None) -> bool:
    """A statistic's measure as the scoring rules judge it (README: \"Scoring records\")."""
    g, p = _words(gold or "").split(), _words(predicted or "").split()
    if not g or not p:
        return False
    if g[-1].rstrip("s") == p[-1].rstrip("s"):
        return True
    return _word_overlap(" ".join(g), " ".join(p)) >= 0.5


def _how_measures_differ(gold: str | None, predicted: str | None) -> str:
    g, p = _words(gold or "").split(), _words(predicted or "").split()
    if not p:
        return "no measure predicted"
    if not g:
        return "no measure in the gold"
    if g[-1] in p:
        return "gold head word inside the predicted measure"
    if p[-1] in g:
        return "predicted head word inside the gold measure"
    if set(g) & set(p):
        return "other head word, some words shared"
    return "no word shared"


def _same_speaker(gold: str | None, predicted: str | None) -> bool:
    return bool(_surname(gold)) and _surname(gold) == _surname(predicted)


def _surname(name: str | None) -> str:
    words = _words(name or "").split()
    return words[-1] if words else ""


def _word_overlap(a: str, b: str) -> float:
    wa, wb = set(_words(a).split()), set(_words(b).split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
