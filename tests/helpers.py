"""Paths and small pure helpers shared by the test modules (importable: tests/ is on sys.path)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SAMPLES = REPO / "samples"
CORPUS = SAMPLES / "corpus"
BAD = SAMPLES / "bad"
SHARED = REPO / ".." / "shared"
PLACES_TSV = REPO / "src" / "watchfloor" / "data" / "places.tsv"

# Wide enough that rich never shortens ids or file names in its tables.
WIDE = {"COLUMNS": "250", "LINES": "60"}

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def attacks(result, certainty: str | None = "reported") -> list:
    """Attack records of a ``DocumentResult`` (only those of ``certainty`` unless None)."""
    return [
        r
        for r in result.records
        if r.kind == "event"
        and r.data["type"] == "attack"
        and (certainty is None or r.data["certainty"] == certainty)
    ]


def perpetrators(record) -> list[str]:
    return [
        a["canonical"] or a["name"] for a in record.data["actors"] if a["role"] == "perpetrator"
    ]


def records_of(result, event_type: str | None = None, kind: str = "event") -> list[dict]:
    """The data of a ``DocumentResult``'s records of one kind (events of one type, if given)."""
    return [
        r.data
        for r in result.records
        if r.kind == kind and (event_type is None or r.data.get("type") == event_type)
    ]


def fates_of(result) -> list[tuple[str, str]]:
    """(subtype, subject's name) of each leadership change of a ``DocumentResult``."""
    return [
        (r["subtype"], next(a["name"] for a in r["actors"] if a["role"] == "subject"))
        for r in records_of(result, "leadership_change")
    ]


def measures_by_value(records: list[dict]) -> dict[float | None, str]:
    """Each statistic record's measure, keyed by its value (the lower bound, else the upper)."""
    return {r["value"]["min"] or r["value"]["max"]: r["measure"] for r in records}


def statistic_values(records: list[dict]) -> set[tuple]:
    """The (min, max) of each statistic record's value."""
    return {(r["value"]["min"], r["value"]["max"]) for r in records}


def date_spans_of(result, event_type: str) -> list[tuple]:
    """(start, end) of each event record of a type, in record order (None when undated)."""
    return [
        ((r["date"] or {}).get("start"), (r["date"] or {}).get("end"))
        for r in records_of(result, event_type)
    ]


def actor_names(record: dict, *roles: str) -> list[str]:
    """Every name and canonical name of a record's actors (of ``roles``, if given)."""
    return [
        n
        for a in record["actors"]
        if not roles or a["role"] in roles
        for n in (a["name"], a["canonical"])
        if n
    ]


def subject_names(record: dict) -> str:
    """The names of a record's subjects, joined: the person a leadership change is about."""
    return " ".join(actor_names(record, "subject"))


def last_weekday(anchor: date, name: str) -> date:
    """The most recent ``name`` day on or before ``anchor`` (how news dates "on Tuesday")."""
    return anchor - timedelta(days=(anchor.weekday() - WEEKDAYS.index(name.lower())) % 7)


def summary_number(output: str, label: str) -> int:
    """A number from the CLI's ingest summary table, e.g. ``stored (new or re-processed)``."""
    m = re.search(re.escape(label) + r"[^\w\n]*(\d+)", output)
    assert m, f"{label!r} not in ingest output:\n{output}"
    return int(m.group(1))


RECORD_ID = re.compile(r"\b[0-9a-f]{16}\b")


def assert_statistic_stated(found: list[dict], low, high, measure: str) -> None:
    """Some statistic of ``found`` has the value ``low``..``high`` and a measure the
    evaluation judges right for ``measure`` (README: "Scoring records")."""
    from watchfloor.analyze.evaluate_records import measure_right

    values = [(s["value"]["min"], s["value"]["max"]) for s in found]
    hits = [s for s in found if (s["value"]["min"], s["value"]["max"]) == (low, high)]
    assert hits, f"no statistic {low}..{high} in {values}"
    assert any(measure_right(measure, s["measure"]) for s in hits), [s["measure"] for s in hits]


def attack_data_with_history(result) -> list[dict]:
    """The data of every attack record of a ``DocumentResult``, stored or kept aside as history."""
    return [
        r.data
        for r in result.records + result.history
        if r.kind == "event" and r.data.get("type") == "attack"
    ]


def muc4_fillers(analyse, text: str, role: str) -> set[str]:
    """The normalised mentions the MUC-4 templates of one text give for ``role`` ("Victim",
    "Target", "PerpInd", ...), through the real pipeline (``analyse`` fixture)."""
    from watchfloor.analyze.evaluate_muc4 import document_templates, normalise

    return {normalise(m) for t in document_templates(analyse(text)) for e in t[role] for m in e}


def place_codes(nlp, text: str) -> dict[str, str | None]:
    """Each place name the geo stage finds outside the dateline, with its country code."""
    from watchfloor.extract.context import _dateline_spans
    from watchfloor.geo.mentions import find_places

    return {
        text[m.start : m.end]: m.location.country_code
        for m in find_places(nlp(text), _dateline_spans(text))
        if not m.in_dateline
    }
