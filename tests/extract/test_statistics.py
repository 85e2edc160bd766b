"""Numbers stated about the conflict (``extract.statistics``): sentences that must and must not
give a statistic record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)


def _statistics(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "statistic"]


def _one(analyse, text: str, measure: str) -> dict:
    found = [s for s in _statistics(analyse, text) if s["measure"] == measure]
    assert len(found) == 1, _statistics(analyse, text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "measure", "low", "high"),
    [
        # a group's strength, as a range
        (
            "Western intelligence agencies estimated that the group could field between 8,000 "
            "and 12,500 fighters in 2015.",
            "fighters",
            8000,
            12500,
        ),
        # a floor
        (
            "More than 45,000 militants have been killed since 2016, according to the defence "
            "ministry.",
            "fighters killed",
            45000,
            None,
        ),
        # a ceiling: "nearly 70" is short of 70
        (
            "Nearly 70 journalists were killed in the conflict last year.",
            "journalists killed",
            None,
            70,
        ),
        # acts claimed over a period
        (
            "Between January and June, the Islamic State claimed 412 suicide bombings in Iraq and "
            "Syria.",
            "suicide bombings claimed",
            412,
            412,
        ),
        # a printed synonym is folded
        (
            "In 2020 the group claimed 230 martyrdom operations in Nigeria.",
            "suicide bombings claimed",
            230,
            230,
        ),
        # a share
        (
            "Roughly 40 percent of the attacks recorded in 2019 targeted security forces.",
            "share of attacks",
            40,
            40,
        ),
        # channels removed by a platform
        (
            "Europol said it had removed 5,000 channels used by the group's supporters since "
            "November.",
            "channels removed",
            5000,
            5000,
        ),
        # people moving in large numbers
        (
            "Some 4,000 foreign fighters travelled to Syria between 2013 and 2015.",
            "foreign fighters",
            4000,
            4000,
        ),
        # people displaced by a conflict over years
        (
            "The insurgency has forced more than two million people from their homes since 2009.",
            "people displaced",
            2000000,
            None,
        ),
        # arrests in a year
        (
            "Police across the region made 718 arrests related to jihadist terrorism in 2020.",
            "arrests",
            718,
            718,
        ),
        # a reward offered: a sum stated, not a plan; what it pays for is not what it is
        (
            "The United States has posted a reward of up to $3 million for details on the "
            "commander's whereabouts.",
            "reward offered",
            None,
            3000000,
        ),
        (
            "The State Department is offering as much as $4 million for tips leading to his "
            "capture.",
            "reward offered",
            None,
            4000000,
        ),
        # people held and those who got out, the unit told in an "Of the ..." before a speaker
        (
            "Of the 620 prisoners in the compound, 430 escaped during the night, officials said.",
            "prisoners",
            620,
            620,
        ),
        (
            "Of the 620 prisoners in the compound, 430 escaped during the night, officials said.",
            "prisoners escaped",
            430,
            430,
        ),
        # "half a million" is a figure, not a share
        (
            "The channels' audience was put at more than half a million subscribers.",
            "subscribers",
            500000,
            None,
        ),
        # content taken down "following the attack": the attack starts a period, no incident
        (
            "In the fortnight following the attack, the site deleted over 60,000 pieces of "
            "propaganda, its owner said.",
            "pieces of propaganda removed",
            60000,
            None,
        ),
        # a comparative adjective is part of the counted noun phrase, and dropped from it
        (
            "Researchers found the manifesto on at least a dozen smaller platforms by the end of "
            "the week.",
            "platforms",
            12,
            None,
        ),
        # a partitive keeps what it counts: "rounds of ammunition"
        (
            "Troops have recovered 3,500 rounds of ammunition from rebel hideouts since March.",
            "rounds of ammunition seized",
            3500,
            3500,
        ),
        # "bringing to N the number of ..."
        (
            "The raid killed 7 soldiers, bringing to 95 the number of troops killed in the "
            "district this year.",
            "troops killed",
            95,
            95,
        ),
    ],
)
def test_a_statistic_is_recorded(analyse, text, measure, low, high):
    record = _one(analyse, text, measure)
    assert record["value"] == {"min": low, "max": high}


def test_a_statistic_has_its_period_place_actor_and_source(analyse):
    record = _one(
        analyse,
        "Between January and June, the Islamic State claimed 412 suicide bombings in Iraq and "
        "Syria, according to the Pentagon.",
        "suicide bombings claimed",
    )
    assert record["period"]["start"] == "2021-01-01"
    assert record["period"]["end"] == "2021-06-30"
    assert record["place"] == "Iraq and Syria"
    assert record["actor"] == "Islamic State"
    assert record["attributed_to"] == "Pentagon"


def test_the_estimating_source_is_who_states_it(analyse):
    record = _one(
        analyse,
        "In September 2014 the CIA reportedly put the number of fighters the Islamic State "
        "could field at between 20,000 and 31,500 fighters.",
        "fighters",
    )
    assert record["attributed_to"] == "CIA"
    assert record["actor"] == "Islamic State"
    assert record["period"]["start"] == "2014-09-01"


def test_a_figure_up_to_a_date_covers_the_time_before_it(analyse):
    record = _one(
        analyse,
        "By March 2017, the coalition believed that more than 60,000 jihadists had perished.",
        "fighters killed",
    )
    assert record["value"] == {"min": 60000, "max": None}
    assert record["period"]["end"] == "2017-03-31"
    assert record["period"]["text"] == "By March 2017"
    assert record["running_total"] is True
    assert record["attributed_to"] == "coalition"


def test_an_approximate_figure_is_marked(analyse):
    record = _one(
        analyse,
        "About 3,000 foreign fighters have returned to Europe, officials say.",
        "foreign fighters returned",
    )
    assert record["value"] == {"min": 3000, "max": 3000}
    assert record["approximate"] is True


def test_a_rate_is_a_statistic_per_unit(analyse):
    record = _one(
        analyse,
        "The group carried out an average of 150 attacks a month in 2018.",
        "attacks per month (average)",
    )
    assert record["value"] == {"min": 150, "max": 150}
    assert record["per"] == "month"
    assert record["average"] is True
    assert record["period"]["start"] == "2018-01-01"


def test_money_has_its_currency(analyse):
    record = _one(
        analyse,
        "Officials said the group earned about $2 million a month from extortion in 2019.",
        "revenue from extortion per month",  # the kind of source says which revenue
    )
    assert record["value"] == {"min": 2000000, "max": 2000000}
    assert record["unit"] == "USD"


def test_a_statistics_unit_and_period_in_another_clause(analyse):
    """ "them" is the attacks of the first clause, counted in its year."""
    records = _statistics(
        analyse,
        "In 2019 the group claimed 1,200 attacks in Nigeria, and nearly three-fourths of them "
        "were carried out in Borno state.",
    )
    share = [r for r in records if r.get("fraction")]
    assert len(share) == 1, records
    assert share[0]["measure"] == "share of attacks claimed"
    assert share[0]["value"] == {"min": None, "max": 75}
    assert share[0]["unit"] == "percent"
    assert share[0]["of"] == 1200
    assert share[0]["period"]["start"] == "2019-01-01"


def test_a_part_of_a_whole_named_before_it(analyse):
    record = _one(
        analyse,
        "Of the 4,000 foreign fighters who left the country, about 900 have returned.",
        "foreign fighters returned",
    )
    assert record["value"] == {"min": 900, "max": 900}


def test_a_figure_continuing_another_takes_its_unit(analyse):
    records = _statistics(
        analyse,
        "The group carried out 71 suicide bombings per month in 2016 and 64 per month in 2017, "
        "a monitoring group found.",
    )
    values = {r["value"]["min"]: r for r in records if r["measure"] == "suicide bombings per month"}
    assert set(values) == {71, 64}
    assert values[64]["period"]["start"] == "2017-01-01"


def test_a_change_from_one_figure_to_another(analyse):
    records = _statistics(
        analyse, "Arrests for terrorist offences fell from 141 in 2015 to 77 in 2016."
    )
    years = {
        r["value"]["min"]: r["period"]["start"][:4]
        for r in records
        if r["measure"] == "arrests for terrorist offences"
    }
    assert years == {141: "2015", 77: "2016"}


def test_the_group_a_figure_refers_back_to(analyse):
    record = _one(
        analyse,
        "Al-Shabaab remains active in Somalia. The group claimed 300 attacks there in 2020.",
        "attacks claimed",
    )
    assert record["actor"] == "al-Shabaab"


@pytest.mark.parametrize(
    "text",
    [
        # the toll of the one incident the article tells
        "The bombing on Tuesday killed 12 people and wounded 30 in Kabul.",
        "Gunmen killed 23 soldiers in an ambush near the border on Friday.",
        "An attacker killed more than 80 people by driving a truck into a crowd last year.",
        "Dozens of people were killed in fighting between Wednesday and Saturday.",
        # ages, durations, dates, reference numbers
        "The 19-year-old attacker released a 40-minute video on 12 March 2021.",
        "The council passed Resolution 2254 in December 2015.",
        "Flight 752 was carrying 176 passengers.",
        # negated, planned, future, a question, a threat
        "The militants did not kill 200 soldiers this year, the army said.",
        "The government plans to deploy 3,000 more troops to the region this year.",
        "The group will try to recruit 5,000 fighters next year.",
        "Could the group really field 10,000 fighters?",
        "'We will kill 1,000 of your soldiers,' the spokesman said.",
        # a figure naming who speaks, a reference back, people counted for nothing
        "Officials at two aid organisations said staff had left the area since January.",
        "The fighting spread to those two countries in 2016.",
        "Hundreds of residents gathered in the square on Sunday.",
        # an incident's attackers
        "About 100 gunmen raided the town in 2019.",
        # a vague amount states no figure
        "Thousands of foreign fighters travelled to Syria between 2013 and 2015.",
        "The platform said it had suspended hundreds of accounts since the attack.",
        "Police said they had arrested dozens of teenagers over plots in the past year.",
        # a sum offered is stated, a sum planned is not
        "The government plans to offer $2 million to the families this year.",
        "Two cadres attempted to extort INR 300,000 from a contractor in the village.",
        # a highway's number
        "The convoy was stopped on NH 77 near the village on Monday.",
        # the toll of one incident stays an incident's, even "after the attack"
        "The blast killed 12 people in the week after the attack on the market.",
    ],
)
def test_no_statistic(analyse, text):
    assert _statistics(analyse, text) == []


def test_worth_parsing_is_precise():
    from watchfloor.extract.statistics import worth_parsing

    assert worth_parsing(None, "The group claimed 1,112 attacks in 2016.")
    assert worth_parsing(None, "Nearly 40 percent of the attacks targeted police.")
    assert worth_parsing(None, "Thousands of fighters fled.")
    assert worth_parsing(None, "Eight videos have appeared so far.")
    assert not worth_parsing(None, "The attack happened on March 14, 2019.")
    assert not worth_parsing(None, "In 2016 the group lost Sirte.")
    assert not worth_parsing(None, "He spoke for 40 minutes at 10:30 on Monday.")
    assert not worth_parsing(None, "Two gunmen opened fire.")


def test_a_paragraph_of_figures(analyse):
    """Figures after a statistic in the same paragraph are read as more of them; a list of
    places shares the first figure's unit; "others" counts more of what came before."""
    records = _statistics(
        analyse,
        "Police data show that 410 people were killed in Maoist violence in 2017, the highest "
        "of 150 in Chhattisgarh, followed by 120 in Jharkhand. Militants killed 35 civilians "
        "and injured 60 others in Bihar.",
    )
    found = {(r["measure"], r["value"]["min"]) for r in records}
    # the kind of violence the toll was taken in stays with the figures listed after it
    assert {
        ("people killed in violence", 410),
        ("people killed in violence", 150),
        ("people killed in violence", 120),
        ("civilians killed", 35),
        ("civilians wounded", 60),
    } <= found, found
    places = {r["value"]["min"]: r["place"] for r in records}
    assert places[120] == "Jharkhand"


def test_the_number_of_what_stood_at(analyse):
    record = _one(
        analyse,
        "The number of civilians killed in extremist violence in Assam in 2012 stood at 33.",
        "civilians killed in violence",
    )
    assert record["value"] == {"min": 33, "max": 33}
    assert record["period"]["start"] == "2012-01-01"


def test_a_share_stays_a_share_whatever_its_predicate(analyse):
    record = _one(
        analyse,
        "Officials said 55 percent of those living in the camps do not have electricity.",
        "share of those living in camps",
    )
    assert record["value"] == {"min": 55, "max": 55}
    assert record["unit"] == "percent"
