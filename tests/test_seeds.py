"""The seed articles in ../shared/seeds (when present): ingest them through the CLI, export JSONL,
validate every line against the spec and check every evidence offset against the stored text."""

from __future__ import annotations

import json

import pytest

from helpers import SHARED, WIDE, summary_number
from spec_check import problems
from watchfloor.cli import app
from watchfloor.store import Store

SEEDS = SHARED / "seeds"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.e2e,
    pytest.mark.skipif(
        not SEEDS.is_dir() or not any(SEEDS.iterdir()),
        reason="../shared/seeds is not present beside the repository",
    ),
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, nlp, cli_runner):
    workdir = tmp_path_factory.mktemp("seeds")
    db = workdir / "seeds.db"
    result = cli_runner.invoke(app, ["--db", str(db), "ingest", str(SEEDS)], env=WIDE)
    assert result.exit_code == 0, (result.output, result.exception)
    target = workdir / "seeds.jsonl"
    exported = cli_runner.invoke(
        app, ["--db", str(db), "export", "--format", "jsonl", "-o", str(target)], env=WIDE
    )
    assert exported.exit_code == 0, exported.output
    lines = target.read_text(encoding="utf-8").splitlines()
    return Store(str(db)), result.output, [json.loads(line) for line in lines]


def test_every_seed_file_is_read(seeded):
    store, output, _ = seeded
    files = [
        p
        for p in SEEDS.rglob("*")
        if p.is_file() and p.suffix in (".txt", ".html", ".jsonl", ".xml")
    ]
    read = summary_number(output, "articles read")
    assert read >= len(files)
    stored = summary_number(output, "stored (new or re-processed)")
    skipped = summary_number(output, "skipped")
    assert stored + skipped + summary_number(output, "unchanged (already stored)") == read
    assert store.counts()["documents"] == stored > 0


def test_every_exported_line_validates(seeded):
    _, _, records = seeded
    assert records
    bad = {r.get("id"): problems(r) for r in records if problems(r)}
    assert not bad, json.dumps(bad, indent=1)[:3000]


def test_every_evidence_offset_slices_the_stored_text(seeded):
    store, _, records = seeded
    checked = 0
    for record in records:
        if record["kind"] != "event":
            continue
        for source in record["sources"]:
            document = store.document(source["doc_id"])
            assert document is not None, source["doc_id"]
            assert source["evidence"], record["id"]
            for e in source["evidence"]:
                assert document.text[e["start"] : e["end"]] == e["text"], (record["id"], e)
                checked += 1
    assert checked > 0


def test_record_ids_are_unique(seeded):
    _, _, records = seeded
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
