"""Releases the parse or the lexicon used to miss (``extract.media``): "released a video showing
masked men ..." (the parse reads "video showing" as one noun) is a video released; statements
in the name of groups the lexicon now knows (Syria's Islamic Front, Bundu dia Kongo) are their
releases, and a video by a Nyatura commander is the militia's. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _releases(analyse, text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (r["subtype"], r["date"]["start"], [a.get("canonical") or a["name"] for a in r["actors"]])
        for r in records_of(analyse(text, PUBLISHED), "media_release")
    ]


def test_a_video_showing_what_was_done_is_released(analyse):
    text = (
        "Gunmen in small boats attacked a cargo ship off the coast on Sunday. On Tuesday the "
        "Houthis released a video showing masked men climbing aboard the empty ship and setting "
        "off charges before it sank."
    )
    assert _releases(analyse, text) == [("video", "2024-06-11", ["Houthis"])]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Islamic Front, an alliance of Islamist brigades, said in a statement on Monday "
            "that its fighters had withdrawn to new lines.",
            "Islamic Front",
        ),
        (
            "Bundu dia Kongo, a political and religious movement, denied any role in a statement "
            "sent to journalists on Monday.",
            "Bundu dia Kongo",
        ),
        (
            "In a video posted on Monday, a commander of a Nyatura militia faction and about 30 of "
            "his fighters said they would keep fighting.",
            "Nyatura",
        ),
    ],
)
def test_a_release_in_a_newly_known_groups_name(analyse, text, group):
    releases = _releases(analyse, text)
    assert len(releases) == 1 and group in releases[0][2]


def test_a_video_of_the_attack_shown_on_television_is_no_release(analyse):
    """A video someone else aired ("state television showed a video of the attack") is no
    release by the attackers."""
    text = (
        "Gunmen in small boats attacked a cargo ship off the coast on Sunday. State television "
        "showed a video of the attack on Monday, taken by a crew member."
    )
    assert not any(group == ["Houthis"] for _, _, group in _releases(analyse, text))
