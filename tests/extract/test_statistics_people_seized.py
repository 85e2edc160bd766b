"""People seized (``extract.statistics``): civilians a group seizes are abducted, and a past
abduction recalled in passing is a statistic, as a recalled toll is ("In April 2014, Boko Haram
fighters seized 276 girls from a school in Chibok"). Soldiers seized stay seized (captured), and
places and goods seized are no abduction. Sentences written for this test."""

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
            "girls abducted",
        ),
        (
            "In 2016 the group seized more than 40 villagers from farms outside Damboa.",
            40,
            "villagers abducted",
        ),
    ],
)
def test_civilians_seized_long_ago_are_a_recalled_abduction(analyse, text, value, measure):
    assert _measures(analyse, LEAD + text).get(value) == measure


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
def test_fighters_or_troops_seized_stay_seized(analyse, text, value, measure):
    assert _measures(analyse, LEAD + text).get(value) == measure


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 the group seized 12 villages along the road to Maiduguri.",
        "Police said they had seized 40 rifles and 2,000 rounds of ammunition in the raid.",
    ],
)
def test_places_and_goods_seized_are_no_abduction(analyse, text):
    assert "abducted" not in " ".join(_measures(analyse, LEAD + text).values())
