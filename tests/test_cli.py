"""The command line end to end: typer's CliRunner on watchfloor.cli.app (in-process, so spaCy is
loaded once), and the installed `watchfloor` script where exit codes of named errors matter."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from helpers import BAD, CORPUS, RECORD_ID, WIDE, last_weekday, summary_number
from spec_check import problems
from watchfloor import __version__
from watchfloor.cli import app
from watchfloor.errors import ExitCode, InputNotFoundError
from watchfloor.export import CSV_COLUMNS
from watchfloor.store import EventFilter, Store
from watchfloor.store.schema import DocumentRow

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

BAD_FILES = ["empty.txt", "binary_garbage.txt", "malformed.jsonl", "malformed_feed.xml"]


def _invoke(runner, *args, env=None, ok=True):
    result = runner.invoke(app, [str(a) for a in args], env={**WIDE, **(env or {})})
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


def _script() -> str:
    candidate = Path(sys.executable).parent / "watchfloor"
    found = str(candidate) if candidate.is_file() else shutil.which("watchfloor")
    if not found:
        pytest.skip("the watchfloor script is not installed")
    return found


def _run_script(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, **WIDE}
    env.pop("WATCHFLOOR_DB", None)
    env.pop("WATCHFLOOR_CONFIG", None)
    return subprocess.run(
        [_script(), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


# --- ingest ----------------------------------------------------------------------------------------


def test_ingest_sample_corpus(sample_db, sample_store):
    assert sample_db.exit_code == 0, sample_db.output
    out = sample_db.output
    stored = summary_number(out, "stored (new or re-processed)")
    assert stored == sample_store.counts()["documents"] > 0
    assert summary_number(out, "unchanged (already stored)") == 0
    skipped = summary_number(out, "skipped")
    assert skipped >= len(BAD_FILES)
    assert summary_number(out, "articles read") == stored + skipped
    for name in BAD_FILES:
        assert name in out, f"skipped file {name} not named in the summary"
    assert sample_store.counts()["events"] > 0
    # the good lines around the broken one in malformed.jsonl are kept, the broken one is not
    with Session(sample_store.engine) as s:
        origins = set(s.scalars(select(DocumentRow.origin)))
    malformed = BAD / "malformed.jsonl"
    assert {f"{malformed}:1", f"{malformed}:3"} <= origins
    assert f"{malformed}:2" not in origins
    assert f"{malformed}:2" in out


def test_reingest_stores_nothing_new(sample_db, sample_store, cli_runner):
    first_stored = summary_number(sample_db.output, "stored (new or re-processed)")
    counts = sample_store.counts()
    ids = {r.id for r in sample_store.events(EventFilter())}
    result = _invoke(cli_runner, "--db", sample_db.db, "ingest", CORPUS, BAD)
    assert summary_number(result.output, "stored (new or re-processed)") == 0
    assert summary_number(result.output, "unchanged (already stored)") == first_stored
    assert sample_store.counts() == counts
    assert {r.id for r in sample_store.events(EventFilter())} == ids


def test_skipped_names_survive_a_narrow_terminal(sample_db, cli_runner):
    result = cli_runner.invoke(
        app, ["--db", str(sample_db.db), "ingest", str(BAD)], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0
    for name in BAD_FILES:
        assert name in result.output


def test_published_option_applies(tmp_path, cli_runner):
    article = tmp_path / "undated.txt"
    article.write_text(
        "Gunmen attack police post in Kirkuk\n\n"
        "Gunmen attacked a police post in Kirkuk, Iraq, on Friday, killing two officers, "
        "officials said.",
        encoding="utf-8",
    )
    db = tmp_path / "pub.db"
    _invoke(cli_runner, "--db", db, "ingest", "--published", "2020-01-05", article)
    store = Store(str(db))
    [record] = [r for r in store.iter_records() if r.data["certainty"] == "reported"]
    assert record.sources[0].published == "2020-01-05"
    assert store.document(record.sources[0].doc_id).published == date(2020, 1, 5)
    friday = last_weekday(date(2020, 1, 5), "friday").isoformat()
    assert record.data["date"]["start"] == record.data["date"]["end"] == friday


def test_published_must_be_a_date(tmp_path, cli_runner):
    article = tmp_path / "a.txt"
    article.write_text("Some words of an article here.", encoding="utf-8")
    result = _invoke(
        cli_runner,
        "--db",
        tmp_path / "x.db",
        "ingest",
        "--published",
        "5 Jan 2020",
        article,
        ok=False,
    )
    assert result.exit_code == ExitCode.USAGE
    assert "YYYY-MM-DD" in result.output


def test_missing_path_raises_input_not_found_in_process(tmp_path, cli_runner):
    result = cli_runner.invoke(
        app, ["--db", str(tmp_path / "x.db"), "ingest", str(tmp_path / "nope")], env=WIDE
    )
    assert isinstance(result.exception, InputNotFoundError)


def test_missing_path_exit_code(tmp_path):
    missing = tmp_path / "no-such-folder"
    proc = _run_script("--db", tmp_path / "x.db", "ingest", missing, cwd=tmp_path)
    assert proc.returncode == ExitCode.NO_INPUT == InputNotFoundError.exit_code
    assert "no-such-folder" in proc.stderr
    assert "Traceback" not in proc.stderr


# --- events, show, summary -------------------------------------------------------------------------


def _listed_ids(output: str) -> set[str]:
    return set(RECORD_ID.findall(output))


@pytest.mark.parametrize(
    ("args", "flt"),
    [
        (["--type", "attack", "--country", "IQ"], EventFilter(type="attack", country="IQ")),
        (
            ["--actor", "Islamic State", "--since", "2020-01-01", "--until", "2021-12-31"],
            EventFilter(actor="Islamic State", since=date(2020, 1, 1), until=date(2021, 12, 31)),
        ),
        (["--search", "Mogadishu"], EventFilter(text="Mogadishu")),
        (
            ["--certainty", "reported", "--subtype", "bombing"],
            EventFilter(certainty="reported", subtype="bombing"),
        ),
        (["--type", "attack", "--limit", "3"], EventFilter(type="attack", limit=3)),
        (["--admin1", "borno"], EventFilter(admin1="Borno")),
    ],
)
def test_events_with_filters(sample_db, sample_store, cli_runner, args, flt):
    result = _invoke(cli_runner, "--db", sample_db.db, "events", *args)
    expected = {r.id for r in sample_store.events(flt)}
    assert expected, f"filter {args} matches nothing in the sample corpus"
    assert _listed_ids(result.output) == expected
    assert f"{len(expected)} event(s)" in result.output


def test_places_lists_every_event_s_place_once(sample_db, sample_store, cli_runner):
    result = _invoke(cli_runner, "--db", sample_db.db, "places", "--json", "--limit", "1000")
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    events = sample_store.events(EventFilter())
    assert sum(r["events"] for r in rows) == len(events)
    assert len({(r["country_code"], r["admin1"], r["place"]) for r in rows}) == len(rows)
    counts = [r["events"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    kabul = [r for r in rows if r["place"] == "Kabul"]
    assert kabul and kabul[0]["country_code"] == "AF"
    assert kabul[0]["events"] == len(
        [e for e in events if e.place == "Kabul" and e.country_code == "AF"]
    )


def test_places_filtered_by_province(sample_db, cli_runner):
    result = _invoke(cli_runner, "--db", sample_db.db, "places", "--admin1", "Borno")
    assert "Nigeria (NG)" in result.output
    assert "Afghanistan" not in result.output


def test_events_filter_that_matches_nothing(sample_db, cli_runner):
    result = _invoke(cli_runner, "--db", sample_db.db, "events", "--since", "2099-01-01")
    assert "0 event(s)" in result.output
    assert not _listed_ids(result.output)


def test_events_bad_date_is_a_usage_error(sample_db, cli_runner):
    result = _invoke(cli_runner, "--db", sample_db.db, "events", "--since", "yesterday", ok=False)
    assert result.exit_code == ExitCode.USAGE


def test_show_prints_the_evidence(sample_db, sample_store, cli_runner):
    record = max(sample_store.iter_records(), key=lambda r: len(r.sources[0].evidence))
    result = _invoke(cli_runner, "--db", sample_db.db, "show", record.id[:12])
    out = result.output
    assert record.id in out
    assert record.data["summary"] in out
    for source in record.sources:
        assert source.doc_id in out
        for e in source.evidence:
            assert f"[{e.start}:{e.end}] {e.text}" in out


def test_show_unknown_id_exit_code(sample_db, tmp_path):
    proc = _run_script("--db", sample_db.db, "show", "0000000000000000", cwd=tmp_path)
    assert proc.returncode == ExitCode.NOT_FOUND
    assert "0000000000000000" in proc.stderr


def test_summary_and_db_from_environment(sample_db, sample_store, cli_runner):
    result = _invoke(cli_runner, "summary", env={"WATCHFLOOR_DB": str(sample_db.db)})
    assert f"({sample_store.counts()['documents']} documents)" in result.output
    for type_, subtype, certainty, n in sample_store.summary_by_type():
        row = r"\W+".join(re.escape(str(v)) for v in (type_, subtype or "", certainty or "", n))
        assert re.search(row + r"\b", result.output), (type_, subtype, certainty, n)


def test_version(cli_runner):
    result = _invoke(cli_runner, "--version")
    assert __version__ in result.output


def test_bad_config_exit_code(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("[watchfloor]\nno_such_setting = 3\n", encoding="utf-8")
    proc = _run_script("--config", config, "--db", tmp_path / "x.db", "summary", cwd=tmp_path)
    assert proc.returncode == ExitCode.CONFIG
    assert "no_such_setting" in proc.stderr


# --- export ------------------------------------------------------------------------------------------


def test_export_jsonl_to_file(sample_db, sample_store, cli_runner, tmp_path):
    target = tmp_path / "records.jsonl"
    result = _invoke(cli_runner, "--db", sample_db.db, "export", "--format", "jsonl", "-o", target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert f"wrote {len(lines)} record(s)" in result.output
    objects = [json.loads(line) for line in lines]
    for obj in objects:
        assert problems(obj) == [], obj.get("id")
    events = [o for o in objects if o["kind"] == "event"]
    assert len(events) == sample_store.counts()["events"]


def test_export_jsonl_to_stdout(sample_db, tmp_path):
    from typer.testing import CliRunner

    runner = CliRunner(mix_stderr=False)
    result = runner.invoke(app, ["--db", str(sample_db.db), "export"], env=WIDE)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and all(problems(json.loads(line)) == [] for line in lines)
    assert "wrote" in result.stderr and "wrote" not in result.stdout


def test_export_csv_to_file(sample_db, sample_store, cli_runner, tmp_path):
    target = tmp_path / "events.csv"
    _invoke(cli_runner, "--db", sample_db.db, "export", "--format", "csv", "--output", target)
    with target.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        assert reader.fieldnames == CSV_COLUMNS
    assert len(rows) == sample_store.counts()["events"]
    assert {r["id"] for r in rows} == {r.id for r in sample_store.events(EventFilter())}


def test_export_unknown_format(sample_db, cli_runner, tmp_path):
    target = tmp_path / "x.xml"
    result = _invoke(
        cli_runner, "--db", sample_db.db, "export", "--format", "xml", "-o", target, ok=False
    )
    assert result.exit_code != 0
    assert result.exit_code == ExitCode.USAGE
    assert "xml" in result.output
    assert not target.exists()
