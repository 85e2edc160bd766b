"""Statistics (``extract.statistics``) missed on new articles, in sentences written for this
test: a past toll told in a verb joined to the dated one ("In May 2011, militants stormed the
base and killed 10 ...") or in a relative clause on what a dated verb tells ("In May 2014, an
attempt ended in a rout in which about 50 soldiers were killed"); a strength a group "can
field" (a capacity, not a possibility); the toll of infighting over a period."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 2, 1)
LEAD = "Police said on Tuesday they had detained a man over a bomb found in the capital.\n\n"


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(LEAD + text, PUBLISHED), kind="statistic")


def _values(records: list[dict]) -> list[tuple]:
    return [(r["measure"], r["value"]["min"], r["value"]["max"]) for r in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 2011, militants stormed an air base in the city and killed 10 security "
            "personnel.",
            ("security personnel killed", 10, 10),
        ),
        (
            "In May 2014, an army attempt to retake the town ended in a rout in which about 50 "
            "soldiers were killed.",
            ("soldiers killed", 50, 50),
        ),
        (
            "The observatory estimates that the alliance can field between 12,000 and 14,000 "
            "fighters.",
            ("fighters", 12000, 14000),
        ),
        (
            "The infighting has killed at least 70 fighters on both sides since Jan. 19, "
            "according to the Syrian Observatory for Human Rights.",
            ("fighters killed", 70, None),
        ),
    ],
)
def test_figure_is_a_statistic(analyse, text, expected):
    assert expected in _values(_statistics(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        # this week's incident: the attack's toll
        "On Monday, militants stormed an air base in the city and killed 10 security personnel.",
        # a possibility, not a figure
        "The commander said his men can kill 1,000 soldiers if the army attacks.",
    ],
)
def test_figure_is_no_statistic(analyse, text):
    assert _statistics(analyse, text) == []
