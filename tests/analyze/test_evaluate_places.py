"""The place-stage scorer, ``watchfloor eval places``, and ISAF releases' provinces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import PLACES_TSV
from watchfloor.analyze.evaluate_places import (
    distance_km,
    read_place_cases,
    score_places,
    score_release_provinces,
    score_wikievents_places,
)
from watchfloor.errors import UnreadableInputError

pytestmark = pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built")

SHIPPED = Path(__file__).resolve().parents[2] / "bench" / "cases"

CASES = [
    {
        "id": "a",
        "text": "A car bomb exploded near a market in Jalalabad on Tuesday.",
        "event": "exploded",
        "expected": {
            "name": "Jalalabad",
            "country_code": "AF",
            "admin1": "Nangarhar",
            "lat": 34.4265,
            "lon": 70.4515,
            "precision": "city",
        },
        "form": "plain",
    },
    # expected wrong on purpose (Kandahar is 400 km away): the scorer must say so
    {
        "id": "b",
        "text": "Gunmen stormed a hotel in Kabul late on Friday.",
        "event": "stormed",
        "expected": {
            "name": "Kabul",
            "country_code": "AF",
            "admin1": "Kandahar",
            "lat": 31.6133,
            "lon": 65.7101,
            "precision": "city",
        },
        "form": "plain",
    },
    {
        "id": "c",
        "text": "Officials warned that militants could attack targets in the capital.",
        "event": "attack",
        "expected": None,
        "form": "negative",
    },
]


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "places.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_distance_is_great_circle():
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    assert distance_km(34.5281, 69.1723, 34.5281, 69.1723) == 0


@pytest.mark.slow
def test_scores_country_admin1_distance_and_no_place(tmp_path, settings):
    score = score_places(_write(tmp_path, CASES), settings)
    figures = score.as_dict()
    assert figures["country"] == {"n": 2, "right": 1.0}
    assert figures["admin1"] == {"n": 2, "right": 0.5}
    assert figures["within_25km"] == {"n": 2, "right": 0.5}
    assert figures["no_place"] == {"n": 1, "right": 1.0}
    assert [o.case.id for o in score.mismatches()] == ["b"]
    assert figures["by_form"]["plain"] == {"cases": 2, "right": 0.5}


def test_a_case_whose_event_words_are_not_in_its_text_is_a_named_error(tmp_path):
    bad = dict(CASES[0], event="detonated")
    with pytest.raises(UnreadableInputError) as info:
        read_place_cases(_write(tmp_path, [CASES[0], bad]))
    assert "places.jsonl:2" in str(info.value)


@pytest.mark.slow
def test_the_cli_prints_json_and_lists_errors(tmp_path):
    from typer.testing import CliRunner

    from watchfloor.cli import app

    runner = CliRunner(mix_stderr=False)
    result = runner.invoke(
        app, ["eval", "places", str(_write(tmp_path, CASES)), "--json", "--show-errors"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["admin1"]["right"] == 0.5
    assert "[plain] b" in result.stderr and "Kabul" in result.stderr


@pytest.mark.parametrize(("name", "size"), [("places.jsonl", 60), ("places_heldout.jsonl", 150)])
def test_the_shipped_case_files_are_well_formed(name, size):
    cases = read_place_cases(SHIPPED / name)
    assert len(cases) >= size
    assert len({c.id for c in cases}) == len(cases)
    assert sum(c.expected is None for c in cases) >= 5
    for c in cases:
        e = c.expected
        if e is not None and e["precision"] == "city":
            assert e["lat"] is not None and e["lon"] is not None, c.id


@pytest.mark.slow
def test_the_shipped_cases_score_above_their_floor(settings):
    # floors under the measured figures (bench/accuracy.py --only places prints them)
    figures = score_places(SHIPPED / "places_heldout.jsonl", settings).as_dict()
    assert figures["country"]["right"] >= 0.95
    assert figures["admin1"]["right"] >= 0.88
    assert figures["within_25km"]["right"] >= 0.88
    assert figures["no_place"]["right"] >= 0.9


RELEASES = [
    {
        "release_id": "2014-03-S-011",
        "text": "KABUL, Afghanistan (March 9, 2014) — A security force detained two insurgents "
        "in Zhari district, Kandahar province, yesterday.",
        "gold": {"start_date": "2014-03-08", "province": ["kandahar"]},
    },
    # a spelling of the coder's ("paktya"); the text's district is unknown to the gazetteer
    {
        "release_id": "2014-03-S-012",
        "text": "KABUL, Afghanistan (March 10, 2014) — Forces captured a Haqqani leader in "
        "Dzadran district, Paktiya province, today.",
        "gold": {"start_date": "2014-03-10", "province": ["paktya"]},
    },
    # coded in another province on purpose: the scorer must count it as wrong
    {
        "release_id": "2014-03-S-013",
        "text": "KABUL, Afghanistan (March 11, 2014) — A patrol killed an insurgent in Nad Ali "
        "district, Helmand province, today.",
        "gold": {"start_date": "2014-03-11", "province": ["kunar"]},
    },
    # no province in the text: the article's country stands in
    {
        "release_id": "2014-03-S-014",
        "text": "KABUL, Afghanistan (March 12, 2014) — Forces detained two insurgents in "
        "southern Afghanistan today.",
        "gold": {"start_date": "2014-03-12", "province": ["helmand"]},
    },
]


@pytest.mark.slow
def test_release_provinces_are_scored_by_where_they_came_from(tmp_path, settings):
    path = tmp_path / "releases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RELEASES) + "\n", encoding="utf-8")
    score = score_release_provinces(path, settings)
    report = score.as_dict()
    assert report["releases"] == 4
    assert report["province_right"] == 0.5
    assert report["country_right"] == 1.0
    assert {o.release for o in score.mismatches()} == {"2014-03-S-013", "2014-03-S-014"}


ISAF_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "isaf_press_releases"


@pytest.mark.slow
@pytest.mark.skipif(not (ISAF_DEV / "isaf_dev.jsonl").is_file(), reason="shared ISAF data absent")
def test_isaf_dev_provinces(settings):
    report = score_release_provinces(ISAF_DEV / "isaf_dev.jsonl", settings, limit=80).as_dict()
    # a floor under the measured figure (bench/accuracy.py prints it for all 356 releases)
    assert report["province_right"] >= 0.85
    assert report["country_right"] >= 0.95


WIKIEVENTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikievents"


@pytest.mark.slow
@pytest.mark.skipif(not (WIKIEVENTS / "dev.jsonl").is_file(), reason="shared WikiEvents absent")
def test_wikievents_dev_place_arguments(settings):
    report = score_wikievents_places(
        WIKIEVENTS / "dev.jsonl", WIKIEVENTS / "dev.coref.jsonlines", settings
    ).as_dict()
    assert report["events_with_named_place"] >= 15
    # a floor under the measured figure (bench/accuracy.py --only places prints it)
    assert report["right"] >= 0.85


@pytest.mark.slow
def test_the_sample_corpus_events_are_placed(settings):
    from watchfloor.analyze.evaluate import read_jsonl_rows, score_samples

    key = SHIPPED.parents[1] / "samples" / "expected.jsonl"
    attacks = [a for row in read_jsonl_rows(key) for a in row["attacks"]]
    assert all({"place", "admin1", "lat", "lon"} <= set(a) for a in attacks)
    places = score_samples(key.parent / "corpus", key, settings).as_dict()["places"]
    # floors under the measured figures (bench/accuracy.py --only samples prints them)
    assert places["scored"]["country"] >= 30
    assert places["country_right"] >= 0.95
    assert places["admin1_right"] >= 0.8
    assert places["within_25km"] >= 0.7
