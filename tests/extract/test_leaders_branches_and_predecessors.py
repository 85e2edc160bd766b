"""A post of a group's branch told without the branch's name ("the leader of al-Qaeda's branch
in Yemen") is not the parent group's leader, and is the branch leader named elsewhere in the
article; so is a post split into several words ("the second-in-command of the Islamic State's
Somali branch") or of a group told by another noun ("al-Qaeda's alliance in the Sahel");
"the al-Qaeda chief" after AQAP's leader was said killed is that leader; a
predecessor's fate months before the article is how the post fell vacant, not news. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def test_a_branch_s_leader_is_not_the_parent_group_s(analyse):
    text = (
        "Ayman al-Zawahiri praised the fighters in a message on Monday. The leader of al-Qaeda's "
        "branch in Yemen was killed in a drone strike on Friday, officials said."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert "Ayman al-Zawahiri" not in actor_names(record, "subject")


BRANCH_LEADER_NAMED_LATER = [
    "The leader of the Islamic State's affiliate in Somalia was killed in an American air strike "
    "on Tuesday, officials said. Abdulqadir Mumin, who had run the affiliate since 2015, died "
    "with several of his guards when missiles hit his car near Bosaso on Tuesday, they said.",
    "The head of the Islamic State's branch in Afghanistan died in a raid on Tuesday, the palace "
    "said. Sanaullah Ghafari, who had led the branch since 2020, was killed with two aides in "
    "the raid in Kunar on Tuesday, it said.",
]


UNNAMED_POSTS_OF_BRANCHES = [
    "An air strike near Bosaso on Tuesday killed the second-in-command of the Islamic State's "
    "Somali branch, the American military said.",
    "French troops killed the deputy leader of al-Qaeda's alliance in the Sahel in a raid on "
    "Tuesday, the army said.",
]


@pytest.mark.parametrize("text", UNNAMED_POSTS_OF_BRANCHES)
def test_a_branch_s_unnamed_deputy_killed_is_a_leader_killed(analyse, text):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert record["date"]["start"] == "2022-11-15"


def test_an_unnamed_commander_is_the_one_named_with_that_fate_on_that_day(analyse):
    text = (
        "The American military said on Wednesday that it had killed a senior commander of "
        "Hurras al-Din in an air strike in Idlib.\n\n"
        "The strike on Tuesday killed Abu Yahya al-Turki, whom it described as a senior "
        "military official of the group.\n\n"
        "On Nov. 2, another strike killed Abu Bakr al-Shami, a second senior figure of "
        "Hurras al-Din."
    )
    records = _fates(analyse, text)
    assert sorted(r["date"]["start"] for r in records) == ["2022-11-02", "2022-11-15"]
    [tuesday] = [r for r in records if r["date"]["start"] == "2022-11-15"]
    assert actor_names(tuesday, "subject") == ["Abu Yahya al-Turki"]


def test_a_deputy_s_brother_killed_is_no_leader_killed(analyse):
    text = (
        "An air strike near Bosaso on Tuesday killed a brother of the second-in-command of the "
        "Islamic State's Somali branch, the American military said."
    )
    assert _fates(analyse, text) == []


@pytest.mark.parametrize("text", BRANCH_LEADER_NAMED_LATER)
def test_a_branch_s_leader_named_later_is_one_record(analyse, text):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert record["date"]["start"] == "2022-11-15"


def test_the_chief_counted_among_the_dead_is_the_leader_told_before(analyse):
    text = (
        "Al-Qaeda in the Arabian Peninsula said on Tuesday that its leader, Khalid Batarfi, had "
        "been killed. Residents said a drone struck a car near Mukalla on Saturday, and officials "
        "said the al-Qaeda chief was among the dead."
    )
    [record] = _fates(analyse, text)
    assert "Khalid Batarfi" in actor_names(record, "subject")
    assert record["date"]["start"] == "2022-11-12"  # the strike's day, not the telling's


PREDECESSORS_LONG_BEFORE = [
    "The Pakistani Taliban's previous leader, Fazal Rahman, was killed in a raid in Waziristan "
    "last February.",
    "Mohammed Ali became the Pakistani Taliban's leader this summer. His predecessor, Fazal "
    "Rahman, a former commander of the Pakistani Taliban, was killed in a raid in Waziristan "
    "in March.",
]


@pytest.mark.parametrize("text", PREDECESSORS_LONG_BEFORE)
def test_a_predecessor_s_death_months_before_is_history(analyse, text):
    assert _fates(analyse, text) == []


def test_a_predecessor_s_death_days_before_is_news(analyse):
    text = (
        "The Pakistani Taliban's previous leader, Fazal Rahman, was killed in a raid in "
        "Waziristan on Monday."
    )
    [record] = _fates(analyse, text)
    assert record["date"]["start"] == "2022-11-14"
