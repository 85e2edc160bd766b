"""The bootstrap interval of the MUC-4 micro F1: how much the figure would move on another
sample of documents like the scored ones (resampled documents, fixed seed)."""

from __future__ import annotations

from watchfloor.analyze.evaluate_muc4 import score_templates


def _t(kind: str = "attack", **roles) -> dict:
    base = {"incident_type": kind, "PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": []}
    return base | roles


def _documents(right: int, wrong: int) -> tuple[dict, dict]:
    """``right`` documents predicted exactly and ``wrong`` ones predicted with another victim."""
    predicted, gold = {}, {}
    for i in range(right + wrong):
        gold[f"d{i}"] = [_t(Victim=[[f"victim {i}"]])]
        predicted[f"d{i}"] = [_t(Victim=[[f"victim {i}" if i < right else "nobody"]])]
    return predicted, gold


def test_the_interval_holds_the_micro_f1_and_is_reproducible():
    score = score_templates(*_documents(right=12, wrong=8))
    interval = score.micro_f1_interval()
    assert interval["low"] < score.micro.f1 < interval["high"]
    assert interval["sd"] > 0
    assert score.micro_f1_interval() == interval  # the same seed gives the same figures
    assert score.as_dict()["micro_f1_bootstrap"] == interval


def test_documents_scored_alike_leave_no_spread():
    score = score_templates(*_documents(right=10, wrong=0))
    interval = score.micro_f1_interval()
    assert interval["sd"] == 0
    assert interval["low"] == interval["high"] == 1.0


def test_more_documents_of_the_same_mix_give_a_narrower_interval():
    few = score_templates(*_documents(right=6, wrong=4)).micro_f1_interval()
    many = score_templates(*_documents(right=60, wrong=40)).micro_f1_interval()
    assert many["sd"] < few["sd"]
    assert many["high"] - many["low"] < few["high"] - few["low"]


def test_no_documents_give_no_interval():
    assert score_templates({}, {}).micro_f1_interval() is None
