"""Pledges told in ways fresh writers vary (``extract.pledges``): an oath a group announced "in
a message sent to a news site that it had pledged" (the parse hangs the "that" clause on the
site as a relative clause), dated by the announcement; a renewal told "days later", dated by the
pledge before it; counted photo sets "from the province's units in A, B and C in which masked
fighters renewed their oath" (one pledge per unit, the clause scattered by the parse); and a
counted release whose branches follow a colon, "from the X Province in ..., from the Y Province
near ...", one pledge per branch."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

LEAD = "CAIRO, May 20, 2015 — Jihadist groups in the Sahel are splitting apart. "


def _pledges(analyse, text: str, published: date) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Late in April, a breakaway faction led by a former commander announced in a "
        "message posted to a news website that it had pledged allegiance to Abu Bakr "
        "al-Baghdadi.",
        LEAD + "In April, a splinter group of al-Mourabitoun said in a statement sent to a "
        "Moroccan news agency that it had sworn allegiance to the Islamic State.",
    ],
)
def test_an_oath_announced_in_a_message_is_dated_by_the_announcement(analyse, text):
    records = _pledges(analyse, text, date(2015, 5, 20))
    assert len(records) == 1
    assert records[0]["date"]["start"] == "2015-04-01"


def test_a_pledge_told_days_later_takes_the_date_of_the_one_before(analyse):
    text = (
        LEAD + "Late in April, a breakaway faction led by a former commander announced in a "
        "message posted to a news website that it had pledged allegiance to Abu Bakr "
        "al-Baghdadi. Days later the group's founder reaffirmed his loyalty to Ayman "
        "al-Zawahiri in an audio recording."
    )
    records = _pledges(analyse, text, date(2015, 5, 20))
    assert sorted(r["subtype"] for r in records) == ["allegiance", "renewal"]
    assert {r["date"]["start"] for r in records} == {"2015-04-01"}


def test_a_group_described_by_an_old_pledge_in_a_statement_is_no_pledge(analyse):
    text = (
        LEAD + "Ansar Dine, which had pledged allegiance to al-Qaeda in 2012, said in a "
        "statement sent to a news agency that it would fight on."
    )
    assert _pledges(analyse, text, date(2015, 5, 20)) == []


MANILA = "MANILA, Philippines, June 15, 2024 — The army killed a senior militant on Friday. "


def test_counted_photo_sets_from_units_in_listed_places_are_one_pledge_each(analyse):
    text = (
        MANILA + "The killing comes two weeks after the Islamic State's Amaq news agency "
        "released four sets of photographs from the province's units in Lanao del Norte, "
        "Basilan, Sulu and Cotabato in which masked fighters renewed their oath to the "
        "Islamic State's leader."
    )
    records = _pledges(analyse, text, date(2024, 6, 15))
    assert len(records) == 4
    assert {r["subtype"] for r in records} == {"renewal"}
    assert all(r["date"]["start"] < "2024-06-15" for r in records)


def test_a_single_unit_in_which_fighters_renewed_is_one_pledge(analyse):
    text = (
        MANILA + "Amaq released a set of photographs from the province's unit in Basilan in "
        "which masked fighters renewed their oath to the Islamic State's leader."
    )
    assert len(_pledges(analyse, text, date(2024, 6, 15))) == 1


KAMPALA = "NAIROBI, Kenya, Jan. 14, 2024 — The Islamic State stepped up its propaganda this week. "


def test_branches_listed_after_a_colon_pledge_one_each(analyse):
    text = (
        KAMPALA + "On Thursday its media offices released three videos showing fighters "
        "renewing their bay'ah to the caliph: from the West Africa Province in Borno, from the "
        "Somalia Province in Puntland and from the Sahel Province near Menaka."
    )
    records = _pledges(analyse, text, date(2024, 1, 14))
    perpetrators = {
        a["canonical"] for r in records for a in r["actors"] if a["role"] == "perpetrator"
    }
    assert len(records) == 3
    assert perpetrators == {
        "Islamic State West Africa Province",
        "Islamic State Somalia Province",
        "Islamic State Sahel Province",
    }


def test_a_colon_list_of_another_length_than_the_count_is_not_split(analyse):
    text = (
        KAMPALA + "On Thursday its media offices released five videos showing fighters "
        "renewing their bay'ah to the caliph: from the West Africa Province in Borno and from "
        "the Somalia Province in Puntland."
    )
    assert len(_pledges(analyse, text, date(2024, 1, 14))) <= 1


def test_units_listed_in_place_phrases_of_varied_prepositions_pledge_one_each(analyse):
    text = (
        MANILA + "Amaq released three sets of photographs from the province's units in the "
        "hills of Basilan, on Jolo island and around Marawi in which masked fighters renewed "
        "their oath to the Islamic State's leader."
    )
    records = _pledges(analyse, text, date(2024, 6, 15))
    assert len(records) == 3
