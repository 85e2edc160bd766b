"""A small, independent validator for exported records (shared/spec/records.md).

The enumerations are written out here from the spec on purpose, not imported from
``watchfloor.models``: the point is to check the package against the contract.
``problems(obj)`` returns a list of human-readable problems (empty when the record is valid).
"""

from __future__ import annotations

import re
from typing import Any

KINDS = ("event", "statistic", "statement", "entity")
EVENT_SUBTYPES: dict[str, tuple[str, ...]] = {
    "attack": (
        "bombing",
        "suicide_bombing",
        "armed_assault",
        "ambush",
        "assassination",
        "kidnapping",
        "hostage_taking",
        "execution",
        "vehicle_ramming",
        "stabbing",
        "arson",
        "hijacking",
        "drone_attack",
        "rocket_attack",
        "mass_killing",
        "other",
    ),
    "military_operation": ("airstrike", "drone_strike", "raid", "offensive", "battle", "other"),
    "territorial_change": ("captured", "lost", "recaptured"),
    "media_release": ("video", "audio", "statement", "publication", "photos"),
    "pledge": ("allegiance", "renewal"),
    "leadership_change": (
        "killed",
        "captured",
        "arrested",
        "appointed",
        "announced",
        "rumoured_dead",
        "confirmed_alive",
    ),
    "arrest": ("arrest", "conviction", "detention"),
    "online_action": ("takedown", "platform_migration", "account_hijack"),
    "threat": ("call_to_attack", "official_warning"),
}
DATE_PRECISIONS = ("day", "week", "month", "year")
LOCATION_PRECISIONS = ("point", "city", "admin1", "country", "region")
LOCATION_KEYS = (
    "name",
    "admin1",
    "country",
    "country_code",
    "lat",
    "lon",
    "geonames_id",
    "precision",
)
ACTOR_ROLES = ("perpetrator", "target", "victim", "speaker", "subject", "authority", "other")
ACTOR_TYPES = (
    "armed_group",
    "branch",
    "state_force",
    "government",
    "civilians",
    "person",
    "media_outlet",
    "platform",
    "other",
)
WEAPONS = (
    "explosives",
    "vehicle_bomb",
    "suicide_vest",
    "firearms",
    "knife",
    "vehicle_ramming",
    "incendiary",
    "drone",
    "rockets_artillery",
    "chemical",
    "other",
)
ATTRIBUTIONS = ("claimed", "attributed", "suspected", "unknown")
CERTAINTIES = ("reported", "alleged", "speculative")
ENTITY_TYPES = (
    "armed_group",
    "branch",
    "person",
    "place",
    "platform",
    "media_outlet",
    "organisation",
)
EVENT_KEYS = (
    "type",
    "subtype",
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
    "certainty",
    "title",
    "summary",
)
ENTITY_KEYS = ("type", "canonical", "aliases", "attributes", "mentions")
STATISTIC_KEYS = ("measure", "value", "period", "place", "actor", "attributed_to")
STATEMENT_KEYS = ("speaker", "speaker_role", "affiliation", "quote", "date")

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def problems(obj: Any) -> list[str]:
    """Everything about ``obj`` that breaks the contract."""
    out: list[str] = []
    if not isinstance(obj, dict):
        return [f"record is {type(obj).__name__}, not an object"]
    kind = obj.get("kind")
    if kind not in KINDS:
        out.append(f"kind {kind!r} not one of {KINDS}")
    if not isinstance(obj.get("id"), str) or not obj.get("id"):
        out.append("id must be a non-empty string")
    sources = obj.get("sources")
    if not isinstance(sources, list):
        out.append("sources must be a list")
    else:
        for i, source in enumerate(sources):
            out.extend(f"sources[{i}]: {p}" for p in _source_problems(source))
        if kind == "event" and not sources:
            out.append("an event needs at least one source")
    checker = {
        "event": _event_problems,
        "entity": _entity_problems,
        "statistic": _statistic_problems,
        "statement": _statement_problems,
    }.get(kind)
    if checker is not None:
        out.extend(checker(obj))
    return out


def _missing(obj: dict, keys) -> list[str]:
    return [f"missing key {k!r}" for k in keys if k not in obj]


def _opt_str(value) -> bool:
    return value is None or isinstance(value, str)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _iso(value) -> bool:
    return isinstance(value, str) and bool(_ISO_DAY.match(value))


