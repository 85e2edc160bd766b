"""The REST API: records in the spec's format (``Record.to_spec``), filtered like the pages.

Lists answer ``{total, limit, offset, next, items}``; ``next`` is the offset of the next page,
or null on the last one.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from watchfloor.api.filters import Filters, read_filters
from watchfloor.api.queries import SORTS, EventPage, Reader
from watchfloor.models import Record

router = APIRouter(prefix="/api", tags=["records"])

MAX_LIMIT = 500
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")]
Offset = Annotated[int, Query(ge=0, description="Items to skip")]
Sort = Annotated[Literal[SORTS], Query(description="Column to sort events by")]  # type: ignore[valid-type]
Order = Annotated[Literal["asc", "desc"], Query(description="Sort direction")]
SharedFilters = Annotated[Filters, Depends(read_filters)]


def reader_of(request: Request) -> Reader:
    return request.app.state.reader


ReaderDep = Annotated[Reader, Depends(reader_of)]


def page_of(items: list[dict], total: int, limit: int, offset: int) -> dict[str, Any]:
    nxt = offset + limit
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next": nxt if nxt < total else None,
        "items": items,
    }


def _events_json(page: EventPage) -> dict[str, Any]:
    return page_of([r.to_spec() for r in page.records], page.total, page.limit, page.offset)


def _slice(records: list[Record], limit: int, offset: int) -> dict[str, Any]:
    items = [r.to_spec() for r in records[offset : offset + limit]]
    return page_of(items, len(records), limit, offset)


@router.get("/events", summary="Events, filtered, sorted and paged")
def list_events(
    reader: ReaderDep,
    filters: SharedFilters,
    sort: Sort = "date",
    order: Order = "desc",
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    page = reader.event_page(filters, sort, order == "desc", limit, offset)
    return JSONResponse(_events_json(page))


@router.get("/events/{record_id}", summary="One event with its sources and evidence")
def get_event(reader: ReaderDep, record_id: str) -> JSONResponse:
    record = reader.record(record_id)
    if record.kind != "event":
        raise HTTPException(404, f"{record_id} is a {record.kind}, not an event")
    return JSONResponse(record.to_spec())


@router.get("/statistics", summary="Numbers sources state about the conflict")
def list_statistics(
    reader: ReaderDep, filters: SharedFilters, limit: Limit = 50, offset: Offset = 0
) -> JSONResponse:
    """Free text (`q`) searches the measure, place, actor, who states it and the evidence;
    `actor` the actor and who states it; `since`/`until` the article's publication date."""
    return JSONResponse(_slice(reader.statistics(filters), limit, offset))


@router.get("/statements", summary="Quoted statements by named speakers")
def list_statements(
    reader: ReaderDep, filters: SharedFilters, limit: Limit = 50, offset: Offset = 0
) -> JSONResponse:
    """Free text (`q`) searches the speaker, role, affiliation, quote and evidence; `actor`
    the speaker and affiliation; `since`/`until` the article's publication date."""
    return JSONResponse(_slice(reader.statements(filters), limit, offset))


