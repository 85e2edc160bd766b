"""Ground held on the front and taken back (``extract.territory``, ``retaken_sites``): hill
positions, hilltops, a ridge or a mosque retaken near or in a named place are a change of
hands at that place, as a camp or a prison is. Overrunning such ground stays an attack on it.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 12, 31)  # a Thursday
ADEN = "ADEN, Yemen, Dec. 31, 2020 — Fighting went on in the west of the country. "


def _changes(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    return records_of(analyse(text, published), "territorial_change")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government forces said on Thursday that they had retaken two hilltops near the "
            "town of Hays from the Houthis.",
            "ays",  # the gazetteer spells it "Ḩays"
        ),
        (
            "Government forces said on Tuesday they had retaken hill positions near Qataba, in "
            "al-Dhale province, from the Houthis.",
            "abah",  # "Qa‘ţabah"
        ),
    ],
)
def test_front_ground_retaken_near_a_named_place(analyse, text, place):
    [change] = _changes(analyse, ADEN + text)
    assert change["subtype"] == "recaptured"
    assert place in (change["location"] or {}).get("name", ""), change["location"]


def test_a_mosque_retaken_in_a_city(analyse):
    text = (
        "MARAWI, Philippines, Aug. 25, 2017 — Philippine troops have retaken the Grand Mosque "
        "in the centre of Marawi from Islamic State-linked militants."
    )
    [change] = _changes(analyse, text, date(2017, 8, 25))
    assert "Marawi" in change["location"]["name"]


@pytest.mark.parametrize(
    "text",
    [
        # overrun, not taken back: an attack on the positions
        "Houthi fighters overran army positions near the town of Hays on Tuesday, killing four "
        "soldiers.",
        # taken back, but only a plan
        "Government forces vowed to retake the hilltops near the town of Hays.",
    ],
)
def test_no_change_for_ground_overrun_or_only_meant_to_be_retaken(analyse, text):
    assert _changes(analyse, ADEN + text) == []
