"""Who died "with" something or beside someone without a post gives no second record (a
companion's own record was tried and dropped: on unseen news it added records without
matching any); "replaced him with X" names X; "senior
Islamic State figures" is a post with the group's name inside; "arresting its leader" is an
arrest. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subjects(records: list[dict]) -> set[str]:
    return {n for r in records for n in actor_names(r, "subject")}


NOT_COMPANIONS = [
    # a wife holds no post
    "Soldiers shot dead Modu Sheriff, a Boko Haram commander, along with his wife, Aisha Modu, "
    "near Bama on Wednesday.",
    # a bare "with" is how, not with whom
    "Soldiers killed the Boko Haram commander Modu Sheriff with a single shot on Wednesday.",
]


@pytest.mark.parametrize("text", NOT_COMPANIONS)
def test_no_record_for_who_holds_no_post(analyse, text):
    [record] = _fates(analyse, text)
    assert "Modu Sheriff" in actor_names(record, "subject")


def test_replaced_with_names_the_new_one(analyse):
    text = (
        "Al-Shabaab has removed its spokesman and replaced him with a little-known cleric, "
        "Abdirahman Warsame, according to a recording released on Thursday."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "appointed"
    assert "Abdirahman Warsame" in actor_names(record, "subject")


def test_replacing_things_is_no_appointment(analyse):
    text = "Al-Shabaab replaced its old radios with satellite phones last year, the report said."
    assert _fates(analyse, text) == []


def test_senior_figures_with_the_group_named_inside(analyse):
    text = (
        "Air strikes killed about ten senior Islamic State figures, among them Abu Yahya "
        "al-Iraqi, the coalition said on Monday."
    )
    [record] = _fates(analyse, text)
    assert "Abu Yahya al-Iraqi" in actor_names(record, "subject")


def test_senior_figures_doing_something_else_have_no_fate(analyse):
    text = (
        "About ten senior Islamic State figures attended the meeting in Raqqa on Monday, the "
        "coalition said."
    )
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Troops raided the camp on Sunday, arresting its leader, Imran Qureshi, a commander "
            "of Lashkar-e-Taiba.",
            "arrested",
        ),
        (
            "Troops raided the camp on Sunday, capturing Imran Qureshi, a senior commander of "
            "Lashkar-e-Taiba, and two of his guards.",
            "captured",
        ),
    ],
)
def test_a_capture_told_by_a_gerund(analyse, text, subtype):
    [record] = _fates(analyse, text)
    assert record["subtype"] == subtype
    assert record["date"]["start"] == "2022-11-13"
