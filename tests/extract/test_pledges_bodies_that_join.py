"""A body of armed men told to have joined an armed group or bloc ("a gang from the Canaan area
announced that it had joined Viv Ansanm") pledges allegiance to it (``extract.pledges``), as
the development keys code such news, with no word of allegiance. Not a pledge: one man joining
("he had joined the Islamic State in 2014"), men who "joined the group" in their own account,
a plan ("travelled to join"), a description ("a faction that had joined ...") or joining
something that is no armed group ("joined the talks"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 11, 13)


@pytest.mark.parametrize(
    ("text", "pledged_to"),
    [
        (
            "In a video released on Sunday, a gang from the Canaan area north of the capital "
            "announced that it had joined Viv Ansanm.",
            "Viv Ansanm",
        ),
        (
            "In a separate video released on Sunday, the leader of a gang from the Artibonite "
            "valley announced that his fighters were joining Viv Ansanm.",
            "Viv Ansanm",
        ),
        (
            "The statement also said that a Mai-Mai faction from Masisi had joined the Congo "
            "River Alliance.",
            None,
        ),
    ],
)
def test_a_body_joining_an_armed_group_pledges(analyse, text, pledged_to):
    [pledge] = records_of(analyse(text, PUBLISHED), "pledge")
    assert pledge["subtype"] == "allegiance"
    if pledged_to is not None:
        assert pledge["pledged_to"] == pledged_to


@pytest.mark.parametrize(
    "text",
    [
        "Police said he had joined the Islamic State in Syria in 2014.",
        "Both men said they had joined the group in Syria but denied ever fighting for it.",
        "About 600 Indonesians have travelled to join the Islamic State, officials said.",
        "The commander of a faction that had joined Viv Ansanm last year was killed on Sunday, "
        "police said.",
        "Officials said that a delegation of the gang had joined the talks in Port-au-Prince.",
    ],
)
def test_no_pledge_for_a_man_a_plan_a_description_or_talks(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "pledge") == []
