"""A town the gazetteer lacks is placed in the country the sentence itself names ("In Somalia's
Gedo region, al-Shabaab took control of the town of Busar"), villages counted are taken by
"took" as they are by "captured", and troops moving "without a fight" into villages take them
(``extract.territory``). A country told across a border ("near the border with Congo") is not
the town's. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 5, 30)  # a Saturday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


def test_an_unknown_town_is_placed_in_the_country_its_sentence_names(analyse):
    text = (
        "Kenyan police arrested two recruiters in Mombasa on Thursday.\n\nIn Somalia's Gedo "
        "region, al-Shabaab fighters took control of the town of Busar on Friday after "
        "government troops withdrew, residents said."
    )
    changes = _changes(analyse, text)
    assert [(c["location"]["name"], c["location"]["country_code"]) for c in changes] == [
        ("Busar", "SO")
    ]


def test_a_country_across_the_border_is_not_the_towns(analyse):
    text = (
        "JUBA, Feb. 8, 2018 - South Sudan's army said on Wednesday it was pressing the rebels in "
        "Western Equatoria.\n\nOn Tuesday, government troops captured the rebels' base at "
        "Kumbora, near the border with Congo, after a battle that left dozens dead."
    )
    changes = _changes(analyse, text)
    assert [(c["location"]["name"], c["location"]["country_code"]) for c in changes] == [
        ("Kumbora", "SS")
    ]


def test_villages_counted_near_a_town_are_taken(analyse):
    text = (
        "On Friday, Turkish-backed fighters took two villages near Tal Tamr from the Kurdish-led "
        "forces, a war monitor said."
    )
    changes = _changes(analyse, text)
    assert [(c["subtype"], c["location"]["country_code"]) for c in changes] == [("captured", "SY")]


def test_troops_moving_without_a_fight_into_villages(analyse):
    text = (
        "On Friday, soldiers moved without a fight into six villages on the highway near "
        "Jowhar after the militants withdrew."
    )
    assert len(_changes(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, the militants took two hostages near Tal Tamr, a war monitor said.",
        "On Friday, soldiers moved into six villages on the highway near Jowhar and opened fire.",
    ],
)
def test_no_change_of_hands(analyse, text):
    assert _changes(analyse, text) == []


def test_a_village_named_before_retaken_and_its_earlier_capture(analyse):
    text = (
        "Jihadists ambushed a supply convoy near the village of Gaskinde on Sept. 26. The army "
        "said soldiers had retaken Gaskinde itself on Saturday, after armed men had occupied "
        "the village in the days following the ambush."
    )
    changes = records_of(analyse(text, date(2022, 10, 6)), "territorial_change")
    found = {(c["subtype"], c["location"]["name"]): c["date"] for c in changes}
    assert set(found) == {("recaptured", "Gaskinde"), ("captured", "Gaskinde")}
    assert found[("recaptured", "Gaskinde")]["start"] == "2022-10-01"
    # the occupation came after the ambush, not on the day of the retaking
    assert found[("captured", "Gaskinde")]["start"] < "2022-10-01"


def test_a_town_named_after_town_of_is_a_town_though_read_as_a_people(analyse):
    text = (
        "On Thursday, Houthi fighters took control of the coastal town of Shuqra in Abyan "
        "province, residents said."
    )
    changes = _changes(analyse, text)
    assert [(c["subtype"], c["location"]["name"]) for c in changes] == [("captured", "Shuqra")]


def test_a_people_taken_for_no_town(analyse):
    assert (
        _changes(analyse, "On Thursday, rebels took control of Kurdish areas, residents said.")
        == []
    )
