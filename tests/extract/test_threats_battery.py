"""A battery of plain newswire sentences about official warnings and calls to attack (written
for this test, not taken from any answer key): each sentence is its own article, and must (or
must not) give a ``threat`` record of the subtype said, with the issuer or caller named."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 3, 10)  # a Wednesday

WARNING, CALL = "official_warning", "call_to_attack"


def _events(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED))


def _threats(analyse, text: str) -> list[dict]:
    return [r for r in _events(analyse, text) if r["type"] == "threat"]


def _names(record: dict) -> list[str]:
    return [name.lower() for name in actor_names(record)]


@pytest.mark.parametrize(
    ("text", "subtype", "actor"),
    [
        # official warnings: alerts, advisories, bulletins, threat levels
        (
            "The State Department on Tuesday issued a worldwide travel alert warning Americans "
            "of an increased risk of terrorist attacks.",
            WARNING,
            "state department",
        ),
        (
            "France raised its terror alert to the highest level after the shooting.",
            WARNING,
            "france",
        ),
        (
            "Germany's domestic intelligence agency warned that the Islamic State was planning "
            "attacks on festivals.",
            WARNING,
            "intelligence agency",
        ),
        (
            "The FBI and the Department of Homeland Security issued a joint bulletin warning of "
            "threats to July 4 celebrations.",
            WARNING,
            "fbi",
        ),
        (
            "The U.S. Embassy in Nairobi warned of a possible terrorist attack against Western "
            "hotels.",
            WARNING,
            "embassy",
        ),
        ("Britain raised its terrorism threat level to critical on Tuesday.", WARNING, "britain"),
        (
            "Belgium raised its threat level to four, the highest, warning of an imminent attack "
            "in Brussels.",
            WARNING,
            "belgium",
        ),
        (
            "Spain raised its terrorism alert level to four after the attacks in Tunisia.",
            WARNING,
            "spain",
        ),
        (
            "The Australian government advised its citizens to reconsider travel to Mali because "
            "of the threat of terrorism.",
            WARNING,
            "government",
        ),
        (
            "The Canadian government issued a travel advisory warning of kidnappings in the "
            "Sahel.",
            WARNING,
            "government",
        ),
        (
            "Indonesian police warned of possible attacks by militants during Christmas "
            "celebrations.",
            WARNING,
            "police",
        ),
        (
            "Kenya's interior ministry issued an alert warning that al-Shabaab was planning "
            "attacks in Nairobi.",
            WARNING,
            "ministry",
        ),
        (
            "The Foreign Office warned British nationals against all travel to northern Mali "
            "because of the threat of kidnapping.",
            WARNING,
            "foreign office",
        ),
        (
            "Authorities in the Philippines placed troops on high alert after intelligence "
            "reports of a planned attack.",
            WARNING,
            "authorities",
        ),
        (
            "The Department of Homeland Security issued a bulletin warning of possible attacks "
            "by homegrown extremists.",
            WARNING,
            "homeland security",
        ),
        (
            "The Nigerian army warned residents of Maiduguri of possible suicide bombings during "
            "the festive season.",
            WARNING,
            "army",
        ),
        (
            "The U.S. embassy in Kabul urged Americans to leave Afghanistan immediately, citing "
            "security threats.",
            WARNING,
            "embassy",
        ),
        (
            "U.S. officials warned that al-Qaeda could be plotting attacks on airliners.",
            WARNING,
            "officials",
        ),
        # calls to attack
        (
            "The group's weekly newspaper al-Naba urged followers to target Christmas markets.",
            CALL,
            "naba",
        ),
        (
            "In an audio message released on Monday, the group's spokesman urged supporters in "
            "Europe to attack civilians with knives and cars.",
            CALL,
            "spokesman",
        ),
        (
            "Al-Qaeda leader Ayman al-Zawahiri called on Muslims to attack American interests.",
            CALL,
            "zawahiri",
        ),
        (
            "Al-Shabaab called on its fighters to step up attacks on African Union troops.",
            CALL,
            "al-shabaab",
        ),
        (
            "The Islamic State urged its followers to carry out lone-wolf attacks in the West "
            "during Ramadan.",
            CALL,
            "islamic state",
        ),
        (
            "Al-Qaeda in the Arabian Peninsula urged its supporters to kill Americans in a new "
            "issue of Inspire magazine.",
            CALL,
            "arabian peninsula",
        ),
        (
            "In a video, al-Shabaab urged Muslims in Kenya to wage jihad against the government.",
            CALL,
            "al-shabaab",
        ),
        (
            "A pro-Islamic State channel urged supporters to stab police officers in France.",
            CALL,
            "islamic state",
        ),
        (
            "The Islamic State's Amaq news agency published a poster calling for attacks on the "
            "World Cup.",
            CALL,
            "islamic state",
        ),
        # threats by a group to attack
        (
            "The Islamic State threatened to attack Russia in a video released on Wednesday.",
            CALL,
            "islamic state",
        ),
        (
            "The Taliban warned foreign troops to leave Afghanistan or face attacks.",
            CALL,
            "taliban",
        ),
        (
            "Boko Haram leader Abubakar Shekau threatened to attack more schools in a video.",
            CALL,
            "shekau",
        ),
        (
            "A spokesman for the Pakistani Taliban threatened to target polling stations.",
            CALL,
            "taliban",
        ),
        (
            "The Taliban threatened to attack anyone taking part in the elections.",
            CALL,
            "taliban",
        ),
    ],
)
def test_battery_gives_a_threat(analyse, text, subtype, actor):
    records = _threats(analyse, text)
    assert records, "no threat record"
    assert any(r["subtype"] == subtype for r in records), [r["subtype"] for r in records]
    assert any(actor in name for r in records for name in _names(r)), [
        r["actors"] for r in records
    ]


def test_a_call_to_attack_is_not_also_an_attack(analyse):
    events = _events(
        analyse,
        "In an audio message released on Monday, the group's spokesman urged supporters in "
        "Europe to attack civilians with knives and cars.",
    )
    assert [e["type"] for e in events] == ["threat"], events


@pytest.mark.parametrize(
    "text",
    [
        # denial, negation
        "The group's spokesman denied calling for attacks on civilians.",
        "The Taliban will not attack foreign troops, a spokesman said.",
        # speculation, hypotheticals, the future
        "The government may raise its threat level if the situation worsens.",
        "The Islamic State could call for attacks during the World Cup, experts said.",
        # history recalled in a 2021 article, and generic wording
        "In 2015, the Islamic State urged its followers to attack France.",
        "The group has long called for attacks on the West.",
        # not an authority, not about attacks
        "Analysts warned that the Islamic State could regroup in the desert.",
        "The weather service issued a flood alert for the coastal region.",
        "The World Health Organization warned of a cholera outbreak in Yemen.",
        "The central bank warned that inflation could rise further.",
        "Doctors warned that the patient had suffered a heart attack.",
        "Residents were urged to stay indoors because of a storm.",
        # calls that ask for no violence, from no armed side
        "The president called for an end to attacks on aid workers.",
        "Unions called for a general strike on Monday.",
        # other senses of the trigger words
        "Conservationists warned that the threatened species could vanish within a decade.",
        "An alert security guard spotted the suspicious bag at the station.",
        "The minister pledged $5 million to help victims of terrorism.",
        "The company threatened to sue the newspaper over the report.",
        "The mayor threatened to resign over the budget.",
        "The coach warned his players against complacency before the final.",
        "The opposition leader urged supporters to attack the government's economic record.",
        # threats and vows by no armed side, or of no violence
        "Residents threatened to attack the police station in Kano.",
        "The Taliban vowed to continue peace talks in Doha.",
        "The army vowed to attack militant hideouts in the forest.",
        # threats on a condition are demands, not calls (bench/gold README: conditional
        # threats are not coded)
        "Al-Shabaab vowed to carry out more attacks in Kenya unless it withdraws its troops "
        "from Somalia.",
        "The jihadists threatened to kill the hostages if France did not pay a ransom.",
    ],
)
def test_battery_gives_no_threat(analyse, text):
    assert _threats(analyse, text) == []
