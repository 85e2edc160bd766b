"""A release the article told before, passed on by the accounts a takedown removed ("suspended
accounts that had posted the group's claim"), is no new release, and the takedown's day is not
its day (``extract.media``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 12, 9)  # a Monday


def _releases(analyse, text: str) -> list[tuple[str, str]]:
    records = records_of(analyse(text, PUBLISHED), "media_release")
    return [(r["subtype"], r["date"]["start"]) for r in records]


@pytest.mark.parametrize(
    "shared",
    [
        "Twitter on Sunday suspended several accounts that had posted the group's claim together "
        "with photographs of the dead.",
        "Twitter on Sunday suspended several accounts that had shared the statement.",
    ],
)
def test_a_claim_passed_on_is_the_claim_told_before(analyse, shared):
    text = (
        "Al-Shabaab claimed the killings on Saturday in a statement read on its Andalus radio "
        f"station. {shared}"
    )
    assert _releases(analyse, text) == [("statement", "2019-12-07")]


def test_a_new_release_posted_by_accounts_of_the_group_stays(analyse):
    text = (
        "Al-Shabaab claimed the killings on Saturday in a statement read on its Andalus radio "
        "station. On Sunday, the group's Shahada news agency published a video of the attack."
    )
    assert ("video", "2019-12-08") in _releases(analyse, text)
