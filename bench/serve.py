"""Serving benchmark: how fast the dashboard and the API answer on 100,000 events.

Generates a database of synthetic events (real place names and coordinates from the gazetteer,
real group names from ``data/groups.toml``, made-up article text with evidence offsets that
point into it) and stores it through ``Store.save_many``, the store's own bulk path. Then
starts ``watchfloor serve`` on a free local port, warms every URL once, requests each one
``--requests`` times in turn and prints p50/p95/max in milliseconds. The issue's bar: overview
and events pages under 300 ms at the 95th percentile.

    .venv/bin/python bench/serve.py                  # 100,000 events in a temporary folder
    .venv/bin/python bench/serve.py --db /tmp/b.db   # keep (and reuse) the database
"""

from __future__ import annotations

import argparse
import csv
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from watchfloor.data import data_path, load_toml
from watchfloor.models import (
    EVENT_TYPES,
    Actor,
    Document,
    DocumentResult,
    EntityMention,
    FieldSpan,
    Record,
    Source,
    Span,
    to_plain,
)
from watchfloor.store import Store

EVENTS_PER_DOC = 4
BAR_MS = 300
TYPE_WEIGHTS = {
    "attack": 50,
    "military_operation": 20,
    "media_release": 8,
    "arrest": 8,
    "threat": 5,
    "leadership_change": 3,
    "territorial_change": 3,
    "pledge": 2,
    "online_action": 1,
}
FIRST_DAY = date(2012, 1, 1)
DAYS = (date(2024, 12, 31) - FIRST_DAY).days


def gazetteer_places(rng: random.Random, n: int = 800) -> list[dict]:
    """Cities and provinces of conflict countries, with coordinates, from ``places.tsv``."""
    countries = {"IQ", "SY", "AF", "PK", "NG", "SO", "ML", "BF", "YE", "EG", "LY", "MZ", "PH", "IN"}
    names = {}
    with data_path("places.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        if row["kind"] == "country":
            names[row["country_code"]] = row["name"]
    picked = [r for r in rows if r["country_code"] in countries and r["kind"] in ("city", "admin1")]
    rng.shuffle(picked)
    return [
        {
            "name": r["name"],
            "admin1": r["admin1"] or (r["name"] if r["kind"] == "admin1" else None),
            "country": names.get(r["country_code"]),
            "country_code": r["country_code"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "geonames_id": int(r["geonames_id"]) if r["geonames_id"] else None,
            "precision": "city" if r["kind"] == "city" else "admin1",
        }
        for r in picked[:n]
    ]


def known_groups() -> list[tuple[str, str, list[str]]]:
    return [
        (g["canonical"], g["type"], g.get("aliases", [])[:3])
        for g in load_toml("groups.toml")["group"]
        if g.get("type") in ("armed_group", "branch")
    ]


def synthetic_results(n_events: int, seed: int = 7) -> list[DocumentResult]:
    rng = random.Random(seed)
    places = gazetteer_places(rng)
    groups = known_groups()
    types = list(TYPE_WEIGHTS)
    weights = list(TYPE_WEIGHTS.values())
    results = []
    for d in range(0, n_events, EVENTS_PER_DOC):
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        sentences, records, mentions = [], [], {}
        doc_id = f"b{d:015x}"
        offset = 0
        for k in range(min(EVENTS_PER_DOC, n_events - d)):
            type_ = rng.choices(types, weights)[0]
            subtype = rng.choice(EVENT_TYPES[type_])
            place = rng.choice(places)
            canonical, group_type, aliases = rng.choice(groups)
            alias = rng.choice(aliases or [canonical])
            killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 45]) if type_ == "attack" else None
            when = day - timedelta(days=rng.randrange(3))
            sentence = (
                f"{alias} was reported in a {subtype.replace('_', ' ')} ({type_.replace('_', ' ')}) "
                f"near {place['name']} on {when:%B} {when.day}"
                + (f", leaving {killed} people dead." if killed is not None else ".")
            )
            start = offset
            end = start + len(sentence)
            fields = [
                FieldSpan("actors", start, start + len(alias), alias),
                _field(sentence, start, "type", subtype.replace("_", " ")),
                _field(sentence, start, "location", place["name"]),
                _field(sentence, start, "date", f"{when:%B} {when.day}"),
            ]
            if killed is not None:
                fields.append(_field(sentence, start, "killed", str(killed)))
            actor = Actor(alias, canonical, "perpetrator", group_type)
            data = {
                "type": type_,
                "subtype": subtype,
                "date": {
                    "start": when.isoformat(),
                    "end": when.isoformat(),
                    "precision": "day",
                    "text": f"{when:%B} {when.day}",
                },
                "location": place,
                "actors": [to_plain(actor)],
                "killed": {"min": killed, "max": killed} if killed is not None else None,
                "wounded": None,
                "arrested": None,
                "abducted": None,
                "weapons": [],
                "claimed_by": [canonical] if rng.random() < 0.2 else [],
                "attribution": rng.choice(["claimed", "attributed", "suspected", "unknown"]),
                "certainty": rng.choices(["reported", "speculative"], [9, 1])[0],
                "title": None,
                "summary": f"{canonical}: {subtype} in {place['name']}, "
                f"{place['country']} on {when.isoformat()}",
            }
            source = Source(
                doc_id,
                f"https://news.example/{doc_id}",
                f"Report {d}",
                day.isoformat(),
                [Span(start, end, sentence)],
                fields,
            )
            records.append(Record("event", f"e{d + k:015x}", [source], data, "bench", "bench"))
            mentions[(canonical, alias)] = (
                group_type,
                mentions.get((canonical, alias), (0, 0))[1] + 1,
            )
            sentences.append(sentence)
            offset = end + 2
        if d % 50 == 0:
            records.append(_statistic(rng, doc_id, day, groups, places))
        text = "\n\n".join(sentences)
        document = Document(
            doc_id,
            text,
            f"https://news.example/{doc_id}",
            f"Report {d}",
            day,
            "bench wire",
            "txt",
            f"bench-{d}",
        )
        entities = [EntityMention(c, t, a, n) for (c, a), (t, n) in mentions.items()]
        results.append(DocumentResult(document, records, entities))
    return results


