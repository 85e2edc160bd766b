"""Figures the statistics extractor must find, and their look-alikes it must not give
(``extract.statistics``): "number" as a verb before a qualified figure, tolls of capitalised
victims, arrivals over a period, peoples counted by name, announced deployments, the value
of "the number of ...", sources that "count" and parts "of them"."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, statistic_values

PUBLISHED = date(2022, 3, 18)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")



@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "number" the verb, which the parse may take for a noun
        (
            "The tribal militias, a loose alliance formed after the invasion, number more "
            "than 45,000 men, according to budget documents.",
            (45000, None),
        ),
        ("The rebel brigades number about 8,000 fighters, a spokesman said.", (8000, 8000)),
        # a toll whose victims are named with a capital
        (
            "At least nine Hindus have been killed in the district since the start of "
            "the year, according to a community group.",
            (9, None),
        ),
        # arrivals over a stated period, however short
        (
            "Aid workers said about 2,500 families had arrived in the camp since Sunday.",
            (2500, 2500),
        ),
        (
            "Officials said more than 300 people have arrived in the town over the past "
            "week, fleeing the fighting.",
            (300, None),
        ),
        # a people counted by its name
        (
            "More than 40,000 Rohingya now live in the camps near the border, the agency said.",
            (40000, None),
        ),
        # a force an authority says it is sending
        (
            "The defence ministry said it would send about 2,000 more troops to the region.",
            (2000, 2000),
        ),
        (
            "About 6,000 police officers will be deployed across the capital for the "
            "election, the interior ministry said.",
            (6000, 6000),
        ),
        # the value of "the number of ..."
        (
            "The number of provinces the army considers insecure has fallen from 18 to 9, "
            "the ministry said.",
            (9, 9),
        ),
        # a source that counts
        (
            "Intelligence services count roughly 1,200 extremists in the region they regard "
            "as dangerous.",
            (1200, 1200),
        ),
        # a part of a whole the sentence counted
        (
            "About 30,000 people live in the camp, according to aid groups, and more than "
            "6,000 of them are children under five.",
            (6000, None),
        ),
    ],
)
def test_a_figure_is_found(analyse, text, value):
    assert value in statistic_values(_statistics(analyse, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a reference number, not the verb
        ("He was listed as number 12 on the wanted list.", (12, 12)),
        # arrivals of one incident, no period
        (
            "About 40 gunmen arrived on motorcycles and opened fire on the market, police said.",
            (40, 40),
        ),
        # a deployment on a condition, or refused
        (
            "The minister said the government would send 3,000 troops if the talks failed.",
            (3000, 3000),
        ),
        (
            "The president said the country would not send 1,500 soldiers to the mission.",
            (1500, 1500),
        ),
        # a plan that is not a deployment
        ("The group said it would kill 30 hostages on Friday.", (30, 30)),
    ],
)
def test_a_look_alike_is_not_given(analyse, text, value):
    assert value not in statistic_values(_statistics(analyse, text))

