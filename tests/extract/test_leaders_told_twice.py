"""A leader the lexicon does not know, killed and then told again by surname with the day of the
killing ("X, 22, died on Friday"); a date in what the sentence says of the person is not the
fate's; successors named "to take his place"; and fates that are yardsticks, habits or things
not done. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of, subject_names

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


TOLD_TWICE = [
    (
        "Soldiers have killed Yusuf Danladi Garba, a senior commander of Boko Haram, the army "
        "said on Thursday. Garba, 41, died on Tuesday in a gunfight near the village of Wulgo.",
        "2022-11-15",
    ),
    (
        "Troops killed Haji Nurullah Sarwar, a regional commander of the Taliban, officials said "
        "on Wednesday. Sarwar was killed on Monday evening when soldiers stormed his hideout.",
        "2022-11-14",
    ),
]


@pytest.mark.parametrize(("text", "day"), TOLD_TWICE)
def test_a_killing_told_again_by_surname_takes_the_killing_s_day(analyse, text, day):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert record["date"]["start"] == day


def test_a_date_in_what_is_said_of_the_person_is_not_the_fate_s(analyse):
    text = (
        "Government troops have killed Ali Hassan Mwinyi, the most senior commander of the "
        "Islamic State's affiliate in Mozambique and the man officials blamed for the 2020 "
        "raid on the port, the ministry said on Wednesday."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert record["date"]["start"] == "2022-11-16"


APPOINTED = [
    (
        "Al-Shabaab said on Sunday that its leader had died and named Omar Ali Sheikh, a member "
        "of its executive council, to take his place.",
        "Sheikh",
    ),
    (
        "The TTP's leadership answered on Monday, saying its spokesman had been dismissed and "
        "naming Khalid Haqqani to replace him.",
        "Haqqani",
    ),
    (
        "The Islamic State lost its leader in October. The group named Abu Salih al-Iraqi as "
        "its caliph on Nov. 10 in an audio recording.",
        "Iraqi",
    ),
]


@pytest.mark.parametrize(("text", "person"), APPOINTED)
def test_a_successor_named_is_appointed(analyse, text, person):
    appointed = [r for r in _fates(analyse, text) if r["subtype"] == "appointed"]
    assert [person in subject_names(r) for r in appointed] == [True]


MUST_NOT = [
    # a yardstick recalled, not news
    "The arrest is the heaviest blow to the group since March, when soldiers killed Abu "
    "Yasir al-Jabouri, its deputy leader in the province.",
    # a habit, not one death
    '"Every few months someone announces that Baghdadi is dead," the analyst said.',
    # not done
    "Al-Naba said the group had accepted an oath from fighters in Mozambique, without naming "
    "their commander.",
    # an earlier post of the one named is not the post given
    "The Islamic State announced a new province, naming a former Pakistani Taliban commander "
    "as its head.",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_fate_recorded(analyse, text):
    assert _fates(analyse, text) == []


def test_a_guess_at_a_death_is_no_killing(analyse):
    text = "A Russian lawmaker said the chance that Baghdadi had died was close to 100 percent."
    assert all(r["subtype"] != "killed" for r in _fates(analyse, text))


def test_a_killing_the_group_confirms_later_is_one_killed_record(analyse):
    text = (
        "French troops killed Abdelmalek Droukdel, the leader of al-Qaeda in the Islamic "
        "Maghreb, in northern Mali on June 3. In a video released on Saturday, the group "
        "confirmed Droukdel's death for the first time."
    )
    records = [r for r in _fates(analyse, text) if "Droukdel" in subject_names(r)]
    assert [r["subtype"] for r in records] == ["killed"]
