"""The time-stage scorer and ``watchfloor eval time``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.analyze.evaluate_time import score_time
from watchfloor.errors import UnreadableInputError

SHIPPED = Path(__file__).resolve().parents[2] / "bench" / "cases" / "time.jsonl"

CASES = [
    {
        "id": "a",
        "text": "Gunmen attacked a post on Jan. 14.",
        "anchor": "2020-01-29",
        "expression": "Jan. 14",
        "start": "2020-01-14",
        "end": "2020-01-14",
        "precision": "day",
        "form": "month_day",
    },
    # expected wrong on purpose: the scorer must count it as wrong
    {
        "id": "b",
        "text": "It happened on Jan. 14.",
        "anchor": "2020-01-29",
        "expression": "Jan. 14",
        "start": "2019-01-14",
        "end": "2019-01-14",
        "precision": "day",
        "form": "month_day",
    },
    {
        "id": "c",
        "text": "A 24-year-old man was hurt.",
        "anchor": "2020-01-29",
        "expression": None,
        "start": None,
        "end": None,
        "precision": None,
        "form": "negative_age",
    },
]


def _write(tmp_path: Path, rows) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_scores_right_wrong_and_negatives(tmp_path):
    figures = score_time(_write(tmp_path, CASES)).as_dict()
    assert figures["cases"] == 3 and figures["with_expression"] == 2
    assert figures["span_exact"] == 0.5
    assert figures["negatives_right"] == 1.0
    assert figures["by_form"]["month_day"] == {"cases": 2, "right": 0.5}


def test_a_broken_line_is_a_named_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(UnreadableInputError) as info:
        score_time(path)
    assert "bad.jsonl:1" in str(info.value)


def test_the_cli_prints_json_and_lists_errors(tmp_path):
    from typer.testing import CliRunner

    from watchfloor.cli import app

    runner = CliRunner(mix_stderr=False)
    result = runner.invoke(
        app, ["eval", "time", str(_write(tmp_path, CASES)), "--json", "--show-errors"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["span_exact"] == 0.5
    assert "2019-01-14" in result.stderr and "[month_day] b" in result.stderr


@pytest.mark.skipif(not SHIPPED.is_file(), reason="no shipped case file")
def test_the_shipped_case_file_is_well_formed():
    from watchfloor.analyze.evaluate_time import read_time_cases

    cases = read_time_cases(SHIPPED)
    assert len(cases) >= 150
    assert sum(c.expression is None for c in cases) >= 30
    for c in cases:
        assert c.expression is None or c.expression in c.text, c.id
