"""A count whose fate a passive tells with its doer keeps the doer in its measure when the fate
is a recruitment, a release or a detention (``extract.statistics._outcome_done_by``): "1,200
children recruited by armed groups" counts children recruited by armed groups, not any
recruits. Not the claimant of claimed attacks ("120 attacks claimed by the Islamic State" are
"attacks claimed", the group the record's actor, as the export contract's own example and the
development keys write it), not a doer that only points back to the story's group ("claimed by
the branch"), not the police in the active voice ("police detained 60 people": the doer is the
record's actor), and not the cause of a displacement ("displaced by the fighting"). A doer told
in the active voice is kept as the passive's would be when it recruits, frees or releases
people ("al-Shabaab has recruited 1,915 children") or arrests people of a trade or a kind, a
crackdown ("government forces arrested more than 40 journalists"). Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 5, 1)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The U.N. verified 1,200 children recruited by armed groups and forces in 2023.",
            1200,
            "children recruited by armed groups and forces",
        ),
        (
            "At least 14 journalists have been detained by the authorities since January, "
            "according to the union.",
            14,
            "journalists detained by the authorities",
        ),
    ],
)
def test_the_doer_of_a_passive_stays_in_the_measure(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # the story's group, named again by a bare noun
        (
            "The monitor counted 79 attacks claimed by the branch in the province in 2023.",
            79,
            "attacks claimed",
        ),
        # the claimant is the record's actor
        (
            "The monitor counted 120 attacks claimed by the Islamic State in the province in 2023.",
            120,
            "attacks claimed",
        ),
        # the doer in the active voice is the record's actor
        (
            "Police have detained more than 600 suspected members of the group since January, "
            "the ministry said.",
            600,
            "members detained",
        ),
        # a cause of flight is no doer of the counted
        (
            "More than 130,000 people have been displaced by the fighting since March, "
            "the U.N. said.",
            130000,
            "people displaced",
        ),
    ],
)
def test_no_doer_is_added(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Reporters face pressure from the state too: government forces arrested more than "
            "40 journalists this year, the union says.",
            40,
            "journalists arrested by government forces",
        ),
        (
            "Al-Shabaab has recruited about 1,915 children since 2017, the U.N. says.",
            1915,
            "children recruited by al-shabaab",
        ),
        (
            "Armed groups freed 310 children in the first half of the year, the U.N. said.",
            310,
            "children freed by armed groups",
        ),
    ],
)
def test_the_doer_of_an_active_verb_stays_when_it_takes_or_frees_people(
    analyse, text, value, measure
):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # the police arresting people or suspects: a count of arrests, the police its actor
        ("Police arrested 40 suspects this year, the ministry said.", 40, "suspects arrested"),
        ("Turkish police detained 500 people in raids this year.", 500, "people detained"),
        # what is released that is no people
        (
            "The group's outlets released 300 videos last year, the monitor said.",
            300,
            "videos released",
        ),
    ],
)
def test_no_active_doer_for_police_arrests_or_things_released(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
