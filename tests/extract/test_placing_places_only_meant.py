"""A place someone only meant to go to ("questioned over a plan to travel to Syria", "was
stopped trying to reach Turkey") is where nothing told after it happened: an event told next
without a place of its own does not borrow it (``extract.placing``). Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 2, 6)  # a Thursday


@pytest.mark.parametrize(
    "aside",
    [
        "One had previously been questioned over a plan to travel to Syria, a police "
        "spokeswoman said.",
        "One of them was stopped at the airport in 2017 trying to reach Turkey.",
    ],
)
def test_an_event_does_not_borrow_a_place_only_meant(analyse, aside):
    text = (
        "MALE, Maldives, Feb. 6, 2020 — Police have arrested three men over the stabbing of "
        "two tourists on the island of Villingili, after a video appeared online.\n\n"
        "The suspects, all in their twenties, were arrested in raids on two flats on Wednesday "
        "afternoon. "
        + aside
        + " A fourth man who was held for questioning on Wednesday night was released without "
        "charge the next day."
    )
    codes = {(r["location"] or {}).get("country_code") for r in records_of(
        analyse(text, PUBLISHED), "arrest"
    )}
    assert "SY" not in codes and "TR" not in codes


def test_a_place_someone_went_to_is_still_borrowed(analyse):
    text = (
        "The suspect drove the truck to Mosul on Sunday. It exploded outside a police "
        "station, killing six people."
    )
    [attack] = records_of(analyse(text, PUBLISHED), "attack")
    assert attack["location"]["country_code"] == "IQ"
