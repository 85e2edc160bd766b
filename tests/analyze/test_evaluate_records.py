"""Scoring records against a gold file (``analyze.evaluate_records``, ``eval records``)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from helpers import WIDE
from watchfloor.analyze.evaluate_records import score_records
from watchfloor.cli import app

pytestmark = pytest.mark.slow

# stdout holds the JSON, stderr the progress: read apart
SEPARATE = CliRunner(mix_stderr=False)

ARTICLE = (
    "MOSUL, Iraq, June 12, 2021 —\n\n"
    "Police in Mosul arrested three Islamic State suspects on Tuesday, officials said.\n\n"
    "The arrests followed weeks of surveillance.\n"
)
GOLD = [
    {
        "kind": "event",
        "doc": "mosul.txt",
        "type": "arrest",
        "subtype": "arrest",
        "date": {"start": "2021-06-08", "end": "2021-06-08", "precision": "day"},
        "location": {"name": "Mosul", "admin1": "Nineveh", "country_code": "IQ"},
        "actors": [],
        "killed": None,
        "wounded": None,
        "weapons": [],
        "claimed_by": [],
        "evidence": [
            "Police in Mosul arrested three Islamic State suspects on Tuesday, officials said."
        ],
    },
    # nothing in the article tells it: a miss that lowers recall
    {
        "kind": "event",
        "doc": "mosul.txt",
        "type": "pledge",
        "subtype": "allegiance",
        "date": None,
        "location": None,
        "actors": [],
        "evidence": ["The arrests followed weeks of surveillance."],
    },
]


@pytest.fixture()
def gold_file(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "mosul.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    return path


def test_events_are_matched_and_their_fields_scored(gold_file, settings):
    figures = score_records(gold_file, gold_file.parent / "articles", settings).as_dict()
    events = figures["kinds"]["event"]
    assert (events["gold"], events["matched"]) == (2, 1)
    assert events["recall"] == 0.5
    assert figures["event_types"]["arrest"]["matched"] == 1
    assert figures["event_types"]["pledge"]["recall"] == 0.0
    others = figures["events_other_than_attacks"]
    assert (others["gold"], others["matched"]) == (2, 1)
    assert figures["event_fields"]["date"] == 1.0
    assert figures["event_fields"]["country"] == 1.0


def test_unmatched_records_are_listed(gold_file, settings):
    score = score_records(gold_file, gold_file.parent / "articles", settings)
    missed = [e for e in score.errors if e.how == "missed"]
    assert [e.record["type"] for e in missed] == ["pledge"]


def test_eval_records_command(gold_file, cli_runner):
    result = cli_runner.invoke(app, ["eval", "records", str(gold_file), "--json"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["kinds"]["event"]["matched"] == 1
    table = cli_runner.invoke(app, ["eval", "records", str(gold_file)], env=WIDE)
    assert table.exit_code == 0 and "statement speaker" in table.output


def test_missing_article_is_reported(gold_file, settings):
    (gold_file.parent / "articles" / "mosul.txt").unlink()
    figures = score_records(gold_file, gold_file.parent / "articles", settings).as_dict()
    assert figures["missing_docs"] == ["mosul.txt"]


def test_predictions_written_then_rescored_give_the_same_figures(gold_file, tmp_path):
    written = tmp_path / "predicted.jsonl"
    first = SEPARATE.invoke(
        app,
        ["eval", "records", str(gold_file), "--json", "--predictions", str(written)],
        env=WIDE,
    )
    assert first.exit_code == 0, first.output
    rows = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} == {"mosul.txt"}
    assert all(isinstance(e, str) for r in rows for e in r["evidence"])
    again = SEPARATE.invoke(
        app, ["eval", "records", str(gold_file), "--json", "--score", str(written)], env=WIDE
    )
    assert again.exit_code == 0, again.output
    figures = json.loads(again.stdout)
    assert figures["kinds"] == json.loads(first.stdout)["kinds"]
    assert figures["kinds"]["event"]["matched"] == 1


def test_a_predictions_file_without_the_arrest_scores_lower(gold_file, tmp_path):
    written = tmp_path / "predicted.jsonl"
    SEPARATE.invoke(
        app, ["eval", "records", str(gold_file), "--predictions", str(written)], env=WIDE
    )
    kept = [
        line
        for line in written.read_text(encoding="utf-8").splitlines()
        if json.loads(line).get("type") != "arrest"
    ]
    written.write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = SEPARATE.invoke(
        app, ["eval", "records", str(gold_file), "--json", "--score", str(written)], env=WIDE
    )
    assert json.loads(result.stdout)["kinds"]["event"]["matched"] == 0
