"""Two tolls the measure and the recall test missed on new articles (``extract.statistics``):
acts counted earlier in the sentence and then called "they" ("has counted 376 drone strikes ...
and estimates that they have killed between 2,500 and 3,600 people") are what the toll is told
with, as when the acts are the subject themselves; and a toll in a clause hanging from an
incident that no words of its own date takes the date of the clause it hangs from ("In 2016 he
escaped a police ambush in which 31 rebels were killed"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 9, 4)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


def test_acts_counted_before_and_called_they_stay_in_the_measure(analyse):
    text = (
        "A research group in Islamabad has counted 376 American drone strikes in the tribal "
        "areas since 2004 and estimates that they have killed between 2,500 and 3,600 people."
    )
    measures = _measures(analyse, text)
    assert measures.get(2500) == "people killed in strikes"
    assert measures.get(376) == "drone strikes"


def test_they_standing_for_people_is_no_kind_of_act(analyse):
    text = (
        "The rebels have held the district for two years, and officials say they have killed "
        "more than 40 soldiers since January."
    )
    assert _measures(analyse, text).get(40) == "soldiers killed"


def test_toll_in_a_clause_on_an_undated_incident_takes_the_dated_clause(analyse):
    text = "In 2016 he escaped a police ambush in which 31 rebels were killed."
    assert _measures(analyse, text).get(31) == "rebels killed"


def test_toll_in_a_clause_on_an_incident_of_this_week_is_news(analyse):
    text = "On Monday he escaped a police ambush in which 31 rebels were killed, officials said."
    assert 31 not in _measures(analyse, text)
