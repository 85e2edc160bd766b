"""A real uvicorn server on a free 127.0.0.1 port over a copy of the sample database."""

from __future__ import annotations

import httpx
import pytest
from served import served_database

TOKEN = "test-token-5f1c"


@pytest.fixture(scope="session")
def served_db(sample_db, tmp_path_factory, cli_runner):
    return served_database(sample_db.db, tmp_path_factory.mktemp("served"), cli_runner)


@pytest.fixture(scope="session")
def served_store(served_db):
    from watchfloor.store import Store

    return Store(str(served_db))


@pytest.fixture(scope="session")
def server(served_db):
    """Read-only, as `watchfloor serve` starts without --token."""
    from watchfloor.api import create_app
    from watchfloor.api.server import BackgroundServer
    from watchfloor.settings import Settings

    with BackgroundServer(create_app(Settings(db=str(served_db)))) as running:
        yield running


@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c
