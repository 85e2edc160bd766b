"""An authority putting its alert system at its highest level is an official warning
(``extract.threats``), however the level is told ("put its anti-terrorism alert system at its
highest level", "set the national threat level at critical"); an alert about storms is none.
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        "PARIS, Oct. 14, 2023 — France put its anti-terrorism alert system at its highest level "
        "on Friday after a teacher was stabbed to death at a school in Arras.",
        "LONDON, May 23, 2017 — Britain set the national threat level at critical on Tuesday "
        "after the bombing in Manchester.",
    ],
)
def test_alert_put_at_its_highest_level_is_a_warning(analyse, text):
    [warning] = records_of(analyse(text, PUBLISHED), "threat")
    assert warning["subtype"] == "official_warning"


def test_storm_alert_is_no_warning(analyse):
    text = "The weather service put its alert system for storms at its highest level on Friday."
    assert not records_of(analyse(text, PUBLISHED), "threat")
