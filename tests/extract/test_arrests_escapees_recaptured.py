"""Escapees recaptured are detained again (``extract.arrests``): "had recaptured 43 escapees",
"recaptured a large number of the prisoners who escaped" are detentions by the force that took
them back; a town recaptured is no arrest. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _arrests(analyse, text: str) -> list[dict]:
    result = analyse(text, date(2024, 7, 15))
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "By Friday morning, police and soldiers had recaptured 38 escapees, the jail bureau "
        "said.",
        "The army said on Saturday that it had recaptured a large number of the prisoners who "
        "escaped from the central prison last week.",
    ],
)
def test_escapees_recaptured_are_detained(analyse, text):
    assert [a["subtype"] for a in _arrests(analyse, text)] == ["detention"]


def test_a_town_recaptured_is_no_arrest(analyse):
    assert _arrests(analyse, "Troops recaptured the town of Gao on Friday.") == []
