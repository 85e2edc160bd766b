"""Event type ``threat`` (being written: finds nothing yet)."""

from __future__ import annotations

from watchfloor.extract.context import DocContext
from watchfloor.models import EventMention


def worth_parsing(sentence, text: str) -> bool:
    return False


def extract(ctx: DocContext) -> list[EventMention]:
    return []
