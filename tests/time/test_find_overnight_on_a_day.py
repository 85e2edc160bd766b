""""Overnight" before a named day leaves the night to that day ("a raid overnight on Thursday"
is Thursday's), while "overnight" alone is the night before the report (``time.find``)."""

from __future__ import annotations

from datetime import date

from watchfloor.time.find import find_time_expressions

MON = date(2023, 2, 20)  # a Monday


def _found(text: str) -> list[tuple[str, tuple]]:
    return [
        (m.text, (m.span.start, m.span.end))
        for m in find_time_expressions(text, MON, None)
        if m.span and m.span.start
    ]


def test_overnight_on_a_named_day_is_that_day():
    found = _found("A U.S. raid overnight on Thursday killed a senior leader.")
    assert [span for _, span in found] == [("2023-02-16", "2023-02-16")], found


def test_overnight_into_a_day_is_dated_by_the_day():
    found = _found("Aircraft struck the city overnight into Sunday.")
    assert ("2023-02-19", "2023-02-19") in [span for _, span in found], found
    assert all(text.lower() != "overnight" for text, _ in found), found


def test_overnight_alone_is_the_night_before_the_report():
    found = _found("Gunmen attacked the village overnight.")
    assert found == [("overnight", ("2023-02-19", "2023-02-20"))], found
