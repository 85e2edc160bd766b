"""Stage 9, export: stored records -> JSONL (exactly the spec) or CSV (one row per event)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from watchfloor.analyze.entities import entity_records
from watchfloor.models import Record
from watchfloor.store import Store

FORMATS = ("jsonl", "csv")

CSV_COLUMNS = [
    "id",
    "type",
    "subtype",
    "certainty",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "place",
    "admin1",
    "country",
    "country_code",
    "lat",
    "lon",
    "perpetrators",
    "victims",
    "targets",
    "killed_min",
    "killed_max",
    "wounded_min",
    "wounded_max",
    "weapons",
    "claimed_by",
    "attribution",
    "summary",
    "n_sources",
    "doc_ids",
    "urls",
    "evidence",
]


def all_records(store: Store) -> Iterator[Record]:
    for kind in ("event", "statistic", "statement"):
        yield from store.iter_records(kind)
    yield from entity_records(store)


def write_jsonl(store: Store, out: TextIO) -> int:
    n = 0
    for record in all_records(store):
        out.write(json.dumps(record.to_spec(), ensure_ascii=False, sort_keys=False) + "\n")
        n += 1
    return n


def write_csv(store: Store, out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for record in store.iter_records("event"):
        writer.writerow(event_row(record))
        n += 1
    return n


def event_row(record: Record) -> dict:
    d = record.data
    when = d.get("date") or {}
    loc = d.get("location") or {}
    killed = d.get("killed") or {}
    wounded = d.get("wounded") or {}

    def names(role: str) -> str:
        return "; ".join(
            a.get("canonical") or a["name"] for a in d.get("actors", []) if a["role"] == role
        )

    return {
        "id": record.id,
        "type": d.get("type"),
        "subtype": d.get("subtype"),
        "certainty": d.get("certainty"),
        "date_start": when.get("start"),
        "date_end": when.get("end"),
        "date_precision": when.get("precision"),
        "date_text": when.get("text"),
        "place": loc.get("name"),
        "admin1": loc.get("admin1"),
        "country": loc.get("country"),
        "country_code": loc.get("country_code"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "perpetrators": names("perpetrator"),
        "victims": names("victim"),
        "targets": names("target"),
        "killed_min": killed.get("min"),
        "killed_max": killed.get("max"),
        "wounded_min": wounded.get("min"),
        "wounded_max": wounded.get("max"),
        "weapons": "; ".join(d.get("weapons", [])),
        "claimed_by": "; ".join(d.get("claimed_by", [])),
        "attribution": d.get("attribution"),
        "summary": d.get("summary"),
        "n_sources": len(record.sources),
        "doc_ids": "; ".join(s.doc_id for s in record.sources),
        "urls": "; ".join(s.url or "" for s in record.sources),
        "evidence": " | ".join(e.text for s in record.sources for e in s.evidence),
    }
