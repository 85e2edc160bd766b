"""A leader's or spokesperson's fate (``extract.leaders``): sentences that must and must not give
a record."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 1)  # a Monday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subject(record: dict) -> dict:
    [subject] = [a for a in record["actors"] if a["role"] == "subject"]
    assert subject["type"] == "person"
    return subject


def _names(record: dict, role: str) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == role]


@pytest.mark.parametrize(
    ("text", "subtype", "certainty", "person", "position", "of", "day"),
    [
        (
            "American commandos killed Islamic State leader Abu Bakr al-Baghdadi during a raid "
            "in Idlib province on Saturday.",
            "killed",
            "reported",
            "Abu Bakr al-Baghdadi",
            "leader",
            "Islamic State",
            "2024-06-29",
        ),
        (
            "Police detained Fogra Munda, a zonal commander of the CPI (Maoist), near Ranchi on "
            "Thursday.",
            "arrested",
            "reported",
            None,
            "commander",
            "Communist Party of India (Maoist)",
            "2024-06-27",
        ),
        (
            "The Taliban named Mullah Haibatullah Akhundzada as their new leader on Wednesday.",
            "appointed",
            "reported",
            "Haibatullah Akhundzada",
            "leader",
            "Taliban",
            "2024-06-26",
        ),
        # the group itself tells of its leader's death: a killing confirmed is a killing
        (
            "Boko Haram confirmed on Sunday that its leader Abubakar Shekau had been killed.",
            "killed",
            "reported",
            "Abubakar Shekau",
            "leader",
            "Boko Haram",
            "2024-06-30",
        ),
        # hedged deaths are rumours
        (
            "Al-Shabaab leader Ahmed Diriye was reportedly killed in an airstrike on Friday.",
            "rumoured_dead",
            "alleged",
            "Ahmed Diriye",
            "leader",
            "al-Shabaab",
            "2024-06-28",
        ),
        (
            "Islamic State leader Abu Bakr al-Baghdadi may have been killed in a Russian air "
            "strike on Friday, the ministry said.",
            "rumoured_dead",
            "alleged",
            "Abu Bakr al-Baghdadi",
            "leader",
            "Islamic State",
            "2024-06-28",
        ),
        # a death still being checked is a rumour, whoever checks it
        (
            "The army said on Friday it was verifying reports that Boko Haram leader Abubakar "
            "Shekau had been killed.",
            "rumoured_dead",
            "alleged",
            "Abubakar Shekau",
            "leader",
            "Boko Haram",
            "2024-06-28",
        ),
        (
            "Officials could not confirm on Friday that Islamic State leader Abu Bakr "
            "al-Baghdadi had been killed.",
            "rumoured_dead",
            "alleged",
            "Abu Bakr al-Baghdadi",
            "leader",
            "Islamic State",
            "2024-06-28",
        ),
        (
            "A recording released on Thursday shows that Islamic State leader Abu Bakr "
            "al-Baghdadi is still alive.",
            "confirmed_alive",
            "reported",
            "Abu Bakr al-Baghdadi",
            "leader",
            "Islamic State",
            "2024-06-27",
        ),
    ],
)
def test_a_fate_is_recorded(analyse, text, subtype, certainty, person, position, of, day):
    [record] = _fates(analyse, text)
    assert record["subtype"] == subtype
    assert record["certainty"] == certainty
    assert _subject(record)["canonical"] == person
    assert record["position"] == position
    assert record["of"] == of
    assert [a["canonical"] for a in record["actors"] if a["role"] == "other"] == [of]
    assert record["date"]["start"] == day


@pytest.mark.parametrize(
    ("text", "role", "doer"),
    [
        (
            "American commandos killed Islamic State leader Abu Bakr al-Baghdadi during a raid "
            "in Idlib province on Saturday.",
            "authority",
            "American commandos",
        ),
        # a rival group took him: not an authority
        (
            "The Islamic State said on Friday that its spokesman Abu Omar al-Muhajir had been "
            "captured by Hayat Tahrir al-Sham in Idlib.",
            "perpetrator",
            "Hayat Tahrir al-Sham",
        ),
        # the country of the strike names who killed him
        (
            "A senior commander of ISKP died in a U.S. drone strike in Nangarhar on Tuesday.",
            "authority",
            "U.S.",
        ),
    ],
)
def test_who_killed_or_caught_the_leader_is_an_actor(analyse, text, role, doer):
    [record] = _fates(analyse, text)
    assert _names(record, role) == [doer]


def test_a_post_without_a_name_is_the_subject_as_printed(analyse):
    [record] = _fates(
        analyse, "A senior commander of ISKP died in a U.S. drone strike in Nangarhar on Tuesday."
    )
    assert record["subtype"] == "killed"
    assert _subject(record)["name"] == "A senior commander of ISKP"
    assert _subject(record)["canonical"] is None
    assert record["of"] == "Islamic State Khorasan Province"
    assert record["location"]["name"] == "Nangarhar"


def test_an_unknown_name_given_a_post_of_a_group_is_the_subject(analyse):
    [record] = _fates(
        analyse,
        "Jaish-e-Mohammed commander Abu Qasim was killed in a gunfight with troops in Kulgam "
        "on Friday.",
    )
    assert _subject(record)["name"] == "Abu Qasim"
    assert record["position"] == "commander"
    assert record["of"] == "Jaish-e-Mohammed"


def test_a_dispelled_rumour_of_death_means_alive(analyse):
    [record] = _fates(
        analyse,
        "The video puts to rest rumours that Boko Haram leader Abubakar Shekau was killed in an "
        "air raid in Borno in May.",
    )
    assert record["subtype"] == "confirmed_alive"
    assert _subject(record)["canonical"] == "Abubakar Shekau"
    # the rumoured death's month and place are not when and where he was shown alive
    assert record["date"]["text"] != "May"


def test_a_pronoun_is_the_leader_named_just_before(analyse):
    [record] = _fates(
        analyse,
        "Boko Haram leader Abubakar Shekau has not been seen in public for months. There are "
        "unconfirmed reports of his death.",
    )
    assert record["subtype"] == "rumoured_dead"
    assert record["certainty"] == "alleged"
    assert _subject(record)["canonical"] == "Abubakar Shekau"


def test_a_group_announcing_its_new_leader(analyse):
    [record] = _fates(
        analyse,
        "The Islamic State announced on Thursday that Abu Hafs al-Hashimi al-Qurayshi was its "
        "new leader.",
    )
    assert record["subtype"] == "announced"
    assert _subject(record)["canonical"] == "Abu Hafs al-Hashimi al-Qurayshi"
    assert record["date"]["start"] == "2024-06-27"


def test_a_short_name_is_the_leader_named_earlier(analyse):
    records = _fates(
        analyse,
        "The new Islamic State spokesman, Abu Hudhayfah al-Ansari, released an audio message "
        "on Saturday. Al-Ansari replaced Abu Omar al-Muhajir, who was captured last year.",
    )
    fates = {(r["subtype"], _subject(r)["canonical"]) for r in records}
    assert fates == {
        ("appointed", "Hudhayfah al-Ansari"),
        ("captured", "Abu Omar al-Muhajir"),
    }
    assert all(r["position"] == "spokesperson" for r in records)


def test_one_fate_told_twice_is_one_record(analyse):
    records = _fates(
        analyse,
        "U.S. forces killed Islamic State leader Abu Bakr al-Baghdadi in Syria on Saturday.\n\n"
        "Officials said al-Baghdadi was killed when troops stormed his compound.",
    )
    assert len(records) == 1
    assert records[0]["subtype"] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        # rank and file, and posts outside armed groups
        "A militant was killed in a clash with troops in Kulgam on Friday.",
        "A police chief was shot dead by gunmen in Quetta on Monday.",
        "A tribal leader was killed by Islamic State militants in North Sinai on Tuesday.",
        # denied, threatened, planned
        "Boko Haram denied that its leader Abubakar Shekau had been killed.",
        "The army vowed to kill Boko Haram leader Abubakar Shekau.",
        "Police issued a warrant for the arrest of Taliban commander Mullah Fazlullah.",
        # history recalled in passing
        "Osama bin Laden was killed by U.S. Navy SEALs in Abbottabad in May 2011.",
        # "named" in other senses
        "ISIS named the two bombers in a statement on Thursday.",
        "A Maoist leader named Benu sent an audio clip to the media.",
        # the leader is not the one arrested
        "An aide of Baitullah Mehsud was arrested in Karachi on Monday.",
        # a death from illness is no fate these subtypes tell
        "The ISKP leader died in hospital after a long illness on Sunday.",
        # checking a killing of someone else is not a rumour of the leader's death
        "Police are investigating the killing of Abubakar Shekau's driver.",
    ],
)
def test_no_fate_is_recorded(analyse, text):
    assert _fates(analyse, text) == []


def test_a_death_the_group_confirms_without_a_killing_is_announced(analyse):
    [record] = _fates(
        analyse, "Boko Haram confirmed on Sunday that its leader Abubakar Shekau had died."
    )
    assert record["subtype"] == "announced"


def test_a_leader_chosen_to_succeed_another_is_appointed(analyse):
    [record] = _fates(
        analyse,
        "The Taliban said they had chosen Haibatullah Akhundzada, a religious scholar from "
        "Kandahar, to succeed him.",
    )
    assert record["subtype"] == "appointed"
    assert _subject(record)["canonical"] == "Haibatullah Akhundzada"


def test_two_leaders_killed_in_one_sentence_are_two_records(analyse):
    records = _fates(
        analyse, "Philippine troops killed Omar Maute and Isnilon Hapilon in Marawi on Monday."
    )
    assert sorted(_subject(r)["canonical"] for r in records) == ["Isnilon Hapilon", "Omar Maute"]
    assert {r["subtype"] for r in records} == {"killed"}


def test_something_chosen_to_replace_something_is_no_appointment(analyse):
    assert _fates(analyse, "Al-Shabaab said it had chosen a new logo to replace the old one.") == []


def test_a_kunya_stands_for_the_leader_named_earlier(analyse):
    records = _fates(
        analyse,
        "Abu al-Hassan al-Hashimi al-Qurashi led the Islamic State for eight months. The group "
        "said on Sunday that Abu al-Hassan was killed in battle.",
    )
    [record] = records
    assert record["subtype"] == "killed"
    assert _subject(record)["canonical"] == "Abu al-Hasan al-Hashimi al-Qurashi"


def test_another_kunya_is_someone_else(analyse):
    assert (
        _fates(
            analyse,
            "Abu al-Hassan al-Hashimi al-Qurashi led the Islamic State for eight months. A "
            "fighter named Abu Hamza was killed in a raid on Sunday.",
        )
        == []
    )


def test_a_known_leader_named_after_the_post_is_the_subject(analyse):
    [record] = _fates(
        analyse,
        "Al-Qaeda in the Arabian Peninsula has confirmed the death of its leader, Qasim "
        "al-Raymi, in a video released on Sunday.",
    )
    assert record["subtype"] == "announced"
    assert _subject(record)["canonical"] == "Qasim al-Raymi"


def test_an_unknown_man_after_the_post_leaves_the_post_as_the_subject(analyse):
    [record] = _fates(
        analyse, "Al-Shabaab confirmed the death of its leader, a man from Kismayo, on Sunday."
    )
    assert _subject(record)["canonical"] is None
    assert _subject(record)["name"] == "leader of al-Shabaab"
