"""A rumour of a death the article also tells as a killing in the same days is that killing
told again (one ``killed`` record); a rumour of another time stays its own record; and a name
that qualifies a group noun ("the group's Sahel branch") is not a second person killed; a fate
another event's time is counted back from ("two days before Kolo died") is not told again.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


ONE_KILLING = [
    "Troops killed Musa Idris Kolo, the leader of Boko Haram, in the Sambisa forest last month, "
    "the army said on Wednesday. In late October, officials said they were checking reports "
    "that Kolo had been killed.",
    "Government forces killed Abdirahman Warsame, the leader of al-Shabaab, in an air strike "
    "last month, the ministry said on Thursday. Officials had said in October that Warsame "
    "might have been killed in the strike.",
]


@pytest.mark.parametrize("text", ONE_KILLING)
def test_a_rumour_of_the_told_killing_is_that_killing(analyse, text):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"


def test_a_rumour_of_another_year_stays_its_own(analyse):
    text = (
        "Troops killed Musa Idris Kolo, the leader of Boko Haram, in the Sambisa forest last "
        "month, the army said on Wednesday. In August 2021, officials said they were checking "
        "reports that Kolo had been killed in an air strike."
    )
    subtypes = sorted(r["subtype"] for r in _fates(analyse, text))
    assert "killed" in subtypes
    assert subtypes.count("killed") == 1


BRANCH_NAMES = [
    "Soldiers killed Abu Salim al-Tuareg, a senior commander of the Islamic State's Sahel "
    "branch, in an operation near Menaka last week, the army said on Tuesday.",
    "Police shot dead Rahimullah Zadran, a commander of the Islamic State's Kabul cell, in a "
    "raid on Monday, officials said.",
    "An air strike on Tuesday killed Sher Khan Mehsud, a senior commander of the Taliban's "
    "Haqqani network, officials said.",
]


@pytest.mark.parametrize("text", BRANCH_NAMES)
def test_a_name_qualifying_a_branch_is_not_a_second_person(analyse, text):
    records = _fates(analyse, text)
    assert len(records) == 1
    assert subject_names(records[0]) not in ("Sahel", "Kabul", "Haqqani")


MEASURED_BACK_FROM = [
    "Musa Idris Kolo, the leader of Boko Haram, was killed on Tuesday in Maiduguri. Two days "
    "before Kolo died, soldiers killed Abba Kaka, a senior commander of ISWAP, near Lake Chad.",
    "Abdirahman Warsame, the leader of al-Shabaab, was killed in Jilib on Wednesday. A week "
    "before Warsame was killed, troops captured Hassan Afrah, another commander of "
    "al-Shabaab, in Baidoa.",
]


@pytest.mark.parametrize("text", MEASURED_BACK_FROM)
def test_a_fate_time_is_counted_back_from_is_not_told_again(analyse, text):
    records = _fates(analyse, text)
    assert len(records) == 2
    assert len({subject_names(r) for r in records}) == 2


def test_a_fate_after_another_is_still_news(analyse):
    text = (
        "Soldiers killed Abba Kaka, a senior commander of ISWAP, near Lake Chad on Tuesday, "
        "two days before the army said it had captured Modu Sheriff, another ISWAP commander."
    )
    assert len(_fates(analyse, text)) >= 1
