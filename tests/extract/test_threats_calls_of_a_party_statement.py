"""A party's statement mourning its leaders and calling on its armed wing to attack
(``extract.threats``, with the groups and outlets of ``data/``): the Communist Party of the
Philippines is the New People's Army's party, its newspaper Ang Bayan its outlet; an armed
group named "... Army" is no state force the call is an order to; and a written statement
speaks for the group, not for the dead leader the story named last. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 4, 21)  # a Friday

TEXT = (
    "The Communist Party of the Philippines confirmed on Thursday that its chairman, Benito "
    "Tiamzon, and his wife, Wilma Austria-Tiamzon, the party's secretary general, were killed "
    "by soldiers in Samar province in August.\n\n"
    "The two had led the party's underground organisation for more than two decades.\n\n"
    "The party's newspaper, Ang Bayan, published a special issue on Thursday honouring the "
    "couple as martyrs, and the statement called on the New People's Army to step up its "
    "attacks across the country to avenge them."
)


def test_both_leaders_killed(analyse):
    fates = records_of(analyse(TEXT, PUBLISHED), "leadership_change")
    subjects = {a["name"] for r in fates for a in r["actors"] if a["role"] == "subject"}
    assert subjects == {"Benito Tiamzon", "Wilma Austria-Tiamzon"}


def test_the_call_is_the_group_s(analyse):
    calls = [
        r
        for r in records_of(analyse(TEXT, PUBLISHED), "threat")
        if r["subtype"] == "call_to_attack"
    ]
    assert [[a["canonical"] for a in c["actors"] if a["role"] == "speaker"] for c in calls] == [
        ["New People's Army"]
    ]


def test_an_order_to_troops_is_no_call(analyse):
    text = "The commander called on the army to step up its attacks on the rebels on Thursday."
    assert records_of(analyse(text, PUBLISHED), "threat") == []
