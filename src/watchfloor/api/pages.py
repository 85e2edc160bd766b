"""The dashboard: server-rendered pages (Jinja2, autoescaped) over the same reader as the API.

Every page takes the shared filters from the query string and passes them on in its links, so
a filtered view survives navigation and can be bookmarked. Article text reaches the templates
as plain strings only (``highlight`` cuts it into pieces); nothing is marked safe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.templating import Jinja2Templates

from watchfloor import __version__
from watchfloor.api import charts, views
from watchfloor.api.filters import ATTRIBUTIONS, CERTAINTIES, Filters, read_filters
from watchfloor.api.highlight import highlight
from watchfloor.api.queries import SORTS, Reader
from watchfloor.api.routes import entity_list
from watchfloor.export import CSV_COLUMNS, event_row
from watchfloor.models import EVENT_TYPES
from watchfloor.web import TEMPLATES

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(TEMPLATES))
env = templates.env
env.globals.update(
    version=__version__,
    event_types=EVENT_TYPES,
    certainties=CERTAINTIES,
    attributions=ATTRIBUTIONS,
    colour=charts.colour,
    quantity=views.quantity,
    date_text=views.date_text,
    place_text=views.place_text,
    value_text=views.value_text,
    share=charts.share,
    sortable=SORTS,
    entity_names=frozenset(),  # pages that link names to entity pages pass the known ones
)

PAGE_SIZES = (25, 50, 100, 200)
SharedFilters = Annotated[Filters, Depends(read_filters)]


def reader_of(request: Request) -> Reader:
    return request.app.state.reader


ReaderDep = Annotated[Reader, Depends(reader_of)]


def render(
    request: Request, template: str, filters: Filters, status_code: int = 200, **context: Any
):
    return templates.TemplateResponse(
        request,
        template,
        {"filters": filters, "path": request.url.path, **context},
        status_code=status_code,
    )


def known_names(reader: Reader) -> frozenset[str]:
    return frozenset(r.data["canonical"] for r in reader.entities())


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", Filters(), status, status=status, message=message)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, reader: ReaderDep, filters: SharedFilters):
    data = reader.overview(filters)
    # the map's places come from /api/stats/map once the page is shown
    return render(
        request,
        "overview.html",
        filters,
        overview=data,
        chart=charts.timeline_chart(data.timeline, filters, "/events"),
    )


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    reader: ReaderDep,
    filters: SharedFilters,
    sort: Annotated[str, Query()] = "date",
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    if sort not in SORTS:
        sort = "date"
    page = reader.event_page(filters, sort, order == "desc", limit, offset)
    return render(
        request,
        "events.html",
        filters,
        page=page,
        rows=[views.event_row(r) for r in page.records],
        sort=sort,
        order=order,
        page_sizes=PAGE_SIZES,
    )


@router.get("/events/{record_id}", response_class=HTMLResponse)
def event(request: Request, record_id: str, reader: ReaderDep, filters: SharedFilters):
    record = reader.record(record_id)
    if record.kind != "event":
        raise HTTPException(404, f"{record_id} is a {record.kind}, not an event")
    articles = []
    for n, source in enumerate(record.sources):
        doc = reader.document(source.doc_id)
        text = doc.text if doc else ""
        articles.append(
            {
                "source": source,
                "doc": doc,
                "marked": highlight(text, source.evidence, source.fields, prefix=f"s{n}"),
                "n": n,
            }
        )
    words: dict[str, list[tuple[str, str]]] = {}  # field -> [(anchor, words)]
    for article in articles:
        for i, f in enumerate(article["source"].fields):
            anchor = article["marked"].anchors.get(i)
            if anchor:
                words.setdefault(f.field, []).append((anchor, f.text))
    others = reader.events_of_documents([s.doc_id for s in record.sources], exclude=record.id)
    return render(
        request,
        "event.html",
        filters,
        record=record,
        data=record.data,
        field_names=views.event_fields(record.data),
        words=words,
        articles=articles,
        others=[views.event_row(r) for r in others],
        entity_names=known_names(reader),
    )


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    reader: ReaderDep,
    filters: SharedFilters,
    type: Annotated[str | None, Query()] = None,
    name: Annotated[str | None, Query()] = None,
):
    records = entity_list(reader, type or None, name)
    types = sorted({r.data["type"] for r in reader.entities()})
    return render(
        request,
        "entities.html",
        filters,
        records=records,
        types=types,
        type=type or "",
        name=name or "",
    )


@router.get("/entities/{name}", response_class=HTMLResponse)
def entity(
    request: Request,
    name: str,
    reader: ReaderDep,
    filters: SharedFilters,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    page = reader.entity_page(name, filters, 100, offset)
    if page is None:
        raise HTTPException(404, f"no entity named {name!r}")
    return render(
        request,
        "entity.html",
        filters,
        page=page,
        data=page.record.data,
        rows=[views.event_row(r) for r in page.events.records],
        chart=charts.timeline_chart(page.timeline, filters, request.url.path),
        entity_names=known_names(reader),
        newest=sorted(page.record.sources, key=lambda s: s.published or "", reverse=True),
    )


@router.get("/statistics", response_class=HTMLResponse)
def statistics(
    request: Request,
    reader: ReaderDep,
    filters: SharedFilters,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    return _said_page(request, reader, filters, offset, reader.statistics, "statistics.html")


@router.get("/statements", response_class=HTMLResponse)
def statements(
    request: Request,
    reader: ReaderDep,
    filters: SharedFilters,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    return _said_page(request, reader, filters, offset, reader.statements, "statements.html")


# rows per page of the statistics and statements lists
_SAID_PAGE_SIZE = 100


def _said_page(request, reader, filters, offset: int, read, template: str):
    """One page of a list of statistics or statements under the shared filters."""
    records = read(filters)
    return render(
        request,
        template,
        filters,
        records=records[offset : offset + _SAID_PAGE_SIZE],
        total=len(records),
        offset=offset,
        entity_names=known_names(reader),
    )


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, reader: ReaderDep, filters: SharedFilters):
    doc = reader.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    ids = reader.document_record_ids(doc_id)
    records = reader.records(
        [i for kind in ("event", "statistic", "statement") for i in ids.get(kind, [])]
    )
    evidence = [e for r in records for s in r.sources if s.doc_id == doc_id for e in s.evidence]
    evidence.sort(key=lambda e: e.start)
    return render(
        request,
        "document.html",
        filters,
        doc=doc,
        records=records,
        rows=[views.event_row(r) for r in records if r.kind == "event"],
        marked=highlight(doc.text, _disjoint(evidence), []),
    )


@router.get("/new", response_class=HTMLResponse)
def whats_new(request: Request, reader: ReaderDep, filters: SharedFilters):
    new = reader.latest(filters)
    return render(
        request,
        "new.html",
        filters,
        new=new,
        rows=[views.event_row(r) for r in new.events],
        entity_names=known_names(reader),
    )


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, reader: ReaderDep, filters: SharedFilters):
    found = reader.search(filters.q, filters) if filters.q else None
    return render(
        request,
        "search.html",
        filters,
        found=found,
        rows=[views.event_row(r) for r in found["events"].records] if found else [],
        entity_names=known_names(reader),
    )


@router.get("/export/events.csv")
def export_csv(
    reader: ReaderDep,
    filters: SharedFilters,
    sort: Annotated[str, Query()] = "date",
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
) -> StreamingResponse:
    """Exactly the events of the filtered table, every one of them, in its order."""
    rows = reader.iter_events(filters, sort if sort in SORTS else "date", order == "desc")
    return StreamingResponse(
        _csv_lines(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="events.csv"'},
    )


@router.get("/export/events.jsonl")
def export_jsonl(
    reader: ReaderDep,
    filters: SharedFilters,
    sort: Annotated[str, Query()] = "date",
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
) -> StreamingResponse:
    rows = reader.iter_events(filters, sort if sort in SORTS else "date", order == "desc")
    lines = (json.dumps(r.to_spec(), ensure_ascii=False) + "\n" for r in rows)
    return StreamingResponse(
        lines,
        media_type="application/x-ndjson; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="events.jsonl"'},
    )


def _csv_lines(records) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for record in records:
        writer.writerow(event_row(record))
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _disjoint(spans: list) -> list:
    """Evidence of several records may repeat or overlap: keep each stretch of text once."""
    out: list = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out
