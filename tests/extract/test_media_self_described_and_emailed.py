"""Statements the release extractor missed on new articles (``extract.media``): a speaker "who
described himself as the spokesman of" a group speaks for it; a statement "e-mailed to
journalists" went out (the tokenizer no longer cuts "e-mailed" at its hyphen, and its lemma is
"e-mail"); a spokesman who "disowned the attack in a statement" said something in it. A man who
describes himself as a student speaks for no group. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 1, 21)  # a Thursday


def _releases(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "media_release")


def _perpetrators(record: dict) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == "perpetrator"]


def test_a_speaker_who_described_himself_as_a_groups_spokesman_speaks_for_it(analyse):
    text = (
        "In a statement posted on Twitter on Wednesday, Usama Mahmood, who described himself as "
        "the spokesman of al-Qaeda in the Indian Subcontinent, said the group's fighters had "
        "stormed the dockyard on Saturday."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    assert release["date"]["start"] == "2016-01-20"
    assert _perpetrators(release) == ["al-Qaeda in the Indian Subcontinent"]


def test_a_man_describing_himself_as_a_student_speaks_for_no_group(analyse):
    text = (
        "In a post on Facebook on Wednesday, Ali Khan, who described himself as a student in "
        "Peshawar, said he had seen the gunmen enter the campus."
    )
    assert _releases(analyse, text) == []


def test_a_statement_emailed_to_journalists_in_which_an_attack_is_disowned(analyse):
    text = (
        "Muhammad Khurasani, the main spokesman of the Tehrik-i-Taliban Pakistan, disowned the "
        "attack in a statement e-mailed to journalists on Wednesday, calling it contrary to "
        "Islamic law."
    )
    [release] = _releases(analyse, text)
    assert release["subtype"] == "statement"
    assert release["date"]["start"] == "2016-01-20"
    assert _perpetrators(release) == ["Tehrik-i-Taliban Pakistan"]


def test_emailed_stays_one_word_with_its_lemma(nlp):
    doc = nlp("The group e-mailed a statement to reporters.")
    word = next(t for t in doc if t.lower_.startswith("e-mail"))
    assert word.text == "e-mailed"
    assert word.lemma_ == "e-mail"
