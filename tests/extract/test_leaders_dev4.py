"""Fate constructions missed on records_dev4 (``extract.leaders``): a leader counted among the
dead ("nine militants were killed, including a commander of X", "X was among those killed");
a post given without a name ("Al-Shabaab named a new commander for its Puntland wing"); a post
of "the group" named in an earlier sentence ("The group's emir, X, was killed")."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subject(record: dict) -> str:
    [subject] = [a["name"] for a in record["actors"] if a["role"] == "subject"]
    return subject


def _group(record: dict) -> str:
    [group] = [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == "other"]
    return group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Nine militants were killed in a raid on Tuesday, including a commander of "
            "al-Shabaab named Abu Omar.",
            "al-Shabaab",
        ),
        (
            "Nine militants were killed in a raid on Tuesday, including an al-Shabaab commander, "
            "Abu Omar.",
            "al-Shabaab",
        ),
        (
            "Troops killed six fighters in Jilib on Monday, including an al-Shabaab commander, "
            "Abu Omar.",
            "al-Shabaab",
        ),
        (
            "Soldiers killed 12 insurgents near Tillaberi on Monday, including a senior commander "
            "of Boko Haram.",
            "Boko Haram",
        ),
    ],
)
def test_a_commander_counted_among_the_dead_is_killed(analyse, text, group):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert _group(record) == group


@pytest.mark.parametrize(
    "text",
    [
        "Nine militants were killed in a raid on Tuesday, including two brothers of Abu Omar, "
        "the al-Shabaab commander.",
        "Nine militants were killed in a raid on Tuesday, including a police commander.",
    ],
)
def test_kin_of_a_commander_or_a_police_commander_among_the_dead_is_not(analyse, text):
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said the ISKP commander Abu Omar was among those killed in the strike on Monday.",
        "Officials said al-Shabaab's spokesman, Ali Dhere, was one of the men who died in the "
        "airstrike on Monday.",
        "The army said Boko Haram commander Abu Musa was among those killed in the raid on "
        "Tuesday.",
    ],
)
def test_a_leader_among_those_killed_is_killed(analyse, text):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the ISKP commander Abu Omar was not among those killed in the strike on "
        "Monday.",
        "The ISKP commander Abu Omar was one of the men who planned the strike on Monday.",
    ],
)
def test_a_leader_not_among_the_dead_or_among_the_planners_is_not(analyse, text):
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Al-Shabaab named a new commander for its Puntland wing on Friday.", "al-Shabaab"),
        (
            "Al-Shabaab fighters attacked a base on Monday. The group also named a new commander "
            "for its Puntland wing on Friday, according to two residents.",
            "al-Shabaab",
        ),
        (
            "The Pakistani Taliban appointed a new spokesman on Tuesday.",
            "Tehrik-i-Taliban Pakistan",
        ),
    ],
)
def test_a_post_given_without_a_name_is_an_appointment(analyse, text, group):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "appointed"
    assert _group(record) == group


@pytest.mark.parametrize(
    "text",
    [
        "The army named a new commander for the region on Friday.",
        "Al-Shabaab has not named a new commander for its Puntland wing.",
        "Al-Shabaab named a new commander for its Puntland wing in 2009.",
    ],
)
def test_an_army_post_a_negated_or_an_old_appointment_is_not(analyse, text):
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "person", "subtype"),
    [
        (
            "Boko Haram fighters attacked a village on Monday. The group's emir, Mahmud Usman, "
            "was killed in an airstrike on Tuesday.",
            "Mahmud Usman",
            "killed",
        ),
        (
            "Boko Haram fighters attacked a village on Monday. Police said its spokesman, Mahmud "
            "Usman, was arrested on Tuesday.",
            "Mahmud Usman",
            "arrested",
        ),
        (
            "Al-Shabaab claimed the bombing on Monday. Officials said the group's operations "
            "chief, Ali Warsame, was captured on Tuesday.",
            "Ali Warsame",
            "captured",
        ),
    ],
)
def test_a_post_of_the_group_named_before_is_that_groups(analyse, text, person, subtype):
    [record] = _fates(analyse, text)
    assert _subject(record) == person
    assert record["subtype"] == subtype


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian army said on Monday it was on alert. Its spokesman, Mahmud Usman, was "
        "arrested on Tuesday.",
        "Boko Haram fighters attacked a village on Monday. The village's chief, Mahmud Usman, "
        "was killed on Tuesday.",
    ],
)
def test_a_post_of_no_armed_group_is_not(analyse, text):
    assert _fates(analyse, text) == []
