"""Arrests counted over a year or part of one are a statistic, not one arrest ("arrested 142
terror suspects in 2023", "in the first half of this year"); an arrest told with its own day or
week stays an event. So is a count of those "in custody" in the tens ("at least 76 people were
in custody in connection with the attacks"), a tally of those held so far; "three suspects are
in custody" stays the arrest of three."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _arrests(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Densus 88 arrested 142 terror suspects in 2023, about a third of them linked to "
        "Jemaah Islamiyah.",
        "Densus 88 arrested more than 170 terrorism suspects last year, police say.",
        "Police have arrested 69 people on suspicion of Syria-related offences in the first half "
        "of this year, compared with 25 in the whole of 2013.",
        "Security forces have detained 230 suspected militants so far this year, the ministry "
        "said.",
        "Police said at least 48 people were in custody in connection with the church bombings.",
        "Investigators said on Sunday that 14 people were now in custody over the killing.",
    ],
)
def test_arrests_counted_over_a_year_are_no_event(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested seven suspected members of an Islamic State cell in Central Sulawesi "
        "last week.",
        "Police arrested a man in Birmingham on Tuesday on suspicion of sharing extremist "
        "lectures.",
        "Afghan intelligence said on Thursday it had arrested four men in Kabul who were "
        "planning suicide attacks.",
        "Three suspects were in custody on Tuesday after raids in Surabaya, police said.",
    ],
)
def test_an_arrest_with_its_own_day_is_an_event(analyse, text):
    assert len(_arrests(analyse, text)) == 1
