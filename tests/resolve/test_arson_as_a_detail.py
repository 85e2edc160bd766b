"""Homes burned, told in a sentence of their own after a killing, are a detail of that attack:
the record keeps the subtype that hurt people (GTD ranks an attack on property last), while an
attack told only by what was burned stays arson. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import attacks

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 10)


def _subtypes(analyse, text: str) -> list[str]:
    return [r.data["subtype"] for r in attacks(analyse(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on shoppers at a market in Kano on Friday evening, killing 40 people, "
        "police said. The attackers then set the market on fire before fleeing.",
        "Militants stormed an army post near Djibo on Saturday, killing 12 soldiers, the army "
        "said. They burned three trucks at the post.",
        "Gunmen shot dead 12 villagers in Kambi in North Kivu province on Wednesday, officials "
        "said. They also set fire to several homes.",
    ],
)
def test_a_burning_told_after_a_killing_leaves_it_a_killing(analyse, text):
    assert _subtypes(analyse, text) == ["armed_assault"]


def test_a_burning_told_alone_is_arson(analyse):
    text = "Gunmen set fire to a school in the village of Kambi in North Kivu province on Wednesday."
    assert _subtypes(analyse, text) == ["arson"]
