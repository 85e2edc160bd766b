"""Arrests not made: denied ("a spokesman denied that anyone had been arrested"), only wished
for ("a list of people it wants arrested", "asked for the cleric to be arrested"), of no one, or
counted since a year named ("since the 2002 bombings, police have arrested more than 1,000")."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _arrests(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokesman denied that anyone had been arrested over the blast.",
        "The governor rejected reports that the imam had been detained by soldiers.",
        "Officials dismissed claims that police had detained two journalists in the raid.",
        "Nobody was arrested, the prosecutor's office said on Wednesday.",
    ],
)
def test_a_denied_arrest_gives_none(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad handed Kabul a list of 40 men it wants arrested or extradited.",
        "The government wants the two preachers arrested before the festival.",
        "Relatives of the victims asked for the commander to be arrested.",
    ],
)
def test_an_arrest_only_wished_for_gives_none(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Since the 2005 hotel bombings, police have arrested more than 900 suspected militants.",
        "Since 2019 the security services have detained some 300 people over links to the cell.",
    ],
)
def test_arrests_counted_since_a_year_are_a_tally(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday they had arrested two men suspected of financing the cell.",
        "The ministry said the suspect had been detained in Kano on Tuesday.",
        "Soldiers detained three men whom the villagers had asked them to protect.",
        "Police have detained 40 people since Friday in connection with the shooting.",
        "He was believed to have been arrested in Kano on Friday, his lawyer said.",
    ],
)
def test_arrests_made_still_give_one(analyse, text):
    assert len(_arrests(analyse, text)) == 1
