"""A lead that tells its event "in a pre-dawn operation" or "in a raid" names an occasion of its
own, not one told elsewhere: the day the paragraph below gives (``extract.dating``) dates it, as
for any lead without a day. A named occasion ("in the Bahawalpur strike") still takes only that
occasion's day. Texts written for this test."""

from __future__ import annotations

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

CAPTURE_LEAD = (
    "JOLO, Philippines, March 9, 2016 — Philippine marines have captured Abdul Hamid Jalani, a "
    "senior commander of the Abu Sayyaf, in a pre-dawn operation outside the town of Patikul, "
    "the military said."
)


def _leader_days(analyse, text: str) -> list[str]:
    return [r["date"]["start"] for r in records_of(analyse(text), "leadership_change")]


def test_a_capture_in_an_operation_of_its_own_takes_the_day_told_below(analyse):
    text = (
        CAPTURE_LEAD + "\n\n"
        "Marines stopped his boat off the coast at about 4 a.m. on Tuesday, the military "
        "spokesman told reporters."
    )
    assert _leader_days(analyse, text) == ["2016-03-08"]


def test_a_capture_in_an_operation_of_its_own_keeps_the_post_day_with_no_day_below(analyse):
    text = CAPTURE_LEAD + "\n\nJalani had been wanted for kidnappings for a decade, officials said."
    assert _leader_days(analyse, text) == ["2016-03-09"]


def test_a_killing_in_a_named_strike_is_not_dated_by_the_paragraph_below(analyse):
    """ "killed in last week's strike" names an occasion told elsewhere, whose day is not the
    one the next paragraph opens with."""
    text = (
        "PESHAWAR, Pakistan, March 9, 2016 — A senior commander of the Pakistani Taliban, Umar "
        "Mansoor, was killed in last week's drone strike in the Nangarhar province, the group "
        "said.\n\n"
        "Security forces arrested two of his relatives in Peshawar on Tuesday, police said."
    )
    days = _leader_days(analyse, text)
    assert days and "2016-03-08" not in days
