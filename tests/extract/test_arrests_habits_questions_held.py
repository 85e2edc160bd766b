"""An arrest told as what keeps happening ("every time the army arrests herders"), asked
about ("why arrest him a week before the vote?") or naming people already held ("those we
have detained") is no arrest made (``extract.arrests``). Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

PUBLISHED = date(2018, 12, 18)


def _arrests(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "arrest")


@pytest.mark.parametrize(
    "text",
    [
        '"Every time the army arrests innocent herders, the group gains recruits," said Amadou '
        "Diallo, a local official.",
        "Whenever police detain a suspect in the town, the militants retaliate.",
        '"Everyone in the city is asking the same question: why arrest him one week before '
        'the vote?" said Hassan Ali, a trader.',
        '"Those we have detained will explain the rest to the courts," said Col. Joao Mabote.',
        # a part of the people held, told after the raid that held them
        "The army said one of those detained was the group's commander for the area.",
    ],
)
def test_no_arrest_is_made(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three men in the town on Tuesday.",
        "Those arrested on Tuesday include two brothers, police said.",
        "The army detained 12 herders in Mopti on Monday, a local official said.",
    ],
)
def test_an_arrest_made_is_recorded(analyse, text):
    assert len(_arrests(analyse, text)) == 1
