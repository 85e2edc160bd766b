"""Operations and detentions in ISAF press releases: does the pipeline record what an analyst
coded?

Each release's text goes through the whole pipeline alone. Every release tells at least one
operation or detention (the analysts coded each with an event type), so:

- ``found``: releases with at least one reported ``military_operation`` or ``arrest`` record;
- detentions: a release whose coded ``min_captured`` is above zero should give a reported
  ``arrest`` record, or an operation record that detained people (a raid "killing two and
  detaining three" is one record with ``arrested``), one coded zero none (``false_alarms``);
  ``count_right`` compares the sum of ``arrested.min`` over those records with
  ``min_captured`` (the analysts' floor for the whole release: "several" is coded 3);
- operations: a release coded ``insurgentskilled``, ``captureandkill`` or ``airstrike`` should
  give a ``military_operation`` record (an airstrike one of subtype ``airstrike`` or
  ``drone_strike``); ``killed_right`` compares the largest ``killed.min`` of its operation
  records with ``min_killed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from watchfloor.analyze.evaluate import read_jsonl_rows, run_pipeline, share
from watchfloor.models import RawArticle
from watchfloor.settings import Settings
from watchfloor.text import to_document

_OPERATION_CODES = frozenset({"insurgentskilled", "captureandkill", "airstrike"})
_FROM_THE_AIR = frozenset({"airstrike", "drone_strike"})


@dataclass
class ReleaseOutcome:
    release: str
    coded_types: frozenset[str]
    coded_captured: int
    coded_killed: int
    arrests: int  # reported arrest records
    arrested: int | None  # arrested.min summed over them, None if none gives a count
    operations: int  # reported military_operation records
    subtypes: frozenset[str]
    killed: int | None  # the largest killed.min of the operation records

    @property
    def found(self) -> bool:
        return self.arrests + self.operations > 0


@dataclass
class ReleaseScore:
    outcomes: list[ReleaseOutcome]

    def as_dict(self) -> dict:
        out = self.outcomes
        detained = [o for o in out if o.coded_captured > 0]
        not_detained = [o for o in out if o.coded_captured == 0]
        operations = [o for o in out if o.coded_types & _OPERATION_CODES]
        strikes = [o for o in out if "airstrike" in o.coded_types]
        killed = [o for o in operations if o.coded_killed > 0 and o.operations]
        return {
            "releases": len(out),
            "found": share([o.found for o in out]),
            "with_detentions": len(detained),
            "detention_found": share([o.arrests > 0 for o in detained]),
            "without_detentions": len(not_detained),
            "detention_false_alarms": share([o.arrests > 0 for o in not_detained]),
            "detained_right_given_found": share(
                [o.arrested == o.coded_captured for o in detained if o.arrests]
            ),
            "with_operations": len(operations),
            "operation_found": share([o.operations > 0 for o in operations]),
            "airstrikes": len(strikes),
            "airstrike_found": share([bool(o.subtypes & _FROM_THE_AIR) for o in strikes]),
            "killed_right_given_found": share([o.killed == o.coded_killed for o in killed]),
        }

    def mismatches(self) -> list[ReleaseOutcome]:
        return [
            o
            for o in self.outcomes
            if not o.found
            or (o.arrests > 0) != (o.coded_captured > 0)
            or (o.arrests and o.arrested != o.coded_captured)
        ]


def score_releases(path: Path, settings: Settings, limit: int | None = None) -> ReleaseScore:
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
        records = [
            r.data
            for r in (result.records if result else [])
            if r.kind == "event" and r.data["certainty"] == "reported"
        ]
        operations = [r for r in records if r["type"] == "military_operation"]
        arrests = [r for r in records if r["type"] == "arrest"]
        arrests += [o for o in operations if _minimum(o, "arrested") is not None]
        outcomes.append(_outcome(row, arrests, operations))
    return ReleaseScore(outcomes)


def _outcome(row: dict, arrests: list[dict], operations: list[dict]) -> ReleaseOutcome:
    gold = row["gold"]
    coded = frozenset(t for item in gold.get("event_type") or [] for t in item.split(";") if t)
    arrested = [_minimum(a, "arrested") for a in arrests]
    arrested = [c for c in arrested if c is not None]
    killed = [_minimum(o, "killed") for o in operations]
    killed = [k for k in killed if k is not None]
    return ReleaseOutcome(
        release=str(row.get("release_id")),
        coded_types=coded,
        coded_captured=int(gold.get("min_captured") or 0),
        coded_killed=int(gold.get("min_killed") or 0),
        arrests=len(arrests),
        arrested=sum(arrested) if arrested else None,
        operations=len(operations),
        subtypes=frozenset(o["subtype"] for o in operations),
        killed=max(killed) if killed else None,
    )


def _minimum(record: dict, field: str) -> int | None:
    return (record.get(field) or {}).get("min")
