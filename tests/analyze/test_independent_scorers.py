"""The independent scorers in bench/scorers/ on small hand-made files, figures worked out by hand.

bench/ is not a package, so the scripts are loaded by path.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCORERS = Path(__file__).resolve().parents[2] / "bench" / "scorers"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"independent_{name}", SCORERS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


records_scorer = load("records_scorer")
muc4_scorer = load("muc4_scorer")


# ---------------------------------------------------------------- records: helpers


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def event(
    doc: str,
    type_: str,
    subtype: str | None,
    evidence: list[str],
    day: str | None = "2020-01-05",
    end: str | None = None,
    country: str | None = "IQ",
    admin1: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    date = None if day is None else {"start": day, "end": end or day, "precision": "day"}
    location = (
        None
        if country is None and admin1 is None
        else {
            "name": None,
            "admin1": admin1,
            "country": None,
            "country_code": country,
        }
    )
    record = {
        "kind": "event",
        "doc": doc,
        "evidence": evidence,
        "type": type_,
        "subtype": subtype,
        "date": date,
        "location": location,
        "actors": [],
        "killed": None,
        "wounded": None,
        "weapons": [],
        "claimed_by": [],
    }
    record.update(fields)
    return record


def statistic(doc: str, low: int | None, high: int | None, measure: str) -> dict[str, Any]:
    return {
        "kind": "statistic",
        "doc": doc,
        "evidence": ["E."],
        "measure": measure,
        "value": {"min": low, "max": high},
    }


def statement(doc: str, quote: str, speaker: str) -> dict[str, Any]:
    return {"kind": "statement", "doc": doc, "evidence": ["E."], "quote": quote, "speaker": speaker}


def score(tmp_path: Path, gold: list[dict], pred: list[dict]) -> dict[str, Any]:
    """Through the files and main(), as the command line does."""
    gold_file = write_jsonl(tmp_path / "gold.jsonl", gold)
    pred_file = write_jsonl(tmp_path / "pred.jsonl", pred)
    return records_scorer.score_records(
        records_scorer.read_jsonl(gold_file), records_scorer.read_jsonl(pred_file)
    )


def figures(row: dict[str, Any]) -> tuple:
    return (
        row["predicted"],
        row["gold"],
        row["matched"],
        round(row["precision"], 4),
        round(row["recall"], 4),
        round(row["f1"], 4),
    )


# ---------------------------------------------------------------- records: events


def test_events_are_paired_best_first_not_in_file_order(tmp_path: Path) -> None:
    gold = [
        event("a.txt", "attack", "bombing", ["S1."], killed={"min": 5, "max": 5}),
        event("a.txt", "attack", "armed_assault", ["S2."], killed={"min": 2, "max": 2}),
        # b.txt: a shared sentence plus the same subtype (3) beats a shared sentence alone (2)
        event("b.txt", "attack", "bombing", ["T1."], killed={"min": 7, "max": 7}),
    ]
    pred = [
        # scores: with gold 1 -> 1 (subtype), with gold 2 -> 0
        event("a.txt", "attack", "bombing", ["S3."], killed={"min": 2, "max": 2}),
        # scores: with gold 1 -> 2 (sentence), with gold 2 -> 1 (subtype)
        event("a.txt", "attack", "armed_assault", ["S1."], killed={"min": 5, "max": 5}),
        event("b.txt", "attack", "armed_assault", ["T1."], killed={"min": 1, "max": 1}),
        event("b.txt", "attack", "bombing", ["  T1. "], killed={"min": 7, "max": 7}),
    ]
    report = score(tmp_path, gold, pred)
    assert figures(report["event"]) == (4, 3, 3, 0.75, 1.0, 0.8571)
    # file-order pairing would give 0/2 in a.txt; max-instead-of-sum would give 0/1 in b.txt
    assert report["fields"]["killed"] == {"right": 3, "total": 3, "accuracy": 1.0}


def test_events_need_same_type_overlapping_dates_and_agreeing_countries(tmp_path: Path) -> None:
    gold = [event("a.txt", "attack", "bombing", ["S1."])]
    pred = [
        event("a.txt", "attack", "bombing", ["S1."], day="2020-01-07"),  # dates apart
        event("a.txt", "attack", "bombing", ["S1."], country="SY"),  # other country
        event("a.txt", "military_operation", "airstrike", ["S1."]),  # other type
        event("b.txt", "attack", "bombing", ["S1."]),  # other article
        event("a.txt", "attack", None, ["S9."], day=None, country=None),  # no date, no place
    ]
    report = score(tmp_path, gold, pred)
    assert figures(report["event"]) == (5, 1, 1, 0.2, 1.0, 0.3333)
    # only the undated, unplaced prediction matched: date and country wrong, admin1 not counted
    assert report["fields"]["date"]["right"] == 0 and report["fields"]["date"]["total"] == 1
    assert report["fields"]["country"]["right"] == 0 and report["fields"]["country"]["total"] == 1
    assert report["fields"]["admin1"]["total"] == 0
    assert figures(report["by_type"]["attack"]) == (4, 1, 1, 0.25, 1.0, 0.4)
    assert figures(report["by_type"]["military_operation"]) == (1, 0, 0, 0.0, 0.0, 0.0)


def test_a_date_range_overlapping_one_day_matches_but_its_date_is_wrong(tmp_path: Path) -> None:
    gold = [event("a.txt", "attack", "bombing", ["S1."], day="2020-01-05")]
    pred = [event("a.txt", "attack", "bombing", ["S1."], day="2020-01-01", end="2020-01-05")]
    report = score(tmp_path, gold, pred)
    assert report["event"]["matched"] == 1
    assert report["fields"]["date"] == {"right": 0, "total": 1, "accuracy": 0.0}


def test_field_accuracy_over_matched_events(tmp_path: Path) -> None:
    perpetrator = {
        "name": "IS",
        "canonical": "Islamic State",
        "role": "perpetrator",
        "type": "armed_group",
    }
    target = {"name": "army", "canonical": "Iraqi Army", "role": "target", "type": "state_force"}
    gold = [
        event(
            "a.txt",
            "attack",
            "bombing",
            ["S1."],
            admin1="Anbar",
            actors=[perpetrator, target],
            killed={"min": 10, "max": None},
            wounded={"min": 3, "max": 3},
            weapons=["explosives", "firearms"],
            claimed_by=["Islamic State"],
        ),
        # no date, no country, no admin1 in the gold: those fields are not counted here
        event("b.txt", "pledge", "renewal", ["P1."], day=None, country=None),
    ]
    pred = [
        event(
            "a.txt",
            "attack",
            "bombing",
            ["S1."],
            country="iq",
            admin1="anbar",
            actors=[{**perpetrator, "name": "ISIS"}],
            killed={"min": 10, "max": None},
            wounded={"min": 3, "max": 4},
            weapons=["firearms", "explosives"],
            claimed_by=[],
        ),
        event("b.txt", "pledge", "renewal", ["P1."], day="2020-01-01", admin1="Somewhere"),
    ]
    report = score(tmp_path, gold, pred)
    got = {name: (row["right"], row["total"]) for name, row in report["fields"].items()}
    assert got == {
        "date": (1, 1),
        "country": (1, 1),
        "admin1": (1, 1),
        "perpetrator": (2, 2),
        "killed": (2, 2),
        "wounded": (1, 2),
        "weapons": (2, 2),
        "claim": (1, 2),
    }


def test_others_pools_every_event_type_but_attack(tmp_path: Path) -> None:
    gold = [
        event("a.txt", "attack", "bombing", ["S1."]),
        event("a.txt", "pledge", "renewal", ["S2."]),
        event("a.txt", "threat", "call_to_attack", ["S3."]),
    ]
    pred = [
        event("a.txt", "pledge", "renewal", ["S2."]),
        event("a.txt", "threat", "call_to_attack", ["S3."], day="2020-02-01"),
        event("a.txt", "online_action", "takedown", ["S4."]),
        event("a.txt", "attack", "bombing", ["S1."], country="SY"),  # not among the others
    ]
    report = score(tmp_path, gold, pred)
    assert figures(report["others"]) == (3, 2, 1, 0.3333, 0.5, 0.4)
    assert figures(report["event"]) == (4, 3, 1, 0.25, 0.3333, 0.2857)
    assert figures(report["by_type"]["attack"]) == (1, 1, 0, 0.0, 0.0, 0.0)


# ---------------------------------------------------------------- records: statistics, statements


def test_statistics_match_on_equal_values_and_prefer_a_right_measure(tmp_path: Path) -> None:
    gold = [
        statistic("s.txt", 100, 100, "fighters killed"),
        statistic("s.txt", 100, 100, "arrests"),
        statistic("s.txt", 50, None, "people killed in attacks"),
    ]
    pred = [
        statistic("s.txt", 100, 100, "arrests"),  # same value as both 100s; measure fits the 2nd
        statistic("s.txt", 100, 100, "troops"),
        statistic("s.txt", 50, 50, "people killed"),  # max differs: no match
        statistic("s.txt", 50, None, "people killed"),  # half the words shared
        statistic("other.txt", 100, 100, "arrests"),  # no gold in that article
    ]
    report = score(tmp_path, gold, pred)
    assert figures(report["statistic"]) == (5, 3, 3, 0.6, 1.0, 0.75)
    assert report["statistic_measure"] == {"right": 2, "total": 3}


def test_measure_rule() -> None:
    right = records_scorer.measure_right
    assert right({"measure": "fighters killed"}, {"measure": "civilians killed"})  # last word
    assert right({"measure": "people killed in attacks"}, {"measure": "people killed"})  # 2 of 4
    assert not right({"measure": "fighters"}, {"measure": "fighter"})  # no stemming
    assert not right({"measure": "suicide attacks claimed"}, {"measure": "attacks"})  # 1 of 3


def test_statements_need_half_the_words_of_the_longer_quote(tmp_path: Path) -> None:
    # gold quotes have 9 distinct words each
    gold = [
        statement("q.txt", "We will defeat them in the north and in the south,", "Ahmed Karimi"),
        statement("q.txt", "The talks are over and the fighting will go on", "Sara Lind"),
    ]
    pred = [
        statement("q.txt", "We will defeat them", "Karimi"),  # 4 of 9: too short
        statement("q.txt", "we will defeat them in the north", "Karimi"),  # 7 of 9
        statement("q.txt", "The talks are over and the fighting", "Sara Nouri"),  # 6 of 9
    ]
    report = score(tmp_path, gold, pred)
    assert figures(report["statement"]) == (3, 2, 2, 0.6667, 1.0, 0.8)
    assert report["statement_speaker"] == {"right": 1, "total": 2}


def test_a_statement_goes_to_the_quote_that_shares_most(tmp_path: Path) -> None:
    quote = "We will defeat them in the north and in the south,"
    gold = [statement("q.txt", quote, "Ahmed Karimi")]
    pred = [
        statement("q.txt", "we will defeat them in the north", "Omar Haddad"),
        statement("q.txt", quote, "Karimi"),
    ]
    report = score(tmp_path, gold, pred)
    assert report["statement"]["matched"] == 1
    assert report["statement_speaker"] == {"right": 1, "total": 1}


def test_no_predictions_give_zeros(tmp_path: Path) -> None:
    gold = [
        event("a.txt", "attack", "bombing", ["S1."]),
        statistic("a.txt", 3, 3, "arrests"),
        statement("a.txt", "We are here", "Sara Lind"),
    ]
    report = score(tmp_path, gold, [])
    for kind in ("event", "statistic", "statement"):
        assert figures(report[kind]) == (0, 1, 0, 0.0, 0.0, 0.0)
    assert all(row["total"] == 0 for row in report["fields"].values())


def test_records_command_line_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_jsonl(tmp_path / "g.jsonl", [event("a.txt", "attack", "bombing", ["S1."])])
    pred = write_jsonl(tmp_path / "p.jsonl", [event("a.txt", "attack", "bombing", ["S1."])])
    assert records_scorer.main([str(gold), str(pred), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {
        "event",
        "statistic",
        "statement",
        "others",
        "by_type",
        "fields",
        "statistic_measure",
        "statement_speaker",
    }
    assert report["event"]["f1"] == 1.0
    assert records_scorer.main([str(gold), str(pred)]) == 0
    assert "field accuracy" in capsys.readouterr().out


# ---------------------------------------------------------------- MUC-4: helpers


ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")


def gold_template(incident: str, **roles: list[list[str]]) -> dict[str, Any]:
    """Gold entities as lists of [mention, offset] pairs, as in the GTT files."""
    template: dict[str, Any] = {"incident_type": incident}
    for role in ROLES:
        template[role] = [[[m, 10 * i] for i, m in enumerate(e)] for e in roles.get(role, [])]
    return template


def pred_template(incident: str, **roles: list[list[str]]) -> dict[str, Any]:
    return {"incident_type": incident, **{role: roles.get(role, []) for role in ROLES}}


def muc4(
    tmp_path: Path, gold: dict[str, list], pred: dict[str, list], *extra: str
) -> dict[str, Any]:
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(
        "".join(
            json.dumps({"docid": d, "doctext": "", "templates": t}) + "\n" for d, t in gold.items()
        )
    )
    pred_file = tmp_path / "pred.json"
    pred_file.write_text(json.dumps(pred))
    args = [str(gold_file), str(pred_file), "--json", *extra]
    return run_main(args)


def run_main(args: list[str]) -> dict[str, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert muc4_scorer.main(args) == 0
    return json.loads(out.getvalue())


def counts(row: dict[str, Any]) -> tuple[int, int, int]:
    return (row["pred"], row["gold"], row["correct"])


# ---------------------------------------------------------------- MUC-4


def test_a_filler_matches_a_later_mention_after_normalising(tmp_path: Path) -> None:
    gold = {
        "D1": [
            gold_template(
                "attack",
                PerpInd=[["the guerrillas", "fmln guerrillas"]],
                PerpOrg=[["farabundo marti national liberation front", "fmln"]],
                Victim=[["jose perez"]],
            )
        ]
    }
    pred = {
        "D1": [
            pred_template(
                "attack",
                PerpInd=[["FMLN  Guerrillas."]],  # the second mention, once normalised
                PerpOrg=[["fmln", "urng"]],  # not every string is a mention: wrong
                Victim=[["Jose Perez"]],
                Weapon=[["dynamite"]],  # no gold weapon
            )
        ]
    }
    report = muc4(tmp_path, gold, pred)
    roles = report["roles"]
    assert counts(roles["incident_type"]) == (1, 1, 1)
    assert counts(roles["PerpInd"]) == (1, 1, 1)
    assert counts(roles["PerpOrg"]) == (1, 1, 0)
    assert counts(roles["Target"]) == (0, 0, 0)
    assert counts(roles["Victim"]) == (1, 1, 1)
    assert counts(roles["Weapon"]) == (1, 0, 0)
    # five roles: 2 right of 4 predicted and 3 gold; with the type: 3 of 5 and 4
    assert counts(report["micro"]) == (4, 3, 2)
    assert round(report["micro"]["f1"], 4) == round(4 / 7, 4)
    assert counts(report["micro_with_type"]) == (5, 4, 3)
    assert round(report["micro_with_type"]["f1"], 4) == round(2 / 3, 4)


def test_incident_type_inside_a_joined_gold_type(tmp_path: Path) -> None:
    gold = {
        "D1": [gold_template("bombing / attack", Victim=[["mayor"]])],
        "D2": [gold_template("bombing", Victim=[["mayor"]])],
    }
    pred = {
        "D1": [pred_template("attack", Victim=[["the mayor"]])],
        "D2": [pred_template("kidnapping", Victim=[["mayor"]])],  # types disagree: scores nothing
    }
    roles = muc4(tmp_path, gold, pred)["roles"]
    assert counts(roles["incident_type"]) == (2, 2, 1)
    assert counts(roles["Victim"]) == (2, 2, 1)


def test_best_alignment_and_unaligned_templates(tmp_path: Path) -> None:
    gold = {
        "D1": [
            gold_template("attack", Victim=[["x"]]),
            gold_template("attack", Victim=[["y"]], Target=[["z"]]),
        ],
        # a gold template nothing is aligned to: all its fillers count against recall
        "D2": [
            gold_template("arson", Target=[["house"]]),
            gold_template("robbery", Victim=[["w"]]),
        ],
    }
    pred = {
        "D1": [
            pred_template("attack", Victim=[["y"]], Target=[["z"]]),  # best with the 2nd gold
            pred_template("attack", Victim=[["x"]]),
            pred_template("bombing", Victim=[["w"]], Target=[["v"]]),  # no bombing in gold
        ],
        "D2": [pred_template("arson", Target=[["house"]])],
    }
    report = muc4(tmp_path, gold, pred)
    roles = report["roles"]
    assert counts(roles["incident_type"]) == (4, 4, 3)
    assert counts(roles["Victim"]) == (3, 3, 2)
    assert counts(roles["Target"]) == (3, 2, 2)
    assert counts(report["micro"]) == (6, 5, 4)
    assert round(report["micro"]["p"], 4) == round(4 / 6, 4)
    assert round(report["micro"]["r"], 4) == 0.8


def test_documents_without_predictions(tmp_path: Path) -> None:
    gold = {
        "D1": [gold_template("attack", PerpOrg=[["fmln"]], Victim=[["ana"], ["bob"]])],
        "D2": [],
    }
    report = muc4(tmp_path, gold, {"D9": [pred_template("attack", Victim=[["ana"]])]})
    assert counts(report["roles"]["Victim"]) == (0, 2, 0)
    assert counts(report["micro"]) == (0, 3, 0)
    assert report["micro"]["p"] == report["micro"]["r"] == report["micro"]["f1"] == 0.0


def test_each_gold_entity_is_credited_once_by_a_best_matching(tmp_path: Path) -> None:
    gold = {
        "D1": [gold_template("attack", Victim=[["ana", "bob"]])],
        # first pred entity fits both gold entities; taking the first one greedily would
        # leave the second pred entity (only "bob") nothing
        "D2": [gold_template("attack", Victim=[["ana", "bob"], ["ana"]])],
    }
    pred = {
        "D1": [pred_template("attack", Victim=[["ana"], ["bob"]])],  # same gold entity twice
        "D2": [pred_template("attack", Victim=[["ana"], ["bob"]])],
    }
    roles = muc4(tmp_path, gold, pred)["roles"]
    assert counts(roles["Victim"]) == (4, 3, 3)


def test_alignment_ties_and_the_roles_only_option(tmp_path: Path) -> None:
    # pairs (type slot + roles): P1-G1 1+0, P1-G2 1+1, P2-G1 none ("attack" not in "bombing"),
    # P2-G2 1+0. With the type both {P1-G1, P2-G2} and {P1-G2} give 2: the first in order wins.
    # By roles alone {P1-G2} (1) beats {P1-G1, P2-G2} (0).
    gold = {"D1": [gold_template("bombing"), gold_template("bombing / attack", Victim=[["x"]])]}
    pred = {"D1": [pred_template("bombing", Victim=[["x"]]), pred_template("attack")]}
    with_type = muc4(tmp_path, gold, pred)
    assert counts(with_type["roles"]["incident_type"]) == (2, 2, 2)
    assert counts(with_type["roles"]["Victim"]) == (1, 1, 0)
    roles_only = muc4(tmp_path, gold, pred, "--align-roles-only")
    assert counts(roles_only["roles"]["incident_type"]) == (2, 2, 1)
    assert counts(roles_only["roles"]["Victim"]) == (1, 1, 1)
    assert roles_only["micro"]["f1"] == 1.0


def test_normalisation() -> None:
    assert muc4_scorer.normalise("The  F.M.L.N.'s  Guerrillas") == "fmlns guerrillas"
    assert muc4_scorer.normalise("an attack on a bus") == "attack on bus"
    assert muc4_scorer.normalise("theatre") == "theatre"
