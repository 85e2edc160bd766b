"""Calls to attack told three more ways (``extract.threats``): through the means used ("used
the interview to tell fighters to attack churches"), by a verb of hostility with its object
between it and the enemy ("to turn their guns on churches"), and as one of two acts asked
("to turn their guns on churches and to stop attacking mosques": the second ask is peace, the
first still a call). Asks of peace alone stay no call. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 8, 6)
LEAD = (
    "Abu Musab al-Barnawi, the new leader of the Islamic State's West Africa branch, gave an "
    "interview to the group's al-Naba newsletter on Thursday. "
)


@pytest.mark.parametrize(
    "call",
    [
        "Barnawi used the interview to tell fighters to attack churches.",
        "In it, Barnawi told fighters to turn their guns on churches and Christians.",
        "Barnawi used the interview to tell fighters to turn their guns on churches and "
        "Christians and to stop attacking the mosques where Muslims pray.",
    ],
)
def test_call_to_attack_is_recorded(analyse, call):
    [threat] = records_of(analyse(LEAD + call, PUBLISHED), "threat")
    assert threat["subtype"] == "call_to_attack"


@pytest.mark.parametrize(
    "ask",
    [
        "Barnawi told fighters to stop attacking mosques and to protect markets.",
        "Barnawi called for an end to attacks on mosques and for calm in the markets.",
    ],
)
def test_asks_of_peace_are_no_call(analyse, ask):
    assert not records_of(analyse(LEAD + ask, PUBLISHED), "threat")
