"""Release constructions of ``extract.media`` (and the year check ``extract.pledges`` shares):
"the issue of <publication> released on ..." (the issue is the release, the publication names
whose); a release clause closed by a semicolon before the call that follows ("A message was
posted on Monday; in it he urged ..."), which the parse hangs on the call's verb; "that year"
pointing back at a year named before the article's (background, no release nor pledge); and
groups new to the lexicon (Jaysh al-Islam, Kataib Hezbollah). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 10)  # a Thursday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def _roles(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The issue of al-Naba released on Tuesday carried a long interview with the "
            "group's new governor in Libya.",
            "2021-06-08",
        ),
        (
            "The latest edition of Dabiq, published on Monday, devoted eight pages to the "
            "fighting in Raqqa.",
            "2021-06-07",
        ),
        (
            "A new issue of al-Naba, put out on Wednesday, praised the attackers of the army post.",
            "2021-06-09",
        ),
    ],
)
def test_an_issue_of_a_publication_is_its_release(analyse, text, day):
    [release] = _releases(analyse, text)
    assert release["subtype"] == "publication"
    assert release["date"]["start"] == day
    assert "Islamic State" in _roles(release, "perpetrator")


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the issue of al-Naba that the group never released had been drafted.",
        "An issue of al-Naba will be released on Friday, supporters said.",
    ],
)
def test_no_issue_released(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "A seven-minute audio message attributed to a TTP commander was posted on Tuesday; "
            "in it he called on fighters to attack army schools.",
            "audio",
        ),
        (
            'On Wednesday, a video titled "The Path of the Faithful" was released by Boko '
            "Haram; in it, a masked man urged followers to kill soldiers.",
            "video",
        ),
        (
            "A statement from al-Shabaab was released on Monday; it told fighters to strike "
            "hotels in Mogadishu.",
            "statement",
        ),
    ],
)
def test_a_release_closed_by_a_semicolon_is_not_governed_by_the_call(analyse, text, subtype):
    releases = _releases(analyse, text)
    assert [r["subtype"] for r in releases] == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram urged its supporters to release a video of the attack.",
        "The TTP called on its media wing to post an audio message; no such message appeared.",
    ],
)
def test_a_release_asked_for_is_still_no_release(analyse, text):
    assert _releases(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ADF has been part of the Islamic State's Central Africa Province since 2019. Its "
        "leader, Musa Baluku, pledged allegiance to the group's then leader in a video "
        "released that year.",
        "The faction split from Boko Haram in 2016. Its commander swore allegiance to the "
        "Islamic State in an audio message put out the same year.",
    ],
)
def test_a_release_or_pledge_of_a_year_told_before_is_background(analyse, text):
    result = analyse(text, PUBLISHED)
    assert records_of(result, "media_release") == []
    assert records_of(result, "pledge") == []


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram chose a new leader in 2021. On Tuesday Boko Haram released its first "
        "video of that year.",
        "Boko Haram chose a new leader in 2021. On Tuesday Boko Haram released a video, its "
        "first that year.",
    ],
)
def test_that_year_being_this_year_is_news(analyse, text):
    assert [r["subtype"] for r in _releases(analyse, text)] == ["video"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Jaysh al-Islam confirmed the death in a statement posted on its Twitter account on "
            "Tuesday.",
            "Jaysh al-Islam",
        ),
        (
            "Kataib Hezbollah said in a statement on its Telegram channel on Wednesday that its "
            "commander had been killed.",
            "Kataib Hezbollah",
        ),
        (
            "Jaish al-Islam's leader was killed on Monday. On Tuesday the group released a "
            "five-minute video of his funeral.",
            "Jaysh al-Islam",
        ),
    ],
)
def test_groups_new_to_the_lexicon_release(analyse, text, group):
    [release] = _releases(analyse, text)
    assert _roles(release, "perpetrator") == [group]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "In a statement published on Wednesday on its website, the National Liberation "
            "Army, or ELN, said one of its units had seized the engineer.",
            "National Liberation Army",
        ),
        (
            "The New People's Army said in a statement posted on its website on Tuesday that "
            "its fighters had ambushed the patrol.",
            "New People's Army",
        ),
    ],
)
def test_a_group_named_army_is_its_own_releaser(analyse, text, group):
    [release] = _releases(analyse, text)
    assert any(group in name for name in _roles(release, "perpetrator"))


@pytest.mark.parametrize(
    "text",
    [
        "In a statement published on Wednesday, the army said its units had seized the "
        "engineer's kidnappers.",
        "The Nigerian Army said in a statement posted on Tuesday that troops had retaken the town.",
    ],
)
def test_an_army_s_statement_is_no_release(analyse, text):
    assert _releases(analyse, text) == []


def test_a_press_note_of_a_group_is_a_statement(analyse):
    text = (
        "Maoist rebels lost six cadres in the forest. On Wednesday a press note issued by the "
        "CPI (Maoist) called the gunfight staged."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"


@pytest.mark.parametrize(
    ("text", "subtypes"),
    [
        (
            "Boko Haram released a video of the captives on Monday. In an audio message attached "
            "to the video, a speaker for the group said the women would be killed.",
            ["video"],
        ),
        (
            "Al-Shabaab released a video on Monday. An audio recording appended to the video "
            "threatened more attacks.",
            ["video"],
        ),
        (
            "Boko Haram released an audio message on Monday with a video attached.",
            ["audio"],
        ),
    ],
)
def test_a_release_attached_to_another_is_part_of_it(analyse, text, subtypes):
    assert sorted(r["subtype"] for r in _releases(analyse, text)) == subtypes
