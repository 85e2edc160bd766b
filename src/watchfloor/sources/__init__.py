"""Stage 1, sources: files and folders in, ``RawArticle`` (or ``Skipped``) out.

Each reader turns one input format into articles; a broken input becomes a ``Skipped`` with
its name and reason, so one bad file never stops a run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from watchfloor.errors import InputNotFoundError
from watchfloor.models import RawArticle, Skipped
from watchfloor.sources.readers import READERS, reader_for

__all__ = ["READERS", "discover", "read_paths"]


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Every readable file under ``paths`` (folders walked recursively, sorted, deduplicated)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputNotFoundError(f"{path} does not exist; give files or folders to ingest")
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and reader_for(p))
        else:
            found.append(path)
    unique: dict[Path, None] = dict.fromkeys(p.resolve() for p in found)
    return list(unique)


def read_paths(
    paths: Iterable[Path], published: date | None = None
) -> Iterator[RawArticle | Skipped]:
    """Articles from every file; ``published`` overrides every article's publication date."""
    for path in paths:
        reader = reader_for(path)
        if reader is None:
            yield Skipped(str(path), f"unsupported file type {path.suffix or '(none)'}")
            continue
        for item in reader(path):
            if published is not None and isinstance(item, RawArticle):
                item.published = published
            yield item
