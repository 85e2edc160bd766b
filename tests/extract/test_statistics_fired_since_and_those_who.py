"""Tallies and shares told in ways the parse makes hard (``extract.statistics``): weapons fired
"since the war began" are a running tally, not how one incident was fought; "16 passenger and
freight trains a day" is one counted plural, though the tagger reads "trains" as a verb; a
share of "those who surrendered" is a share of people, with their time as its period, and
"were younger than 25" says which part. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 4, 20)
LEAD = "Rebels attacked an army post near the border on Tuesday, officials said."


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(f"{LEAD} {text}", PUBLISHED), kind="statistic"))


def test_weapons_fired_since_a_war_began_are_a_tally(analyse):
    found = _measures(
        analyse,
        "Since the war began in 2015 the rebels have fired 226 ballistic missiles and 155 drones "
        "at the kingdom, according to the coalition.",
    )
    assert found.get(226) == "ballistic missiles fired at the kingdom", found
    assert 155 in found, found


def test_rounds_fired_in_one_battle_are_no_tally(analyse):
    found = _measures(
        analyse, "Troops fired 3,000 rounds during the battle for the post on Tuesday."
    )
    assert 3000 not in found, found


def test_a_plural_after_two_joined_modifiers_is_counted_though_tagged_a_verb(analyse):
    found = _measures(
        analyse,
        "The suspension has cancelled 16 passenger and freight trains a day, the railway said.",
    )
    assert found.get(16) == "passenger and freight trains per day", found


def test_a_share_of_those_who_did_something_is_a_share_of_people(analyse):
    records = records_of(
        analyse(
            f"{LEAD} Nearly a third of those who surrendered this year were younger than 25, "
            "the division said.",
            PUBLISHED,
        ),
        kind="statistic",
    )
    shares = [r for r in records if r["value"]["max"] == 33]
    assert [r["measure"] for r in shares] == ["share of those who surrendered younger than 25"]
    assert not [r for r in records if r["value"]["min"] == 25], records  # an age, no figure


def test_a_comparison_says_which_part_of_a_named_whole(analyse):
    found = _measures(
        analyse, "Nearly 40 percent of the fighters were younger than 18, the U.N. said."
    )
    assert found.get(40) == "share of fighters younger than 18", found


@pytest.mark.parametrize(
    "text",
    [
        # "those" with no clause telling who they are, and a share of one place
        "Nearly a third of those were burned, residents said.",
        "Nearly half of the town was destroyed in the fighting.",
    ],
)
def test_no_share_of_what_no_one_counts(analyse, text):
    found = _measures(analyse, text)
    assert not {33, 50} & set(found), found
