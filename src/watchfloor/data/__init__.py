"""Data files (gazetteers, lexicons) shipped with the package, and their loaders."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str):
    return resources.files("watchfloor.data").joinpath(name)


@cache
def load_toml(name: str) -> dict[str, Any]:
    with data_path(name).open("rb") as fh:
        return tomllib.load(fh)


def literal_alternation(phrases: list[str]) -> str:
    """Regex source matching any of ``phrases`` literally, longest first; spaces match any
    run of whitespace."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
