"""A conviction counts those the court convicted (``resolve._counting_the_verdict``): a round-up
of arrests told beside it, folded into it for the day they share, does not lend it its count.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 2, 17)  # a Wednesday


def test_a_round_up_told_beside_a_verdict_lends_it_no_count(analyse):
    text = (
        "A special tribunal in Dhaka on Tuesday sentenced five members of a banned militant "
        "group to death for the 2015 killing of a writer.\n\nPolice say they have arrested more "
        "than 1,500 suspected militants since the cafe attack."
    )
    records = records_of(analyse(text, PUBLISHED), "arrest")
    convictions = [r for r in records if r["subtype"] == "conviction"]
    assert convictions
    assert all((r.get("arrested") or {}).get("min") != 1500 for r in convictions)
