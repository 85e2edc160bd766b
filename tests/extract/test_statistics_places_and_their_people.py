"""How many people a place holds (``extract.statistics``): "the camp housed about 850 people",
"the camps sheltered about 25,000 refugees", "Yarmouk was home to about 160,000 Palestinians"
are standing figures of the place, however small, and told "before the attack" they are still
no detail of the attack. Camps name their people with the camp ("refugees in camps"); prisons
hold their people ("people held"). Groups holding hostages are no place. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2021, 4, 14)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The camp housed about 640 people before the fighting, aid workers said.",
            640,
            "camp residents",
        ),
        (
            "The protection site held about 31,000 people before the attack, the mission said.",
            31000,
            "site residents",
        ),
        (
            "The Adi Harush and Mai Aini camps sheltered about 48,000 refugees between them "
            "before the war.",
            48000,
            "refugees in camps",
        ),
        (
            "Before the war, the region's three camps held about 71,000 Somalis.",
            71000,
            "somalis in camps",
        ),
        (
            "Before the siege, Khan Eshieh was home to about 20,000 Palestinians.",
            20000,
            "palestinians in khan eshieh",
        ),
        (
            "The country's prisons hold about 450 people accused of belonging to the group.",
            450,
            "people held",
        ),
    ],
)
def test_people_a_place_holds_are_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_hostages_a_group_holds_are_no_place_s_people(analyse):
    assert 30 not in _measures(analyse, "The militants hold 30 hostages in the forest.")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "More than 700,000 Rohingya live in the camps near Teknaf, the U.N. says.",
            700000,
            "rohingya in camps",
        ),
        ("About 48,000 people live in the Roj camp, the U.N. says.", 48000, "residents"),
        (
            "Across the country, 18.2 million people face acute hunger, the monitor said.",
            18200000,
            "people facing acute hunger",
        ),
        (
            "About 2 million people face severe food insecurity, aid agencies say.",
            2000000,
            "people facing severe food insecurity",
        ),
    ],
)
def test_people_named_by_their_camp_or_their_plight(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
