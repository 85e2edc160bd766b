"""Leaders (``extract.leaders``): a successor chosen without a name is an appointment of the
choosing group: "the group had already chosen one of Abu Wahib's deputies", "the movement's
leadership had chosen his deputy, whom they did not name" (the group through the body of it
that chose). Choosing someone who holds no post stays no appointment. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 5, 10)
LEAD = {
    "is": (
        "A coalition air strike near Rutba killed Abu Wahib, the Islamic State's military chief "
        "in Anbar, the Pentagon said on Monday. "
    ),
    "taliban": (
        "A U.S. drone strike killed the Taliban's shadow governor for Kunduz on Sunday, officials "
        "said. "
    ),
}


def _appointments(analyse, lead: str, text: str) -> list[dict]:
    records = records_of(analyse(LEAD[lead] + text, PUBLISHED), "leadership_change")
    return [r for r in records if r["subtype"] == "appointed"]


@pytest.mark.parametrize(
    ("lead", "text", "group"),
    [
        (
            "is",
            "An Iraqi intelligence official said the group had already chosen one of Abu "
            "Wahib's deputies to take over its fighters in Anbar.",
            "Islamic State",
        ),
        (
            "taliban",
            "Two Taliban commanders said the movement's leadership had chosen his deputy, whom "
            "they did not name, to command its fighters in the north-east.",
            "Taliban",
        ),
    ],
)
def test_an_unnamed_successor_chosen_is_an_appointment(analyse, lead, text, group):
    [record] = _appointments(analyse, lead, text)
    assert any(a["canonical"] == group for a in record["actors"])
    assert any("deputy" in (a["name"] or "") for a in record["actors"])


def test_someone_chosen_for_no_post_is_no_appointment(analyse):
    text = "The group had chosen one of the villages near Rutba to store its weapons."
    assert _appointments(analyse, "is", text) == []
