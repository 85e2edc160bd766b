"""Armed groups the lexicon learnt with the eighty-eighth development set and a review of
groups often in the news: their names and acronyms resolve to one canonical name each
(``nlp.lexicon``), and a deed told of one is a group's deed (``extract``). Forces that act as a
de facto state's (the Syrian Democratic Forces) stay out of the lexicon: their raids are
operations, not attacks. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.nlp.lexicon import group_lexicon


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Fano", "Fano"),
        ("Kurdistan Freedom Falcons", "Kurdistan Freedom Hawks"),
        ("LRA", "Lord's Resistance Army"),
        ("FDLR", "Democratic Forces for the Liberation of Rwanda"),
        ("PFLP", "Popular Front for the Liberation of Palestine"),
        ("Beltran-Leyva cartel", "Beltran Leyva Organization"),
        ("Sudan Liberation Army", "Sudan Liberation Movement"),
        ("Chapitos", "Los Chapitos"),
    ],
)
def test_each_name_resolves_to_its_group(alias, canonical):
    assert group_lexicon().canonical(alias) == canonical


def test_a_state_like_force_is_no_armed_group():
    assert group_lexicon().canonical("Syrian Democratic Forces") is None


def test_a_town_taken_by_fano_is_the_group_s_capture(analyse):
    text = "Fano fighters captured the town of Lalibela on Wednesday, residents said."
    [change] = records_of(analyse(text, date(2023, 8, 10)), "territorial_change")
    assert change["subtype"] == "captured"
    assert any(a["canonical"] == "Fano" for a in change["actors"])


def test_a_statement_of_the_falcons_is_their_release(analyse):
    text = (
        "The Kurdistan Freedom Falcons said in a statement posted on its website on Saturday "
        "that it had carried out the mortar attack on the airport."
    )
    releases = records_of(analyse(text, date(2015, 12, 28)), "media_release")
    assert [r["subtype"] for r in releases] == ["statement"]


def test_a_claim_by_a_group_calling_itself_the_kashmir_tigers_is_its_release(analyse):
    # a front the keys name on its own, not under the group behind it
    assert group_lexicon().canonical("Kashmir Tigers") == "Kashmir Tigers"
    text = (
        "Gunmen opened fire on a police bus near Srinagar on Monday evening, killing three "
        "officers.\n\n"
        "A group calling itself the Kashmir Tigers claimed the attack in a statement "
        "circulated on social media on Monday night."
    )
    releases = records_of(analyse(text, date(2021, 12, 14)), "media_release")
    assert [r["subtype"] for r in releases] == ["statement"]
