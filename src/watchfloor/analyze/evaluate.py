"""Accuracy of the attack extractor against human answer keys.

* the bundled sample corpus and its key (``samples/expected.jsonl``);
* SATP incident summaries (``shared/data/satp``): is an attack found for each one, and is one
  found for texts that report none;
* SATP death tolls (``bench/gold/satp_relevant_dev_tolls.tsv``, hand-coded killed and wounded
  for the first 120 lines of ``satp_relevant.dev.tsv``): is the toll of the main reported
  attack right;
* MUC-4 documents (``shared/data/muc4``): document-level attack detection.

Matching rule for an event (the issue's rule): same article, type ``attack`` reported, same
country, and a predicted date inside the true day or span when the key gives one. Dates are
scored on a looser matching (dates overlapping, or the prediction undated), so that a wrong date
counts as wrong instead of unmatched: ``date_exact`` is the share of those pairs whose predicted
span is the key's span exactly.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from watchfloor.errors import UnreadableInputError
from watchfloor.models import Document, DocumentResult, RawArticle, Record
from watchfloor.pipeline import process_documents
from watchfloor.settings import Settings
from watchfloor.sources import discover, read_paths
from watchfloor.text import EmptyArticleError, to_document

T = TypeVar("T")


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
    dated: list[Match] = field(default_factory=list)  # matched with dates only overlapping
    located: list[Match] = field(default_factory=list)  # ... and the country left out

    def place_accuracy(self) -> dict:
        """Country, admin-1 and within-25-km accuracy of the matched events' places, where the
        key codes them (``country_code``; ``admin1``; ``lat``/``lon`` of a town)."""
        from watchfloor.analyze.evaluate_places import NEAR_KM, distance_km
        from watchfloor.geo import gazetteer

        country, admin1, near = [], [], []
        for m in self.located:
            g, loc = m.gold, m.predicted.get("location") or {}
            if g.get("country_code"):
                country.append(loc.get("country_code") == g["country_code"])
            if g.get("admin1"):
                admin1.append(
                    gazetteer().same_admin1(loc.get("admin1"), g["admin1"], g.get("country_code"))
                )
            if g.get("lat") is not None and g.get("lon") is not None:
                point = loc.get("precision") == "city" and loc.get("lat") is not None
                near.append(
                    point and distance_km(loc["lat"], loc["lon"], g["lat"], g["lon"]) <= NEAR_KM
                )
        return {
            "country_right": share(country),
            "admin1_right": share(admin1),
            "within_25km": share(near),
            "scored": {"country": len(country), "admin1": len(admin1), "town": len(near)},
        }

    @property
    def date_exact(self) -> float:
        right = [m for m in self.dated if _same_span(m.gold, m.predicted)]
        return len(right) / len(self.dated) if self.dated else 0.0

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
            "date_exact": round(self.date_exact, 3),
            "dated_matches": len(self.dated),
            "places": self.place_accuracy(),
            "reported_events_in_articles_with_none": self.spurious_in_negative_articles,
        }


def run_pipeline(documents: list[Document], settings: Settings) -> list[DocumentResult]:
    results: list[DocumentResult] = []
    for start in range(0, len(documents), 64):
        results.extend(process_documents(documents[start : start + 64], settings))
    return results


def read_jsonl_rows(path: Path) -> list[dict]:
    """Every JSON object of a JSON-lines key or data file."""
    try:
        # not splitlines(): it also breaks at U+2028, which JSON strings may hold
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInputError(f"{path}: cannot read ({exc})") from exc
    return [json.loads(line) for line in lines if line.strip()]


def read_case_file(path: Path, make: Callable[[dict, int], T], what: str, needs: str) -> list[T]:
    """One case per non-empty JSON line, built by ``make(row, line_number)``; a line that is not
    one is an ``UnreadableInputError`` naming the file and line."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            cases.append(make(json.loads(line), number))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise UnreadableInputError(
                f"{path}:{number}: not a {what} ({exc.__class__.__name__}: {exc}); each line "
                f"needs {needs} (see bench/cases/README.md)"
            ) from exc
    return cases


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
    gold_rows = read_jsonl_rows(key)
    score = EventScore()
    for row in gold_rows:
        label = f"{row['file']}{' / ' + row['item'] if row.get('item') else ''}"
        predicted = _predicted_for(row, results)
        gold = row["attacks"]
        score.gold += len(gold)
        score.predicted += len(predicted)
        matched, missed, spurious = match_events(gold, predicted)
        score.matched.extend(matched)
        score.dated.extend(
            match_events([g for g in gold if g.get("date_start")], predicted, "overlap")[0]
        )
        score.located.extend(match_events(gold, predicted, "overlap", same_country=False)[0])
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
    gold: list[dict], predicted: list[dict], dates: str = "inside", same_country: bool = True
) -> tuple[list[Match], list[dict], list[dict]]:
    """Greedy one-to-one matching, most specific pairs first. ``dates``: "inside" (the predicted
    span within the key's) or "overlap" (spans overlapping, or the prediction undated);
    ``same_country`` False leaves the country out of the match, so that it can be scored."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if _matches(g, p, dates, same_country):
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


def _matches(g: dict, p: dict, dates: str = "inside", same_country: bool = True) -> bool:
    loc = p.get("location") or {}
    if same_country and g.get("country_code") and loc.get("country_code") != g["country_code"]:
        return False
    if g.get("date_start"):
        when = p.get("date") or {}
        if not when.get("start"):
            return dates == "overlap"
        gs, ge = (
            date.fromisoformat(g["date_start"]),
            date.fromisoformat(g["date_end"] or g["date_start"]),
        )
        ps, pe = date.fromisoformat(when["start"]), date.fromisoformat(when["end"])
        if dates == "overlap":
            return ps <= ge and gs <= pe
        if not (gs <= ps and pe <= ge):
            return False
    return True


def _same_span(g: dict, p: dict) -> bool:
    when = p.get("date") or {}
    return when.get("start") == g["date_start"] and when.get("end") == (
        g["date_end"] or g["date_start"]
    )


def share(flags: list[bool]) -> float | None:
    """The share of true flags, to three places; None when there are none."""
    return round(sum(flags) / len(flags), 3) if flags else None


# resamples and seed of the bootstrap spreads (fixed: the figures are reproducible)
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 0


def bootstrap_spread(
    units: Sequence[Sequence[float]],
    figure: Callable[[list[float]], float | None],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> dict | None:
    """How far a figure would move on another sample of documents like the scored ones: its
    standard deviation and 2.5th-97.5th percentiles over bootstrap resamples of the documents
    (drawn with replacement). ``units`` holds each document's counts, ``figure`` computes the
    figure from counts summed over documents (None when it is undefined, e.g. nothing to
    divide by: that resample is left out). A figure on a few hundred documents is only as sure
    as this spread; None when there are no documents or no resample defines the figure."""
    if not units:
        return None
    rng = random.Random(seed)
    values = []
    for _ in range(resamples):
        sample = rng.choices(units, k=len(units))
        value = figure([sum(column) for column in zip(*sample, strict=True)])
        if value is not None:
            values.append(value)
    if not values:
        return None
    values.sort()
    mean = sum(values) / len(values)
    return {
        "resamples": resamples,
        "seed": seed,
        "sd": round((sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5, 4),
        "low": round(values[int(0.025 * len(values))], 4),
        "high": round(values[min(len(values) - 1, int(0.975 * len(values)))], 4),
    }


def ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


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


@dataclass
class SatpText:
    """One SATP text as the pipeline saw it."""

    line: int  # 1-based physical line of the TSV
    positive: bool  # any of the four attack-type labels set
    result: DocumentResult | None  # None when the text is empty once cleaned


def satp_results(
    path: Path,
    settings: Settings,
    limit: int | None = None,
    lines: Collection[int] | None = None,
    published: Callable[[str], date | None] | None = None,
) -> list[SatpText]:
    """Run the pipeline on the first ``limit`` texts of an SATP TSV (only ``lines`` if given),
    each with the publication date ``published(text)`` when given (the notes carry none).

    The one place SATP texts become documents and go through the pipeline: every SATP score
    uses it, so they all see the same records."""
    kept: list[tuple[int, bool, Document | None]] = []
    for line, text, positive in list(_read_satp(path))[:limit]:
        if lines is not None and line not in lines:
            continue
        try:
            document = to_document(
                RawArticle(
                    text=text,
                    origin=f"{path.name}:{line}",
                    published=published(text) if published else None,
                )
            )
        except EmptyArticleError:
            document = None
        kept.append((line, positive, document))
    results = iter(run_pipeline([d for _, _, d in kept if d is not None], settings))
    return [
        SatpText(line, positive, None if document is None else next(results))
        for line, positive, document in kept
    ]


def score_satp(path: Path, settings: Settings, limit: int | None = None) -> DetectionScore:
    texts = [t for t in satp_results(path, settings, limit) if t.result is not None]
    return _detection([t.result for t in texts], [t.positive for t in texts])


def _read_satp(path: Path):
    """(physical line, text, any attack label) for every row with the text and four labels."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            if len(row) >= 5:
                yield reader.line_num, row[0], any(v.strip() == "1" for v in row[1:5])


