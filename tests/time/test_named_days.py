"""Feast days ("Easter Sunday", "Good Friday 2019", "Christmas Eve") are dates of their own:
in the year the sentence writes, else the most recent one on or before publication, never the
weekday of the publication week."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.time.find import find_time_expressions
from watchfloor.time.resolve import easter_sunday, resolve_expression

ANCHOR = date(2021, 6, 10)  # a Thursday


def _found(text: str, anchor: date = ANCHOR) -> list[tuple]:
    return [
        (m.text, m.span and m.span.start) for m in find_time_expressions(text, anchor)
    ]


@pytest.mark.parametrize(
    ("year", "day"),
    [(2016, "2016-03-27"), (2019, "2019-04-21"), (2011, "2011-04-24"), (2024, "2024-03-31")],
)
def test_easter_sunday_moves_with_the_year(year, day):
    assert easter_sunday(year).isoformat() == day


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "The faction claimed the Easter Sunday attack on a park in Quetta in 2016.",
            "Easter Sunday",
            "2016-03-27",
        ),
        (
            "In 2019, bombers struck three churches on Easter Sunday, killing scores.",
            "Easter Sunday",
            "2019-04-21",
        ),
        ("Gunmen fired on worshippers on Good Friday 2018.", "Good Friday 2018", "2018-03-30"),
        (
            "The Palm Sunday church bombings of 2017 killed dozens of people.",
            "Palm Sunday",
            "2017-04-09",
        ),
        ("A truck drove into a market on Christmas Eve, 2016.", "Christmas Eve, 2016", "2016-12-24"),
        ("A gunman attacked a nightclub on New Year’s Day 2017.", "New Year’s Day 2017", "2017-01-01"),
        (
            "A truck drove into a crowd watching the Bastille Day fireworks in 2016.",
            "Bastille Day",
            "2016-07-14",
        ),
    ],
)
def test_a_feast_day_takes_the_year_the_sentence_writes(text, words, day):
    assert (words, day) in _found(text)


def test_a_feast_day_without_a_year_is_the_latest_before_publication():
    assert _found("Bombers attacked a cathedral on Easter Sunday.") == [
        ("Easter Sunday", "2021-04-04")
    ]
    assert _found("Militants raided a village on Christmas Day.") == [
        ("Christmas Day", "2020-12-25")
    ]
    assert _found("A truck drove into a crowd on Bastille Day.") == [("Bastille Day", "2020-07-14")]


def test_a_feast_day_is_not_the_weekday_of_the_publication_week():
    found = _found("The group claimed the Easter Sunday bombings of 2019.")
    assert ("Sunday", "2021-06-06") not in found
    assert ("Easter Sunday", "2019-04-21") in found


@pytest.mark.parametrize(
    "text",
    [
        "It was a good friday for the exchange, traders said.",
        "Bombers struck a market on Sunday, police said.",
    ],
)
def test_no_feast_day_where_none_is_named(text):
    assert all(not words.lower().startswith("good") for words, _ in _found(text))
    assert all("easter" not in words.lower() for words, _ in _found(text))


def test_resolving_a_named_day_with_its_year():
    span = resolve_expression("Good Friday of 2015", ANCHOR)
    assert span is not None and (span.start, span.end) == ("2015-04-03", "2015-04-03")
