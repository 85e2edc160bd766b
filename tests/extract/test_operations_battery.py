"""A battery of plain newswire sentences about operations by state or coalition forces
(``extract.operations``), written for this test (not taken from any gold set): each must give,
or must not give, a ``military_operation`` record. One sentence is one article."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


def _authorities(record: dict) -> str:
    return " | ".join(a["name"] for a in record["actors"] if a["role"] == "authority").lower()


MUST = [
    # (sentence, subtype, a word of the authority's name)
    (
        "U.S. warplanes struck Islamic State positions near Deir ez-Zor on Tuesday.",
        "airstrike",
        "u.s.",
    ),
    (
        "Russian jets pounded rebel-held towns in Idlib province on Sunday, monitors said.",
        "airstrike",
        "russian",
    ),
    (
        "The coalition said it carried out 12 strikes against the group near Raqqa on Thursday.",
        "airstrike",
        "coalition",
    ),
    (
        "Nigerian Air Force jets bombed Boko Haram camps in the Sambisa forest on Wednesday.",
        "airstrike",
        "nigerian",
    ),
    (
        "Turkish aircraft hit PKK targets in northern Iraq overnight, the defence ministry said.",
        "airstrike",
        "turkish",
    ),
    ("Israeli warplanes struck Hamas sites in Gaza early on Friday.", "airstrike", "israeli"),
    (
        "An airstrike by the Afghan air force killed 15 Taliban fighters in Helmand on Monday.",
        "airstrike",
        "afghan",
    ),
    (
        "French airstrikes killed dozens of jihadists in central Mali on Tuesday, the army said.",
        "airstrike",
        "french",
    ),
    (
        "Saudi-led coalition air raids hit Houthi positions in Sanaa on Wednesday.",
        "airstrike",
        "coalition",
    ),
    (
        "A U.S. drone strike killed two suspected al-Qaeda militants in Yemen's Shabwa province on Thursday.",
        "drone_strike",
        "u.s.",
    ),
    (
        "A suspected American drone strike hit a car carrying al-Shabaab fighters near Jilib on Friday.",
        "drone_strike",
        "american",
    ),
    (
        "The Pentagon said a drone strike on Sunday killed a senior Islamic State planner in Nangarhar.",
        "drone_strike",
        "",
    ),
    (
        "U.S. special forces raided a compound in northwestern Syria on Thursday, killing a senior militant.",
        "raid",
        "u.s.",
    ),
    (
        "Police raided a hideout of the Mujahideen Indonesia Timur group in Poso on Tuesday.",
        "raid",
        "police",
    ),
    (
        "Iraqi counter-terrorism forces conducted a raid on an Islamic State hideout in Kirkuk on Monday.",
        "raid",
        "iraqi",
    ),
    (
        "Somali commandos raided an al-Shabaab base in Lower Shabelle early on Wednesday.",
        "raid",
        "somali",
    ),
    (
        "Kenyan troops launched a clearance operation against al-Shabaab in the Boni forest on Monday.",
        "raid",
        "kenyan",
    ),
    (
        "Philippine troops launched an offensive against Abu Sayyaf militants on Jolo island on Tuesday.",
        "offensive",
        "philippine",
    ),
    (
        "The Iraqi army launched an offensive to retake the town of Hawija on Thursday.",
        "offensive",
        "iraqi",
    ),
    (
        "Government forces began a major offensive against the Taliban in Kunduz on Sunday.",
        "offensive",
        "government",
    ),
    (
        "The Pakistani military launched a ground offensive in North Waziristan on Sunday.",
        "offensive",
        "pakistani",
    ),
    (
        "The Nigerian army said on Friday it had launched a fresh offensive against Boko Haram in Borno state.",
        "offensive",
        "nigerian",
    ),
    ("Syrian government forces shelled rebel positions near Aleppo on Tuesday.", "other", "syrian"),
    (
        "Indian troops killed three militants in a gunfight in Kashmir's Shopian district on Wednesday.",
        "battle",
        "indian",
    ),
    (
        "Afghan security forces clashed with Taliban fighters in Ghazni on Monday.",
        "battle",
        "afghan",
    ),
    (
        "Egyptian security forces killed 12 militants in a shootout in North Sinai on Thursday, the interior ministry said.",
        "battle",
        "egyptian",
    ),
    (
        "Officials said the army had carried out airstrikes on militant hideouts in the Tirah valley on Monday.",
        "airstrike",
        "army",
    ),
    (
        "The jets pounded Islamic State hideouts in the Hamrin mountains on Wednesday, the Iraqi military said.",
        "airstrike",
        "",
    ),
    (
        "Security forces killed four suspected militants during an operation in Balochistan on Tuesday.",
        "other",
        "security forces",
    ),
    (
        "Cameroonian soldiers killed 10 Boko Haram fighters in a raid near the Nigerian border on Friday.",
        "raid",
        "cameroonian",
    ),
    (
        "Coalition aircraft conducted 20 airstrikes against ISIS targets in Iraq and Syria on Friday.",
        "airstrike",
        "coalition",
    ),
]

MUST_NOT = [
    "The army plans to launch an offensive against the militants next month.",
    "The Pentagon denied that its aircraft had struck the hospital.",
    "U.S. officials said they could carry out airstrikes if the group advanced.",
    "The coalition did not carry out any airstrikes in the area on Monday.",
    "The group was driven out of Mosul by an offensive in 2017.",
    "Drone strikes have long been a feature of the war in Pakistan's tribal areas.",
    pytest.param(
        "Police raided the offices of the newspaper in a tax investigation on Tuesday.",
        marks=pytest.mark.xfail(reason="a police raid outside the conflict reads as a raid"),
    ),
    "The company launched a marketing offensive on Monday.",
    "Militants launched an offensive on the town of Palmyra on Sunday.",
    "The Taliban raided a checkpoint in Kunduz on Monday, killing five policemen.",
    "Al-Shabaab fighters shelled the African Union base in Mogadishu on Tuesday.",
    "The jets will be delivered to the Iraqi air force next year.",
    "The minister said any airstrike on civilians would be a war crime.",
    "A charm offensive by the government failed to win over the tribal elders.",
    "The storm struck the coastal town on Tuesday, killing 12 people.",
    "Protesters clashed with police in the capital on Friday.",
    "Animal-rights campaigners have clashed with police outside the bullring since January.",
    "The group said it carried out 12 strikes on army posts on Monday.",
    "Airstrikes are the coalition's main weapon against the group.",
]


@pytest.mark.parametrize(("text", "subtype", "authority"), MUST)
def test_an_operation_is_recorded(analyse, text, subtype, authority):
    records = [r for r in _operations(analyse, text) if r["certainty"] != "speculative"]
    assert records, text
    assert any(r["subtype"] == subtype for r in records), [r["subtype"] for r in records]
    assert any(authority in _authorities(r) for r in records), [_authorities(r) for r in records]


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_operation_is_recorded(analyse, text):
    records = [r for r in _operations(analyse, text) if r["certainty"] != "speculative"]
    assert records == [], [(r["subtype"], _authorities(r)) for r in records]