def score_muc4(path: Path, settings: Settings, limit: int | None = None) -> DetectionScore:
    rows = read_jsonl_rows(path)[:limit]
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


# --- SATP death tolls ------------------------------------------------------------------------
#
# The key (bench/gold/satp_relevant_dev_tolls.tsv, described in bench/gold/README.md) codes, for
# each of the first 120 lines of satp_relevant.dev.tsv, the killed and wounded of the main attack
# the summary reports and whether that is an attack by a non-state group that happened. The
# pipeline's toll for a text is the toll of its *main attack record*: the reported attack that
# the text mentions first (see ``main_attack``).

TOLL_FIELDS = ("killed", "wounded")


@dataclass(frozen=True)
class TollGold:
    """One coded line of the toll key; a count of None was coded ``?`` (reported only vaguely)."""

    line: int
    killed: int | None
    wounded: int | None
    attack: bool
    note: str = ""

    def coded(self, name: str) -> int | None:
        return self.killed if name == "killed" else self.wounded


def read_toll_gold(path: Path) -> list[TollGold]:
    """The coded lines of a toll key (tab-separated, header ``line killed wounded attack note``)."""
    rows = _coded_rows(
        path,
        {"line", "killed", "wounded", "attack"},
        lambda row: TollGold(
            line=int(row["line"]),
            killed=_coded_count(row["killed"]),
            wounded=_coded_count(row["wounded"]),
            attack=_coded_flag(row["attack"]),
            note=(row.get("note") or "").strip(),
        ),
    )
    lines = [r.line for r in rows]
    if len(set(lines)) != len(lines):
        raise ValueError(f"{path}: a line is coded twice")
    return rows


