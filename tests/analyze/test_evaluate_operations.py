"""Operations and detentions in ISAF press releases (``analyze.evaluate_operations``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.analyze.evaluate_operations import score_releases

pytestmark = pytest.mark.slow

RELEASES = [
    {
        "release_id": "a",
        "text": "KABUL, Afghanistan (March 9, 2014) — An Afghan and coalition security force "
        "detained a Taliban leader and two suspected insurgents in Khost province yesterday.",
        "gold": {"min_captured": 3, "event_type": ["detention"]},
    },
    # coded 4 on purpose: the count must be scored wrong
    {
        "release_id": "b",
        "text": "KABUL, Afghanistan (March 10, 2014) — A security force arrested two insurgents "
        "in Kandahar province today.",
        "gold": {"min_captured": 4, "event_type": ["detention"]},
    },
    {
        "release_id": "c",
        "text": "KABUL, Afghanistan (March 11, 2014) — A coalition air weapons team engaged "
        "insurgents in Arghandab district yesterday, killing three insurgents.",
        "gold": {"min_captured": 0, "min_killed": 3, "event_type": ["airstrike"]},
    },
]


def test_release_arrests_are_scored(tmp_path, settings):
    path = tmp_path / "releases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RELEASES) + "\n", encoding="utf-8")
    score = score_releases(path, settings)
    report = score.as_dict()
    assert report["found"] == 1.0
    assert report["with_detentions"] == 2 and report["detention_found"] == 1.0
    assert report["without_detentions"] == 1 and report["detention_false_alarms"] == 0.0
    assert report["detained_right_given_found"] == 0.5
    assert report["with_operations"] == 1 and report["operation_found"] == 1.0
    assert report["airstrike_found"] == 1.0 and report["killed_right_given_found"] == 1.0
    assert [o.release for o in score.mismatches()] == ["b"]


ISAF_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "isaf_press_releases"


@pytest.mark.skipif(not (ISAF_DEV / "isaf_dev.jsonl").is_file(), reason="shared ISAF data absent")
def test_isaf_dev_releases(settings):
    report = score_releases(ISAF_DEV / "isaf_dev.jsonl", settings, limit=80).as_dict()
    # floors under the measured figures (bench/accuracy.py --only operations prints them all)
    assert report["found"] >= 0.9
    assert report["detention_false_alarms"] <= 0.25
