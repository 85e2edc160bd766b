"""Data files (gazetteers, lexicons) shipped with the package, and their loaders."""

from __future__ import annotations

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
