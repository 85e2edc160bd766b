"""What the words around a figure tell of its value and measure (``extract.statistics``):

- a sum converted into dollars keeps the bound the first sum is told with ("up to 250 million
  pesos, about $65,000" is at most $65,000);
- people named with "N others" are counted with them ("X and three other Americans": four);
- outcomes listed after the verb are all the measure ("killed, injured or kidnapped");
- people who need aid are "people in need of" it; people in camps or prisons are counted as
  such ("children in camp", "fighters held in prisons");
- the missing, the charged and those still at large are statistics, as no event field holds
  them (pupils missing after an abduction are its count);
- a participle after an adverb tells the outcome ("300,000 people already displaced"), a stock
  with no period of its own;
- people who went to a named country travelled there;
- a percentage of a named place is a share of its ground, which is outside control when the
  sentence says so.

Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 5, 25)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The government had offered a reward of up to 250 million pesos, about $65,000, for "
            "information on his whereabouts.",
            {"min": None, "max": 65000},
        ),
        (
            "Colombia had offered a reward of up to 2 billion pesos (about $500,000) for him.",
            {"min": None, "max": 500000},
        ),
        (
            "Police offered a reward of more than 100 million pesos, about $25,000.",
            {"min": 25000, "max": None},
        ),
        (
            "Police offered a reward of 100 million pesos, about $25,000.",
            {"min": 25000, "max": 25000},
        ),
    ],
)
def test_converted_sum_keeps_the_bound(analyse, text, value):
    [reward] = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert reward["value"] == value
    assert reward["unit"] == "USD"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "It was the deadliest attack since 2012, when Ambassador Christopher Stevens and "
            "three other Americans were killed in Benghazi.",
            4,
        ),
        ("The blast in 2015 killed 12 soldiers and three other people in Kabul.", 3),
    ],
)
def test_people_named_with_the_others_are_counted(analyse, text, value):
    """ "X and three other Americans" are four; "12 soldiers and three other people" are
    twelve and three."""
    values = {r["value"]["min"] for r in records_of(analyse(text, PUBLISHED), kind="statistic")}
    assert value in values


def test_outcomes_listed_after_the_verb_are_the_measure(analyse):
    """ "were killed, injured or kidnapped": the whole list is what is counted, however the
    parser hangs it."""
    text = (
        "The United Nations says that more than 1,100 people were killed, injured or "
        "kidnapped in January alone."
    )
    [toll] = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert toll["measure"] == "people killed, injured or kidnapped"


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations says 22 million people, about three-quarters of the population, "
        "need humanitarian aid.",
        "The United Nations says about 22 million people in need of humanitarian aid have "
        "received nothing this year.",
    ],
)
def test_people_in_need_are_counted_as_such(analyse, text):
    measures = {r["measure"] for r in records_of(analyse(text, PUBLISHED), kind="statistic")}
    assert any(m.endswith("in need of humanitarian aid") for m in measures)


def test_the_missing_are_a_statistic(analyse):
    """No event field holds the missing: "at least 70 people were still missing" after a
    bombing is a statistic, unlike its dead."""
    text = (
        "A truck bomb killed at least 300 people in Mogadishu on Saturday. The municipality "
        "said on Tuesday that at least 70 people were still missing."
    )
    stats = records_of(analyse(text, date(2017, 10, 17)), kind="statistic")
    assert [(s["measure"], s["value"]["min"]) for s in stats] == [("people missing", 70)]


@pytest.mark.parametrize(
    ("text", "measure", "least"),
    [
        (
            "Gunmen freed hundreds of prisoners from the jail on Monday. By Wednesday, 443 "
            "inmates were still at large, the interior minister said.",
            "inmates at large",
            443,
        ),
        ("Police said four members of the cell remain at large.", "members at large", 4),
        ("The army said at least three of the gunmen were still at large.", "gunmen at large", 3),
        (
            "Police arrested two men on Friday and said seven more suspects were still being "
            "sought.",
            "suspects at large",
            7,
        ),
        (
            "About 120 of the escaped prisoners are still on the run.",
            "escaped prisoners at large",
            120,
        ),
    ],
)
def test_the_people_still_sought_are_a_statistic(analyse, text, measure, least):
    """No event field holds those the authorities are still looking for: "443 inmates were
    still at large", "seven more suspects were still being sought"."""
    stats = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert [(s["measure"], s["value"]["min"]) for s in stats] == [(measure, least)]


