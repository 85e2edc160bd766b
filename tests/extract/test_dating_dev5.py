"""Dates fixed on records_dev5: a strike told "over the weekend" and on its day in another
sentence (``dating._day_of_the_same_occasion``), the death that strike caused (``extract``'s
``_deaths_on_the_day_of_their_strike``), and a call made in a recording told before
(``_calls_on_the_day_of_their_release``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 16)  # a Tuesday


def _dates(analyse, text: str, event_type: str) -> list[tuple]:
    result = analyse(text, PUBLISHED)
    return [
        ((r["date"] or {}).get("start"), (r["date"] or {}).get("end"))
        for r in records_of(result, event_type)
    ]


STRIKE = (
    "Kenya's government said on Monday that an airstrike had killed Ahmed Dirie, a senior "
    "al-Shabaab commander, near the border over the weekend.\n\n"
    "The strike hit a pickup truck near Mandera on Saturday, according to officials."
)


def test_a_strike_over_the_weekend_takes_the_day_told_of_it(analyse):
    assert _dates(analyse, STRIKE, "military_operation") == [("2023-05-13", "2023-05-13")]


def test_the_death_in_that_strike_takes_its_day(analyse):
    assert ("2023-05-13", "2023-05-13") in _dates(analyse, STRIKE, "leadership_change")


def test_a_day_outside_the_weekend_is_not_taken(analyse):
    text = (
        "Kenya's government said on Monday that an airstrike had killed Ahmed Dirie, a senior "
        "al-Shabaab commander, near the border over the weekend.\n\n"
        "A separate strike hit a pickup truck near Mandera on Wednesday, officials said."
    )
    assert _dates(analyse, text, "military_operation") == [("2023-05-13", "2023-05-14")]
    assert _dates(analyse, text, "leadership_change") == [("2023-05-13", "2023-05-14")]


def test_a_call_in_a_recording_told_before_takes_its_day(analyse):
    text = (
        "The Islamic State's spokesman released an audio recording on May 4, his first in a "
        "year.\n\n"
        "A State Department official said on Friday that the group remained a threat. The "
        "spokesman's recording also urged supporters to attack churches in Europe."
    )
    dates = _dates(analyse, text, "threat")
    assert ("2023-05-04", "2023-05-04") in dates
    assert ("2023-05-12", "2023-05-12") not in dates


def test_a_call_by_a_group_keeps_the_day_it_had(analyse):
    text = (
        "The Islamic State's spokesman released an audio recording on May 4, his first in a "
        "year.\n\n"
        "A State Department official said on Friday that the group remained a threat. The "
        "group also urged supporters to attack churches in Europe."
    )
    assert _dates(analyse, text, "threat") == [("2023-05-12", "2023-05-12")]
