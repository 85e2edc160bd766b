"""A body of armed men that joins a group and swears allegiance to it or its leader pledges
(``extract.pledges``), also when the parse reads "swore" as the adjective of "allegiance"
joined to the object of "joined"; a militia, a gang, a self-defence group or a dissident front
is armed men, as fighters are. Bodies that are no armed men (a party's faction, lawmakers)
pledging loyalty to a constitution or a party give nothing. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month, a local commander in the Lakki Marwat district and his fighters "
        "joined the TTP and swore allegiance to its leader, Noor Wali Mehsud, officials said.",
        "He also said that a self-defence group from the Bankass area had joined his fighters "
        "and sworn allegiance to him.",
        "The statement also said that a dissident front operating in Vichada had joined the "
        "faction and pledged loyalty to its commander.",
        "In the same video, the gang leader said that two smaller gangs from the Isa area had "
        "sworn allegiance to him.",
    ],
)
def test_armed_men_joining_and_swearing_pledge(analyse, text):
    [pledge] = records_of(analyse(text, PUBLISHED), "pledge")
    assert pledge["subtype"] == "allegiance"


@pytest.mark.parametrize(
    "text",
    [
        "A faction of the ruling party joined the coalition and pledged loyalty to the "
        "constitution on Monday.",
        "The newly elected lawmakers joined the assembly and swore allegiance to the "
        "constitution on Monday.",
    ],
)
def test_bodies_that_are_no_armed_men_give_no_pledge(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "pledge") == []
