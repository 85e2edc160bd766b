"""The project's scorers give the same figures as the independent ones in ``bench/scorers``
(written from the README's and the MUC-4 README's descriptions alone), on the pipeline's own
predictions and on deliberately damaged copies of the gold."""

from __future__ import annotations

import copy
import importlib.util
import json
import random
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from watchfloor.analyze import evaluate_muc4 as muc4
from watchfloor.analyze import evaluate_records as er

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DEV_SETS = [ROOT / "bench" / "gold" / "records_dev", ROOT / "bench" / "gold" / "records_dev2"]
MUC4_DEV = ROOT.parent / "shared" / "data" / "muc4" / "dev.json"


def _load(name: str) -> ModuleType:
    path = ROOT / "bench" / "scorers" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"agreement_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


records_scorer = _load("records_scorer")
muc4_scorer = _load("muc4_scorer")


# --- records ------------------------------------------------------------------------------


def _assert_records_agree(gold_rows: list[dict], predicted: list[dict]) -> None:
    gold_by_doc: dict[str, list[dict]] = {}
    for row in gold_rows:
        gold_by_doc.setdefault(row["doc"], []).append(row)
    pred_by_doc: dict[str, list[dict]] = {}
    for row in predicted:
        pred_by_doc.setdefault(row["doc"], []).append(row)
    ours = er.score_predictions(gold_by_doc, pred_by_doc).as_dict()
    theirs = records_scorer.score_records(gold_rows, predicted)
    counts = ("gold", "predicted", "matched")
    for kind in ("event", "statistic", "statement"):
        assert [ours["kinds"][kind][k] for k in counts] == [theirs[kind][k] for k in counts], kind
    assert [ours["events_other_than_attacks"][k] for k in counts] == [
        theirs["others"][k] for k in counts
    ]
    for event_type, row in theirs["by_type"].items():
        assert [ours["event_types"][event_type][k] for k in counts] == [row[k] for k in counts]
    for name, row in theirs["fields"].items():
        expected = round(row["accuracy"], 3) if row["total"] else None
        assert ours["event_fields"].get(name) == expected, name
    for ours_key, theirs_key in (
        ("statistic_measure_right", "statistic_measure"),
        ("statement_speaker_right", "statement_speaker"),
    ):
        row = theirs[theirs_key]
        assert ours[ours_key] == (round(row["right"] / row["total"], 3) if row["total"] else None)


def _gold_rows(folder: Path) -> list[dict]:
    path = folder / "gold.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _shift(day: str, by: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=by)).isoformat()