def _source_problems(source) -> list[str]:
    if not isinstance(source, dict):
        return ["source is not an object"]
    out = _missing(source, ("doc_id", "url", "title", "published", "evidence"))
    if not isinstance(source.get("doc_id"), str) or not source.get("doc_id"):
        out.append("doc_id must be a non-empty string")
    for key in ("url", "title"):
        if not _opt_str(source.get(key)):
            out.append(f"{key} must be a string or null")
    published = source.get("published")
    if published is not None and not _iso(published):
        out.append(f"published {published!r} is not YYYY-MM-DD or null")
    evidence = source.get("evidence")
    if not isinstance(evidence, list):
        out.append("evidence must be a list")
        return out
    for j, span in enumerate(evidence):
        if not isinstance(span, dict) or set(("start", "end", "text")) - set(span):
            out.append(f"evidence[{j}] must be an object with start, end, text")
            continue
        if not (_is_int(span["start"]) and _is_int(span["end"])):
            out.append(f"evidence[{j}] start/end must be integers")
        elif not 0 <= span["start"] <= span["end"]:
            out.append(f"evidence[{j}] has start {span['start']} after end {span['end']}")
        elif span["end"] - span["start"] != len(
            span["text"] if isinstance(span["text"], str) else ""
        ):
            out.append(f"evidence[{j}] text length does not match its offsets")
        if not isinstance(span["text"], str) or not span["text"]:
            out.append(f"evidence[{j}] text must be a non-empty string")
    return out


def _quantity_problems(name: str, q) -> list[str]:
    if q is None:
        return []
    if not isinstance(q, dict) or set(q) < {"min", "max"}:
        return [f"{name} must be {{min, max}} or null"]
    out = []
    for key in ("min", "max"):
        v = q[key]
        if v is not None and (not _is_int(v) or v < 0):
            out.append(f"{name}.{key} must be a non-negative integer or null")
    if _is_int(q["min"]) and _is_int(q["max"]) and q["min"] > q["max"]:
        out.append(f"{name}.min {q['min']} > max {q['max']}")
    return out


def _date_problems(name: str, d) -> list[str]:
    if d is None:
        return []
    if not isinstance(d, dict):
        return [f"{name} must be an object or null"]
    out = _missing(d, ("start", "end", "precision", "text"))
    for key in ("start", "end"):
        if d.get(key) is not None and not _iso(d[key]):
            out.append(f"{name}.{key} {d[key]!r} is not YYYY-MM-DD or null")
    if _iso(d.get("start")) and _iso(d.get("end")) and d["start"] > d["end"]:
        out.append(f"{name} starts after it ends")
    if (d.get("start") is None) != (d.get("end") is None):
        out.append(f"{name} has only one of start/end")
    if d.get("precision") is not None and d["precision"] not in DATE_PRECISIONS:
        out.append(f"{name}.precision {d['precision']!r} not one of {DATE_PRECISIONS}")
    if d.get("start") is not None and d.get("precision") is None:
        out.append(f"{name} has dates but no precision")
    if not _opt_str(d.get("text")):
        out.append(f"{name}.text must be a string or null")
    return out


def _location_problems(loc) -> list[str]:
    if loc is None:
        return []
    if not isinstance(loc, dict):
        return ["location must be an object or null"]
    out = _missing(loc, LOCATION_KEYS)
    for key in ("name", "admin1", "country"):
        if not _opt_str(loc.get(key)):
            out.append(f"location.{key} must be a string or null")
    code = loc.get("country_code")
    if code is not None and not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code)):
        out.append(f"location.country_code {code!r} is not ISO 3166-1 alpha-2")
    for key in ("lat", "lon"):
        v = loc.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int | float)):
            out.append(f"location.{key} must be a number or null")
    if loc.get("lat") is not None and not -90 <= loc["lat"] <= 90:
        out.append("location.lat out of range")
    if loc.get("lon") is not None and not -180 <= loc["lon"] <= 180:
        out.append("location.lon out of range")
    if loc.get("geonames_id") is not None and not _is_int(loc["geonames_id"]):
        out.append("location.geonames_id must be an integer or null")
    if loc.get("precision") is not None and loc["precision"] not in LOCATION_PRECISIONS:
        out.append(f"location.precision {loc['precision']!r} not one of {LOCATION_PRECISIONS}")
    return out