@pytest.mark.parametrize(
    "text",
    [
        "The group's leader has been on the run since 2012.",
        "Police said they would seek to question 12 more people next week.",
    ],
)
def test_no_one_counted_is_no_one_sought(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), kind="statistic")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # the kind of place that holds them, without the camp's name (its place)
        (
            "An official said more than 25,000 children in the al-Hol camp were prime targets "
            "for the group's recruiters.",
            "children in camp",
        ),
        (
            "About 10,000 suspected fighters are held in prisons across the northeast.",
            "fighters held in prisons",
        ),
        (
            "The ministry said about 1,200 people were held in military detention.",
            "people held in military detention",
        ),
        # a part of a count, the participle after the noun, a place named by the kind
        (
            "The general said the group planned to free the more than 8,000 of its members "
            "held in detention facilities in Syria.",
            "members held in detention facilities",
        ),
        # the camp or prison that holds them, as the subject of "hold"
        (
            "Guards fled the prisons holding about 12,000 suspected fighters, officials said.",
            "fighters held in prisons",
        ),
        # ... but not inmates, whom their name places already
        ("The country's prisons hold about 39,000 inmates.", "inmates held"),
        # the scene or register that holds them
        (
            "The domestic intelligence agency counted 27,480 people in the Islamist scene "
            "last year.",
            "people in islamist scene",
        ),
        ("He said that about 5,100 people were on the watch list.", "people on watch list"),
        # a sum a thing is worth is its value; "drugs worth $3 million" keep what befell them too
        (
            "Trade through the border crossing was worth about $1.8 billion last year, "
            "according to the commerce ministry.",
            "value of trade",
        ),
        ("Police seized drugs worth $3 million on Monday.", "value of drugs seized"),
        # a large sum printed before a thing that is no sum is the thing's value
        (
            "The insurgency has held up a $20 billion liquefied natural gas project near Palma.",
            "value of liquefied natural gas project",
        ),
        ("Egypt began importing the gas in January under a $15 billion deal.", "value of deal"),
        # ... and a shortfall of a sum is one too
        (
            "The African Union force faces a funding shortfall of some $190 million this year.",
            "funding shortfall",
        ),
        # the class a source puts them in
        (
            "The agency is watching about 3,000 people it considers current subjects of "
            "interest, officials said.",
            "people considered current subjects of interest",
        ),
        (
            "More than 112,000 people are listed as missing, according to the register.",
            "people listed as missing",
        ),
        # a town they are in is their place, not which of them are counted
        (
            "Officials said about 5,000 fighters in the city had surrendered since March.",
            "fighters surrendered",
        ),
        # ground "outside state control" is the opposite of ground controlled; a place named
        # as the owner ("Burkina Faso's territory") leaves the ground as what is counted
        (
            "About 40 percent of Burkina Faso's territory is now outside effective state "
            "control, the observatory estimates.",
            "share of territory outside state control",
        ),
        (
            "The militants control about 40 percent of the province's territory.",
            "share of territory controlled by militants",
        ),
    ],
)
def test_what_says_which_of_them_are_counted_is_in_the_measure(analyse, text, measure):
    stats = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert [s["measure"] for s in stats] == [measure]


def test_people_gone_to_a_country_travelled(analyse):
    text = "More than 5,000 Tunisians have gone to Syria and Iraq since 2011, officials say."
    [flow] = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert flow["measure"].startswith("tunisians travelled")


def test_the_charged_are_a_statistic(analyse):
    text = (
        "Police captured the suspect in Brussels on Friday. At least 11 people have been "
        "charged in Belgium in connection with the Paris attacks."
    )
    stats = records_of(analyse(text, date(2016, 3, 19)), kind="statistic")
    assert [(s["measure"], s["value"]["min"]) for s in stats] == [("people charged", 11)]


