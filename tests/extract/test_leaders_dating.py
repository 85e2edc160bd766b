"""A leader's death dated by the killing, not by its announcement (also when a later sentence
tells the death with its day: "X and another militant were killed on Saturday", "He died in
strikes on Saturday"); surnames of known leaders;
a post a group names an unknown person to (``extract.leaders``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 1)  # a Monday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subjects(records: list[dict]) -> list[str]:
    return [a["name"] for r in records for a in r["actors"] if a["role"] == "subject"]


def test_the_deeds_own_date_beats_the_announcement(analyse):
    text = (
        "U.S. officials said on Saturday that Islamic State leader Abu Bakr al-Baghdadi had "
        "been killed in mid-May in an operation in Syria."
    )
    [fate] = _fates(analyse, text)
    assert fate["subtype"] == "killed"
    assert fate["date"]["start"] == "2024-05-01"


def test_a_death_in_a_strike_takes_the_strikes_date(analyse):
    text = (
        "The Pakistani Taliban confirmed on Saturday that their leader, Mullah Fazlullah, was "
        "killed in an American drone strike in eastern Afghanistan.\n\n"
        "The U.S. military said it had carried out a counterterrorism strike on June 13 in "
        "Kunar province."
    )
    killed = [f for f in _fates(analyse, text) if f["subtype"] == "killed"]
    assert killed and all(f["date"]["start"] == "2024-06-13" for f in killed)


def test_without_a_strike_the_announcement_date_stays(analyse):
    text = (
        "The Pakistani Taliban confirmed on Saturday that their leader, Mullah Fazlullah, was "
        "killed.\n\nThe U.S. military said it had carried out a raid in Syria on June 13."
    )
    [fate] = _fates(analyse, text)
    assert fate["date"]["start"] == "2024-06-29"


def test_a_later_attack_is_not_the_strike(analyse):
    text = (
        "Indian media reported that Abdul Rauf Azhar, a senior Jaish-e-Mohammed commander, may "
        "have been killed in the Bahawalpur strike.\n\nGunmen killed 26 people in an attack "
        "near Pahalgam on June 3."
    )
    for fate in _fates(analyse, text):
        assert fate["date"] is None or fate["date"]["start"] != "2024-06-03"


def test_a_death_told_twice_takes_the_killings_date(analyse):
    text = (
        "Al-Qaeda in the Islamic Maghreb confirmed the death of its leader, Abdelmalek "
        "Droukdel, on Saturday.\n\nDroukdel was killed on June 3 in an operation by French "
        "troops near the Algerian border."
    )
    killed = [f for f in _fates(analyse, text) if f["subtype"] in ("killed", "announced")]
    assert any(f["date"] and f["date"]["start"] == "2024-06-03" for f in killed)
    assert "Droukdel" in " ".join(_subjects(killed))


def test_a_surname_is_the_known_leader_named_before(analyse):
    text = (
        "Abdelmalek Droukdel led al-Qaeda in the Islamic Maghreb for two decades.\n\n"
        "Droukdel was killed on June 3 in an operation by French troops."
    )
    [fate] = _fates(analyse, text)
    assert fate["subtype"] == "killed"
    assert fate["actors"][0]["canonical"] == "Abdelmalek Droukdel"


def test_an_unknown_surname_gives_nothing(analyse):
    text = "Abdelmalek Droukdel led AQIM.\n\nHaddad was killed on June 3 in an operation."
    assert _fates(analyse, text) == []


def test_not_saying_when_he_was_killed_is_no_news(analyse):
    text = "The statement did not say when or how Abu Bakr al-Baghdadi was killed."
    assert _fates(analyse, text) == []


def test_a_group_names_an_unknown_person_to_a_post(analyse):
    text = (
        "Al-Shabaab has named Abu Ubaidah Omar Diriye, a veteran ideologue, as its new leader, "
        "the group said on Sunday."
    )
    fates = _fates(analyse, text)
    assert [f["subtype"] for f in fates] == ["appointed"]
    assert "Diriye" in _subjects(fates)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab has named Hassan Omar, a veteran ideologue, in its statement on Sunday.",
        "Al-Shabaab may name Hassan Omar as its new leader next week.",
    ],
)
def test_no_post_or_a_plan_gives_no_appointment(analyse, text):
    assert [f for f in _fates(analyse, text) if f["subtype"] == "appointed"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Indian troops have killed Abdul Rashid Mir, the commander of Hizbul Mujahideen in the "
        "valley, police said on Monday.\n\n"
        "Mir and another militant were killed on Saturday in a gunfight in a village after "
        "soldiers surrounded a house.",
        "The coalition said on Monday that its aircraft had killed Abu Harith al-Tunisi, a "
        "senior Islamic State commander. He died in strikes on Saturday in the desert, a "
        "spokesman said.",
    ],
)
def test_a_killing_takes_the_day_a_later_sentence_tells_his_death(analyse, text):
    [fate] = _fates(analyse, text)
    assert fate["subtype"] == "killed"
    assert fate["date"]["start"] == "2024-06-29"



def test_an_arrest_takes_the_day_a_later_sentence_tells_it(analyse):
    text = (
        "Published 2024-07-01\n"
        "Police catch bombing suspect after years on the run\n\n"
        "Counter-terrorism police have arrested Zulkifli, a senior Jemaah Islamiyah figure "
        "who had been wanted since the 2002 bombings, in a fishing village in Aceh province, "
        "the national police said on Saturday.\n\n"
        "Officers of the special unit detained Zulkifli, whose real name is Hisyam, at a rented "
        "house in the district on Thursday evening, a police spokesman told reporters."
    )
    [fate] = _fates(analyse, text)
    assert fate["date"]["start"] == "2024-06-27"


def test_a_predecessor_s_death_later_gives_no_day(analyse):
    text = (
        "Published 2024-07-01\n"
        "Islamic State commander killed\n\n"
        "Afghan intelligence officials said on Saturday that Abu Hamza al-Turki, the Islamic "
        "State's commander for Kunar, had been killed.\n\n"
        "Officials gave no details of the operation.\n\n"
        "Al-Turki had taken over after his predecessor, Abu Bakr al-Shami, was killed in a "
        "strike on June 2."
    )
    fates = [f for f in _fates(analyse, text) if "Abu Hamza al-Turki" in _subjects([f])]
    assert fates and all(f["date"]["start"] != "2024-06-02" for f in fates)


def test_a_man_checked_among_the_dead_is_dated_by_the_fight_told_before(analyse):
    text = (
        "Published 2024-07-01\n"
        "Troops kill militants in raid on hideout\n\n"
        "Soldiers killed nine militants in a raid on a hideout in the hills on Friday evening, "
        "the army said.\n\n"
        "Police said on Sunday they were checking whether Abu Talha, a senior commander of "
        "Jamaat-ul-Mujahideen, was among the dead."
    )
    [fate] = _fates(analyse, text)
    assert fate["subtype"] == "rumoured_dead"
    assert fate["date"]["start"] == "2024-06-28"
