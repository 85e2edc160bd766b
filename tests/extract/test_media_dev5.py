"""Release constructions missed on records_dev5 (``extract.media``): a weak "message" put out
on a group's channel; a group's outlet that says or prints something; a group saying something
through its own radio station; "it" of a verb joined to the group's claim; a number of
pictures is not a number of releases; a claim and pictures on two days are two releases; a
relative clause's doer ("accounts that shared the group's footage"); "the group" named many
sentences back; a release dated by the clause that says it circulated."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 9, 12)  # a Thursday


def _events(analyse, text: str, kind: str = "media_release") -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


def _perpetrators(record: dict) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said in a message on its al-Kataib channel on Monday that its fighters had "
        "overrun an army base.",
        "The Islamic State said in a brief message on its Telegram channel on Tuesday that two "
        "of its men had died in the clash.",
    ],
)
def test_a_message_put_out_on_the_groups_channel_is_a_statement(analyse, text):
    [release] = _events(analyse, text)
    assert release["subtype"] == "statement"
    assert release["date"]["precision"] == "day"


@pytest.mark.parametrize(
    "text",
    [
        "The president said in a message on Monday that the army would defeat al-Shabaab.",
        "Al-Shabaab's former spokesman sent a message to his family on Tuesday.",
    ],
)
def test_a_message_on_no_channel_is_no_release(analyse, text):
    assert _events(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "The Islamic State's Amaq agency said on Tuesday that its fighters had set off two "
            "car bombs near the airport.",
            "statement",
        ),
        (
            "Al-Shabaab announced through its Andalus radio station on Wednesday that it had "
            "killed a district commissioner.",
            "statement",
        ),
        (
            "The group's weekly paper, al-Naba, devoted its front page on Thursday to the "
            "fighting in Mozambique, after the Islamic State claimed the raid.",
            "publication",
        ),
    ],
)
def test_a_groups_outlet_or_its_own_station_speaking_is_its_release(analyse, text, subtype):
    releases = _events(analyse, text)
    assert [r["subtype"] for r in releases] == [subtype]
    assert _perpetrators(releases[0])


@pytest.mark.parametrize(
    "text",
    [
        "The army said through its radio station on Monday that it had retaken the town.",
        "According to Amaq, the attacker was a soldier of the caliphate.",
        "Reuters said on Tuesday that the Islamic State had lost the town.",
    ],
)
def test_no_release_for_other_speakers_or_a_bare_according_to(analyse, text):
    assert _events(analyse, text) == []


def test_it_of_a_verb_joined_to_the_groups_claim_is_the_group(analyse):
    text = (
        "The Islamic State's Mozambique Province claimed the ambush on Tuesday through Amaq, "
        "and it posted a set of nine photographs on Wednesday showing fighters with seized rifles."
    )
    releases = _events(analyse, text)
    by_subtype = {r["subtype"]: r for r in releases}
    assert set(by_subtype) == {"photos", "statement"}  # two days, two releases
    assert by_subtype["photos"]["date"]["start"] == "2024-09-11"
    assert by_subtype["statement"]["date"]["start"] == "2024-09-10"
    assert "series" not in by_subtype["photos"]  # nine pictures, one release


def test_three_photo_sets_are_three_releases(analyse):
    text = "The Islamic State's Sahel Province released three photo sets on Monday."
    assert len(_events(analyse, text)) == 3


def test_a_claim_and_pictures_on_one_day_stay_one_release(analyse):
    text = (
        "The Islamic State claimed the raid on Tuesday through its Amaq agency and published "
        "photographs of fighters in the market."
    )
    assert [r["subtype"] for r in _events(analyse, text)] == ["photos"]


def test_accounts_that_shared_the_groups_footage_release_nothing(analyse):
    text = (
        "The Baloch Liberation Army attacked a convoy on Monday. Officials said the convoy "
        "carried miners. Three soldiers were wounded. The road was closed. On Wednesday the "
        "regulator blocked dozens of accounts on X that had shared the group's footage of the "
        "attack."
    )
    assert _events(analyse, text) == []


def test_the_group_named_paragraphs_back_is_still_the_releaser(analyse):
    text = (
        "Boko Haram fighters raided a village in Borno on Monday.\n\n"
        "Residents said the gunmen came at night.\n\n"
        '"We ran into the bush," said one farmer.\n\n'
        "The army said it had sent troops.\n\n"
        "Aid groups said the village was empty.\n\n"
        "A video, apparently released by the group, that purported to show the burning huts "
        "was circulating on Tuesday evening, and officials said on Wednesday that it was real."
    )
    [release] = _events(analyse, text)
    assert _perpetrators(release) == ["Boko Haram"]
    assert release["date"]["start"] == "2024-09-10"  # circulating on Tuesday, not said Wednesday
    assert release["certainty"] == "alleged"
