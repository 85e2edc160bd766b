"""A battery of plain newswire sentences about pledges of allegiance, written for this test (not
from any gold set): each must give a ``pledge`` record with the right subtype and the right one
pledging, or none at all."""

from __future__ import annotations

import re
from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 9)  # a Wednesday
_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b")


def _pledges(analyse, text: str, published: date | None) -> list[dict]:
    return records_of(analyse(text, published), "pledge")


def _names(record: dict, role: str) -> list[str]:
    return actor_names(record, role)


def _holds(names: list[str], wanted: str) -> bool:
    return any(wanted.lower() in name.lower() for name in names)


# (sentence, subtype, the one pledging, the one pledged to or None, publication date)
MUST = [
    ("Boko Haram pledged allegiance to the Islamic State on Saturday.", "allegiance", "Boko Haram", "Islamic State", PUBLISHED),
    ("A faction of the Pakistani Taliban announced on Tuesday that it had sworn allegiance to Abu Bakr al-Baghdadi.", "allegiance", "Taliban", "Baghdadi", PUBLISHED),
    ("Militants in Indonesia's Poso region have declared their loyalty to the Islamic State, police said.", "allegiance", "Militants", "Islamic State", PUBLISHED),
    ("Several hundred fighters of the Mujao movement swore allegiance to Abu Bakr al-Baghdadi, the group said.", "allegiance", "Mujao", "Baghdadi", PUBLISHED),
    ("Ansar Bait al-Maqdis, Egypt's most active militant group, pledged allegiance to the Islamic State on Monday.", "allegiance", "Ansar Bait al-Maqdis", "Islamic State", PUBLISHED),
    ("The Abu Sayyaf group has pledged loyalty to the Islamic State, according to a video posted online.", "allegiance", "Abu Sayyaf", "Islamic State", PUBLISHED),
    ("Al-Shabaab formally declared its allegiance to al-Qaeda in a video released on Thursday.", "allegiance", "Shabaab", "Qaeda", PUBLISHED),
    ("Al-Qaeda leader Ayman al-Zawahiri pledged allegiance to the Taliban's new leader, Mullah Akhtar Mansour.", "allegiance", "Qaeda", "Mansour", PUBLISHED),
    ("Ayman al-Zawahiri renewed his pledge of allegiance to the Taliban leader Haibatullah Akhundzada.", "renewal", "Qaeda", "Akhundzada", PUBLISHED),
    ("Al-Qaeda in the Islamic Maghreb renewed its allegiance to al-Qaeda's leadership on Wednesday.", "renewal", "Maghreb", None, PUBLISHED),
    ("Jund al-Khilafah, an Algerian splinter group, swore allegiance to the Islamic State on Sunday.", "allegiance", "Jund al-Khilafah", "Islamic State", PUBLISHED),
    ("Boko Haram's pledge of allegiance to the Islamic State came in an audio message posted on Saturday.", "allegiance", "Boko Haram", "Islamic State", PUBLISHED),
    ("The Islamic State accepted Boko Haram's pledge of allegiance, its spokesman said on Thursday.", "allegiance", "Boko Haram", "Islamic State", PUBLISHED),
    ("Dozens of fighters in Libya's Derna have pledged allegiance to the Islamic State, residents said.", "allegiance", "fighters", "Islamic State", PUBLISHED),
    ("Officials said the militants had sworn allegiance to the Islamic State before carrying out the raid.", "allegiance", "militants", "Islamic State", PUBLISHED),
    ("The Jaish al-Muhajireen wal-Ansar brigade announced that it had pledged allegiance to Jabhat al-Nusra.", "allegiance", "Jaish al-Muhajireen", "Nusra", PUBLISHED),
    ("Jemaah Islamiyah founder Abu Bakar Bashir pledged allegiance to the Islamic State from his prison cell, his lawyer said.", "allegiance", "Bashir", "Islamic State", PUBLISHED),
    ("The Maute group, a militant group in the southern Philippines, swore an oath of allegiance to the Islamic State.", "allegiance", "Maute", "Islamic State", PUBLISHED),
    ("In a statement posted online, the Islamic Movement of Uzbekistan declared its allegiance to the Islamic State.", "allegiance", "Uzbekistan", "Islamic State", PUBLISHED),
    ("Fighters loyal to Hafiz Saeed Khan pledged their loyalty to Islamic State leader Abu Bakr al-Baghdadi on Monday.", "allegiance", "Khorasan", "Baghdadi", PUBLISHED),
    ("Al-Mourabitoun, the group led by Mokhtar Belmokhtar, pledged allegiance to al-Qaeda leader Ayman al-Zawahiri.", "allegiance", "Mourabitoun", "Zawahiri", PUBLISHED),
    ("A splinter faction of al-Shabaab swore allegiance to the Islamic State on Friday.", "allegiance", "Shabaab", "Islamic State", PUBLISHED),
    ("Uighur militants of the Turkistan Islamic Party reaffirmed their allegiance to the Taliban on Friday.", "renewal", "Turkistan Islamic Party", "Taliban", PUBLISHED),
    ("Hundreds of Islamic State fighters in Afghanistan's Nangarhar province have sworn loyalty to the group's new leader, a spokesman said.", "allegiance", "Islamic State", None, PUBLISHED),
    ("The Islamic State in the Greater Sahara pledged allegiance to Abu Bakr al-Baghdadi on Friday.", "allegiance", "Greater Sahara", "Baghdadi", PUBLISHED),
    ("An Indian militant group, Ansar Ghazwat-ul-Hind, declared allegiance to al-Qaeda.", "allegiance", "Ansar Ghazwat-ul-Hind", "Qaeda", PUBLISHED),
    ("Three jihadist groups in the Sahel merged and pledged allegiance to al-Qaeda leader Ayman al-Zawahiri, the new alliance said in a video.", "allegiance", "groups", "Zawahiri", PUBLISHED),
    ("The jihadists swore allegiance to the Islamic State in a video released on Tuesday.", "allegiance", "jihadists", "Islamic State", PUBLISHED),
    ("Allegiance was pledged to the Islamic State by a group of fighters in Sinai, the video showed.", "allegiance", "fighters", "Islamic State", PUBLISHED),
    ("Police said the cell had pledged allegiance to the Islamic State weeks before the bombing.", "allegiance", "cell", "Islamic State", PUBLISHED),
    # datelines opening the lead: the dateline is never the one pledging
    ("LAGOS, Nigeria, May 21, 2021 — Boko Haram pledged allegiance to the Islamic State on Thursday.", "allegiance", "Boko Haram", "Islamic State", None),
    ("LAGOS, Nigeria, May 21, 2021 — Boko Haram pledged allegiance to the Islamic State on Thursday.", "allegiance", "Boko Haram", "Islamic State", PUBLISHED),
    ("MOGADISHU, Somalia, June 8, 2021 — A group of al-Shabaab fighters swore allegiance to the Islamic State on Monday.", "allegiance", "Shabaab", "Islamic State", None),
    ("KABUL (Reuters) - A faction of the Pakistani Taliban has pledged allegiance to the Islamic State, a spokesman said on Tuesday.", "allegiance", "Taliban", "Islamic State", PUBLISHED),
    ("MANILA, Philippines (AP) — Militants in the southern Philippines have pledged allegiance to the Islamic State group, the military said Wednesday.", "allegiance", "Militants", "Islamic State", PUBLISHED),
    ("CAIRO, Nov. 10, 2014 — Ansar Bait al-Maqdis swore allegiance to the Islamic State on Monday.", "allegiance", "Ansar Bait al-Maqdis", "Islamic State", None),
]

