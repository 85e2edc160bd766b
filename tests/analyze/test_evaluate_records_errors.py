"""Why a record went unmatched (``evaluate_records`` error kinds), scored without the pipeline."""

from __future__ import annotations

from watchfloor.analyze.evaluate_records import score_predictions

SENTENCE = "Police arrested three suspects in Mosul on Tuesday."
OTHER = "The group released a video on Friday."


def _event(type_: str, start: str | None, evidence: str, country: str = "IQ") -> dict:
    return {
        "kind": "event",
        "doc": "a.txt",
        "type": type_,
        "subtype": type_,
        "date": {"start": start, "end": start, "precision": "day"} if start else None,
        "location": {"country_code": country},
        "evidence": [evidence],
    }


def _statistic(value: int, evidence: str) -> dict:
    return {
        "kind": "statistic",
        "doc": "a.txt",
        "value": {"min": value, "max": value},
        "measure": "fighters",
        "evidence": [evidence],
    }


def _reasons(gold: list[dict], predicted: list[dict]) -> dict:
    return score_predictions({"a.txt": gold}, {"a.txt": predicted}).as_dict()["error_kinds"]


def test_a_wrong_date_is_told_on_both_sides():
    kinds = _reasons(
        [_event("arrest", "2021-06-08", SENTENCE)], [_event("arrest", "2021-06-01", SENTENCE)]
    )
    assert kinds["missed"] == {"arrest": {"date differs": 1}}
    assert kinds["extra"] == {"arrest": {"date differs": 1}}


def test_a_wrong_country_is_told():
    kinds = _reasons(
        [_event("arrest", "2021-06-08", SENTENCE)],
        [_event("arrest", "2021-06-08", SENTENCE, country="SY")],
    )
    assert kinds["extra"] == {"arrest": {"country differs": 1}}


def test_a_second_record_of_a_matched_event_is_a_duplicate():
    gold = [_event("arrest", "2021-06-08", SENTENCE)]
    predicted = [_event("arrest", "2021-06-08", SENTENCE), _event("arrest", None, SENTENCE)]
    kinds = _reasons(gold, predicted)
    assert kinds["missed"] == {}
    assert kinds["extra"] == {"arrest": {"sentence's event matched to another record": 1}}


def test_an_event_of_another_type_and_an_event_out_of_nothing():
    gold = [_event("arrest", "2021-06-08", SENTENCE)]
    predicted = [_event("military_operation", "2021-06-08", SENTENCE)]
    predicted.append(_event("media_release", "2021-06-11", OTHER))
    kinds = _reasons(gold, predicted)
    assert kinds["missed"] == {"arrest": {"its sentence holds: military_operation": 1}}
    assert kinds["extra"] == {
        "media_release": {"no event in its sentences": 1},
        "military_operation": {"its sentence holds: arrest": 1},
    }


def test_statistics_tell_a_wrong_value_from_a_number_not_found():
    gold = [_statistic(300, SENTENCE), _statistic(40, OTHER)]
    kinds = _reasons(gold, [_statistic(30, SENTENCE)])
    assert kinds["missed"] == {
        "statistic": {"no number in its sentence": 1, "other value in the sentence": 1}
    }
    assert kinds["extra"] == {"statistic": {"other value in the sentence": 1}}


def test_a_wrong_measure_is_told_how_it_differs():
    gold = [_statistic(300, SENTENCE) | {"measure": "people killed in attacks"}]
    shorter = [_statistic(300, SENTENCE) | {"measure": "people"}]
    other = [_statistic(300, SENTENCE) | {"measure": "suspects"}]
    score = score_predictions({"a.txt": gold}, {"a.txt": shorter}).as_dict()
    assert score["statistic_measure_errors"] == {"predicted head word inside the gold measure": 1}
    score = score_predictions({"a.txt": gold}, {"a.txt": other}).as_dict()
    assert score["statistic_measure_errors"] == {"no word shared": 1}


def test_a_perfect_prediction_has_no_error_kinds():
    gold = [_event("arrest", "2021-06-08", SENTENCE), _statistic(300, SENTENCE)]
    assert _reasons(gold, gold) == {"missed": {}, "extra": {}}
    assert (
        score_predictions({"a.txt": gold}, {"a.txt": gold}).as_dict()["statistic_measure_errors"]
        == {}
    )
