"""Releases put out by an armed body the article describes but does not name
(``extract.media``): "In a video posted on Sunday, about 30 armed men announced ...", "a
commander of a Raia Mutomboki faction in northern Masisi said ...", "leaders of an armed group from
the Mellit area announced ...", "a gang from the Canaan area announced ...", "a militant
commander from Lakki Marwat said ...". The body is the releaser, with no canonical name, also
of a video that circulated showing armed men in numbers pledging allegiance. A lone gunman (or
"the attacker" shown pledging), fighters filming a square, residents, research groups, a police
commander and a community leader put out no propaganda release. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 30)  # a Tuesday


def _releases(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "media_release"
    ]


def _releasers(record: dict) -> list[tuple[str, str | None]]:
    return [(a["name"], a["canonical"]) for a in record["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "releaser"),
    [
        (
            "In a video posted on Sunday, about 40 armed men announced that they had joined "
            "the alliance.",
            "about 40 armed men",
        ),
        (
            "In a video posted on social media on Sunday, a commander of a Raia Mutomboki faction "
            "in southern Lubero said his fighters had joined the alliance.",
            "a Raia Mutomboki faction in southern Lubero",
        ),
        (
            "In a video posted on Telegram on Sunday, leaders of an armed group from the Kutum "
            "area announced that they had joined the RSF.",
            "an armed group from the Kutum area",
        ),
        (
            # a body armed by its very noun
            "In a video released on Sunday, a gang from the Croix-des-Bouquets area announced "
            "that it had joined the coalition.",
            "a gang from the Croix-des-Bouquets area",
        ),
        (
            # one who speaks for an armed body the words do not name
            "In a video released on Sunday, a bandit commander from Tsafe said his men would "
            "stop attacking villages.",
            "a bandit commander from Tsafe",
        ),
    ],
)
def test_unnamed_armed_body_puts_out_the_release(analyse, text, releaser):
    releases = _releases(analyse, text)
    assert len(releases) == 1
    assert _releasers(releases[0]) == [(releaser, None)]


@pytest.mark.parametrize(
    "text",
    [
        "In a video posted on Sunday, residents said the army had seized the town.",
        "In a video posted on Sunday, a research group said the army had seized the town.",
        "In a video posted on Sunday, a police commander said the army had seized the town.",
        "In a video posted on Sunday, a community leader said the army had seized the town.",
        "Rebel fighters posted videos from the main square on Sunday.",
        "On Sunday the gunman had posted a photograph of himself with his weapons.",
    ],
)
def test_no_armed_body_no_release(analyse, text):
    assert _releases(analyse, text) == []


def test_a_faction_of_a_known_militia_puts_out_the_release_as_the_militia(analyse):
    """The Mai-Mai militias are a known armed group: one of their factions releases as them."""
    text = (
        "In a video posted on social media on Sunday, a commander of a Mai-Mai faction in "
        "southern Lubero said his men would not disarm."
    )
    releases = _releases(analyse, text)
    assert len(releases) == 1
    assert ("Mai-Mai", "Mai-Mai militia") in _releasers(releases[0])


def test_armed_men_shown_pledging_in_a_video_that_circulated_put_it_out(analyse):
    text = (
        "Earlier this month a video circulated on Telegram in which about 20 armed men, said "
        "to be from the hills of the province, pledged allegiance to the Islamic State."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "video"
    assert _releasers(release) == [("about 20 armed men", None)]


def test_one_attacker_shown_pledging_puts_out_no_release(analyse):
    text = (
        "Earlier this month a video circulated on Telegram in which the attacker pledged "
        "allegiance to the Islamic State."
    )
    assert _releases(analyse, text) == []
