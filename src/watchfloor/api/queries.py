"""What the dashboard and the API read from the store, shaped for pages and JSON alike.

Built on the store's own event filter (``Store._filtered``), so the command line, the pages and
the API select exactly the same events for the same filters. Records come out as the spec's
``Record`` (``to_spec`` gives the export format) but are loaded a page at a time, with their
sources and article metadata in two queries, never the article texts.

Aggregates (counts by type, actor and country; the timeline; the map's places) come from the
facet cube (``api.cube``: the events' filterable columns in memory, rebuilt in the background
after each ingest), or from the database while it is being built and for free-text filters,
over covering indexes (``store.schema``). Answers about the whole store are kept until the data
change (``_Cache``). On 100,000 events, a page answers in tens of milliseconds
(``bench/serve.py``).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    String,
    cast,
    distinct,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from watchfloor.analyze.entities import entity_records
from watchfloor.api.cube import FacetCube
from watchfloor.api.filters import Filters
from watchfloor.models import FieldSpan, Record, Source, Span
from watchfloor.store import Store
from watchfloor.store.schema import (
    DocumentRow,
    EntityMentionRow,
    RecordActorRow,
    RecordRow,
    RecordSourceRow,
    RunRow,
)

log = logging.getLogger("watchfloor")

# actor types that name someone an analyst follows (groups, branches, people): the ones
# counted on the overview and given entity pages
NAMED_ACTOR_TYPES = ("armed_group", "branch", "person")
_CHUNK = 500  # ids per IN (...) query


@dataclass
class EventPage:
    total: int
    records: list[Record]
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        nxt = self.offset + self.limit
        return nxt if nxt < self.total else None


@dataclass
class TimelineBucket:
    key: str  # "2020-03", "2020-W11" or "2020"
    start: date
    end: date
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Timeline:
    unit: str  # week, month or year
    buckets: list[TimelineBucket]
    types: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "types": self.types,
            "buckets": [
                {
                    "key": b.key,
                    "start": b.start.isoformat(),
                    "end": b.end.isoformat(),
                    "counts": b.counts,
                    "total": b.total,
                }
                for b in self.buckets
            ],
        }


@dataclass
class Overview:
    events: int
    documents: int
    by_type: list[tuple[str, int]]
    by_subtype: list[tuple[str, str, int]]
    by_actor: list[tuple[str, str, int]]  # (name, actor type, events)
    by_country: list[tuple[str | None, str | None, int]]  # (code, name, events)
    by_certainty: list[tuple[str, int]]
    timeline: Timeline

    def as_dict(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "documents": self.documents,
            "by_type": [{"type": t, "events": n} for t, n in self.by_type],
            "by_subtype": [{"type": t, "subtype": s, "events": n} for t, s, n in self.by_subtype],
            "by_actor": [{"actor": a, "type": t, "events": n} for a, t, n in self.by_actor],
            "by_country": [
                {"country_code": c, "country": name, "events": n} for c, name, n in self.by_country
            ],
            "by_certainty": [{"certainty": c, "events": n} for c, n in self.by_certainty],
            "timeline": self.timeline.as_dict(),
        }


@dataclass
class MapPlace:
    name: str | None
    admin1: str | None
    country: str | None
    country_code: str | None
    lat: float
    lon: float
    events: int


@dataclass
class EntityPage:
    record: Record
    events: EventPage
    statements: list[Record]
    timeline: Timeline


@dataclass
class NewRecords:
    run: dict[str, Any] | None
    events: list[Record]
    statistics: list[Record]
    statements: list[Record]
    firsts: list[dict[str, Any]] = field(default_factory=list)


# Columns the events table sorts by. Perpetrator and number of sources are not among them: they
# live in other tables, and sorting 100,000 events by them takes seconds.
SORTS = ("date", "type", "place", "killed", "wounded", "certainty")


class Reader:
    """Read-only queries over one store, shared by the pages and the API (thread-safe)."""

    def __init__(self, store: Store):
        self.store = store
        self.cache = _Cache(self)
        self._pool = ThreadPoolExecutor(4, thread_name_prefix="watchfloor-query")
        self._cube_lock = threading.Lock()
        self._cube: tuple[tuple | None, FacetCube | None] = (None, None)
        self._cube_building: Future | None = None
        if store.engine.dialect.name == "sqlite":
            event.listen(store.engine, "connect", _sqlite_read_pragmas)
            store.engine.dispose()  # connections opened before the listener go
        _add_missing_indexes(store.engine)
        self.cube()  # start building it

    # --- events -------------------------------------------------------------------------------

    def _filtered(self, q: Select, f: Filters, extra: Iterable[ColumnElement[bool]] = ()) -> Select:
        # the store's filter, plus what it does not have (attribution)
        q = self.store._filtered(q, f.event_filter())
        if f.attribution:
            q = q.where(RecordRow.attribution == f.attribution)
        for condition in extra:
            q = q.where(condition)
        return q

    def count_events(self, f: Filters, extra: Iterable[ColumnElement[bool]] = ()) -> int:
        extra = list(extra)
        cube = None if extra else self.cube()
        keep = cube.mask(f) if cube else None
        if keep is not None:
            return int(keep.sum())
        with Session(self.store.engine) as s:
            return s.scalar(self._filtered(select(func.count()), f, extra)) or 0

    def event_page(
        self,
        f: Filters,
        sort: str = "date",
        descending: bool = True,
        limit: int = 50,
        offset: int = 0,
        extra: Iterable[ColumnElement[bool]] = (),
    ) -> EventPage:
        extra = list(extra)
        q = self._filtered(select(RecordRow.id), f, extra)
        q = q.order_by(*_order(sort, descending)).limit(limit).offset(offset)
        with Session(self.store.engine) as s:
            ids = list(s.scalars(q))
            records = self._load(s, ids)
        if extra:  # an entity's events: not worth keeping
            total = self.count_events(f, extra)
        else:
            total = self.cache.get(("count", f), lambda: self.count_events(f))
        return EventPage(total, records, limit, offset)

    def iter_events(
        self, f: Filters, sort: str = "date", descending: bool = True
    ) -> Iterator[Record]:
        """Every event under the filters, in the table's order (for downloads)."""
        q = self._filtered(select(RecordRow.id), f).order_by(*_order(sort, descending))
        with Session(self.store.engine) as s:
            ids = list(s.scalars(q))
        for chunk in _chunks(ids, _CHUNK):
            with Session(self.store.engine) as s:
                yield from self._load(s, chunk)

    def records(self, ids: list[str]) -> list[Record]:
        with Session(self.store.engine) as s:
            return self._load(s, ids)

    def record(self, record_id: str) -> Record:
        return self.store.record(record_id)

    def _load(self, s: Session, ids: list[str]) -> list[Record]:
        """Records by id, in the order given, with sources and article metadata (not text)."""
        if not ids:
            return []
        rows: dict[str, RecordRow] = {}
        sources: dict[str, list[RecordSourceRow]] = defaultdict(list)
        for chunk in _chunks(ids, _CHUNK):
            rows.update(
                (r.id, r) for r in s.scalars(select(RecordRow).where(RecordRow.id.in_(chunk)))
            )
            for src in s.scalars(
                select(RecordSourceRow).where(RecordSourceRow.record_id.in_(chunk))
            ):
                sources[src.record_id].append(src)
        docs = self._document_meta(s, {src.doc_id for group in sources.values() for src in group})
        out = []
        for rid in ids:
            row = rows.get(rid)
            if row is None:
                continue
            record_sources = [_source(src, docs.get(src.doc_id)) for src in sources[rid]]
            record_sources.sort(key=lambda x: (x.published or "", x.doc_id))
            out.append(
                Record(
                    row.kind,
                    row.id,
                    record_sources,
                    dict(row.data),
                    row.pipeline_version,
                    row.config_hash,
                )
            )
        return out

    @staticmethod
    def _document_meta(s: Session, doc_ids: Iterable[str]) -> dict[str, tuple]:
        meta: dict[str, tuple] = {}
        columns = (DocumentRow.id, DocumentRow.url, DocumentRow.title, DocumentRow.published)
        for chunk in _chunks(list(doc_ids), _CHUNK):
            for row in s.execute(select(*columns).where(DocumentRow.id.in_(chunk))):
                meta[row[0]] = tuple(row)
        return meta

    def events_of_documents(self, doc_ids: list[str], exclude: str | None = None) -> list[Record]:
        """The other events told in these articles (for an event's page)."""
        with Session(self.store.engine) as s:
            ids = list(
                s.scalars(
                    select(distinct(RecordSourceRow.record_id))
                    .join(RecordRow, RecordRow.id == RecordSourceRow.record_id)
                    .where(RecordSourceRow.doc_id.in_(doc_ids), RecordRow.kind == "event")
                )
            )
            records = self._load(s, [i for i in ids if i != exclude])
        return sorted(records, key=_record_date)

    # --- aggregates ---------------------------------------------------------------------------

    def overview(self, f: Filters, top: int = 15, unit: str | None = None) -> Overview:
        return self.cache.get(("overview", f, top, unit), lambda: self._overview(f, top, unit))

    def _overview(self, f: Filters, top: int, unit: str | None) -> Overview:
        cube = self.cube()
        keep = cube.mask(f) if cube else None
        if cube is None or keep is None:
            return self.overview_from_database(f, top, unit)
        span = cube.span(keep)
        if span is None:
            timeline = Timeline(unit or "month", [], [])
        else:
            unit = unit if unit in _UNITS else _unit_for(*span)
            timeline = bucket_timeline(cube.buckets(keep, unit), unit)
        return _assemble(
            cube.facets(keep), cube.actors(keep, top), cube.documents(keep), timeline, top
        )

    def overview_from_database(self, f: Filters, top: int = 15, unit: str | None = None):
        """The overview by SQL (free text, or while the facet cube is being built)."""
        # four independent scans, each on its own connection: the database works on them at
        # once (SQLite lets go of Python's lock while it reads)
        facets, by_actor, documents, timeline = self._in_parallel(
            lambda s: self._facets(s, f),
            lambda s: self._actor_counts(s, f, top),
            lambda s: self._document_count(s, f),
            lambda s: self._timeline(s, f, (), unit),
        )
        return _assemble(facets, by_actor, documents, timeline, top)

    def cube(self, wait: bool = False) -> FacetCube | None:
        """The facet cube of the data as they are now; None while it is being (re)built, which
        starts in the background (``wait``: build it here and now)."""
        state = self.state_key()
        with self._cube_lock:
            built, cube = self._cube
            if built == state:
                return cube
            if wait:
                self._cube = (state, self._build_cube())
                return self._cube[1]
            if self._cube_building is None or self._cube_building.done():
                self._cube_building = self._pool.submit(self._rebuild_cube, state)
        return None

    def _build_cube(self) -> FacetCube:
        with self.store.engine.connect() as c:  # Core rows: a third of the ORM's cost
            return FacetCube(c)

    def _rebuild_cube(self, state: tuple) -> None:
        cube = self._build_cube()
        with self._cube_lock:
            self._cube = (state, cube)

    def _in_parallel(self, *queries: Callable[[Session], Any]) -> list[Any]:
        def run(query: Callable[[Session], Any]) -> Any:
            with Session(self.store.engine) as s:
                return query(s)

        return list(self._pool.map(run, queries))

    def _facets(self, s: Session, f: Filters) -> list[tuple]:
        """Events per (type, subtype, certainty, country): one pass over the facets index
        gives every count of the overview (a few thousand groups at most)."""
        columns = (
            RecordRow.type,
            RecordRow.subtype,
            RecordRow.certainty,
            RecordRow.country_code,
            RecordRow.country,
        )
        q = self._filtered(select(*columns, func.count()), f).group_by(*columns)
        return [tuple(row) for row in s.execute(q)]

    def _document_count(self, s: Session, f: Filters) -> int:
        """Articles the filtered events come from."""
        filtered = self._filtered(select(RecordRow.id), f)
        q = select(func.count(distinct(RecordSourceRow.doc_id)))
        q = q.where(RecordSourceRow.record_id.in_(filtered))
        return s.scalar(q) or 0

    def _actor_counts(self, s: Session, f: Filters, top: int) -> list[tuple[str, str, int]]:
        name = func.coalesce(RecordActorRow.canonical, RecordActorRow.name)
        n = func.count(distinct(RecordActorRow.record_id))
        q = (
            select(name, func.min(RecordActorRow.type), n)
            .where(RecordActorRow.type.in_(NAMED_ACTOR_TYPES))
            # "gunmen", "militants": a kind of actor, not someone to follow
            .where(or_(RecordActorRow.canonical.is_not(None), RecordActorRow.type == "person"))
            .group_by(name)
            .order_by(n.desc(), name)
            .limit(top)
        )
        # only events have actors: without filters, no need to look the records up
        if not f.is_empty():
            q = q.where(RecordActorRow.record_id.in_(self._filtered(select(RecordRow.id), f)))
        return [tuple(row) for row in s.execute(q)]

    def timeline(
        self, f: Filters, extra: Iterable[ColumnElement[bool]] = (), unit: str | None = None
    ) -> Timeline:
        with Session(self.store.engine) as s:
            return self._timeline(s, f, extra, unit)

    def _timeline(
        self, s: Session, f: Filters, extra: Iterable[ColumnElement[bool]], unit: str | None
    ) -> Timeline:
        """Events per week, month or year (by start date), stacked by type. Months and years
        are grouped by the database (on the date's text, YYYY-MM-DD on SQLite and PostgreSQL
        alike); weeks, only chosen for spans of half a year or less, by day here."""
        extra = [*extra, RecordRow.date_start.is_not(None)]
        span = self._filtered(
            select(func.min(RecordRow.date_start), func.max(RecordRow.date_start)), f, extra
        )
        first, last = s.execute(span).one()
        if first is None:
            return Timeline(unit or "month", [], [])
        unit = unit if unit in _UNITS else _unit_for(first, last)
        # per day and type first (in the order of ix_records_kind_date, no sorting), then per
        # month or year over those few thousand rows
        per_day = (
            self._filtered(
                select(RecordRow.date_start, RecordRow.type, func.count().label("n")), f, extra
            )
            .group_by(RecordRow.date_start, RecordRow.type)
            .subquery()
        )
        if unit == "week":
            q = select(per_day.c.date_start, per_day.c.type, per_day.c.n)
            days = [(d, t or "", n) for d, t, n in s.execute(q)]
        else:
            key = func.substr(cast(per_day.c.date_start, String), 1, 7 if unit == "month" else 4)
            q = select(key, per_day.c.type, func.sum(per_day.c.n)).group_by(key, per_day.c.type)
            days = [(_key_date(k), t or "", n) for k, t, n in s.execute(q)]
        return bucket_timeline(days, unit)

    def map_places(self, f: Filters, limit: int = 3000) -> list[MapPlace]:
        """Events per place with coordinates (the gazetteer's, kept in each record)."""
        return self.cache.get(("map", f, limit), lambda: self._map_places(f, limit))

    def _map_places(self, f: Filters, limit: int) -> list[MapPlace]:
        cube = self.cube()
        keep = cube.mask(f) if cube else None
        if cube is not None and keep is not None:
            return [
                MapPlace(p.place, p.admin1, p.country, p.country_code, p.lat, p.lon, n)
                for p, n in cube.places(keep, limit)
            ]
        return self.map_places_from_database(f, limit)

    def map_places_from_database(self, f: Filters, limit: int = 3000) -> list[MapPlace]:
        columns = (RecordRow.country_code, RecordRow.country, RecordRow.admin1, RecordRow.place)
        n = func.count()
        q = self._filtered(select(*columns, n, func.min(RecordRow.id)), f)
        q = q.group_by(*columns).order_by(n.desc()).limit(limit)
        lat = RecordRow.data[("location", "lat")].as_float()
        lon = RecordRow.data[("location", "lon")].as_float()
        with Session(self.store.engine) as s:
            groups = list(s.execute(q))
            coords: dict[str, tuple] = {}
            for chunk in _chunks([g[5] for g in groups], _CHUNK):
                for rid, y, x in s.execute(
                    select(RecordRow.id, lat, lon).where(RecordRow.id.in_(chunk))
                ):
                    coords[rid] = (y, x)
        places = []
        for code, country, admin1, place, count, rid in groups:
            y, x = coords.get(rid, (None, None))
            if y is None or x is None:
                continue
            places.append(MapPlace(place, admin1, country, code, y, x, count))
        return places

    # --- statistics, statements, documents ----------------------------------------------------

    def kind_records(self, kind: str) -> list[Record]:
        return self.cache.get(("kind", kind), lambda: self._kind_records(kind))

    def _kind_records(self, kind: str) -> list[Record]:
        with Session(self.store.engine) as s:
            ids = list(
                s.scalars(select(RecordRow.id).where(RecordRow.kind == kind).order_by(RecordRow.id))
            )
            return self._load(s, ids)

    def statistics(self, f: Filters) -> list[Record]:
        """Statistics matching the free text, actor and dates (of the article stating them)."""
        return [r for r in self.kind_records("statistic") if _stated_matches(r, f, _STATISTIC_TEXT)]

    def statements(self, f: Filters) -> list[Record]:
        """Statements matching the free text, actor (speaker or affiliation) and dates."""
        records = [
            r for r in self.kind_records("statement") if _stated_matches(r, f, _STATEMENT_TEXT)
        ]
        return sorted(records, key=_record_date, reverse=True)

    def document(self, doc_id: str) -> DocumentRow | None:
        return self.store.document(doc_id)

    def document_record_ids(self, doc_id: str) -> dict[str, list[str]]:
        with Session(self.store.engine) as s:
            rows = s.execute(
                select(RecordRow.kind, RecordRow.id)
                .join(RecordSourceRow, RecordSourceRow.record_id == RecordRow.id)
                .where(RecordSourceRow.doc_id == doc_id)
                .order_by(RecordRow.kind, RecordRow.id)
            )
            out: dict[str, list[str]] = defaultdict(list)
            for kind, rid in rows:
                out[kind].append(rid)
            return dict(out)

    def documents(self, text: str | None, limit: int, offset: int) -> tuple[int, list[dict]]:
        """Articles (metadata only), newest first, optionally those whose title or text holds
        ``text``."""
        columns = (
            DocumentRow.id,
            DocumentRow.url,
            DocumentRow.title,
            DocumentRow.published,
            DocumentRow.source,
            DocumentRow.fmt,
        )
        q = select(*columns)
        count = select(func.count(DocumentRow.id))
        if text:
            like = f"%{text.lower()}%"
            cond = or_(
                func.lower(DocumentRow.title).like(like), func.lower(DocumentRow.text).like(like)
            )
            q, count = q.where(cond), count.where(cond)
        q = q.order_by(
            DocumentRow.published.is_(None), DocumentRow.published.desc(), DocumentRow.id
        )
        with Session(self.store.engine) as s:
            total = s.scalar(count) or 0
            rows = s.execute(q.limit(limit).offset(offset)).all()
        return total, [_document_dict(row) for row in rows]

    # --- entities -----------------------------------------------------------------------------

    def entities(self) -> list[Record]:
        """Every entity (``analyze.entities.entity_records``), cached until the data change."""
        return self.cache.get(("entities",), lambda: entity_records(_BulkStore(self)))

    def find_entity(self, name: str) -> Record | None:
        wanted = name.strip().lower()
        records = self.entities()
        match = next((r for r in records if r.data["canonical"].lower() == wanted), None)
        if match is None:
            match = next(
                (r for r in records if any(a.lower() == wanted for a in r.data["aliases"])), None
            )
        return match

    def entity_page(
        self, name: str, f: Filters, limit: int = 100, offset: int = 0
    ) -> EntityPage | None:
        """One entity with the events it is an actor of (under the filters) and its statements."""
        record = self.find_entity(name)
        if record is None:
            return None
        names = entity_names(record)
        acted = select(RecordActorRow.record_id).where(
            or_(
                func.lower(RecordActorRow.canonical).in_(names),
                func.lower(RecordActorRow.name).in_(names),
            )
        )
        extra = [RecordRow.id.in_(acted)]
        events = self.event_page(f, "date", True, limit, offset, extra)
        statements = [
            r
            for r in self.statements(Filters(since=f.since, until=f.until, q=f.q))
            if (r.data.get("speaker") or "").lower() in names
            or (r.data.get("affiliation") or "").lower() in names
        ]
        return EntityPage(record, events, statements, self.timeline(f, extra))

    # --- what's new ---------------------------------------------------------------------------

    def latest(self, f: Filters, limit: int = 500) -> NewRecords:
        """Records of the latest ingest that stored any, and what they show for the first time."""
        with Session(self.store.engine) as s:
            run_id = s.scalar(select(func.max(RecordRow.run_id)))
            if run_id is None:
                return NewRecords(None, [], [], [])
            run = s.get(RunRow, run_id)
            run_info = _run_dict(run) if run else {"id": run_id}
            ids = list(
                s.scalars(
                    self._filtered(select(RecordRow.id), f, [RecordRow.run_id == run_id])
                    .order_by(*_order("date", True))
                    .limit(limit)
                )
            )
            events = self._load(s, ids)
            stated = list(
                s.scalars(
                    select(RecordRow.id)
                    .where(
                        RecordRow.run_id == run_id, RecordRow.kind.in_(("statistic", "statement"))
                    )
                    .order_by(RecordRow.id)
                    .limit(limit)
                )
            )
            others = self._load(s, stated)
            earlier = s.scalar(select(RecordRow.id).where(RecordRow.run_id < run_id).limit(1))
            # on the first ingest everything is new, and so nothing is news
            firsts = (
                self._firsts(s, run_id, events) + self._new_aliases(s, run_id) if earlier else []
            )
        return NewRecords(
            run_info,
            events,
            [r for r in others if r.kind == "statistic"],
            [r for r in others if r.kind == "statement"],
            firsts,
        )

    def _firsts(self, s: Session, run_id: int, events: list[Record]) -> list[dict]:
        """Events of this run that no earlier run recorded anything like: a branch's first
        release, an actor's first attack in a country."""
        firsts = []
        seen: set[tuple] = set()
        for record in sorted(events, key=_record_date):
            d = record.data
            for actor in d.get("actors", []):
                if actor["role"] != "perpetrator" or actor["type"] not in ("armed_group", "branch"):
                    continue
                name = actor.get("canonical") or actor["name"]
                if d.get("type") == "media_release" and actor["type"] == "branch":
                    key = ("release", name)
                    what = f"first release from {name}"
                    cond = [RecordRow.type == "media_release"]
                elif d.get("type") == "attack" and (d.get("location") or {}).get("country_code"):
                    code = d["location"]["country_code"]
                    key = ("attack", name, code)
                    what = f"first attack by {name} in {d['location'].get('country') or code}"
                    cond = [RecordRow.type == "attack", RecordRow.country_code == code]
                else:
                    continue
                if key in seen:
                    continue
                seen.add(key)
                earlier = (
                    select(RecordRow.id)
                    .join(RecordActorRow, RecordActorRow.record_id == RecordRow.id)
                    .where(RecordRow.run_id < run_id, *cond)
                    .where(func.coalesce(RecordActorRow.canonical, RecordActorRow.name) == name)
                    .where(RecordActorRow.role == "perpetrator")
                    .limit(1)
                )
                if s.scalar(earlier) is None:
                    firsts.append(
                        {"kind": key[0], "what": what, "record": record.id, "actor": name}
                    )
        return firsts

    @staticmethod
    def _new_aliases(s: Session, run_id: int) -> list[dict]:
        """Names of known groups and people spelt in this run's articles as never before."""
        in_run = select(DocumentRow.id).where(DocumentRow.run_id == run_id)
        before = select(DocumentRow.id).where(DocumentRow.run_id < run_id)
        old = set(
            s.execute(
                select(EntityMentionRow.canonical, EntityMentionRow.alias).where(
                    EntityMentionRow.doc_id.in_(before)
                )
            ).all()
        )
        if not old:  # the first ingest: every alias is new, none is news
            return []
        new = s.execute(
            select(EntityMentionRow.canonical, EntityMentionRow.alias, EntityMentionRow.doc_id)
            .where(EntityMentionRow.doc_id.in_(in_run))
            .order_by(EntityMentionRow.canonical, EntityMentionRow.alias)
        ).all()
        out, seen = [], set()
        for canonical, alias, doc_id in new:
            if (canonical, alias) in old or (canonical, alias) in seen:
                continue
            seen.add((canonical, alias))
            out.append(
                {
                    "kind": "alias",
                    "what": f"new alias {alias!r} for {canonical}",
                    "actor": canonical,
                    "document": doc_id,
                }
            )
        return out

    # --- search -------------------------------------------------------------------------------

    def search(self, text: str, f: Filters, limit: int = 20) -> dict[str, Any]:
        """Events, statistics, statements, entities and articles holding ``text``."""
        wanted = text.strip().lower()
        events = self.event_page(f.with_(q=text), "date", True, limit, 0)
        statistics = self.statistics(Filters(q=text, since=f.since, until=f.until))
        statements = self.statements(Filters(q=text, since=f.since, until=f.until))
        entities = [
            r
            for r in self.entities()
            if wanted in r.data["canonical"].lower()
            or any(wanted in a.lower() for a in r.data["aliases"])
        ]
        n_docs, documents = self.documents(text, limit, 0)
        return {
            "events": events,
            "statistics": statistics,
            "statements": statements,
            "entities": entities,
            "documents": (n_docs, documents),
        }

    # --- state --------------------------------------------------------------------------------

    def state_key(self) -> tuple:
        """Changes whenever an ingest starts, stores a batch of articles or ends (each ingest is
        a run, every batch adds documents; a document re-processed by a newer pipeline is
        re-processed in a newer run)."""
        runs = select(func.max(RunRow.id)).scalar_subquery()
        finished = select(func.max(RunRow.finished_at)).scalar_subquery()
        documents = select(func.count()).select_from(DocumentRow).scalar_subquery()
        with Session(self.store.engine) as s:
            return tuple(s.execute(select(runs, finished, documents)).one())


