"""People or civilians a state's forces killed are counted with their killers, as the toll of a
crackdown (``extract.statistics``): "security forces have killed more than 4,800 people since
the coup" counts people killed by security forces. Fighters they killed are an operation's
toll, whose doer the record's actor names ("fighters killed in raids"), and a toll
of an armed group's killings keeps its doer in the actor field. A bare figure of a verb joined
to one with a counted object counts the same kind ("killed 363 civilians and wounded 156":
civilians wounded), unless the joined clause has a subject of its own. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 2, 1)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "A rights group says security forces have killed 2,940 people since the coup two "
            "years ago.",
            2940,
            "people killed by security forces",
        ),
        (
            "The monitor says soldiers have killed 1,130 civilians in the region since 2021.",
            1130,
            "civilians killed by soldiers",
        ),
        (
            "Security forces have killed 85 suspected militants in raids since January, the "
            "police said.",
            85,
            "fighters killed in raids",
        ),
        (
            "The rebels have killed 1,130 civilians in the region since 2021, the monitor says.",
            1130,
            "civilians killed",
        ),
    ],
)
def test_who_killed_the_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a bare figure of a verb joined to one with a counted object counts the same kind
        (
            "The mission says air raids killed 210 civilians and wounded 95 in the first half "
            "of the year.",
            95,
            "civilians wounded",
        ),
        (
            "The group has kidnapped 300 students and freed 120 since January, the monitor "
            "says.",
            120,
            "students freed",
        ),
    ],
)
def test_a_bare_figure_of_a_joined_verb(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_joined_clause_with_its_own_subject_counts_its_own(analyse):
    text = (
        "Police have arrested 400 suspects since 2020, and courts have convicted 120 since "
        "then, the ministry says."
    )
    assert _measures(analyse, text).get(120) != "suspects convicted"
