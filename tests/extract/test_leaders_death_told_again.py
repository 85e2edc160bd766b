"""A man dies once (``extract.leaders``): a death whose own telling is repeated ("the army has
announced his death more than once", "has claimed twice to have killed him") is a pattern of
claims, not one death. Earlier rumours told of the man do not undo a death the sentence
reports ("who had been reported dead several times before, was killed on Tuesday"), nor does
another repeated act ("troops who had searched the forest twice before killed him").
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 8, 6)
LEAD = "The Islamic State has named a new leader for its West Africa branch. "


@pytest.mark.parametrize(
    "text",
    [
        "The army has announced Shekau's death more than once, only for him to reappear on "
        "video weeks later.",
        "The military has announced the death of Shekau several times since 2013.",
    ],
)
def test_death_told_again_is_no_death(analyse, text):
    found = records_of(analyse(LEAD + text, PUBLISHED), "leadership_change")
    assert not [r for r in found if r["subtype"] == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Shekau, who had been reported dead several times before, was killed on Tuesday in an "
        "air strike, the army said.",
        "Troops who had searched the forest twice before killed Shekau on Tuesday in a raid, "
        "the army said.",
    ],
)
def test_death_beside_other_repeated_things_is_recorded(analyse, text):
    found = records_of(analyse(LEAD + text, PUBLISHED), "leadership_change")
    assert [r["subtype"] for r in found if r["subtype"] == "killed"] == ["killed"]
