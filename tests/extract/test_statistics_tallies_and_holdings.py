"""A tally told up to a day is a statistic, not one incident's detail
(``extract.statistics``): people who "had fled by Friday" or fled "in the week to Friday" were
counted over days that end there, while those who fled "on Friday" left in one incident. What
a place holds, told in the present, stands as it is ("the camp holds 3,100 people"), but what
it held on a day is that day's. Those "in custody" in the tens are a tally of those held, even
over one incident ("in connection with the bombings"). Acts a source counts keep the kind of
target they hit, and a reward is for the man it names. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 6, 10)


def _measures(analyse, text: str) -> dict[int | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "About 2,300 villagers had fled to the district town by Friday, officials said.",
            2300,
            "villagers displaced",
        ),
        (
            "The migration agency said about 12,000 people fled Macomia in the week to Friday.",
            12000,
            "people displaced",
        ),
        (
            "A research group recorded 34 attacks claimed by the group in the three weeks after "
            "Nov. 28.",
            34,
            "attacks claimed",
        ),
        # a clause with its own subject does not take the plan of the clause it is joined to
        (
            "The ministry estimates that rebuilding will cost about $90 billion, and some 2.7 "
            "million Iraqis are still displaced.",
            2700000,
            "iraqis displaced",
        ),
    ],
)
def test_a_tally_up_to_a_day_is_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_people_who_fled_on_one_day_are_that_incidents(analyse):
    text = "About 2,300 villagers fled to the district town on Friday after the raid."
    assert 2300 not in _measures(analyse, text)


def test_people_a_place_holds_now(analyse):
    text = "Roj holds about 3,100 people, many of them from Europe, officials said."
    assert _measures(analyse, text).get(3100) == "people held"


def test_people_held_on_one_day_are_that_incidents(analyse):
    text = "The gunmen held about 1,200 people in the stadium on Friday before troops arrived."
    assert 1200 not in _measures(analyse, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said at least 48 people were in custody in connection with the bombings.", 48),
        ("Investigators said on Sunday that 14 people were now in custody over the killing.", 14),
    ],
)
def test_people_in_custody_are_a_tally(analyse, text, value):
    assert _measures(analyse, text).get(value) == "people in custody"


def test_the_toll_of_the_killing_they_are_held_over_is_the_incidents(analyse):
    text = "Investigators said 14 people were now in custody over the killing of two tourists."
    measures = _measures(analyse, text)
    assert measures.get(14) == "people in custody"
    assert 2 not in measures


# acts a source counts keep the kind of target they hit, even told after their doer or means
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The monitor counted 41 attacks on African Union or Somali army bases in the first "
            "five months of the year.",
            41,
            "attacks on somali army bases",
        ),
        (
            "The monitor counted at least 20 attacks by the group on army bases in Borno and "
            "Yobe last year.",
            20,
            "attacks on army bases",
        ),
        (
            "The ministry has counted more than 200 attacks with explosive-laden drones on "
            "soldiers and police since January.",
            200,
            "attacks on soldiers and police",
        ),
    ],
)
def test_counted_acts_keep_their_target(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


# a reward is for the man named, even when the recogniser did not take his name for a person,
# or when he is the one "for whom" it is offered
@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "The United States offers a reward of up to $5 million for information on Batarfa.",
            "reward offered for batarfa",
        ),
        (
            "The wing answers to the commander Mokhtar Belkhadem, for whom the United States "
            "offers a reward of up to $4 million.",
            "reward offered for belkhadem",
        ),
        (
            "The United States offers a reward of up to $3 million for information on the "
            "group's finances.",
            "reward offered",
        ),
    ],
)
def test_whom_a_reward_is_for(analyse, text, measure):
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert [r["measure"] for r in records] == [measure]


def test_a_bare_figure_living_in_a_kind_of_place(analyse):
    text = (
        "At least 240 people have been killed since the fighting began in May 2023, and about "
        "51,000 are still living in relief camps, state officials said."
    )
    assert _measures(analyse, text).get(51000) == "residents living in relief camps"


def test_a_part_of_a_tally_counted_over_a_month_is_a_statistic(analyse):
    text = (
        "Officials spoke on Sunday.\n\nThe unit recorded 712 attacks across the country in the "
        "first nine months of the year. At least 540 soldiers and police officers were killed in "
        "those nine months, the unit said. August was the worst month, when 58 of them died in "
        "the north-west alone, most in attacks on checkpoints."
    )
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert 58 in {r["value"]["min"] for r in records}


def test_acts_counted_and_named_again_sum_their_toll(analyse):
    text = (
        "Officials spoke on Sunday.\n\nOver the same six months, American forces carried out 171 "
        "missions against the group together with Iraqi troops. The operations killed 39 "
        "militants, the command said."
    )
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert {r["value"]["min"]: r["measure"] for r in records}.get(39) == "fighters killed"


def test_acts_of_one_day_named_again_stay_an_incident(analyse):
    text = "Gunmen attacked three villages on Monday. The attacks killed 12 people."
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert 12 not in {r["value"]["min"] for r in records}


def test_a_toll_of_acts_counted_since_a_month_is_a_statistic(analyse):
    text = (
        "Officials spoke on Friday.\n\nThe monitor has counted at least 11 attacks on Shia "
        "targets across the country since January, which have killed more than 230 people."
    )
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    # the toll keeps the acts it was taken in, though the parse hangs "which" on the counting
    assert {r["value"]["min"]: r["measure"] for r in records}.get(230) == "people killed in attacks"


def test_a_toll_of_one_day_told_in_a_clause_on_it_stays_the_incident_s(analyse):
    text = (
        "The attack was the deadliest since June 3, on which gunmen killed 40 people in the "
        "market."
    )
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert 40 not in {r["value"]["min"] for r in records}
