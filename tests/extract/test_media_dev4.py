"""Release constructions missed on records_dev4 (``extract.media``): the releasing verb's
subject outranks the one who filmed ("Amaq released a video filmed by an attacker"); a claim
told as a noun with its release verb ("The claim, issued on Thursday through Amaq"); a claim and
pictures in one sentence are one release; a named leader doing something "in an audio
message"; a stream of videos "for months" is no release."""

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
        "On Saturday the Amaq agency released a video filmed by one of the attackers.",
        "The Islamic State claimed the attack that night, and on Saturday its Amaq agency "
        "released about 90 seconds of video filmed by one of the gunmen.",
        "Amaq published footage recorded by one of the bombers on Monday.",
        # a participle with no doer says where it was made, not who put it out
        "On Saturday the Islamic State posted a video filmed in the town's main square.",
    ],
)
def test_the_releaser_is_the_releasing_verbs_subject_not_the_filmer(analyse, text):
    [release] = _releases(analyse, text)
    assert _perpetrators(release) == ["Islamic State"]


@pytest.mark.parametrize(
    "text",
    [
        "Supporters shared a video released by al-Furqan on Monday.",
        "Islamic State supporters circulated an audio message released by al-Furqan on Monday.",
    ],
)
def test_a_release_by_a_named_outlet_stays_its_own_whoever_shares_it(analyse, text):
    [release] = _releases(analyse, text)
    assert _perpetrators(release) == ["Islamic State"]


@pytest.mark.parametrize(
    "text",
    [
        "Police released a video filmed by one of the attackers on Saturday.",
        "Investigators published footage recorded by one of the bombers on Monday.",
        "Police released a video filmed in the town's main square on Saturday.",
    ],
)
def test_footage_released_by_officials_is_not_propaganda(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The claim, issued on Monday through the group's Amaq news agency, credited the attack "
        'to a "Central Africa Province".',
        "The Islamic State's claim, posted on Telegram on Monday, said two soldiers died.",
        "The Taliban issued a claim of responsibility on Monday.",
    ],
)
def test_a_claim_told_with_its_release_is_a_statement(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "The group's claim could not be verified.",
        "Officials dismissed the claim on Monday.",
        "The army rejected the claim made by the rebels that 20 soldiers died.",
    ],
)
def test_a_claim_only_talked_about_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "The Islamic State claimed the capture on Monday through its Amaq agency and "
            "published photographs of fighters in the streets.",
            "photos",
        ),
        (
            "Al-Shabaab claimed the attack through its Shahada news agency on Monday and posted "
            "a video of the assault.",
            "video",
        ),
    ],
)
def test_a_claim_with_pictures_in_one_sentence_is_one_release(analyse, text, subtype):
    [release] = _releases(analyse, text)
    assert release["subtype"] == subtype


def test_a_claim_through_a_channel_alone_is_still_a_statement(analyse):
    text = "The Islamic State claimed the capture on Monday through its Amaq agency."
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Ayman al-Zawahiri gave the move his blessing in an audio message on Monday.",
        "Hours earlier, al-Qaeda's deputy leader, Ahmed Hassan Abu al-Khayr, gave the move his "
        "blessing in an audio message.",
        "In the recorded message, broadcast by Al Jazeera on Monday, Abu Mohammed al-Jolani "
        "sat beside two senior aides and said the change was meant to end the strikes.",
    ],
)
def test_a_named_leader_acting_in_a_release_is_its_speaker(analyse, text):
    [release] = _releases(analyse, text)
    assert [a for a in release["actors"] if a["role"] == "speaker"]


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama gave his blessing in a speech on Monday.",
        "Ahmed Hassan was killed in a video released on Monday.",
    ],
)
def test_an_official_or_a_victim_in_a_release_is_not_a_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "For months, Islamic State videos from Syria and Iraq exhorted al-Shabaab to switch "
        "sides, without success.",
        "For weeks, al-Qaeda videos urged the Taliban to reject the talks.",
    ],
)
def test_a_stream_of_videos_for_months_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


def test_a_video_released_on_a_day_is_still_one(analyse):
    text = "Islamic State videos released on Monday urged al-Shabaab to switch sides."
    assert len(_releases(analyse, text)) == 1
