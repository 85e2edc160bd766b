"""Verdicts and the parts of a prison's inmates (``extract.statistics``): "found guilty" is a
conviction and "hanged" an execution; people sentenced "to death" are counted as such; a
month's count "in May alone" is a tally; the part of a whole told with its own participle
("1,000 inmates, more than 100 of them serving terms for extremism") counts what the
participle says, not what befell the whole; the rest "left still at large" after some were caught
are the people counted before, still sought; a rank over a stretch ("the eighth senior figure to be
arrested since the ceasefire", "the fourth jailbreak at the facility in about a decade") is the
count so far. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2019, 9, 2)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Rights groups say the authorities hanged 31 other prisoners in July alone.",
            31,
            "prisoners executed",
        ),
        (
            "Since 2014 the country's courts have found more than 2,500 people guilty of "
            "terrorism offences, the ministry said.",
            2500,
            "people convicted of terrorism offences",
        ),
        (
            "The country's military courts have sentenced more than 150 people to death since "
            "2012, the institute says.",
            150,
            "people sentenced to death",
        ),
        (
            "Courts have sentenced more than 900 people to prison terms since 2016.",
            900,
            "people convicted",
        ),
    ],
)
def test_verdicts_and_tallies_of_a_month(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The jail holds about 1,200 inmates, more than 140 of them serving terms for "
            "terrorism or extremism, the institute says.",
            140,
            "inmates serving terms for terrorism or extremism",
        ),
        (
            "The prison holds about 1,600 inmates, more than 400 of them convicted of or "
            "charged with belonging to al-Shabaab, according to the institute.",
            400,
            "inmates convicted of or charged with belonging to al-shabaab",
        ),
    ],
)
def test_a_part_told_with_its_own_participle(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_part_told_only_where_it_is_keeps_the_whole_s_measure(analyse):
    text = "The prison holds about 1,600 inmates, more than 400 of them held in its east wing."
    assert _measures(analyse, text).get(400) == "inmates held"


# the rest "left" at large after some were caught are the people counted before, still sought
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "More than 900 inmates broke out of the prison on March 3. The prison service said "
            "on Friday that 140 of the escapees had been recaptured, leaving more than 760 "
            "still at large.",
            760,
        ),
        (
            "By Sunday, soldiers had recaptured 38 escapees, the jail bureau said, which left 95 "
            "still at large.",
            95,
        ),
    ],
)
def test_those_left_at_large(analyse, text, value):
    assert _measures(analyse, text).get(value) == "escapees at large"


def test_a_leaving_without_a_hunt_is_no_one_at_large(analyse):
    text = "Soldiers had recaptured 38 escapees by Sunday, which left 95 cells empty in the jail."
    assert _measures(analyse, text).get(95) != "escapees at large"


# a rank over a stretch is the count so far: of people arrested, and of jailbreaks at a place
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "According to the ministry, Etxeberria is the eighth senior ETA figure to be "
            "arrested since the ceasefire.",
            8,
            "eta figures arrested",
        ),
        (
            "It was the fourth jailbreak at the facility in about a decade, officials said.",
            4,
            "jailbreaks at facility",
        ),
        # a named body struck is the target; a named place is only where
        (
            "It was the third attack on Radio Shabelle since March, the station said.",
            3,
            "attacks on radio shabelle",
        ),
        (
            "It was the third suicide bombing on Maiduguri this year, officials said.",
            3,
            "suicide bombings",
        ),
    ],
)
def test_ranks_over_a_stretch(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_rank_over_no_stretch_is_no_count(analyse):
    text = "He was the fourth senior figure to be arrested, officials said."
    assert 4 not in _measures(analyse, text)


def test_the_grounds_of_a_participle_after_the_people(analyse):
    text = (
        "Koutoukale is the country's main high-security prison. Before last week's escape it "
        "held about 720 people detained on terrorism charges, according to the Niger Justice "
        "Lab, a research group in Niamey, which also counted at least 1,200 people killed in "
        "political violence in the region in the first half of this year."
    )
    assert _measures(analyse, text).get(720) == "people detained on terrorism charges"


def test_a_few_acts_since_a_time_a_clause_tells_are_a_tally(analyse):
    text = (
        "The special prosecutor has secured four convictions since it was set up in 2012, the "
        "network says."
    )
    assert _measures(analyse, text).get(4) == "convictions secured"


def test_a_few_acts_on_one_day_are_no_tally(analyse):
    text = "The court handed down four convictions on Monday, the network says."
    assert 4 not in _measures(analyse, text)
