"""Arrests, detentions and convictions (``extract.arrests``): sentences that must and must not
give a record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _arrests(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "arrest"]


@pytest.mark.parametrize(
    ("text", "subtype", "arrested", "authority", "day"),
    [
        (
            "Police in Mosul arrested three Islamic State suspects on Tuesday.",
            "arrest",
            3,
            "Police",
            "2021-06-08",
        ),
        (
            "Twelve people were detained in raids across Borno state on Thursday, the army said.",
            "detention",
            12,
            "army",
            "2021-06-10",
        ),
        (
            "Two suspects were arrested by counter-terrorism police in Manchester on Sunday.",
            "arrest",
            2,
            "counter-terrorism police",
            "2021-06-06",
        ),
        # the people taken are added up
        (
            "An Afghan and coalition security force detained a Taliban leader and two suspected "
            "insurgents in Khost province on Friday.",
            "detention",
            3,
            "Afghan and coalition security force",
            "2021-06-11",
        ),
        (
            "A court in Paris convicted 20 men over the attacks on Friday.",
            "conviction",
            None,
            None,
            "2021-06-11",
        ),
    ],
)
def test_an_arrest_is_recorded(analyse, text, subtype, arrested, authority, day):
    [record] = _arrests(analyse, text)
    assert record["subtype"] == subtype
    assert record["certainty"] == "reported"
    assert (record["arrested"] or {}).get("min") == arrested
    authorities = [a["name"] for a in record["actors"] if a["role"] == "authority"]
    assert authorities == ([authority] if authority else [])
    assert record["date"]["start"] == day


def test_the_group_of_the_people_taken_is_the_subject(analyse):
    [record] = _arrests(
        analyse, "Police in Mosul arrested three Islamic State suspects on Tuesday."
    )
    subjects = [a["canonical"] for a in record["actors"] if a["role"] == "subject"]
    assert subjects == ["Islamic State"]
    assert record["location"]["name"] == "Mosul"


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "Police did not arrest anyone after the attack on Tuesday.",
        # a kidnapping by an armed group, not an arrest
        "Militants captured two soldiers near Gao on Monday.",
        # recalled from years before
        "He was arrested in 2015 and released two years later.",
    ],
)
def test_no_arrest_is_recorded(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # future and planned arrests are not arrests that happened
        "Officials said the suspects would be arrested soon.",
        "The minister vowed to arrest everyone involved in the bombing.",
    ],
)
def test_a_future_arrest_is_only_speculative(analyse, text):
    assert all(r["certainty"] == "speculative" for r in _arrests(analyse, text))


def test_people_detained_on_top_of_those_told_are_added(analyse):
    text = (
        "An Afghan and coalition security force arrested a Taliban leader and detained several "
        "suspected insurgents in Kandahar province on Thursday. The security force detained one "
        "additional suspected insurgent during the operation."
    )
    [record] = _arrests(analyse, text)
    # 1 + "several" (at least 3) + 1 more: a lower bound, no upper one
    assert record["arrested"] == {"min": 5, "max": None}


def test_a_restated_arrest_is_not_added(analyse):
    text = (
        "Police in Kirkuk arrested two suspects on Tuesday. The two suspects were arrested "
        "after a tip-off, police said."
    )
    [record] = _arrests(analyse, text)
    assert record["arrested"] == {"min": 2, "max": 2}


@pytest.mark.parametrize(
    "text",
    [
        "The emergency decree gave the police and the army sweeping powers of arrest.",
        "The government offered a reward of $50,000 for information leading to his arrest.",
        "The commander fled across the border to evade arrest last month.",
        "A court issued a warrant for his arrest on Friday.",
        "The rebels demanded the release of jailed comrades within 48 hours.",
        "Protesters called for the release of imprisoned and jailed activists.",
    ],
)
def test_an_arrest_word_that_tells_no_arrest_made(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Police announced the arrest of three suspects on Monday.", 3),
        ("Police detained two men in Kano and arrested four others in Kaduna on Friday.", 6),
    ],
)
def test_an_arrest_noun_or_verb_still_gives_a_record(analyse, text, arrested):
    [record] = _arrests(analyse, text)
    assert record["arrested"]["min"] == arrested
