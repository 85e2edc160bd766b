"""A battery of plain newswire sentences about armed groups online (takedowns, migrations,
hijacked accounts), written for this test (not from any gold set): each must give an
``online_action`` record with the right subtype (and, for a takedown, the platform or body that
did it), or none at all."""

from __future__ import annotations

import re
from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 9)  # a Wednesday
_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b")


def _online(analyse, text: str, published: date | None) -> list[dict]:
    return records_of(analyse(text, published), "online_action")


def _names(record: dict) -> list[str]:
    return actor_names(record)


# (sentence, subtype, an actor of the record or None, publication date)
MUST = [
    ("Twitter suspended hundreds of accounts linked to the Islamic State on Tuesday.", "takedown", "Twitter", PUBLISHED),
    ("Telegram said it had removed more than 1,000 channels used by Islamic State supporters.", "takedown", "Telegram", PUBLISHED),
    ("Facebook took down pages belonging to the Taliban on Tuesday.", "takedown", "Facebook", PUBLISHED),
    ("Europol and Telegram shut down thousands of Islamic State accounts in a coordinated operation.", "takedown", "Europol", PUBLISHED),
    ("Islamic State supporters moved to the encrypted messaging app Rocket.Chat after a crackdown on Telegram.", "platform_migration", None, PUBLISHED),
    ("Hackers claiming allegiance to the Islamic State hijacked the Twitter account of the U.S. Central Command.", "account_hijack", None, PUBLISHED),
    ("The pro-Islamic State Cyber Caliphate hacked the Twitter accounts of Newsweek on Tuesday.", "account_hijack", None, PUBLISHED),
    ("WhatsApp banned accounts used by the Taliban to communicate.", "takedown", "WhatsApp", PUBLISHED),
    ("Last month, Telegram shut 27 channels that had been used to hire teenagers for attacks.", "takedown", "Telegram", PUBLISHED),
    ("Google removed a Taliban app from its Play Store on Saturday.", "takedown", "Google", PUBLISHED),
    ("Twitter has suspended more than 125,000 accounts for promoting terrorism, most of them linked to the Islamic State.", "takedown", "Twitter", PUBLISHED),
    ("Facebook said it removed 1.9 million pieces of Islamic State and al-Qaeda content in the first quarter.", "takedown", "Facebook", PUBLISHED),
    ("Jihadist groups have migrated from Telegram to lesser-known platforms such as TamTam and Hoop.", "platform_migration", None, PUBLISHED),
    ("Al-Shabaab's Twitter account was suspended on Friday.", "takedown", "Twitter", PUBLISHED),
    ("The Taliban's official website was taken offline by its hosting company on Monday.", "takedown", None, PUBLISHED),
    ("Islamic State propagandists shifted to the decentralised platform Rocket.Chat last month.", "platform_migration", None, PUBLISHED),
    ("TikTok removed about two dozen accounts that were posting Islamic State propaganda videos.", "takedown", "TikTok", PUBLISHED),
    ("Telegram blocked 78 channels linked to the Islamic State, the company said.", "takedown", "Telegram", PUBLISHED),
    ("Pro-Islamic State hackers took over the Facebook page of a Malaysian newspaper.", "account_hijack", None, PUBLISHED),
    ("Twitter shut down accounts belonging to al-Shabaab after the Westgate mall attack.", "takedown", "Twitter", PUBLISHED),
    ("Instagram deleted the account of a Hezbollah-linked television channel.", "takedown", "Instagram", PUBLISHED),
    ("The Islamic State's Amaq news agency moved its channels from Telegram to Element after a Europol crackdown.", "platform_migration", None, PUBLISHED),
    ("Hackers linked to the Islamic State seized control of the Twitter account of a US television station.", "account_hijack", None, PUBLISHED),
    ("Facebook said it had taken down a network of accounts run by Hamas.", "takedown", "Facebook", PUBLISHED),
    ("Authorities shut down a website used by al-Qaeda to distribute propaganda.", "takedown", None, PUBLISHED),
    ("YouTube terminated channels that were posting videos of Anwar al-Awlaki.", "takedown", "YouTube", PUBLISHED),
    ("Telegram suspended channels run by Hamas's military wing, the Qassam Brigades.", "takedown", "Telegram", PUBLISHED),
    ("The Twitter accounts of Taliban spokesman Zabihullah Mujahid were suspended on Monday.", "takedown", None, PUBLISHED),
    ("Europol said it had taken down hundreds of Islamic State propaganda channels on Telegram.", "takedown", "Europol", PUBLISHED),
    ("YouTube pulled dozens of videos by the Taliban after complaints from the Afghan government.", "takedown", "YouTube", PUBLISHED),
    ("The group's supporters abandoned Telegram for TamTam after the crackdown.", "platform_migration", None, PUBLISHED),
    ("Islamic State supporters moved to the encrypted messaging app TamTam after a crackdown on Telegram.", "platform_migration", None, PUBLISHED),
    # datelines opening the lead: the dateline is never an actor
    ("SAN FRANCISCO, May 21, 2021 — Twitter suspended dozens of accounts linked to the Islamic State on Thursday.", "takedown", "Twitter", None),
    ("SAN FRANCISCO, May 21, 2021 — Twitter suspended dozens of accounts linked to the Islamic State on Thursday.", "takedown", "Twitter", PUBLISHED),
    ("THE HAGUE (Reuters) - Telegram has removed channels used by the Islamic State after a request from Europol, the agency said on Tuesday.", "takedown", "Telegram", PUBLISHED),
    ("LONDON, Nov. 22, 2019 — Telegram removed thousands of accounts used by the Islamic State on Thursday.", "takedown", "Telegram", None),
]

