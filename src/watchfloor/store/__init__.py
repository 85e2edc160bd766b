"""Stage 8, store: ``DocumentResult`` -> rows, and the queries every reader needs.

A file path or any SQLAlchemy URL works (SQLite by default; PostgreSQL by URL alone). Each
document is stored with its records in one transaction, so an interrupted run leaves whole
documents or nothing; a document already stored by this pipeline version and config is skipped.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from watchfloor import __version__
from watchfloor.errors import DatabaseError, RecordNotFoundError
from watchfloor.models import (
    DocumentResult,
    FieldSpan,
    Record,
    Source,
    Span,
    source_to_spec,
)
from watchfloor.store.schema import (
    Base,
    DocumentRow,
    EntityMentionRow,
    RecordActorRow,
    RecordRow,
    RecordSourceRow,
    RunRow,
)

__all__ = ["EventFilter", "Store", "database_url"]


def database_url(db: str) -> str:
    """A file path becomes an SQLite URL; URLs pass through."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


@dataclass
class EventFilter:
    type: str | None = None
    subtype: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None
    certainty: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class PlaceCount:
    country_code: str | None
    country: str | None
    admin1: str | None
    place: str | None
    events: int


class Store:
    def __init__(self, db: str):
        self.url = database_url(db)
        try:
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise DatabaseError(
                f"cannot open database {db!r}: {exc.__class__.__name__}: {exc}. "
                "Check the path or URL (--db or WATCHFLOOR_DB)."
            ) from exc

    # --- writing -----------------------------------------------------------------------------

    def begin_run(self, settings: dict, config_hash: str) -> int:
        with Session(self.engine) as s, s.begin():
            run = RunRow(
                started_at=_now(),
                pipeline_version=__version__,
                config_hash=config_hash,
                settings=settings,
                stats={},
            )
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, stats: dict) -> None:
        with Session(self.engine) as s, s.begin():
            run = s.get(RunRow, run_id)
            if run is not None:
                run.finished_at = _now()
                run.stats = stats

    def is_current(self, doc_id: str, config_hash: str) -> bool:
        """Stored already by this pipeline version and config (so re-ingest does nothing)."""
        with self.engine.connect() as c:
            row = c.execute(
                select(DocumentRow.pipeline_version, DocumentRow.config_hash).where(
                    DocumentRow.id == doc_id
                )
            ).first()
        return row is not None and tuple(row) == (__version__, config_hash)

    def save(self, result: DocumentResult, run_id: int | None, config_hash: str) -> None:
        self.save_many([result], run_id, config_hash)

    def save_many(
        self, results: list[DocumentResult], run_id: int | None, config_hash: str
    ) -> None:
        """Store whole documents with their records, all in one transaction.

        Rows go in as bulk inserts (the ORM's unit of work costs more than the extraction);
        a document stored before by another version or config is replaced.
        """
        if not results:
            return
        try:
            with self.engine.begin() as c:
                self._forget_documents(c, [r.document.id for r in results])
                rows = _Rows.of(results, run_id, config_hash)
                known = self._existing_records(c, list(rows.records))
                c.execute(insert(DocumentRow), rows.documents)
                new_records = [r for rid, r in rows.records.items() if rid not in known]
                if new_records:
                    c.execute(insert(RecordRow), new_records)
                    new_ids = {r["id"] for r in new_records}
                    actors = [a for a in rows.actors if a["record_id"] in new_ids]
                    if actors:
                        c.execute(insert(RecordActorRow), actors)
                if rows.sources:
                    c.execute(insert(RecordSourceRow), list(rows.sources.values()))
                if rows.entities:
                    c.execute(insert(EntityMentionRow), rows.entities)
        except SQLAlchemyError as exc:
            names = ", ".join(r.document.origin for r in results[:3])
            more = f" and {len(results) - 3} more" if len(results) > 3 else ""
            raise DatabaseError(f"could not store {names}{more}: {exc}") from exc

    def _forget_documents(self, c, doc_ids: list[str]) -> None:
        """Drop what an older pipeline made of these documents before storing new results."""
        stored = list(c.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(doc_ids))))
        if not stored:
            return
        record_ids = list(
            c.scalars(select(RecordSourceRow.record_id).where(RecordSourceRow.doc_id.in_(stored)))
        )
        c.execute(delete(RecordSourceRow).where(RecordSourceRow.doc_id.in_(stored)))
        c.execute(delete(EntityMentionRow).where(EntityMentionRow.doc_id.in_(stored)))
        if record_ids:
            still_sourced = set(
                c.scalars(
                    select(RecordSourceRow.record_id).where(
                        RecordSourceRow.record_id.in_(record_ids)
                    )
                )
            )
            orphans = [r for r in record_ids if r not in still_sourced]
            c.execute(delete(RecordActorRow).where(RecordActorRow.record_id.in_(orphans)))
            c.execute(delete(RecordRow).where(RecordRow.id.in_(orphans)))
        c.execute(delete(DocumentRow).where(DocumentRow.id.in_(stored)))

    @staticmethod
    def _existing_records(c, record_ids: list[str]) -> set[str]:
        if not record_ids:
            return set()
        return set(c.scalars(select(RecordRow.id).where(RecordRow.id.in_(record_ids))))

    # --- reading -----------------------------------------------------------------------------

    def events(self, f: EventFilter) -> list[RecordRow]:
        q = self._filtered(select(RecordRow), f)
        q = q.order_by(RecordRow.date_start.is_(None), RecordRow.date_start, RecordRow.id)
        if f.limit:
            q = q.limit(f.limit)
        with Session(self.engine) as s:
            return list(s.scalars(q))

    def place_counts(self, f: EventFilter) -> list[PlaceCount]:
        """Events per place (name, admin1, country) under a filter, most first."""
        n = func.count(RecordRow.id)
        columns = (RecordRow.country_code, RecordRow.country, RecordRow.admin1, RecordRow.place)
        q = self._filtered(select(*columns, n), f).group_by(*columns)
        q = q.order_by(n.desc(), *columns)
        if f.limit:
            q = q.limit(f.limit)
        with Session(self.engine) as s:
            return [PlaceCount(*row) for row in s.execute(q)]

    def _filtered(self, q, f: EventFilter):
        q = q.where(RecordRow.kind == "event")
        if f.type:
            q = q.where(RecordRow.type == f.type)
        if f.subtype:
            q = q.where(RecordRow.subtype == f.subtype)
        if f.certainty:
            q = q.where(RecordRow.certainty == f.certainty)
        if f.country:
            c = f.country.strip()
            q = q.where(
                or_(
                    func.lower(RecordRow.country_code) == c.lower(),
                    func.lower(RecordRow.country) == c.lower(),
                )
            )
        if f.admin1:
            # "Ghazni" finds "Ghazni Province", "Raqqa" finds "Raqqa Governorate"
            a = f.admin1.strip().lower()
            admin1 = func.lower(RecordRow.admin1)
            q = q.where(or_(admin1 == a, admin1.like(f"{a} %")))
        if f.since:
            q = q.where(RecordRow.date_end >= f.since)
        if f.until:
            q = q.where(RecordRow.date_start <= f.until)
        if f.actor:
            like = f"%{f.actor.lower()}%"
            q = q.where(
                RecordRow.id.in_(
                    select(RecordActorRow.record_id).where(
                        or_(
                            func.lower(RecordActorRow.canonical).like(like),
                            func.lower(RecordActorRow.name).like(like),
                        )
                    )
                )
            )
        if f.text:
            like = f"%{f.text.lower()}%"
            sourced = (
                select(RecordSourceRow.record_id)
                .join(DocumentRow, DocumentRow.id == RecordSourceRow.doc_id)
                .where(func.lower(DocumentRow.text).like(like))
            )
            q = q.where(or_(func.lower(RecordRow.summary).like(like), RecordRow.id.in_(sourced)))
        return q

    def record(self, record_id: str) -> Record:
        with Session(self.engine) as s:
            row = s.get(RecordRow, record_id)
            if row is None:
                matches = list(
                    s.scalars(select(RecordRow).where(RecordRow.id.like(f"{record_id}%")).limit(2))
                )
                if len(matches) != 1:
                    raise RecordNotFoundError(
                        f"no record with id {record_id!r}; `watchfloor events` lists the ids"
                    )
                row = matches[0]
            return self._to_record(s, row)

    def iter_records(self, kind: str = "event") -> Iterator[Record]:
        with Session(self.engine) as s:
            rows = s.scalars(
                select(RecordRow)
                .where(RecordRow.kind == kind)
                .order_by(RecordRow.date_start.is_(None), RecordRow.date_start, RecordRow.id)
            )
            for row in rows:
                yield self._to_record(s, row)

    def _to_record(self, s: Session, row: RecordRow) -> Record:
        sources = []
        for src in s.scalars(select(RecordSourceRow).where(RecordSourceRow.record_id == row.id)):
            doc = s.get(DocumentRow, src.doc_id)
            sources.append(
                Source(
                    doc_id=src.doc_id,
                    url=doc.url if doc else None,
                    title=doc.title if doc else None,
                    published=doc.published.isoformat() if doc and doc.published else None,
                    evidence=[Span(**e) for e in src.evidence],
                    fields=[FieldSpan(**f) for f in src.fields],
                )
            )
        return Record(
            row.kind, row.id, sources, dict(row.data), row.pipeline_version, row.config_hash
        )

    def entity_records(self) -> list[Record]:
        """One entity record per canonical name, aliases and mentions summed over documents."""
        with Session(self.engine) as s:
            rows = list(s.scalars(select(EntityMentionRow)))
            docs = {
                d.id: d
                for d in s.scalars(
                    select(DocumentRow).where(DocumentRow.id.in_({r.doc_id for r in rows}))
                )
            }
        grouped: dict[str, list[EntityMentionRow]] = {}
        for r in rows:
            grouped.setdefault(r.canonical, []).append(r)
        records = []
        for canonical in sorted(grouped):
            group = grouped[canonical]
            doc_ids = sorted({r.doc_id for r in group})
            sources = [
                Source(
                    d,
                    docs[d].url,
                    docs[d].title,
                    docs[d].published.isoformat() if docs[d].published else None,
                    [],
                )
                for d in doc_ids
                if d in docs
            ]
            data = {
                "type": group[0].type,
                "canonical": canonical,
                "aliases": sorted({r.alias for r in group}),
                "attributes": _merged_attributes(group),
                "mentions": sum(r.count for r in group),
            }
            rid = hashlib.sha256(f"entity|{canonical}".encode()).hexdigest()[:16]
            records.append(Record("entity", rid, sources, data, __version__, ""))
        return records

    def document(self, doc_id: str) -> DocumentRow | None:
        with Session(self.engine) as s:
            return s.get(DocumentRow, doc_id)

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as s:
            return {
                "documents": s.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "events": s.scalar(
                    select(func.count()).select_from(RecordRow).where(RecordRow.kind == "event")
                )
                or 0,
            }

    def summary_by_type(self) -> list[tuple[str, str, str, int]]:
        """(type, subtype, certainty, count) over every stored event."""
        with Session(self.engine) as s:
            q = (
                select(RecordRow.type, RecordRow.subtype, RecordRow.certainty, func.count())
                .where(RecordRow.kind == "event")
                .group_by(RecordRow.type, RecordRow.subtype, RecordRow.certainty)
                .order_by(RecordRow.type, RecordRow.subtype, RecordRow.certainty)
            )
            return [tuple(r) for r in s.execute(q)]


