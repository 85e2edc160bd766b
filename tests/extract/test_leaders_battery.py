"""A battery of plain newswire sentences about the fates of armed groups' leaders, written for
this test (not from any gold set): each must give a ``leadership_change`` record with the right
subtype and person, or none at all."""

from __future__ import annotations

import re
from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 9)  # a Wednesday
_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b")


def _fates(analyse, text: str, published: date | None) -> list[dict]:
    return records_of(analyse(text, published), "leadership_change")


def _names(record: dict, role: str) -> list[str]:
    return actor_names(record, role)


# (sentence, subtype, the person whose fate it is, publication date)
MUST = [
    ("American commandos killed Islamic State leader Abu Bakr al-Baghdadi in a raid in Syria's Idlib province on Saturday.", "killed", "Baghdadi", PUBLISHED),
    ("Al-Qaeda leader Ayman al-Zawahiri was killed in a U.S. drone strike in Kabul, officials said.", "killed", "Zawahiri", PUBLISHED),
    ("Boko Haram leader Abubakar Shekau blew himself up during clashes with rival militants, ISWAP said.", "killed", "Shekau", PUBLISHED),
    ("Turkish police arrested Abu Zeid, a senior Islamic State official, in Istanbul on Thursday.", "arrested", "Abu Zeid", PUBLISHED),
    ("The Taliban appointed Mullah Haibatullah Akhundzada as their new leader.", "appointed", "Haibatullah", PUBLISHED),
    ("Al-Shabaab named Ahmed Umar Abu Ubaidah as its new leader after the death of Ahmed Abdi Godane.", "appointed", "Ubaidah", PUBLISHED),
    ("Reports that Boko Haram leader Abubakar Shekau had been killed circulated on social media on Thursday.", "rumoured_dead", "Shekau", PUBLISHED),
    ("Nigeria's army said Boko Haram leader Abubakar Shekau may have been fatally wounded.", "rumoured_dead", "Shekau", PUBLISHED),
    ("Al-Qaeda in the Arabian Peninsula confirmed the death of its leader Qassim al-Rimi.", "announced", "Rimi", PUBLISHED),
    ("The Pentagon said a U.S. airstrike killed Abu Muhammad al-Adnani, the Islamic State's spokesman, near al-Bab.", "killed", "Adnani", PUBLISHED),
    ("Pakistani security forces arrested Taliban deputy leader Mullah Abdul Ghani Baradar in Karachi.", "arrested", "Baradar", PUBLISHED),
    ("French troops killed Abdelmalek Droukdel, the leader of al-Qaeda in the Islamic Maghreb, in northern Mali.", "killed", "Droukdel", PUBLISHED),
    ("Somali forces killed a senior al-Shabaab commander, Aden Garaar, in an airstrike near Jilib.", "killed", "Garaar", PUBLISHED),
    ("ISWAP named Abu Musab al-Barnawi as its new leader on Tuesday.", "appointed", "Barnawi", PUBLISHED),
    ("The death of Hakimullah Mehsud, the leader of the Pakistani Taliban, in a drone strike was confirmed by officials.", "killed", "Mehsud", PUBLISHED),
    ("Hamza bin Laden, the son of Osama bin Laden and a rising al-Qaeda figure, was killed in a counterterrorism operation, the White House said.", "killed", "Hamza bin Laden", PUBLISHED),
    ("Mullah Akhtar Mansour was elected leader of the Afghan Taliban on Thursday.", "appointed", "Mansour", PUBLISHED),
    ("Abu Sayyaf commander Isnilon Hapilon was killed by Philippine troops in Marawi.", "killed", "Hapilon", PUBLISHED),
    ("A senior Hezbollah commander, Mustafa Badreddine, was killed in an explosion near Damascus airport.", "killed", "Badreddine", PUBLISHED),
    ("Sirajuddin Haqqani, the head of the Haqqani network, was named deputy leader of the Taliban.", "appointed", "Haqqani", PUBLISHED),
    ("Israeli forces killed Islamic Jihad commander Baha Abu al-Ata in an airstrike in Gaza on Tuesday.", "killed", "Ata", PUBLISHED),
    ("Iraqi security forces captured the Islamic State's deputy leader Sami Jasim al-Jaburi in an operation outside the country.", "captured", "Jaburi", PUBLISHED),
    ("Rumours spread on Monday that Taliban leader Haibatullah Akhundzada had died.", "rumoured_dead", "Haibatullah", PUBLISHED),
    ("Boko Haram leader Abubakar Shekau appeared alive in a video released on Sunday, weeks after the army claimed to have killed him.", "confirmed_alive", "Shekau", PUBLISHED),
    ("Al-Qaeda's branch in Yemen appointed Khalid Batarfi as its new emir.", "appointed", "Batarfi", PUBLISHED),
    ("U.S. forces captured Abu Anas al-Libi, a senior al-Qaeda operative, in Tripoli on Saturday.", "captured", "Libi", PUBLISHED),
    ("The Islamic State's spokesman Abu Hassan al-Muhajir was killed in a raid in northern Syria, the U.S.-backed militia said.", "killed", "Muhajir", PUBLISHED),
    pytest.param(
        "Officials said the group's military commander had been killed in the airstrike on Monday.", "killed", "commander", PUBLISHED,
        marks=pytest.mark.xfail(reason="'the group' names no group in a one-sentence article", strict=True),
    ),
    ("The jihadists' leader in the Sahel, Adnan Abu Walid al-Sahrawi, was killed by French forces, President Emmanuel Macron said.", "killed", "Sahrawi", PUBLISHED),
    ("Kenyan police arrested a senior al-Shabaab commander in Mombasa on Friday.", "arrested", "commander", PUBLISHED),
    ("The Taliban confirmed that their founder Mullah Omar was dead.", "announced", "Omar", PUBLISHED),
    ("Iraqi forces detained a top Islamic State leader, Abu Omar al-Shishani, at a checkpoint near Mosul.", "arrested", "Shishani", PUBLISHED),
    # datelines opening the lead: the dateline is never an actor
    ("BAGHDAD, Iraq, May 21, 2021 — Iraqi forces killed Islamic State commander Abu Yasser al-Issawi in an airstrike on Thursday.", "killed", "Issawi", None),
    ("BAGHDAD, Iraq, May 21, 2021 — Iraqi forces killed Islamic State commander Abu Yasser al-Issawi in an airstrike on Thursday.", "killed", "Issawi", PUBLISHED),
    ("ABUJA (Reuters) - Boko Haram leader Abubakar Shekau is dead, a rival Islamic State-allied group said on Sunday.", "killed", "Shekau", PUBLISHED),
    ("WASHINGTON, Oct. 27, 2019 — U.S. special forces killed Islamic State leader Abu Bakr al-Baghdadi in a raid in northwestern Syria on Saturday.", "killed", "Baghdadi", None),
]

