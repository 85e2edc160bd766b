"""A battery of plain newswire sentences about control of a place changing hands (written for
this test, not taken from any answer key): each sentence is its own article, and must (or must
not) give a ``territorial_change`` record of the subtype said, with the side named."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 3, 10)  # a Wednesday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


def _names(record: dict) -> list[str]:
    return [name.lower() for name in actor_names(record)]


@pytest.mark.parametrize(
    ("text", "subtype", "actor"),
    [
        # active voice, named groups and state forces
        (
            "Government forces regained control of the city of Sirte on Sunday, the army said.",
            "recaptured",
            "government forces",
        ),
        ("The army retook Marawi after a five-month siege.", "recaptured", "army"),
        (
            "Islamic State militants captured the town of Hit in Anbar province on Friday.",
            "captured",
            "islamic state",
        ),
        (
            "Boko Haram fighters overran the town of Baga on the shores of Lake Chad on "
            "Saturday.",
            "captured",
            "boko haram",
        ),
        (
            "Houthi rebels seized control of the port city of Hodeidah on Wednesday.",
            "captured",
            "houthi",
        ),
        ("Tuareg separatists took control of Kidal on Saturday.", "captured", "separatists"),
        (
            "M23 rebels captured the town of Bunagana on the Ugandan border on Monday.",
            "captured",
            "m23",
        ),
        (
            "Hayat Tahrir al-Sham overran the town of Saraqeb on Monday.",
            "captured",
            "tahrir al-sham",
        ),
        (
            "Nigerian troops liberated the town of Bama from Boko Haram, the military said on "
            "Sunday.",
            "recaptured",
            "nigerian troops",
        ),
        (
            "Government troops took back the town of Kafr Nabudah from the rebels on Monday.",
            "recaptured",
            "government troops",
        ),
        (
            "Colombian soldiers wrested control of the town of Toribio from FARC guerrillas.",
            "captured",
            "colombian soldiers",
        ),
        (
            "Al-Shabaab militants retook the town of El Bur after Ethiopian troops withdrew on "
            "Tuesday.",
            "recaptured",
            "al-shabaab",
        ),
        (
            "Mozambican and Rwandan troops recaptured the port town of Mocimboa da Praia on "
            "Sunday.",
            "recaptured",
            "troops",
        ),
        # conjoined and plural objects
        (
            "Malian and French troops retook the towns of Gao and Timbuktu over the weekend.",
            "recaptured",
            "troops",
        ),
        ("The militants seized two villages near the border on Monday.", "captured", "militants"),
        # passive voice
        (
            "The town of Dhuusamareeb was captured by al-Shabaab fighters on Tuesday.",
            "captured",
            "al-shabaab",
        ),
        (
            "Palma was taken by Islamist insurgents on Saturday after a three-day assault.",
            "captured",
            "insurgents",
        ),
        ("Kandahar fell to the Taliban on Friday.", "captured", "taliban"),
        # nominalisations
        (
            "The fall of Kunduz to the Taliban on Sunday was the insurgents' biggest gain in "
            "years.",
            "captured",
            "taliban",
        ),
        (
            "Iraqi forces announced the recapture of Tikrit from the Islamic State on Tuesday.",
            "recaptured",
            "iraqi forces",
        ),
        (
            "The Islamic State's capture of Ramadi on Sunday was a major setback for Baghdad.",
            "captured",
            "islamic state",
        ),
        # reported speech and subordinate clauses
        (
            "Officials said the army had recaptured Palmyra from the jihadists.",
            "recaptured",
            "army",
        ),
        (
            "The Taliban announced that they had taken control of the district of Musa Qala.",
            "captured",
            "taliban",
        ),
        (
            "Afghan forces recaptured the city of Kunduz from the Taliban on Thursday, officials "
            "said.",
            "recaptured",
            "afghan forces",
        ),
        # description subjects
        (
            "The jihadists took over the town of Konna in central Mali on Thursday.",
            "captured",
            "jihadists",
        ),
        (
            "Troops recaptured the town of Damasak from Boko Haram on Monday, a spokesman said.",
            "recaptured",
            "troops",
        ),
        (
            "Islamist fighters stormed and took the town of Diabaly on Monday.",
            "captured",
            "fighters",
        ),
        (
            "Taliban insurgents gained control of Dasht-e-Archi district on Wednesday, a local "
            "official said.",
            "captured",
            "taliban",
        ),
        (
            "Rebels occupied the town of Bangassou on Saturday, the United Nations said.",
            "captured",
            "rebels",
        ),
        # the side that lost
        (
            "Al-Shabaab withdrew from the port town of Kismayo on Saturday as Kenyan troops "
            "advanced.",
            "lost",
            "al-shabaab",
        ),
        (
            "Al-Shabaab fighters were driven out of the town of Bulo Burde by African Union "
            "troops on Monday.",
            "recaptured",
            "al-shabaab",
        ),
        (
            "The rebels lost control of Ajdabiya after heavy air strikes on Saturday.",
            "lost",
            "rebels",
        ),
        (
            "Congolese troops pushed M23 rebels out of the town of Kiwanja on Thursday.",
            "recaptured",
            "m23",
        ),
        (
            "The jihadists were expelled from the town of Ben Gardane by Tunisian security "
            "forces.",
            "recaptured",
            "jihadists",
        ),
        (
            "Islamic State fighters abandoned the town of Dabiq as Turkish-backed rebels "
            "advanced.",
            "lost",
            "islamic state",
        ),
    ],
)
def test_battery_gives_a_change_of_control(analyse, text, subtype, actor):
    records = _changes(analyse, text)
    assert records, "no territorial_change record"
    assert any(r["subtype"] == subtype for r in records), [r["subtype"] for r in records]
    assert any(actor in name for r in records for name in _names(r)), [
        r["actors"] for r in records
    ]


@pytest.mark.parametrize(
    "text",
    [
        # denial, negation, failure
        "The army denied that the rebels had captured the town of Bunia.",
        "Officials said the Taliban had not captured Kandahar.",
        "Rebels failed to capture the town of Mayom on Sunday.",
        # speculation, plans, the future, hypotheticals
        "The militants could seize the town of Baidoa within days, officials warned.",
        "The army plans to retake Raqqa before the end of the year.",
        "Government forces vowed to recapture Sirte.",
        "Troops will retake Idlib, the Syrian president said.",
        "The army is trying to recapture Marawi from the militants.",
        "If the militants take Kismayo, they will control the whole coast.",
        # history recalled in a 2021 article
        "Hamas seized control of the Gaza Strip in 2007.",
        "Islamic State captured Mosul in June 2014.",
        "The Islamic State lost Raqqa in 2017.",
        # generic statements
        "Armed groups routinely capture villages in North Kivu.",
        # other senses of the trigger words
        "The conglomerate took over the company in a $2 billion deal.",
        "The guns fell silent in Aleppo on Sunday.",
        "The attack was captured on camera by a passer-by in Kabul.",
        "Police seized weapons and explosives in a raid in Mombasa.",
        "Troops captured five fighters near Maiduguri.",
        "The general seized power in a coup in Niger.",
        "Rockets fell on the town of Sderot on Tuesday.",
        "The rebels seized the opportunity to regroup near Goma.",
        "The president regained his seat in parliament in the election.",
    ],
)
def test_battery_gives_no_change_of_control(analyse, text):
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a state force pulling out of a town ends a raid; it gives no town up
        "Israeli forces withdrew from the town of Jenin on Monday.",
        "Troops withdrew from two villages near the border.",
        # no side of the conflict gives the place up
        "Residents abandoned the village of Kambari after the attack.",
        # an adjective, not an event
        "Palestinians in the occupied West Bank protested on Friday.",
        # counted things that are not places
        "The militants seized dozens of cattle in two villages near Maiduguri.",
    ],
)
def test_withdrawals_and_counted_places_that_give_no_change(analyse, text):
    assert _changes(analyse, text) == []


def test_places_counted_after_named_ones_are_those_places(analyse):
    records = _changes(
        analyse,
        "In Syria, the rebels took Saraqeb and Maarat al-Numan, two towns on the motorway that "
        "links Aleppo with Damascus.",
    )
    assert len(records) == 2
    assert all(r["location"]["name"] != "Aleppo" for r in records)
