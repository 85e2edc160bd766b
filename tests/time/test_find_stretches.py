"""Stretches of time an event's course is told by: "from Aug. 1" with no end, "between May and
July" (months named alone at a range's ends), and "the previous 24 hours" of reported speech."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.time.find import find_time_expressions, is_period

ANCHOR = date(2022, 11, 9)  # a Wednesday


def _found(text: str, anchor: date | None = ANCHOR):
    return [
        (m.text, m.span and (m.span.start, m.span.end)) for m in find_time_expressions(text, anchor)
    ]


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        (
            "Drones have supported the ground push from Sept. 14 onwards.",
            "from Sept. 14",
            ("2022-09-14", "2022-11-09"),
        ),
        (
            "Naval units shelled the coast from 3 October, the navy said.",
            "from 3 October",
            ("2022-10-03", "2022-11-09"),
        ),
        (
            "Engineers cleared the road from Oct. 2, 2022 under fire.",
            "from Oct. 2, 2022",
            ("2022-10-02", "2022-11-09"),
        ),
        (
            "Two commanders were caught between June and August, officials said.",
            "between June and August",
            ("2022-06-01", "2022-08-31"),
        ),
        (
            "The column advanced from May to July before it stalled.",
            "from May to July",
            ("2022-05-01", "2022-07-31"),
        ),
        (
            "Raids took place between October and February 2022 in the hills.",
            "between October and February 2022",
            ("2021-10-01", "2022-02-28"),
        ),
        (
            "The air force said it had flown 40 sorties in the previous 24 hours.",
            "the previous 24 hours",
            ("2022-11-08", "2022-11-09"),
        ),
        (
            "Medics said they had treated 60 people in the previous 48 hours.",
            "the previous 48 hours",
            ("2022-11-07", "2022-11-09"),
        ),
    ],
)
def test_a_stretch_is_found_whole_and_resolved(text, words, span):
    assert _found(text) == [(words, span)]


@pytest.mark.parametrize(
    "text",
    [
        "The convoy was given 24 hours to leave the town.",
        "The hostages were held for 72 hours before their release.",
        "Police kept the suspect in custody for the past 24 hours.",
    ],
)
def test_hours_that_are_a_duration_or_a_release_s_own_day_are_no_stretch(text):
    assert all("hours" not in words for words, _ in _found(text))


def test_a_day_a_stretch_runs_to_is_not_an_open_stretch():
    assert _found("Curfew was imposed from Sept. 14 to Sept. 20 in the district.") == [
        ("from Sept. 14 to Sept. 20", ("2022-09-14", "2022-09-20"))
    ]


@pytest.mark.parametrize(
    "text",
    ["Figures from 2019 show the rise.", "Reports from Sept. 14's meeting were leaked."],
)
def test_from_a_year_or_a_possessive_day_is_no_open_stretch(text):
    assert not any(words.lower().startswith("from") for words, _ in _found(text))


def test_open_and_hour_stretches_are_periods():
    for text in ("It ran from Sept. 14 on.", "Jets struck 9 sites in the previous 24 hours."):
        [mention] = find_time_expressions(text, ANCHOR)
        assert is_period(mention.span)


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        (
            "More than 50 people were kidnapped on the highway in March and April alone.",
            "March and April",
            ("2022-03-01", "2022-04-30"),
        ),
        (
            "Attacks fell in December and January, the monitor said.",
            "December and January",
            ("2021-12-01", "2022-01-31"),
        ),
        (
            "The network counted 40 ambushes in July and August 2021.",
            "July and August 2021",
            ("2021-07-01", "2021-08-31"),
        ),
    ],
)
def test_two_months_in_a_row_are_one_stretch(text, words, span):
    [mention] = find_time_expressions(text, ANCHOR)
    assert (mention.text, (mention.span.start, mention.span.end)) == (words, span)
    assert is_period(mention.span)


def test_two_months_apart_are_two_occasions():
    text = "The group showed the hostages in videos in January and June 2017."
    assert [m.text for m in find_time_expressions(text, ANCHOR)] == ["January", "June 2017"]
