"""A battery of plain newswire sentences about arrests, detentions and convictions
(``extract.arrests``), written for this test (not taken from any gold set): each must give, or
must not give, an ``arrest`` record. One sentence is one article."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _arrests(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "arrest")


MUST = [
    # (sentence, subtype, number arrested (min), or None when not checked: a conviction has no
    # count of people arrested)
    ("Police arrested five suspected Islamic State members in Istanbul on Tuesday.", "arrest", 5),
    (
        "German police arrested a Syrian man suspected of planning an attack on a Berlin market on Thursday.",
        "arrest",
        1,
    ),
    (
        "Three men were arrested in Birmingham on Wednesday on suspicion of preparing acts of terrorism.",
        "arrest",
        3,
    ),
    (
        "Spanish police said on Friday they had detained four suspected jihadists in Barcelona.",
        "detention",
        4,
    ),
    (
        "Security forces rounded up 40 suspected Boko Haram members in Maiduguri on Monday.",
        "arrest",
        40,
    ),
    (
        "Two suspected militants were taken into custody in Srinagar on Tuesday, police said.",
        "detention",
        2,
    ),
    (
        "Indonesian counter-terrorism police detained 12 suspected members of Jemaah Islamiyah on Wednesday.",
        "detention",
        12,
    ),
    (
        "A French court on Thursday convicted 14 people over the 2015 Charlie Hebdo attacks.",
        "conviction",
        None,
    ),
    (
        "A court in Amman sentenced two men to death on Monday for plotting attacks on behalf of the Islamic State.",
        "conviction",
        None,
    ),
    (
        "A British man was jailed for life on Friday for plotting to attack the prime minister.",
        "conviction",
        None,
    ),
    (
        "Moroccan authorities arrested a cell of seven people linked to the Islamic State on Tuesday.",
        "arrest",
        7,
    ),
    (
        "The FBI arrested a Virginia man on Thursday for trying to provide support to the Islamic State.",
        "arrest",
        1,
    ),
    (
        "A suspected al-Shabaab commander was extradited from Kenya to the United States on Wednesday.",
        "arrest",
        1,
    ),
    ("Police in Karachi took five suspects into custody on Sunday.", "detention", 5),
    ("Iraqi forces captured a senior Islamic State official in Anbar on Tuesday.", "detention", 1),
    ("Pakistani authorities detained the leader of the banned group on Monday.", "detention", 1),
    (
        "The arrest of six suspects in Brussels on Sunday followed a tip from Moroccan intelligence.",
        "arrest",
        6,
    ),
    ("Police said they had arrested the gunman's brother on Saturday.", "arrest", 1),
    (
        "Turkish police detained 25 people in raids across Ankara on Friday, state media reported.",
        "detention",
        25,
    ),
    (
        "Malaysian police arrested 13 people suspected of links to Abu Sayyaf on Tuesday.",
        "arrest",
        13,
    ),
    ("Officials said the army had detained 30 suspects in raids on Wednesday.", "detention", 30),
    (
        "Bangladeshi police arrested three members of the banned Jamaat-ul-Mujahideen Bangladesh in Dhaka on Thursday.",
        "arrest",
        3,
    ),
    ("A 19-year-old was arrested in London on Monday after a stabbing, police said.", "arrest", 1),
    (
        "Dozens of suspected militants were arrested in a crackdown in Xinjiang on Thursday.",
        "arrest",
        24,
    ),
    (
        "The group's spokesman was arrested in Kabul on Sunday, the intelligence agency said.",
        "arrest",
        1,
    ),
    ("Police detained the suspect near the scene of the attack on Friday.", "detention", 1),
    (
        "A court in Paris on Wednesday sentenced a man to 30 years in prison for the attack.",
        "conviction",
        None,
    ),
    ("Authorities in Kenya arrested four people over the Garissa attack on Monday.", "arrest", 4),
    (
        "Saudi Arabia said on Tuesday it had arrested 46 people with links to the Islamic State.",
        "arrest",
        46,
    ),
    (
        "An Egyptian court on Sunday sentenced 20 people to life in prison for joining the Islamic State.",
        "conviction",
        None,
    ),
    (
        "Two brothers were arrested on Wednesday in connection with the Manchester bombing.",
        "arrest",
        2,
    ),
]

MUST_NOT = [
    "Police have not arrested anyone in connection with the attack.",
    "No arrests have been made, police said on Tuesday.",
    "Police said they would arrest anyone who joined the protest.",
    "The minister denied that the journalist had been detained.",
    "He was arrested in 2009 and released two years later, according to court records.",
    "The film captured the mood of the city on Tuesday.",
    "The photographs were captured on camera by a tourist.",
    "The court will rule on the case next month.",
    "The arrest warrant for the leader remains outstanding.",
    "The militants captured two villages near the border on Monday.",
    "Islamic State fighters detained dozens of civilians in Raqqa on Tuesday.",
    "The detention center holds more than 2,000 people.",
    "The rally drew a crowd that police could not contain.",
    "The car was seized by customs officers on Friday.",
    "The camera captured the moment the bomb exploded.",
    "Police issued an arrest warrant for the cleric on Monday.",
]


@pytest.mark.parametrize(("text", "subtype", "arrested"), MUST)
def test_an_arrest_is_recorded(analyse, text, subtype, arrested):
    records = [r for r in _arrests(analyse, text) if r["certainty"] != "speculative"]
    assert records, text
    assert any(r["subtype"] == subtype for r in records), [r["subtype"] for r in records]
    counts = [(r["arrested"] or {}).get("min") for r in records]
    assert arrested is None or arrested in counts, counts


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_arrest_is_recorded(analyse, text):
    records = [r for r in _arrests(analyse, text) if r["certainty"] != "speculative"]
    assert records == [], [(r["subtype"], r["arrested"]) for r in records]
