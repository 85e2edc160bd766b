"""A post counted among the fighters an operation killed ("killed seven rebels, among them a
regional commander known as X") is a post of the group the article is about, though the
sentence does not name it; men counted among soldiers or police stay out. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 10)  # a Friday

OPENING = {
    "shabaab": "Al-Shabaab fighters attacked an army base near Kismayo on Sunday. ",
    "maoist": (
        "Police said rebels of the Communist Party of India (Maoist) had clashed with commandos "
        "in the forest for two days. "
    ),
}

COUNTED = [
    # (opening, sentence, a word of the person's name, the group)
    (
        "shabaab",
        "Troops killed four militants in a raid on a farm on Monday, among them a senior "
        "commander known as Abu Talha, the army said.",
        "Talha",
        "al-Shabaab",
    ),
    (
        "maoist",
        "A second gunfight in the same forest on Wednesday morning killed six more rebels, "
        "among them a regional commander known as Ramesh Kunjam.",
        "Kunjam",
        "Communist Party of India (Maoist)",
    ),
    (
        "maoist",
        "Commandos shot dead five more cadres on Thursday, among them a zonal commander known as "
        "Sukhram Potai, officers said.",
        "Potai",
        "Communist Party of India (Maoist)",
    ),
    # the name given by "named"/"called" rather than "known as"
    (
        "shabaab",
        "Troops killed four militants in a raid on Monday, including a commander named Abu Talha.",
        "Talha",
        "al-Shabaab",
    ),
    (
        "shabaab",
        "Nine militants died when soldiers stormed their camp on Tuesday, among them a field "
        "commander called Abu Talha.",
        "Talha",
        "al-Shabaab",
    ),
]


@pytest.mark.parametrize(("opening", "text", "person", "group"), COUNTED)
def test_a_commander_counted_among_killed_fighters_is_the_groups(
    analyse, opening, text, person, group
):
    records = records_of(analyse(OPENING[opening] + text, PUBLISHED), "leadership_change")
    [record] = [r for r in records if person in subject_names(r)]
    assert record["subtype"] == "killed"
    assert any(a["role"] == "other" and a["canonical"] == group for a in record["actors"])


NOT_FIGHTERS = [
    # the men counted are the group's victims, not its fighters
    "The attackers killed four soldiers, among them a company commander named Ahmed Nur.",
    "Four police officers died in the ambush, among them a station commander known as Ali Farah.",
    # no toll of fighters: a commander named in passing
    "Residents said the town had been quiet since a commander known as Abu Talha left in May.",
]


@pytest.mark.parametrize("text", NOT_FIGHTERS)
def test_a_post_not_counted_among_fighters_is_no_fate(analyse, text):
    records = records_of(analyse(OPENING["shabaab"] + text, PUBLISHED), "leadership_change")
    assert records == []


SHORT_NAME_OPENING = "Indian jets bombed a camp of the militant group Jaish-e-Mohammed on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed Farooq Bhat, a Kashmiri whom the police described as Jaish's chief of "
        "operations in the south, in a gunfight on Monday.",
        "Troops shot dead Tariq Lone, whom officers identified as Jaish's commander for the "
        "district, near Sopore on Sunday.",
        # the short name before the post, taken for a nationality
        "Troops shot dead Farooq Bhat, a Jaish commander, near Sopore on Sunday.",
    ],
)
def test_a_post_owned_by_the_short_name_of_a_group_named_before(analyse, text):
    """ "Jaish's chief", "a Jaish commander" for the Jaish-e-Mohammed the article named
    before, the short name taken by the recogniser for a person's or a nationality."""
    [record] = records_of(analyse(SHORT_NAME_OPENING + text, PUBLISHED), "leadership_change")
    assert record["subtype"] == "killed"
    assert any(a["canonical"] == "Jaish-e-Mohammed" for a in record["actors"])


def test_an_arrested_commander_of_a_group_by_its_short_name(analyse):
    """ "arrested X, a Jaish commander": the leader's arrest, told once."""
    text = "Police said on Monday they had arrested Farooq Bhat, a Jaish commander, at a checkpoint."
    records = analyse(SHORT_NAME_OPENING + text, PUBLISHED)
    [record] = records_of(records, "leadership_change")
    assert record["subtype"] == "arrested"
    assert any(a["canonical"] == "Jaish-e-Mohammed" for a in record["actors"])
    assert records_of(records, "arrest") == []


@pytest.mark.parametrize(
    "text",
    [
        # a word that starts no group the article named
        "Soldiers killed Farooq Bhat, a Kashmiri whom the police described as Lashkar's chief "
        "of operations, in a gunfight on Monday.",
        "Troops shot dead Farooq Bhat, a Lashkar commander, near Sopore on Sunday.",
        # a post outside armed groups
        "Militants killed Farooq Bhat, whom residents described as Kashmir's police chief, on "
        "Monday.",
    ],
)
def test_a_post_owned_by_no_group_named_before_is_no_fate(analyse, text):
    records = records_of(analyse(SHORT_NAME_OPENING + text, PUBLISHED), "leadership_change")
    assert records == []


UNNAMED_AMONG_A_DESCRIBED_GROUP = (
    "Separately, soldiers killed two militants of Jund al-Khilafa, the Islamic State's local "
    "affiliate, among them the commander of one of its units, in the mountains near Kasserine "
    "on Monday, the defence ministry said."
)


def test_an_unnamed_post_among_the_killed_of_a_group_described_by_its_owner(analyse):
    """The post hangs loose in the parse ("dep"); the Islamic State only owns the noun that
    describes Jund al-Khilafa, so the post is Jund al-Khilafa's."""
    [record] = records_of(
        analyse(UNNAMED_AMONG_A_DESCRIBED_GROUP, PUBLISHED), "leadership_change"
    )
    assert record["subtype"] == "killed"
    assert any(a["canonical"] == "Jund al-Khilafa" for a in record["actors"])
    assert not any(a["canonical"] == "Islamic State" for a in record["actors"])


def test_an_unnamed_post_among_killed_soldiers_stays_out(analyse):
    text = (
        "Militants of Jund al-Khilafa, the Islamic State's local affiliate, killed two soldiers, "
        "among them the commander of one of their units, near Kasserine on Monday."
    )
    assert records_of(analyse(text, PUBLISHED), "leadership_change") == []
