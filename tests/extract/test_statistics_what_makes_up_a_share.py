"""A share says what makes it up, the subject of "make up", "account for", "provide" or
"supply" (``extract.statistics``): people who are it ("Hazaras make up about a tenth of the
population" -> "... who are hazaras"), a place it is in ("the east accounted for 40 percent of
all deaths" -> "... in east"), or what it comes from ("oil provides 60 percent of revenue" ->
"... from oil"). A share with no such verb names only its whole. A fraction a verb of
supplying or producing takes is a share of a whole no figure counts, and people counted by
their occupation are counted as doing it ("people working in artisanal gold mining").
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> list[str]:
    found = records_of(analyse(text, date(2022, 6, 1)), kind="statistic")
    return [s["measure"] for s in found]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Hazaras make up about a tenth of Afghanistan's population, by most estimates.",
            "share of afghanistan's population who are hazaras",
        ),
        (
            "The east accounted for nearly 40 percent of all deaths from political violence in "
            "the country last year, the monitor said.",
            "share of deaths from political violence in east",
        ),
        (
            "Oil provides about 60 percent of government revenue, the finance ministry says.",
            "share of government revenue from oil",
        ),
        (
            "Cobalt accounts for about 80 percent of the country's exports.",
            "share of exports from cobalt",
        ),
        (
            "Marib's fields supply roughly a quarter of the country's natural gas.",
            "share of natural gas from marib",
        ),
    ],
)
def test_what_makes_up_a_share_is_in_its_measure(analyse, text, measure):
    assert _measures(analyse, text) == [measure]


def test_a_share_told_by_where_it_comes_from_names_its_source(analyse):
    # the same share as "oil provides 60 percent of government revenue"
    text = "About 60 percent of government revenue comes from oil, the ministry says."
    assert _measures(analyse, text) == ["share of government revenue from oil"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "The valley produces nearly half of the opium grown in the country, according to "
            "U.N. estimates.",
            "share of opium grown in the country",
        ),
        (
            "The company said on Monday that it had restored about a third of the lost output.",
            "share of lost output",
        ),
        (
            "Turkmenistan, which supplies roughly a third of the gas burned in Iranian power "
            "stations, has cut deliveries.",
            "share of gas burned in iranian power stations from turkmenistan",
        ),
    ],
)
def test_a_fraction_of_a_whole_supplied_or_produced_is_a_share(analyse, text, measure):
    assert _measures(analyse, text) == [measure]


def test_a_fraction_of_a_place_taken_is_no_share(analyse):
    assert _measures(analyse, "The rebels took half of the city on Monday.") == []


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "The Crisis Group said more than 3 million people work in artisanal gold mining in "
            "the three countries.",
            "people working in artisanal gold mining",
        ),
        (
            "A research group in Bukavu estimates that between 8,000 and 12,000 diggers work the "
            "Kamituga pits.",
            "diggers working kamituga pits",
        ),
    ],
)
def test_people_counted_by_their_occupation(analyse, text, measure):
    assert _measures(analyse, text) == [measure]
