"""A pledge shown in a release dated more than a year before the story ("swore allegiance in a
video posted in the summer of 2014", in a 2016 story) is history, however the date reaches it;
a release of the story's days still gives the pledge."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 7, 20)  # a Wednesday


def _pledges(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


@pytest.mark.parametrize(
    "text",
    [
        "The cell's founder posted a video in July 2014 in which he and his men pledged loyalty "
        "to Abu Bakr al-Baghdadi.",
        "Hapilon first swore allegiance to Baghdadi in a video posted in the summer of 2014.",
        "The faction released a recording in March 2015 showing its fighters pledging "
        "allegiance to Baghdadi.",
    ],
)
def test_a_pledge_in_an_old_release_is_history(analyse, text):
    assert _pledges(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The faction released a video on Monday showing its fighters pledging allegiance to "
        "Baghdadi.",
        "In a video posted in June, the group's fighters swore allegiance to Baghdadi.",
    ],
)
def test_a_pledge_in_a_recent_release_is_news(analyse, text):
    assert len(_pledges(analyse, text)) == 1


@pytest.mark.parametrize(
    ("text", "pledges"),
    [
        # a month that ended months before the story: told in passing
        (
            "The faction fought the Taliban in Zabul this week. The faction pledged allegiance "
            "to the Islamic State in a video in April, putting it at odds with the Taliban.",
            0,
        ),
        # last month: news
        (
            "The faction fought the Taliban in Zabul this week. The faction pledged allegiance "
            "to the Islamic State in a video in June, putting it at odds with the Taliban.",
            1,
        ),
    ],
)
def test_a_pledge_dated_to_a_month_long_gone_is_history(analyse, text, pledges):
    assert len(_pledges(analyse, text)) == pledges
