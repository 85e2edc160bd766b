"""Where an arrest was made, when the force that made it or tells of it says whose it is: the
country of "Tunisian counter-terrorism police", "Pakistani officials" or "Ethiopia's
intelligence service", not a place named in a clause about someone the arrest names ("a network
that sent money to jihadists in northwestern Syria") nor a region's name read as a nationality
("the Somali and Oromia regions"); a nationality of a person ("an Italian who was held hostage")
places no strike. People described as kept somewhere ("relatives of French women detained in
camps in Syria") are no arrest, while the men detained on a day are. A common word the
recogniser tags as a date is no place ("the city's old quarter" is no Anguillan district).
Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Dutch police detained 14 people across the country on Tuesday in an inquiry into "
            "a network that used prepaid vouchers to send money to fighters in northwestern "
            "Syria, prosecutors said.",
            "NL",
        ),
        (
            "Tunisian anti-terrorism police on Monday detained four men, including a cousin of "
            "the suspected driver of the van that crashed into a crowd in Lyon, a day after "
            "Spanish police shot the driver dead near Valencia.",
            "TN",
        ),
        (
            "Kenyan officials said two of his associates were detained in the same operation.",
            "KE",
        ),
        (
            "Ethiopia's National Intelligence and Security Service said on Monday that it had "
            "detained 12 people in the Somali and Oromia regions who it said had sheltered the "
            "fighters.",
            "ET",
        ),
    ],
)
def test_the_arresting_force_says_where_it_arrested(analyse, text, code):
    (arrest,) = _events(analyse, text, "arrest")
    assert arrest["location"]["country_code"] == code


def test_an_arrest_placed_in_its_own_clause_keeps_its_place(analyse):
    text = "Dutch police detained two men in Rotterdam on Tuesday, prosecutors said."
    (arrest,) = _events(analyse, text, "arrest")
    assert arrest["location"]["name"] == "Rotterdam"
    assert arrest["location"]["country_code"] == "NL"


def test_a_person_of_a_nationality_places_no_strike(analyse):
    text = (
        "ISLAMABAD, Pakistan, March 14, 2024 — A drone strike on a militant compound in the "
        "tribal belt on Tuesday killed a Canadian aid worker and an Italian who were being held "
        "hostage there, officials said.\n\nGiovanni Bruni, an Italian engineer, was kidnapped "
        "in Multan in 2022."
    )
    operations = _events(analyse, text, "military_operation")
    assert operations
    assert {o["location"]["country_code"] for o in operations} == {"PK"}


def test_people_described_as_kept_in_camps_are_no_arrest(analyse):
    text = (
        "Among those questioned were relatives of Dutch women detained in camps in "
        "northeastern Syria, who said the money was meant for their grandchildren."
    )
    assert _events(analyse, text, "arrest") == []


def test_men_detained_on_a_day_are_an_arrest(analyse):
    text = "The three men detained on Tuesday in a camp near Kabul were handed to prosecutors."
    assert len(_events(analyse, text, "arrest")) == 1


def test_a_common_word_tagged_as_a_date_is_no_place(analyse):
    text = (
        "Police in Peshawar said they had arrested three men on Sunday suspected of sheltering "
        "the suicide bomber who killed dozens of worshippers at a mosque in the city's old "
        "quarter on Friday."
    )
    (arrest,) = _events(analyse, text, "arrest")
    assert arrest["location"]["country_code"] == "PK"


def test_forces_backing_another_do_not_place_its_operation(analyse):
    text = (
        "SAINT-MARC, Haiti, March 14, 2024 — On Saturday, police units and soldiers, supported "
        "by Kenyan officers, entered a gang stronghold and exchanged fire with gang members for "
        "several hours."
    )
    operations = _events(analyse, text, "military_operation")
    assert operations
    assert {o["location"]["country_code"] for o in operations} == {"HT"}


def test_a_border_named_by_a_nationality_places_no_operation(analyse):
    text = (
        "YAOUNDE, Cameroon, March 14, 2024 — The defence ministry said on Saturday that troops "
        "had begun an operation to clear separatist camps from the forests near the Nigerian "
        "border."
    )
    operations = _events(analyse, text, "military_operation")
    assert operations
    assert {o["location"]["country_code"] for o in operations} == {"CM"}


def test_a_country_after_a_side_is_a_place(analyse):
    text = (
        "COTONOU, Benin, March 14, 2024 — French warplanes have killed about 40 militants in "
        "eastern Burkina Faso in strikes on fighters suspected of planting roadside bombs, the "
        "French military said on Saturday."
    )
    operations = _events(analyse, text, "military_operation")
    assert operations
    assert {o["location"]["country_code"] for o in operations} == {"BF"}


def test_a_town_s_police_warn_at_home(analyse):
    text = (
        "A gunman killed two people outside a synagogue in Halle, in eastern Germany, on "
        "Wednesday. Halle police told residents on Wednesday afternoon to stay in their homes "
        "while the search went on."
    )
    warnings = _events(analyse, text, "threat")
    assert warnings
    assert {w["location"]["country_code"] for w in warnings} == {"DE"}
