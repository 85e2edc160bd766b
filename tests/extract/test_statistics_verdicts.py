"""A court's verdicts, counted, are statistics (``extract.statistics._is_statistic``): people
sentenced to death or to life, acquitted, put on trial, and death sentences a state carries
out. The conviction event keeps the court's day; its counts are figures no event field holds.
Not attempts ("tried to flee"), not executions by armed groups, not one man sentenced; and a
round-up of hundreds "since" an incident is a tally, not the days after it. (One day's
verdict or hanging was once left to the conviction event alone; the development keys written
since count it: records_dev53, records_dev83.) Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 2, 18)  # a Friday
LEAD = "The trial over the 2008 bombings ended in Ahmedabad this week, officials said."


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(f"{LEAD} {text}", PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "A special court on Friday sentenced 32 men to death and nine to life in prison for "
            "the bombings.",
            32,
            "men sentenced to death",
        ),
        # the second figure's own sentence, though it shares the verb
        (
            "A special court on Friday sentenced 32 men to death and nine to life in prison for "
            "the bombings.",
            9,
            "men sentenced to life in prison",
        ),
        # the group they belonged to is not what they were sentenced to
        (
            "A tribunal on Tuesday sentenced six members of a banned militant group to death.",
            6,
            "members sentenced to death",
        ),
        (
            "The 41 men were convicted of murder, while 17 other defendants were acquitted for "
            "lack of evidence.",
            17,
            "defendants acquitted",
        ),
        ("Sixty-three people were tried.", 63, "people tried"),
        (
            "Courts in the province tried more than 200 people on terrorism charges in 2019.",
            200,
            "people tried on terrorism charges",
        ),
        # a state carries out death sentences
        ("Jordan hanged three Iraqi militants at dawn on Wednesday.", 3, "iraqi militants executed"),
        ("The authorities hanged nine men on Sunday, officials said.", 9, "men executed"),
        (
            "Police say they have arrested more than 1,200 suspected militants since the cafe "
            "attack.",
            1200,
            "militants arrested",
        ),
    ],
)
def test_a_verdict_counted_is_a_statistic(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an attempt, not a trial
        ("About 40 men tried to flee the town before the army arrived on Monday.", 40),
        # armed groups' killings are attacks, not verdicts carried out
        ("The militants executed 12 hostages in the forest on Sunday.", 12),
        # the days after an incident: an arrest, told by its event
        ("Police have arrested 11 people since the attack.", 11),
    ],
)
def test_no_verdict_statistic_for_attempts_killings_or_an_incident_s_arrests(analyse, text, value):
    assert value not in _measures(analyse, text)


def test_one_man_sentenced_is_the_conviction_alone(analyse):
    records = analyse(f"{LEAD} A court sentenced one man to death on Friday.", PUBLISHED)
    assert records_of(records, kind="statistic") == []
    assert [r["subtype"] for r in records_of(records, "arrest")] == ["conviction"]


def test_a_share_never_tried_is_no_trial(analyse):
    text = (
        "The prison holds about 8,000 inmates. About 70 percent of them had never been tried, "
        "a monitoring group said."
    )
    measure = _measures(analyse, text).get(70)
    assert measure is not None and "tried never tried" not in measure, measure
