"""Entities over the stored sample corpus (``analyze.entities``) and the ``entities`` and
``entity NAME`` commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import SHARED, WIDE
from watchfloor.analyze.entities import entity_records, find_entity
from watchfloor.cli import app
from watchfloor.errors import ExitCode
from watchfloor.pipeline import ingest
from watchfloor.store import Store

pytestmark = pytest.mark.slow

SEEDS = SHARED / "seeds"


def test_every_alias_of_the_islamic_state_is_one_entity(sample_store):
    records = {r.data["canonical"]: r for r in entity_records(sample_store)}
    islamic_state = records["Islamic State"]
    assert {"ISIS", "ISIL", "Daesh"} <= set(islamic_state.data["aliases"])
    holders = [c for c, r in records.items() if "ISIS" in r.data["aliases"]]
    assert holders == ["Islamic State"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds absent")
def test_every_alias_of_a_leader_in_the_seeds_is_one_entity(tmp_path, nlp, settings):
    store = Store(str(tmp_path / "seeds.db"))
    ingest([SEEDS], store, settings)
    records = {r.data["canonical"]: r for r in entity_records(store)}
    baghdadi = records["Abu Bakr al-Baghdadi"]
    assert baghdadi.data["type"] == "person"
    assert {"Baghdadi", "al-Baghdadi"} <= set(baghdadi.data["aliases"])
    holders = [c for c, r in records.items() if "Baghdadi" in r.data["aliases"]]
    assert holders == ["Abu Bakr al-Baghdadi"]


def test_platforms_named_by_records_are_entities(sample_store):
    types = {r.data["canonical"]: r.data["type"] for r in entity_records(sample_store)}
    assert types.get("Telegram") == "platform"


def test_find_entity_by_alias_lists_its_events_in_date_order(sample_store):
    view = find_entity(sample_store, "isis")
    assert view is not None and view.record.data["canonical"] == "Islamic State"
    assert len(view.events) >= 5
    starts = [(e.data.get("date") or {}).get("start") or "9999" for e in view.events]
    assert starts == sorted(starts)
    assert find_entity(sample_store, "no such group anywhere") is None


def test_entities_command_json(sample_db, cli_runner):
    result = cli_runner.invoke(
        app, ["--db", str(sample_db.db), "entities", "--json", "--limit", "500"], env=WIDE
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert rows and all(r["kind"] == "entity" for r in rows)


def test_entity_command(sample_db, cli_runner):
    result = cli_runner.invoke(app, ["--db", str(sample_db.db), "entity", "Daesh"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "Islamic State (armed_group)" in result.output
    # through the installed script: exit codes are set by its error handler
    script = Path(sys.executable).parent / "watchfloor"
    if script.is_file():
        proc = subprocess.run(
            [str(script), "--db", str(sample_db.db), "entity", "Nobody"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == ExitCode.NOT_FOUND
        assert "watchfloor entities" in proc.stderr
