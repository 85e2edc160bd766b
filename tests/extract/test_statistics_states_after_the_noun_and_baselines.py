"""A state told right after the counted noun, and the figure a count changed from
(``extract.statistics``): "counts 26 towns under blockade" counts towns under blockade and
"9,000 fighters in detention" fighters in detention, however the parse hangs the phrase; "under
a policy", "under Operation Barkhane" and "on" phrases say no state. "up from eight a year ago"
after a stated count is the same count at another time, a statistic too. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2022, 10, 5)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The Sahel Access Monitor counts 31 towns under blockade in the north of the "
            "country.",
            31,
            "towns under blockade",
        ),
        (
            "The militia guards about 7,000 Islamic State fighters in detention across the "
            "northeast.",
            7000,
            "fighters in detention",
        ),
        (
            "More than 400 rebels have surrendered under a government programme since 2019.",
            400,
            "rebels surrendered",
        ),
        (
            "About 3,000 soldiers have been deployed under Operation Sentinel since 2015.",
            3000,
            "soldiers deployed",
        ),
    ],
)
def test_a_state_after_the_noun(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_the_count_a_stated_count_changed_from(analyse):
    text = (
        "The Sahel Access Monitor counts 31 towns under blockade in the north of the country, "
        "up from nine a year ago."
    )
    assert _measures(analyse, text).get(9) == "towns under blockade"


def test_an_earlier_toll_of_an_incident_is_no_baseline(analyse):
    text = "The army said 12 soldiers were killed in the ambush on Monday, up from eight."
    assert 8 not in _measures(analyse, text)
