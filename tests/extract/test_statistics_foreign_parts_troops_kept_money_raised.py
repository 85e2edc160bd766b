"""Foreigners counted as part of a whole, and soldiers kept abroad (``extract.statistics``):
"10,000 Islamic State fighters ..., among them 2,000 foreigners" counts foreign fighters, and
"10,000 of them are foreigners" after a camp's residents counts foreign residents; foreigners
told alone stay foreigners. A country's soldiers kept somewhere ("has about 4,000 soldiers
serving with the African Union force") are its soldiers deployed there, named by the
country that keeps them ("France, which has ...", "the Ugandan army, which has ..."); soldiers killed, at
work or told with their force keep their measure. A sum a group raised is the money raised,
unless a rate makes it revenue. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2022, 3, 1)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The militia guards some 8,000 Islamic State fighters in two dozen prisons, among "
            "them about 1,500 foreigners whose governments will not take them back.",
            1500,
            "foreign fighters",
        ),
        (
            "About 48,000 people live in the Roj camp, and more than 9,000 of them are "
            "foreigners from some 50 countries.",
            9000,
            "foreign residents",
        ),
    ],
)
def test_foreigners_among_a_whole_are_its_foreign_part(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_foreigners_after_a_count_of_places_are_not_foreign_places(analyse):
    text = (
        "The police raided 14 hostels in the capital last year and found more than 2,300 "
        "foreigners without papers, the ministry said."
    )
    assert _measures(analyse, text).get(2300) == "foreigners without papers"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Norway has about 3,100 soldiers in Latvia under the alliance's plan.",
            3100,
            "norwegian soldiers deployed",
        ),
        (
            "Burundi has about 3,200 soldiers serving with the African Union force in the "
            "country.",
            3200,
            "burundian soldiers deployed",
        ),
        (
            "Canada, which keeps about 800 soldiers in Latvia, said on Monday it would send "
            "more.",
            800,
            "canadian soldiers deployed",
        ),
        (
            "The Tanzanian army, which has about 900 soldiers in Congo, said its patrols had "
            "been fired on.",
            900,
            "tanzanian soldiers deployed",
        ),
        # a keeper that is no country leaves the soldiers as they are named
        (
            "The army has about 1,000 soldiers and gendarmes along the border with Niger.",
            1000,
            "soldiers and gendarmes deployed",
        ),
    ],
)
def test_soldiers_kept_abroad_are_their_country_s_soldiers_deployed(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "More than 3,000 soldiers have been killed in the region since 2019, the ministry "
            "said.",
            3000,
            "soldiers killed",
        ),
        (
            "More than 700 police officers and soldiers hunted the gunman for two days.",
            700,
            "police officers and soldiers",
        ),
        (
            "Uganda has about 5,600 soldiers in the African Union force.",
            5600,
            "soldiers in the african union force",
        ),
    ],
)
def test_soldiers_otherwise_keep_their_word(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


# a sum a group raised is the money it raised; raised at a rate, it is its revenue
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "A U.N. panel reported that the branch had raised nearly $4 million in 2021, mostly "
            "from businesses in the port.",
            4000000,
            "money raised",
        ),
        (
            "The faction raises about $3 million a month through extortion, the panel said.",
            3000000,
            "revenue from extortion per month",
        ),
    ],
)
def test_money_raised(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
