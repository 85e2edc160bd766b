"""Operations (``extract.operations``): strikes by aircraft named with their force ("aircraft
of the coalition struck"), campaigns opened by forces named in the clause above, attacks a
force repelled, air raids by an air force, and alternatives a source cannot choose between."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 5, 9)  # a Thursday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Jets of the Saudi-led coalition pounded rebel depots outside the port on Tuesday, "
            "a coalition spokesman said.",
            "airstrike",
        ),
        (
            "Warplanes of the Nigerian air force bombed Boko Haram camps in the forest on "
            "Monday, killing several fighters.",
            "airstrike",
        ),
        (
            "Government troops and allied militias pushed toward Sirte on Wednesday, opening "
            "a campaign to retake the city from the Islamic State.",
            "offensive",
        ),
        (
            "The army said on Tuesday that the assault on the base had been repelled and that "
            "soldiers had killed 14 attackers.",
            "battle",
        ),
        (
            "Soldiers repulsed an attack by al-Shabaab fighters on their camp near Kismayo "
            "on Monday, the army said.",
            "battle",
        ),
        (
            "The air force said on Wednesday that the raids on the island camps had destroyed "
            "boats and fuel stores used by ISWAP.",
            "airstrike",
        ),
    ],
)
def test_gives_the_operation(analyse, text, subtype):
    assert [r["subtype"] for r in _operations(analyse, text)] == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        # one of two accounts the source cannot choose between
        "Sources close to the group said the commander had died in July, either in fighting "
        "with soldiers or in clashes with a rival faction near the lake.",
        # strikes told as a fear, and a campaign promised
        "Residents fear that jets of the coalition will pound the old city again next week.",
        "The minister said the army would open a campaign to retake the valley next year.",
    ],
)
def test_gives_no_operation(analyse, text):
    assert _operations(analyse, text) == []
