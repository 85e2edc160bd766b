"""Constructions of calls and warnings that the fourth development set showed missing (the
sentences here are written for this test, with other groups, countries and verbs): a call told
as "told fighters to ...", also after an aside with a participle; a group's threat that
something is now a "legitimate target"; war asked for as such ("to conquer", "to take up
arms", "a new wave of attacks"); protective steps an authority takes (a travel ban, a closed
embassy, heightened security ordered, an event held under heightened security); a named alert
system raised, a red alert declared, advice against travel, a bulletin sent; a warning whose
"that" clause the parse hangs on its date; the date of a memo that warned; a country's alert
placed at home; two authorities warning in one article kept apart."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 5, 14)  # a Saturday
WARNING, CALL = "official_warning", "call_to_attack"


def _threats(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "threat"]


def _names(record: dict) -> str:
    return " | ".join(a["name"].lower() for a in record["actors"])


@pytest.mark.parametrize(
    ("text", "subtype", "actor"),
    [
        # "told X to <attack>", also after an aside holding a participle
        (
            "Al-Shabaab's leader told fighters in an audio message on Monday to attack "
            "Kenyan troops.",
            CALL,
            "shabaab",
        ),
        (
            "The Islamic State's spokesman told supporters to kill Christians in Europe.",
            CALL,
            "islamic state",
        ),
        (
            "Boko Haram's leader, Abubakar Shekau, told his men in a video released on Friday "
            "to burn schools in Borno.",
            CALL,
            "shekau",
        ),
        ("The Taliban told its fighters on Sunday to target foreign forces.", CALL, "taliban"),
        # what the group says is now a legitimate target
        (
            "A Houthi spokesman said on Sunday that all American warships in the Red Sea were "
            "now legitimate targets.",
            CALL,
            "houthi",
        ),
        (
            "The Taliban declared on Monday that foreign contractors were legitimate targets.",
            CALL,
            "taliban",
        ),
        # war asked for as such
        ("The Islamic State's spokesman vowed on Tuesday to conquer Rome.", CALL, "islamic state"),
        (
            "Al-Qaeda's leader called on Muslims in Africa to take up arms against the French.",
            CALL,
            "al-qaeda",
        ),
        (
            "The Islamic State urged its supporters on Friday to join a new wave of attacks in "
            "Europe.",
            CALL,
            "islamic state",
        ),
        # a travel ban on the authority's own people
        (
            "Jordan's Interior Ministry on Tuesday barred its citizens from travelling to Syria.",
            WARNING,
            "interior ministry",
        ),
        (
            "The Indonesian government banned its nationals from travelling to the southern "
            "Philippines on Friday.",
            WARNING,
            "government",
        ),
        (
            "Kuwait's Foreign Ministry prohibited citizens from visiting Lebanon on Sunday.",
            WARNING,
            "foreign ministry",
        ),
        # an embassy closed or evacuated
        ("Britain shut its embassy in Sanaa on Wednesday.", WARNING, "britain"),
        (
            "The United States suspended operations at its embassy in Kabul on Sunday.",
            WARNING,
            "united states",
        ),
        ("France evacuated its embassy in Tripoli on Friday.", WARNING, "france"),
        ("Germany closed its consulate in Herat on Monday.", WARNING, "germany"),
        # heightened security ordered
        ("Spain ordered heightened security at railway stations on Monday.", WARNING, "spain"),
        (
            "The government imposed increased security at airports on Friday.",
            WARNING,
            "government",
        ),
        # an alert system named, a red alert declared
        (
            "The Netherlands raised its national alert to the second-highest level on Tuesday.",
            WARNING,
            "netherlands",
        ),
        ("Police in Karachi declared a high alert on Monday after the blast.", WARNING, "police"),
        ("The capital, Islamabad, declared a red alert on Monday.", WARNING, "islamabad"),
        # advice against travel
        ("Australia advised against all travel to northern Mali on Friday.", WARNING, "australia"),
        (
            "The Foreign Office renewed its advice against all but essential travel to Tunisia.",
            WARNING,
            "foreign office",
        ),
        # a bulletin or alert sent
        ("The Home Office sent a bulletin to police forces on Monday.", WARNING, "home office"),
        ("Europol sent an alert to member states on Friday.", WARNING, "europol"),
        # other verbs a call is given with, and war declared
        (
            "Islamic State's spokesman asked supporters on Monday to carry out attacks in Europe.",
            CALL,
            "islamic state",
        ),
        ("The group's leader directed his fighters to target police stations.", CALL, "leader"),
        ("Al-Shabaab declared war on Kenya on Tuesday.", CALL, "shabaab"),
        (
            "The Islamic State's spokesman urged followers on Monday to hunt down apostates.",
            CALL,
            "islamic state",
        ),
        # security stepped up, forces on alert, staff evacuated
        (
            "Police stepped up security at churches across the country on Sunday.",
            WARNING,
            "police",
        ),
        ("Security forces went on high alert in Kabul on Friday.", WARNING, "security forces"),
        (
            "The United States ordered the evacuation of non-essential staff from its embassy "
            "in Baghdad on Wednesday.",
            WARNING,
            "united states",
        ),
        # the "that" clause the parse hangs on the date
        (
            "The U.S. Embassy in Nairobi had warned on May 3 that militants planned to attack "
            "hotels.",
            WARNING,
            "embassy",
        ),
    ],
)
def test_constructions_give_a_threat(analyse, text, subtype, actor):
    records = [r for r in _threats(analyse, text) if r["subtype"] == subtype]
    assert records, text
    assert actor in _names(records[0]), _names(records[0])


@pytest.mark.parametrize(
    "text",
    [
        # "told": a report, a harmless order, a denial, what befalls them
        "A Taliban commander told reporters that fighters had attacked the base.",
        "Al-Shabaab's spokesman told residents to leave the town.",
        "Shekau did not tell his fighters to attack the school.",
        "The militants told villagers to leave their homes or be killed.",
        # legitimate targets said by a state or denied
        "The army said the militants' camps were legitimate targets.",
        "Rights groups said civilians are never legitimate targets.",
        # war words asked for peace, or by no armed side
        "Al-Shabaab's spokesman called for an end to the war.",
        "The president urged soldiers to conquer their fears.",
        # bans by no authority, or on no one named
        "The court banned him from travelling abroad.",
        "The airline banned passengers from flying with liquids.",
        "Citizens were banned from travelling to Libya.",
        # embassies closed over a row, for a holiday, or only planned
        "Canada closed its embassy in Tehran after cutting diplomatic relations.",
        "The embassy was closed on Monday for a public holiday.",
        "The United States will close its embassy in Kabul next week.",
        # security that is not heightened against attacks, or not taken yet
        "The match will be played under heightened security.",
        "The trial was held under tight security.",
        "The company ordered increased security for its data centres.",
        # red alerts for the weather, or only possible
        "The weather office declared a red alert for heavy rain.",
        "Officials may declare a red alert if the threat grows.",
        # advice against travel by no authority
        "Analysts advised against travel to the region.",
        "The doctor advised against travel after the surgery.",
        # a bulletin by no authority
        "The school sent a bulletin to parents on Monday.",
        # asked, declared, demanded: nothing violent, or by no armed side
        "The Taliban asked reporters whether the attack had happened.",
        "The al-Shabaab commander asked the elders to hand over the fighters.",
        "The government declared war on corruption.",
        "The cartel proposed an alliance with the FARC in order to face the war declared by "
        "the president.",
        "The Islamic State attacked the town on Monday. The president said France was "
        "confronting a group that had declared war on it.",
        "The president asked the army to attack the rebels.",
        "The Taliban demanded that foreign troops leave the country.",
        # orders to troops, or to attack militants, after a group is named: a state's
        "Al-Shabaab attacked a base on Monday. The commander told his troops to attack the "
        "militants.",
        "Boko Haram attacked the town on Monday. The commander told soldiers to hunt down the "
        "insurgents.",
        "The Islamic State attacked a prison on Sunday. The governor said he had asked troops "
        "to kill the attackers.",
        "Taliban fighters attacked a checkpoint in Kunduz on Friday. The governor said he told "
        "the police to fight back.",
        # security stepped up by no authority, fighters on alert
        "The company stepped up security for its data centres.",
        "Fighters went on high alert after the strike.",
    ],
)
def test_lookalikes_give_no_threat(analyse, text):
    assert _threats(analyse, text) == [], text


def test_an_event_held_under_heightened_security_is_a_warning(analyse):
    records = _threats(analyse, "The final was played on Saturday under heightened security.")
    assert [r["subtype"] for r in records] == [WARNING]
    assert records[0]["date"]["start"] == "2022-05-14"


def test_a_memo_that_warned_is_dated_by_its_own_date(analyse):
    text = (
        "Ministers admitted that a police memo dated April 2 had warned of planned attacks on "
        "churches."
    )
    [record] = _threats(analyse, text)
    assert record["subtype"] == WARNING
    assert record["date"]["start"] == "2022-04-02"


def test_a_country_raising_its_alert_does_so_at_home(analyse):
    text = (
        "Spain raised its terror alert to the second-highest level on Sunday, and Portugal "
        "ordered heightened security at airports."
    )
    records = _threats(analyse, text)
    assert sorted(r["location"]["country_code"] for r in records) == ["ES", "PT"]


def test_an_alert_raised_because_of_a_war_abroad_is_placed_at_home(analyse):
    text = (
        "LONDON, May 14, 2022 — Britain raised its terrorism threat level on Friday because "
        "of the conflict in Syria."
    )
    [record] = _threats(analyse, text)
    assert record["location"]["country_code"] == "GB"
    assert "britain" in _names(record)


def test_two_authorities_warning_in_one_article_are_two_warnings(analyse):
    text = (
        "Belgium raised its terror alert to the highest level on Friday. "
        "Police forces across Flanders were told on Friday to review security at stations."
    )
    records = _threats(analyse, text)
    assert len(records) == 2, [_names(r) for r in records]
