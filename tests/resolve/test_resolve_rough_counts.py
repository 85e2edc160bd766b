"""An event's date, of the mentions merged into it (``resolve``): a day counted from another
event by a rough unit ("the arrest came two weeks after the group named a new leader") gives
way to the day another mention states ("in an audio recording released on Aug. 3"); a count
of days stays the better date when no mention states one. Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 8, 16)  # a Wednesday


def test_a_stated_day_outranks_one_counted_in_weeks(analyse):
    text = (
        "Indonesian police arrested a railway worker on Monday. The arrest came two weeks after "
        "the Islamic State named a new leader. In an audio recording released on Aug. 3, the "
        "group's spokesman said its previous chief had been killed and named Abu Hafs "
        "al-Hashimi al-Qurashi as the new leader."
    )
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["date"]["start"] == "2023-08-03"


def test_a_day_counted_in_weeks_stands_when_nothing_states_one(analyse):
    text = (
        "Indonesian police arrested a railway worker on Monday. The arrest came two weeks after "
        "the Islamic State's leader, Abu al-Husayn al-Husayni al-Qurashi, was killed."
    )
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["date"]["start"] == "2023-07-31"
