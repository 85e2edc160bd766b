"""Bands whose names hold a state force's word ("New People's Army", "Balochistan Liberation
Army") are still the attackers, not the state; and a known band's name inside a longer one
("Garo National Liberation Army") is the longer band's. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 3, 5)  # a Thursday


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        (
            "Fighters of the New People's Army ambushed a police patrol near Catarman on "
            "Monday, killing three officers.",
            "new people's army",
        ),
        (
            "The New People's Army attacked an army detachment in the hills on Monday, "
            "killing two soldiers.",
            "new people's army",
        ),
        (
            "Baloch Liberation Army fighters stormed a passenger train near Sibi on Tuesday, "
            "killing 18 people.",
            "baloch liberation army",
        ),
        (
            "Garo National Liberation Army militants attacked a police outpost in Meghalaya on "
            "Tuesday, killing two constables.",
            "garo national liberation army",
        ),
    ],
)
def test_a_band_named_an_army_is_the_attacker(analyse, text, perpetrator):
    [attack] = records_of(analyse(text, PUBLISHED), "attack")
    assert perpetrator in [n.lower() for n in actor_names(attack, "perpetrator")]
    assert not records_of(analyse(text, PUBLISHED), "military_operation")


def test_the_state_s_army_still_raids_rather_than_attacks(analyse):
    text = (
        "Army troops raided a New People's Army camp in the hills of Samar on Monday, killing "
        "three guerrillas."
    )
    result = analyse(text, PUBLISHED)
    assert not records_of(result, "attack")
    [raid] = records_of(result, "military_operation")
    assert "New People's Army" in actor_names(raid, "target")


@pytest.mark.parametrize(
    ("text", "group", "canonical"),
    [
        (
            "Garo National Liberation Army militants attacked a police outpost on Tuesday.",
            "Garo National Liberation Army",
            "",
        ),
        (
            "The Colombian National Liberation Army attacked a police post on Tuesday.",
            "National Liberation Army",
            "National Liberation Army (Colombia)",
        ),
        (
            "In Arauca, National Liberation Army rebels attacked a police post on Tuesday.",
            "National Liberation Army",
            "National Liberation Army (Colombia)",
        ),
    ],
)
def test_a_known_name_inside_a_longer_one(nlp, text, group, canonical):
    [ent] = [e for e in nlp(text).ents if e.label_ == "ARMED_GROUP"]
    assert (ent.text, ent.ent_id_) == (group, canonical)
