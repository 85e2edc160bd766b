"""A leader picked out of the dead of a fight told just before ("one of the dead was the leader
of the cell", "identified one of the dead as X", "killed two members of AQIM, among them X"):
killed on the fight's day, not the day the naming was told nor a day of the description; and
the raid someone is accused of leading is no operation; a post the parse hangs "among them" on
("killing 11 rebels, among them a field commander") is one of those killed, and a group whose
camps were struck is not who killed him. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 3, 13)  # a Saturday; Wednesday is March 10, Monday March 8


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


NAMED_AFTER_THE_FIGHT = [
    # (two sentences, a word of who was killed)
    (
        "On Wednesday, soldiers raided two hideouts outside Garissa and killed 12 suspected "
        "al-Shabaab fighters, the army said. The army said on Friday that one of the dead was the "
        "commander of the cell that planned the attack on the bus.",
        "commander",
    ),
    # the copula put first: the one counted comes after it, unnamed
    (
        "On Wednesday, soldiers raided two hideouts outside Garissa and killed 12 suspected "
        "al-Shabaab fighters, the army said. Among the dead was a commander it accused of "
        "organising the attack on the bus, it said on Friday.",
        "commander",
    ),
    (
        "On Wednesday, police backed by a helicopter raided a camp in the forest near Mandera, "
        "killing three suspected militants, the county commander said. He identified one of the "
        "dead as Abdi Farah Noor, an al-Shabaab commander whom police accused of leading Monday's "
        "raid on a police post.",
        "Noor",
    ),
]


@pytest.mark.parametrize(("text", "person"), NAMED_AFTER_THE_FIGHT)
def test_one_named_among_the_dead_is_killed_on_the_fights_day(analyse, text, person):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert record["certainty"] == "reported"
    assert person in subject_names(record)
    assert record["date"]["start"] == "2021-03-10"


def test_the_raid_the_dead_man_was_accused_of_leading_is_no_operation(analyse):
    text = NAMED_AFTER_THE_FIGHT[2][0]
    operations = records_of(analyse(text, PUBLISHED), "military_operation")
    assert [o["date"]["start"] for o in operations] == ["2021-03-10"]


def test_one_of_the_dead_who_leads_nothing_is_no_leader(analyse):
    text = (
        "On Wednesday, soldiers raided two hideouts outside Garissa and killed 12 suspected "
        "al-Shabaab fighters, the army said. The army said on Friday that one of the dead was a "
        "farmer from a nearby village."
    )
    assert _fates(analyse, text) == []


def test_one_counted_among_the_killed_members_takes_the_group_named_before(analyse):
    text = (
        "The Islamic State said it carried out the attack on the commission's offices in "
        "Tripoli. On March 8, a U.S. drone strike on a house near Ubari killed two members of "
        "al-Qaeda in the Islamic Maghreb, among them Musa Abu Dawud, a senior figure in the group "
        "whom Africa Command described as a recruiter."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert "Musa Abu Dawud" in subject_names(record)
    groups = [a["canonical"] for a in record["actors"] if a["role"] == "other"]
    assert groups == ["al-Qaeda in the Islamic Maghreb"]
    assert record["date"]["start"] == "2021-03-08"


COUNTED_AMONG_THEM = [
    # (sentence, who was killed as printed)
    (
        "On Saturday, troops clashed with fighters of the Military Command Council for the "
        "Salvation of the Republic (CCMSR), a rebel group based in southern Libya, north of Kouri "
        "Bougoudi, the army said, killing 11 rebels, among them a field commander.",
        "a field commander",
    ),
    (
        "In the north-east, the military said on Thursday that air strikes on Tuesday on ISWAP "
        "camps on islands in Lake Chad had killed at least 25 fighters, among them a commander in "
        "charge of the group's fleet of boats.",
        "a commander",
    ),
]


@pytest.mark.parametrize(("text", "person"), COUNTED_AMONG_THEM)
def test_a_post_the_parse_hangs_among_them_on_is_one_of_those_killed(analyse, text, person):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert subject_names(record) == person


def test_the_group_whose_camps_were_struck_did_not_kill_its_commander(analyse):
    [record] = _fates(analyse, COUNTED_AMONG_THEM[1][0])
    assert [a["canonical"] for a in record["actors"] if a["role"] == "perpetrator"] == []
    assert [a["canonical"] for a in record["actors"] if a["role"] == "other"] == [
        "Islamic State West Africa Province"
    ]
