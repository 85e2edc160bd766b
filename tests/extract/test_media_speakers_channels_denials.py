"""Release constructions of ``extract.media`` found on fresh articles: the voice heard in "In a
video released on Monday, X ..." given by a clause ("a man who appeared to be ...", "a fighter
identified as ..."); a release word the parse hangs on a participle read as a noun ("an audio
message broadcast by ..."); a claim or message carried by the group's own channel; "the rebels"
standing for a group named before; a release's day in the clause that puts it out, not in what
it says; a speaker tied to a group by a relative clause; a statement that only denies a part in
an attack (not recorded)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 4, 16)  # a Thursday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def _roles(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


@pytest.mark.parametrize(
    ("text", "group", "day"),
    [
        (
            "In a video released on Monday, a man who appeared to be Boko Haram's leader, "
            "Abubakar Shekau, ridiculed the army's claims of victory.",
            "Boko Haram",
            "2020-04-13",
        ),
        (
            "In a video posted online on Tuesday, a man identified as al-Shabaab's commander "
            "taunted the soldiers.",
            "al-Shabaab",
            "2020-04-14",
        ),
        (
            "In a video that surfaced on Tuesday, Abubakar Shekau boasted of the raid.",
            "Boko Haram",
            "2020-04-14",
        ),
    ],
)
def test_the_one_heard_in_a_video_is_named_by_a_clause(analyse, text, group, day):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "video"
    assert group in _roles(release, "perpetrator")
    assert release["date"]["start"] == day


@pytest.mark.parametrize(
    "text",
    [
        "In a video released on Monday, the army showed weapons seized from the fighters.",
        "In a video released by police on Monday, a man who appeared to be a Boko Haram "
        "fighter confessed to the raid.",
        "In a video posted on Tuesday, the president mocked Boko Haram's leader, Abubakar Shekau.",
    ],
)
def test_a_video_voiced_by_someone_else_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype", "group"),
    [
        (
            "In an audio message broadcast on Monday by the group's Andalus radio, its "
            "spokesman, Ali Mohamud Rage, told followers in Kenya to hunt down Americans.",
            "audio",
            "al-Shabaab",
        ),
        (
            "In a claim carried by its Amaq news agency late on Monday, the Islamic State named "
            "the bomber.",
            "statement",
            "Islamic State",
        ),
        (
            "In a claim published by the group's Telegram channel on Wednesday, ISWAP said its "
            "fighters had killed 12 soldiers.",
            "statement",
            "Islamic State West Africa Province",
        ),
    ],
)
def test_a_release_carried_by_the_groups_channel(analyse, text, subtype, group):
    [release] = _releases(analyse, text)
    assert release["subtype"] == subtype
    assert group in _roles(release, "perpetrator")


@pytest.mark.parametrize(
    "text",
    [
        "In a claim carried by state television on Monday, the army said it had killed the bomber.",
        "In a message broadcast by state radio on Tuesday, the president urged calm.",
    ],
)
def test_a_message_carried_by_state_media_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Maoist rebels have admitted losing 29 members. In a four-page statement released on "
        "Saturday, the rebels' North Bastar divisional committee listed the names of the dead.",
        "The Maoists lost 12 cadres. In a statement issued on Sunday, the guerrillas' zonal "
        "committee vowed revenge.",
    ],
)
def test_the_rebels_stand_for_the_group_named_before(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    assert _roles(release, "perpetrator") == ["Communist Party of India (Maoist)"]


def test_the_rebels_do_not_make_the_armys_statement_theirs(analyse):
    text = (
        "The rebels said the government was lying. In a statement released on Saturday, the "
        "army listed the names of the dead."
    )
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            'In an 18-minute video titled "The Long Road," which the group\'s al-Furqan outlet '
            "released on April 2, he sat beside a rifle and praised the Easter Sunday bombings.",
            "2020-04-02",
        ),
        (
            "In a recording that al-Shabaab posted on Tuesday, its spokesman praised Sunday's "
            "attack on the base.",
            "2020-04-14",
        ),
    ],
)
def test_the_day_it_was_put_out_dates_it_not_what_it_praised(analyse, text, day):
    [release] = _releases(analyse, text)
    assert release["date"]["start"] == day


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        (
            "Abu Ubaidah, who leads al-Shabaab's media wing, urged attacks on Kenya in an audio "
            "recording released on Monday.",
            "al-Shabaab",
        ),
        (
            "Mohammed Khorasani, who is the spokesman of the Tehreek-e-Taliban Pakistan, urged "
            "attacks in an audio message released on Tuesday.",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "Shahidullah Shahid, who had been the public voice of the Tehreek-e-Taliban Pakistan "
            "since 2013, announced the oath in an audio message sent to journalists on Tuesday.",
            "Shahidullah Shahid",  # a former tie: the group he speaks for now is left open
        ),
    ],
)
def test_a_speaker_tied_to_a_group_by_a_clause(analyse, text, perpetrator):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "audio"
    assert _roles(release, "perpetrator") == [perpetrator]


@pytest.mark.parametrize(
    "text",
    [
        "Imran Khan, who has long criticised the Pakistani Taliban, announced the plan in a "
        "video message on Tuesday.",
        "Ahmed Rashid, who has written about the Taliban for years, discussed the video in an "
        "audio recording released on Monday.",
    ],
)
def test_a_clause_about_a_group_that_is_no_tie_gives_nothing(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The TTP said in a statement on Sunday night that it had nothing to do with the blast.",
        "In a statement on Tuesday, the Pakistani Taliban denied any involvement in the blast.",
        "The Taliban issued a statement on Monday denying that its fighters were behind the "
        "attack.",
        "Al-Shabaab said in a message on its Telegram channel that it had not carried out the "
        "kidnapping.",
    ],
)
def test_a_statement_that_only_denies_is_not_recorded(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The TTP said in a statement on Sunday night that it had carried out the bombing.",
        "Al-Shabaab said in a statement on Monday that it would not negotiate with the government.",
    ],
)
def test_a_statement_that_claims_or_refuses_talks_is_recorded(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