MUST_NOT = [
    "Boko Haram has not pledged allegiance to the Islamic State, its spokesman said.",
    "The group denied that it had sworn allegiance to al-Qaeda.",
    "Analysts said al-Shabaab could pledge allegiance to the Islamic State in the coming months.",
    "The militants may soon swear allegiance to the new caliph.",
    "The group plans to pledge allegiance to the Islamic State.",
    "Saudi Arabia pledged $5 million to the United Nations counterterrorism centre.",
    "The new president swore an oath of office on Monday.",
    "Donors pledged $2 billion for the reconstruction of Mosul.",
    "Supporters of the ruling party declared their loyalty to the president at a rally on Sunday.",
    "Lawmakers pledged to support the new counterterrorism bill.",
    "The Taliban rejected calls to pledge allegiance to the Islamic State.",
    "If the group pledged allegiance to the Islamic State, it would gain access to funds, analysts said.",
    "The government pledged to defeat Boko Haram by the end of the year.",
    "Newly commissioned officers swore allegiance to the constitution at a ceremony in Abuja.",
    "Players pledged their loyalty to the club after the final.",
    "Boko Haram, which pledged allegiance to the Islamic State in 2015, has killed thousands of people.",
    "It is unclear whether the fighters will renew their pledge to the new leader.",
    "Several commanders refused to swear allegiance to the new emir.",
    "Residents pledged their support for the security forces.",
    "The Islamic State, to which the group swore allegiance in 2014, has since lost its territory.",
    "Boko Haram pledged allegiance to the Islamic State in March 2015, years before the split.",
    "Allegiance was pledged to the constitution by the newly sworn-in ministers.",
    "Officials said the attacker had sworn allegiance to the Islamic State.",
]


@pytest.mark.parametrize(("text", "subtype", "pledger", "pledged_to", "published"), MUST)
def test_battery_pledge_is_recorded(analyse, text, subtype, pledger, pledged_to, published):
    records = _pledges(analyse, text, published)
    assert records, "no pledge record"
    [record] = [r for r in records if r["subtype"] == subtype] or records
    assert record["subtype"] == subtype
    pledgers = _names(record, "perpetrator") + _names(record, "speaker") + _names(record, "other")
    assert _holds(pledgers, pledger), record["actors"]
    if pledged_to is not None:
        assert _holds(_names(record, "other"), pledged_to), record["actors"]
    for actor in record["actors"]:  # a dateline is never an actor
        assert not _DATE_LIKE.search(actor["name"]), actor


@pytest.mark.parametrize("text", MUST_NOT)
def test_battery_no_pledge(analyse, text):
    assert _pledges(analyse, text, PUBLISHED) == []
