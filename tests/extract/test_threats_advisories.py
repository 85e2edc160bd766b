"""Official warnings told as travel advice, alerts put on forces and states of emergency; one
record per warning when a sentence tells several; calls to attack given as orders, calls to
"strike", and the date of a call made in a message. Sentences that must and must not give a
record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 6)  # a Saturday


def _threats(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "threat"]


def _authorities(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "authority"]


@pytest.mark.parametrize(
    ("text", "authority", "day"),
    [
        (
            "The U.S. State Department on Tuesday urged Americans not to travel within 10 "
            "kilometres of the border.",
            "U.S. State Department",
            "2024-07-02",
        ),
        (
            "The British Foreign Office on Monday advised Britons to defer all travel to Yemen.",
            "British Foreign Office",
            "2024-07-01",
        ),
        (
            "The army said on Friday it had placed its units in three northern states on alert "
            "for possible reprisals.",
            "army",
            "2024-07-05",
        ),
        (
            "Police on Thursday put stations across the district on high alert after the ambush.",
            "Police",
            "2024-07-04",
        ),
        (
            "The government declared a state of emergency in the northern region on Monday "
            "after militants killed 40 villagers.",
            "government",
            "2024-07-01",
        ),
    ],
)
def test_advice_alerts_and_emergencies_are_official_warnings(analyse, text, authority, day):
    [record] = _threats(analyse, text)
    assert record["subtype"] == "official_warning"
    assert authority in _authorities(record)
    assert record["date"]["start"] == day


def test_a_force_put_on_alert_is_the_authority_when_no_one_else_is_named(analyse):
    [record] = _threats(
        analyse,
        "Police in the province said on Friday they had been placed on high alert.",
    )
    assert _authorities(record) == ["Police"]


def test_two_authorities_warning_in_one_sentence_are_two_warnings(analyse):
    records = _threats(
        analyse,
        "The U.S. State Department on Friday urged Americans to leave Lebanon, and France's "
        "embassy in Beirut advised French citizens to depart as well.",
    )
    assert len(records) == 2
    assert {records[0]["subtype"], records[1]["subtype"]} == {"official_warning"}
    names = {n for r in records for n in _authorities(r)}
    assert "U.S. State Department" in names
    assert "embassy" in names


def test_one_authority_warning_twice_in_a_sentence_is_one_warning(analyse):
    records = _threats(
        analyse,
        "The U.S. embassy on Friday warned of possible attacks on hotels and advised citizens "
        "to avoid crowded places.",
    )
    assert len(records) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "day"),
    [
        (
            "On Monday, al-Shabaab said it was ending the truce it had agreed in March and "
            "ordered its fighters to carry out attacks across Somalia.",
            "al-Shabaab",
            "2024-07-01",
        ),
        (
            "Al-Qaeda leader Ayman al-Zawahiri released a video on Wednesday, the anniversary of "
            "the Sept. 11, 2001, attacks, in which he urged Muslims to strike Western targets.",
            "Ayman al-Zawahiri",
            "2024-07-03",
        ),
        (
            "In an audio message released in late June, Islamic State spokesman Abu Muhammad "
            "al-Adnani urged supporters to carry out attacks in Europe.",
            "Abu Muhammad al-Adnani",
            "2024-06",  # late June: the month
        ),
    ],
)
def test_calls_to_attack_and_their_dates(analyse, text, speaker, day):
    [record] = _threats(analyse, text)
    assert record["subtype"] == "call_to_attack"
    assert speaker in [a["canonical"] or a["name"] for a in record["actors"]]
    assert record["date"]["start"].startswith(day)


@pytest.mark.parametrize(
    "text",
    [
        # not about attacks: weather, a strike by workers
        "The government declared a state of emergency on Monday after the floods.",
        "The union leader called on members to strike on Monday over unpaid wages.",
        "The jailed militant leader called on inmates to go on hunger strike.",
        "The Maoists called for a 24-hour strike across the district on Monday.",
        "The militant leader urged traders to join a general strike.",
        # a government ordering its own forces is no call to attack
        "The president ordered the army to strike militant positions in the north.",
        # denied, expected or only possible
        "The embassy did not advise citizens to leave the country.",
        "The ministry may place police units on alert if the threat grows.",
        "Officials said they would urge Americans not to travel to the region.",
        # armed groups and hospitals put on alert: no authority warns
        "Taliban fighters were placed on high alert on Friday.",
        "Al-Shabaab put its units on high alert on Friday.",
        "Hospitals in the city were placed on high alert after the blast.",
        # a warning to an enemy is a threat of force, not an alert
        "The prime minister warned the militants that they would pay a heavy price.",
    ],
)
def test_no_threat_in_these(analyse, text):
    assert _threats(analyse, text) == []
