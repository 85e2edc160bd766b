"""Travel advice that only stands, told in the present simple of the body ("several
governments advise their citizens against travel to the coast", "keeps its advisory at its
highest level"), is no warning issued; a headline's present tells news. "He" right after a
sentence whose subject is a person no lexicon knows is that person, not a group's leader named
further back (``extract.threats``). Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

PUBLISHED = date(2015, 5, 27)


def _threats(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "threat")


@pytest.mark.parametrize(
    "text",
    [
        "Several European governments advise their citizens against travel to parts of the "
        "coast.",
        "The State Department keeps its advisory for Iraq at its highest level, telling "
        "Americans not to travel to the country.",
        # an alert the country has been at since a time, or still is at
        "Austria has been at the second-highest terror alert level since January.",
        "Kenya's coast was still on high alert.",
    ],
)
def test_standing_advice_is_no_warning(analyse, text):
    assert _threats(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Britain on Friday advised its citizens against all travel to the coast.",
        "Britain advises citizens against travel to Kenyan coast\n\nThe Foreign Office said "
        "the risk of attacks was high.",
    ],
)
def test_advice_issued_is_a_warning(analyse, text):
    assert [t["subtype"] for t in _threats(analyse, text)] == ["official_warning"]


def test_he_after_an_unknown_person_is_not_the_group_named_before(analyse):
    text = (
        "The air force struck a camp of the FARC in Guapi on Thursday. President Juan Manuel "
        "Santos called the operation the hardest blow against the rebels. He had ordered the "
        "resumption of bombing raids on rebel camps in April."
    )
    assert not any(t["subtype"] == "call_to_attack" for t in _threats(analyse, text))


def test_he_after_a_known_leader_is_the_leader(analyse):
    text = (
        "The Islamic State's leader, Abu Bakr al-Baghdadi, released an audio message on "
        "Friday. He called on followers to attack Shiites in Iraq."
    )
    assert any(t["subtype"] == "call_to_attack" for t in _threats(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Yemen's Houthi rebels, who claimed the attack, warned foreign workers to stay away from "
        "Saudi oil facilities.",
        "A Taliban spokesman confirmed the death of Waliur Rehman. He said the Taliban's "
        "fighters would take revenge on the government and the security forces for his death.",
    ],
)
def test_a_group_warning_people_off_or_vowing_revenge_on_someone_is_a_threat(analyse, text):
    assert [t["subtype"] for t in _threats(analyse, text)] == ["call_to_attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the army would take revenge on the militants.",
        "The Houthis said they would stay away from the talks in Geneva.",
    ],
)
def test_no_group_threat(analyse, text):
    assert not any(t["subtype"] == "call_to_attack" for t in _threats(analyse, text))