def _field(sentence: str, start: int, name: str, words: str) -> FieldSpan:
    at = sentence.index(words)
    return FieldSpan(name, start + at, start + at + len(words), words)


def _statistic(rng, doc_id, day, groups, places) -> Record:
    canonical = rng.choice(groups)[0]
    value = rng.randrange(10, 5000)
    place = rng.choice(places)
    data = {
        "measure": rng.choice(["fighters", "fighters killed", "attacks claimed", "arrests"]),
        "value": {"min": value, "max": value},
        "period": None,
        "place": place["country"],
        "actor": canonical,
        "attributed_to": "ministry of defence",
    }
    source = Source(doc_id, None, None, day.isoformat(), [])
    return Record("statistic", f"s{doc_id}", [source], data, "bench", "bench")


def build_database(path: Path, n_events: int) -> None:
    started = time.perf_counter()
    store = Store(str(path))
    results = synthetic_results(n_events)
    made = time.perf_counter()
    run = store.begin_run({"bench": True}, "bench")
    for i in range(0, len(results), 2000):
        store.save_many(results[i : i + 2000], run, "bench")
    store.finish_run(run, {"stored": len(results)})
    print(
        f"generated {n_events} events in {len(results)} articles: "
        f"{made - started:.1f} s to make, {time.perf_counter() - made:.1f} s to store",
        file=sys.stderr,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("watchfloor")
    proc = subprocess.Popen(
        [str(exe), "--db", str(db), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/documents?limit=1", timeout=5)
            return proc
        except httpx.TransportError:
            if proc.poll() is not None:
                output = proc.stderr.read().decode() if proc.stderr else "no output"
                raise RuntimeError(f"server stopped: {output}") from None
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server did not start in 60 s")


def targets(client: httpx.Client) -> list[tuple[str, str, bool]]:
    """(label, path, under the issue's 300 ms bar)"""
    first = client.get("/api/events?limit=1").json()["items"][0]["id"]
    return [
        ("overview page", "/", True),
        ("overview page, filtered", "/?type=attack&country=IQ&since=2018-01-01", True),
        ("events page", "/events", True),
        ("events page, sorted by killed", "/events?sort=killed&order=desc", True),
        ("events page, sorted by place", "/events?sort=place&order=asc", True),
        ("events page, filtered", "/events?type=attack&actor=Islamic+State&since=2020-01-01", True),
        ("events page 1000", "/events?offset=50000", True),
        ("event page", f"/events/{first}", False),
        ("entity page", "/entities/Islamic%20State", False),
        ("api events", "/api/events?limit=50", False),
        ("api events, actor", "/api/events?actor=al-Shabaab&limit=50", False),
        ("api stats overview", "/api/stats/overview", False),
        ("api stats map", "/api/stats/map", False),
        ("api statistics", "/api/statistics", False),
        ("api entities", "/api/entities", False),
        ("api search", "/api/search?q=Mosul", False),
    ]


# The server keeps counts, the map and entities until the data change, so a repeated request
# is answered from memory; these ask a question it has not seen each time (a new start date).
UNCACHED = [
    ("overview page, new filter each time", "/?since={day}", True),
    ("events page, new filter each time", "/events?since={day}", True),
    ("api stats overview, new filter each time", "/api/stats/overview?since={day}", False),
]


def measure(client: httpx.Client, path: str, n: int, salt: int = 0) -> list[float]:
    times = []
    for i in range(n):
        day = FIRST_DAY + timedelta(days=37 * i + 11 + salt)
        started = time.perf_counter()
        response = client.get(path.format(day=day.isoformat()))
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database file to build (or reuse if there)")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per URL")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="watchfloor-bench-")
    db = args.db or Path(folder.name) / "bench.db"
    if not db.exists():
        build_database(db, args.events)
    port = free_port()
    server = start_server(db, port)
    failed = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            urls = targets(client)
            for _, path, _ in urls:  # warm: templates compiled, entity index built, pages cached
                measure(client, path, 1)
            urls += UNCACHED
            print(f"{'request':34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
            for salt, (label, path, bar) in enumerate(urls):
                times = measure(client, path, args.requests, salt)
                p95 = percentile(times, 95)
                flag = ""
                if bar:
                    flag = "  ok" if p95 < BAR_MS else f"  OVER {BAR_MS} ms"
                    if p95 >= BAR_MS:
                        failed.append(label)
                print(f"{label:34} {percentile(times, 50):8.1f} {p95:8.1f} {max(times):8.1f}{flag}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        folder.cleanup()
    if failed:
        print(f"over {BAR_MS} ms at p95: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
