"""One line that says who did what, where and when, generated from a record's fields."""

from __future__ import annotations

from typing import Any

_SUBTYPE_WORDS = {
    "bombing": "bombing",
    "suicide_bombing": "suicide bombing",
    "armed_assault": "armed assault",
    "ambush": "ambush",
    "assassination": "assassination",
    "kidnapping": "kidnapping",
    "hostage_taking": "hostage-taking",
    "execution": "execution",
    "vehicle_ramming": "vehicle-ramming attack",
    "stabbing": "stabbing",
    "arson": "arson attack",
    "hijacking": "hijacking",
    "drone_attack": "drone attack",
    "rocket_attack": "rocket attack",
    "mass_killing": "mass killing",
    "other": "attack",
}


# Words for subtypes of the other event types, where "<subtype> <type>" would read badly.
_TYPE_WORDS = {
    ("military_operation", "other"): "military operation",
    ("media_release", "statement"): "written statement released",
    ("media_release", "publication"): "publication released",
    ("media_release", "photos"): "photo set released",
    ("media_release", "video"): "video released",
    ("media_release", "audio"): "audio message released",
    ("pledge", "allegiance"): "pledge of allegiance",
    ("pledge", "renewal"): "renewed pledge of allegiance",
    ("territorial_change", "captured"): "captured territory",
    ("territorial_change", "lost"): "lost territory",
    ("territorial_change", "recaptured"): "recaptured territory",
    ("online_action", "takedown"): "takedown of online channels",
    ("online_action", "platform_migration"): "move between platforms",
    ("online_action", "account_hijack"): "hijacked accounts",
    ("threat", "call_to_attack"): "call to attack",
    ("threat", "official_warning"): "official warning",
    ("leadership_change", "killed"): "leader killed",
    ("leadership_change", "captured"): "leader captured",
    ("leadership_change", "arrested"): "leader arrested",
    ("leadership_change", "appointed"): "leader appointed",
    ("leadership_change", "announced"): "leader announced",
    ("leadership_change", "rumoured_dead"): "leader rumoured dead",
    ("leadership_change", "confirmed_alive"): "leader shown to be alive",
}

# Whose name opens the line: the first role of these that the record's actors fill.
_DOER_ROLES = ("perpetrator", "authority", "speaker", "subject")
# A leader's fate is told by whose it is.
_SUBJECT_FIRST = ("subject", "perpetrator", "authority")


def summarise(data: dict[str, Any]) -> str:
    actors = data.get("actors", [])
    roles = {"attack": ("perpetrator",), "leadership_change": _SUBJECT_FIRST}.get(
        data["type"], _DOER_ROLES
    )
    role = next((r for r in roles if any(a["role"] == r for a in actors)), None)
    doers = [a.get("canonical") or a["name"] for a in actors if a["role"] == role]
    who = ", ".join(dict.fromkeys(doers)) or (
        "Authorities" if data["type"] == "arrest" else "Unknown perpetrator"
    )
    what = _what(data["type"], data.get("subtype"))
    if data.get("certainty") == "speculative":
        what = f"possible {what} (speculative)"
    parts = [f"{who}: {what}"]
    loc = data.get("location") or {}
    place = ", ".join(p for p in dict.fromkeys([loc.get("name"), loc.get("country")]) if p)
    if place:
        parts.append(f"in {place}")
    when = data.get("date") or {}
    if when.get("start"):
        parts.append(
            f"on {when['start']}"
            if when["start"] == when["end"]
            else f"between {when['start']} and {when['end']}"
        )
    tolls = []
    for field in ("killed", "wounded", "abducted", "arrested"):
        q = data.get(field)
        if q and (q.get("min") is not None or q.get("max") is not None):
            tolls.append(f"{_range(q)} {field}")
    line = " ".join(parts)
    return f"{line}; {', '.join(tolls)}" if tolls else line


def _what(type_: str, subtype: str | None) -> str:
    if type_ == "attack":
        return _SUBTYPE_WORDS.get(subtype or "", "attack")
    if type_ == "military_operation" and subtype and subtype != "other":
        return subtype.replace("_", " ")
    if (type_, subtype) in _TYPE_WORDS:
        return _TYPE_WORDS[(type_, subtype)]
    words = [w.replace("_", " ") for w in (subtype, type_) if w]
    return " ".join(dict.fromkeys(words))


def _range(q: dict[str, Any]) -> str:
    lo, hi = q.get("min"), q.get("max")
    if lo is not None and hi is None:
        return f"at least {lo}"
    if lo is None:
        return f"up to {hi}"
    return str(lo) if lo == hi else f"{lo}-{hi}"
