"""Statements of separatist movements the group list now names (``extract.media`` with the
group lexicon): the Indigenous People of Biafra and the Ambazonia Interim Government release
statements as any armed group does. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Indigenous People of Biafra confirmed the commander's death in a statement on "
            "Sunday and accused the police of killing villagers.",
            "Indigenous People of Biafra",
        ),
        (
            "The Ambazonia Interim Government denied any part in the killings in a statement "
            "posted on Facebook on Sunday.",
            "Ambazonia Interim Government",
        ),
    ],
)
def test_a_separatist_movement_s_statement_is_its_release(analyse, text, group):
    result = analyse(text, date(2021, 4, 26))
    releases = [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "media_release"
    ]
    assert [[a["canonical"] for a in r["actors"]] for r in releases] == [[group]]
    assert [r["date"]["start"] for r in releases] == ["2021-04-25"]