def _coded_rows(path: Path, columns: set[str], make: Callable[[dict], T]) -> list[T]:
    """The rows of a hand-coded TSV key, each made into a record; a bad row is a ValueError
    naming the file and line."""
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = columns - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: no column {', '.join(sorted(missing))}")
        for row in reader:
            if not (row["line"] or "").strip():
                continue
            try:
                rows.append(make(row))
            except ValueError as exc:
                raise ValueError(f"{path}:{reader.line_num}: {exc}") from None
    return rows


def _coded_count(value: str | None) -> int | None:
    value = (value or "").strip()
    if value == "?":
        return None
    count = int(value)
    if count < 0:
        raise ValueError(f"negative count {count}")
    return count


def _coded_flag(value: str | None) -> bool:
    value = (value or "").strip()
    if value not in ("0", "1"):
        raise ValueError(f"attack must be 0 or 1, not {value!r}")
    return value == "1"


def main_attack(records: Iterable[Record]) -> Record | None:
    """The record whose toll stands for the whole text: of the reported attack records (type
    ``attack``, certainty ``reported``: alleged and speculative ones never count), the one whose
    evidence starts first in the text; None when there is none.

    SATP summaries open with the incident they are about; later sentences add background,
    earlier incidents or unrelated news, so the first-mentioned attack is the main one."""
    return min(
        (r for r in records if _is_reported_attack(r)), key=_first_offset, default=None
    )  # min keeps the first of equal offsets


