"""Control of a place changing hands (``extract.territory``): sentences that must and must not
give a record."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 1)  # a Monday


def _changes(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "territorial_change"
    ]


def _side(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


@pytest.mark.parametrize(
    ("text", "subtype", "place", "gained", "lost", "day"),
    [
        (
            "Islamic State fighters took control of Palma, a coastal town in Cabo Delgado "
            "province, on Sunday.",
            "captured",
            "Palma",
            ("perpetrator", ["Islamic State"]),
            [],
            "2024-06-30",
        ),
        (
            "Kunduz fell to the Taliban on Sunday after a week of fighting.",
            "captured",
            "Kunduz",
            ("perpetrator", ["Taliban"]),
            [],
            "2024-06-30",
        ),
        (
            "Somali troops recaptured the town of Baardheere from al-Shabaab on Friday.",
            "recaptured",
            "Baardheere",
            ("authority", ["Somali troops"]),
            ["al-Shabaab"],
            "2024-06-28",
        ),
        (
            "Iraqi troops retook the city of Ramadi from Islamic State militants on Thursday.",
            "recaptured",
            "Ramadi",
            ("authority", ["Iraqi troops"]),
            ["Islamic State"],
            "2024-06-27",
        ),
        (
            "Islamic State fighters were driven out of Sirte by government forces on Thursday.",
            "recaptured",
            "Sirte",
            ("authority", ["government forces"]),
            ["Islamic State"],
            "2024-06-27",
        ),
        # the side driven out lost the place, told as the winner's: state forces retook it
        (
            "Syrian troops drove the Islamic State out of Palmyra on Sunday.",
            "recaptured",
            "Tadmur",
            ("authority", ["Syrian troops"]),
            ["Islamic State"],
            "2024-06-30",
        ),
        (
            "The army lost control of Kunduz to the Taliban on Sunday.",
            "lost",
            "Kunduz",
            ("perpetrator", ["Taliban"]),
            ["army"],
            "2024-06-30",
        ),
        # part of a place
        (
            "Jihadists seized much of Marawi on Tuesday.",
            "captured",
            "Marawi City",
            ("perpetrator", ["Jihadists"]),
            [],
            "2024-06-25",
        ),
    ],
)
def test_a_change_of_control_is_recorded(analyse, text, subtype, place, gained, lost, day):
    [record] = _changes(analyse, text)
    assert record["subtype"] == subtype
    assert record["certainty"] == "reported"
    assert record["location"]["name"] == place
    role, names = gained
    assert _side(record, role) == names
    assert _side(record, "target") == lost
    assert record["date"]["start"] == day


def test_the_place_taken_is_the_location_not_the_place_around_it(analyse):
    [record] = _changes(
        analyse,
        "Al-Shabaab fighters overran the town of Baardheere in Gedo region on Wednesday.",
    )
    assert record["location"]["name"] == "Baardheere"
    assert record["location"]["precision"] == "city"


def test_a_gerund_of_capture_with_its_doer(analyse):
    [record] = _changes(
        analyse,
        "The liberation of Mosul by Iraqi forces in July was a blow to the Islamic State.",
    )
    assert record["subtype"] == "recaptured"
    assert record["location"]["name"] == "Mosul"
    assert _side(record, "authority") == ["Iraqi forces"]


@pytest.mark.parametrize(
    "text",
    [
        # objects that are not places
        "The army seized weapons and vehicles in Maiduguri on Sunday.",
        "Militants captured two soldiers near Gao on Monday.",
        "The junta, which seized power last year, expelled the French ambassador.",
        "Soldiers took control of the presidential palace in Niamey on Wednesday.",
        "Elite troops seized several farms owned by the cartel in the town of Pacho.",
        "The Taliban took control of Kabul airport on Monday.",
        "The government expelled the ambassador from Niger on Monday.",
        # a country taken is a coup, not a front line
        "The military took control of Niger on Wednesday.",
        # threats, plans, hypotheticals, denials
        "The Taliban vowed to retake Kunduz.",
        "An offensive to recapture Mosul began on Monday.",
        "If the rebels seize Goma, the humanitarian crisis will worsen.",
        "The rebels did not capture Goma, the army said.",
        # history recalled in passing
        "Islamic State captured Mosul in 2014.",
        # no side of the conflict named
        "The war that liberated Mecca is told in the book.",
        # "took" and "freed" with people, not places, as their objects
        "The gunmen took Hassan hostage in Aleppo, Syria, on Monday.",
        "Troops freed 20 hostages from militants in Marawi on Monday.",
        "In Mozambique, the insurgents took John Smith, a villager, to their camp on Friday.",
    ],
)
def test_no_change_of_control_is_recorded(analyse, text):
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype", "places"),
    [
        # part of a place whose name the recogniser did not take for a place
        (
            "Insurgents overran most of Aleppo on Friday after a week of fighting in Syria.",
            "captured",
            ["Aleppo"],
        ),
        # bare "took" with names the gazetteer knows in the article's country, one record each
        (
            "In Syria, the rebels took Saraqeb and Khan Shaykhun on Saturday.",
            "captured",
            ["Saraqib", "Khān Shaykhūn"],
        ),
        # a place freed from an armed group is retaken
        (
            "The army said on Tuesday that the city of Mosul had been freed from Islamic State "
            "fighters.",
            "recaptured",
            ["Mosul"],
        ),
        # a name the gazetteer lacks, said to be a village, in the article's country
        (
            "In Syria, the rebels took Zalfanda, a small village, on Saturday.",
            "captured",
            ["Zalfanda"],
        ),
        (
            "Government troops wrested control of Palma from the insurgents on Friday.",
            "captured",
            ["Palma"],
        ),
    ],
)
def test_more_ways_of_telling_a_change_of_control(analyse, text, subtype, places):
    records = _changes(analyse, text)
    assert sorted(r["location"]["name"] for r in records) == sorted(places)
    assert {r["subtype"] for r in records} == {subtype}


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # state forces driving a group out retake the place
        ("Kurdish forces drove Islamic State militants out of Sinjar on Friday.", "recaptured"),
        # a group driving troops out takes it
        (
            "Al-Shabaab fighters drove government troops out of the town of Adan Yabaal on Tuesday.",
            "captured",
        ),
        # the loser as subject, or no winner named: lost
        ("The Islamic State lost control of Sinjar on Friday.", "lost"),
        ("Islamic State fighters were driven out of Sinjar on Friday.", "lost"),
    ],
)
def test_a_place_driven_out_of_is_told_as_the_winners(analyse, text, subtype):
    """ "Forces drove IS out of Sinjar" is told as the change the side that drove them out
    made, so that it is one record with "forces retook Sinjar" told after it."""
    [record] = [r for r in records_of(analyse(text, PUBLISHED), "territorial_change")]
    assert record["subtype"] == subtype


def test_a_drive_out_and_a_retaking_of_one_place_are_one_change(analyse):
    text = (
        "Kurdish forces backed by American air power drove Islamic State militants out of the "
        "town of Sinjar on Friday.\n\nMassoud Barzani told a news conference that his forces "
        "had retaken Sinjar."
    )
    records = records_of(analyse(text, PUBLISHED), "territorial_change")
    assert [r["subtype"] for r in records] == ["recaptured"]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had restored control of Mocimboa da Praia on Saturday.",
        "Government forces reestablished control over Bama on Sunday, the army said.",
        "Troops regained control over Palma on Sunday.",
    ],
)
def test_control_restored_over_a_place_is_a_retaking(analyse, text):
    [record] = records_of(analyse(text, PUBLISHED), "territorial_change")
    assert record["subtype"] == "recaptured"


def test_control_restored_over_no_place_is_no_change(analyse):
    text = "The government said it had restored control over prices on Sunday."
    assert records_of(analyse(text, PUBLISHED), "territorial_change") == []


def test_a_town_named_by_a_word_the_recogniser_left_alone_is_the_place_retaken(analyse):
    text = (
        "Somali government forces backed by African Union troops recaptured the town of "
        "Bariire in the Lower Shabelle region on Saturday, the defence ministry said."
    )
    [change] = _changes(analyse, text)
    assert change["subtype"] == "recaptured"
    assert change["location"]["name"] == "Bariire"


def test_a_town_only_visited_is_not_taken(analyse):
    assert _changes(analyse, "Police officers visited the town of Bariire on Saturday.") == []
