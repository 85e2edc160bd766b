"""A date inside a relative clause set between an event's subject and its verb tells of the
subject, not of the event (``extract.dating``): "Al-Raymi, who took over after his predecessor
was killed in 2015, urged ..." is a call made now, not history from 2015, even when that year is
the sentence's only date. A call the sentence itself dates to a past year is still history.
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 2, 6)
LEAD = (
    "The eight-minute recording, in which the AQAP leader Qasim al-Raymi mocks the new "
    "American president, appeared on the group's channels on Sunday. "
)


def test_call_by_a_described_caller_is_recorded_on_its_day(analyse):
    text = LEAD + (
        "Al-Raymi, who took over the group after his predecessor was killed by a drone in 2015, "
        "urged Muslims to strike American targets wherever they could find them."
    )
    [call] = records_of(analyse(text, PUBLISHED), "threat")
    assert call["date"]["start"] == "2017-02-05"


def test_call_dated_to_a_past_year_is_history(analyse):
    text = LEAD + "In 2015, al-Raymi urged Muslims to strike American targets in the Gulf."
    assert not records_of(analyse(text, PUBLISHED), "threat")
