"""Statistics missed on new articles (``extract.statistics``): a running tally counted from an
incident ("Security forces have now killed at least 40 militants in raids since the July 1
attack") is no toll of that incident; a verb of averaging gives its subject a rate ("Attacks ...
have averaged about four a month"); money pledged, committed or promised for or to a body is
funds pledged (committed, promised) for it. A round-up of the days after an attack ("have
arrested 11 people since the attack on Friday") stays the arrest's field, and an average of
nothing of the conflict is no statistic. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2016, 10, 21)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Security forces have now killed at least 40 suspected militants in raids since the "
            "July 1 attack on the bakery, according to a tally kept by a monitor.",
            40,
            "fighters killed in raids",
        ),
        (
            "Attacks by Boko Haram on Chadian soil have averaged about four a month since "
            "February, according to a research group.",
            4,
            "attacks per month (average)",
        ),
        # a few a day, which the parse counts as the day's
        (
            "A research group said claimed attacks in the city had averaged nearly three a day "
            "in October.",
            3,
            "attacks per day (average)",
        ),
        # the parse takes the participle for the verb: its subject still averages
        (
            "Attacks claimed by the group in the province averaged about 60 a month in the "
            "first half of the year, according to a research group.",
            60,
            "attacks claimed per month (average)",
        ),
        # a count per month with no word of averaging is a flow, and a sum per month is
        # what is earned: neither is marked as an average
        (
            "About 600 lorries a month cross into the region at the northern border post.",
            600,
            "lorries per month",
        ),
        (
            "The militia earns an average of about $90,000 a month from the checkpoints.",
            90_000,
            "revenue per month",
        ),
        (
            "Donors pledged about $509 million for the force at a conference in Brussels last "
            "month.",
            509_000_000,
            "funds pledged for force",
        ),
        # funds committed or promised to a body are what pledged funds are
        (
            "The country has committed some $62 billion to the corridor, much of it for roads.",
            62_000_000_000,
            "funds committed to corridor",
        ),
        (
            "Donors have promised about $57 million for the mission.",
            57_000_000,
            "funds promised for mission",
        ),
    ],
)
def test_statistic_read(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police have arrested 11 people since the attack on Friday.", 11),
        ("Temperatures in the camp have averaged about 40 a day.", 40),
    ],
)
def test_no_statistic(analyse, text, value):
    assert value not in _measures(analyse, text)


def test_townships_a_group_holds(analyse):
    text = "The Arakan Army now says it holds 14 of Rakhine's 17 townships."
    assert _measures(analyse, text).get(14) == "townships held"
