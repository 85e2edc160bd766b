"""A post told by a word for the group with "the" ("the group's military commander", "the
commander of the group") is a post of the group the article last named, so its holder's capture
or killing is a leadership change of that group (``extract.leaders``); "the rival faction"
names another group and "a group's" no group at all. A capture told "in a raid" is dated by a
raid, not by an air strike told nearby. Texts written for this test."""

from __future__ import annotations

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

ATTACK = (
    "BAQUBA, Iraq, Jan. 23, 2022 — Islamic State gunmen killed 11 Iraqi soldiers at an army "
    "post near al-Azim on Friday, officials said."
)


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text), "leadership_change")


@pytest.mark.parametrize(
    "sentence, subtype",
    [
        (
            "On Saturday, the Counter-Terrorism Service said it had arrested the group's military "
            "commander for the Hamrin mountains near Jalawla.",
            "arrested",
        ),
        (
            "On Saturday, an air strike on a house near Jalawla killed the commander of the "
            "group in the Hamrin mountains, the army said.",
            "killed",
        ),
    ],
)
def test_a_post_of_the_group_is_of_the_group_named_before(analyse, sentence, subtype):
    [change] = _changes(analyse, ATTACK + "\n\n" + sentence)
    assert change["subtype"] == subtype
    assert change["date"]["start"] == "2022-01-22"
    assert any(a["canonical"] == "Islamic State" for a in change["actors"])


@pytest.mark.parametrize(
    "sentence",
    [
        "On Saturday, a commander of the rival faction was killed in a clash with soldiers near "
        "Jalawla, the army said.",
        "On Saturday, soldiers arrested a man they said had once led a group of smugglers near "
        "Jalawla.",
    ],
)
def test_another_group_or_no_group_is_no_post_of_the_group_named_before(analyse, sentence):
    assert _changes(analyse, ATTACK + "\n\n" + sentence) == []


def test_a_capture_in_a_raid_is_not_dated_by_an_air_strike_told_before(analyse):
    text = (
        ATTACK + "\n\n"
        "Iraqi jets struck Islamic State hideouts in the desert south of Hatra on Friday night, "
        "the military said.\n\n"
        "On Saturday, the Counter-Terrorism Service said it had captured the group's military "
        "commander for the Hamrin mountains in a raid near Jalawla."
    )
    [change] = _changes(analyse, text)
    assert change["subtype"] == "captured"
    assert change["date"]["start"] == "2022-01-22"


def test_killed_in_the_raid_is_dated_by_the_strike_told_before(analyse):
    """ "killed in the raid" names the operation told before, whatever words told it
    ("warplanes struck a farmhouse ... late on Saturday night")."""
    text = (
        "AJDABIYA, Libya, June 15, 2015 — American warplanes struck a farmhouse near Ajdabiya "
        "late on Saturday night in an attempt to kill Mokhtar Belmokhtar, officials said.\n\n"
        "Libya's government said in a statement on Sunday that Belmokhtar had been killed in the "
        "raid."
    )
    changes = records_of(analyse(text), "leadership_change")
    assert [c["date"]["start"] for c in changes] == ["2015-06-13"]
