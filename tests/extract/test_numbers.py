"""Counts as news prints them -> ``Quantity``."""

from __future__ import annotations

import pytest

from watchfloor.extract.numbers import NUMBER_RE, parse_quantity


@pytest.mark.parametrize(
    ("qual", "num", "expected"),
    [
        (None, "11", (11, 11)),
        (None, "1,200", (1200, 1200)),
        (None, "eleven", (11, 11)),
        (None, "Eleven", (11, 11)),
        (None, "twenty-two", (22, 22)),
        (None, "thirty five", (35, 35)),
        (None, "two hundred", (200, 200)),
        (None, "a dozen", (12, 12)),
        (None, "a", (1, 1)),
        (None, "an", (1, 1)),
        (None, "both", (2, 2)),
        ("at least", "10", (10, None)),
        ("At least", "ten", (10, None)),
        ("more than", "60", (60, None)),
        ("no fewer than", "7", (7, None)),
        ("over", "100", (100, None)),
    ],
)
def test_parse_quantity(qual, num, expected):
    q = parse_quantity(qual, num)
    assert q is not None
    assert (q.min, q.max) == expected


@pytest.mark.parametrize("qual", ["about", "around", "nearly", "an estimated", "some"])
def test_approximate_counts_keep_the_number(qual):
    q = parse_quantity(qual, "30")
    assert q is not None and q.min == 30


@pytest.mark.parametrize("num", ["dozens", "scores", "hundreds", "several", "many"])
def test_vague_words_never_give_an_exact_count(num):
    q = parse_quantity(None, num)
    assert q is None or q.max is None


@pytest.mark.parametrize(("num", "floor"), [("dozens", 24), ("a dozen", 12), ("hundreds", 200)])
def test_vague_plurals_give_their_literal_floor(num, floor):
    # "dozens" is at least two dozen: a range with a floor and no ceiling (issue 2 lists
    # "dozens" among the wordings that give ranges), never an exact figure.
    q = parse_quantity(None, num)
    assert q is not None and q.min == floor
    assert q.max is None or num == "a dozen"


@pytest.mark.parametrize("num", ["banana", "year", ""])
def test_non_numbers(num):
    assert parse_quantity(None, num) is None


def test_number_regex_finds_qualifier_and_number():
    m = NUMBER_RE.search("killing at least 14 people")
    assert m and m.group("qual").lower() == "at least" and m.group("num") == "14"