class _Cache:
    """Answers computed from the whole store (counts, the map, entities), kept until the data
    change: a dashboard asks the same questions again and again between two ingests."""

    def __init__(self, reader: Reader, size: int = 256):
        self._reader = reader
        self._size = size
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._values: OrderedDict[tuple, Any] = OrderedDict()
        self._computing: dict[tuple, threading.Lock] = {}

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        state = self._reader.state_key()
        with self._lock:
            if state != self._key:
                self._values.clear()
                self._key = state
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
            # one computation per key at a time: the second asker waits for the first's answer
            guard = self._computing.setdefault(key, threading.Lock())
        with guard:
            with self._lock:
                if key in self._values and self._key == state:
                    return self._values[key]
            value = compute()
            with self._lock:
                if self._key == state:
                    self._values[key] = value
                    while len(self._values) > self._size:
                        self._values.popitem(last=False)
                self._computing.pop(key, None)
        return value


class _BulkStore:
    """The two store methods ``entity_records`` calls, reading records in bulk."""

    def __init__(self, reader: Reader):
        self._reader = reader

    def entity_records(self) -> list[Record]:
        return self._reader.store.entity_records()

    def iter_records(self, kind: str = "event") -> Iterator[Record]:
        engine = self._reader.store.engine
        with Session(engine) as s:
            ids = list(
                s.scalars(
                    select(RecordRow.id)
                    .where(RecordRow.kind == kind)
                    .order_by(*_order("date", False))
                )
            )
        for chunk in _chunks(ids, 2000):
            with Session(engine) as s:
                yield from self._reader._load(s, chunk)


