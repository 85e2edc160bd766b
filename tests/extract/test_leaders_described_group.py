"""A leader of a group the article describes without naming it ("the head of an al-Qaeda-linked
militant cell"): the post is an armed group's when the description says so."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 5, 24)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


@pytest.mark.parametrize(
    ("text", "subtype", "person", "group"),
    [
        (
            "Zakir Musa, the head of an al-Qaeda-linked militant cell in Kashmir, was killed in "
            "a gunfight with security forces, police said on Friday.",
            "killed",
            "Zakir Musa",
            "an al-Qaeda-linked militant cell",
        ),
        (
            "Abu Talha, the leader of a jihadist faction in Idlib, was killed in a drone strike "
            "on Thursday.",
            "killed",
            "Abu Talha",
            "a jihadist faction",
        ),
        (
            "Rahim Khan, a commander of an Islamic State-affiliated group, was arrested in Kabul "
            "on Thursday.",
            "arrested",
            "Rahim Khan",
            "an Islamic State-affiliated group",
        ),
    ],
)
def test_leader_of_a_described_armed_group(analyse, text, subtype, person, group):
    [record] = _fates(analyse, text)
    assert record["subtype"] == subtype
    assert [a["name"] for a in record["actors"] if a["role"] == "subject"] == [person]
    assert group in [a["name"] for a in record["actors"] if a["role"] == "other"]


@pytest.mark.parametrize(
    "text",
    [
        # the group described is no armed group
        "Ahmed Saleh, the head of a business group in Lahore, was killed in a road accident on "
        "Thursday.",
        "Rajesh Kumar, the head of the opposition group in the assembly, was arrested on Thursday.",
        # a plan, a denial
        "Police hope to arrest Abu Talha, the leader of a jihadist faction in Idlib, within days.",
        "Officials denied that Abu Talha, the leader of a jihadist faction, had been killed.",
    ],
)
def test_no_fate_for_an_unarmed_group_a_plan_or_a_denial(analyse, text):
    assert [r for r in _fates(analyse, text) if r["certainty"] == "reported"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Shekau has been reported dead several times, most recently by the army in 2014, only to "
        "reappear in new videos.",
        "Baghdadi has been reported killed multiple times since 2014.",
        "Mullah Omar was rumoured to have died on several occasions before the Taliban confirmed "
        "it.",
    ],
)
def test_a_death_reported_again_and_again_is_no_rumour(analyse, text):
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Shekau may have been killed in an airstrike on Tuesday, officials said.",
            "rumoured_dead",
        ),
        (
            "Shekau was killed in a raid on Monday after being wounded several times, the army "
            "said.",
            "killed",
        ),
    ],
)
def test_one_rumour_or_one_death_is_still_told(analyse, text, subtype):
    [record] = _fates(analyse, text)
    assert record["subtype"] == subtype
