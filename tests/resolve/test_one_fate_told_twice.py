"""A leader's fate told in the lead without a place and again later with its day and place is
one record (a person meets one fate of a kind once); two deaths of different people
stay apart. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


TOLD_AGAIN_WITH_ITS_PLACE = [
    "A U.S. air strike has killed Abdullahi Yare, a senior leader of al-Shabaab, the Somali "
    "government said on Thursday. Yare was killed on Tuesday near the town of Jilib, officials "
    "said.",
    "Soldiers captured Ibrahim Musa Tanko, a commander of Boko Haram, the army said on "
    "Wednesday. Tanko was captured on Monday in the village of Gwoza after a brief gunfight.",
    "Police killed Rashid Ahmed Bhat, the chief of the Hizbul Mujahideen, in a gunfight on "
    "Tuesday, officials said. Bhat died on Tuesday in the village of Beighpora.",
]


@pytest.mark.parametrize("text", TOLD_AGAIN_WITH_ITS_PLACE)
def test_a_fate_told_again_with_its_place_is_one_record(analyse, text):
    [record] = _fates(analyse, text)
    assert record["subtype"] in ("killed", "captured")


def test_two_people_killed_stay_two(analyse):
    text = (
        "A U.S. air strike has killed Abdullahi Yare, a senior leader of al-Shabaab, the Somali "
        "government said on Thursday. Separately, troops killed Mohamed Ali Dheere, another "
        "al-Shabaab commander, on Monday near the town of Baidoa."
    )
    names = sorted(subject_names(r) for r in _fates(analyse, text))
    assert len(names) == 2

