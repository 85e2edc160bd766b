"""Who took a place when the clause's subject is a pronoun: a relative pronoun stands for the
noun its clause describes ("fighters who overran X"), "they" in a clause joined to another
stands for that clause's subject; and names the recogniser missed as places, said to be
villages after a comma the parse hung elsewhere. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 10, 4)  # a Tuesday


def test_a_relative_pronoun_stands_for_the_fighters(analyse):
    text = (
        "Dozens of al-Shabaab fighters who seized the town of Bulobarde on Sunday withdrew "
        "before dawn, residents said."
    )
    [change] = records_of(analyse(text, PUBLISHED), "territorial_change")
    assert change["location"]["name"] == "Bulobarde"
    assert "al-Shabaab" in actor_names(change, "perpetrator")


def test_they_of_a_joined_clause_stands_for_its_subject(analyse):
    text = (
        "Government troops have since driven the militants out of several districts, and on "
        "Sept. 26 they took control of the town of Qodqod, according to the army."
    )
    [change] = records_of(analyse(text, PUBLISHED), "territorial_change")
    assert change["location"]["name"] == "Qodqod"
    assert "Government troops" in actor_names(change, "authority")
    assert change["date"]["start"] == "2022-09-26"


def test_names_said_to_be_villages_after_a_comma(analyse):
    text = (
        "Somali troops took control of Qodqod and Wabeeri, two villages north of the river, "
        "on Monday."
    )
    changes = records_of(analyse(text, PUBLISHED), "territorial_change")
    assert {c["location"]["name"] for c in changes} == {"Qodqod", "Wabeeri"}


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun with no clause before it to stand for: nobody named
        "They took control of Qodqod and Wabeeri, two villages north of the river, on Monday.",
        # the people the relative clause describes fled; they took nothing
        "Residents who fled the town of Bulobarde on Sunday said the militants had left.",
    ],
)
def test_no_change_of_hands(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "territorial_change")
