"""Arrests in ISAF press releases: does the pipeline record the detentions an analyst coded?

Each release's text goes through the whole pipeline alone. A release whose coded
``min_captured`` is above zero should give at least one reported ``arrest`` record; one coded
zero should give none. ``count_right`` compares the sum of ``arrested.min`` over its records
with ``min_captured`` (the analysts' floor for the whole release: "several" is coded 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from watchfloor.analyze.evaluate import read_jsonl_rows, run_pipeline, share
from watchfloor.models import RawArticle
from watchfloor.settings import Settings
from watchfloor.text import to_document


@dataclass
class ArrestOutcome:
    release: str
    coded: int
    found: int | None  # arrested.min summed over the release's arrest records, None if none
    records: int

    @property
    def detected(self) -> bool:
        return self.records > 0


@dataclass
class ArrestScore:
    outcomes: list[ArrestOutcome]

    def as_dict(self) -> dict:
        with_arrests = [o for o in self.outcomes if o.coded > 0]
        without = [o for o in self.outcomes if o.coded == 0]
        counted = [o for o in with_arrests if o.detected]
        return {
            "releases": len(self.outcomes),
            "with_detentions": len(with_arrests),
            "found": share([o.detected for o in with_arrests]),
            "without_detentions": len(without),
            "false_alarms": share([o.detected for o in without]),
            "count_right_given_found": share([o.found == o.coded for o in counted]),
        }

    def mismatches(self) -> list[ArrestOutcome]:
        return [
            o
            for o in self.outcomes
            if o.detected != (o.coded > 0) or (o.detected and o.found != o.coded)
        ]


def score_release_arrests(path: Path, settings: Settings, limit: int | None = None) -> ArrestScore:
    rows = read_jsonl_rows(path)[:limit]
    documents = [
        to_document(RawArticle(text=r["text"], origin=f"{n}:{r.get('release_id')}"))
        for n, r in enumerate(rows)
    ]
    results = run_pipeline(documents, settings)
    by_origin = {res.document.origin: res for res in results}
    outcomes = []
    for document, row in zip(documents, rows, strict=True):
        result = by_origin.get(document.origin)
        arrests = [
            r.data
            for r in (result.records if result else [])
            if r.kind == "event"
            and r.data["type"] == "arrest"
            and r.data["certainty"] == "reported"
        ]
        counts = [(a.get("arrested") or {}).get("min") for a in arrests]
        counts = [c for c in counts if c is not None]
        outcomes.append(
            ArrestOutcome(
                str(row.get("release_id")),
                int(row["gold"].get("min_captured") or 0),
                sum(counts) if counts else None,
                len(arrests),
            )
        )
    return ArrestScore(outcomes)