def _sqlite_read_pragmas(dbapi_connection, _record) -> None:
    # The server reads whole indexes for its counts: map the file and keep a larger page cache
    # than SQLite's 2 MB default, so a count over 100,000 events does not re-read the file.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA mmap_size=1073741824")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _add_missing_indexes(engine: Engine) -> None:
    """Indexes the schema gained after a database was made (``create_all`` only makes those of
    new tables); a database the server may not write is served without them."""
    for table in (RecordRow.__table__, RecordActorRow.__table__):
        for index in table.indexes:
            try:
                index.create(engine, checkfirst=True)
            except SQLAlchemyError as exc:
                log.warning("could not add index %s: %s", index.name, exc)


def entity_names(record: Record) -> set[str]:
    """An entity's canonical name and aliases, lower case (how events and statements name it)."""
    return {record.data["canonical"].lower(), *(a.lower() for a in record.data["aliases"])}


def bucket_timeline(days: list[tuple[date, str, int]], unit: str | None = None) -> Timeline:
    """(day, type, count) rows -> buckets of a week, a month or a year, every bucket between
    the first and the last present (empty ones too, so gaps show)."""
    types = sorted({t for _, t, _ in days})
    if not days:
        return Timeline(unit or "month", [], types)
    first = min(d for d, _, _ in days)
    last = max(d for d, _, _ in days)
    if unit not in _UNITS:
        unit = _unit_for(first, last)
    start_of, next_of, label = _UNITS[unit]
    buckets: dict[date, TimelineBucket] = {}
    cursor = start_of(first)
    while cursor <= last:
        nxt = next_of(cursor)
        buckets[cursor] = TimelineBucket(label(cursor), cursor, nxt - timedelta(days=1), {})
        cursor = nxt
    for day, type_, n in days:
        counts = buckets[start_of(day)].counts
        counts[type_] = counts.get(type_, 0) + n
    return Timeline(unit, list(buckets.values()), types)


