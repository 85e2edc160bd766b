"""A post told in a relative clause that says what someone is held to be ("Mikel Irastorza, whom
Spain considers the leader of ETA") is that person's post (``extract.leaders``). Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import fates_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 11, 6)  # a Sunday


def _fates(analyse, text: str) -> list[tuple[str, str]]:
    return fates_of(analyse(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "French police arrested Mikel Irastorza, whom Spain considers the leader of the Basque "
        "separatist group ETA, at a house in Ascain early on Saturday.",
        "French police arrested Mikel Irastorza, whom Madrid regards as the leader of ETA, at a "
        "house in Ascain early on Saturday.",
    ],
)
def test_the_post_a_clause_says_he_holds(analyse, text):
    assert _fates(analyse, text) == [("arrested", "Mikel Irastorza")]


def test_a_clause_that_gives_no_post(analyse):
    text = (
        "French police arrested Mikel Irastorza, whom Spain considers a danger to the public, at "
        "a house in Ascain early on Saturday."
    )
    assert _fates(analyse, text) == []
