"""Known figures of the Islamic State's online and foreign-fighter networks (Junaid Hussain,
"Jihadi John", Abu Omar al-Shishani) killed in a strike are leadership changes; "one of the
group's most prominent recruiters" and "the country's most prominent Islamic State militant" are
senior members (a militant singled out by nothing is not); the head of the government an armed
movement runs ("its prime minister") holds a post of it, a state's prime minister does not;
"officials were reasonably certain he had been killed" is a rumoured death, dated by the
strike told before (``extract.leaders``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 11, 14)  # a Saturday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


@pytest.mark.parametrize(
    "text",
    [
        "On Aug. 24, a U.S. drone strike in Raqqa killed Junaid Hussain, a 21-year-old computer "
        "hacker from Birmingham.",
        "A coalition air strike near Shirqat killed Abu Omar al-Shishani on Sunday, the "
        "Pentagon said.",
        "A drone strike killed Abu Khalid, one of al-Shabaab's most prominent recruiters, in "
        "Jilib on Monday.",
        "Yemen's Houthi movement confirmed that its prime minister, Ahmed Ghaleb al-Rahawi, "
        "was killed in an Israeli air strike on Sanaa on Thursday.",
        # a figure the story singles out among the group's militants
        "Malaysia's most prominent Islamic State militant, Muhammad Wanndy Mohamed Jedi, was "
        "killed in a drone strike in Raqqa on Tuesday, the government said.",
    ],
)
def test_a_known_figure_or_a_groups_post_killed(analyse, text):
    assert [r["subtype"] for r in _fates(analyse, text)] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Nawaz Sharif said on Monday that the army had killed 20 militants.",
        "A drone strike killed Abu Khalid, a farmer, in Jilib on Monday.",
        "A drone strike killed Abu Khalid, a militant, in Jilib on Monday.",
    ],
)
def test_no_post_of_an_armed_group(analyse, text):
    assert _fates(analyse, text) == []


def test_near_certainty_is_a_rumour_dated_by_the_strike(analyse):
    text = (
        "The United States carried out a drone strike in Raqqa on Thursday night aimed at "
        'Mohammed Emwazi, the British militant known as "Jihadi John". Pentagon officials said '
        "on Friday that they were reasonably certain he had been killed as he left a building."
    )
    [fate] = _fates(analyse, text)
    assert fate["subtype"] == "rumoured_dead"
    assert fate["certainty"] == "alleged"
    assert fate["date"]["start"] == "2015-11-12"


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Ahmed Farouq, an American who was deputy leader of al-Qaeda in the Indian "
            "Subcontinent, was killed in a U.S. operation in January, the White House said.",
            "killed",
        ),
        (
            "A drone strike killed Khalid al-Aruri, a Jordanian who sat on Hurras al-Din's "
            "leadership council, on Sunday.",
            "killed",
        ),
        (
            "An American air strike in southern Somalia killed the head of al-Shabaab's "
            "intelligence and security wing on Monday.",
            "killed",
        ),
        (
            "The army said a drone strike on Sunday had hit the fighters, and that a local JNIM "
            "commander, Hamadoun Sidibe, was believed to be among the dead.",
            "rumoured_dead",
        ),
    ],
)
def test_a_post_told_in_a_clause_or_a_wing(analyse, text, subtype):
    assert [r["subtype"] for r in _fates(analyse, text)] == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Farouq, a man who was a friend of the group's leader, was killed in January.",
        "Police arrested the head of a local school on Monday.",
    ],
)
def test_no_post_in_the_clause(analyse, text):
    assert _fates(analyse, text) == []
