"""Release constructions missed on records_dev3 (``extract.media``): a group the lexicon does
not know, named by what it calls itself ("A group calling itself Jund al-Khilafa released a
video")."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A group calling itself Jund al-Khilafa, or Soldiers of the Caliphate, released a "
            "video on Monday showing the beheading of Pierre Martin, a hiking guide from Lyon, "
            "who was seized on Saturday near Bouira.",
            "Jund al-Khilafa",
        ),
        (
            "A faction known as Ansar al-Tawhid released a statement on Monday claiming the "
            "bombing.",
            "Ansar al-Tawhid",
        ),
        (
            "A little-known militant group calling itself Liwa al-Thawra posted a video on "
            "Tuesday showing the attack.",
            "Liwa al-Thawra",
        ),
    ],
)
def test_a_self_named_group_releases(analyse, text, name):
    [record] = _releases(analyse, text)
    assert [a["name"] for a in record["actors"] if a["role"] == "perpetrator"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "A research group called Extremism Watch released a video on Monday about the attacks.",
        "A group calling itself Ansar al-Tawhid said on Monday it would release a video.",
    ],
)
def test_no_release_by_a_research_group_or_a_planned_one(analyse, text):
    assert _releases(analyse, text) == []
