"""Claims told with the channel they came on, statements carried by news agencies, and
datelines read as subjects (``extract.media``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def _perpetrators(record: dict) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State claimed the attack on Monday through its Amaq news agency, saying two "
        "suicide bombers had carried it out.",
        "The Islamic State claimed the bombings on its Amaq news agency the same day.",
        "Al-Shabaab claimed the attack on Monday through its Telegram channel.",
    ],
)
def test_a_claim_on_a_channel_is_a_statement(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    assert _perpetrators(release) in (["Islamic State"], ["al-Shabaab"])


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State claimed the attack on Monday.",
        "The Islamic State did not claim the attack on its Amaq news agency.",
        "Police said the bombers had claimed allegiance in a chat with a Telegram user.",
        "The Islamic State may claim the attack through its Amaq news agency.",
        "Analysts claimed on Monday on their website that the Islamic State was weakened.",
    ],
)
def test_a_bare_or_refused_claim_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


def test_a_statement_carried_by_a_news_agency_is_the_groups(analyse):
    text = (
        "In a statement carried by a news agency close to the group, the PKK said the assault "
        "was carried out by one of its units."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    assert _perpetrators(release) == ["Kurdistan Workers' Party"]


def test_a_news_agencys_own_statement_is_not_a_release(analyse):
    text = "In a statement carried by a news agency, the interior ministry said five were held."
    assert _releases(analyse, text) == []


def test_a_dateline_is_not_the_speaker(analyse):
    text = (
        "MAIDUGURI, Nigeria, June 7, 2021 — The leader of the Islamic State's West Africa "
        "Province has said in an audio message that Abubakar Shekau killed himself."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "audio"
    assert _perpetrators(release) == ["Islamic State West Africa Province"]


def test_a_claim_told_after_its_saying_takes_the_day_of_the_saying(analyse):
    # the day the group said it (Monday), not the day of the attack it claimed (last week)
    text = (
        "The Islamic State said on Monday that its fighters had carried out last week's attack "
        "on an army camp in western Niger, in which 40 soldiers were killed.\n\n"
        "The claim, published by the group's Amaq news agency, credited the attack to the "
        "group's West Africa Province."
    )
    [release] = _releases(analyse, text)
    assert release["date"]["start"] == "2024-06-10", release["date"]
