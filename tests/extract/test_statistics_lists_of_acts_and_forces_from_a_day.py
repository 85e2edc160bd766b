"""Statistics (``extract.statistics``): modifiers joined before the counted plural stay with it
even where the parse makes the first of them the counted noun ("24 suicide and complex
attacks"); a list keeps its own joining word and the word that tells the same noun apart ("17
attacks and attempted attacks", "18 attacks or hijackings"); a force deployed "from" a day on is
a standing figure, not one incident's detail. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 1, 30)
LEAD = "A bomb hidden in an ambulance killed 103 people in Kabul on Saturday. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The Afghan Attack Register, a Kabul-based group, counted 24 suicide and complex "
            "attacks in the capital in 2017.",
            24,
            "suicide and complex attacks",
        ),
        (
            "His centre counts 17 attacks and attempted attacks on French soil since January "
            "2015.",
            17,
            "attacks and attempted attacks",
        ),
        (
            "The navy says it has responded to 18 attacks or hijackings in the region since "
            "December.",
            18,
            "attacks or hijackings",
        ),
        (
            "From Wednesday, about 1,000 armed police officers were deployed on beaches and "
            "inside hotels.",
            1000,
            "police officers deployed",
        ),
    ],
)
def test_lists_of_acts_and_forces_deployed_from_a_day(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_force_sent_on_one_day_to_one_incident_is_its_detail(analyse):
    text = "On Wednesday, about 300 police officers were deployed to the scene of the blast."
    assert 300 not in _measures(analyse, text)
