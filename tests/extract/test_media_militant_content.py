"""Releases told by what a militant says in them (``extract.media._militant_content``) and doers
whose time adverbial is not part of their name (``extract.media._name_word``)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _releases(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "media_release"
    ]


def _types(analyse, text: str) -> set[str]:
    result = analyse(text, PUBLISHED)
    return {r.data["type"] for r in result.records if r.kind == "event"}


@pytest.mark.parametrize(
    "text",
    [
        "The commander Karim Haddad broke with the council on Monday. Days later Haddad rejected "
        "the merger in an audio recording in which he reaffirmed his loyalty to al-Qaeda.",
        "Weeks later Abu Yahya appeared in a video in which he urged followers to attack "
        "police stations.",
        "Hours later Abu Talha spoke in an audio message in which he renewed his oath of "
        "allegiance to the Islamic State.",
    ],
)
def test_a_named_speaker_pledging_or_calling_gives_a_release(analyse, text):
    [record] = _releases(analyse, text)
    speakers = [a["name"] for a in record["actors"] if a["role"] == "speaker"]
    assert speakers


def test_the_pledge_is_kept_beside_its_release(analyse):
    text = (
        "Hours later Abu Talha spoke in an audio message in which he renewed his oath of "
        "allegiance to the Islamic State."
    )
    assert {"media_release", "pledge"} <= _types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # an official urging calm, not a militant's call
        "Days later the minister, John Smith, spoke in an audio recording in which he urged calm.",
        # a bare denial stays a denial
        "Hours later Smith denied in a statement that the party had links to the group.",
        "On Friday, John Smith, the interior minister, said in a recording that police would "
        "attack the problem.",
    ],
)
def test_an_outsiders_recording_is_not_a_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kata Ansar claimed the ambush within hours in a message sent to local journalists.",
        "Harakat Sawt claimed the bombing on Tuesday in a statement posted on Telegram.",
    ],
)
def test_a_name_claiming_an_attack_in_a_message_is_its_releaser(analyse, text):
    [record] = _releases(analyse, text)
    assert [a["role"] for a in record["actors"]][:1] == ["perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        "Police claimed in a statement sent to reporters that the raid had been lawful.",
        "John Carter claimed in a message to reporters that he had been misquoted.",
    ],
)
def test_a_claim_by_no_group_is_not_a_release(analyse, text):
    assert _releases(analyse, text) == []
