"""Tolls totted up since a day some days back, and tolls of a campaign told by its length
(``extract.statistics``), in sentences written for this test.

- "480 militants had been neutralised since Wednesday": those it happened to, counted over days
  running on to the story, are a tally, not one incident's toll.
- Not the toll of acts told with their own verb ("jets have struck the city since Sunday,
  killing 20"), an arrest count ("the 52 were detained since the weekend"), a toll of the same
  day, nor a small one.
- "killed in the three-week offensive": a campaign named with its length is a stretch too.
- "With Friday's gunfight, 188 have been killed this year": the latest incident added to a
  tally; "the number of districts the ministry counts as affected" when the parse takes "counts"
  for the subject; "bringing the number of aid staff held to 17": the count's new size.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 6, 5)  # a Friday


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


@pytest.mark.parametrize(
    ("text", "low", "high", "measure"),
    [
        (
            "The ministry said 480 militants had been neutralised since Monday.",
            480,
            480,
            "fighters killed",
        ),
        (
            "As many as 500 people have been killed in the city since Saturday, a spokesman "
            "said.",
            None,
            500,
            "people killed",
        ),
        (
            "State television said more than 400 rebels had been killed in the three-week "
            "offensive on the town.",
            400,
            None,
            "rebels killed",
        ),
    ],
)
def test_tallies_over_days_are_statistics(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Warplanes have struck the city since Sunday, killing at least 20 civilians, "
            "rescuers said.",
            20,
        ),
        ("The 52 were detained in searches of homes since the weekend, police said.", 52),
        ("Gunmen killed 25 people in the town on Thursday, police said.", 25),
        ("Police said 12 people had been killed since Monday.", 12),
    ],
)
def test_acts_arrests_one_days_and_small_tolls_are_not(analyse, text, value):
    found = _statistics(analyse, text)
    assert not any(value in (s["value"]["min"], s["value"]["max"]) for s in found), found


@pytest.mark.parametrize(
    ("text", "low", "measure"),
    [
        # the latest incident added to a tally: "with" it, not the tally's own incident
        (
            "With Friday's gunfight, 188 rebels have been killed in the state this year, "
            "according to police figures.",
            188,
            "rebels killed",
        ),
        # "counts", read by the parse as the subject: the number still counts the districts
        (
            "The number of districts the ministry counts as affected by rebel violence has "
            "fallen to 38.",
            38,
            "districts affected by rebel violence",
        ),
        # a count a verb brings to its new size, however the parse hangs "to"
        (
            "Two more aid workers were detained on Monday, bringing the number of aid staff "
            "held by the rebels to 17, the agency said.",
            17,
            "staff held",
        ),
    ],
)
def test_running_totals_and_counts_misread(analyse, text, low, measure):
    assert_statistic_stated(_statistics(analyse, text), low, low, measure)
