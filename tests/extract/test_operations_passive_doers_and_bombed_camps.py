"""Operations told in ways the doer or the kind was missed (``extract.operations``):

- a verb joined to a passive one shares its subject ("commandos were flown in and launched a
  counter-offensive": the commandos' offensive);
- a force bombing a camp, a hideout or positions bombs it from the air ("Colombian forces
  bombed a rebel camp"); militants bombing an army camp make an attack, not an operation;
- "the southwestern department of Cauca", "the province of Helmand": a unit word before the
  name reads it as that unit (``geo.mentions``).

Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 8, 16)  # a Thursday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


def test_a_verb_joined_to_a_passive_shares_its_doer(analyse):
    text = (
        "About 800 Afghan commandos were flown in from Kabul over the weekend and launched a "
        "counter-offensive on Sunday, clearing the bazaar street by street."
    )
    [operation] = _operations(analyse, text)
    assert operation["subtype"] == "offensive"
    assert operation["date"]["start"] == "2018-08-12"


def test_a_force_bombing_a_camp_is_an_airstrike_placed_in_its_department(analyse):
    text = (
        "Colombian forces bombed a rebel camp in the southwestern department of Narino last week."
    )
    [operation] = _operations(analyse, text)
    assert operation["subtype"] == "airstrike"
    assert operation["location"]["admin1"] == "Nariño"


def test_militants_bombing_an_army_camp_make_no_operation(analyse):
    text = "Militants bombed an army camp in Borno on Monday, killing five soldiers."
    assert _operations(analyse, text) == []


def test_a_province_named_after_its_unit_word(analyse):
    text = "Troops raided a house in the province of Helmand on Monday, killing two militants."
    [operation] = _operations(analyse, text)
    assert operation["location"]["admin1"] == "Helmand"
