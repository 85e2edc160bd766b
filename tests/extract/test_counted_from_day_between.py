""" "Within hours", said alone, counts from the day told nearest before it
(``extract.counted_from``): a sentence that gives a day between the event told before and the
one counted is nearer than that event."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 8, 9)  # a Monday


def _starts(analyse, text: str, event_type: str) -> list[str]:
    result = analyse(text, PUBLISHED)
    return [(r["date"] or {}).get("start") for r in records_of(result, event_type)]


def test_a_day_told_between_is_nearer(analyse):
    text = (
        "On Saturday the Taliban captured Sheberghan, the seat of Jawzjan province.\n\n"
        "Sunday was worse for the government. Within hours the insurgents also took Taloqan, "
        "the capital of Takhar province."
    )
    starts = _starts(analyse, text, "territorial_change")
    assert "2021-08-08" in starts  # Taloqan, on the Sunday
    assert "2021-08-07" in starts  # Sheberghan keeps its Saturday


def test_with_no_day_between_the_event_before_dates_it(analyse):
    text = (
        "Telegram said on Saturday that it had removed dozens of channels run by the group. "
        "Several of them reappeared on a smaller service within hours, researchers said."
    )
    assert "2021-08-07" in _starts(analyse, text, "online_action")
