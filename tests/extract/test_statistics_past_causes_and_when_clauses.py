"""Tolls told in a past clause that a plan followed, and "when" clauses hung on the verb whose
date they follow (``extract.statistics``): "had promised to speed up executions after a truck
bomb killed more than 300 people" states the toll, whatever the promise plans; "the worst since
June last year, when gunmen killed 132 people" recalls a toll dated by the date before "when".
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

LEAD = "Gunmen killed 41 villagers in Kerou on Saturday, officials said."


def _measures(analyse, text: str, published: date) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, published), kind="statistic"))


def test_toll_in_a_clause_a_promise_followed_is_stated(analyse):
    text = (
        f"{LEAD} The minister had pledged a new unit for the north after gunmen stormed a "
        "market in Kandi in March 2021 and killed 23 traders."
    )
    assert _measures(analyse, text, date(2022, 9, 12)).get(23) == "traders killed"


def test_toll_in_a_clause_a_promise_would_follow_is_no_statistic(analyse):
    text = (
        f"{LEAD} The minister promised to send a new unit to the north if gunmen killed "
        "23 more traders."
    )
    assert 23 not in _measures(analyse, text, date(2022, 9, 12))


def test_when_clause_after_a_date_of_the_main_clause_recalls_a_toll(analyse):
    text = (
        f"{LEAD} The toll is the worst since June last year, when gunmen killed at least "
        "132 people in the village of Tanwalbougou, the deadliest raid of the war."
    )
    assert _measures(analyse, text, date(2022, 9, 12)).get(132) == "people killed"


def test_when_clause_after_a_recent_date_is_still_news(analyse):
    text = (
        f"{LEAD} The toll is the highest since Monday, when gunmen killed at least 19 people "
        "in the village of Tanwalbougou."
    )
    assert 19 not in _measures(analyse, text, date(2022, 9, 12))


def test_weekly_rite_does_not_make_a_recalled_toll_news(analyse):
    text = (
        f"{LEAD}\n\nThe raid follows the assault on a mosque near Arli in May, in which gunmen "
        "killed 61 worshippers during Friday prayers."
    )
    assert _measures(analyse, text, date(2022, 9, 12)).get(61) == "worshippers killed"


def test_toll_of_the_second_verb_of_a_when_clause_is_recalled(analyse):
    # the "when" hangs on the first verb; the toll's verb is joined to it by "and"
    text = (
        f"{LEAD}\n\nThe raid was the worst loss for the army since June, when the militants "
        "stormed a base at Tapoa and killed more than 50 soldiers."
    )
    assert _measures(analyse, text, date(2022, 9, 12)).get(50) == "soldiers killed"


def test_second_verb_of_a_recent_when_clause_is_still_news(analyse):
    text = (
        f"{LEAD}\n\nThe raid was the worst loss for the army since Monday, when the militants "
        "stormed a base at Tapoa and killed 17 soldiers."
    )
    assert 17 not in _measures(analyse, text, date(2022, 9, 12))


def test_joined_verb_with_its_own_subject_keeps_its_own_time(analyse):
    # "and police arrested 14 people" is a clause of its own, not the June one
    text = (
        f"{LEAD}\n\nCalm had held since June, when the militants stormed a base at Tapoa, and "
        "police arrested 14 people on Sunday."
    )
    assert 14 not in _measures(analyse, text, date(2022, 9, 12))