@dataclass
class _Rows:
    """The rows of a batch of document results, as plain dicts for bulk inserts."""

    documents: list[dict]
    records: dict[str, dict]  # by id: a record met twice in a batch is one row
    actors: list[dict]
    sources: dict[tuple[str, str], dict]
    entities: list[dict]

    @classmethod
    def of(cls, results: list[DocumentResult], run_id: int | None, config_hash: str) -> _Rows:
        rows = cls([], {}, [], {}, [])
        now = _now()
        for result in results:
            rows.documents.append(_document_row(result, run_id, config_hash, now))
            for record in result.records:
                if record.id not in rows.records:
                    rows.records[record.id] = _record_row(record, run_id, now)
                    rows.actors.extend(
                        {"record_id": record.id, **actor} for actor in record.data.get("actors", [])
                    )
                for source in record.sources:
                    spec = source_to_spec(source)
                    rows.sources[(record.id, source.doc_id)] = {
                        "record_id": record.id,
                        "doc_id": source.doc_id,
                        "evidence": spec["evidence"],
                        "fields": spec["fields"],
                    }
            rows.entities.extend(
                {
                    "doc_id": result.document.id,
                    "canonical": m.canonical,
                    "alias": m.alias,
                    "type": m.type,
                    "count": m.count,
                    "attributes": m.attributes,
                }
                for m in result.entities
            )
        return rows


