"""Releases told through "the Kenyan group", "the Sinai branch", "it" or "they" for a group
named before, a claim on the group's own radio, participles the parse reads as verbs, and what
must stay out (``extract.media``)."""

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
        "Al-Shabaab gunmen stormed a hotel in Kismayo on Sunday. In a statement on Monday, the "
        "Somali group said the raid was punishment for the hotel's owners.",
        "Boko Haram fighters burned a village near Maiduguri on Saturday. The jihadist group "
        "said in a statement on Monday that the villagers had helped the army.",
        "Boko Haram fighters burned a village near Maiduguri on Saturday. The Nigerian "
        "militant group said in a written statement on Tuesday that more raids would follow.",
    ],
)
def test_a_described_group_is_the_group_told_before(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    assert _perpetrators(release) in (["al-Shabaab"], ["Boko Haram"])


def test_a_branch_told_by_its_place_paragraphs_later_is_the_group_s(analyse):
    text = (
        "The Islamic State's Sinai branch claimed the bombing of a checkpoint near el-Arish on "
        "Monday.\n\nThe ministry said the checkpoint had been attacked twice before. Police "
        "closed the coastal road for hours. Residents said shops stayed shut.\n\nOn Tuesday "
        "the Sinai branch released a set of photographs showing masked fighters renewing their "
        "pledge of allegiance, part of a series of such images from the group's provinces."
    )
    photos = [r for r in _releases(analyse, text) if r["subtype"] == "photos"]
    assert [_perpetrators(r) for r in photos] == [["Islamic State"]]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab gunmen stormed a hotel in Kismayo on Sunday. In a statement on Monday, the "
        "rights group said the victims were mostly hotel workers.",
        "Al-Shabaab gunmen stormed a hotel in Kismayo on Sunday. The Soufan Group said in a "
        "report on Monday that the raid showed the militants' reach.",
        "Al-Shabaab gunmen stormed a hotel in Kismayo on Sunday. A local monitoring group said "
        "in a statement on Monday that 12 people had died.",
    ],
)
def test_other_groups_are_not_releasers(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before must be parsed: here it tells a release of its own
        "Boko Haram said in a statement on Saturday that its fighters had overrun the base. On "
        "Monday it released a video of fighters parading in a market.",
        "Boko Haram fighters kidnapped 30 girls near Chibok last week, and they posted a video "
        "of the captives on Monday.",
    ],
)
def test_it_or_they_for_a_group_named_just_before(analyse, text):
    videos = [r for r in _releases(analyse, text) if r["subtype"] == "video"]
    assert len(videos) == 1
    assert _perpetrators(videos[0]) == ["Boko Haram"]


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters kidnapped 30 girls near Chibok last week. The army said the group "
        "had fled into the forest. On Monday it released a video of the rescued girls.",
        "Boko Haram fighters kidnapped 30 girls near Chibok last week. The ministry announced "
        "the rescue on Sunday, and it released a video of the freed girls on Monday.",
    ],
)
def test_it_for_a_state_body_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab claimed the ambush the same evening through its radio station.",
        "Hezbollah claimed the rocket fire on Monday via its television station.",
    ],
)
def test_a_claim_on_the_groups_own_station(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"


def test_a_claim_without_a_channel_is_no_release(analyse):
    assert _releases(analyse, "Al-Shabaab claimed the ambush the same evening.") == []


@pytest.mark.parametrize(
    "text, subtype",
    [
        (
            "A statement posted online late on Monday in the name of Boko Haram said four of "
            "its men had carried out the attack.",
            "statement",
        ),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin claimed the raid on Monday in an audio "
            "recording broadcast by a Mauritanian news website.",
            "audio",
        ),
        (
            "Three soldiers died in the ambush, an attack claimed the same evening by "
            "al-Shabaab in a statement on its Telegram channel.",
            "statement",
        ),
    ],
)
def test_participles_the_parse_reads_otherwise(analyse, text, subtype):
    [release] = _releases(analyse, text)
    assert release["subtype"] == subtype


def test_a_statement_in_his_name(analyse):
    text = (
        "The Taliban named a new cabinet on Monday under Haibatullah Akhundzada. A written "
        "statement issued in his name on Monday told the ministers to govern by Islamic law."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    speakers = [a["canonical"] for a in release["actors"] if a["role"] == "speaker"]
    assert speakers == ["Haibatullah Akhundzada"]


def test_called_someone_something_is_no_title(analyse):
    text = (
        "In a statement on Monday, Hizbul Mujahideen said its new chief had been chosen. The "
        "statement called the dead commander a martyr."
    )
    [release] = _releases(analyse, text)
    assert release["title"] is None


def test_pictures_that_came_with_the_statement_are_one_release(analyse):
    text = (
        "In a statement carried by its Amaq news agency on Monday, the Islamic State said one "
        "of its fighters had blown himself up, and it published a photograph of the bomber."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"


def test_pictures_that_appear_to_show_are_put_out_by_who_posted_them(analyse):
    # "appeared to show" is seeming, not coming out: the posting is the release
    text = (
        "Al-Shabaab fighters overran an army base near the border on Sunday. On Monday the "
        "group posted photographs online that appeared to show bodies in uniform."
    )
    photos = [r for r in _releases(analyse, text) if r["subtype"] == "photos"]
    assert [_perpetrators(r) for r in photos] == [["al-Shabaab"]]
