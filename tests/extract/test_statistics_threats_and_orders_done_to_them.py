"""A threat or an order that befell the counted is a fact (``extract.statistics``): "about 20
of the school's teachers have been threatened" and "about 800 families were ordered to leave"
count people something was done to, while "threatened to kill 20 teachers" tells a threat
still to be carried out. An infinitive told after the act keeps its "to". Sentences written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 9)
LEAD = "Gunmen attacked a school in Jowhar on Monday, officials said."


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(f"{LEAD} {text}", PUBLISHED), kind="statistic"))


def test_people_threatened_are_counted(analyse):
    found = _measures(
        analyse, "In all, about 20 of the school's teachers have been threatened, the union says."
    )
    assert found.get(20, "").startswith("teachers")


def test_people_ordered_to_do_something_keep_the_order_with_its_to(analyse):
    found = _measures(
        analyse,
        "About 800 families were ordered to leave their homes along the border, officials said.",
    )
    assert found.get(800) == "families ordered to leave their homes"


@pytest.mark.parametrize(
    "text",
    [
        "The group threatened to kill 20 teachers who refused to close their schools.",
        "The commander ordered his men to kill 30 villagers, a witness said.",
        # a force ordered to act is given a task, not something done to it
        "The minister ordered 300 police officers to search the forest on Tuesday.",
    ],
)
def test_a_threat_or_order_still_to_be_carried_out_is_no_count(analyse, text):
    found = _measures(analyse, text)
    assert not {20, 30, 300} & set(found)


def test_an_infinitive_completing_the_noun_comes_before_the_act(analyse):
    # the attempts were to smuggle; they were stopped
    found = _measures(
        analyse,
        "The army says it stopped 2,380 attempts to smuggle people, weapons or drugs across "
        "the border last year.",
    )
    assert found.get(2380) == "attempts to smuggle people stopped"