def _first_offset(record: Record) -> int:
    return min((e.start for s in record.sources for e in s.evidence), default=sys.maxsize)


def predicted_count(record: Record, name: str) -> int | None:
    """The lower bound of a record's ``killed`` or ``wounded``: 0 when the record gives no figure
    at all, None when it gives only an upper bound ("up to five")."""
    quantity = record.data.get(name) or {}
    if quantity.get("min") is None and quantity.get("max") is None:
        return 0
    return quantity.get("min")


@dataclass
class TollLine:
    """A coded line and what the pipeline made of it."""

    gold: TollGold
    record: Record | None  # the main attack record, None when no reported attack was found

    @property
    def found(self) -> bool:
        return self.record is not None

    def predicted(self, name: str) -> int | None:
        return None if self.record is None else predicted_count(self.record, name)

    def right(self, name: str) -> bool:
        coded = self.gold.coded(name)
        return self.found and coded is not None and self.predicted(name) == coded

    @property
    def wrong(self) -> bool:
        """An attack line whose attack or coded toll was missed, or a false alarm."""
        if not self.gold.attack:
            return self.found
        return not self.found or any(
            self.gold.coded(n) is not None and not self.right(n) for n in TOLL_FIELDS
        )

    def describe(self) -> str:
        """One line for error analysis: line number, coded and predicted figures."""
        g = self.gold
        note = f" [note: {g.note}]" if g.note else ""
        if not g.attack:
            summary = self.record.data.get("summary") if self.record else None
            return f"ALARM  line {g.line}: coded attack=0, reported attack: {summary}{note}"
        coded = ", ".join(f"{n}={_show(g.coded(n))}" for n in TOLL_FIELDS)
        if self.record is None:
            return f"MISSED line {g.line}: no reported attack (coded {coded}){note}"
        parts = [
            f"{n} coded={_show(g.coded(n))} predicted={_show_quantity(self.record, n)}"
            for n in TOLL_FIELDS
            if g.coded(n) is not None and not self.right(n)
        ]
        return f"TOLL   line {g.line}: {'; '.join(parts)} | {self.record.data.get('summary')}{note}"


def _show(value: int | None) -> str:
    return "?" if value is None else str(value)


def _show_quantity(record: Record, name: str) -> str:
    q = record.data.get(name) or {}
    lo, hi = q.get("min"), q.get("max")
    if lo is None and hi is None:
        return "none (0)"
    if lo is None:
        return f"up to {hi}"
    if hi is None:
        return f"{lo}+"
    return str(lo) if lo == hi else f"{lo}-{hi}"


@dataclass
class TollScore:
    lines: list[TollLine] = field(default_factory=list)

    def as_dict(self) -> dict:
        attack = [t for t in self.lines if t.gold.attack]
        found = [t for t in attack if t.found]
        no_attack = [t for t in self.lines if not t.gold.attack]
        alarms = sum(t.found for t in no_attack)
        out: dict = {
            "coded_lines": len(self.lines),
            "attack_lines": len(attack),
            "attack_found": len(found),
            "attack_found_rate": _rate(len(found), len(attack)),
        }
        for name in TOLL_FIELDS:
            prefix = "toll" if name == "killed" else "wounded"
            scored = [t for t in attack if t.gold.coded(name) is not None]
            scored_found = [t for t in scored if t.found]
            right = sum(t.right(name) for t in scored)
            out[f"{prefix}_right_lines"] = right
            out[f"{prefix}_right"] = _rate(right, len(scored))
            out[f"{prefix}_right_given_found"] = _rate(right, len(scored_found))
            out[f"{name}_coded_vague"] = len(attack) - len(scored)
        out |= {
            "no_attack_lines": len(no_attack),
            "false_alarms": alarms,
            "false_alarm_rate": _rate(alarms, len(no_attack)),
        }
        return out

    def mismatches(self) -> list[TollLine]:
        return [t for t in self.lines if t.wrong]


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def tally_tolls(gold: list[TollGold], records: dict[int, list[Record]]) -> TollScore:
    """Score coded lines against the records the pipeline gave each line (keyed by line)."""
    lost = [g.line for g in gold if g.line not in records]
    if lost:
        raise ValueError(f"no pipeline result for coded line(s) {lost[:10]}")
    return TollScore([TollLine(g, main_attack(records[g.line])) for g in gold])


