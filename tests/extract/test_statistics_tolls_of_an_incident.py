"""A toll of people told with the one incident or war that took it keeps that incident's noun
in its measure (``extract.statistics``): "the war has killed more than 380,000 people" counts
people killed in war, "the bombing of a mosque ..., which killed 31 people" people killed in
bombing, "the 2015 attack on a beach resort in Sousse, in which 38 people were killed" people
killed in attack. Only the noun is kept, so the measure still reads as the bare toll it narrows;
a toll of soldiers or fighters already says who died and is left as it is, and an agent
("killed by security forces") says more than the incident. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 6, 1)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The war has killed more than 380,000 people since 2011, according to the monitor.",
            380000,
            "people killed in war",
        ),
        (
            "The group claimed the bombing of a mosque in Quetta in March, which killed 31 "
            "people.",
            31,
            "people killed in bombing",
        ),
        # the "in which" clause hangs on the town; the attack is the phrase it completes
        (
            "He was convicted over the 2015 attack on a beach resort in Sousse, in which 38 "
            "people were killed.",
            38,
            "people killed in attack",
        ),
        # the parse hangs "which killed" on the date that follows the incident
        (
            "Investigators linked the cell to the bombings of two trains in Madrid in March "
            "2004, which killed 193 people.",
            193,
            "people killed in bombings",
        ),
        (
            "One of the men had planned the Brussels attacks of March, which killed 32 people, "
            "prosecutors said.",
            32,
            "people killed in attacks",
        ),
        # ... or on the verb that counted the acts
        (
            "The institute counted 61 attacks by separatist groups in 2019, which killed at "
            "least 140 people.",
            140,
            "people killed in attacks",
        ),
    ],
)
def test_the_incident_stays_in_a_toll_of_people(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # who died is told: the incident adds nothing the scoring or a reader needs
        (
            "The monitor says the insurgency has killed more than 2,000 soldiers since 2015.",
            2000,
            "soldiers killed",
        ),
        # no incident at all
        (
            "Since 2015, more than 4,000 people have been killed in Borno, the monitor said.",
            4000,
            "people killed",
        ),
        # the agent says more of them than the protests they died in
        (
            "Ethiopia declared a state of emergency after a year of protests in Oromia, in which "
            "more than 500 people have been killed by security forces, rights groups say.",
            500,
            "people killed by security forces",
        ),
    ],
)
def test_a_toll_that_says_who_died_keeps_its_measure(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
