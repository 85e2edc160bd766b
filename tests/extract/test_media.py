"""Propaganda releases (``extract.media``): sentences that must and must not give a record."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from watchfloor.extract import media

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _records(analyse, text: str, published: date = PUBLISHED) -> list:
    result = analyse(text, published)
    return [r for r in result.records if r.kind == "event" and r.data["type"] == "media_release"]


def _releases(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    return [r.data for r in _records(analyse, text, published)]


def _names(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


@pytest.mark.parametrize(
    ("text", "subtype", "releaser", "day"),
    [
        (
            "The Islamic State's Amaq news agency put out a video on Monday of fighters in "
            "Cabo Delgado.",
            "video",
            "Islamic State",
            "2024-06-10",
        ),
        (
            "Al-Shabaab published a statement on Tuesday claiming the attack on the base.",
            "statement",
            "al-Shabaab",
            "2024-06-11",
        ),
        (
            "The Islamic State published a new issue of its al-Naba newsletter on Thursday.",
            "publication",
            "Islamic State",
            "2024-06-06",
        ),
        (
            "ISWAP released photos on Friday of its fighters parading through a village.",
            "photos",
            "Islamic State West Africa Province",
            "2024-06-07",
        ),
        # said in it: the one saying is the releaser
        (
            "The Taliban said in a statement on Sunday that their fighters had taken the district.",
            "statement",
            "Taliban",
            "2024-06-09",
        ),
        # a leader's surname misread as an organisation, in a pluperfect clause
        (
            "AQAP leader Qassim al-Raymi spoke in 2019. In an audio message released on June 3, "
            "al-Raymi had claimed responsibility for the shooting at the base.",
            "audio",
            "al-Qaeda in the Arabian Peninsula",
            "2024-06-03",
        ),
        # the group's paper, named in apposition, as the doer
        (
            "The Islamic State named a leader last week. On Monday the organisation's "
            "newspaper, al-Naba, carried photographs of armed men.",
            "photos",
            "Islamic State",
            "2024-06-10",
        ),
    ],
)
def test_a_release_is_recorded(analyse, text, subtype, releaser, day):
    [record] = _releases(analyse, text)
    assert record["subtype"] == subtype
    assert record["certainty"] == "reported"
    assert _names(record, "perpetrator") == [releaser]
    assert record["date"]["start"] == day


def test_speaker_length_and_outlet(analyse):
    [record] = _releases(
        analyse,
        "In a 32-minute audio message released on Sunday by al-Furqan, Islamic State "
        "spokesman Abu Hudhayfah al-Ansari urged supporters to strike Jewish targets.",
    )
    assert record["subtype"] == "audio"
    assert _names(record, "speaker") == ["Hudhayfah al-Ansari"]
    assert _names(record, "perpetrator") == ["Islamic State"]
    outlets = [a for a in record["actors"] if a["type"] == "media_outlet"]
    assert [(a["canonical"], a["role"]) for a in outlets] == [("al-Furqan", "other")]
    assert record["length"] == "32-minute"
    assert record["length_seconds"] == 32 * 60
    assert record["date"]["start"] == "2024-06-09"


def test_the_title_is_kept(analyse):
    [record] = _releases(
        analyse,
        'On Saturday the Taliban released a video titled "Lions of the Valley" about its fighters.',
    )
    assert record["title"] == "Lions of the Valley"
    assert record["date"]["start"] == "2024-06-08"


def test_he_is_the_leader_named_before(analyse):
    [record] = _releases(
        analyse,
        "Abu Bakr al-Baghdadi has not been seen in public for months. In a rare audio "
        "recording released on Thursday, he urged his followers to keep fighting.",
    )
    assert _names(record, "speaker") == ["Abu Bakr al-Baghdadi"]
    assert _names(record, "perpetrator") == ["Islamic State"]


def test_a_counted_series_gives_one_record_per_release(analyse):
    records = _releases(
        analyse,
        "Over the past week, Islamic State media outlets released six videos from its "
        "provinces in Africa.",
    )
    assert len(records) == 6
    assert sorted(r["series"]["index"] for r in records) == [1, 2, 3, 4, 5, 6]
    assert {r["series"]["count"] for r in records} == {6}
    assert {r["series"]["text"] for r in records} == {"six videos"}


def test_one_release_told_twice_is_one_record(analyse):
    [record] = _records(
        analyse,
        "The Islamic State released a video on Monday showing the execution of two men. "
        "The video, which was posted by Amaq, was filmed in a desert area.",
    )
    assert len(record.sources[0].evidence) == 2
    assert record.data["date"]["start"] == "2024-06-10"
    assert "Amaq" in [a["canonical"] for a in record.data["actors"]]


def test_a_headline_joins_its_lead(analyse):
    [record] = _releases(
        analyse,
        "ISIS releases new video threatening Europe\n\n"
        "The Islamic State released a new video on Tuesday threatening attacks in Europe.",
    )
    assert record["date"]["start"] == "2024-06-11"


def test_two_releases_stay_two(analyse):
    records = _releases(
        analyse,
        "On Monday al-Shabaab released a video of its fighters near Mogadishu. "
        "On Wednesday the Taliban issued a statement about the talks in Doha.",
    )
    assert sorted((r["subtype"], _names(r, "perpetrator")[0]) for r in records) == [
        ("statement", "Taliban"),
        ("video", "al-Shabaab"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "The Islamic State did not release a video of the attack on Monday.",
        # future, planned, possible: no record at all
        "The Islamic State is expected to release a new video in the coming days.",
        "Analysts say the group may publish more videos after the attack on Monday.",
        "The Taliban will issue a statement on the talks next week.",
        # talk of propaganda in general
        "The Islamic State uses videos to recruit young men online.",
        "Islamic State has for years released videos of its fighters.",
        "Al-Shabaab has released hundreds of videos since it was founded.",
        # history: a 2014 release recalled in a 2024 story
        "In a 2014 video, Abu Bakr al-Baghdadi declared a caliphate from a mosque in Mosul.",
        # released by governments, police, bystanders, supporters: not propaganda
        "The Pentagon released a video of the airstrike on an Islamic State hideout on Tuesday.",
        "The interior ministry issued a statement on Monday condemning the Islamic State attack.",
        "Footage filmed by a bystander showed the moment the bomb exploded in the market.",
        "Police released CCTV footage of the two suspects on Friday.",
        "Islamic State supporters shared a video of the attack on Telegram.",
        # "he" is the suspect the sentence is about, not a leader
        "Islamic State leader Abu Ibrahim spoke last year. Police said the young suspect had "
        "pledged loyalty to the group in a message he posted online in May.",
        # look-alike words
        "The minister sent a clear message to the Taliban that the talks were over.",
        "The Islamic State's message to its supporters is simple, analysts say.",
        "Two photos of Abu Bakr al-Baghdadi appear on the wanted list.",
    ],
)
def test_no_release_is_recorded(analyse, text):
    assert _releases(analyse, text) == []


def test_worth_parsing_needs_a_release_word():
    plain = SimpleNamespace(ents=[])
    assert not media.worth_parsing(plain, "The army said the Taliban attacked a checkpoint.")
    assert not media.worth_parsing(plain, "A video of the flood was shared widely.")
    assert media.worth_parsing(plain, "Amaq released a video on Monday.")