def score_satp_tolls(
    path: Path, gold_path: Path, settings: Settings, limit: int | None = None
) -> TollScore:
    """Death tolls of the coded lines of ``path`` among its first ``limit`` texts."""
    gold = read_toll_gold(gold_path)
    texts = satp_results(path, settings, limit, lines={g.line for g in gold})
    records = {t.line: [] if t.result is None else t.result.records for t in texts}
    if limit is None and (absent := [g.line for g in gold if g.line not in records]):
        raise ValueError(f"{gold_path}: coded line(s) {absent[:10]} not in {path}")
    return tally_tolls([g for g in gold if g.line in records], records)


# --- SATP event dates ------------------------------------------------------------------------
#
# The key (bench/gold/satp_relevant_dev_dates.tsv, described in bench/gold/README.md) codes the
# month and day that each of the first 120 notes states for its main attack. The notes carry no
# publication date, and no year for "November 24": each is read as published on Dec. 31 of the
# latest year it names (2015 when it names none), and only month and day are compared.

DEFAULT_NOTE_YEAR = 2015


@dataclass(frozen=True)
class DateGold:
    line: int
    month: int | None
    day: int | None
    words: str


@dataclass
class DateLine:
    gold: DateGold
    record: Record | None

    @property
    def predicted(self) -> dict | None:
        return self.record.data.get("date") if self.record is not None else None

    @property
    def right(self) -> bool:
        when = self.predicted or {}
        if not when.get("start") or when.get("start") != when.get("end"):
            return False
        day = date.fromisoformat(when["start"])
        return (day.month, day.day) == (self.gold.month, self.gold.day)


@dataclass
class DateScore:
    lines: list[DateLine]

    def as_dict(self) -> dict:
        stated = [t for t in self.lines if t.gold.month is not None]
        found = [t for t in stated if t.record is not None]
        return {
            "lines_with_a_stated_day": len(stated),
            "attack_found": len(found),
            "day_right": _rate(sum(t.right for t in stated), len(stated)),
            "day_right_given_found": _rate(sum(t.right for t in found), len(found)),
        }

    def mismatches(self) -> list[DateLine]:
        return [t for t in self.lines if t.gold.month is not None and not t.right]


def read_date_gold(path: Path) -> list[DateGold]:
    """The coded lines of a date key (tab-separated, header ``line month day words note``)."""
    return _coded_rows(path, {"line", "month", "day", "words"}, _date_gold)


def _date_gold(row: dict) -> DateGold:
    month, day = _coded_part(row["month"], 12), _coded_part(row["day"], 31)
    if (month is None) != (day is None):
        raise ValueError("month and day are coded together or not at all")
    return DateGold(int(row["line"]), month, day, (row["words"] or "").strip())


def _coded_part(value: str | None, top: int) -> int | None:
    value = (value or "").strip()
    if value == "-":
        return None
    number = int(value)
    if not 1 <= number <= top:
        raise ValueError(f"{number} is not between 1 and {top}")
    return number


def note_published(text: str) -> date:
    """Dec. 31 of the latest year a note names (the notes carry no publication date)."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    return date(max(years, default=DEFAULT_NOTE_YEAR), 12, 31)


def score_satp_dates(
    path: Path, gold_path: Path, settings: Settings, limit: int | None = None
) -> DateScore:
    """The day of the main attack of the coded lines of ``path`` among its first ``limit``."""
    gold = read_date_gold(gold_path)
    texts = satp_results(
        path, settings, limit, lines={g.line for g in gold}, published=note_published
    )
    records = {t.line: [] if t.result is None else t.result.records for t in texts}
    return DateScore([DateLine(g, main_attack(records[g.line])) for g in gold if g.line in records])
