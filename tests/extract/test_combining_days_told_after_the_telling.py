"""An operation or a leader's fate its own words do not date takes the earlier day the next
sentences give the deed, told of a thing its sentence named again ("the house"), not the day it
was told (``extract`` combining the mentions). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 4, 21)  # a Tuesday
LEAD = (
    "Russian security forces have killed Aliaskhab Kebekov, the leader of the Caucasus "
    "Emirate, in a raid on a house outside Buynaksk, the anti-terrorism committee said on "
    "Monday.\n\n"
)


def _days(analyse, text: str, event_type: str) -> list[str]:
    return [r["date"]["start"] for r in records_of(analyse(text, PUBLISHED), event_type)]


def test_the_deed_s_own_day_told_after(analyse):
    text = LEAD + (
        "The committee said troops surrounded the house early on Sunday and spent hours trying "
        "to persuade the people inside to come out."
    )
    assert _days(analyse, text, "military_operation") == ["2015-04-19"]
    assert _days(analyse, text, "leadership_change") == ["2015-04-19"]


def test_the_day_of_another_deed_told_after(analyse):
    text = LEAD + "The raid followed a roadside bombing on Saturday that killed three soldiers."
    assert _days(analyse, text, "military_operation") == ["2015-04-20"]
