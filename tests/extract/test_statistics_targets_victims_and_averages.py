"""Counted acts keep what names them: a target list of up to seven words ("attacks on health
centres, health workers and ambulances"), incidents against a kind of people, and whom
abductions or kidnappings were done to ("abductions of women and girls"); the average told
after such a count is named as fully ("..., more than seven a month"); and a figure compared
after an average told aside goes with the count, not the average ("143 kidnappings last year,
an average of about 12 a month, against 96 in 2021") (``extract.statistics``). Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 2, 10)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The ministry recorded 87 attacks on health centres, health workers and ambulances "
            "in 2022, more than seven a month.",
            87,
            "attacks on health centres, health workers and ambulances",
        ),
        (
            "The ministry recorded 87 attacks on health centres, health workers and ambulances "
            "in 2022, more than seven a month.",
            7,
            "attacks on health centres, health workers and ambulances per month",
        ),
        (
            "The U.N. humanitarian office recorded 43 incidents against aid workers in the first "
            "half of the year.",
            43,
            "incidents against aid workers",
        ),
        (
            "The observatory said it had documented more than 650 abductions of women and girls "
            "in the province since 2017.",
            650,
            "abductions of women and girls",
        ),
        (
            "The centre recorded 27 kidnappings of foreigners in the country last year.",
            27,
            "kidnappings of foreigners",
        ),
        (
            "It recorded 143 kidnappings in the country last year, an average of about 12 a "
            "month, against 96 in 2021.",
            96,
            "kidnappings",
        ),
        (
            "It recorded 143 kidnappings in the country last year, an average of about 12 a "
            "month, against 96 in 2021.",
            12,
            "kidnappings per month (average)",
        ),
        # a rate told with each figure stays each one's
        (
            "The centre counted 70 raids a month in 2019 and 64 a month this year.",
            64,
            "raids per month",
        ),
    ],
)
def test_what_counted_acts_are(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a longer list is the story's detail
        (
            "The ministry recorded 87 attacks on schools, markets, mosques, churches, clinics, "
            "buses and police posts in 2022.",
            87,
            "attacks",
        ),
    ],
)
def test_no_detail_is_kept(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
