"""Arrests the gold does not code, and one it does that the word list missed:

- "in custody" tells an arrest only as what someone is placed, held or kept in, not hanging
  from another word ("deaths in custody", "a photograph of him in custody");
- guesses about arrests give no record;
- an arrest told in a clause that dates another event ("escaped days after he was arrested")
  and a conviction dated only by a past year are background;
- a single man or woman taken is a person ("captured the Uzbek man");
- people rounded up by attackers are taken, not arrested, also when the verb joins another
  ("The attackers arrived ... and rounded up labourers").
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _arrests(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        '"The deaths in custody will hurt the government more than any video," he said.',
        "The army later released a photograph of the bruised commander in custody.",
        "Rights groups called for an inquiry into the deaths in custody of 12 prisoners.",
    ],
)
def test_custody_as_a_state_is_no_arrest(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three suspects were in custody on Monday, police said.",
        "Police placed 25 people in custody overnight.",
        "Two men remain in custody after Tuesday's raid, prosecutors said.",
    ],
)
def test_custody_as_what_people_are_placed_in_is_an_arrest(analyse, text):
    assert len(_arrests(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Investigators fear the suspect could be arrested abroad before he is extradited.",
        "Officials said more suspects might be detained in the coming days.",
    ],
)
def test_guessed_arrests_give_no_record(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The gang leader escaped from a prison on Wednesday with other inmates, days after he "
        "was arrested over a plot to kill a judge.",
        "He fled the country weeks before he was detained in connection with the bombing.",
        "A military court sentenced him to death in absentia last year.",
    ],
)
def test_background_arrests_give_no_record(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkish police have captured the Uzbek man suspected of the nightclub shooting, the "
        "governor said on Tuesday.",
        "Police on Monday captured a woman wanted over the bombing.",
    ],
)
def test_a_man_or_woman_captured_is_arrested(analyse, text):
    records = _arrests(analyse, text)
    assert len(records) == 1
    assert records[0]["arrested"] == {"min": 1, "max": 1}


def test_people_rounded_up_by_attackers_are_no_arrest(analyse):
    # the joined verb has no subject of its own: its doers are the attackers who arrived
    text = (
        "The attackers arrived on motorcycles at a farming village on Saturday morning and "
        "rounded up farmers who were working in the fields, survivors said."
    )
    assert _arrests(analyse, text) == []


def test_people_rounded_up_by_soldiers_are_an_arrest(analyse):
    text = "Soldiers arrived at the market on Friday and rounded up 40 suspects, the army said."
    assert len(_arrests(analyse, text)) == 1
