"""A fate told in an "after" clause (also inside what someone said there) of a clause dated long
before the story came before that: history ("took over the group in March last year after
officials said its founder was dead"), while one before a recent clause is news
(``extract.leaders``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import fates_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 4, 21)  # a Tuesday


def _fates(analyse, text: str) -> list[tuple[str, str]]:
    return fates_of(analyse(text, PUBLISHED))


def test_a_death_said_before_a_succession_long_past(analyse):
    text = (
        "Kebekov took over the Caucasus Emirate in March last year after Russian officials said "
        "its founder, Doku Umarov, was dead."
    )
    assert ("killed", "Doku Umarov") not in _fates(analyse, text)


def test_a_death_said_before_a_recent_succession(analyse):
    text = (
        "A new emir took over the Caucasus Emirate on Monday after officials said its leader, "
        "Aliaskhab Kebekov, had been killed."
    )
    assert ("killed", "Aliaskhab Kebekov") in _fates(analyse, text)
