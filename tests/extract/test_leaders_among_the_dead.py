"""A leader counted among the dead of a strike ("X was among the dead", "X may have been among
those killed"): a rumour when hedged or still being checked, a killing when plainly told; and the
posts that make the one counted a leader ("a senior figure in the militants' branch", "a
commander who leads Boko Haram's fighters"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


RUMOURED = [
    # (sentence, a word of the person's name)
    (
        "Police said they were verifying reports that a militant commander known as Abu Tariq, "
        "whom investigators regard as the Islamic State's top figure in the region, may have "
        "been among the dead.",
        "Tariq",
    ),
    (
        "The army said on Thursday it was still trying to establish whether Malam Kori, a "
        "commander who leads Boko Haram's fighters in the Sambisa forest, was among the dead.",
        "Kori",
    ),
    (
        "The defence ministry said it was checking whether Abu Bakr al-Baghdadi was among those "
        "killed when its jets struck a meeting near Raqqa last week.",
        "Baghdadi",
    ),
    (
        "Villagers said a senior figure in the insurgents' northern branch, known as Abu Sahl "
        "al-Tunisi, may have been among those killed in air raids on Wednesday night.",
        "Tunisi",
    ),
]


@pytest.mark.parametrize(("text", "person"), RUMOURED)
def test_a_leader_perhaps_among_the_dead_is_rumoured_dead(analyse, text, person):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "rumoured_dead"
    assert record["certainty"] == "alleged"
    assert person in subject_names(record)


def test_a_post_in_the_as_phrase_of_a_description_makes_a_leader(analyse):
    text = (
        "Abdul Karim al-Masri, known as Abu Yahya and described by officials as the Islamic "
        "State's third-ranking figure and the head of its finances, was killed in an air strike "
        "on Wednesday, the ministry said."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert "Masri" in subject_names(record)
    assert record["date"]["start"] == "2022-11-16"


def test_a_man_who_ran_the_branch_s_operations_is_a_leader(analyse):
    text = (
        "Afghan forces killed Mawlawi Sadiq, the man who ran finances and recruitment for the "
        "Islamic State's branch in Kunar, in a raid on Tuesday, officials said."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert "Sadiq" in subject_names(record)


NOT_RUMOURED = [
    # the dead are fighters, no one given a post
    "The army said it was checking whether any civilians were among the dead.",
    # "figure" with no rank is a number, not a post
    "Officials said the figure of 40 dead may have included a local shopkeeper.",
    # a man who leads a protest is no leader of an armed group
    "Police said a man who leads the traders' union was among those killed in the blast.",
]


@pytest.mark.parametrize("text", NOT_RUMOURED)
def test_no_leader_among_the_dead(analyse, text):
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Al-Shabaab fighters stormed a base near Kismayo on Tuesday. The army said it was "
            "trying to establish whether a commander known as Ikrima was among the dead.",
            "Ikrima",
        ),
        (
            "Islamic State fighters had held the port for two months. Officials said they were "
            "checking reports that a senior commander of the faction, whom they named as Yusuf "
            "Dheere, was among those killed on the last day of fighting.",
            "Dheere",
        ),
    ],
)
def test_a_post_of_no_named_group_among_the_dead_is_the_story_s_group(analyse, text, person):
    """The post names no group, but one whose death is checked among those an operation
    killed is one of the men of the group the article is about."""
    [record] = _fates(analyse, text)
    assert record["subtype"] == "rumoured_dead"
    assert person in subject_names(record)


def test_a_post_of_no_named_group_among_the_dead_needs_a_group_told(analyse):
    text = (
        "The army said it was trying to establish whether a commander known as Ikrima was "
        "among the dead."
    )
    assert _fates(analyse, text) == []


def test_an_adjective_between_the_group_and_its_post_keeps_the_post_the_group_s(analyse):
    text = (
        "Police arrested Halis Bayancuk, the Islamic State's top leader in Turkey, at his home "
        "in Istanbul on Friday."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "arrested"
    assert "Bayancuk" in subject_names(record)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "The Islamic State cell attacked a mosque in Kabul on Thursday. Officials said the "
            "dead included the cell's commander for Kabul, whom they identified only by a nom "
            "de guerre.",
            1,
        ),
        # a police commander among the dead of an attack is no leader of an armed group
        (
            "Gunmen killed nine people in Kabul on Thursday. Police said the dead included a "
            "police commander.",
            0,
        ),
    ],
)
def test_the_dead_including_a_post_of_the_story_s_group(analyse, text, killed):
    assert len(_fates(analyse, text)) == killed


def test_a_commander_counted_after_a_fronted_among_the_dead_is_killed(analyse):
    """ "Among the dead was a commander known as X": the one counted follows the copula."""
    text = (
        "Troops killed 12 fighters in the valley on Thursday, the army said. Among the dead was "
        "an ADF commander known as Musa Kalenga, who ran the group's supply lines."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert "Kalenga" in subject_names(record)


def test_no_one_with_a_post_among_the_dead_is_no_leader(analyse):
    text = "Troops killed 12 fighters in the valley on Thursday. Among the dead were two boys."
    assert not _fates(analyse, text)


AMONG_THEM = [
    # (sentence, subtype, a word of the person's name)
    (
        "The army said its jets struck an Islamic State camp on Thursday, killing about 15 "
        "fighters, and that it was checking reports that the commander of Katiba Serma was "
        "among them.",
        "rumoured_dead",
        "Serma",
    ),
    (
        "The army said its jets struck an Islamic State camp on Thursday, killing about 15 "
        "fighters, and that an Islamic State commander known as Abu Huzeifa may have been "
        "among them.",
        "rumoured_dead",
        "Huzeifa",
    ),
    (
        "The army said its jets struck an Islamic State camp on Thursday, killing about 15 "
        "fighters, and that an Islamic State commander known as Abu Huzeifa was among them.",
        "killed",
        "Huzeifa",
    ),
]


@pytest.mark.parametrize(("text", "subtype", "person"), AMONG_THEM)
def test_one_counted_among_the_dead_an_earlier_word_tells(analyse, text, subtype, person):
    [record] = _fates(analyse, text)
    assert record["subtype"] == subtype
    assert person in subject_names(record)


def test_among_them_after_no_death_is_no_death(analyse):
    text = (
        "Police arrested 12 people in raids on Thursday, and an Islamic State commander known "
        "as Abu Huzeifa was among them."
    )
    assert all(r["subtype"] not in ("killed", "rumoured_dead") for r in _fates(analyse, text))


@pytest.mark.parametrize(
    "second",
    [
        "Among them was a commander of the Islamic State who had led raids into Niger, it said, "
        "without giving his name.",
        "One of them was a TTP commander who had sheltered the bomber, the department said.",
    ],
)
def test_one_counted_among_the_dead_of_the_sentence_before_was_killed(analyse, second):
    """ "... had killed four militants in a raid. One of them was a TTP commander": the killing
    the sentence before told, in the same paragraph, counts the commander among its dead."""
    text = (
        "The Counter Terrorism Department said on Thursday it had killed four militants in a "
        "raid on a compound in the hills east of Quetta. " + second
    )
    assert [r["subtype"] for r in _fates(analyse, text)] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        # taken, not killed, before
        "Police arrested 12 Islamic State suspects in raids on Thursday. One of them was the "
        "cell's commander, police said.",
        # the killing told in another paragraph
        "The army said on Thursday it had killed four militants near the border.\n\n"
        "Among them was a commander of the Islamic State, residents said.",
    ],
)
def test_no_death_for_one_counted_among_those_not_killed_just_before(analyse, text):
    assert [r for r in _fates(analyse, text) if r["subtype"] == "killed"] == []


def test_one_counted_among_those_arrested_just_before_was_arrested(analyse):
    text = (
        "The interior ministry said on Sunday that seven suspects had been arrested in Bamyan. "
        "One of them was a local ISKP commander who had organised the attack, it said."
    )
    assert [r["subtype"] for r in _fates(analyse, text)] == ["arrested"]
