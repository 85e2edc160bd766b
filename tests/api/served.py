"""The served test database: the sample corpus (ingested once per session by ``sample_db``),
copied, plus one article whose text carries markup and a script, ingested through the real
command line as a second run. Shared by the API tests and the browser tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers import WIDE

# Written for these tests. The attack is an ordinary report; what follows it is what a scraped
# comment section could leave in an article's text.
HOSTILE_ARTICLE = """\
Gunmen hit a police post outside Kirkuk <b>overnight</b>

KIRKUK, Iraq, Tuesday, March 10, 2020 — Islamic State gunmen attacked a police checkpoint \
near Kirkuk on Monday night, killing four policemen and wounding three others, a provincial \
security official said.

A comment left under the story read <script>alert(1)</script> and \
<img src=x onerror="alert(2)"> <a href="https://example.com/">click</a> before it was \
taken down.
"""

HOSTILE_MARKERS = ("<script>alert(1)</script>", '<img src=x onerror="alert(2)">')


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of an SQLite database in WAL mode (the backup API, not a file copy)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def served_database(sample_db_path: Path, folder: Path, cli_runner) -> Path:
    from watchfloor.cli import app

    db = copy_database(sample_db_path, folder / "served.db")
    article = folder / "kirkuk_checkpoint_comment.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = cli_runner.invoke(app, ["--db", str(db), "ingest", str(article)], env=WIDE)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return db


def hostile_event_id(db: Path) -> str:
    from watchfloor.store import EventFilter, Store

    [row] = Store(str(db)).events(EventFilter(text="alert(1)"))
    return row.id