def _event_problems(obj: dict) -> list[str]:
    out = _missing(obj, EVENT_KEYS)
    type_ = obj.get("type")
    if type_ not in EVENT_SUBTYPES:
        out.append(f"event type {type_!r} not one of {tuple(EVENT_SUBTYPES)}")
    elif obj.get("subtype") is not None and obj["subtype"] not in EVENT_SUBTYPES[type_]:
        out.append(f"subtype {obj['subtype']!r} is not a subtype of {type_!r}")
    out.extend(_date_problems("date", obj.get("date")))
    out.extend(_location_problems(obj.get("location")))
    actors = obj.get("actors")
    if not isinstance(actors, list):
        out.append("actors must be a list")
    else:
        for i, a in enumerate(actors):
            if not isinstance(a, dict):
                out.append(f"actors[{i}] is not an object")
                continue
            out.extend(
                f"actors[{i}]: {p}" for p in _missing(a, ("name", "canonical", "role", "type"))
            )
            if not isinstance(a.get("name"), str) or not a.get("name"):
                out.append(f"actors[{i}].name must be a non-empty string")
            if not _opt_str(a.get("canonical")):
                out.append(f"actors[{i}].canonical must be a string or null")
            if a.get("role") not in ACTOR_ROLES:
                out.append(f"actors[{i}].role {a.get('role')!r} not one of {ACTOR_ROLES}")
            if a.get("type") not in ACTOR_TYPES:
                out.append(f"actors[{i}].type {a.get('type')!r} not one of {ACTOR_TYPES}")
    for name in ("killed", "wounded", "arrested", "abducted"):
        out.extend(_quantity_problems(name, obj.get(name)))
    weapons = obj.get("weapons")
    if not isinstance(weapons, list) or any(w not in WEAPONS for w in weapons):
        out.append(f"weapons {weapons!r} must be a list of {WEAPONS}")
    claimed = obj.get("claimed_by")
    if not isinstance(claimed, list) or not all(isinstance(c, str) and c for c in claimed):
        out.append("claimed_by must be a list of names")
    attribution = obj.get("attribution")
    if attribution is not None and attribution not in ATTRIBUTIONS:
        out.append(f"attribution {attribution!r} not one of {ATTRIBUTIONS}")
    if claimed and attribution != "claimed":
        out.append("claimed_by is not empty but attribution is not 'claimed'")
    if obj.get("certainty") not in CERTAINTIES:
        out.append(f"certainty {obj.get('certainty')!r} not one of {CERTAINTIES}")
    if not _opt_str(obj.get("title")):
        out.append("title must be a string or null")
    if not isinstance(obj.get("summary"), str) or not obj.get("summary", "").strip():
        out.append("summary must be a non-empty string")
    elif "\n" in obj["summary"]:
        out.append("summary must be one line")
    return out


def _entity_problems(obj: dict) -> list[str]:
    out = _missing(obj, ENTITY_KEYS)
    if obj.get("type") not in ENTITY_TYPES:
        out.append(f"entity type {obj.get('type')!r} not one of {ENTITY_TYPES}")
    if not isinstance(obj.get("canonical"), str) or not obj.get("canonical"):
        out.append("canonical must be a non-empty string")
    aliases = obj.get("aliases")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        out.append("aliases must be a list of strings")
    if not isinstance(obj.get("attributes"), dict):
        out.append("attributes must be an object")
    mentions = obj.get("mentions")
    if not _is_int(mentions) or mentions < 0:
        out.append("mentions must be a non-negative integer")
    return out


def _statistic_problems(obj: dict) -> list[str]:
    out = _missing(obj, STATISTIC_KEYS)
    if not isinstance(obj.get("measure"), str):
        out.append("measure must be a string")
    value = obj.get("value")
    if value is None:
        out.append("value must be {min, max}")
    out.extend(_quantity_problems("value", value))
    out.extend(_date_problems("period", obj.get("period")))
    for key in ("place", "actor", "attributed_to"):
        if not _opt_str(obj.get(key)):
            out.append(f"{key} must be a string or null")
    return out


def _statement_problems(obj: dict) -> list[str]:
    out = _missing(obj, STATEMENT_KEYS)
    for key in ("speaker", "quote"):
        if not isinstance(obj.get(key), str) or not obj.get(key):
            out.append(f"{key} must be a non-empty string")
    for key in ("speaker_role", "affiliation"):
        if not _opt_str(obj.get(key)):
            out.append(f"{key} must be a string or null")
    out.extend(_date_problems("date", obj.get("date")))
    return out


def enumerations() -> dict[str, tuple[str, ...]]:
    """Every enumeration this checker enforces, by name (to compare with records.md)."""
    subtypes = tuple(sorted({s for v in EVENT_SUBTYPES.values() for s in v}))
    return {
        "kinds": KINDS,
        "event types": tuple(EVENT_SUBTYPES),
        "event subtypes": subtypes,
        "date precisions": DATE_PRECISIONS,
        "location precisions": LOCATION_PRECISIONS,
        "actor roles": ACTOR_ROLES,
        "actor types": ACTOR_TYPES,
        "weapons": WEAPONS,
        "attributions": ATTRIBUTIONS,
        "certainties": CERTAINTIES,
        "entity types": ENTITY_TYPES,
        "event keys": EVENT_KEYS,
        "entity keys": ENTITY_KEYS,
        "location keys": LOCATION_KEYS,
    }
