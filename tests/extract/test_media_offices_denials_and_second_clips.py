"""Releases told in ways the extractors missed on new articles (``extract.media``,
``extract.pledges``): a group's office named through "its" ("Its Anbar media office released
three sets of photographs"); a leader's video that denies a defeat (a written statement that only
denies is still no release); a televised address; "a second clip ... appeared" as the releaser's
of the first; a pledge the videos "end with". Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 12, 30)  # a Friday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def _perpetrators(record: dict) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == "perpetrator"]


def test_a_groups_office_named_through_its_releases_a_counted_series(analyse):
    text = (
        "Islamic State fighters seized the army command in Ramadi on Sunday. Its Anbar media "
        "office released three sets of photographs the same day, showing fighters at the gates."
    )
    releases = _releases(analyse, text)
    assert [r["subtype"] for r in releases] == ["photos"] * 3
    assert all(_perpetrators(r) == ["Islamic State"] for r in releases)


def test_a_leaders_video_denying_a_defeat_is_a_release(analyse):
    text = (
        "The leader of Boko Haram, Abubakar Shekau, has appeared in a new video denying that "
        "his fighters were driven out of their stronghold in the Sambisa forest."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "video"


def test_a_statement_that_only_denies_is_no_release(analyse):
    text = "The Pakistani Taliban said in a statement that they had nothing to do with the attack."
    assert _releases(analyse, text) == []


def test_a_televised_address_is_a_video(analyse):
    text = (
        "Israel killed the Houthi prime minister on Thursday. The head of the Houthis' Supreme "
        "Political Council, Mahdi al-Mashat, announced his death in a televised address on "
        "Saturday."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "video"
    assert _perpetrators(release) == ["Houthis"]


def test_a_second_clip_that_appeared_is_the_releasers_of_the_first(analyse):
    text = (
        "The Islamic State released a video of the defector on Wednesday. A second clip, about "
        "three minutes long, appeared on the same Twitter account on Thursday."
    )
    releases = _releases(analyse, text)
    assert len(releases) == 2
    assert all(_perpetrators(r) == ["Islamic State"] for r in releases)


def test_a_pledge_the_videos_end_with_is_a_pledge(analyse):
    text = (
        "Islamic State West Africa Province fighters overran the Metele base on Sunday. On "
        "Thursday Amaq released three videos. The videos end with the fighters renewing their "
        "pledge of allegiance to Abu Bakr al-Baghdadi."
    )
    [pledge] = records_of(analyse(text, PUBLISHED), "pledge")
    assert pledge["subtype"] == "renewal"


def test_fighters_renewing_a_pledge_described_in_passing_is_no_pledge(analyse):
    text = (
        "Troops attacked the camp on Sunday. The army said the camp had long held fighters "
        "renewing their pledge of allegiance to Abu Bakr al-Baghdadi every year."
    )
    assert records_of(analyse(text, PUBLISHED), "pledge") == []


def test_fighters_who_take_turns_swearing_allegiance_pledge(analyse):
    text = (
        "The Islamic State released a video of the defector on Wednesday. It shows him at a "
        "firing range with a group of Tajik-speaking fighters, who take turns swearing "
        "allegiance to Abu Bakr al-Baghdadi."
    )
    pledges = records_of(analyse(text, PUBLISHED), "pledge")
    assert any(
        a["role"] == "perpetrator" and "fighters" in a["name"] for p in pledges for a in p["actors"]
    )


def test_a_group_that_attacked_swearing_allegiance_pledges(analyse):
    text = "Al-Shabaab fighters stormed the town on Monday, swearing allegiance to the Islamic State."
    [pledge] = records_of(analyse(text, PUBLISHED), "pledge")
    assert [a["canonical"] for a in pledge["actors"] if a["role"] == "perpetrator"] == ["al-Shabaab"]
