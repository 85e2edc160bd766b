"""Control of a place changing hands, told in less common constructions: a place declared
retaken in a small clause, a place entered after it was given up, a place that "fell" or "was
taken" with its winner told just before, districts around a named town, state units.
Sentences that must and must not give a record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 1)  # a Monday


def _changes(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "territorial_change"
    ]


def _names(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


def test_a_place_declared_retaken_in_a_small_clause(analyse):
    [record] = _changes(
        analyse,
        "Iraqi forces declared Ramadi fully recaptured from the Islamic State on Sunday.",
    )
    assert record["subtype"] == "recaptured"
    assert "Ramadi" in record["location"]["name"]
    assert _names(record, "authority") == ["Iraqi forces"]
    assert _names(record, "target") == ["Islamic State"]
    assert record["date"]["start"] == "2024-06-30"


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters entered Kunduz on Sunday and took control of the governor's compound.",
        "On Sunday, Taliban fighters entered Kunduz after local elders negotiated a handover.",
        "Taliban fighters rolled into Kunduz without a fight on Sunday.",
        # the side holding it left or pulled back
        "On Sunday, Taliban fighters entered Kunduz after government forces pulled back toward "
        "the airport.",
        "On Sunday, Taliban fighters entered Kunduz after army units destroyed their base and "
        "left.",
    ],
)
def test_entering_a_place_given_up_is_taking_it(analyse, text):
    [record] = _changes(analyse, text)
    assert record["subtype"] == "captured"
    assert record["location"]["name"] == "Kunduz"
    assert _names(record, "perpetrator") == ["Taliban"]


def test_a_place_taken_the_day_before_another_is_taken(analyse):
    """ "entered Kunduz a day after taking Taloqan": the gerund after "after" takes its named
    place; never "after taking Hassan hostage" (no place)."""
    records = _changes(
        analyse, "On Sunday, Taliban fighters entered Kunduz, a day after taking Taloqan."
    )
    assert "Taloqan" in {r["location"]["name"] for r in records}
    assert not _changes(analyse, "The day after taking Hassan hostage, the gunmen fled.")


def test_places_that_fell_take_the_winner_told_just_before(analyse):
    records = _changes(
        analyse,
        "Taliban fighters seized Kunduz on Sunday after a week of fighting. "
        "The city of Taloqan fell without a fight the same day, and Pul-e Khumri was taken on "
        "Saturday.",
    )
    by_place = {r["location"]["name"]: r for r in records}
    assert {"Kunduz", "Taloqan"} <= set(by_place)
    assert _names(by_place["Taloqan"], "perpetrator") == ["Taliban"]
    assert len(records) == 3


def test_districts_around_a_named_town(analyse):
    [record] = _changes(
        analyse,
        "Fighting raged across Colombia's Arauca department this week. By Saturday, the ELN "
        "had taken control of several rural districts around the town of Tame, officials said.",
    )
    assert record["location"]["name"] == "Tame"
    assert _names(record, "perpetrator") == ["National Liberation Army (Colombia)"]


def test_units_qualified_by_a_nationality_are_a_state_force(analyse):
    [record] = _changes(
        analyse,
        "Rwandan units wrested control of Palma, a coastal town in Mozambique, on Friday.",
    )
    assert [(a["name"], a["role"], a["type"]) for a in record["actors"]] == [
        ("Rwandan units", "authority", "state_force")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # entering is no capture without words that say the place was given up
        "Gunmen entered the village of Kunduz and opened fire on worshippers on Sunday.",
        "As Iraqi troops entered Mosul on Wednesday, the militants fired mortars at them.",
        # the side entering left again, or a few guards did: nothing was given up
        "Gunmen entered Kunduz after dark and left two hours later, killing three people.",
        "Gunmen entered Kunduz after the guards left their posts and opened fire on "
        "worshippers.",
        # nothing is taken: "fell" of things, "taken" of people and decisions
        "Rockets fell on Kabul on Sunday, wounding three people.",
        "Prices fell sharply in Kabul after the government collapsed.",
        "He was taken to a hospital in Herat on Sunday.",
        "The decision was taken in Kabul on Monday.",
        # a place that fell with no side named anywhere near
        "The city of Jalalabad fell on Sunday.",
        # planned, speculative or long ago
        "Analysts said the fighters could enter Kunduz without a fight within days.",
        "Herat fell to the Taliban in 1995, two years after the civil war began.",
        "Officials declared Kunduz safe for returning families on Sunday.",
    ],
)
def test_no_change_of_control_in_these(analyse, text):
    assert _changes(analyse, text) == []


def test_the_winner_is_not_borrowed_from_far_back(analyse):
    records = _changes(
        analyse,
        "Taliban fighters seized Kunduz on Sunday. Aid agencies said thousands had fled. "
        "Schools were closed across the province. Officials said food was running short. "
        "The city of Taloqan fell on Monday.",
    )
    assert [r["location"]["name"] for r in records] == ["Kunduz"]


@pytest.mark.parametrize(
    "second",
    [
        "Kabul fell silent on Monday as residents stayed indoors.",
        "The city of Herat fell quiet after the fighting.",
        "Heavy snow fell in Kabul on Monday.",
        "Herat was taken by surprise on Monday.",
        "Aid workers were taken to Herat on Monday.",
    ],
)
def test_a_winner_told_before_makes_no_change_of_these(analyse, second):
    records = _changes(analyse, "Taliban fighters seized Kunduz on Sunday. " + second)
    assert [r["location"]["name"] for r in records] == ["Kunduz"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Houthi rebels seized government buildings and the state television station in "
            "Yemen's capital on Sunday.",
            "Sanaa",
        ),
        (
            "Taliban fighters took control of the presidential palace in Kabul on Sunday.",
            "Kabul",
        ),
    ],
)
def test_seats_of_power_taken_stand_for_their_city(analyse, text, place):
    [record] = _changes(analyse, text)
    assert record["location"]["name"] == place
    assert record["subtype"] == "captured"


@pytest.mark.parametrize(
    "text",
    [
        "Police seized weapons and cash in Yemen's capital on Sunday.",
        "Militants seized hostages at a government building in Kabul on Sunday.",
        "Protesters stormed the parliament building in Baghdad on Sunday.",
    ],
)
def test_no_city_taken_without_its_seats_of_power(analyse, text):
    assert _changes(analyse, text) == []
