"""Two arrests told in one sentence, each with its own doer and its own day ("police arrested a
man on Tuesday, and on Wednesday they arrested three more"; "two suspects were arrested on
Monday, and four more were detained on Friday"), are two records, each counting only its own
people (``extract.arrests``). Arrest words that share one doer or one day stay one arrest.
Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 3, 9)  # a Saturday


def _arrests(analyse, text: str) -> list[dict]:
    found = records_of(analyse(text, PUBLISHED), "arrest")
    return sorted(found, key=lambda r: r["date"]["start"] or "")


@pytest.mark.parametrize(
    ("text", "days", "counts"),
    [
        (
            "On Tuesday, police arrested a 31-year-old man in the Moss Side area of Manchester, "
            "and on Thursday they arrested two more men in Salford.",
            ["2019-03-05", "2019-03-07"],
            [1, 2],
        ),
        (
            "Three suspects were arrested on Monday, and four more were detained on Wednesday in "
            "the coastal town of Malindi, police said.",
            ["2019-03-04", "2019-03-06"],
            [3, 4],
        ),
    ],
)
def test_two_arrests_on_two_days_are_two_records(analyse, text, days, counts):
    found = _arrests(analyse, text)
    assert [r["date"]["start"] for r in found] == days
    assert [r["arrested"]["min"] for r in found] == counts


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a preacher in Mombasa on Tuesday and detained two of his aides.",
        "On Tuesday police arrested two men in Leeds and they detained a third in Bradford.",
    ],
)
def test_arrest_words_sharing_a_day_stay_one_arrest(analyse, text):
    assert len(_arrests(analyse, text)) == 1


def test_one_day_at_the_end_dates_both_arrest_words_together(analyse):
    text = (
        "A bomb-making cell leader was captured and three suspected insurgents were detained by "
        "a combined force in Chak district, Wardak province, yesterday."
    )
    [arrest] = _arrests(analyse, text)
    assert arrest["arrested"]["min"] == 4
