"""Stage 8, store: the real SQLite database through SQLAlchemy, in tmp_path."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from watchfloor.errors import DatabaseError, ExitCode, RecordNotFoundError
from watchfloor.store import EventFilter, Store, database_url
from watchfloor.store.schema import RecordActorRow, RecordRow, RecordSourceRow

pytestmark = pytest.mark.slow

ARTICLES = [
    (
        "IS fighters ambushed an army patrol near Rutba in Anbar province, Iraq, on Sunday, "
        "killing 11 troops, a military officer said. The Islamic State claimed responsibility in "
        "a statement.",
        date(2020, 3, 10),
    ),
    (
        "Al-Shabaab militants detonated two car bombs at a busy junction in Mogadishu, Somalia, on "
        "Saturday, killing at least 100 people and wounding 300.",
        date(2022, 10, 31),
    ),
    (
        "Gunmen kidnapped six aid workers on a road in Abyan province, Yemen, on Thursday, local "
        "officials said.",
        date(2022, 2, 14),
    ),
    (
        # a feared plot: a speculative attack (an official warning would be the threat's record)
        "Residents fear Islamic State fighters are plotting an attack on polling stations in "
        "Kirkuk, Iraq, during the election.",
        date(2021, 10, 1),
    ),
    (
        "Daesh gunmen attacked a checkpoint in Diyala province, Iraq, on Monday, killing two "
        "policemen.",
        None,
    ),
    (
        "Live: the latest\n\nUpdate — March 2, 2021\n\nGunmen shot dead three women in Jalalabad, "
        "Afghanistan, on Tuesday.\n\nKABUL, March 4, 2021 —\n\nA magnetic bomb exploded under a "
        "minibus in Kabul on Thursday, killing two passengers.",
        None,
    ),
]


@pytest.fixture(scope="module")
def results(nlp, settings, make_document):
    from watchfloor.pipeline import process_documents

    documents = [
        make_document(text, published, url=f"https://news.test/{i}", origin=f"article-{i}.txt")
        for i, (text, published) in enumerate(ARTICLES)
    ]
    return process_documents(documents, settings)


@pytest.fixture(scope="module")
def store(results, settings, tmp_path_factory):
    store = Store(str(tmp_path_factory.mktemp("store") / "events.db"))
    run_id = store.begin_run(settings.as_dict(), settings.config_hash())
    for result in results:
        store.save(result, run_id, settings.config_hash())
    store.finish_run(run_id, {"stored": len(results)})
    return store


def _events(store):
    return [r for r in store.iter_records("event")]


def _ids(rows) -> set[str]:
    return {r.id for r in rows}


# --- round trip ------------------------------------------------------------------------------------


def test_database_url():
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    url = database_url("some/dir/x.db")
    assert url.startswith("sqlite:///") and url.endswith("/some/dir/x.db")
    assert Path(url.removeprefix("sqlite:///")).is_absolute()


def test_documents_round_trip(store, results):
    for result in results:
        doc = result.document
        row = store.document(doc.id)
        assert row is not None
        assert (row.text, row.url, row.title, row.published, row.fmt, row.origin) == (
            doc.text,
            doc.url,
            doc.title,
            doc.published,
            doc.fmt,
            doc.origin,
        )
        assert [(p["start"], p["end"], p["published"]) for p in row.posts] == [
            (p.start, p.end, p.published.isoformat() if p.published else None) for p in doc.posts
        ]


def test_records_round_trip_exactly(store, results):
    saved = [r for result in results for r in result.records]
    assert saved, "the articles gave no records at all"
    for record in saved:
        loaded = store.record(record.id)
        assert loaded.to_spec() == record.to_spec()
        assert json.loads(json.dumps(loaded.to_spec())) == loaded.to_spec()
    assert store.counts() == {"documents": len(results), "events": len(saved)}


def test_record_by_unique_prefix(store, results):
    record = next(r for result in results for r in result.records)
    assert store.record(record.id[:10]).id == record.id


def test_unknown_record_is_a_named_error(store):
    with pytest.raises(RecordNotFoundError) as info:
        store.record("ffffffffffffffff-nope")
    assert info.value.exit_code == ExitCode.NOT_FOUND


def _row_counts(store) -> tuple[int, int, int]:
    with Session(store.engine) as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (RecordRow, RecordSourceRow, RecordActorRow)
        )


def test_saving_the_same_document_again_is_idempotent(store, results, settings):
    before = _row_counts(store)
    ids = _ids(store.events(EventFilter()))
    for result in results[:3]:
        store.save(result, None, settings.config_hash())
    assert _row_counts(store) == before
    assert _ids(store.events(EventFilter())) == ids
    assert store.counts()["documents"] == len(results)


def test_a_batch_is_stored_like_one_document_at_a_time(store, results, settings, tmp_path):
    batched = Store(str(tmp_path / "batched.db"))
    batched.save_many(results, None, settings.config_hash())
    assert _row_counts(batched) == _row_counts(store)
    assert _ids(batched.events(EventFilter())) == _ids(store.events(EventFilter()))
    assert all(batched.is_current(r.document.id, settings.config_hash()) for r in results)
    assert not batched.is_current(results[0].document.id, "another-config")


def test_a_failed_batch_stores_none_of_it_and_keeps_what_was_stored(results, settings, tmp_path):
    db = Store(str(tmp_path / "partial.db"))
    db.save_many(results[:2], None, settings.config_hash())
    before = _row_counts(db)
    # the same document twice in one batch breaks the documents' primary key
    with pytest.raises(DatabaseError) as info:
        db.save_many([results[2], results[2]], None, settings.config_hash())
    assert results[2].document.origin in str(info.value)
    assert _row_counts(db) == before
    assert db.counts()["documents"] == 2
    assert not db.is_current(results[2].document.id, settings.config_hash())


def test_a_new_config_replaces_a_documents_records(results, settings, tmp_path):
    db = Store(str(tmp_path / "replaced.db"))
    db.save_many(results, None, "old-config")
    counts = _row_counts(db)
    db.save_many(results[:3], None, settings.config_hash())
    assert _row_counts(db) == counts  # same results: rows replaced, not added
    assert db.is_current(results[0].document.id, settings.config_hash())
    assert db.is_current(results[4].document.id, "old-config")


def test_entities_are_summed_per_canonical_name(store, results):
    entities = {r.data["canonical"]: r for r in store.entity_records()}
    islamic_state = entities["Islamic State"]
    assert {"IS", "Daesh"} <= set(islamic_state.data["aliases"])
    expected = sum(
        m.count for result in results for m in result.entities if m.canonical == "Islamic State"
    )
    assert islamic_state.data["mentions"] == expected
    assert islamic_state.data["type"] == "armed_group"
    docs = {s.doc_id for s in islamic_state.sources}
    assert docs == {
        r.document.id for r in results if any(m.canonical == "Islamic State" for m in r.entities)
    }
    shabaab = entities["al-Shabaab"]
    assert shabaab.data["type"] == "branch"
    assert shabaab.data["attributes"]["parent"] == "al-Qaeda"


def test_bad_database_location_is_a_named_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(DatabaseError) as info:
        Store(str(blocker / "inside" / "x.db"))
    assert info.value.exit_code == ExitCode.DATABASE


# --- filters ------------------------------------------------------------------------------------


def _check_filter(store, flt: EventFilter, keep) -> set[str]:
    """The filter returns exactly the events ``keep`` accepts (checked in Python)."""
    everything = _events(store)
    expected = {r.id for r in everything if keep(r)}
    got = _ids(store.events(flt))
    assert got == expected
    return got


def _countries(r):
    loc = r.data.get("location") or {}
    return loc.get("country_code"), loc.get("country")


def test_filter_by_type_subtype_and_certainty(store):
    assert _check_filter(store, EventFilter(type="attack"), lambda r: r.data["type"] == "attack")
    assert _check_filter(
        store, EventFilter(subtype="bombing"), lambda r: r.data["subtype"] == "bombing"
    )
    assert _check_filter(
        store, EventFilter(certainty="speculative"), lambda r: r.data["certainty"] == "speculative"
    )
    assert _check_filter(store, EventFilter(type="military_operation"), lambda r: False) == set()


def test_filter_by_actor_matches_canonical_or_name(store):
    def has(word):
        return lambda r: any(
            word in (a["canonical"] or "").lower() or word in a["name"].lower()
            for a in r.data["actors"]
        )

    found = _check_filter(store, EventFilter(actor="Islamic State"), has("islamic state"))
    assert len(found) >= 2
    assert _check_filter(store, EventFilter(actor="daesh"), has("daesh"))
    assert _check_filter(store, EventFilter(actor="shabaab"), has("shabaab"))


@pytest.mark.parametrize("country", ["IQ", "iq", "Iraq", " iraq "])
def test_filter_by_country_code_or_name(store, country):
    found = _check_filter(store, EventFilter(country=country), lambda r: _countries(r)[0] == "IQ")
    assert len(found) >= 2


def test_filter_by_dates(store):
    def within(since, until):
        def keep(r):
            d = r.data.get("date") or {}
            if not d.get("start"):
                return False
            return (since is None or d["end"] >= since.isoformat()) and (
                until is None or d["start"] <= until.isoformat()
            )

        return keep

    since, until = date(2021, 1, 1), date(2022, 3, 1)
    found = _check_filter(store, EventFilter(since=since), within(since, None))
    assert found
    assert _check_filter(store, EventFilter(until=until), within(None, until))
    both = _check_filter(store, EventFilter(since=since, until=until), within(since, until))
    assert both and both < _ids(store.events(EventFilter()))
    assert _check_filter(store, EventFilter(since=date(2030, 1, 1)), lambda r: False) == set()


def test_filter_by_text_in_summary_or_article(store):
    def mentions(word):
        def keep(r):
            if word in r.data["summary"].lower():
                return True
            return any(word in store.document(s.doc_id).text.lower() for s in r.sources)

        return keep

    assert _check_filter(store, EventFilter(text="Mogadishu"), mentions("mogadishu"))
    assert _check_filter(store, EventFilter(text="aid workers"), mentions("aid workers"))


def test_filters_combine(store):
    found = _check_filter(
        store,
        EventFilter(type="attack", country="IQ", certainty="reported"),
        lambda r: (
            r.data["type"] == "attack"
            and _countries(r)[0] == "IQ"
            and r.data["certainty"] == "reported"
        ),
    )
    assert found


def test_limit_and_order(store):
    rows = store.events(EventFilter())
    assert len(rows) >= 3
    assert len(store.events(EventFilter(limit=2))) == 2
    dated = [r.date_start for r in rows if r.date_start is not None]
    assert dated == sorted(dated)
    # undated events come last
    undated = [i for i, r in enumerate(rows) if r.date_start is None]
    assert undated == list(range(len(rows) - len(undated), len(rows)))


# --- re-processing ------------------------------------------------------------------------------


def test_newer_config_hash_reprocesses(tmp_path, settings):
    from dataclasses import replace

    from watchfloor.pipeline import ingest

    article = tmp_path / "undated.txt"
    article.write_text(
        "Militants beheaded a village chief in Cabo Delgado province, Mozambique, residents said.",
        encoding="utf-8",
    )
    store = Store(str(tmp_path / "re.db"))
    published = date(2020, 4, 10)

    first = ingest([article], store, settings, published=published)
    assert (first.stored, first.unchanged) == (1, 0)
    [doc_id] = {s.doc_id for r in store.iter_records() for s in r.sources}
    assert store.is_current(doc_id, settings.config_hash())

    again = ingest([article], store, settings, published=published)
    assert (again.stored, again.unchanged) == (0, 1)

    narrower = replace(settings, reporting_window_days=2)
    assert narrower.config_hash() != settings.config_hash()
    assert not store.is_current(doc_id, narrower.config_hash())
    third = ingest([article], store, narrower, published=published)
    assert (third.stored, third.unchanged) == (1, 0)
    assert store.is_current(doc_id, narrower.config_hash())
    records = list(store.iter_records())
    assert records and {r.config_hash for r in records} == {narrower.config_hash()}
    for record in records:
        when = record.data["date"]
        assert when["start"] == (published - timedelta(days=2)).isoformat()
    assert store.counts()["documents"] == 1


def test_settings_that_do_not_change_extraction_keep_the_hash(settings):
    from dataclasses import replace

    assert (
        replace(settings, db="elsewhere.db", batch_size=3, workers=4).config_hash()
        == settings.config_hash()
    )
