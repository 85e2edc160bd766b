"""Stage 9, export: JSONL exactly as records.md, CSV with one row per event."""

from __future__ import annotations

import csv
import io
import json

import pytest

from spec_check import problems
from watchfloor.export import CSV_COLUMNS, FORMATS, write_csv, write_jsonl

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def jsonl_lines(sample_store):
    out = io.StringIO()
    n = write_jsonl(sample_store, out)
    lines = out.getvalue().splitlines()
    assert n == len(lines)
    return [json.loads(line) for line in lines]


def test_formats():
    assert set(FORMATS) == {"jsonl", "csv"}


def test_every_jsonl_line_validates_against_the_spec(jsonl_lines):
    assert jsonl_lines
    bad = {obj.get("id"): problems(obj) for obj in jsonl_lines if problems(obj)}
    assert not bad, json.dumps(bad, indent=1)[:3000]


def test_jsonl_holds_every_event_once_and_entities(jsonl_lines, sample_store):
    events = [o for o in jsonl_lines if o["kind"] == "event"]
    entities = [o for o in jsonl_lines if o["kind"] == "entity"]
    assert len(events) == sample_store.counts()["events"]
    assert len({o["id"] for o in events}) == len(events)
    assert entities
    assert len({o["canonical"] for o in entities}) == len(entities)
    canonical = {o["canonical"] for o in entities}
    assert "Islamic State" in canonical


def test_jsonl_evidence_slices_the_stored_articles(jsonl_lines, sample_store):
    docs = {}
    checked = 0
    for obj in jsonl_lines:
        if obj["kind"] != "event":
            continue
        for source in obj["sources"]:
            if source["doc_id"] not in docs:
                docs[source["doc_id"]] = sample_store.document(source["doc_id"])
            row = docs[source["doc_id"]]
            assert row is not None
            assert source["published"] == (row.published.isoformat() if row.published else None)
            assert source["url"] == row.url
            for e in source["evidence"]:
                assert row.text[e["start"] : e["end"]] == e["text"]
                checked += 1
    assert checked


def test_local_files_keep_their_name_in_the_url(jsonl_lines):
    urls = [s["url"] for o in jsonl_lines if o["kind"] == "event" for s in o["sources"]]
    assert all(urls)
    file_urls = [u for u in urls if u.startswith("file:")]
    assert file_urls
    assert any(u.endswith(".txt") for u in file_urls)


def test_csv_has_a_header_and_one_row_per_event(sample_store):
    out = io.StringIO()
    n = write_csv(sample_store, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert header == CSV_COLUMNS
    assert n == len(rows) == sample_store.counts()["events"]
    assert {r["id"] for r in rows} == {r.id for r in sample_store.iter_records("event")}
    for row in rows:
        record = sample_store.record(row["id"])
        assert row["type"] == record.data["type"]
        assert row["subtype"] == (record.data["subtype"] or "")
        assert row["certainty"] == record.data["certainty"]
        assert int(row["n_sources"]) == len(record.sources)
        killed = record.data["killed"] or {}
        assert row["killed_min"] == ("" if killed.get("min") is None else str(killed["min"]))
        for ev in (e for s in record.sources for e in s.evidence):
            assert ev.text in row["evidence"]
