"""One reader per input format. Each yields ``RawArticle`` or ``Skipped`` and never raises."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

from watchfloor.models import RawArticle, Skipped
from watchfloor.sources.decode import DecodeError, decode_bytes

Reader = Callable[[Path], Iterator[RawArticle | Skipped]]


def read_txt(path: Path) -> Iterator[RawArticle | Skipped]:
    text = _read_text(path)
    if isinstance(text, Skipped):
        yield text
        return
    # Title and dateline are found by the text stage, which knows datelines.
    yield RawArticle(text=text, origin=str(path), url=path.resolve().as_uri(), fmt="txt")


def read_html(path: Path) -> Iterator[RawArticle | Skipped]:
    import trafilatura

    html = _read_text(path)
    if isinstance(html, Skipped):
        yield html
        return
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or not (extracted.text or "").strip():
        yield Skipped(str(path), "no article text found in the HTML page")
        return
    yield RawArticle(
        text=extracted.text,
        origin=str(path),
        url=extracted.url or path.resolve().as_uri(),
        title=extracted.title,
        published=_parse_date(extracted.date),
        source=extracted.sitename or extracted.hostname,
        fmt="html",
    )


def read_jsonl(path: Path) -> Iterator[RawArticle | Skipped]:
    text = _read_text(path)
    if isinstance(text, Skipped):
        yield text
        return
    # split at newlines only: JSON strings may hold a raw U+2028, which splitlines() breaks at
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(origin, f"line is not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Skipped(origin, "line has no 'text' string")
            continue
        published = _parse_date(obj.get("published"))
        if obj.get("published") and published is None:
            yield Skipped(origin, f"'published' is not YYYY-MM-DD: {obj.get('published')!r}")
            continue
        yield RawArticle(
            text=obj["text"],
            origin=origin,
            url=obj.get("url") or f"{path.resolve().as_uri()}#L{lineno}",
            title=obj.get("title"),
            published=published,
            source=obj.get("source"),
            fmt="jsonl",
        )


def read_feed(path: Path) -> Iterator[RawArticle | Skipped]:
    import feedparser

    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), f"cannot read file: {exc.strerror}")
        return
    feed = feedparser.parse(raw)
    if not feed.entries:
        why = getattr(feed, "bozo_exception", None)
        yield Skipped(str(path), f"not a readable RSS/Atom feed ({why or 'no entries'})")
        return
    for number, entry in enumerate(feed.entries, start=1):
        origin = f"{path}#{number}"
        body = _entry_body(entry)
        if not body.strip():
            yield Skipped(origin, "feed item has no text")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawArticle(
            text=body,
            origin=origin,
            url=entry.get("link") or f"{path.resolve().as_uri()}#{number}",
            title=entry.get("title"),
            published=date(*stamp[:3]) if stamp else None,
            source=feed.feed.get("title"),
            fmt="feed",
        )


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}


def reader_for(path: Path) -> Reader | None:
    return READERS.get(path.suffix.lower())


def _read_text(path: Path) -> str | Skipped:
    try:
        return decode_bytes(path.read_bytes())
    except OSError as exc:
        return Skipped(str(path), f"cannot read file: {exc.strerror}")
    except DecodeError as exc:
        return Skipped(str(path), str(exc))


def _entry_body(entry: dict) -> str:
    """An entry's full content if the feed carries it, else its summary, as plain text."""
    html = ""
    if entry.get("content"):
        html = "\n".join(part.get("value", "") for part in entry["content"])
    html = html or entry.get("summary", "") or entry.get("description", "")
    if "<" not in html:
        return html
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, SyntaxError):
        return html
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "li", "h1", "h2")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else root.text_content()


def _parse_date(value: object) -> date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        return None
