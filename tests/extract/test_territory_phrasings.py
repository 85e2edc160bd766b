"""Changes of hands told in ways reporters vary (``extract.territory``): a place referred back
to ("retook the village"), entering a place with words that say it was given up or taken in the
same breath, control told as a state on a day, "cleared" by state forces, names with a lower-case
article ("al-..."), "the whole of", a second object that only describes the first, a day that
hangs on the saying, and months long past told as background."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 1)  # a Monday


def _changes(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "territorial_change"
    ]


def _places(records: list[dict]) -> list[str]:
    return sorted((r["location"] or {}).get("name") or "" for r in records)


@pytest.mark.parametrize(
    "text",
    [
        "Militants seized Mbau, a market town in Muidumbe district, on Thursday. On Sunday "
        "Mozambican soldiers said they had taken back the town after a short fight.",
        "Jihadist fighters overran Mocimboa da Praia, a port town in Mozambique, on Friday. Army "
        "units backed by Rwandan troops recaptured the town two days later, the ministry said.",
    ],
)
def test_a_place_referred_back_is_the_one_just_taken(analyse, text):
    records = _changes(analyse, text)
    assert len(records) == 2
    assert {r["subtype"] for r in records} == {"captured", "recaptured"}
    assert len(set(_places(records))) == 1


def test_the_same_change_told_again_is_not_a_second_record(analyse):
    text = (
        "Somali troops said on Saturday that they had captured Kismayo from al-Shabaab. "
        "A military spokesman said the town had been liberated and that the militants had fled."
    )
    records = _changes(analyse, text)
    assert len(records) == 1


def test_a_town_never_named_is_not_referred_back(analyse):
    text = "Soldiers retook the town on Sunday, a spokesman said."
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Friday the insurgents walked into Zaranj, the capital of Nimroz province, "
            "meeting almost no resistance.",
            "Zaranj",
        ),
        (
            "Taliban fighters marched into Ghazni on Wednesday, facing little resistance "
            "from the police.",
            "Ghazni",
        ),
        (
            "Rebel fighters pushed into Jarabulus on Saturday and drove the militants from "
            "the town within hours.",
            "Jarābulus",
        ),
        (
            "On Sunday the insurgents pushed into Kunduz and also took Sar-e-Pul.",
            "Kunduz",
        ),
        # the rule the entry ended
        (
            "Rebels entered Kabul on Sunday, ending two decades of rule by the elected "
            "government.",
            "Kabul",
        ),
    ],
)
def test_entering_a_place_given_up_or_taken_with_another(analyse, text, place):
    assert place in _places(_changes(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen walked into a mosque in Kunduz on Friday and opened fire on worshippers.",
        "Troops pushed into Kunduz on Sunday, but fighting went on into the night.",
        "The police drove into Kunduz on Saturday to escort the governor.",
    ],
)
def test_entering_alone_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the Taliban were in control of Sheberghan, the seat of Jawzjan province.",
        "By Sunday the insurgents were in full control of Taloqan, officials said.",
    ],
)
def test_control_told_as_a_state_on_a_day(analyse, text):
    assert len(_changes(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban were in control of Musa Qala long before the offensive.",
        "On Saturday the insurgents were still in control of Sheberghan, officials said.",
        "The militants were in control of Sirte for more than a year.",
    ],
)
def test_control_held_before_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


def test_state_forces_clearing_places(analyse):
    text = "He said his troops had cleared the islands around Bohoma and chased fighters away."
    records = _changes(analyse, text, date(2020, 4, 19))
    assert len(records) == 1
    assert records[0]["subtype"] == "recaptured"


@pytest.mark.parametrize(
    "text",
    [
        "Militants cleared the road near Bohoma on Friday.",
        "A court cleared Abubakar of all charges on Friday.",
        "Workers cleared the area around the market after the blast.",
    ],
)
def test_clearing_that_is_no_change(analyse, text):
    assert _changes(analyse, text, date(2020, 4, 19)) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Syrian Democratic Forces seized the district of al-Mashlab in Raqqa on June 6. On "
            "Tuesday they said they had also taken al-Romaniya, a neighbourhood on its edge.",
            "al-Romaniya",
        ),
        (
            "Forces loyal to Haftar raided the al-Maghar district of Derna on Monday. By evening "
            "the army said it had taken control of the whole of al-Maghar.",
            "al-Maghar",
        ),
    ],
)
def test_names_with_a_lower_case_article(analyse, text, place):
    records = _changes(analyse, text, date(2018, 10, 9))
    assert place in _places(records)
    assert records[0]["location"]["country_code"] in ("SY", "LY")


def test_a_described_object_is_not_taken_itself(analyse):
    text = "On Sunday the insurgents took Sar-e-Pul and Taloqan, the capital of Takhar province."
    places = _places(_changes(analyse, text))
    assert "Taloqan" in places
    assert not any("Takhar" in p for p in places)


def test_the_day_of_the_saying_dates_a_lead(analyse):
    text = (
        "KABUL, Aug. 9, 2021 — Taliban fighters overran Aybak, the capital of the northern "
        "province of Samangan, on Monday, local officials said."
    )
    [record] = _changes(analyse, text, date(2021, 8, 9))
    assert record["date"]["start"] == "2021-08-09"


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's forces declared Derna liberated in June after a long siege.",
        "The army recaptured the town of Sirte in May, and has held it since.",
    ],
)
def test_a_month_long_past_is_background(analyse, text):
    assert _changes(analyse, text, date(2018, 10, 9)) == []


def test_a_month_just_past_is_news(analyse):
    text = "Government troops recaptured the town of Sirte in September, the army said."
    assert len(_changes(analyse, text, date(2018, 10, 9))) == 1


def test_a_town_s_name_read_as_a_product_is_still_the_town(analyse):
    """ "the central Haitian town of Mirebalais": the recogniser may take the name for
    something else; after "town of" it is the town."""
    text = (
        "Heavily armed gangs took control of the central Haitian town of Mirebalais on "
        "Monday, storming its police station."
    )
    assert "Mirebalais" in _places(_changes(analyse, text))
