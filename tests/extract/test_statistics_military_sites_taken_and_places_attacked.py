"""Posts a force holds, and places struck (``extract.statistics``): "captured more than 100
military outposts" counts places taken, not people captured; "at least 30 villages have been
attacked since October" and "overran or raided at least nine army positions since January"
are counts of places struck over a stretch. A post named without anything befalling it, and
a count of one incident's raids, stay out. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 11, 10)
LEAD = "Rebels attacked the town of Lashio on Monday, residents said."


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


def test_military_posts_captured_are_places_taken(analyse):
    text = f"{LEAD} By Wednesday the alliance said it had captured more than 100 military outposts."
    assert _measures(analyse, text).get(100) == "military outposts captured"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "A monitor in Kano says the insurgents have overrun or raided at least nine army "
            "positions in Borno and Yobe since January.",
            9,
            "army positions attacked",
        ),
        (
            "The farmers' union says at least 30 villages have been attacked since October.",
            30,
            "villages attacked",
        ),
    ],
)
def test_places_struck_over_a_stretch_are_counted(analyse, text, value, measure):
    assert _measures(analyse, f"{LEAD} {text}").get(value) == measure


@pytest.mark.parametrize(
    "text",
    [
        # a post that nothing befell is a place, not a count of the war
        "The army keeps five camps along the road to the border.",
        # one incident's raids on a few posts are its detail
        "On Monday the fighters stormed three checkpoints on the road to Muse.",
    ],
)
def test_posts_without_a_stretch_or_a_fate_stay_out(analyse, text):
    assert not _measures(analyse, f"{LEAD} {text}")
