"""Leaders the extractor missed on new articles (``extract.leaders``): a post with a word of the
state's before it that a group owns ("the branch's intelligence chief", "the intelligence chief
of the Islamic State's Khorasan branch"); one of a group's commanders described with any
adjective ("one of the most feared commanders of al-Qaeda in the Islamic Maghreb"); a leader who
"turned himself in" is in custody (captured). A province's intelligence chief, and a shopkeeper
turning himself in, are neither. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _changes(analyse, text: str, published: date) -> list[str]:
    return [r["subtype"] for r in records_of(analyse(text, published), "leadership_change")]


def test_the_intelligence_chief_of_a_groups_branch(analyse):
    text = (
        "KABUL, Aug. 18, 2020 — Afghan intelligence said on Tuesday its forces had killed "
        "Asadullah Orakzai, the intelligence chief of the Islamic State's Khorasan branch, in an "
        "operation near Jalalabad on Saturday, Aug. 1."
    )
    assert _changes(analyse, text, date(2020, 8, 18)) == ["killed"]


def test_the_branchs_intelligence_chief(analyse):
    text = (
        "KABUL, Aug. 18, 2020 — The Islamic State's Khorasan branch lost a commander. Officials "
        "said its forces had killed his superior, Asadullah Orakzai, the branch's intelligence "
        "chief, in an operation near Jalalabad on Saturday, Aug. 1."
    )
    assert "killed" in _changes(analyse, text, date(2020, 8, 18))


def test_a_provinces_intelligence_chief_is_no_groups_post(analyse):
    text = (
        "KABUL, Aug. 18, 2020 — The Islamic State claimed the bombing that killed Ahmad Zia, the "
        "intelligence chief of Nangarhar province, on Saturday."
    )
    assert _changes(analyse, text, date(2020, 8, 18)) == []


def test_one_of_the_most_feared_commanders_of_a_group(analyse):
    text = (
        "PARIS, March 23, 2013 — France said on Saturday that Abdelhamid Abou Zeid, one of the "
        "most feared commanders of al-Qaeda in the Islamic Maghreb, had been killed in fighting "
        "in the mountains of northern Mali in late February."
    )
    assert _changes(analyse, text, date(2013, 3, 23)) == ["killed"]


def test_a_spokesman_who_turned_himself_in(analyse):
    text = (
        "ISLAMABAD, April 27, 2017 — The army announced on April 17 that Ehsanullah Ehsan, the "
        "spokesman of Jamaat-ul-Ahrar, had turned himself in to the security forces."
    )
    assert _changes(analyse, text, date(2017, 4, 27)) == ["captured"]


def test_a_shopkeeper_who_turned_himself_in(analyse):
    text = "A shopkeeper who witnessed the attack turned himself in to police on Monday."
    assert _changes(analyse, text, date(2017, 4, 27)) == []


def test_a_founder_placed_in_protective_custody_is_arrested(analyse):
    text = (
        "NEW DELHI, Jan. 14, 2016 — A minister in Pakistan's Punjab province said on Thursday "
        "that Maulana Masood Azhar, the founder of the militant group Jaish-e-Mohammed, had been "
        'placed in "protective custody."'
    )
    assert _changes(analyse, text, date(2016, 1, 14)) == ["arrested"]


def test_a_known_sahel_leader_killed_in_a_raid(analyse):
    text = (
        "BAMAKO, March 5, 2013 — Chad's army said its troops had killed Mokhtar Belmokhtar, the "
        "one-eyed veteran whose men attacked the In Amenas gas plant in January, in a raid on a "
        "militant base in northern Mali on Saturday, March 2."
    )
    assert _changes(analyse, text, date(2013, 3, 5)) == ["killed"]


def test_a_guerrilla_commander_in_the_lead_is_of_the_group_named_after(analyse):
    text = (
        "BOGOTA, Colombia, Dec. 22, 2018 — Colombian special forces have killed Walter Patricio "
        "Arizala, the Ecuadorian-born dissident guerrilla commander known as Guacho, President "
        "Ivan Duque said on Saturday. His Oliver Sinisterra Front had kidnapped three journalists."
    )
    [change] = records_of(analyse(text, date(2018, 12, 22)), "leadership_change")
    assert change["subtype"] == "killed"
    assert any(a["canonical"] == "Oliver Sinisterra Front" for a in change["actors"])


def test_a_commander_of_no_armed_kind_in_an_article_of_no_group(analyse):
    text = (
        "BOGOTA, Colombia, Dec. 22, 2018 — Gunmen killed Juan Perez, a police commander, in "
        "Tumaco on Friday."
    )
    assert _changes(analyse, text, date(2018, 12, 22)) == []


def test_a_senior_figure_in_the_group_and_a_military_leader_of_the_group(analyse):
    text = (
        "Published 2025-02-25\nU.S. strikes kill second Hurras al-Din commander in a week\n\n"
        "U.S. Central Command said the strike on Sunday in Idlib province killed Muhammad Yusuf "
        "Ziya Talay, whom it described as a senior military leader of the group.\n\n"
        "On Feb. 15, a Central Command strike in northwestern Syria killed Wasim Tahsin "
        "Bayraqdar, another senior figure in the group, the command said at the time."
    )
    assert _changes(analyse, text, date(2025, 2, 25)) == ["killed", "killed"]
