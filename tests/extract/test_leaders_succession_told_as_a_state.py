"""A post told as gone to its new holder, with no post word beside him (``extract.leaders``):
"command of the Gulf Clan has already passed to X", "the organisation is now run by X" (the
group named paragraphs before) are appointments of the group's leader. Not a farm passed to a
son, and not a post with no named group. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 5, 9)  # a Monday
OPENING = "Colombian troops captured Dairo Antonio Usuga, the leader of the Gulf Clan, on Saturday. "
FILLER = (
    "Shops stayed shut across the region on Sunday. Buses did not run. Schools closed early. "
    "Farmers kept their cattle in the pens. The roads were empty by nightfall. "
)


def _appointed(analyse, text: str) -> list[dict]:
    records = records_of(analyse(text, PUBLISHED), "leadership_change")
    return [r for r in records if r["subtype"] == "appointed"]


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "Military intelligence believes command of the Gulf Clan has already passed to "
        "Jobanis de Jesus Avila, known as Chiquito Malo.",
        OPENING + "Military intelligence believes command has already passed to Jobanis de Jesus "
        "Avila, known as Chiquito Malo.",
        # the group named paragraphs before the bare word for it
        OPENING + FILLER + "Police believe the organisation is now run by Jobanis de Jesus Avila, "
        "known as Chiquito Malo.",
    ],
)
def test_a_post_gone_to_its_new_holder(analyse, text):
    [record] = _appointed(analyse, text)
    names = {a["name"] for a in record["actors"]}
    assert "Jobanis de Jesus Avila" in names
    assert any(a["canonical"] == "Gulf Clan" for a in record["actors"])


@pytest.mark.parametrize(
    "text",
    [
        "The farm on the river has passed to his son, Jobanis de Jesus Avila.",
        "Police said control of the road had passed to the army on Sunday.",
    ],
)
def test_nothing_passed_to_a_group_s_new_leader(analyse, text):
    assert _appointed(analyse, text) == []


ISWAP = (
    "Islamic State West Africa Province fighters ambushed a convoy on Monday, and officials said "
    "the branch's leader, Abu Musab al-Barnawi, was killed. "
)


def test_a_post_whose_holder_led_the_group_s_men(analyse):
    """ "A commander known as X, who ran the branch's fighters on the islands, is believed to
    have taken over": the branch's commander, though the sentence names no group."""
    text = ISWAP + (
        "A commander known as Modu Kaka, who ran the branch's fighters on the islands, is "
        "believed to have taken over, according to the same officials."
    )
    [record] = _appointed(analyse, text)
    assert any(a["name"] == "Modu Kaka" for a in record["actors"])


def test_a_post_whose_holder_ran_something_else_is_no_appointment(analyse):
    text = ISWAP + (
        "A trader known as Modu Kaka, who ran a bakery in the town, is believed to have taken "
        "over, according to the same officials."
    )
    assert _appointed(analyse, text) == []
