"""A person told as "one of the top leaders" of a group is one of its senior members, whose
arrest is a leadership change, not a plain arrest (``extract.leaders``); "the cartel", "the gang"
and "the sect" stand for the group named before, as "the group" does. One of several leaders of
a political party is no armed post. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2014, 1, 29)  # a Wednesday


def _types(analyse, text: str) -> list[tuple[str, str]]:
    return [
        (r["type"], r["subtype"])
        for r in records_of(analyse(text, PUBLISHED))
        if r["type"] in ("arrest", "leadership_change")
    ]


def test_one_of_the_named_groups_top_leaders_arrested(analyse):
    text = (
        "Police arrested Dionisio Loya Plancarte, one of the top leaders of the Knights Templar "
        "cartel, in Morelia on Monday."
    )
    assert _types(analyse, text) == [("leadership_change", "arrested")]


def test_one_of_the_cartels_leaders_is_the_cartel_named_before(analyse):
    text = (
        "The Knights Templar cartel has lost its founder. Police arrested Dionisio Loya "
        "Plancarte, one of the top leaders of the cartel, in Morelia on Monday."
    )
    assert _types(analyse, text) == [("leadership_change", "arrested")]


def test_one_of_a_partys_leaders_is_no_armed_post(analyse):
    text = (
        "Police arrested Juan Perez, one of the leaders of the opposition party, in Morelia on "
        "Monday."
    )
    assert ("leadership_change", "arrested") not in _types(analyse, text)
