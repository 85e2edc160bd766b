"""People let go by their captors (``extract.statistics``): "Kidnappers freed 279 schoolgirls
on Tuesday" and "The 42 captives were freed on Saturday" are statistics, since no event records
a release, however small the count and although a day is told. People freed by state forces or
in a raid or operation are that operation's detail and give no statistic. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2021, 6, 9)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Gunmen freed 84 pupils on Tuesday who had been taken from their school in "
            "Kebbi state a week earlier, the governor said.",
            84,
            "pupils freed",
        ),
        ("The 23 captives were freed on Sunday, the state government said.", 23, "captives freed"),
        (
            "Two militias freed 212 children at a ceremony near Bria on Monday, UNICEF said.",
            212,
            "children freed",
        ),
    ],
)
def test_people_let_go_by_captors_are_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Commandos freed 14 hostages on Saturday, the army said.", 14),
        ("Eleven hostages were freed by police on Saturday.", 11),
        ("Eighteen hostages were freed in the operation on Monday, the military said.", 18),
        (
            "The army said troops had raided a rebel camp near Bama on Saturday, killing six "
            "insurgents and freeing 31 women held there.",
            31,
        ),
    ],
)
def test_people_freed_by_state_forces_are_the_operations_detail(analyse, text, value):
    assert value not in _measures(analyse, text)