def _damage_record(record: dict, rng: random.Random) -> dict | None:
    """One gold record as a careless system might predict it: dropped, or one field wrong."""
    r = copy.deepcopy(record)
    roll = rng.random()
    if roll < 0.12:
        return None
    if r["kind"] == "event":
        if roll < 0.25 and (r.get("date") or {}).get("start"):
            r["date"]["start"] = _shift(r["date"]["start"], rng.choice((-1, 1, 40)))
            r["date"]["end"] = r["date"]["start"]
        elif roll < 0.35:
            r["subtype"] = "other"
        elif roll < 0.42:
            r["type"] = "attack" if r["type"] != "attack" else "arrest"
        elif roll < 0.5:
            r["location"] = {"name": "X", "country_code": rng.choice(("IQ", "ng", None))}
        elif roll < 0.6:
            r["evidence"] = []
        elif roll < 0.68:
            r["killed"] = {"min": 3, "max": None}
            r["actors"] = [{"name": "gunmen", "canonical": None, "role": "perpetrator"}]
    elif r["kind"] == "statistic":
        if roll < 0.3:
            r["value"] = {"min": (r["value"].get("min") or 0) + 1, "max": r["value"].get("max")}
        elif roll < 0.5:
            r["measure"] = rng.choice(("people", "", "attacks claimed"))
    else:
        if roll < 0.3:
            r["speaker"] = rng.choice(("", "Someone Else", r.get("speaker", "").upper()))
        elif roll < 0.5:
            r["quote"] = " ".join((r.get("quote") or "").split()[: max(1, len(r["quote"]) // 20)])
    return r


def _damaged(gold_rows: list[dict], seed: int) -> list[dict]:
    rng = random.Random(seed)
    predicted = [d for r in gold_rows if (d := _damage_record(r, rng)) is not None]
    # extra records, a duplicate of each kind, in random order
    predicted += [copy.deepcopy(r) for r in rng.sample(gold_rows, 6)]
    rng.shuffle(predicted)
    return predicted


@pytest.mark.parametrize("folder", DEV_SETS, ids=lambda p: p.name)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_records_scorers_agree_on_damaged_gold(folder, seed):
    gold_rows = _gold_rows(folder)
    _assert_records_agree(gold_rows, _damaged(gold_rows, seed))


@pytest.mark.parametrize("folder", DEV_SETS, ids=lambda p: p.name)
def test_records_scorers_agree_on_the_pipelines_predictions(folder, settings, nlp):
    gold_rows = _gold_rows(folder)
    docs = sorted({r["doc"] for r in gold_rows})
    predicted, missing = er.predict_records(docs, folder / "articles", settings)
    assert not missing and sum(len(v) for v in predicted.values()) > 0
    _assert_records_agree(gold_rows, [r for doc in docs for r in predicted.get(doc, [])])


def test_the_records_check_can_fail():
    gold_rows = _gold_rows(DEV_SETS[0])
    predicted = _damaged(gold_rows, 1)
    theirs = records_scorer.score_records(gold_rows, predicted)
    gold_by_doc: dict[str, list[dict]] = {}
    for row in gold_rows:
        gold_by_doc.setdefault(row["doc"], []).append(row)
    # scoring against a shorter gold must change the figures the check compares
    fewer = {doc: rows[1:] for doc, rows in gold_by_doc.items()}
    pred_by_doc: dict[str, list[dict]] = {}
    for row in predicted:
        pred_by_doc.setdefault(row["doc"], []).append(row)
    ours = er.score_predictions(fewer, pred_by_doc).as_dict()
    assert ours["kinds"]["event"]["gold"] != theirs["event"]["gold"]


# --- MUC-4 --------------------------------------------------------------------------------

needs_muc4 = pytest.mark.skipif(not MUC4_DEV.is_file(), reason="../shared/data/muc4 is absent")


def _assert_muc4_agree(predictions: dict[str, list[dict]], limit: int, tmp_path: Path) -> None:
    path = tmp_path / "predicted.json"
    path.write_text(json.dumps(predictions), encoding="utf-8")
    ours = muc4.rescore_predictions(MUC4_DEV, path, limit).as_dict()
    rows = [json.loads(line) for line in MUC4_DEV.read_text(encoding="utf-8").splitlines()][:limit]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    theirs = muc4_scorer.score_muc4(
        muc4_scorer.read_gold(gold_path, merge_duplicates=True),
        muc4_scorer.read_predictions(path),
    )
    for slot in muc4.SLOTS:
        mine, other = ours["slots"][slot], theirs["roles"][slot]
        assert (mine["predicted"], mine["gold"]) == (other["pred"], other["gold"]), slot
        assert mine["right_predicted"] == mine["right_gold"] == other["correct"], slot
    micro = theirs["micro_with_type"]
    assert (ours["micro"]["right_gold"], ours["micro"]["gold"], ours["micro"]["predicted"]) == (
        micro["correct"],
        micro["gold"],
        micro["pred"],
    )


def _damaged_templates(row: dict, rng: random.Random) -> list[dict]:
    templates = []
    for gold in row["templates"]:
        template = {"incident_type": gold["incident_type"].split(" / ")[0]}
        if rng.random() < 0.2:
            template["incident_type"] = rng.choice(("attack", "bombing", "kidnapping"))
        for role in muc4.ROLES:
            entities = []
            for entity in gold[role]:
                mentions = [m[0] for m in entity]
                if rng.random() < 0.2:
                    continue
                pick = rng.choice(mentions)
                if rng.random() < 0.2:
                    pick = f"The {pick.upper()}."
                if rng.random() < 0.1:
                    entities.append([pick, "someone else entirely"])
                else:
                    entities.append([pick])
            if rng.random() < 0.15:
                entities.append(["an invented filler"])
            template[role] = entities
        templates.append(template)
    if templates and rng.random() < 0.2:
        templates.append(copy.deepcopy(templates[0]))
    if rng.random() < 0.15:
        templates.append({"incident_type": "arson", "Victim": [["nobody named"]]})
    rng.shuffle(templates)
    return templates


@needs_muc4
@pytest.mark.parametrize("seed", [1, 2])
def test_muc4_scorers_agree_on_damaged_gold(seed, tmp_path):
    rng = random.Random(seed)
    rows = [json.loads(line) for line in MUC4_DEV.read_text(encoding="utf-8").splitlines()]
    predictions = {
        row["docid"]: _damaged_templates(row, rng) for row in rows if rng.random() > 0.05
    }
    _assert_muc4_agree(predictions, len(rows), tmp_path)


@needs_muc4
def test_muc4_scorers_agree_on_the_pipelines_predictions(settings, nlp, tmp_path):
    evaluation = muc4.evaluate_muc4(MUC4_DEV, settings, limit=25)
    assert any(evaluation.predicted.values())
    _assert_muc4_agree(evaluation.predicted, 25, tmp_path)
