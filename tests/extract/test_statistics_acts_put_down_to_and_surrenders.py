"""Acts counted with whom they are put down to, and people who gave themselves up
(``extract.statistics``): "37 attacks attributed to AQAP" and "26 bombings that officials
blamed on the group" keep whom the acts are put down to; "6,000 people have turned themselves
in" and "800 fighters gave themselves up" counted people who surrendered, the particle read
however the parse hangs it. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2021, 6, 10)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The monitor recorded 41 attacks attributed to the Islamic State in the two "
            "provinces last year.",
            41,
            "attacks attributed to the islamic state",
        ),
        (
            "The centre counted at least 19 bombings in the region last year that officials "
            "blamed on the group.",
            19,
            "bombings blamed on the group",
        ),
        (
            "The army says more than 4,500 people linked to the insurgency have turned "
            "themselves in since March.",
            4500,
            "people surrendered",
        ),
        (
            "About 800 fighters gave themselves up last year, the army said.",
            800,
            "fighters surrendered",
        ),
    ],
)
def test_acts_put_down_to_someone_and_people_who_gave_up(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_people_killed_by_someone_keep_their_fate(analyse):
    text = "Gunmen have killed 230 people in the district since January, officials said."
    assert _measures(analyse, text).get(230) == "people killed"
