"""The REST API over real HTTP (uvicorn on a free local port), checked against the store."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date

import httpx
import pytest
from served import HOSTILE_ARTICLE, copy_database, hostile_event_id

from spec_check import problems
from watchfloor.api.filters import Filters
from watchfloor.store import EventFilter
from watchfloor.store.schema import RecordRow

pytestmark = pytest.mark.slow


def all_pages(client, path: str, **params) -> list[dict]:
    items, offset = [], 0
    while offset is not None:
        page = client.get(path, params={**params, "offset": offset, "limit": 7}).json()
        items += page["items"]
        offset = page["next"]
    return items


def test_events_are_spec_records_and_all_of_them(client, served_store):
    page = client.get("/api/events", params={"limit": 500}).json()
    stored = served_store.events(EventFilter())
    assert page["total"] == len(stored) == len(page["items"]) > 50
    assert page["next"] is None
    for item in page["items"]:
        assert problems(item) == [], item["id"]
        assert item["sources"][0]["evidence"], item["id"]


def test_pages_cover_the_events_once(client, served_store):
    ids = [item["id"] for item in all_pages(client, "/api/events")]
    assert len(ids) == len(set(ids))
    assert set(ids) == {row.id for row in served_store.events(EventFilter())}


@pytest.mark.parametrize(
    ("params", "flt"),
    [
        ({"type": "attack"}, EventFilter(type="attack")),
        ({"type": "attack", "subtype": "bombing"}, EventFilter(type="attack", subtype="bombing")),
        ({"certainty": "speculative"}, EventFilter(certainty="speculative")),
        ({"country": "AF"}, EventFilter(country="AF")),
        ({"country": "france"}, EventFilter(country="france")),
        ({"admin1": "Kabul"}, EventFilter(admin1="Kabul")),
        ({"actor": "islamic state"}, EventFilter(actor="islamic state")),
        (
            {"since": "2020-01-01", "until": "2021-12-31"},
            EventFilter(since=date(2020, 1, 1), until=date(2021, 12, 31)),
        ),
        ({"q": "Kirkuk"}, EventFilter(text="Kirkuk")),
    ],
)
def test_filters_select_what_the_store_selects(client, served_store, params, flt):
    items = all_pages(client, "/api/events", **params)
    expected = {row.id for row in served_store.events(flt)}
    assert expected, "a filter that selects nothing tests nothing"
    assert {item["id"] for item in items} == expected


def test_attribution_filter(client, served_store):
    claimed = all_pages(client, "/api/events", attribution="claimed", type="attack")
    expected = {
        row.id
        for row in served_store.events(EventFilter(type="attack"))
        if row.attribution == "claimed"
    }
    assert expected
    assert {item["id"] for item in claimed} == expected


def test_sorting_by_killed_puts_the_deadliest_first_and_unknowns_last(client):
    items = client.get("/api/events", params={"sort": "killed", "limit": 500}).json()["items"]
    tolls = [
        (i.get("killed") or {}).get("max") or (i.get("killed") or {}).get("min") for i in items
    ]
    known = [t for t in tolls if t is not None]
    assert known == sorted(known, reverse=True)
    assert tolls[: len(known)] == known  # every unknown after every known


def test_default_order_is_newest_first(client):
    items = client.get("/api/events", params={"limit": 500}).json()["items"]
    starts = [(i.get("date") or {}).get("start") for i in items]
    dated = [s for s in starts if s]
    assert dated == sorted(dated, reverse=True)
    assert starts[: len(dated)] == dated


def test_one_event_is_the_stored_record(client, served_store):
    row = served_store.events(EventFilter(type="attack", limit=1))[0]
    got = client.get(f"/api/events/{row.id}").json()
    assert got == json.loads(json.dumps(served_store.record(row.id).to_spec()))


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events/0000000000000000", 404),
        ("/api/events?since=yesterday", 422),
        ("/api/events?certainty=sure", 422),
        ("/api/events?limit=100000", 422),
        ("/api/entities/No%20Such%20Group", 404),
        ("/api/documents/nope", 404),
    ],
)
def test_bad_requests_are_refused_with_a_reason(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["detail"]


def test_statistics_and_statements(client, served_store):
    for kind, path in (("statistic", "/api/statistics"), ("statement", "/api/statements")):
        stored = list(served_store.iter_records(kind))
        items = all_pages(client, path)
        assert stored and len(items) == len(stored)
        assert all(problems(item) == [] for item in items)
    fighters = all_pages(client, "/api/statistics", q="fighters")
    assert fighters
    assert all("fighters" in json.dumps(item).lower() for item in fighters), (
        "free text must find the words in the record or its sentence"
    )


def test_entities_resolve_aliases_and_list_their_events(client, served_store):
    from watchfloor.analyze.entities import find_entity

    names = {item["canonical"] for item in all_pages(client, "/api/entities")}
    assert "Islamic State" in names
    got = client.get("/api/entities/isis").json()  # an alias, any case
    assert got["entity"]["canonical"] == "Islamic State"
    view = find_entity(served_store, "Islamic State")
    listed = {item["id"] for item in got["events"]["items"]}
    assert listed == {record.id for record in view.events}
    assert got["timeline"]["buckets"]


def test_document_has_text_and_its_records(client, served_store):
    row = served_store.events(EventFilter(type="attack", limit=1))[0]
    doc_id = served_store.record(row.id).sources[0].doc_id
    got = client.get(f"/api/documents/{doc_id}").json()
    assert got["text"] == served_store.document(doc_id).text
    assert row.id in got["records"]["event"]
    listing = client.get("/api/documents", params={"limit": 500}).json()
    assert doc_id in {d["id"] for d in listing["items"]}


def test_search_finds_every_kind(client):
    found = client.get("/api/search", params={"q": "Islamic State"}).json()
    assert found["events"]["total"] > 0
    assert "Islamic State" in {e["canonical"] for e in found["entities"]["items"]}
    assert found["documents"]["total"] > 0
    assert client.get("/api/search").status_code == 422


def test_overview_counts_add_up(client, served_store):
    overview = client.get("/api/stats/overview").json()
    stored = served_store.summary_by_type()
    assert overview["events"] == sum(n for *_, n in stored)
    by_type = {}
    for type_, _, _, n in stored:
        by_type[type_] = by_type.get(type_, 0) + n
    assert {row["type"]: row["events"] for row in overview["by_type"]} == by_type
    dated = [r for r in served_store.events(EventFilter()) if r.date_start]
    assert sum(b["total"] for b in overview["timeline"]["buckets"]) == len(dated)
    assert overview["by_actor"][0]["actor"] == "Islamic State"
    attacks = client.get("/api/stats/overview", params={"type": "attack"}).json()
    assert [row["type"] for row in attacks["by_type"]] == ["attack"]


def test_map_places_have_coordinates(client):
    places = client.get("/api/stats/map").json()
    assert places
    for p in places:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
        assert p["events"] >= 1
    iraq = client.get("/api/stats/map", params={"country": "IQ"}).json()
    assert iraq and {p["country_code"] for p in iraq} == {"IQ"}


def test_whats_new_is_the_latest_ingest(client, served_db):
    new = client.get("/api/new").json()
    # the hostile article's ingest is the last run of the served copy, whatever ran before
    with sqlite3.connect(served_db) as db:
        [(last_run,)] = db.execute("SELECT max(id) FROM runs")
    assert new["run"]["id"] == last_run
    assert [e["id"] for e in new["events"]] == [hostile_event_id(served_db)]


def test_downloads_hold_exactly_the_filtered_rows(client, served_store):
    params = {"type": "attack", "country": "Afghanistan"}
    listed = [item["id"] for item in all_pages(client, "/api/events", **params)]
    rows = list(csv.DictReader(io.StringIO(client.get("/export/events.csv", params=params).text)))
    assert [r["id"] for r in rows] == listed
    assert all(r["type"] == "attack" and r["country"] == "Afghanistan" for r in rows)
    lines = client.get("/export/events.jsonl", params=params).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == listed
    assert all(problems(r) == [] for r in records)


def test_openapi_docs_are_served_locally(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert client.get(f"/static/vendor/swagger-ui/{asset}").status_code == 200, (
            "front-end assets missing: run `make setup`"
        )
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/search", "/api/stats/overview"} <= set(paths)
    assert "/api/ingest" not in paths  # read-only without a token


def test_security_headers_and_local_host_names_only(client, server):
    response = client.get("/")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    rebound = httpx.get(server.url, headers={"Host": "attacker.example"})
    assert rebound.status_code == 400


def test_article_markup_is_escaped_in_pages_and_kept_in_json(client, served_db):
    event_id = hostile_event_id(served_db)
    page = client.get(f"/events/{event_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page and "onerror=" not in page.replace("onerror=&#34;", "")
    doc_id = client.get(f"/api/events/{event_id}").json()["sources"][0]["doc_id"]
    assert "<script>alert(1)</script>" in client.get(f"/api/documents/{doc_id}").json()["text"]


def test_ingest_exists_only_with_a_token_and_requires_it(client, served_db, tmp_path):
    from watchfloor.api import create_app
    from watchfloor.api.server import BackgroundServer
    from watchfloor.settings import Settings

    assert client.post("/api/ingest", json={"articles": [{"text": "x"}]}).status_code in (404, 405)
    db = copy_database(served_db, tmp_path / "ingest.db")
    token = "s3cret-token"
    body = {
        "articles": [
            {
                "text": HOSTILE_ARTICLE.replace("Kirkuk", "Tikrit").replace("four", "six"),
                "published": "2020-03-10",
                "url": "https://news.test/tikrit",
            }
        ]
    }
    with BackgroundServer(create_app(Settings(db=str(db)), token=token)) as server:
        url = server.url + "api/ingest"
        assert httpx.post(url, json=body).status_code == 401
        wrong = httpx.post(url, json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403
        ok = httpx.post(url, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=120)
        assert ok.status_code == 200, ok.text
        assert ok.json()["stored"] == 1
        [event] = httpx.get(server.url + "api/new").json()["events"]
        assert event["killed"] == {"min": 6, "max": 6}
        assert event["location"]["country_code"] == "IQ"
        assert "Tikrit" in event["sources"][0]["evidence"][0]["text"]
        assert event["sources"][0]["url"] == "https://news.test/tikrit"
        again = httpx.post(url, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=60)
        assert again.json()["stored"] == 0  # stored nothing twice


@pytest.mark.parametrize(
    "flt",
    [
        Filters(),
        Filters(type="attack"),
        Filters(type="attack", subtype="bombing"),
        Filters(country="af"),
        Filters(country="Iraq", since=date(2019, 1, 1)),
        Filters(admin1="kabul"),
        Filters(actor="islamic"),
        Filters(actor="ISIS"),
        Filters(since=date(2020, 1, 1), until=date(2021, 6, 30)),
        Filters(certainty="speculative"),
        Filters(attribution="claimed"),
        Filters(type="media_release", actor="state"),
    ],
)
def test_the_facet_cube_counts_what_the_database_counts(served_store, flt):
    from watchfloor.api.queries import Reader

    reader = Reader(served_store)
    cube = reader.cube(wait=True)
    keep = cube.mask(flt)
    assert keep is not None
    assert int(keep.sum()) == reader.count_events(flt, [RecordRow.kind == "event"])
    assert reader._overview(flt, 15, None).as_dict() == reader.overview_from_database(flt).as_dict()
    assert sorted(map(vars, reader._map_places(flt, 3000)), key=str) == sorted(
        map(vars, reader.map_places_from_database(flt)), key=str
    )


def test_the_cube_leaves_free_text_and_wildcards_to_the_database(served_store):
    from watchfloor.api.queries import Reader

    cube = Reader(served_store).cube(wait=True)
    assert cube.mask(Filters(q="Kabul")) is None
    assert cube.mask(Filters(actor="Islamic_State")) is None
