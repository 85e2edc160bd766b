"""The spec checker itself: it accepts a well-formed record and rejects broken ones, and its
enumerations are the ones written in shared/spec/records.md."""

from __future__ import annotations

import copy
import re

import pytest

from helpers import SHARED
from spec_check import enumerations, problems


def _event() -> dict:
    return {
        "kind": "event",
        "id": "abc123",
        "sources": [
            {
                "doc_id": "d1",
                "url": None,
                "title": "T",
                "published": "2020-01-29",
                "evidence": [{"start": 4, "end": 9, "text": "hello"}],
            }
        ],
        "type": "attack",
        "subtype": "ambush",
        "date": {"start": "2020-01-14", "end": "2020-01-14", "precision": "day", "text": "Jan. 14"},
        "location": {
            "name": "Mosul",
            "admin1": "Nineveh",
            "country": "Iraq",
            "country_code": "IQ",
            "lat": 36.3,
            "lon": 43.1,
            "geonames_id": 99072,
            "precision": "city",
        },
        "actors": [
            {
                "name": "ISIS",
                "canonical": "Islamic State",
                "role": "perpetrator",
                "type": "armed_group",
            }
        ],
        "killed": {"min": 11, "max": 11},
        "wounded": None,
        "arrested": None,
        "abducted": None,
        "weapons": ["firearms"],
        "claimed_by": ["Islamic State"],
        "attribution": "claimed",
        "certainty": "reported",
        "title": None,
        "summary": "Islamic State: ambush in Mosul",
    }


def _entity() -> dict:
    return {
        "kind": "entity",
        "id": "e1",
        "sources": [],
        "type": "branch",
        "canonical": "Islamic State West Africa Province",
        "aliases": ["ISWAP"],
        "attributes": {"parent": "Islamic State"},
        "mentions": 3,
    }


def test_well_formed_records_pass():
    assert problems(_event()) == []
    assert problems(_entity()) == []


def _set(record: dict, path: str, value):
    target = record
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is _DELETE:
        del target[last]
    else:
        target[last] = value


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("kind", "incident"),
        ("id", ""),
        ("type", "massacre"),
        ("subtype", "airstrike"),
        ("certainty", "likely"),
        ("attribution", "blamed"),
        ("weapons", ["sword"]),
        ("killed", {"min": 12, "max": 3}),
        ("killed", {"min": -1, "max": None}),
        ("killed", 11),
        ("date.precision", "decade"),
        ("date.start", "14/01/2020"),
        ("date.end", "2020-01-01"),
        ("location.country_code", "IRQ"),
        ("location.precision", "street"),
        ("actors.0.role", "shooter"),
        ("actors.0.type", "terrorist"),
        ("sources.0.published", "Jan 29 2020"),
        ("sources.0.evidence", "the text"),
        ("sources.0.evidence", [{"start": 4, "end": 9}]),
        ("sources.0.evidence", [{"start": 9, "end": 4, "text": "hello"}]),
        ("sources.0.evidence", [{"start": 4, "end": 20, "text": "hello"}]),
        ("sources", []),
        ("summary", ""),
        ("claimed_by", "Islamic State"),
        ("attribution", "attributed"),  # claimed_by is not empty
        ("weapons", _DELETE),
        ("location", _DELETE),
    ],
)
def test_broken_events_are_rejected(path, value):
    record = copy.deepcopy(_event())
    _set(record, path, value)
    assert problems(record), f"{path}={value!r} was accepted"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("type", "militia"),
        ("aliases", "ISWAP"),
        ("mentions", -2),
        ("mentions", "3"),
        ("attributes", None),
        ("canonical", ""),
    ],
)
def test_broken_entities_are_rejected(key, value):
    record = _entity()
    record[key] = value
    assert problems(record)


def test_enumerations_match_records_md():
    spec = SHARED / "spec" / "records.md"
    if not spec.is_file():
        pytest.skip("shared/spec/records.md not present beside the repository")
    text = spec.read_text(encoding="utf-8")
    quoted = {
        word for code in re.findall(r"`([^`]+)`", text) for word in re.findall(r"[a-z_0-9]+", code)
    }
    for name, values in enumerations().items():
        missing = [v for v in values if v not in quoted]
        assert not missing, f"{name}: {missing} are not written in records.md"
