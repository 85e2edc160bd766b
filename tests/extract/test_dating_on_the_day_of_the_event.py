"""An event dated "on the day of the attack" takes the day the article gave that attack (else
the lead's day), not the day the article was written or the saying's (``extract.dating``);
"on the day of a vote" with no vote told before gives no such day. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 9, 16)  # a Wednesday

LEAD = (
    "GHAZNI, Afghanistan, Sept. 16, 2015 — Troops hunted on Wednesday for hundreds of "
    "prisoners freed when Taliban fighters blew open the gate of the provincial prison early "
    "on Monday.\n\n"
    "The attack began at about 2 a.m., when fighters fired rockets at the watchtowers.\n\n"
)


def _days(analyse, text: str, kind: str) -> list[str]:
    return [r["date"]["start"] for r in records_of(analyse(text, PUBLISHED), kind)]


def test_a_warning_on_the_day_of_the_attack_takes_the_attack_s_day(analyse):
    text = LEAD + (
        "On the day of the attack, the governor's office warned residents that many of the "
        "escapees were armed."
    )
    assert _days(analyse, text, "threat") == ["2015-09-14"]


def test_an_arrest_on_the_day_of_the_raid_told_before(analyse):
    text = (
        "KABUL, Sept. 16, 2015 — Police raided a house in the city on Monday, officials said "
        "on Wednesday.\n\n"
        "On the day of the raid, police also arrested five men in the city's west."
    )
    assert "2015-09-14" in _days(analyse, text, "arrest")
