"""Entities over the whole store: groups, branches, people, outlets and platforms, with every
alias seen, people's roles over time, and the events and statements each appears in.

Aliases come from two places: the names the nlp stage's entity ruler recognised (every spelling
of a known group, branch or leader, in ``data/groups.toml``) and the actors of stored records
that name a person, an outlet or a platform. A person's roles come from the leadership changes
told of them (appointed or announced: the role starts; killed, captured or arrested: it ends)
and from the role statements give their speaker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from watchfloor import __version__
from watchfloor.models import Record, Source
from watchfloor.store import Store

# actor types of records that are entities in their own right (groups come from the ruler)
_ACTOR_ENTITY_TYPES = {"person": "person", "media_outlet": "media_outlet", "platform": "platform"}
_ROLE_STARTS = frozenset({"appointed", "announced"})
_ROLE_ENDS = frozenset({"killed", "captured", "arrested"})


@dataclass
class EntityView:
    """One entity with what it appears in, for ``watchfloor entity NAME``."""

    record: Record
    events: list[Record]
    statements: list[Record]


def entity_records(store: Store) -> list[Record]:
    """Every entity the store knows, one record each, sorted by canonical name."""
    known = {r.data["canonical"]: r for r in store.entity_records()}
    events = list(store.iter_records("event"))
    statements = list(store.iter_records("statement"))
    for canonical, type_, alias, source in _actor_entities(events):
        record = known.get(canonical)
        if record is None:
            record = _new_entity(canonical, type_)
            known[canonical] = record
        _add_alias(record, alias, source)
    for speaker, source in _speakers(statements):
        record = known.get(speaker)
        if record is None:
            record = _new_entity(speaker, "person")
            known[speaker] = record
        _add_alias(record, speaker, source)
    roles = _roles(events, statements)
    for canonical, person_roles in roles.items():
        if canonical in known:
            known[canonical].data["attributes"]["roles"] = person_roles
    return [known[k] for k in sorted(known)]


def find_entity(store: Store, name: str) -> EntityView | None:
    """The entity whose canonical name or an alias is ``name`` (case-insensitive), with the
    events it is an actor of (or claimed) and the statements it made or is the affiliation of,
    in date order."""
    wanted = name.strip().lower()
    records = entity_records(store)
    match = next((r for r in records if r.data["canonical"].lower() == wanted), None)
    if match is None:
        match = next(
            (r for r in records if any(a.lower() == wanted for a in r.data["aliases"])), None
        )
    if match is None:
        return None
    canonical = match.data["canonical"]
    names = {canonical.lower(), *(a.lower() for a in match.data["aliases"])}
    events = [e for e in store.iter_records("event") if _names_in_event(e, names)]
    statements = [
        s
        for s in store.iter_records("statement")
        if (s.data.get("speaker") or "").lower() in names
        or (s.data.get("affiliation") or "").lower() in names
    ]
    return EntityView(match, _by_date(events), _by_date(statements))


def _actor_entities(events: Iterable[Record]):
    for record in events:
        for actor in record.data.get("actors", []):
            type_ = _ACTOR_ENTITY_TYPES.get(actor.get("type"))
            if type_ is None:
                continue
            yield actor.get("canonical") or actor["name"], type_, actor["name"], record.sources[0]


def _speakers(statements: Iterable[Record]):
    for record in statements:
        speaker = record.data.get("speaker")
        if speaker:
            yield speaker, record.sources[0]


def _roles(events: list[Record], statements: list[Record]) -> dict[str, list[dict]]:
    roles: dict[str, list[dict]] = {}
    for record in _by_date(events):
        data = record.data
        if data.get("type") != "leadership_change" or data.get("certainty") != "reported":
            continue
        position = data.get("position")
        when = (data.get("date") or {}).get("start")
        for actor in data.get("actors", []):
            if actor["role"] != "subject" or actor["type"] != "person":
                continue
            person = actor.get("canonical") or actor["name"]
            role = {"role": position, "of": data.get("of"), "from": None, "to": None}
            if data.get("subtype") in _ROLE_STARTS:
                role["from"] = when
            elif data.get("subtype") in _ROLE_ENDS:
                role["to"] = when
            else:
                continue
            _add_role(roles.setdefault(person, []), role)
    for record in statements:
        data = record.data
        if data.get("speaker") and data.get("speaker_role"):
            role = {
                "role": data["speaker_role"],
                "of": data.get("affiliation"),
                "from": None,
                "to": None,
            }
            _add_role(roles.setdefault(data["speaker"], []), role)
    return roles


def _add_role(roles: list[dict], role: dict) -> None:
    """One role per (role, of): a later end date closes the role an earlier start opened."""
    for known in roles:
        if (known["role"], known["of"]) == (role["role"], role["of"]):
            known["from"] = known["from"] or role["from"]
            known["to"] = known["to"] or role["to"]
            return
    roles.append(role)


def _new_entity(canonical: str, type_: str) -> Record:
    rid = hashlib.sha256(f"entity|{canonical}".encode()).hexdigest()[:16]
    data = {"type": type_, "canonical": canonical, "aliases": [], "attributes": {}, "mentions": 0}
    return Record("entity", rid, [], data, __version__, "")


def _add_alias(record: Record, alias: str, source: Source) -> None:
    data = record.data
    if alias not in data["aliases"]:
        data["aliases"] = sorted({*data["aliases"], alias})
    data["mentions"] += 1
    if all(s.doc_id != source.doc_id for s in record.sources):
        record.sources.append(Source(source.doc_id, source.url, source.title, source.published, []))


def _names_in_event(record: Record, names: set[str]) -> bool:
    data = record.data
    actors = {(a.get("canonical") or a["name"]).lower() for a in data.get("actors", [])}
    actors |= {a["name"].lower() for a in data.get("actors", [])}
    claimed = {c.lower() for c in data.get("claimed_by", [])}
    return bool(names & (actors | claimed))


def _by_date(records: list[Record]) -> list[Record]:
    def start(record: Record) -> str:
        when = record.data.get("date") or {}
        return when.get("start") or "9999"

    return sorted(records, key=start)
