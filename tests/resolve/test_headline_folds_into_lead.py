"""A headline's release, pledge or leadership change names its actors in fewer words than the
lead that tells it ("Philippine militants swear loyalty to Islamic State in online videos"),
so its identity may differ from the lead's; undated, it is the lead's event of its type and
subtype. An event of that type told only later in the body stays apart. Texts written for
this test.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2014, 8, 16)


def _pledges(analyse, text: str) -> list:
    result = analyse(text, PUBLISHED)
    return [r for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


def _evidence(record) -> str:
    return " ".join(span.text for source in record.sources for span in source.evidence)


def test_a_headline_pledge_is_the_lead_s_pledge(analyse):
    text = (
        "Island militants swear loyalty to Islamic State in online videos\n\n"
        "Militants in the southern islands have sworn allegiance to the Islamic State and its "
        "leader, Abu Bakr al-Baghdadi, in a video posted on YouTube on Wednesday, the army "
        "said.\n\n"
        "The army said it was studying the footage."
    )
    [pledge] = _pledges(analyse, text)
    evidence = _evidence(pledge)
    assert "Island militants swear loyalty" in evidence
    assert "have sworn allegiance" in evidence


def test_a_headline_pledge_told_only_late_in_the_body_is_not_folded(analyse):
    text = (
        "Island militants swear loyalty to Islamic State in online videos\n\n"
        "The army said on Friday it was studying footage posted online this week.\n\n"
        "Officials said the footage was filmed in the hills.\n\n"
        "Soldiers were sent to the area on Thursday.\n\n"
        "Analysts said the men in the video were a small cell.\n\n"
        "On Wednesday, a second group of militants swore allegiance to Baghdadi in a message "
        "posted on Facebook, the army said."
    )
    pledges = _pledges(analyse, text)
    assert not any(
        "Island militants swear loyalty" in _evidence(p) and "second group" in _evidence(p)
        for p in pledges
    )


def _releases(analyse, text: str, published: date) -> list:
    result = analyse(text, published)
    return [r for r in result.records if r.kind == "event" and r.data["type"] == "media_release"]


def test_a_headline_message_is_the_lead_s_audio_address(analyse):
    text = (
        "World News\n\n"
        "ISIS urges new attacks in latest message\n\n"
        "ISIS urges new attacks in latest message\n\n"
        "A video shot in the market was shared online on Monday.\n\n"
        "The Islamic State has called on its followers to attack Jews and Christians. Its new "
        "spokesman, Abu Hudhayfah al-Ansari, made a 30-minute audio address on Friday in which "
        "he praised the bombing."
    )
    [release] = _releases(analyse, text, date(2024, 6, 20))
    assert release.data["subtype"] == "audio"
    assert "latest message" in _evidence(release)


def test_a_titled_release_is_the_one_the_headline_and_lead_told(analyse):
    text = (
        "Zawahiri reappears in anniversary video\n\n"
        "Al-Qaeda's leader, Ayman al-Zawahiri, appeared in a video released on Saturday to mark "
        "the anniversary of the Sept. 11 attacks.\n\n"
        'The 61-minute video, titled "Jerusalem Will Not Be Judaized", was published by '
        "al-Qaeda's media arm, as-Sahab."
    )
    [release] = _releases(analyse, text, date(2021, 9, 13))
    assert release.data["title"] == "Jerusalem Will Not Be Judaized"
