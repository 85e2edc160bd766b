"""Records as the pages show them: short strings for table cells, field values in words.

Everything returned is plain text; the templates escape it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from watchfloor.models import Record

# fields shown in this order on an event's page; any other field follows, then the rest
EVENT_FIELD_ORDER = (
    "type",
    "subtype",
    "certainty",
    "date",
    "location",
    "actors",
    "killed",
    "wounded",
    "arrested",
    "abducted",
    "weapons",
    "claimed_by",
    "attribution",
    "title",
    "summary",
)


@dataclass
class EventRow:
    id: str
    date: str
    type: str
    subtype: str
    place: str
    perpetrators: list[tuple[str, bool]]  # (name, has an entity page)
    killed: str
    wounded: str
    sources: int
    certainty: str
    summary: str


def quantity(q: dict | None) -> str:
    """{min: 10, max: None} -> "10+"; {min: 3, max: 5} -> "3-5"; None -> ""."""
    if not q:
        return ""
    lo, hi = q.get("min"), q.get("max")
    if lo is None and hi is None:
        return ""
    if lo is not None and hi is None:
        return f"{lo}+"
    if lo is None:
        return f"up to {hi}"
    return str(lo) if lo == hi else f"{lo}-{hi}"


def date_text(when: dict | None) -> str:
    if not when or not when.get("start"):
        return ""
    start, end = when["start"], when.get("end")
    return start if not end or end == start else f"{start} to {end}"


def place_text(loc: dict | None) -> str:
    if not loc:
        return ""
    parts = [loc.get("name"), loc.get("admin1"), loc.get("country")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def perpetrators(data: dict) -> list[tuple[str, bool]]:
    """Who did it, each with whether it has an entity page: a group or person the lexicon
    knows (a canonical name), or a person, outlet or platform named in a record."""
    out: dict[str, bool] = {}
    for a in data.get("actors", []):
        if a["role"] == "perpetrator":
            name = a.get("canonical") or a["name"]
            out[name] = out.get(name, False) or bool(a.get("canonical")) or a["type"] in _PAGED
    return list(out.items())


_PAGED = ("person", "media_outlet", "platform")


def event_row(record: Record) -> EventRow:
    d = record.data
    return EventRow(
        id=record.id,
        date=date_text(d.get("date")),
        type=d.get("type") or "",
        subtype=d.get("subtype") or "",
        place=place_text(d.get("location")),
        perpetrators=perpetrators(d),
        killed=quantity(d.get("killed")),
        wounded=quantity(d.get("wounded")),
        sources=len(record.sources),
        certainty=d.get("certainty") or "",
        summary=d.get("summary") or "",
    )


def event_fields(data: dict) -> list[str]:
    """The record's fields in reading order: the spec's first, then any a type adds."""
    known = [k for k in EVENT_FIELD_ORDER if k in data]
    return known + [k for k in data if k not in EVENT_FIELD_ORDER]


def value_text(value: Any) -> str:
    """A field value no template knows specially, in words."""
    if value is None or value == [] or value == {}:
        return ""
    if isinstance(value, dict):
        if set(value) <= {"min", "max"}:
            return quantity(value)
        return "; ".join(f"{k}: {value_text(v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    return str(value)
