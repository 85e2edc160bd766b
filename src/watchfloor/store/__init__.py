"""Stage 8, store: ``DocumentResult`` -> rows, and the queries every reader needs.

A file path or any SQLAlchemy URL works (SQLite by default; PostgreSQL by URL alone). Each
document is stored with its records in one transaction, so an interrupted run leaves whole
documents or nothing; a document already stored by this pipeline version and config is skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, event, func, or_, select
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
    since: date | None = None
    until: date | None = None
    text: str | None = None
    certainty: str | None = None
    limit: int | None = None


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
        with Session(self.engine) as s:
            row = s.get(DocumentRow, doc_id)
            return (
                row is not None
                and row.pipeline_version == __version__
                and row.config_hash == config_hash
            )

    def save(self, result: DocumentResult, run_id: int | None, config_hash: str) -> None:
        doc = result.document
        try:
            with Session(self.engine) as s, s.begin():
                self._forget_document(s, doc.id)
                s.add(
                    DocumentRow(
                        id=doc.id,
                        url=doc.url,
                        title=doc.title,
                        published=doc.published,
                        source=doc.source,
                        fmt=doc.fmt,
                        origin=doc.origin,
                        text=doc.text,
                        posts=[
                            {
                                "start": p.start,
                                "end": p.end,
                                "published": p.published.isoformat() if p.published else None,
                                "dateline": p.dateline,
                            }
                            for p in doc.posts
                        ],
                        pipeline_version=__version__,
                        config_hash=config_hash,
                        run_id=run_id,
                        ingested_at=_now(),
                    )
                )
                s.flush()
                for record in result.records:
                    self._add_record(s, record, run_id)
                for m in result.entities:
                    s.add(
                        EntityMentionRow(
                            doc_id=doc.id,
                            canonical=m.canonical,
                            alias=m.alias,
                            type=m.type,
                            count=m.count,
                            attributes=m.attributes,
                        )
                    )
        except SQLAlchemyError as exc:
            raise DatabaseError(f"could not store {doc.origin}: {exc}") from exc

    def _forget_document(self, s: Session, doc_id: str) -> None:
        """Drop what an older pipeline made of this document before storing the new result."""
        record_ids = list(
            s.scalars(select(RecordSourceRow.record_id).where(RecordSourceRow.doc_id == doc_id))
        )
        s.execute(delete(RecordSourceRow).where(RecordSourceRow.doc_id == doc_id))
        s.execute(delete(EntityMentionRow).where(EntityMentionRow.doc_id == doc_id))
        if record_ids:
            still_sourced = set(
                s.scalars(
                    select(RecordSourceRow.record_id).where(
                        RecordSourceRow.record_id.in_(record_ids)
                    )
                )
            )
            orphans = [r for r in record_ids if r not in still_sourced]
            s.execute(delete(RecordActorRow).where(RecordActorRow.record_id.in_(orphans)))
            s.execute(delete(RecordRow).where(RecordRow.id.in_(orphans)))
        s.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
        s.flush()

    def _add_record(self, s: Session, record: Record, run_id: int | None) -> None:
        d = record.data
        when = d.get("date") or {}
        loc = d.get("location") or {}
        killed = d.get("killed") or {}
        wounded = d.get("wounded") or {}
        existing = s.get(RecordRow, record.id)
        if existing is None:
            s.add(
                RecordRow(
                    id=record.id,
                    kind=record.kind,
                    type=d.get("type"),
                    subtype=d.get("subtype"),
                    certainty=d.get("certainty"),
                    attribution=d.get("attribution"),
                    date_start=_date(when.get("start")),
                    date_end=_date(when.get("end")),
                    date_precision=when.get("precision"),
                    country_code=loc.get("country_code"),
                    country=loc.get("country"),
                    admin1=loc.get("admin1"),
                    place=loc.get("name"),
                    killed_min=killed.get("min"),
                    killed_max=killed.get("max"),
                    wounded_min=wounded.get("min"),
                    wounded_max=wounded.get("max"),
                    summary=d.get("summary"),
                    data=d,
                    pipeline_version=record.pipeline_version,
                    config_hash=record.config_hash,
                    run_id=run_id,
                    created_at=_now(),
                )
            )
            s.flush()  # the record row must exist before rows that reference it
            for actor in d.get("actors", []):
                s.add(RecordActorRow(record_id=record.id, **actor))
        for source in record.sources:
            spec = source_to_spec(source)
            s.merge(
                RecordSourceRow(
                    record_id=record.id,
                    doc_id=source.doc_id,
                    evidence=spec["evidence"],
                    fields=spec["fields"],
                )
            )

    # --- reading -----------------------------------------------------------------------------

    def events(self, f: EventFilter) -> list[RecordRow]:
        q = select(RecordRow).where(RecordRow.kind == "event")
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
        q = q.order_by(RecordRow.date_start.is_(None), RecordRow.date_start, RecordRow.id)
        if f.limit:
            q = q.limit(f.limit)
        with Session(self.engine) as s:
            return list(s.scalars(q))

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
                "attributes": group[0].attributes or {},
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
