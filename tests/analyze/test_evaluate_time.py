"""The time-stage scorer and ``watchfloor eval time``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.analyze.evaluate_time import score_release_dates, score_time
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


@pytest.mark.parametrize(("name", "negatives"), [("time.jsonl", 30), ("time_heldout.jsonl", 20)])
def test_the_shipped_case_files_are_well_formed(name, negatives):
    from watchfloor.analyze.evaluate_time import read_time_cases

    cases = read_time_cases(SHIPPED.parent / name)
    assert len(cases) >= 150
    assert sum(c.expression is None for c in cases) >= negatives
    assert len({c.id for c in cases}) == len(cases)
    for c in cases:
        assert c.expression is None or c.text.count(c.expression) == 1, c.id


# --- press releases ------------------------------------------------------------------------------

RELEASES = [
    # "yesterday" against the dateline: right
    {
        "release_id": "2014-03-S-011",
        "text": "2014-03-S-011\nFor Immediate Release\n\nKABUL, Afghanistan (March 9, 2014) — A "
        "security force detained two insurgents in Zhari district, Kandahar province, "
        "yesterday.",
        "gold": {"start_date": "2014-03-08"},
    },
    # coded a day off on purpose: the scorer must count it as wrong
    {
        "release_id": "2014-03-S-012",
        "text": "KABUL, Afghanistan (March 10, 2014) — A patrol killed an insurgent in Nad Ali "
        "district, Helmand province, today.",
        "gold": {"start_date": "2014-03-09"},
    },
    # no date anywhere: no publication date, nothing guessed
    {
        "release_id": "untitled",
        "text": "A security force captured a weapons facilitator in Khost province.",
        "gold": {"start_date": "2014-03-01"},
    },
    # no date for the event in a dated dispatch: the dispatch's day
    {
        "release_id": "2014-03-S-013",
        "text": "KABUL, Afghanistan (March 11, 2014) — A patrol found a cache of rockets in "
        "Arghandab district.",
        "gold": {"start_date": "2014-03-11"},
    },
]


@pytest.mark.slow
def test_release_dates_are_scored_by_where_they_came_from(tmp_path, settings):
    path = tmp_path / "releases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RELEASES) + "\n", encoding="utf-8")
    score = score_release_dates(path, settings)
    report = score.as_dict()
    assert report["releases"] == 4
    assert report["day_exact"] == 0.5
    assert report["with_publication_date"] == 3
    assert report["by_source"]["sentence"] == {"n": 2, "day_exact": 0.5}
    assert report["by_source"]["no_date"]["n"] == 1
    window = [o for o in score.outcomes if o.how == "window"]
    assert [(o.predicted.start, o.predicted.end) for o in window] == [("2014-03-11", "2014-03-11")]
    assert {o.release for o in score.mismatches()} == {"2014-03-S-012", "untitled"}


ISAF_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "isaf_press_releases"


@pytest.mark.slow
@pytest.mark.skipif(not (ISAF_DEV / "isaf_dev.jsonl").is_file(), reason="shared ISAF data absent")
def test_isaf_dev_event_days(settings):
    report = score_release_dates(ISAF_DEV / "isaf_dev.jsonl", settings, limit=80).as_dict()
    # a floor under the measured figure (bench/accuracy.py prints it for all 356 releases)
    assert report["day_exact_with_publication_date"] >= 0.7