def _unit_for(first: date, last: date) -> str:
    span = (last - first).days
    return "week" if span <= 26 * 7 else "month" if span <= 20 * 366 else "year"


def _key_date(key: str) -> date:
    """'2020-03' or '2020' (a month's or year's group key) -> its first day."""
    parts = [int(p) for p in key.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, 1)


def _assemble(facets, by_actor, documents: int, timeline: Timeline, top: int) -> Overview:
    """The overview from (type, subtype, certainty, country code, country, events) rows."""
    by_type: Counter = Counter()
    by_subtype: Counter = Counter()
    by_certainty: Counter = Counter()
    by_country: Counter = Counter()
    for type_, subtype, certainty, code, country, n in facets:
        by_type[type_ or ""] += n
        by_subtype[(type_ or "", subtype or "")] += n
        by_certainty[certainty or ""] += n
        by_country[(code, country)] += n
    return Overview(
        events=sum(by_type.values()),
        documents=documents,
        by_type=_most_common(by_type),
        by_subtype=[(t, st, n) for (t, st), n in _most_common(by_subtype)],
        by_actor=by_actor,
        by_country=[(c, name, n) for (c, name), n in _most_common(by_country)[:top]],
        by_certainty=_most_common(by_certainty),
        timeline=timeline,
    )


