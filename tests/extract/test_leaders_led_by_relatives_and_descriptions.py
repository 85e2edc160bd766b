"""Leadership fates told in phrasing the tuned sets lacked: a group "now led by" someone; a death
hedged in a relative clause after a name ("its founder X, who is believed to have died"); posts
given by plural nouns ("one of its senior ideologues") or by "served as" in a clause on a noun
in apposition; a death a group confirms "in a drone strike" (a killing); one death told twice
with a loose and an exact date; the namer in "a message from X, which named Y caliph"; an
undated succession told after history; "named X to lead the faction"; and places that describe
the person ("a former Guantanamo detainee"), not the fate."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 5, 9)  # a Thursday


def _fates(analyse, text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [
        (r["subtype"], a["name"])
        for r in records_of(analyse(text, published), "leadership_change")
        for a in r["actors"]
        if a["role"] == "subject"
    ]


def _records(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    return records_of(analyse(text, published), "leadership_change")


# --- "now led by": the new holder of the post -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Boko Haram is now led by Bakura Modu, a veteran field commander, local officials "
            "said on Tuesday.",
            "Bakura Modu",
        ),
        (
            "Since the airstrike, al-Shabaab has been reorganised and is now headed by Abdi "
            "Mohamed Hassan, a former preacher, analysts say.",
            "Abdi Mohamed Hassan",
        ),
        (
            "According to two security sources, Ansarul Islam is now led by Hamadou Sidibe, "
            "the cousin of its founder.",
            "Hamadou Sidibe",
        ),
    ],
)
def test_a_group_now_led_by_someone_is_an_appointment(analyse, text, person):
    assert ("appointed", person) in _fates(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # a description of the speaker, not news of a change
        "Bakura Modu, who now leads Boko Haram's fighters on the lake islands, said the army "
        "had lost the war.",
        # led by, without "now": who ran the group at the time
        "Boko Haram, led by Bakura Modu, overran the town of Damasak in 2015.",
    ],
)
def test_leading_as_a_description_is_no_appointment(analyse, text):
    assert not [f for f in _fates(analyse, text) if f[0] == "appointed"]


# --- a hedged death in a relative clause --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Ansarul Islam is run by Hamadou Sidibe, the cousin of its founder Oumar Barry, who "
            "is believed to have died last month, officials said.",
            "Oumar Barry",
        ),
        (
            "The army said the raid targeted Boko Haram commander Bakura Modu, who is thought "
            "to have been killed in the shelling on Monday.",
            "Bakura Modu",
        ),
    ],
)
def test_a_death_hedged_in_a_relative_clause_is_a_rumour(analyse, text, person):
    assert ("rumoured_dead", person) in _fates(analyse, text)


# --- posts given in plural nouns and by "served as" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Al-Qaeda in the Arabian Peninsula said on Tuesday that Saeed Balharith, one of its "
            "most prominent ideologues, had been killed in an American drone strike.",
            "Saeed Balharith",
        ),
        (
            "Al-Shabaab said Hassan Afgoye, a former refugee who served as its chief religious "
            "official, was killed in an airstrike on Monday.",
            "Hassan Afgoye",
        ),
    ],
)
def test_posts_in_plurals_and_served_as_make_a_leader(analyse, text, person):
    assert ("killed", person) in _fates(analyse, text)


def test_a_rank_and_file_fighter_who_served_gives_nothing(analyse):
    text = (
        "Police said Hassan Afgoye, a farmer who served as a volunteer guard, was killed in an "
        "al-Shabaab ambush on Monday."
    )
    assert _fates(analyse, text) == []


def test_a_place_describing_the_person_is_not_where_he_died(analyse):
    text = (
        "Al-Qaeda in the Arabian Peninsula said Saeed Balharith, a former Guantanamo detainee "
        "who served as its chief religious official, was killed in Yemen on Monday."
    )
    [record] = _records(analyse, text)
    assert record["location"]["country_code"] == "YE"


# --- a death in a strike, confirmed by the group ------------------------------------------------


def test_a_confirmed_death_in_a_strike_is_a_killing(analyse):
    text = (
        "Al-Qaeda in the Arabian Peninsula had already confirmed the death of Saeed Balharith, "
        "one of its senior ideologues, in a drone strike near Mukalla on May 2."
    )
    assert _fates(analyse, text) == [("killed", "Saeed Balharith")]


def test_a_confirmed_death_without_a_strike_stays_announced(analyse):
    text = (
        "Al-Qaeda in the Arabian Peninsula confirmed on Tuesday the death of Saeed Balharith, "
        "one of its senior ideologues."
    )
    assert [f[0] for f in _fates(analyse, text)] != ["killed"]


# --- one death told with a loose and an exact date -----------------------------------------------


def test_a_death_told_last_month_and_on_its_day_is_one_record(analyse):
    text = (
        "Al-Qaeda in the Arabian Peninsula said in a video released on Tuesday that Saeed "
        "Balharith, one of its senior ideologues, had been killed in a drone strike last "
        "month.\n\nIn the video, a spokesman said Balharith died when a missile hit his car "
        "on April 21."
    )
    [record] = _records(analyse, text)
    assert record["subtype"] == "killed"
    assert record["date"]["start"] == "2019-04-21"


# --- the namer is not the one named ---------------------------------------------------------


def test_the_spokesman_whose_message_named_a_leader_is_not_appointed(analyse):
    text = (
        "The new leader was proclaimed on May 2 in a recording from the group's spokesman, "
        'Abu Hamza al-Qurashi, which named Abu Bakr al-Baghdadi "Caliph Ibrahim".'
    )
    people = [p for s, p in _fates(analyse, text) if s == "appointed"]
    assert "Abu Hamza al-Qurashi" not in people


# --- an undated succession after history -----------------------------------------------------


def test_a_succession_told_after_a_founder_killed_years_ago_is_history(analyse):
    text = (
        "Ansarul Islam was founded by Oumar Barry, who was killed by soldiers in 2012. Hamadou "
        "Sidibe, his deputy, took over the group and has since been blamed for dozens of "
        "killings."
    )
    assert [f for f in _fates(analyse, text) if f[0] == "appointed"] == []


# --- "named X to lead the faction" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Tehrik-i-Taliban Pakistan named Qari Ihsan, a commander from Bajaur, to lead the "
            "faction in his place, a statement said on Monday.",
            "Qari Ihsan",
        ),
        (
            "On Wednesday al-Shabaab named Abdi Mohamed Hassan to head its forces in the Juba "
            "valley.",
            "Abdi Mohamed Hassan",
        ),
    ],
)
def test_named_to_lead_is_an_appointment(analyse, text, person):
    assert ("appointed", person) in _fates(analyse, text)


def test_a_leader_who_plans_to_lead_an_attack_is_not_named(analyse):
    text = "Police said Qari Ihsan was named in the indictment as the man chosen to lead the raid."
    assert [f for f in _fates(analyse, text) if f[0] == "appointed"] == []


# --- "the previous evening" counts from the day told before it ------------------------------


def test_the_previous_evening_counts_from_the_day_the_group_confirmed(analyse):
    text = (
        "Tehrik-i-Taliban Pakistan confirmed on Monday that its commander Qari Ihsan was killed "
        "when his car struck a mine the previous evening."
    )
    [record] = _records(analyse, text, date(2019, 5, 8))  # a Wednesday; Monday = May 6
    assert record["date"]["start"] == "2019-05-05"


# --- "X, who leads ...": a leader described in a relative clause ------------------------------


def test_a_man_described_by_who_leads_is_a_leader_elsewhere(analyse):
    text = (
        "In March the army said Kalu Obinna had probably died of wounds suffered in an air "
        "strike.\n\nObinna, who leads the largest faction of Boko Haram fighters in the "
        "forest, spoke for an hour on Sunday."
    )
    assert ("rumoured_dead", "Kalu Obinna") in _fates(analyse, text)


def test_a_man_who_leads_a_protest_is_no_leader(analyse):
    text = (
        "In March the army said Kalu Obinna had probably died of wounds.\n\nObinna, who leads "
        "a farmers' union in the north, denied it on Sunday."
    )
    assert _fates(analyse, text) == []
