"""Pledge waves (``extract.pledges``): several groups pledging in one sentence, groups joining
the pledge told just before, one group pledging to two leaders, and renewals by branches."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _pledges(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


def _pledgers(records: list[dict]) -> list[str]:
    return sorted(
        a["canonical"] or a["name"]
        for r in records
        for a in r["actors"]
        if a["role"] == "perpetrator"
    )


def test_groups_listed_as_subjects_pledge_each(analyse):
    records = _pledges(
        analyse, "On Tuesday, Boko Haram and al-Shabaab pledged allegiance to the Islamic State."
    )
    assert len(records) == 2
    assert {r["date"]["start"] for r in records} == {"2024-06-11"}


def test_groups_following_the_pledge_before_pledge_each(analyse):
    records = _pledges(
        analyse,
        "On Friday, the West Africa Province released photographs of armed men giving bay'ah "
        "to the new leader. The Sahel branch and the Somalia branch followed with their own "
        "pictures on Saturday.",
    )
    assert len(records) == 3
    assert {r["subtype"] for r in records} == {"renewal"}
    followers = [r for r in records if r["date"]["start"] == "2024-06-08"]
    assert len(followers) == 2
    somalia = [r for r in followers if (r["location"] or {}).get("country_code") == "SO"]
    assert len(somalia) == 1


def test_followed_suit_takes_its_own_date(analyse):
    records = _pledges(
        analyse,
        "Al-Shabaab pledged allegiance to Ayman al-Zawahiri on Monday. Boko Haram followed "
        "suit on Tuesday.",
    )
    assert sorted(r["date"]["start"] for r in records) == ["2024-06-10", "2024-06-11"]
    assert {r["pledged_to"] for r in records} == {"Ayman al-Zawahiri"}


@pytest.mark.parametrize(
    "text",
    [
        # no pledge told before
        "The army launched an offensive on Monday. The police followed suit on Tuesday.",
        # the followers are not armed
        "Al-Shabaab pledged allegiance to Ayman al-Zawahiri on Monday. Residents of the town "
        "followed suit on Tuesday.",
    ],
)
def test_following_without_an_armed_follower_of_a_pledge_gives_nothing_more(analyse, text):
    assert len(_pledges(analyse, text)) == (0 if text.startswith("The army") else 1)


@pytest.mark.parametrize(
    "follow",
    [
        "Boko Haram may follow suit.",
        "Boko Haram did not follow suit.",
        "Analysts expect Boko Haram to follow suit.",
    ],
)
def test_a_follower_that_may_or_did_not_follow_gives_no_pledge(analyse, follow):
    records = _pledges(
        analyse, f"Al-Shabaab pledged allegiance to Ayman al-Zawahiri on Monday. {follow}"
    )
    assert _pledgers(records) == ["al-Shabaab"]


def test_men_shown_in_several_places_pledge_each(analyse):
    records = _pledges(
        analyse,
        "On Sunday images appeared of fighters in Mozambique's Cabo Delgado province and of a "
        "smaller group in the southern Philippines reaffirming allegiance to the new caliph.",
    )
    assert len(records) == 2
    assert {r["subtype"] for r in records} == {"renewal"}
    assert {(r["location"] or {}).get("country_code") for r in records} == {"MZ", "PH"}


def test_a_pledge_to_two_leaders_is_two_pledges(analyse):
    records = _pledges(
        analyse,
        "On Thursday the leaders pledged loyalty to AQIM's emir, Abdelmalek Droukdel, and to "
        "the Taliban leader, Haibatullah Akhundzada.",
    )
    assert sorted(r["pledged_to"] for r in records) == [
        "Abdelmalek Droukdel",
        "Haibatullah Akhundzada",
    ]


def test_a_pledge_to_a_group_and_its_leader_is_one(analyse):
    records = _pledges(
        analyse,
        "On Saturday Boko Haram pledged allegiance to the Islamic State and its leader, "
        "Abu Bakr al-Baghdadi.",
    )
    assert len(records) == 1


def test_an_added_pledge_takes_the_date_of_the_pledge_before(analyse):
    records = _pledges(
        analyse,
        "Four jihadist groups pledged allegiance to Ayman al-Zawahiri in a video released on "
        "Thursday.\n\nThe leaders also pledged loyalty to the Taliban leader, Haibatullah "
        "Akhundzada, according to SITE.",
    )
    assert len(records) == 2
    assert {r["date"]["start"] for r in records} == {"2024-06-06"}


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # a branch to its movement's new leader: a renewal
        (
            "Islamic State West Africa Province pledged allegiance to the new caliph on Friday.",
            "renewal",
        ),
        ("On Friday photographs showed the Khorasan branch pledging to the new leader.", "renewal"),
        # a first oath to a new leader by a group outside the movement
        (
            "Boko Haram pledged allegiance to the new caliph of the Islamic State on Friday.",
            "allegiance",
        ),
        # a branch's oath to a leader not said to be new: as its words say
        (
            "Jama'at Nusrat al-Islam wal-Muslimin pledged allegiance to Ayman al-Zawahiri on Friday.",
            "allegiance",
        ),
        # renewed in words, whoever holds the pledge
        (
            "On Friday Annabi renewed the group's pledge of allegiance to Ayman al-Zawahiri.",
            "renewal",
        ),
    ],
)
def test_renewal_or_first_oath(analyse, text, subtype):
    [record] = _pledges(analyse, text)
    assert record["subtype"] == subtype


def test_a_lead_summing_up_the_wave_is_not_a_pledge_of_its_own(analyse):
    records = _pledges(
        analyse,
        "Affiliates have lined up behind the new leader, releasing photographs of fighters "
        "swearing loyalty to a man about whom nothing is known.\n\n"
        "On Friday, the West Africa Province gave bay'ah to the new leader. On Sunday the "
        "Somalia branch renewed its pledge to the new leader.",
    )
    assert len(records) == 2


def test_the_groups_after_a_dateline_pledge(analyse):
    [record] = _pledges(
        analyse,
        "BAMAKO, Mali, June 7, 2024 — Four jihadist groups operating in Mali have merged and "
        "pledged allegiance to Ayman al-Zawahiri, according to a video released on Thursday.",
    )
    assert "BAMAKO" not in _pledgers([record])[0]


@pytest.mark.parametrize(
    "text",
    [
        "The lawmakers and the ministers pledged loyalty to the constitution on Monday.",
        "Boko Haram and Ansaru could pledge allegiance to the new caliph.",
        "Boko Haram and Ansaru, which pledged allegiance to the Islamic State, attacked a "
        "village on Monday.",
    ],
)
def test_listed_pledgers_keep_the_refusals(analyse, text):
    assert _pledges(analyse, text) == []


def test_following_an_attack_told_after_the_pledge_is_no_pledge(analyse):
    records = _pledges(
        analyse,
        "Al-Shabaab pledged allegiance to Ayman al-Zawahiri on Monday. Islamic State West "
        "Africa Province attacked an army base on Tuesday. Boko Haram did the same on Wednesday.",
    )
    assert _pledgers(records) == ["al-Shabaab"]


def test_the_group_named_among_the_men_shown_pledges(analyse):
    [record] = _pledges(
        analyse,
        "On Saturday, ISWAP released a video showing dozens of armed men, described as former "
        "Boko Haram fighters, pledging allegiance to the Islamic State.",
    )
    assert _pledgers([record]) == ["Boko Haram"]


def test_a_man_renewing_his_groups_pledge_pledges_for_it(analyse):
    [record] = _pledges(
        analyse,
        "Al-Qaeda in the Islamic Maghreb named Abu Obeida al-Annabi as its leader.\n\n"
        "On Saturday Annabi renewed the group's pledge of allegiance to Ayman al-Zawahiri.",
    )
    assert _pledgers([record]) == ["al-Qaeda in the Islamic Maghreb"]


def test_a_man_renewing_a_partys_pledge_is_no_pledge(analyse):
    assert (
        _pledges(
            analyse,
            "On Saturday Smith renewed the party's pledge of loyalty to the constitution.",
        )
        == []
    )


def test_one_man_shown_pledging_in_a_groups_video_pledges_himself(analyse):
    [record] = _pledges(
        analyse,
        "On Monday the Islamic State released a video showing the attacker pledging "
        "allegiance to the group's leader.",
    )
    assert _pledgers([record]) != ["Islamic State"]
