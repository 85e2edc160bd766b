"""Headless Chromium (Debian's package, driven by Playwright) against a real server over a copy
of the sample database. Every request that does not go to the server is blocked and recorded."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "api"))

from served import served_database

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} is not installed (Debian package `chromium`; .ci/run installs it)"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def served_db(sample_db, tmp_path_factory, cli_runner):
    return served_database(sample_db.db, tmp_path_factory.mktemp("served-web"), cli_runner)


@pytest.fixture(scope="session")
def server(served_db):
    from watchfloor.api import create_app
    from watchfloor.api.server import BackgroundServer
    from watchfloor.settings import Settings

    with BackgroundServer(create_app(Settings(db=str(served_db)))) as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A browser page that refuses to leave the server and keeps what it saw."""

    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        host = urlsplit(base).hostname
        page.route("**/*", self._route(host))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("dialog", self._dialog)

    def _route(self, host):
        def handle(route):
            url = route.request.url
            parts = urlsplit(url)
            local = parts.scheme in ("data", "blob") or (
                parts.scheme in ("http", "https") and parts.hostname == host
            )
            if local:
                route.continue_()
            else:
                self.outside.append(url)
                route.abort()

        return handle

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str):
        response = self.page.goto(self.base.rstrip("/") + path)
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return response

    def shot(self, name: str, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture
def visit(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    v = Visit(context.new_page(), server.url)
    yield v
    context.close()
    assert v.outside == [], f"requests left the machine: {v.outside}"
    assert v.errors == [], f"script errors: {v.errors}"
    assert v.dialogs == [], f"a page opened dialogs (script from an article ran?): {v.dialogs}"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    # Chromium and httpx must reach 127.0.0.1 directly whatever the environment says
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        if name in os.environ:
            monkeypatch.delenv(name)
