"""How ``extract.media`` tells one release from two and a release from background: a release
dated only to an earlier year is history; "a video of the speech" is one release; "the
recording" or "the message" told again refers back to a video or audio message told before; a
release told anew on another day, "a second statement", or a claim on one outlet beside another
outlet's release is a release of its own; a release the article describes (sent to the press,
posted online) is recorded even when its words deny; "was announced in an audio message" and "a
faction led by X announced in a message sent to ..." tell releases; "repeatedly in its videos"
does not."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 3, 12)  # a Friday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def _roles(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


# --- history: a release dated only to an earlier year ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab's leader appeared in a video in 2020 beside fighters training near Jilib.",
        "The Islamic State released an audio message from its spokesman in 2019, urging attacks "
        "on Christians.",
    ],
)
def test_a_release_dated_only_to_an_earlier_year_is_history(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab released a video on Tuesday showing fighters training near Jilib.",
        "The Islamic State released an audio message from its spokesman in March, urging attacks "
        "on Christians.",
    ],
)
def test_a_release_of_this_year_or_day_is_recorded(analyse, text):
    assert len(_releases(analyse, text)) == 1


# --- one release: what it holds, and the same release told again --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab posted a video of the speech on its channels on Wednesday.",
        "The Islamic State released footage of its spokesman's sermon on Monday.",
        "Hezbollah broadcast a video of the address on Thursday evening.",
    ],
)
def test_a_release_of_a_speech_is_one_release(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "video"


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State released a video on Tuesday showing its fighters in the desert. The "
        "recording, which runs for about 14 minutes and was put out by its al-Furqan media arm, "
        "ends with a call to arms.",
        "Al-Shabaab published a video on its channels on Wednesday. The clip shows fighters "
        "storming a base.",
    ],
)
def test_the_recording_told_again_is_the_video_told_before(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "video"


def test_the_message_told_again_is_the_audio_message_told_before(analyse):
    text = (
        "The new leader was named on Monday in an audio message from the Islamic State's "
        'spokesman, Abu Muhammad al-Adnani. The message, titled "Hold Fast," also urged '
        "supporters abroad to strike."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "audio"
    assert release["title"] == "Hold Fast"
    assert _roles(release, "speaker") == ["Abu Muhammad al-Adnani"]


def test_a_length_told_in_a_clause_after_the_release(analyse):
    [release] = _releases(
        analyse, "Al-Shabaab released an audio message, which runs for 12 minutes, on Monday."
    )
    assert release["length_seconds"] == 720


# --- two releases ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On March 2, gunmen shot a police officer in Dhaka. The Islamic State said it was "
        "behind it in a statement circulated online the same day.\n\n"
        "On March 9, a second officer was stabbed at a checkpoint. In a statement released "
        "through its Amaq news agency that evening, the group said its fighters had done it.",
        "Militants bombed a market in Quetta on March 1. The Islamic State claimed it in a "
        "statement posted online the next day.\n\n"
        "A week later, on March 8, gunmen attacked a bus near Mastung. In a statement issued "
        "on its channels that night, the group said its men had carried out the attack.",
    ],
)
def test_a_release_told_anew_on_another_day_is_another_release(analyse, text):
    releases = _releases(analyse, text)
    assert len(releases) == 2
    assert len({r["date"]["start"] for r in releases}) == 2


def test_one_release_told_twice_on_its_day_stays_one(analyse):
    text = (
        "The Islamic State claimed the bombing on Tuesday in a statement posted on Telegram. "
        "The statement, released through its Amaq news agency, named the bomber."
    )
    assert len(_releases(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State claimed both bombings in a statement on Sunday. A second statement, "
        "issued on Monday, urged its supporters to keep striking churches.",
        "Al-Shabaab claimed the raid in a statement on Tuesday. Another statement, posted on "
        "Wednesday, named the fighters who died.",
    ],
)
def test_a_second_statement_is_the_groups_second_release(analyse, text):
    releases = _releases(analyse, text)
    assert len(releases) == 2
    assert all(_roles(r, "perpetrator") for r in releases)


@pytest.mark.parametrize(
    "text",
    [
        "ISKP claimed the attack through its Amaq news agency, and on Wednesday its al-Azaim "
        'Foundation published a booklet titled "The Hypocrites".',
        "The Islamic State claimed the ambush through Amaq, and its al-Naba weekly published "
        "a two-page account of it on Thursday.",
    ],
)
def test_a_claim_on_one_outlet_beside_another_outlets_release(analyse, text):
    assert len(_releases(analyse, text)) == 2


def test_a_claim_with_pictures_on_one_outlet_stays_one(analyse):
    text = (
        "The Islamic State claimed the raid through its Amaq news agency and published "
        "photographs of the fighters."
    )
    assert len(_releases(analyse, text)) == 1


# --- described releases whose words deny --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab denied any role in a statement sent to journalists on Thursday.",
        "In a short statement posted on its Telegram channel on Wednesday, al-Shabaab denied "
        "that its fighters had crossed the border.",
        "A second video, published on Tuesday by the Islamic State, denied any part in the "
        "killings.",
    ],
)
def test_a_described_release_that_denies_is_recorded(analyse, text):
    assert len(_releases(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said in a statement on Thursday that it had nothing to do with the bombing.",
        "The Islamic State did not release a statement sent to journalists on Thursday.",
    ],
)
def test_a_reported_denial_or_a_negated_release_is_not(analyse, text):
    assert _releases(analyse, text) == []


# --- releases told in passive or by their leader's name ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new emir was announced on Monday in an audio message from the Islamic State's "
        "spokesman, Abu Muhammad al-Adnani.",
        "The offensive was declared in an audio recording from Adnan Abu Walid al-Sahrawi on "
        "Tuesday.",
    ],
)
def test_a_passive_saying_in_an_audio_message(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "audio"
    assert _roles(release, "speaker")


@pytest.mark.parametrize(
    "text",
    [
        "His death was announced in a statement by the army on Monday.",
        "The plan was described in a report by analysts on Tuesday.",
    ],
)
def test_a_passive_saying_by_others_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In February, a faction led by Adnan Abu Walid al-Sahrawi announced in a message sent "
        "to a Mauritanian news site that it had joined the Islamic State.",
        "A cell headed by Abu Muhammad al-Adnani said in a message sent to reporters on "
        "Monday that it would fight on.",
    ],
)
def test_a_faction_told_by_its_leader_sends_a_written_statement(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    assert _roles(release, "speaker")


def test_the_day_of_the_saying_dates_a_message_sent_to_the_press(analyse):
    text = (
        "In February, a faction led by Adnan Abu Walid al-Sahrawi announced in a message sent "
        "to a Mauritanian news site that it had joined the Islamic State."
    )
    [release] = _releases(analyse, text)
    assert release["date"]["start"] == "2021-02-01"


@pytest.mark.parametrize(
    "text",
    [
        "A research group led by Professor Ahmed Rashid said in a report sent to journalists "
        "that attacks had risen.",
        "The minister sent a message to the Taliban on Monday.",
    ],
)
def test_no_release_from_others_who_send_words(analyse, text):
    assert _releases(analyse, text) == []


# --- habitual ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State has threatened Egypt's Christians repeatedly in its videos and "
        "magazines since December.",
        "Al-Shabaab has time and again named the officers it wants killed in its videos.",
    ],
)
def test_releases_told_as_repeated_are_not_one_release(analyse, text):
    assert _releases(analyse, text) == []
