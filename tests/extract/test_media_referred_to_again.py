"""A release told again by a word either medium fits ("In the recording, ..." after a video),
or by a definite noun naming the parent group's outlet ("The pictures, released through its
Amaq agency" after a branch's photographs), is the release told before; a new release of
another kind stays its own. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


TOLD_AGAIN = [
    "Al-Shabaab released a 30-minute video on Monday in which its spokesman, Ali Dhere, urged "
    "attacks on Kenya. In the recording, Dhere called on Muslims to join the fight.",
    "The Islamic State released a video on Wednesday showing fighters in Mozambique. In the "
    "recording, a masked man threatened the government in Maputo.",
    "ISWAP published photographs on Wednesday of fighters it said had overrun a base in Borno. "
    "The pictures, released through its Amaq news agency, showed burned vehicles.",
]


@pytest.mark.parametrize("text", TOLD_AGAIN)
def test_a_release_told_again_is_one_record(analyse, text):
    assert len(_releases(analyse, text)) == 1


APART = [
    "ISWAP published photographs on Wednesday of fighters it said had overrun a base in Borno. "
    "The group also claimed the attack in a statement carried by its Amaq news agency.",
    "Al-Shabaab released a video on Monday showing fighters training. On Thursday, the group "
    "released an audio recording in which its leader urged attacks on Kenya.",
]


@pytest.mark.parametrize("text", APART)
def test_another_release_stays_its_own(analyse, text):
    assert len(_releases(analyse, text)) == 2
