"""A death told with the day it was said ("was killed in a gunfight, police said on Friday")
and, in the next sentence, the man's last hours with their own date ("Musa was trapped in a
house on Thursday evening"): the death takes the deed's date."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 6)  # a Saturday: Friday is July 5, Thursday July 4


def _death_dates(analyse, text: str) -> list[str | None]:
    result = analyse(text, PUBLISHED)
    return [
        (r.data.get("date") or {}).get("start")
        for r in result.records
        if r.kind == "event"
        and r.data["type"] == "leadership_change"
        and r.data["subtype"] == "killed"
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Zakir Musa, the head of an al-Qaeda-linked militant cell, was killed in a gunfight "
            "with security forces in Pulwama, police said on Friday. Musa was trapped in a house "
            "in the village of Dadsara on Thursday evening, officials said.",
            "2024-07-04",
        ),
        (
            "Hanif Ahmed, a commander of Lashkar-e-Taiba, was shot dead in an encounter in "
            "Sopore, police said on Friday. Ahmed had been cornered in an orchard on Tuesday "
            "night after a tip-off.",
            "2024-07-02",
        ),
        (
            "Al-Shabaab commander Ahmed Ali was killed in a clash with troops, officials said on "
            "Friday. Ali, 34, was surrounded in a farmhouse near Jilib on Wednesday.",
            "2024-07-03",
        ),
    ],
)
def test_death_dated_by_last_hours_told_next(analyse, text, day):
    assert _death_dates(analyse, text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        # his own deed, not what was done to him
        "Al-Shabaab commander Ahmed Ali was killed in a clash with troops, officials said on "
        "Friday. Ali had led attacks on the base on Monday.",
        # his past, years before
        "Hanif Ahmed, a commander of Lashkar-e-Taiba, was shot dead in an encounter in Sopore, "
        "police said on Friday. Ahmed was arrested in 2015 and released on bail.",
        # someone else's sentence
        "Zakir Musa, the head of an al-Qaeda-linked militant cell, was killed in a gunfight in "
        "Pulwama, police said on Friday. Police said on Thursday that they had received a tip.",
    ],
)
def test_death_keeps_the_day_told(analyse, text):
    assert _death_dates(analyse, text) == ["2024-07-05"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Shabaab fighters attacked the base on Friday. Kenyan officials said in April that "
            "troops had killed the al-Shabaab commander Ahmed Ali near Jilib.",
            "2024-04",
        ),
        (
            "Shabaab fighters attacked the base on Friday. Nigerian officials said in May that "
            "troops had killed Boko Haram's leader, Abubakar Shekau, in Sambisa.",
            "2024-05",
        ),
    ],
)
def test_death_not_later_than_its_telling(analyse, text, month):
    [day] = _death_dates(analyse, text)
    assert day is not None and day.startswith(month)


def test_death_keeps_its_own_date_before_the_telling(analyse):
    text = (
        "Kenyan officials said on Friday that troops had killed the al-Shabaab commander Ahmed "
        "Ali near Jilib in March."
    )
    [day] = _death_dates(analyse, text)
    assert day is not None and day.startswith("2024-03")
