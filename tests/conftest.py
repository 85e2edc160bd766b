"""Shared fixtures: the real spaCy pipeline (loaded once), a runner for short texts through the
whole pipeline, and one CLI ingest of the sample corpus per session."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:  # every test module imports `helpers` and `spec_check`
    sys.path.insert(0, _TESTS)

from helpers import BAD, CORPUS, WIDE  # noqa: E402


@pytest.fixture(scope="session")
def settings():
    from watchfloor.settings import Settings

    return Settings()


@pytest.fixture(scope="session")
def nlp(settings):
    """The real spaCy pipeline the ingest uses, loaded once per session."""
    from watchfloor.pipeline import language_pipeline

    return language_pipeline(settings)


@pytest.fixture(scope="session")
def make_document():
    from watchfloor.models import RawArticle
    from watchfloor.text import to_document

    def make(text: str, published: date | None = None, **kwargs):
        kwargs.setdefault("origin", "test-article")
        return to_document(RawArticle(text=text, published=published, **kwargs))

    return make


@pytest.fixture(scope="session")
def analyse(nlp, settings, make_document):
    """Run one text through the whole pipeline (text -> nlp -> extract -> resolve)."""
    from watchfloor.pipeline import process_documents

    def run(text: str, published: date | None = None, **kwargs):
        document = make_document(text, published, **kwargs)
        [result] = process_documents([document], settings)
        assert result.failure is None, result.failure  # a defect surfaces as itself
        return result

    return run


@pytest.fixture(scope="session")
def analyse_keeping_history(settings, make_document):
    """``analyse`` with the settings that keep attacks told as history (as MUC-4 scoring does)."""
    from dataclasses import replace

    from watchfloor.pipeline import process_documents

    keeping = replace(settings, keep_past_attacks=True)

    def run(text: str, published: date | None = None, **kwargs):
        [result] = process_documents([make_document(text, published, **kwargs)], keeping)
        return result

    return run


@pytest.fixture(scope="session")
def cli_runner():
    from typer.testing import CliRunner

    return CliRunner()


@dataclass
class Ingested:
    db: Path
    output: str
    exit_code: int


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, nlp, cli_runner) -> Ingested:
    """samples/corpus and samples/bad, ingested once per session through the real CLI."""
    from watchfloor.cli import app

    db = tmp_path_factory.mktemp("sample") / "sample.db"
    result = cli_runner.invoke(app, ["--db", str(db), "ingest", str(CORPUS), str(BAD)], env=WIDE)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ingested(db, result.output, result.exit_code)


@pytest.fixture(scope="session")
def sample_store(sample_db):
    from watchfloor.store import Store

    return Store(str(sample_db.db))