MUST_NOT = [
    "The government shut schools and markets in the district after the attack on Tuesday.",
    "Twitter may suspend accounts linked to extremist groups, the company said.",
    "Lawmakers urged Facebook to remove Islamic State content.",
    "The company suspended its operations in Afghanistan.",
    "The airline suspended flights to Kabul.",
    "Facebook has not removed the pages, critics said.",
    "The Islamic State uses Telegram to spread propaganda.",
    "Police removed roadblocks in the city on Tuesday.",
    "Soldiers took over the state television station in the coup.",
    "Twitter plans to ban political ads.",
    "The school suspended two students.",
    "Islamic State supporters share videos on Telegram.",
    "Telegram denied that it had removed the channels.",
    "The website crashed under heavy traffic.",
    "Militants hijacked a bus carrying passengers near Mogadishu.",
    "The account of the attack was disputed by witnesses.",
    "In 2015, Twitter suspended thousands of Islamic State accounts.",
    "The group moved its headquarters from Raqqa to Deir ez-Zor.",
    "Facebook could face fines if it fails to remove terrorist content within an hour.",
    "The hackers stole data from the bank's servers.",
    "Gunmen took over a hotel in Mogadishu on Friday.",
    "Troops pulled out of the town on Monday.",
    "The militants seized control of the town after heavy fighting.",
    "Authorities blocked bank accounts linked to the Islamic State.",
]


@pytest.mark.parametrize(("text", "subtype", "actor", "published"), MUST)
def test_battery_online_action_is_recorded(analyse, text, subtype, actor, published):
    records = _online(analyse, text, published)
    assert records, "no online_action record"
    [record] = [r for r in records if r["subtype"] == subtype][:1] or records[:1]
    assert record["subtype"] == subtype
    if actor is not None:
        assert any(actor.lower() in n.lower() for n in _names(record)), record["actors"]
    for a in record["actors"]:  # a dateline is never an actor
        assert not _DATE_LIKE.search(a["name"]), a


@pytest.mark.parametrize("text", MUST_NOT)
def test_battery_no_online_action(analyse, text):
    assert _online(analyse, text, PUBLISHED) == []
