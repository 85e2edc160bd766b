"""Direct quotations with a named speaker (statement records) (being written: finds nothing yet)."""

from __future__ import annotations

from watchfloor.extract.context import DocContext
from watchfloor.models import StatementMention


def worth_parsing(sentence, text: str) -> bool:
    return False


def extract(ctx: DocContext) -> list[StatementMention]:
    return []
