"""What came "within hours of the executions" or "hours after the executions" came on the day
the article told those executions (``extract.dating``), even when a saying frames it ("Hours
after ..., the army said its artillery had shelled ..."); not on the day of the post or of a sentence told between. "Within
hours of arrival" names no event told before and dates nothing. Texts written for this test."""

from __future__ import annotations

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

HANGINGS = (
    "NASIRIYAH, Iraq, Aug. 22, 2016 — Iraq hanged 36 men in Nasiriyah on Sunday, the largest "
    "batch of executions in years, officials said.\n\n"
    "Police in Tikrit said they had arrested four men on Saturday over the killings of recruits "
    "at Camp Speicher in 2014."
)


def _start_days(analyse, text: str, kind: str) -> list[str]:
    return [r["date"]["start"] for r in records_of(analyse(text), kind)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Within hours of the executions, a channel of the Islamic State on Telegram carried "
            "a statement that called the men martyrs.",
            "media_release",
        ),
        (
            "Hours after the executions, the army said its artillery had shelled Islamic State "
            "positions near Tikrit.",
            "military_operation",
        ),
    ],
)
def test_what_came_hours_after_the_executions_is_dated_by_them(analyse, sentence, kind):
    assert _start_days(analyse, HANGINGS + "\n\n" + sentence, kind) == ["2016-08-21"]


def test_within_hours_of_arrival_names_no_event(analyse):
    text = (
        HANGINGS + "\n\n"
        "Within hours of arrival, the delegation said the army had shelled Islamic State "
        "positions near Baiji."
    )
    assert "2016-08-21" not in _start_days(analyse, text, "military_operation")
