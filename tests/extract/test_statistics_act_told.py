"""A count whose noun is what a verb was done to, when no outcome word names it, keeps that
verb as a participle, with its particle and the phrase that completes it
(``extract.statistics``): "designated 18 armed gangs as terrorist groups" counts gangs
designated as terrorist groups. A verb that only tells the count ("recorded", "estimated",
"has") adds nothing, nor does an irregular past, which is no participle. Sentences written for
this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 1)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The president has since designated 18 armed gangs as terrorist groups.",
            18,
            "armed gangs designated as terrorist groups",
        ),
        (
            "In a video the hackers claim to have taken over more than 9,000 Facebook pages.",
            9000,
            "facebook pages taken over",
        ),
        (
            "Since January, 26 armed gangs have been designated as terrorist groups.",
            26,
            "armed gangs designated as terrorist groups",
        ),
    ],
)
def test_what_was_done_to_the_counted_is_the_measure(analyse, text, value, measure):
    assert _measures(analyse, text)[value] == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The monitor recorded 470 bombings in the region last year.", 470, "bombings"),
        (
            "Prosecutors have opened 1,400 murder investigations, according to government figures.",
            1400,
            "murder investigations opened",
        ),
        ("U.S. officials estimate that the group has as many as 4,000 fighters.", 4000, "fighters"),
    ],
)
def test_a_verb_that_tells_the_count_adds_nothing(analyse, text, value, measure):
    assert _measures(analyse, text)[value] == measure
