"""Unnamed commanders a raid took or killed (``extract.leaders``): the object told after an
aside ("had arrested, in a separate operation in Kabul, a commander of the Haqqani network"),
a commander "among them" of the fighters a raid killed, whose group is the one the sentence
names before, and the commander's words up to a relative clause. A raid by "its officers" is
the force's that said so (``extract.operations``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, fates_of, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 12)  # a Friday


@pytest.mark.parametrize(
    ("text", "fate", "group"),
    [
        (
            "The agency said on Thursday it had also detained, in a separate operation in "
            "Herat, a commander of the Haqqani network who had planned the attack.",
            ("arrested", "a commander of the Haqqani network"),
            "Haqqani Network",
        ),
        (
            "On Wednesday, Somali commandos raided an al-Shabaab camp near Bulo Burte, killing "
            "nine fighters, among them a commander who the army said had planned the bombing.",
            ("killed", "a commander"),
            "al-Shabaab",
        ),
        (
            "Troops raided a hideout near Mastung on Tuesday, killing three militants, including "
            "a commander of the Islamic State's Pakistan branch whom police blamed for the blasts.",
            ("killed", "a commander of the Islamic State's Pakistan branch"),
            None,
        ),
    ],
)
def test_an_unnamed_commander_a_raid_took_or_killed(analyse, text, fate, group):
    result = analyse(text, PUBLISHED)
    assert fates_of(result) == [fate]
    if group is not None:
        change = records_of(result, "leadership_change")[0]
        assert group in actor_names(change, "other")


@pytest.mark.parametrize(
    "text",
    [
        # fighters killed in a raid, none with a post
        "On Wednesday, Somali commandos raided an al-Shabaab camp near Bulo Burte, killing nine "
        "fighters, among them two foreigners, the army said.",
        # a commander among the dead of no killing verb
        "The group said nine of its fighters had died of cholera, among them a commander.",
    ],
)
def test_no_unnamed_commander_without_a_post_or_a_killing(analyse, text):
    assert fates_of(analyse(text, PUBLISHED)) == []


def test_a_raid_by_its_officers_is_the_forces(analyse):
    text = (
        "The Counter Terrorism Department said on Thursday that its officers had raided a "
        "hideout near Quetta on Wednesday night, killing four militants."
    )
    raids = records_of(analyse(text, PUBLISHED), "military_operation")
    assert len(raids) == 1
    assert actor_names(raids[0], "authority") == ["The Counter Terrorism Department"]


def test_a_raid_by_a_groups_men_is_no_operation(analyse):
    text = (
        "The Taliban said on Thursday that their men had raided a police post near Quetta on "
        "Wednesday night, killing four policemen."
    )
    assert records_of(analyse(text, PUBLISHED), "military_operation") == []
