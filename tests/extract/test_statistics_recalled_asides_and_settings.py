"""The toll of a past incident recalled in passing is a (borderline) statistic even when an
aside splits the counted from their verb ("in which more than 140 people, most of them children,
were killed") or when the incident's time is told in a "where" clause of its setting ("at two
sites in Kampala where crowds were watching the final in July 2010") (``extract.statistics``),
and a second toll whose verb is left out keeps it ("killed 22 people at a hotel in November and
28 people at a cafe in January"). An incident of the story's own days stays the incident's.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 30)


def _measures(analyse, text: str) -> dict[int | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Its deadliest raid was the school attack of December 2014, in which more than 150 "
            "people, most of them pupils, were killed.",
            150,
            "people killed in attack",
        ),
        (
            "The group killed 74 people in twin bombings at two bars in the capital where crowds "
            "were watching a football final in July 2010.",
            74,
            "people killed in bombings",
        ),
    ],
)
def test_a_recalled_toll_is_kept(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_toll_of_the_storys_days_is_the_incidents(analyse):
    text = (
        "Gunmen stormed a school in the city on Sunday, in an attack in which more than 150 "
        "people, most of them pupils, were killed."
    )
    assert 150 not in _measures(analyse, text)


def test_a_second_toll_with_its_verb_left_out(analyse):
    text = (
        "Police detained six people on Tuesday over the beach attack.\n\nGunmen killed 22 people "
        "at a hotel in Bamako in November and 28 people at a hotel and a cafe in Ouagadougou "
        "in January."
    )
    measures = _measures(analyse, text)
    assert (measures.get(22), measures.get(28)) == ("people killed", "people killed")


def test_people_shot_dead_long_ago_are_a_recalled_toll(analyse):
    text = (
        "A bomb hit a bus in the capital on Tuesday, killing 12.\n\nGunmen killed 21 people at "
        "a museum in January, and 39 foreign tourists were shot dead at a beach hotel in "
        "February."
    )
    assert _measures(analyse, text).get(39) == "foreign tourists killed"


def test_a_toll_that_starts_a_stretch_is_the_incidents(analyse):
    text = (
        "Hundreds of teachers have left their schools since gunmen shot dead three of their "
        "colleagues this week, union officials said."
    )
    assert 3 not in _measures(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The commando was the 19th French soldier killed in the region since 2013, the defence "
        "ministry said.",
        "The two commandos were the 18th and 19th French soldiers killed in the region since "
        "2013, the defence ministry said.",
    ],
)
def test_a_rank_among_the_dead_since_a_year_is_their_count(analyse, text):
    assert _measures(analyse, text).get(19) == "french soldiers killed"


def test_a_rank_among_the_dead_of_one_attack_is_no_count(analyse):
    assert _measures(analyse, "He was the third soldier killed in the attack on Monday.") == {}


def test_a_toll_opening_the_paragraph_after_its_incidents_old_day(analyse):
    text = (
        "A special court sentenced 30 men to death on Friday over a string of bombings in the "
        "city in 2008.\n\nDefence lawyers said they would appeal. The bombs went off on the "
        "evening of July 26, 2008, in markets and on buses.\n\nFifty-six people were killed "
        "and more than 200 were wounded."
    )
    assert _measures(analyse, text).get(56) == "people killed"


def test_a_toll_told_right_after_its_incidents_old_day(analyse):
    """ "On the evening of July 26, 2008, 21 bombs went off ... Fifty-six people were killed":
    a toll with no date of its own is the incident's the sentence before told, years back."""
    text = (
        "A special court sentenced 30 men to death on Friday over a string of bombings in the "
        "city in 2008.\n\nDefence lawyers said they would appeal.\n\nOn the evening of July 26, "
        "2008, bombs went off in markets and on buses across the city. Fifty-six people were "
        "killed and more than 200 were wounded."
    )
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    tolls = {r["value"]["min"]: r for r in records if r["measure"].startswith("people")}
    assert tolls[56]["measure"] == "people killed" and tolls[56]["borderline"] is True
    assert tolls[200]["measure"] == "people wounded"


@pytest.mark.parametrize(
    "text",
    [
        # the incident the sentence before tells is of the story's days
        "On Sunday, 21 bombs went off in markets and on buses in the city. Fifty-six people "
        "were killed.",
        # the old day is told paragraphs before
        "The city was bombed in July 2008.\n\nThe trial opened in 2010.\n\nPolice said they "
        "had new evidence.\n\nFifty-six people were killed.",
    ],
)
def test_a_toll_after_a_day_of_the_story_or_another_paragraph_is_no_recalled_toll(analyse, text):
    assert 56 not in _measures(analyse, text)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Bombs went off in the city in 2008, killing 56 people. At least 32 of the dead were "
            "children.",
            32,
            "children killed",
        ),
        (
            "Gunmen have killed 120 people in the region since January, a monitoring group said. "
            "At least 40 of the dead were farmers, the group said.",
            40,
            "farmers killed",
        ),
    ],
)
def test_the_part_of_the_dead_the_clause_names(analyse, text, value, measure):
    """ "At least 32 of the dead were children": children killed, not people killed."""
    assert _measures(analyse, text).get(value) == measure
