"""An official's warning told in a "with" clause of its own ("police would guard churches, with
the minister warning that the threat had never been so high") is a warning that was made,
whatever the plan it is added to; "been" in what is warned of makes no warning an ongoing role.
A "with" clause that only plans, or a warning only expected, is none. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 4, 23)  # a Thursday
LEAD = (
    "French police have arrested a student suspected of planning an attack on churches, "
    "Interior Minister Bernard Cazeneuve said on Wednesday. "
)


def _warnings(analyse, text: str) -> list[dict]:
    return [
        r
        for r in records_of(analyse(LEAD + text, PUBLISHED), "threat")
        if r["subtype"] == "official_warning"
    ]


def test_a_warning_in_a_with_clause_of_its_own_was_made(analyse):
    text = (
        "The government said on Wednesday that soldiers and police would guard churches across "
        "the country during services, with Cazeneuve warning that the threat to France had never "
        "been so high."
    )
    [warning] = _warnings(analyse, text)
    assert warning["date"]["start"] == "2015-04-22"


@pytest.mark.parametrize(
    "text",
    [
        # the warning itself only to come
        "The government said soldiers would guard churches, with Cazeneuve expected to warn "
        "next week that the threat to France remains high.",
        # a "with" clause that tells no warning
        "The government said soldiers would guard churches, with Cazeneuve visiting a church "
        "in Villejuif on Wednesday.",
    ],
)
def test_no_warning_is_told(analyse, text):
    assert _warnings(analyse, text) == []
