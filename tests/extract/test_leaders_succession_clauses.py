"""A leader killed as news, described by the clause of how he came to lead (``extract.leaders``
and ``extract.dating``): "Troops have killed X, the commander who took charge of the group's
fighters after Y was shot dead last July" is X's killing, of that group, not dated by the month
of the clause (what came before), and Y's death then is no news. A past-tense succession told
the same way keeps the clause's time ("took over after Y was killed in 2020": long ago).
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 5, 28)  # a Sunday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subjects(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "subject"]


NEWS = (
    "Indian troops have killed Mushtaq Ahmad Dar, the commander who took charge of Hizbul "
    "Mujahideen's fighters in the valley after Yasin Malla was shot dead last July.\n\n"
    "Dar and another militant were killed on Saturday morning in a village in Pulwama district."
)


def test_the_killed_commander_is_the_one_named_with_the_clause_of_his_post(analyse):
    fates = _fates(analyse, NEWS)
    killed = [f for f in fates if "Mushtaq Ahmad Dar" in _subjects(f)]
    assert killed and all(f["date"]["start"] == "2017-05-27" for f in killed)


def test_the_death_that_opened_his_command_is_no_news(analyse):
    fates = _fates(analyse, NEWS)
    assert not [f for f in fates if "Yasin Malla" in _subjects(f)]


def test_a_past_succession_keeps_the_time_of_its_clause(analyse):
    text = (
        "Dar, a former teacher, took over Hizbul Mujahideen after its previous commander, "
        "Yasin Malla, was killed in 2014."
    )
    assert all(f["date"]["start"] < "2015-01-01" for f in _fates(analyse, text) if f["date"])
