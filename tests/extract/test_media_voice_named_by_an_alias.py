"""A named man whose relative clause makes him a group's leader or voice speaks for that group
(``extract.media``), also when an alias or an apposition stands between his name and the clause
("Jimmy Cherizier, the former police officer known as Barbecue who leads the Viv Ansanm
coalition"). A man with no such clause, or one told as a former voice, releases nothing of a
group's. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 11, 13)


@pytest.mark.parametrize(
    "who",
    [
        "Jimmy Cherizier, known as Barbecue, who leads the Viv Ansanm coalition,",
        "Jimmy Cherizier, the former police officer known as Barbecue who leads the Viv Ansanm "
        "coalition,",
    ],
)
def test_a_leader_named_by_an_alias_releases_for_his_group(analyse, who):
    text = (
        f"In a video posted on social media on Tuesday, {who} said his men had not fired at the "
        "planes."
    )
    [release] = records_of(analyse(text, PUBLISHED), "media_release")
    assert release["subtype"] == "video"
    assert any(a["canonical"] == "Viv Ansanm" for a in release["actors"])


def test_a_man_known_by_an_alias_with_no_group_releases_nothing_of_a_group_s(analyse):
    text = (
        "In a video posted on social media on Tuesday, Jean Baptiste, known as Ti Jean, who runs "
        "a bakery in Petion-Ville, said the shooting had stopped."
    )
    releases = records_of(analyse(text, PUBLISHED), "media_release")
    assert not any(a.get("canonical") for r in releases for a in r["actors"])
