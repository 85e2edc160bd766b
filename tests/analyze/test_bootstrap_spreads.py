"""Bootstrap spreads of the evaluation figures over resampled documents: the shared helper, and
the headline figures of ``eval records`` (scored from prediction files, no pipeline needed)."""

from __future__ import annotations

from watchfloor.analyze import evaluate_records as er
from watchfloor.analyze.evaluate import bootstrap_spread, ratio


def _share(sums: list[float]) -> float | None:
    return ratio(sums[0], sums[1])


def test_the_spread_holds_the_figure_and_is_reproducible():
    units = [(1, 1)] * 12 + [(0, 1)] * 8  # 12 of 20 documents right
    spread = bootstrap_spread(units, _share)
    assert spread["low"] < 0.6 < spread["high"]
    assert 0.05 < spread["sd"] < 0.2  # about sqrt(0.6 * 0.4 / 20) = 0.11
    assert bootstrap_spread(units, _share) == spread
    assert bootstrap_spread(units, _share, seed=1) != spread


def test_documents_alike_leave_no_spread_and_none_leave_no_figure():
    assert bootstrap_spread([(1, 1)] * 5, _share)["sd"] == 0
    assert bootstrap_spread([], _share) is None
    assert bootstrap_spread([(0, 0)] * 3, _share) is None  # nothing to divide by, ever


def _arrest(doc: str, when: str) -> dict:
    return {"doc": doc, "kind": "event", "type": "arrest", "date": {"start": when, "end": when},
            "evidence": [f"Police arrested two men in {doc}."]}


def test_records_give_spreads_of_their_headline_figures():
    gold = {f"a{i}": [_arrest(f"a{i}", "2020-01-02")] for i in range(10)}
    # the first six articles right, the last four dated a year off: a miss and an extra each
    predicted = {
        doc: [_arrest(doc, "2020-01-02" if i < 6 else "2021-05-05")]
        for i, doc in enumerate(sorted(gold))
    }
    figures = er.score_predictions(gold, predicted).as_dict()
    assert figures["events_other_than_attacks"]["precision"] == 0.6
    spreads = figures["bootstrap"]
    precision = spreads["events_other_than_attacks_precision"]
    assert precision["low"] < 0.6 < precision["high"]
    assert precision["sd"] > 0
    assert spreads["statistics_value_and_measure_right"] is None  # no statistic in the gold
