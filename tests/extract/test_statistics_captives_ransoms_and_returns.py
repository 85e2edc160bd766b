"""The ledgers of captivity and return (``extract.statistics``): people a state brings home from
abroad are repatriated, a force brought home is sent home; the kind of people a part of them is
("The returnees, 156 of them children"); people freed are freed, not rescued; a sum in another
currency converted into dollars is recorded once, in the dollars; a sum captors want is the
ransom they demand; people a group still holds are a standing figure however few; a battle that
"left" people dead killed them. And what must not be read so: a wish for money that is no
ransom, a share of people told beside its "of them", a few people held in an incident.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 9, 14)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(_statistics(analyse, text))


LEAD = "Security forces searched the camp on Sunday, officials said.\n\n"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Uzbekistan has brought 214 of its citizens home from camps in northeastern Syria, "
            "most of them small children, officials said.",
            214,
            "citizens repatriated",
        ),
        ("In the first stage, in March, 62 people were brought back.", 62, "people repatriated"),
        (
            "Uzbekistan has brought 214 of its citizens home from camps in Syria, officials said."
            "\n\nThe returnees, 131 of them children, were flown back on military aircraft between "
            "Sept. 4 and Sept. 6.",
            131,
            "children repatriated",
        ),
        (
            "The mission has sent home about 3,000 soldiers since June last year.",
            3000,
            "soldiers sent home",
        ),
        (
            "In 2019 gunmen freed more than 800 inmates from the central prison, and most were "
            "never recaptured.",
            800,
            "inmates freed",
        ),
    ],
)
def test_people_brought_home_or_freed(analyse, text, value, measure):
    assert _measures(analyse, LEAD + text).get(value) == measure


def test_a_converted_sum_is_recorded_once_in_dollars(analyse):
    text = (
        "The kidnappers had demanded 500 million naira, about $320,000, for the whole group, "
        "according to a community leader."
    )
    records = _statistics(analyse, text)
    assert [(r["value"]["min"], r["unit"], r["measure"]) for r in records] == [
        (320000, "USD", "ransom demanded")
    ]


def test_a_sum_in_another_currency_alone_keeps_its_currency(analyse):
    text = "Police killed a rebel who carried a reward of 800,000 rupees, an officer said."
    records = _statistics(analyse, text)
    assert [(r["value"]["min"], r["unit"]) for r in records] == [(800000, "INR")]


def test_a_sum_captors_want_is_the_ransom_demanded(analyse):
    text = (
        "Officials had said last month that the kidnappers wanted 40 million pesos, about "
        "$800,000, for the two engineers."
    )
    assert _measures(analyse, text) == {800000: "ransom demanded"}


def test_a_sum_someone_else_wants_is_no_ransom(analyse):
    text = "The ministry wants $2 billion for reconstruction, officials said."
    assert "ransom demanded" not in _measures(analyse, text).values()


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The group is still holding at least four captives, among them two fishermen seized "
            "off the coast in May, the military says.",
            4,
            "captives held",
        ),
        (
            "Seven servicemen are still thought to be held by the Islamic State, which was not "
            "part of the deal.",
            7,
            "servicemen held",
        ),
    ],
)
def test_people_a_group_still_holds_are_counted_however_few(analyse, text, value, measure):
    assert _measures(analyse, LEAD + text).get(value) == measure


def test_a_few_people_held_in_an_incident_are_no_statistic(analyse):
    text = "Gunmen held 30 people hostage in the hotel for hours on Monday before troops stormed it."
    assert 30 not in _measures(analyse, text)


def test_a_battle_that_left_people_dead_killed_them(analyse):
    text = (
        LEAD + "In January, Islamic State fighters stormed the Sina prison in Hasakah and held "
        "part of it for more than a week, and the battle left nearly 400 people dead, most of "
        "them inmates."
    )
    records = _statistics(analyse, text)
    assert [(r["value"]["max"], r["measure"]) for r in records] == [(400, "people killed")]


def test_a_share_of_people_keeps_its_whole(analyse):
    text = (
        "The camp holds about 55,000 people, according to the United Nations, more than 70 "
        "percent of them women and children."
    )
    assert _measures(analyse, text).get(70).startswith("share of camp residents")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The militia holds roughly 8,000 men accused of fighting for the group in prisons "
            "across the region.",
            8000,
            "men held in prisons",
        ),
        (
            "The company agreed to pay about $640 million in forfeiture and fines, the Justice "
            "Department said.",
            640000000,
            "forfeiture and fines",
        ),
        (
            "According to the plea papers, managers paid nearly $4 million through middlemen to "
            "the two groups between 2013 and 2014.",
            4000000,
            "payments to groups",
        ),
        (
            "The group took the plant over and sold the cement left in its silos for roughly "
            "$2.5 million, prosecutors said.",
            2500000,
            "sales",
        ),
    ],
)
def test_people_held_and_sums_paid(analyse, text, value, measure):
    statistics = _statistics(analyse, LEAD + text)
    assert {(r["value"]["min"] or r["value"]["max"]): r["measure"] for r in statistics}.get(
        value
    ) == measure


def test_a_few_men_held_by_a_militia_are_no_standing_figure(analyse):
    text = "The militia holds 12 men accused of spying, a commander said on Monday."
    assert 12 not in _measures(analyse, text)


def test_a_ransom_told_as_paid(analyse):
    text = "A security source said a ransom of up to 8 million euros had been paid."
    assert _measures(analyse, text) == {8000000: "ransom paid"}


def test_what_a_part_is_made_of_is_not_its_kind(analyse):
    text = (
        LEAD + "Uzbekistan has brought 214 of its citizens home from camps in Syria, officials "
        "said.\n\nAt least 400 of them, mostly women and children, remain in Syrian camps and "
        "prisons, the security service said."
    )
    assert _measures(analyse, text).get(400) == "citizens remaining"