def _document_row(result: DocumentResult, run_id: int | None, config_hash: str, now) -> dict:
    doc = result.document
    return {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "source": doc.source,
        "fmt": doc.fmt,
        "origin": doc.origin,
        "text": doc.text,
        "posts": [
            {
                "start": p.start,
                "end": p.end,
                "published": p.published.isoformat() if p.published else None,
                "dateline": p.dateline,
            }
            for p in doc.posts
        ],
        "pipeline_version": __version__,
        "config_hash": config_hash,
        "run_id": run_id,
        "ingested_at": now,
    }


def _record_row(record: Record, run_id: int | None, now) -> dict:
    d = record.data
    when = d.get("date") or {}
    loc = d.get("location") or {}
    killed = d.get("killed") or {}
    wounded = d.get("wounded") or {}
    return {
        "id": record.id,
        "kind": record.kind,
        "type": d.get("type"),
        "subtype": d.get("subtype"),
        "certainty": d.get("certainty"),
        "attribution": d.get("attribution"),
        "date_start": _date(when.get("start")),
        "date_end": _date(when.get("end")),
        "date_precision": when.get("precision"),
        "country_code": loc.get("country_code"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "place": loc.get("name"),
        "killed_min": killed.get("min"),
        "killed_max": killed.get("max"),
        "wounded_min": wounded.get("min"),
        "wounded_max": wounded.get("max"),
        "summary": d.get("summary"),
        "data": d,
        "pipeline_version": record.pipeline_version,
        "config_hash": record.config_hash,
        "run_id": run_id,
        "created_at": now,
    }


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _merged_attributes(rows) -> dict:
    """One entity's attributes over its rows: the first row's, with the descriptions that
    stood for it ("the group") counted over every document."""
    merged = dict(rows[0].attributes or {})
    referred: Counter = Counter()
    for row in rows:
        referred.update((row.attributes or {}).get("referred_to_as", {}))
    merged.pop("referred_to_as", None)
    if referred:
        merged["referred_to_as"] = dict(sorted(referred.items()))
    return merged