MUST_NOT = [
    "Officials said they were hunting for Islamic State leader Abu Bakr al-Baghdadi.",
    "The United States offered a $10 million reward for information on Ayman al-Zawahiri.",
    "Police arrested three men suspected of stealing cars in Lagos.",
    "The company appointed a new chief executive on Monday.",
    "The prime minister named a new defence minister on Tuesday.",
    "Abu Bakr al-Baghdadi, who was killed in 2019, had led the group for five years.",
    "Analysts said the death of the leader could weaken the group.",
    "If Shekau were killed, the group would likely split.",
    "The army vowed to capture Shekau dead or alive.",
    "Islamic State leader Abu Bakr al-Baghdadi called on followers to attack Western targets in an audio message.",
    "The footballer was captured on camera celebrating with fans.",
    "Rebels killed five soldiers in an ambush near Maiduguri.",
    "The militant commander vowed to fight on.",
    "Police arrested a man for posting Islamic State propaganda online.",
    "A plan to kill Baghdadi was drawn up months ago.",
    "The new leader of the opposition party was elected on Sunday.",
    "Boko Haram's founder Mohammed Yusuf was killed in police custody in 2009.",
    "The Taliban denied reports that their leader had been killed.",
    "A tribal leader was killed when gunmen opened fire on his car.",
    "The U.S. has placed a $5 million bounty on the head of the group's leader.",
    "The state police chief was killed in an ambush by Boko Haram on Monday.",
    "A senior government official was killed in the blast in Kabul.",
    "An Islamic State official said the group had captured the town.",
]


@pytest.mark.parametrize(("text", "subtype", "person", "published"), MUST)
def test_battery_fate_is_recorded(analyse, text, subtype, person, published):
    records = _fates(analyse, text, published)
    assert records, "no leadership_change record"
    [record] = [r for r in records if r["subtype"] == subtype] or records
    assert record["subtype"] == subtype
    assert any(person.lower() in n.lower() for n in _names(record, "subject")), record["actors"]
    for actor in record["actors"]:  # a dateline is never an actor
        assert not _DATE_LIKE.search(actor["name"]), actor


@pytest.mark.parametrize("text", MUST_NOT)
def test_battery_no_fate(analyse, text):
    assert _fates(analyse, text, PUBLISHED) == []
