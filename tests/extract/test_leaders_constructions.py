"""Appointments told with the name in apposition to "one of his deputies", which the parser
hangs off the naming verb ("named one of his deputies, Mawlawi X, as his successor")."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subject(record: dict) -> str:
    [subject] = [a["name"] for a in record["actors"] if a["role"] == "subject"]
    return subject


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Al-Shabaab named one of its commanders, Ahmad Umar, as its new leader on Saturday.",
            "Ahmad Umar",
        ),
        (
            "The Pakistani Taliban named one of their founders, Noor Wali Mehsud, as their new "
            "chief.",
            "Noor Wali Mehsud",
        ),
        (
            "Jaish-e-Mohammed named one of its founders, Mohammed Ibrahim Azhar, as its new chief "
            "on Monday.",
            "Mohammed Ibrahim Azhar",
        ),
    ],
)
def test_named_one_of_them_as_leader(analyse, text, person):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "appointed"
    assert _subject(record) == person


@pytest.mark.parametrize(
    "text",
    [
        # no post named: an appointment word must name one
        "The group named one of its commanders, Ahmad Umar, in a statement on Saturday.",
        # a wound is no fate the subtypes tell
        "Al-Shabaab said one of its commanders, Ahmad Umar, was wounded on Saturday.",
        # a plan
        "Al-Shabaab may name one of its commanders, Ahmad Umar, as its new leader next year.",
    ],
)
def test_no_appointment_without_a_post_or_a_deed(analyse, text):
    assert _fates(analyse, text) == []
