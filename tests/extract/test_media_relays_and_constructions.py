"""Releases told through the accounts or supporters that pass them on, through a group named by
what it is to another ("the branch's media office"), through constructions the parse hangs away
from the release word ("came in a video ..., posted on ...", "followed with four sets of
photographs", "together with a video"), and what a publication prints (``extract.media``)."""

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
    ("text", "subtype", "group"),
    [
        (
            "Islamic State West Africa Province lost a commander last week. A video released on "
            "Monday by the branch's media office showed fighters training in a forest clearing.",
            "video",
            "Islamic State West Africa Province",
        ),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin has grown in central Mali. On Monday the "
            "alliance's media arm put out a statement mourning the commander.",
            "statement",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "Al-Shabaab lost ground near the coast this spring. The faction's radio station "
            "broadcast an audio message from its spokesman on Tuesday.",
            "audio",
            "al-Shabaab",
        ),
    ],
)
def test_a_group_told_by_what_it_is(analyse, text, subtype, group):
    [release] = _releases(analyse, text)
    assert release["subtype"] == subtype
    assert _perpetrators(release) == [group]


@pytest.mark.parametrize(
    ("text", "subtype", "day"),
    [
        (
            "Al-Shabaab named a new spokesman. The announcement came in an audio message of about "
            "six minutes, posted late on Sunday on the group's Telegram channel, in which the new "
            "spokesman thanked his predecessor.",
            "audio",
            "2024-06-09",
        ),
        (
            "Boko Haram lost a senior commander. The news arrived in a short video, put online on "
            "Monday on channels the group runs, in which fighters mourned him.",
            "video",
            "2024-06-10",
        ),
        (
            "Boko Haram lost a senior commander. The news arrived in a short video, uploaded on "
            "Monday to the group's channels, in which fighters mourned him.",
            "video",
            "2024-06-10",
        ),
    ],
)
def test_a_participle_hung_on_the_clause_verb(analyse, text, subtype, day):
    [release] = _releases(analyse, text)
    assert release["subtype"] == subtype
    assert release["date"]["start"] == day
    assert _perpetrators(release) in (["al-Shabaab"], ["Boko Haram"])


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab has replaced its leader in the Juba valley, according to an audio recording "
        "that began circulating among the group's supporters on Monday.",
        "Al-Shabaab has replaced its leader in the Juba valley, according to an audio recording "
        "that started to circulate on the group's Telegram channels on Monday.",
    ],
)
def test_a_recording_that_began_circulating_among_the_groups_own(analyse, text):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "audio"
    assert _perpetrators(release) == ["al-Shabaab"]
    assert release["date"]["start"] == "2024-06-10"


def test_the_group_of_a_release_the_news_is_told_according_to(analyse):
    text = (
        "The Islamic State has named a veteran commander of the Abu Sayyaf group as its emir for "
        "the region, according to a video released by the group on Tuesday."
    )
    [release] = _releases(analyse, text)
    assert _perpetrators(release) == ["Islamic State"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Islamic State named a new emir for the region. On Friday the group's channels "
            "followed with three sets of photographs showing fighters from three units renewing "
            "their pledge.",
            3,
        ),
        (
            "ISWAP lost a commander in an air strike. The branch responded with two sets of "
            "photographs on Sunday showing its fighters on parade.",
            2,
        ),
    ],
)
def test_a_release_followed_with_counted_sets(analyse, text, count):
    releases = _releases(analyse, text)
    assert len(releases) == count
    assert {r["series"]["index"] for r in releases} == set(range(1, count + 1))
    assert all(r["subtype"] == "photos" for r in releases)


def test_a_set_of_many_pictures_is_one_release(analyse):
    text = (
        "The Islamic State claimed the raid, and it published a set of 20 photographs on Sunday "
        "showing fighters in the streets."
    )
    [release] = _releases(analyse, text)
    assert "series" not in release


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State's Amaq news agency said on Monday that one of its fighters had carried "
        "out the stabbing, and it published a photograph of the attacker along with a short video "
        "in which he pledged allegiance to the group's leader.",
        "On Monday Amaq published a photograph of the gunman together with a video in which he "
        "swore allegiance to the group's leader.",
    ],
)
def test_a_video_published_together_with_a_photograph(analyse, text):
    subtypes = sorted(r["subtype"] for r in _releases(analyse, text))
    assert subtypes == ["photos", "video"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Overnight, accounts that share the group's material on Telegram circulated a short "
            "statement in the name of al-Shabaab saying its fighters were unharmed.",
            "al-Shabaab",
        ),
        (
            "Al-Shabaab named a new governor. Channels that relay the group's propaganda posted "
            "an audio message from him on Monday.",
            "al-Shabaab",
        ),
        (
            "The Gulf Clan said in a statement posted on social media on Sunday that its "
            "commanders remained united.",
            "Gulf Clan",
        ),
    ],
)
def test_a_release_passed_on_for_a_group(analyse, text, group):
    [release] = _releases(analyse, text)
    assert _perpetrators(release) == [group]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's releases
        "A video released on Monday by the army's media office showed troops training in a "
        "forest clearing.",
        "The footage came to light in a video, posted on Sunday by the police, showing the arrest "
        "of two men.",
        "Police arrested five men in the capital, according to a video that began circulating on "
        "Monday.",
        "Police followed with a video of the arrests on Friday.",
        "Police published a photograph of the suspect together with a video of his arrest on "
        "Monday.",
        "Accounts that share news from the region circulated a video of the blast on Monday.",
        "Islamic State supporters shared a video of the blast on Monday.",
        # a tally of issues told since an old date
        "The Islamic State has published 11 issues of Dabiq since July 2014.",
        "The army followed with air strikes on the camp on Friday.",
    ],
)
def test_no_release_of_a_group(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "second",
    [
        "The same issue of Rumiyah carried photographs of three men it said it had executed.",
        "The magazine also featured a video still of the attack.",
        "A photograph of the bomb appeared in the new issue of the magazine.",
    ],
)
def test_what_a_publication_prints_is_part_of_it(analyse, second):
    text = "The Islamic State released a new issue of Rumiyah on Monday. " + second
    releases = _releases(analyse, text)
    assert [r["subtype"] for r in releases] == ["publication"]
    assert releases[0]["date"]["start"] == "2024-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it may have killed Abu Bakr al-Baghdadi. His last known recording, an audio "
        "message released in early April, told fighters to stand their ground.",
        "Al-Shabaab's leader has not been seen for months; his last public message was a video "
        "released by al-Kataib in March.",
    ],
)
def test_a_last_known_release_is_background(analyse, text):
    assert _releases(analyse, text) == []


def test_a_first_release_in_months_is_news(analyse):
    text = (
        "Abu Bakr al-Baghdadi released a new audio message on Monday, his first in months, urging "
        "fighters to stand their ground."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "audio"
