"""Leaders' fates (``extract.leaders``) told around asides the parse misreads ("X, described
as the group's commander, may have been killed"; "the commander who led the assault, a unit
leader it identified as X"), plural posts ("one of the founders of"), a headline's bare post
that is the person named in the body, and a spokesman "introduced in the message" dated by
that message."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 14)  # a Wednesday


def _fates(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "leadership_change"
    ]


def _subjects(records: list[dict]) -> list[tuple[str, str]]:
    return [
        (r["subtype"], a["name"]) for r in records for a in r["actors"] if a["role"] == "subject"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab has been fighting government troops near Kismayo for weeks. A local "
            "radio station reported that Mahad Karate Warsame, described as the group's "
            "commander for the Juba valley, may have been killed in a drone strike on Monday.",
            ("rumoured_dead", "Mahad Karate Warsame"),
        ),
        (
            "A military spokesman said on Tuesday that an airstrike had killed Yusuf Ali Dheere, "
            "one of the founders of al-Shabaab, near Jilib.",
            ("killed", "Yusuf Ali Dheere"),
        ),
        (
            "The army said on Tuesday that troops had captured the man who planned the raid on "
            "the barracks, a JNIM unit leader it identified only as Abdoulaye Sidibe.",
            ("captured", "Abdoulaye Sidibe"),
        ),
    ],
)
def test_fate_of_the_named_person(analyse, text, expected):
    assert expected in _subjects(_fates(analyse, text))


def test_bare_post_in_headline_is_the_person_named_below(analyse):
    text = (
        "Airstrike kills al-Shabaab co-founder in southern Somalia\n\n"
        "The government said on Tuesday that an airstrike had killed Yusuf Ali Dheere, one of "
        "the founders of al-Shabaab, near Jilib on Sunday."
    )
    assert _subjects(_fates(analyse, text)) == [("killed", "Yusuf Ali Dheere")]


def test_two_named_founders_keep_an_unnamed_third(analyse):
    text = (
        "Troops killed Yusuf Ali Dheere, a co-founder of al-Shabaab, on Sunday. Another "
        "airstrike killed Hassan Abdi Nur, a co-founder of al-Shabaab, on Monday. An "
        "al-Shabaab co-founder was also killed in a raid near Bardera on Tuesday."
    )
    assert len(_fates(analyse, text)) == 3


def test_spokesman_introduced_in_the_message_takes_its_day(analyse):
    text = (
        "The Islamic State said in an audio message on June 2 that Abu Bakr al-Maqdisi had "
        "been chosen as its new leader. Abu Hudhayfah al-Ansari had not been heard before "
        "the group announced a raid in Syria on June 9. Al-Ansari was introduced in the "
        "message as the new spokesman."
    )
    appointed = [r for r in _fates(analyse, text) if r["subtype"] == "appointed"]
    ansari = [r for r in appointed if "Hudhayfah al-Ansari" in _canonicals(r)]
    assert ansari and ansari[0]["date"]["start"] == "2023-06-02"


def _canonicals(record: dict) -> list[str]:
    return [a["canonical"] for a in record["actors"] if a["role"] == "subject"]


@pytest.mark.parametrize(
    "text",
    [
        # the aside names the person, but the death is denied
        "A local radio station reported that Mahad Karate Warsame, described as the group's "
        "commander, had not been killed in the strike.",
        # one of the founders, but nobody's fate is told
        "Yusuf Ali Dheere, one of the founders of al-Shabaab, gave a speech in Jilib on Monday.",
    ],
)
def test_no_fate(analyse, text):
    assert _fates(analyse, text) == []