@router.get("/entities", summary="Groups, branches, people, outlets and platforms")
def list_entities(
    reader: ReaderDep,
    type: Annotated[
        str | None, Query(description="armed_group, branch, person, media_outlet, platform")
    ] = None,
    q: Annotated[str | None, Query(description="Part of the name or of an alias")] = None,
    sources: SourcesLimit = 20,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    records = entity_list(reader, type, q)
    items = [entity_json(r, sources) for r in records[offset : offset + limit]]
    return JSONResponse(page_of(items, len(records), limit, offset))


SourcesLimit = Annotated[
    int,
    Query(
        ge=0,
        le=1_000_000,
        description="Most recent sources listed per entity (a group can be named in thousands "
        "of articles); `sources_total` says how many there are",
    ),
]


def entity_json(record: Record, sources: int) -> dict[str, Any]:
    """The entity's record with its ``sources`` most recent articles (``sources_total`` says
    how many name it): the Islamic State's record may cite every article of a corpus."""
    newest = sorted(record.sources, key=lambda s: s.published or "", reverse=True)
    trimmed = Record(
        record.kind,
        record.id,
        newest[:sources],
        record.data,
        record.pipeline_version,
        record.config_hash,
    )
    spec = trimmed.to_spec()
    spec["sources_total"] = len(record.sources)
    return spec


def entity_list(reader: Reader, type_: str | None, q: str | None) -> list[Record]:
    """Entities of a type and/or whose name holds ``q``, most mentioned first."""
    wanted = (q or "").strip().lower()
    records = [
        r
        for r in reader.entities()
        if (not type_ or r.data["type"] == type_)
        and (
            not wanted
            or wanted in r.data["canonical"].lower()
            or any(wanted in a.lower() for a in r.data["aliases"])
        )
    ]
    return sorted(records, key=lambda r: (-r.data["mentions"], r.data["canonical"]))


@router.get("/entities/{name}", summary="One entity with its events and statements")
def get_entity(
    reader: ReaderDep,
    name: str,
    filters: SharedFilters,
    sources: SourcesLimit = 100,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    """`name` is the canonical name or any alias, any case. The events are those it is an
    actor of, under the filters."""
    page = reader.entity_page(name, filters, limit, offset)
    if page is None:
        raise HTTPException(404, f"no entity named {name!r}")
    return JSONResponse(
        {
            "entity": entity_json(page.record, sources),
            "events": _events_json(page.events),
            "statements": [r.to_spec() for r in page.statements],
            "timeline": page.timeline.as_dict(),
        }
    )


@router.get("/documents", summary="Stored articles (metadata), newest first")
def list_documents(
    reader: ReaderDep,
    q: Annotated[str | None, Query(description="Words in the title or text")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    total, items = reader.documents(q, limit, offset)
    return JSONResponse(page_of(items, total, limit, offset))


@router.get("/documents/{doc_id}", summary="One article: metadata, text and its records")
def get_document(reader: ReaderDep, doc_id: str) -> JSONResponse:
    doc = reader.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return JSONResponse(
        {
            "id": doc.id,
            "url": doc.url,
            "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "source": doc.source,
            "format": doc.fmt,
            "origin": doc.origin,
            "posts": doc.posts,
            "pipeline_version": doc.pipeline_version,
            "ingested_at": doc.ingested_at.isoformat() if doc.ingested_at else None,
            "text": doc.text,
            "records": reader.document_record_ids(doc.id),
        }
    )


@router.get("/search", summary="Everything that holds some words")
def search(
    reader: ReaderDep,
    filters: SharedFilters,
    q: Annotated[str, Query(min_length=1, description="Words to find")],
    limit: Annotated[int, Query(ge=1, le=100, description="Items per kind")] = 20,
) -> JSONResponse:
    """Events (their summary or article), statistics, statements, entities (name or alias)
    and articles (title or text). Events also take the other filters."""
    found = reader.search(q, filters, limit)
    n_docs, documents = found["documents"]
    return JSONResponse(
        {
            "q": q,
            "events": _events_json(found["events"]),
            "statistics": _slice(found["statistics"], limit, 0),
            "statements": _slice(found["statements"], limit, 0),
            "entities": page_of(
                [entity_json(r, 20) for r in found["entities"][:limit]],
                len(found["entities"]),
                limit,
                0,
            ),
            "documents": page_of(documents, n_docs, limit, 0),
        }
    )


@router.get("/stats/overview", summary="Counts by type, actor, country; the timeline")
def stats_overview(
    reader: ReaderDep,
    filters: SharedFilters,
    unit: Annotated[
        Literal["week", "month", "year"] | None,
        Query(description="Timeline bucket (default: by the span of the dates)"),
    ] = None,
    top: Annotated[int, Query(ge=1, le=200, description="Actors and countries listed")] = 15,
) -> JSONResponse:
    return JSONResponse(reader.overview(filters, top, unit).as_dict())


@router.get("/stats/map", summary="Events per place, with coordinates")
def stats_map(reader: ReaderDep, filters: SharedFilters) -> JSONResponse:
    return JSONResponse([vars(p) for p in reader.map_places(filters)])


@router.get("/new", summary="Records of the latest ingest, and what they show first")
def whats_new(reader: ReaderDep, filters: SharedFilters) -> JSONResponse:
    new = reader.latest(filters)
    return JSONResponse(
        {
            "run": new.run,
            "events": [r.to_spec() for r in new.events],
            "statistics": [r.to_spec() for r in new.statistics],
            "statements": [r.to_spec() for r in new.statements],
            "firsts": new.firsts,
        }
    )
