"""Counts over a time that a clause tells (``extract.statistics``): "peaked in 2011, when 237
attacks were recorded" counts the year's attacks (a year's "when" clause tells no one incident
when what it counts are acts); "Before Wednesday, 46 rockets had been fired since January"
counts up to that day (a tally's last day, like "by Friday"). A call made is no call for
something: "3,000 people had called a government hotline" states a figure, "called on its
5,000 supporters to attack" does not. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

LEAD = "Pirates seized a cargo ship off the coast on Monday, officials said.\n\n"


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, date(2024, 3, 20)), kind="statistic"))


def test_acts_counted_in_a_year_a_when_clause_tells(analyse):
    text = "Attacks off the Horn of Africa peaked in 2010, when 219 attacks were recorded."
    assert _measures(analyse, text).get(219) == "attacks"


def test_tally_up_to_a_day_told_with_before(analyse):
    text = "Before Tuesday, 52 rockets had been fired at the town since January, the army said."
    assert 52 in _measures(analyse, text)


def test_a_call_made_states_a_figure(analyse):
    text = "The ministry said more than 2,400 people had called its hotline since October."
    assert 2400 in _measures(analyse, text)


def test_a_call_for_something_states_no_figure(analyse):
    text = "The group called on its 4,000 supporters to attack the port."
    assert 4000 not in _measures(analyse, text)


def test_incident_told_as_one_of_the_month_s_acts(analyse):
    text = "The Gusau abduction was one of five mass kidnappings in the north-west this month."
    assert _measures(analyse, text).get(5) == "mass kidnappings"


def test_wanted_by_police_is_no_wish(analyse):
    text = "He was wanted in more than 40 kidnappings in three states, police said."
    assert 40 in _measures(analyse, text)


def test_a_wish_states_no_figure(analyse):
    text = "The group wanted 40 kidnappings in three states, police said."
    assert 40 not in _measures(analyse, text)