def test_a_participle_after_an_adverb_tells_the_outcome(analyse):
    """ "more than 300,000 people already displaced": the participle after "already" says what
    happened to them, however the tagger reads it."""
    text = (
        "The agency said about 15,000 people had fled their homes in the capital since "
        "Thursday, adding to more than 300,000 people already displaced across the country."
    )
    stats = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert measures_by_value(stats)[300000] == "people displaced"
    # a stock: the period of the other figure is not its own
    [stock] = [s for s in stats if s["value"]["min"] == 300000]
    assert stock["period"] is None


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The army says it controls 90 percent of Raqqa.", "share of raqqa"),
        (
            "The United Nations says gangs now control about 80 percent of Port-au-Prince.",
            "share of port-au-prince",
        ),
    ],
)
def test_a_share_of_a_place_is_of_its_ground(analyse, text, measure):
    [share] = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert share["measure"].startswith(measure)
    assert share["unit"] == "percent"


@pytest.mark.parametrize(
    "text",
    [
        # a small sum before a thing is the incident's detail
        "Police said the gunmen stole a $300 motorbike from the market in Mubi on Monday.",
        # a sum that is a reward stays the reward, not the value of one
        "The State Department has offered a $5 million reward for information on him.",
    ],
)
def test_a_sum_before_a_thing_is_its_value_only_when_large_and_no_sum(analyse, text):
    measures = [s["measure"] for s in records_of(analyse(text, PUBLISHED), kind="statistic")]
    assert not any(m.startswith("value of") for m in measures)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # where the counted took shelter says which of them are counted, place and all
        (
            "The mission urged the roughly 2,000 Muslims sheltering in the compound of the "
            "cathedral not to leave it.",
            "muslims sheltering in compound",
        ),
        (
            "About 3,000 people are sheltering in the camp at Djibo, aid agencies say.",
            "people sheltering in camp",
        ),
    ],
)
def test_people_sheltering_are_counted_with_their_shelter(analyse, text, measure):
    stats = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert [s["measure"] for s in stats] == [measure]


def test_people_asked_to_do_something_are_not_counted_by_the_asking(analyse):
    text = "Officials urged the roughly 4,000 people camped at the stadium not to leave it."
    measures = [s["measure"] for s in records_of(analyse(text, PUBLISHED), kind="statistic")]
    assert not any("urged" in m for m in measures)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 1.07 * 10**9 is not a whole number in floating point; the figure printed is
        ("The mission's budget for the year is about $1.07 billion.", 1070000000),
        ("The appeal has received about $1.13 billion so far this year.", 1130000000),
    ],
)
def test_a_sum_with_decimals_and_a_scale_is_the_figure_printed(analyse, text, value):
    [stat] = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert stat["value"] == {"min": value, "max": value}


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # troops that make up a kind of body are counted in it, by its name where given
        (
            "West African leaders agreed on Monday to set up a joint task force of about 10,000 "
            "troops to stop the groups spreading south.",
            10000,
            "troops in joint task force",
        ),
        (
            "Tanzania is one of three countries that staff its Force Intervention Brigade, a unit "
            "of some 3,000 troops.",
            3000,
            "troops in force intervention brigade",
        ),
    ],
)
def test_troops_making_up_a_body_are_counted_in_it(analyse, text, value, measure):
    stats = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert measures_by_value(stats).get(value) == measure


def test_troops_of_a_bare_force_are_troops(analyse):
    # "a force" names no kind of body: nothing to count them in
    text = "SADC approved a force of up to 3,000 soldiers for the province in 2021."
    measures = [s["measure"] for s in records_of(analyse(text, PUBLISHED), kind="statistic")]
    assert measures and not any(" in force" in m for m in measures)


def test_people_sent_home_are_not_deployed(analyse):
    # the parse may hang "pupils" on "home"; sent home, not a force sent out
    text = (
        "The state government said it had closed the remaining boarding schools in the south of "
        "the state, sending about 4,000 pupils home."
    )
    stats = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert measures_by_value(stats).get(4000) == "pupils sent home"
