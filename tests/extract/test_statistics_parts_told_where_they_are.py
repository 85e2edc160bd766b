"""Statistics (``extract.statistics``): a part of a count told right after "of them" by where
it is or comes from ("442 of them in the combat zone", "3,400 of them from Western countries")
is counted with those words after the noun; "them" passes over a figure that only says where the
counted came from ("20,000 foreign fighters from more than 90 countries"). A share's place is
its own (no doubling), and a place too long to say in a few words is left out. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 2, 26)
LEAD = "Three men were arrested in New York on Wednesday, officials said. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The National Counterterrorism Center estimates that more than 20,000 foreign "
            "fighters from more than 90 countries have travelled to Syria and Iraq, at least "
            "3,400 of them from Western countries.",
            3400,
            "foreign fighters from western countries",
        ),
        (
            "The minister said that 1,573 French citizens were now involved in jihadist networks "
            "linked to Syria and Iraq, 442 of them in the combat zone.",
            442,
            "french citizens in combat zone",
        ),
        (
            "The inspector general of police said 28 civilians had been killed by militants in "
            "the region this year, five of them from the Hindu and Sikh minorities.",
            5,
            "civilians from hindu and sikh minorities killed by militants",
        ),
    ],
)
def test_a_part_is_counted_with_where_it_is(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_place_too_long_for_a_few_words_is_left_out(analyse):
    text = (
        "The Syrian Democratic Forces say they are holding about 10,000 suspected fighters in "
        "makeshift prisons, some 2,000 of them from countries other than Syria and Iraq."
    )
    assert "from countries" not in _measures(analyse, text).get(2000, "")
