"""Numbers stated about the conflict (statistic records) (being written: finds nothing yet)."""

from __future__ import annotations

from watchfloor.extract.context import DocContext
from watchfloor.models import StatisticMention


def worth_parsing(sentence, text: str) -> bool:
    return False


def extract(ctx: DocContext) -> list[StatisticMention]:
    return []