def _most_common(counter: Counter) -> list:
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _next_month(d: date) -> date:
    return date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)


def _week_label(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


_UNITS: dict[str, tuple[Callable, Callable, Callable]] = {
    "week": (_week_start, lambda d: d + timedelta(days=7), _week_label),
    "month": (_month_start, _next_month, lambda d: f"{d.year}-{d.month:02d}"),
    "year": (lambda d: date(d.year, 1, 1), lambda d: date(d.year + 1, 1, 1), lambda d: str(d.year)),
}


def _order(sort: str, descending: bool) -> list:
    """ORDER BY for the events table: unknown values last whichever the direction."""
    keys = _SORT_KEYS.get(sort, _SORT_KEYS["date"])
    # NULLS LAST (not an "IS NULL" key first) so that an index in the order's direction serves
    # the newest-first page without sorting every event
    out = [(k.desc() if descending else k.asc()).nulls_last() for k in keys]
    out.append(RecordRow.id.desc() if descending else RecordRow.id.asc())
    return out


_SORT_KEYS: dict[str, tuple] = {
    "date": (RecordRow.date_start, RecordRow.date_end),
    "type": (RecordRow.type, RecordRow.subtype),
    "place": (RecordRow.country, RecordRow.admin1, RecordRow.place),
    "killed": (func.coalesce(RecordRow.killed_max, RecordRow.killed_min),),
    "wounded": (func.coalesce(RecordRow.wounded_max, RecordRow.wounded_min),),
    "certainty": (RecordRow.certainty,),
}


def _source(src: RecordSourceRow, doc: tuple | None) -> Source:
    _, url, title, published = doc if doc else (src.doc_id, None, None, None)
    return Source(
        doc_id=src.doc_id,
        url=url,
        title=title,
        published=published.isoformat() if published else None,
        evidence=[Span(**e) for e in src.evidence],
        fields=[FieldSpan(**f) for f in src.fields],
    )


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _record_date(record: Record) -> str:
    when = record.data.get("date") or record.data.get("period") or {}
    published = record.sources[0].published if record.sources else None
    return when.get("start") or published or ""


_STATISTIC_TEXT = ("measure", "place", "actor", "attributed_to")
_STATEMENT_TEXT = ("speaker", "speaker_role", "affiliation", "quote")


def _stated_matches(record: Record, f: Filters, text_fields: tuple[str, ...]) -> bool:
    d = record.data
    if f.q:
        wanted = f.q.lower()
        haystack = [str(d.get(k) or "") for k in text_fields]
        haystack += [e.text for s in record.sources for e in s.evidence]
        if not any(wanted in h.lower() for h in haystack):
            return False
    if f.actor:
        wanted = f.actor.lower()
        who = [d.get(k) or "" for k in ("actor", "attributed_to", "speaker", "affiliation")]
        if not any(wanted in w.lower() for w in who):
            return False
    published = [s.published for s in record.sources if s.published]
    if f.since and not any(p >= f.since.isoformat() for p in published):
        return False
    return not (f.until and not any(p <= f.until.isoformat() for p in published))


def _document_dict(row) -> dict[str, Any]:
    doc_id, url, title, published, source, fmt = row
    return {
        "id": doc_id,
        "url": url,
        "title": title,
        "published": published.isoformat() if published else None,
        "source": source,
        "format": fmt,
    }


def _run_dict(run: RunRow) -> dict[str, Any]:
    return {
        "id": run.id,
        "started_at": run.started_at.isoformat() if run.started_at else None,
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "pipeline_version": run.pipeline_version,
        "stats": run.stats,
    }
