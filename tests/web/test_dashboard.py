"""The dashboard in real headless Chromium: an analyst's path through it, the pages' safety with
hostile article text, and nothing loaded from outside 127.0.0.1. One screenshot per page goes
to tests/artifacts/."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

import httpx
import pytest
from served import HOSTILE_MARKERS, hostile_event_id

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# every page the dashboard has (its analyst's path and the lists)
PAGES = [
    "/",
    "/events",
    "/events?type=attack&sort=killed&order=desc",
    "/entities",
    "/entities/Islamic%20State",
    "/statistics",
    "/statements",
    "/new",
    "/search?q=Kabul",
    "/docs",
]


class _Resources(HTMLParser):
    """Every address a page would load: script src, link href, img src (and srcset)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href"):
            self.urls.append(a["href"])
        if a.get("srcset"):
            self.urls.extend(part.split()[0] for part in a["srcset"].split(","))


def test_analyst_path_overview_filter_event_entity(visit):
    page = visit.page
    visit.open("/")
    page.wait_for_selector("#map[data-basemap-loaded='true']", timeout=15_000)
    assert int(page.get_attribute("#map", "data-markers")) > 10
    assert page.locator("#map path.leaflet-interactive").count() > 10  # the event circles
    assert page.locator("figure.timeline svg rect[fill]").count() > 10
    visit.shot("overview")

    page.select_option("form.filters select[name=type]", "attack")
    page.fill("form.filters input[name=country]", "Afghanistan")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "type=attack" in page.url and "country=Afghanistan" in page.url
    assert "actor=" not in page.url  # empty fields stay out of the address
    assert page.locator("table.counts th a").first.inner_text() == "attack"
    visit.shot("overview-filtered")

    page.click("header nav a:has-text('Events')")
    page.wait_for_load_state()
    assert "type=attack" in page.url  # the filters travel with the navigation
    types = page.locator("table.events tbody tr td:nth-child(2) .type").all_inner_texts()
    places = page.locator("table.events tbody tr td:nth-child(3)").all_inner_texts()
    assert types and set(types) == {"attack"}
    assert all("Afghanistan" in p for p in places)
    visit.shot("events-filtered")

    # an attack by a group the lexicon knows, so its page links to the group's
    page.locator("table.events tbody tr:has(td:nth-child(4) a) td.summary a").first.click()
    page.wait_for_load_state()
    assert "/events/" in page.url
    evidence = page.locator(".article mark.evidence")
    assert evidence.count() >= 1
    assert page.locator(".article .w-type").count() >= 1  # the words that made it an attack
    words = page.locator("table.fields td.words a").first
    target = words.get_attribute("href")
    assert target.startswith("#")
    assert page.locator(target).count() == 1  # each field links to its words in the text
    visit.shot("event")

    page.locator("table.fields ul.actors a").first.click()
    page.wait_for_load_state()
    assert "/entities/" in page.url
    assert page.locator("h1").inner_text().strip()
    assert page.locator("table.events tbody tr").count() >= 1
    visit.shot("entity")


def test_article_with_markup_and_script_shows_as_text(visit, served_db):
    page = visit.page
    visit.open(f"/events/{hostile_event_id(served_db)}")
    text = page.locator(".article").inner_text()
    for marker in HOSTILE_MARKERS:
        assert marker in text
    assert page.locator(".article script, .article img, .article b, .article a").count() == 0
    assert page.locator(".article mark.evidence").count() >= 1
    visit.shot("event-hostile-article")
    # the dialogs and script errors of the visit fixture would show a script that ran


def test_sorting_and_paging_the_table(visit):
    page = visit.page
    visit.open("/events?limit=25")
    page.click("table.events th a:has-text('Killed')")
    page.wait_for_load_state()
    assert "sort=killed" in page.url
    first = page.locator("table.events tbody tr td:nth-child(5)").all_inner_texts()
    assert first[0].strip()  # the deadliest first
    page.click("nav.pager a[rel=next]")
    page.wait_for_load_state()
    assert "offset=25" in page.url and "sort=killed" in page.url
    visit.shot("events-sorted-page-2")


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_only_from_this_server(server, path):
    html = httpx.get(server.url.rstrip("/") + path).text
    parser = _Resources()
    parser.feed(html)
    assert parser.urls, "every page loads at least its style sheet"
    for url in parser.urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc and url.startswith("/"), url


@pytest.mark.parametrize(
    ("path", "ready"),
    [
        ("/entities", "table.entities tbody tr"),
        ("/statistics", "table.statistics tbody tr"),
        ("/statements", "ul.statements li"),
        ("/new", "table.events tbody tr"),
        ("/search?q=Kabul", "table.events tbody tr"),
        ("/docs", ".swagger-ui .opblock"),
    ],
)
def test_other_pages_render_in_the_browser(visit, path, ready):
    visit.open(path)
    visit.page.wait_for_selector(ready, timeout=15_000)
    name = path.strip("/").split("?")[0] or "index"
    visit.shot(name, full_page=False)
