"""A fraction after "by" with a verb of change tells a change ("attacks fell by nearly half"
-> at most 50 percent change in attacks), where "half of the attacks" is a share. What a plant
or a port "can" or "could" process or export is its capacity, a stated figure, where what a
country "could export if" is a condition. A part of a whole told with its scale ("3.2 million
of the province's 5 million people need food aid") is the part in need. Sentences written for
this test (``extract.statistics``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _statistics(analyse, text: str) -> list[tuple]:
    found = records_of(analyse(text, date(2020, 5, 6)), kind="statistic")
    return [(s["value"]["min"], s["value"]["max"], s.get("unit"), s["measure"]) for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kidnappings in the state fell by nearly half last year, the police commissioner said.",
            (None, 50, "percent", "percent change in kidnappings"),
        ),
        (
            "During the truce, attacks on power lines fell by more than two-thirds compared with "
            "the previous six months, the ministry said.",
            (67, None, "percent", "percent change in attacks on power lines"),
        ),
        (
            "The monitor said the number of civilian casualties rose by a quarter in April.",
            (25, 25, "percent", "percent change in civilian casualties"),
        ),
    ],
)
def test_a_fraction_after_by_is_a_change(analyse, text, expected):
    assert _statistics(analyse, text) == [expected]


def test_a_fraction_of_a_whole_stays_a_share(analyse):
    text = "Nearly half of the attacks last year hit power lines, the ministry said."
    assert [m for *_, m in _statistics(analyse, text)] == ["share of attacks hitting power lines"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The terminal can export as much as 400,000 barrels a day, the company said.", 400_000),
        ("Before the war the plant could refine about 150,000 barrels a day.", 150_000),
    ],
)
def test_a_capacity_is_a_stated_figure(analyse, text, value):
    values = [(low, high) for low, high, *_ in _statistics(analyse, text)]
    assert value in {v for pair in values for v in pair}


def test_what_could_be_exported_under_a_condition_is_no_figure(analyse):
    text = "Libya could export 900,000 barrels a day if the ports reopened, officials said."
    assert _statistics(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.N. says 3.2 million of the province's 5 million people need food aid.",
            (3_200_000, 3_200_000, None, "people in need of food aid"),
        ),
        (
            "Hindus, who make up about 8 percent of Bangladesh's 170 million people, have long "
            "complained of attacks.",
            (8, 8, "percent", "share of people who are hindus"),
        ),
    ],
)
def test_a_part_of_a_whole_with_its_scale(analyse, text, expected):
    assert expected in _statistics(analyse, text)


def test_a_change_whose_subject_the_parse_makes_an_object_of_saying(analyse):
    """ "..., and the United Nations trade agency says transits through the canal fell by 42
    percent": the parse may make "transits" the object of "says"; the change is in them, not in
    the agency's name."""
    text = (
        "Officials say revenue from the port fell by 30 to 40 percent in March compared with a "
        "year earlier, and the United Nations trade agency says transits through the strait fell "
        "by 35 percent between January and March."
    )
    measures = [m for *_, m in _statistics(analyse, text)]
    assert "percent change in united nations" not in measures
    assert any(m.startswith("percent change in transits") for m in measures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria pumped about 380,000 barrels a day before the 2011 uprising, the ministry said.",
            [(380_000, 380_000, None, "barrels per day")],
        ),
        ("Gunmen killed 20 people a day before the election, police said.", []),
    ],
)
def test_a_flow_keeps_its_rate_before_a_time(analyse, text, expected):
    assert _statistics(analyse, text) == expected
