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


def summarise(data: dict[str, Any]) -> str:
    # an arrest is told by who made it; everything else by who did it
    role, nobody = (
        ("authority", "Authorities")
        if data["type"] == "arrest"
        else (
            "perpetrator",
            "Unknown perpetrator",
        )
    )
    doers = [a.get("canonical") or a["name"] for a in data.get("actors", []) if a["role"] == role]
    who = ", ".join(dict.fromkeys(doers)) or nobody
    what = _SUBTYPE_WORDS.get(
        data.get("subtype") or "", (data.get("subtype") or data["type"]).replace("_", " ")
    )
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


def _range(q: dict[str, Any]) -> str:
    lo, hi = q.get("min"), q.get("max")
    if lo is not None and hi is None:
        return f"at least {lo}"
    if lo is None:
        return f"up to {hi}"
    return str(lo) if lo == hi else f"{lo}-{hi}"
