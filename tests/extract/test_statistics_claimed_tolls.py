"""A group's own toll of an attack is its claim (``extract.statistics``): "JNIM claimed the
attack, saying its fighters had killed more than 100 soldiers" and "the agency ... claimed that
about 40 people had been killed or wounded" are statistics the group states, marked
"(claimed)", since the attack keeps what officials and witnesses count. A state's toll ("the
army said it had killed 30 militants") is the operation's, a figure officials give after the
claim is no claim, nor is a toll a source tells on the killing itself ("killing 22 soldiers,
according to the army"), and a group's count of those it detained is no toll. The killers may
be one of the group's units ("its Macina battalion"), and the killing what came of their act
("had overrun the post, killing 45 soldiers"). Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 9, 14)
LEAD = "Gunmen stormed an army post near Tessit on Sunday, officials said."


def _statistics(analyse, sentence: str) -> dict[float | None, dict]:
    records = records_of(analyse(f"{LEAD}\n\n{sentence}", PUBLISHED), kind="statistic")
    return {r["value"]["min"]: r for r in records}


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        (
            "JNIM claimed the assault on Monday through its media arm, saying its fighters had "
            "overrun the post and killed more than 40 soldiers.",
            40,
            "soldiers killed (claimed)",
        ),
        (
            "Al-Shabaab said on its radio station that it had killed 60 Ugandan soldiers.",
            60,
            "ugandan soldiers killed (claimed)",
        ),
        (
            "The Islamic State's Amaq news agency said the bomber had struck a crowd of "
            "recruits and claimed that about 35 people had been killed or wounded.",
            35,
            "people killed or wounded (claimed)",
        ),
        # said by the group's outlet, whose clause tells of the police it hit
        (
            "The branch claimed the attack in a statement carried by its Amaq news agency, "
            "which said its fighters had killed 18 members of the police.",
            18,
            "police killed (claimed)",
        ),
        # the parse hangs the claim on the statement it was said in
        (
            "The Islamic State published photographs of the burning church and said in a "
            "statement that fighters of its Central Africa Province had killed 14 Christians in "
            "the village, including a priest.",
            14,
            "christians killed (claimed)",
        ),
        # the parse joins the claim to the clause before it: its sayer is further up
        (
            "The group's Sahel branch said one of its fighters had driven a car bomb into the "
            "gate and claimed that more than 50 of the defenders had been killed.",
            50,
            "defenders killed (claimed)",
        ),
        # one of the group's units did the killing
        (
            "In a statement on Monday, the group said its Macina battalion had killed 20 "
            "soldiers and burned the post.",
            20,
            "soldiers killed (claimed)",
        ),
        # the killing told as what came of the act its fighters did
        (
            "JNIM said on Monday that its fighters had overrun the post, killing 45 soldiers.",
            45,
            "soldiers killed (claimed)",
        ),
    ],
)
def test_a_group_s_own_toll_is_its_claim(analyse, sentence, value, measure):
    assert _statistics(analyse, sentence).get(value, {}).get("measure") == measure


def test_the_claim_names_who_states_it(analyse):
    found = _statistics(
        analyse,
        "Al-Shabaab said on its radio station that it had killed 60 Ugandan soldiers.",
    )
    assert "Shabaab" in (found[60].get("attributed_to") or "")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a state's own toll is its operation's
        ("The army said it had killed 30 militants in the operation.", 30),
        ("The army repeated its claim that its soldiers had killed 25 militants.", 25),
        # a pronoun that a group neither is nor owns the killers of
        ("It said it had killed 18 attackers.", 18),
        # what a group says it detained is no toll
        ("The group said its fighters had detained 12 soldiers.", 12),
        # a toll a source tells on the killing itself, whoever claimed the attack after
        (
            "On Sunday, its fighters ambushed a convoy near the post, killing 22 soldiers, "
            "according to the army; the branch claimed the ambush two days later.",
            22,
        ),
    ],
)
def test_no_claimed_toll(analyse, sentence, value):
    found = _statistics(analyse, sentence)
    assert "(claimed)" not in (found.get(value, {}).get("measure") or "")


def test_a_figure_officials_give_after_a_claim_is_no_claim(analyse):
    found = _statistics(
        analyse,
        "The group said it killed more than 100 soldiers, and officials put the number at "
        "about 140.",
    )
    assert found[100]["measure"] == "soldiers killed (claimed)"
    assert 140 not in found
