"""Statistics (``extract.statistics``): a share "found by" someone is a share of the whole told
before it, not the one who found anything ("more than 98 percent of it found by its own
systems"); a total that a sentence opening on "That" brings to a new figure counts what the
sentence before counted ("That brought the total since August 2015 to 636,248"). Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 3, 27)
LEAD = "Police arrested 12 people after the attack in London on Wednesday. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


def test_a_share_found_by_someone_is_a_share_of_the_whole_before_it(analyse):
    text = (
        "Meta says it acted against 16 million pieces of terrorist content across Facebook in the "
        "first three months of the year, more than 98 percent of it found by its own systems "
        "before users reported it."
    )
    measure = _measures(analyse, text).get(98)
    assert measure is not None
    assert measure.startswith("share of pieces of content found by its own systems")


def test_a_total_brought_by_that_counts_what_the_sentence_before_counted(analyse):
    text = (
        "Twitter said it had suspended 376,890 accounts for promoting terrorism in the last six "
        "months of 2016. That brought the total since August 2015 to 636,248, the company said."
    )
    assert _measures(analyse, text).get(636248) == "accounts suspended"


@pytest.mark.parametrize(
    "text",
    [
        # a total of its own noun, brought by something else
        "Twitter said it had suspended 376,890 accounts in the last six months of 2016. The "
        "campaign brought the number of volunteers to 636,248, organisers said.",
    ],
)
def test_a_total_not_pointing_back_is_not_the_sentence_befores(analyse, text):
    assert _measures(analyse, text).get(636248) != "accounts suspended"
