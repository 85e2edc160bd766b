"""Official warnings and protective steps told in ways the parse or the lexicon missed: a
warning renewed, forces ordered on alert, a sentence parsed with no verb, an official named
before by office and now by surname, curfews, patrols, checks, relocation orders, closed
zones and "the same advice" given by another authority. Security tightened is a warning when
ordered or across a country, not as a precaution told as taken at a site. Sentences written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 12, 12)  # a Thursday
WARNING = "official_warning"


def _warnings(analyse, text: str) -> list[dict]:
    return [r for r in records_of(analyse(text, PUBLISHED), "threat") if r["subtype"] == WARNING]


def _authorities(records: list[dict]) -> list[str]:
    return [a["name"] for r in records for a in r["actors"] if a["role"] == "authority"]


@pytest.mark.parametrize(
    "text",
    [
        # a warning put out again
        "The U.S. Embassy in Nairobi renewed its warning on Tuesday against all travel to the "
        "border counties, citing the risk of kidnappings.",
        "The Foreign Office repeated its warning on Monday against travel to northern Mali, "
        "citing the threat of terrorist attacks.",
        # forces ordered or kept on alert, bracing for what others may do
        "The national police ordered units in three provinces on maximum alert on Sunday "
        "against possible retaliation.",
        "The army kept its bases in the north on high alert on Tuesday for fear of reprisals.",
        # parsed with no verb: the step's verb read as an adjective
        "The Sindh government on Monday placed shrines, markets and bus stations across the "
        "province on high alert.",
        "The governor of Borno on Tuesday extended by two months the night-time curfew in "
        "Maiduguri and Konduga.",
        "Authorities in Mopti closed schools and markets until further notice on Monday.",
        # protective steps by their nature
        "The interior ministry said on Monday it had ordered extra patrols and checkpoints "
        "around churches across the country.",
        "Kenya's aviation authority said on Tuesday it had tightened checks on passengers at "
        "all its airports.",
        "The army on Monday ordered residents of four villages near the forest to move to "
        "Konduga within 48 hours.",
        "The ministry said on Monday that the hills of Sanaag were now a closed military area "
        "and that civilians should not enter them.",
        "The government declared the lake shore a war zone on Monday, closing it to civilians.",
        # security tightened across a whole country, or ordered tightened
        "Police officers stepped up security at mosques across the country on Tuesday.",
        "The national police ordered all stations on Tuesday to tighten security at their "
        "gates.",
    ],
)
def test_an_official_step_is_a_warning(analyse, text):
    records = _warnings(analyse, text)
    assert records, "no official warning"
    assert _authorities(records), records


@pytest.mark.parametrize(
    "text",
    [
        # consequences threatened, not an alert
        "The army warned the rebels of retaliation if they crossed the river.",
        # not an authority, or not about attacks
        "Residents said on Monday the forest was now a closed military area.",
        "The governor on Tuesday extended by two months the ban on cattle imports.",
        "The weather office renewed its warning on Tuesday against travel to the coast, citing "
        "the storm.",
        "The ministry kept hospitals on high alert for the cholera outbreak.",
        "The company ordered its staff to move to the new office within two weeks.",
        "The bank tightened checks on loans at all its branches.",
        # security tightened at a site, told as done: a precaution, not an alert
        "Police also tightened security around the court complex on Tuesday.",
        "Security was tightened at the shrine on Friday as thousands of pilgrims gathered.",
        "Police officers stepped up security at mosques across the city on Tuesday.",
        # a step only planned or denied
        "The police may order units on maximum alert if the threat grows.",
        "The ministry denied that it had ordered extra patrols around churches.",
    ],
)
def test_no_warning_for_what_is_no_official_step(analyse, text):
    assert _warnings(analyse, text) == []


def test_an_official_named_before_by_office_warns_by_surname(analyse):
    text = (
        "Interior Minister Karl Weber said on Monday that two suspects had been detained.\n\n"
        "Weber told residents of the capital on Monday night to stay at home."
    )
    records = _warnings(analyse, text)
    assert records and "Weber" in _authorities(records), records


def test_a_person_with_no_office_warns_nobody(analyse):
    text = (
        "The writer Karl Weber said on Monday that two suspects had been detained.\n\n"
        "Weber told residents of the capital on Monday night to stay at home."
    )
    assert _warnings(analyse, text) == []


def test_the_same_advice_by_another_country_is_a_second_warning(analyse):
    text = (
        "The U.S. Embassy in Kabul on Saturday urged American citizens to leave Afghanistan at "
        "once. Britain gave its nationals the same advice that day."
    )
    records = _warnings(analyse, text)
    assert len(records) == 2, records
    assert "Britain" in _authorities(records)
