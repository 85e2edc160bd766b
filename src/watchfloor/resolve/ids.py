"""Stable record ids: the same input and pipeline version (major.minor) give the same id."""

from __future__ import annotations

import hashlib

from watchfloor import __version__


def record_id(kind: str, doc_id: str, type_: str, offset: int) -> str:
    version = ".".join(__version__.split(".")[:2])
    blob = f"{kind}|{doc_id}|{type_}|{offset}|{version}".encode()
    return hashlib.sha256(blob).hexdigest()[:16]
