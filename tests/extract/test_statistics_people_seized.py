"""People seized (``extract.statistics``): civilians a group seizes, or takes from somewhere, are
an abduction's people, so a past abduction recalled in passing is a statistic, as a recalled
toll is ("In April 2014, Boko Haram fighters seized 276 girls from a school in Chibok"); the
measure keeps the article's verb. Soldiers seized are no abduction's, nor are places, goods or
suspects police take. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 2, 25)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


LEAD = "Gunmen raided a girls' school in the town of Dapchi on Monday, police said.\n\n"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "In April 2014, Boko Haram fighters seized 276 girls from a school in Chibok, in "
            "neighbouring Borno state.",
            276,
            "girls seized",
        ),
        (
            "In 2016 the group seized more than 40 villagers from farms outside Damboa.",
            40,
            "villagers seized",
        ),
        (
            "In 2016, gunmen took 10 Turkish sailors from a cargo ship off the Nigerian coast and "
            "freed them a month later.",
            10,
            "turkish sailors taken",
        ),
    ],
)
def test_civilians_seized_long_ago_are_a_recalled_abduction(analyse, text, value, measure):
    assert _measures(analyse, LEAD + text).get(value) == measure


def test_a_few_civilians_seized_long_ago_count_too(analyse):
    text = "In 2016, fighters seized 6 teachers from a school near the town."
    assert _measures(analyse, LEAD + text).get(6) == "teachers seized"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # troops seized are captured, as the sources word it
        (
            "Islamic State fighters seized more than 30 soldiers and policemen when they overran "
            "the border town of Arsal in August 2014.",
            30,
            "soldiers and policemen seized",
        ),
    ],
)
def test_many_troops_seized_stay_seized(analyse, text, value, measure):
    assert _measures(analyse, LEAD + text).get(value) == measure


@pytest.mark.parametrize(
    "text",
    [
        # a few troops seized in an old incident, or suspects police took: no abduction's people
        "In 2014, fighters seized 7 soldiers from a checkpoint near the town.",
        "In 2015, police took 5 suspects from a house in the town and questioned them.",
    ],
)
def test_a_few_troops_or_suspects_taken_are_no_abduction(analyse, text):
    assert not _measures(analyse, LEAD + text)
