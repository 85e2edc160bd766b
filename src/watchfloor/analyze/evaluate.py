"""Accuracy of the attack extractor against human answer keys.

* the bundled sample corpus and its key (``samples/expected.jsonl``);
* SATP incident summaries (``shared/data/satp``): is an attack found for each one, and is one
  found for texts that report none;
* MUC-4 documents (``shared/data/muc4``): document-level attack detection.

Matching rule for an event (the issue's rule): same article, type ``attack`` reported, same
country, and a predicted date inside the true day or span when the key gives one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from watchfloor.models import Document, DocumentResult, RawArticle, Record
from watchfloor.pipeline import process_documents
from watchfloor.settings import Settings
from watchfloor.sources import discover, read_paths
from watchfloor.text import EmptyArticleError, to_document


@dataclass
class Match:
    gold: dict
    predicted: dict


@dataclass
class EventScore:
    gold: int = 0
    predicted: int = 0
    matched: list[Match] = field(default_factory=list)
    missed: list[tuple[str, dict]] = field(default_factory=list)
    spurious: list[tuple[str, dict]] = field(default_factory=list)
    spurious_in_negative_articles: int = 0

    @property
    def precision(self) -> float:
        return len(self.matched) / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return len(self.matched) / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self, name: str) -> float:
        if not self.matched:
            return 0.0
        right = sum(_field_right(name, m.gold, m.predicted) for m in self.matched)
        return right / len(self.matched)

    def as_dict(self) -> dict:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": len(self.matched),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "killed_exact": round(self.field_accuracy("killed"), 3),
            "wounded_exact": round(self.field_accuracy("wounded"), 3),
            "subtype_right": round(self.field_accuracy("subtype"), 3),
            "perpetrator_right": round(self.field_accuracy("perpetrator"), 3),
            "reported_events_in_articles_with_none": self.spurious_in_negative_articles,
        }


def run_pipeline(documents: list[Document], settings: Settings) -> list[DocumentResult]:
    results: list[DocumentResult] = []
    for start in range(0, len(documents), 64):
        results.extend(process_documents(documents[start : start + 64], settings))
    return results


def documents_from(paths: Iterable[Path]) -> list[Document]:
    docs = []
    for item in read_paths(discover(paths)):
        if isinstance(item, RawArticle):
            try:
                docs.append(to_document(item))
            except EmptyArticleError:
                continue
    return docs


# --- the sample corpus ------------------------------------------------------------------------


def score_samples(corpus: Path, key: Path, settings: Settings) -> EventScore:
    results = run_pipeline(documents_from([corpus]), settings)
    gold_rows = [json.loads(line) for line in key.read_text(encoding="utf-8").splitlines() if line]
    score = EventScore()
    for row in gold_rows:
        label = f"{row['file']}{' / ' + row['item'] if row.get('item') else ''}"
        predicted = _predicted_for(row, results)
        gold = row["attacks"]
        score.gold += len(gold)
        score.predicted += len(predicted)
        matched, missed, spurious = match_events(gold, predicted)
        score.matched.extend(matched)
        score.missed.extend((label, g) for g in missed)
        score.spurious.extend((label, p) for p in spurious)
        if not gold:
            score.spurious_in_negative_articles += len(spurious)
    return score


def _predicted_for(row: dict, results: list[DocumentResult]) -> list[dict]:
    for result in results:
        doc = result.document
        origin = doc.origin.replace("\\", "/")
        name = origin.rsplit("/", 1)[-1].split(":")[0].split("#")[0]
        if name != row["file"]:
            continue
        item = row.get("item")
        events = [r for r in result.records if _is_reported_attack(r)]
        if item is None:
            return [r.data for r in events]
        if doc.posts:
            post = next((p for p in doc.posts if p.dateline and p.dateline in item), None)
            if post is None:
                continue
            return [
                r.data for r in events if post.start <= r.sources[0].evidence[0].start < post.end
            ]
        if (doc.title or "").strip() == item.strip():
            return [r.data for r in events]
    return []


def _is_reported_attack(record: Record) -> bool:
    return (
        record.kind == "event"
        and record.data.get("type") == "attack"
        and record.data.get("certainty") == "reported"
    )


def match_events(
    gold: list[dict], predicted: list[dict]
) -> tuple[list[Match], list[dict], list[dict]]:
    """Greedy one-to-one matching, most specific pairs first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if _matches(g, p):
                closeness = (_field_right("subtype", g, p), _field_right("killed", g, p))
                pairs.append((closeness, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append(Match(gold[gi], predicted[pi]))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    spurious = [p for i, p in enumerate(predicted) if i not in used_p]
    return matched, missed, spurious


def _matches(g: dict, p: dict) -> bool:
    loc = p.get("location") or {}
    if g.get("country_code") and loc.get("country_code") != g["country_code"]:
        return False
    if g.get("date_start"):
        when = p.get("date") or {}
        if not when.get("start"):
            return False
        gs, ge = (
            date.fromisoformat(g["date_start"]),
            date.fromisoformat(g["date_end"] or g["date_start"]),
        )
        ps, pe = date.fromisoformat(when["start"]), date.fromisoformat(when["end"])
        if not (gs <= ps and pe <= ge):
            return False
    return True


def _field_right(name: str, g: dict, p: dict) -> bool:
    if name in ("killed", "wounded"):
        q = p.get(name) or {}
        return (q.get("min") == g.get(f"{name}_min") and q.get("max") == g.get(f"{name}_max")) or (
            g.get(f"{name}_min") is None and not q
        )
    if name == "subtype":
        return p.get("subtype") == g.get("subtype")
    if name == "perpetrator":
        perps = {a.get("canonical") for a in p.get("actors", []) if a["role"] == "perpetrator"}
        return (g.get("perpetrator") in perps) if g.get("perpetrator") else not any(perps)
    raise ValueError(name)


# --- SATP ------------------------------------------------------------------------------------


@dataclass
class DetectionScore:
    positives: int = 0
    found: int = 0
    negatives: int = 0
    false_alarms: int = 0

    def as_dict(self) -> dict:
        return {
            "texts_with_attack": self.positives,
            "attack_found": self.found,
            "attack_found_rate": round(self.found / self.positives, 3) if self.positives else None,
            "texts_without_attack": self.negatives,
            "false_alarms": self.false_alarms,
            "false_alarm_rate": round(self.false_alarms / self.negatives, 3)
            if self.negatives
            else None,
        }


def score_satp(path: Path, settings: Settings, limit: int | None = None) -> DetectionScore:
    rows = list(_read_satp(path))[:limit]
    docs, labels = [], []
    for i, (text, positive) in enumerate(rows):
        try:
            docs.append(to_document(RawArticle(text=text, origin=f"{path.name}:{i + 1}")))
            labels.append(positive)
        except EmptyArticleError:
            continue
    return _detection(run_pipeline(docs, settings), labels)


def _read_satp(path: Path):
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 5:
                yield row[0], any(v.strip() == "1" for v in row[1:5])


def score_muc4(path: Path, settings: Settings, limit: int | None = None) -> DetectionScore:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = rows[:limit]
    docs, labels = [], []
    for row in rows:
        try:
            docs.append(to_document(RawArticle(text=row["doctext"], origin=row["docid"])))
            labels.append(bool(row["templates"]))
        except EmptyArticleError:
            continue
    return _detection(run_pipeline(docs, settings), labels)


def _detection(results: list[DocumentResult], labels: list[bool]) -> DetectionScore:
    score = DetectionScore()
    for result, positive in zip(results, labels, strict=True):
        found = any(_is_reported_attack(r) for r in result.records)
        if positive:
            score.positives += 1
            score.found += found
        else:
            score.negatives += 1
            score.false_alarms += found
    return score
