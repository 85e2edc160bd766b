"""Appointments the parse hides (``extract.leaders``):

- "In the video Zawahiri named X, a cleric ..., as the branch's emir, and presented Y as its
  spokesman": the parse hangs "named" on the person as if it were "a man named X"; the person
  named is appointed, and so is the one presented; a possessive before the post ("the
  branch's emir") still gives the post;
- a name the recogniser took for an organisation is a person when an appointment gives it a
  post ("presented Usama Mahmood as its spokesman").

"A man named X" and "presented the suspects" appoint no one. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2014, 9, 12)

LEAD = (
    "Al-Qaeda announced a new branch for the Indian subcontinent on Wednesday in a 55-minute "
    "video. "
)


def _appointed(analyse, text: str) -> list[dict]:
    found = records_of(analyse(text, PUBLISHED), "leadership_change")
    return [r for r in found if r["subtype"] == "appointed"]


def test_the_person_named_and_the_one_presented_are_appointed(analyse):
    text = LEAD + (
        "In the video Zawahiri named Asim Umar, a Pakistani cleric little known outside "
        "jihadist circles, as the branch's emir, and presented Usama Mahmood as its spokesman."
    )
    names = " | ".join(subject_names(r) for r in _appointed(analyse, text))
    assert "Asim Umar" in names
    assert "Usama Mahmood" in names


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "A man named Tariq Hussain was seen near the mosque on Thursday.",
        LEAD + "Police presented the suspects to reporters in Karachi on Thursday.",
        # presented in a clause saying who he is, in a release told for itself
        LEAD + "Its magazine on Thursday published an interview with Abu Zarr al-Burmi, whom it "
        "presented as the branch's emir.",
    ],
)
def test_no_one_is_appointed(analyse, text):
    assert _appointed(analyse, text) == []
