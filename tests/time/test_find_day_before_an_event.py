""""The day before the Eid holiday", "the night before the election": counted from the event
named after the words, not from the day told last; "the day before" said alone still is."""

from __future__ import annotations

from datetime import date

from watchfloor.time.find import find_time_expressions

ANCHOR = date(2016, 7, 20)
TOLD = date(2016, 7, 5)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.span and m.span.start) for m in find_time_expressions(text, ANCHOR, TOLD)]


def test_day_before_a_named_event_is_no_day_of_its_own():
    assert _found("rammed the gate on July 5, the day before the Eid holiday, and") == [
        ("July 5", "2016-07-05")
    ]
    for text in (
        "the night before the election, gunmen burned a polling station",
        "was shot the day before Ramadan began",
        "the day before his trial opened",
    ):
        assert _found(text) == []


def test_day_before_said_alone_counts_from_the_day_told():
    for text in ("He had been seen the day before, police said.", "The night before, a mortar hit"):
        assert [day for _, day in _found(text)] == ["2016-07-04"]
    assert [day for _, day in _found("the day before yesterday")] == ["2016-07-18"]
