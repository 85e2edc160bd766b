"""Places (``extract.placing``): a country listed with another as a modifier ("Afghan and U.S.
aircraft"), or one that does something ("a ceasefire brokered by Angola"), places nothing; where
someone was to cross into places only what they did there ("crossed into Cameroon and
attacked"), not an act told of them elsewhere ("sentenced ... for arranging for recruits to cross
into Somalia"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def test_a_country_listed_with_another_modifier_places_no_strike(analyse):
    text = (
        "Taliban fighters captured the centre of Musa Qala district in the southern province of "
        "Helmand on Wednesday after a three-day siege. Afghan and U.S. aircraft struck Taliban "
        "positions around the district centre on Wednesday night, a spokesman said."
    )
    [strike] = records_of(analyse(text, date(2015, 8, 27)), "military_operation")
    assert strike["location"]["country_code"] == "AF"


def test_a_country_that_brokered_something_places_nothing_told_after(analyse):
    text = (
        "GOMA, Congo, Oct. 1, 2024 — M23 rebels still hold the coltan mines around Rubaya.\n\n"
        "A ceasefire brokered by Angola has held only loosely since Aug. 4. On Saturday, an army "
        "drone struck a house near Rubaya where rebel officers had gathered, killing at least four "
        "people, the army said."
    )
    [strike] = records_of(analyse(text, date(2024, 10, 1)), "military_operation")
    assert strike["location"]["country_code"] == "CD"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # where the convicted man's recruits were to go is not where he was sentenced
        (
            "On Tuesday, officers arrested two men in the Majengo area of Mombasa on suspicion "
            "of recruiting for al-Shabaab, police said. A day earlier, a court sentenced a "
            "27-year-old man to 20 years in prison for recruiting for the group and arranging "
            "for two of his recruits to cross into Somalia.",
            "arrest",
            "KE",
        ),
        # where the attackers crossed to do the attack is where it happened
        (
            "The next day, Boko Haram fighters crossed into Cameroon and attacked a border "
            "town, killing at least 81 civilians.",
            "attack",
            "CM",
        ),
    ],
)
def test_where_someone_crossed_into_places_only_what_they_did_there(
    analyse, text, event_type, country
):
    records = records_of(analyse(text, date(2022, 6, 16)), event_type)
    assert {r["location"]["country_code"] for r in records} == {country}


def test_a_country_acting_in_a_clause_of_its_own_places_no_attack(analyse):
    # "as France winds down its campaign": the state acting, not where the camps were struck
    text = (
        "GAO, Mali, April 26, 2022 — Suicide car bombers struck three army camps in the centre "
        "of the country on Sunday, killing six soldiers, a week after French troops left their "
        "base at Gossi as France winds down its military campaign in Mali."
    )
    [attack] = records_of(analyse(text, date(2022, 4, 26)), "attack")
    assert attack["location"]["country_code"] == "ML"


def test_a_country_doing_the_event_with_a_joined_verb_still_places_it(analyse):
    text = (
        "Kazakhstan flew 231 citizens home from Syria on Thursday and detained 20 of them on "
        "arrival in Shymkent, the security service said."
    )
    arrests = records_of(analyse(text, date(2019, 5, 10)), "arrest")
    assert arrests and all(a["location"]["country_code"] == "KZ" for a in arrests)


def test_forces_of_two_countries_one_of_them_the_story_s_act_there(analyse):
    # the foreign force's home would place it in Rwanda; listed with the host's, it acts there
    text = (
        "PEMBA, Mozambique, July 16, 2024 — Insurgents raided a fishing village in Cabo Delgado "
        "province this week.\n\nRwandan and Mozambican troops killed nine insurgents on Friday "
        "in an operation in the province, the Rwandan army said."
    )
    [operation] = records_of(analyse(text, date(2024, 7, 16)), "military_operation")
    assert operation["location"]["country_code"] == "MZ"
