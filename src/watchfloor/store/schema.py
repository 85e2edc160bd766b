"""The database schema (SQLAlchemy 2): one layout for every record kind of the spec.

Common, filterable fields are columns; the full spec record is kept as JSON in ``records.data``
so nothing is lost and the export is exact. Works on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(Text)
    fmt: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    posts: Mapped[list] = mapped_column(JSON, default=list)
    pipeline_version: Mapped[str] = mapped_column(String(32))
    config_hash: Mapped[str] = mapped_column(String(32))
    run_id: Mapped[int | None] = mapped_column(Integer, index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class RecordRow(Base):
    __tablename__ = "records"
    __table_args__ = (
        # The dashboard's counts and filters read these columns of every event: in one index,
        # the database answers from it alone instead of reading each row with its JSON, and
        # counts by type, subtype, certainty and country come in the index's order, unsorted.
        Index(
            "ix_records_event_facets",
            "kind",
            "type",
            "subtype",
            "certainty",
            "country_code",
            "country",
            "attribution",
            "date_start",
            "date_end",
            "admin1",
            "place",
            "id",
        ),
        # The events table newest first, a page at a time without sorting every event; and the
        # timeline's counts per day and type, in the index's order.
        Index("ix_records_kind_date", "kind", "date_start", "type", "date_end", "id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    type: Mapped[str | None] = mapped_column(String(32), index=True)
    subtype: Mapped[str | None] = mapped_column(String(32))
    certainty: Mapped[str | None] = mapped_column(String(16))
    attribution: Mapped[str | None] = mapped_column(String(16))
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    country_code: Mapped[str | None] = mapped_column(String(8), index=True)
    country: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    killed_min: Mapped[int | None] = mapped_column(Integer)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    wounded_min: Mapped[int | None] = mapped_column(Integer)
    wounded_max: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON)
    pipeline_version: Mapped[str] = mapped_column(String(32))
    config_hash: Mapped[str] = mapped_column(String(32))
    run_id: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RecordSourceRow(Base):
    """Which article supports which record, with the evidence sentences and field words."""

    __tablename__ = "record_sources"

    record_id: Mapped[str] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    evidence: Mapped[list] = mapped_column(JSON)
    fields: Mapped[list] = mapped_column(JSON)


class RecordActorRow(Base):
    __tablename__ = "record_actors"
    __table_args__ = (
        Index("ix_record_actors_canonical", "canonical"),
        # the dashboard's counts of events by actor, answered from the index alone
        Index("ix_record_actors_facets", "type", "canonical", "name", "record_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    canonical: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    type: Mapped[str] = mapped_column(String(16))


class EntityMentionRow(Base):
    __tablename__ = "entity_mentions"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    canonical: Mapped[str] = mapped_column(Text, primary_key=True)
    alias: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    count: Mapped[int] = mapped_column(Integer)
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    pipeline_version: Mapped[str] = mapped_column(String(32))
    config_hash: Mapped[str] = mapped_column(String(32))
    settings: Mapped[dict] = mapped_column(JSON)
    stats: Mapped[dict] = mapped_column(JSON, default=dict)
