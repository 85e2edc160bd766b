"""Appointments told in a second clause after a death ("confirmed that X had been killed, and
named one of his deputies, Y, as his successor"): the naming verb is a conjunct, its subject
the group of the first clause, its post the one the dead leader held."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _appointed(analyse, text: str) -> list[str]:
    return [
        a["name"]
        for r in _fates(analyse, text)
        if r["subtype"] == "appointed"
        for a in r["actors"]
        if a["role"] == "subject"
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Al-Shabaab confirmed on Monday that its leader, Ahmed Godane, had been killed in a "
            "U.S. airstrike, and named one of his commanders, Ahmad Umar, as his successor.",
            "Ahmad Umar",
        ),
        (
            "Boko Haram confirmed that its leader, Abubakar Shekau, had died, and named one of "
            "his commanders, Abu Musab al-Barnawi, as his successor.",
            "Abu Musab al-Barnawi",
        ),
        (
            "The Pakistani Taliban said on Friday their chief, Hakimullah Mehsud, had been "
            "killed in a drone strike, and named one of his aides, Khan Said Sajna, as his "
            "successor.",
            "Khan Said Sajna",
        ),
    ],
)
def test_successor_named_after_the_death(analyse, text, person):
    assert _appointed(analyse, text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        # a successor promised, none named
        "Al-Shabaab confirmed on Monday that its leader, Ahmed Godane, had been killed in a "
        "U.S. airstrike, and said it would name a successor soon.",
        # the post is no armed group's
        "The army said its chief, General Raheel Sharif, had retired, and named one of his "
        "aides, Qamar Bajwa, as his successor.",
    ],
)
def test_no_successor_named(analyse, text):
    assert _appointed(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Al-Shabaab said Ahmad Umar and Mahad Karate were named as deputies.",
            ["Ahmad Umar", "Mahad Karate"],
        ),
        (
            "The Taliban named Sirajuddin Haqqani and Mullah Mohammad Yaqoob as deputies.",
            ["Sirajuddin Haqqani", "Mullah Mohammad Yaqoob"],
        ),
        (
            "Al-Shabaab said on Monday that Ahmad Umar and Mahad Karate had been named as its "
            "deputies.",
            ["Ahmad Umar", "Mahad Karate"],
        ),
    ],
)
def test_deputies_named_together(analyse, text, people):
    assert sorted(_appointed(analyse, text)) == sorted(people)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said it would soon name Ahmad Umar and Mahad Karate as deputies.",
        "Police said Ahmad Umar and Mahad Karate, named as deputies in 2010, were arrested.",
    ],
)
def test_deputies_not_named(analyse, text):
    assert _appointed(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Abu Mohammed al-Adnani said the group had accepted the pledges of fighters in the "
            "region and appointed Hafiz Saeed Khan as its governor there.",
            "Hafiz Saeed Khan",
        ),
        (
            "The Islamic State appointed Abu Musab al-Barnawi as its governor in West Africa, the "
            "group said on Monday.",
            "Abu Musab al-Barnawi",
        ),
        (
            "The Taliban named Mullah Abdul Salam as their shadow governor for Kunduz on Tuesday.",
            "Mullah Abdul Salam",
        ),
    ],
)
def test_group_governor_appointed(analyse, text, person):
    assert _appointed(analyse, text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "The president appointed Tooryalai Wesa as governor of Kandahar on Tuesday.",
        "Gunmen killed the governor of Kandahar, Tooryalai Wesa, on Tuesday.",
    ],
)
def test_state_governor_is_no_group_post(analyse, text):
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype", "person"),
    [
        (
            "Nigerian troops killed Abubakar Shekau, the leader of Boko Haram, in May. Soldiers "
            "also arrested Mamman Nur, a senior member of the group, near Maiduguri in June.",
            "arrested",
            "Mamman Nur",
        ),
        (
            "Somali forces killed Ahmed Godane, the leader of al-Shabaab, in September. Troops "
            "captured Zakariya Ahmed Hersi, a senior member of the movement, in Gedo on Monday.",
            "captured",
            "Zakariya Ahmed Hersi",
        ),
    ],
)
def test_member_of_the_group_told_before(analyse, text, subtype, person):
    told = [
        a["name"]
        for r in _fates(analyse, text)
        if r["subtype"] == subtype
        for a in r["actors"]
        if a["role"] == "subject"
    ]
    assert told == [person]


@pytest.mark.parametrize(
    "text",
    [
        # no group told before: "the group" stands for nothing known
        "Police arrested Mamman Nur, a senior member of the group, near Maiduguri in June.",
        # not a member of the group but of something of it
        "Nigerian troops killed Abubakar Shekau, the leader of Boko Haram, in May. Police "
        "arrested Musa Bello, a member of the group's youth choir, in June.",
    ],
)
def test_member_of_no_group_told(analyse, text):
    assert [r for r in _fates(analyse, text) if r["subtype"] != "killed"] == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "On Nov. 10, French forces killed Bah ag Moussa, the military commander of the "
            "al-Qaeda-linked coalition JNIM, in an operation near Menaka.",
            "JNIM",
        ),
    ],
)
def test_group_far_in_the_posts_of_phrase(analyse, text, group):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert [a["name"] for a in record["actors"] if a["role"] == "other"] == [group]


def test_group_only_near_the_post_is_not_its_group(analyse):
    text = (
        "Troops killed Abu Yasir, the top commander of a brigade that fought alongside Kataib "
        "Hezbollah, on Monday."
    )
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Al-Shabaab's spokesman, Ali Dhere, and its military chief, Mahad Karate, were seized "
            "by troops near Jilib on Monday.",
            ["Ali Dhere", "Mahad Karate"],
        ),
        (
            "Kenyan troops seized Ali Dhere, the spokesman of al-Shabaab, near Jilib on Monday.",
            ["Ali Dhere"],
        ),
        (
            "Police said the ISKP commander Abdul Wahid was seized in a raid in Jalalabad on Monday.",
            ["Abdul Wahid"],
        ),
    ],
)
def test_leader_seized(analyse, text, people):
    seized = [
        a["name"]
        for r in _fates(analyse, text)
        if r["subtype"] == "captured"
        for a in r["actors"]
        if a["role"] == "subject"
    ]
    assert sorted(seized) == sorted(people)


@pytest.mark.parametrize(
    "text",
    [
        "Militants seized the Taliban commander Abdul Wahid's house on Monday.",
        "Militants captured the Taliban commander Abdul Wahid's house on Monday.",
        "Troops seized the ISKP commander's weapons in a raid on Monday.",
        "Troops seized weapons and documents belonging to the ISKP commander Abdul Wahid in a "
        "raid on Monday.",
    ],
)
def test_things_of_a_leader_seized(analyse, text):
    assert _fates(analyse, text) == []


def _subtypes(analyse, text: str) -> list[str]:
    return [r["subtype"] for r in _fates(analyse, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish President Recep Tayyip Erdogan said in April that Turkish intelligence had "
        "killed the Islamic State chief in the town of Jindires, a claim the group did not "
        "confirm at the time.",
        "Police said they had killed Hizbul commander Riyaz Naikoo in Pulwama, a claim that "
        "could not be independently verified.",
        "The army said it had killed Boko Haram's leader, Abubakar Shekau, in an airstrike, a "
        "claim the group has not confirmed.",
    ],
)
def test_death_claimed_and_left_unconfirmed_is_rumoured(analyse, text):
    assert _subtypes(analyse, text) == ["rumoured_dead"]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had killed Boko Haram's leader, Abubakar Shekau, in an airstrike, a "
        "claim the group confirmed on Sunday.",
        "The army said it had killed Boko Haram's leader, Abubakar Shekau, in an airstrike, and "
        "the group did not dispute it.",
    ],
)
def test_death_claimed_and_confirmed_is_killed(analyse, text):
    assert _subtypes(analyse, text) == ["killed"]
