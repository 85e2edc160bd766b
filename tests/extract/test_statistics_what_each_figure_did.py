"""A figure's measure says what its own clause tells of it (``extract.statistics``): a figure
without a noun that fled abroad counts refugees, a second figure with a verb of its own takes
that verb ("killed 300 ..., and 900 have surrendered"), others stopped from leaving are counted
as stopped, a force sent home is not deployed, rewards in the plural are rewards offered, "some
form of aid" is aid, and gangs that control a share of a city say which share it is. A date right
after a second figure is its period, and a percentage of a country's population is a share. A
change in attacks keeps their target, deaths caused are people killed, people sent for something
were not deployed, and people who arrived at a camp are counted as such. A country that has the
displaced and a camp "which holds" people state standing figures, and so do people the sentence
says are under investigation, have links to a group or are malnourished, when there are many. A
source that "puts the number of X at" a figure counts X, however the parse hangs the figure, and
so does one that "has cut the number of X to" a figure; "the figure had been" a number counts
what the sentence before counted. A source's hedged figure for the past or the present ("as
many as 2,000 people may have been killed") is stated; one for what could come is not. A force
pledged to a mission is its strength. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 5, 12)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(_statistics(analyse, text))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "About 90,000 people have been displaced by the clashes since March, and some 12,000 "
            "of them have fled into Chad, the U.N. refugee agency said.",
            12_000,
            "refugees",
        ),
        (
            "Aid groups say nearly two million people have been driven from their homes, and "
            "more than 150,000 have fled into Niger and Cameroon.",
            150_000,
            "refugees",
        ),
        (
            "Police have killed more than 300 rebels in the district this year, and more than "
            "900 have surrendered, the ministry said.",
            900,
            "rebels surrendered",
        ),
        (
            "The interior ministry says about 4,000 Moroccans have gone to fight in Syria and "
            "that it has stopped more than 6,000 others from leaving.",
            6_000,
            "moroccans stopped from leaving",
        ),
        (
            "The mission has sent home about 3,000 soldiers since January under the drawdown "
            "plan.",
            3_000,
            "soldiers sent home",
        ),
        (
            "The Treasury has offered rewards of up to $7 million for information on the "
            "group's two founders.",
            7_000_000,
            "reward offered",
        ),
        (
            "The agency says nearly 9 million Somalis, about half of the population, already "
            "needed some form of food aid before the drought.",
            9_000_000,
            "somalis in need of food aid",
        ),
        (
            "Armed gangs now control about 70 percent of the capital, according to the United "
            "Nations.",
            70,
            "share of capital controlled by armed gangs",
        ),
        (
            "About 1.5 million people remain displaced across the region, according to the "
            "United Nations.",
            1_500_000,
            "people displaced",
        ),
        (
            "Attacks on civilians in Mali rose by about 30 percent in the first half of the year, "
            "according to the monitor.",
            30,
            "percent change in attacks on civilians",
        ),
        (
            "A UN report estimated that the war had caused nearly 150,000 deaths in Yemen by the "
            "end of 2019.",
            150_000,
            "people killed",
        ),
        (
            "The ministry said 1,200 suspects had been sent for deradicalisation since 2016.",
            1_200,
            "suspects sent for deradicalisation",
        ),
        (
            "More than 30,000 people have arrived at the camp since January, according to an aid "
            "group.",
            30_000,
            "people arrived at camp",
        ),
        # a country that has the displaced did not displace them in one incident
        (
            "Niger had about 300,000 internally displaced people at the end of March, according "
            "to the government.",
            300_000,
            "people displaced",
        ),
        # the camp a relative clause says holds them
        (
            "Guards still watch the Roj camp, which holds about 3,000 people, most of them women "
            "and children.",
            3_000,
            "camp residents",
        ),
        # people counted by what the sentence says they are, or have, of a standing number
        (
            "Security services have about 4,000 people under active investigation as possible "
            "attackers, officials said.",
            4_000,
            "people under active investigation",
        ),
        (
            "The minister said that between 200 and 250 people in the country had links to the "
            "Islamic State.",
            200,
            "people with links to the islamic state",
        ),
        (
            "UNICEF said that nearly 300,000 children in the region were severely malnourished.",
            300_000,
            "children malnourished",
        ),
        # "put the number of X at": the parse hangs "at" from the clause inside the count
        (
            "A research centre in Dushanbe puts the number of Tajiks who have travelled at "
            "between 600 and 900.",
            600,
            "tajiks travelled",
        ),
        (
            "Officials have put the number of fighters from the region who joined the group at "
            "between 3,000 and 4,000.",
            3_000,
            "fighters",
        ),
        # a bare figure in a clause of its own: the noun before, with what was done to them
        (
            "The ministry estimates that about 1,500 Moroccans are fighting with jihadist groups "
            "in Syria, and says that some 4,000 more have been stopped from travelling.",
            4_000,
            "moroccans stopped from travelling",
        ),
        # a count set to a new level by a verb of cutting or raising
        (
            "The Pentagon has cut the number of American troops in Iraq to fewer than 2,500 and "
            "plans to close two bases.",
            2_500,
            "american troops",
        ),
        # a place's population swelled: no count is put by the verb that took people there
        (
            "Most were taken by truck to the camp, where the population has swelled to about "
            "70,000, the United Nations said.",
            70_000,
            "population",
        ),
        # a percentage of a country's people is a share, not a demographic aside
        (
            "Ismailis make up roughly 2 to 3 percent of Tajikistan's population.",
            2,
            "share of population who are ismailis",
        ),
    ],
)
def test_measure_told_by_the_figure_s_own_clause(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    "text",
    [
        # the people an incident hurt, however the sentence words their harm
        "At least 60 people were treated for wounds, according to the police.",
        # where some people were is no standing figure
        "About 150 people were in the hall, the police said.",
    ],
)
def test_no_statistic_of_people_in_an_incident(analyse, text):
    assert _statistics(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a force sent out is still a deployment, of the country that sent it
        (
            "France sent about 3,000 soldiers to the Sahel in 2014.",
            3_000,
            "french soldiers deployed",
        ),
        # fled within the country: displaced, not refugees
        (
            "About 90,000 people have been displaced by the clashes since March, and some 12,000 "
            "of them have fled to the provincial capital, the U.N. said.",
            12_000,
            "people displaced",
        ),
        # a force deployed for a season is still deployed
        (
            "About 400 officers had been deployed in the old city for the holiday, police said.",
            400,
            "officers deployed",
        ),
        # some fled within the country, some abroad: displaced
        (
            "About 40,000 people have fled their homes toward the provincial capital or across "
            "the border into Niger, aid agencies say.",
            40_000,
            "people displaced",
        ),
        # the group holding a share is the figure's actor, not a kind of doer
        (
            "The group controls about 30 percent of the province, officials said.",
            30,
            "share of province controlled",
        ),
    ],
)
def test_measure_kept_without_the_told_part(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_the_figure_told_again_at_another_time(analyse):
    # "the figure" with no "of" is what the sentence before counted, not the rate beside it
    found = _measures(
        analyse,
        "Honduras recorded 3,500 violent deaths last year, giving it a homicide rate of about 38 "
        "per 100,000 people. Five years earlier the figure had been above 5,000.",
    )
    assert found.get(5_000) == "violent deaths"


def test_second_figure_dated_by_the_words_right_after_it(analyse):
    found = _statistics(
        analyse, "The army said 70 militants were killed in 2019 and 64 this year."
    )
    periods = {r["value"]["min"]: (r.get("period") or {}).get("text") for r in found}
    assert periods == {70: "2019", 64: "this year"}


@pytest.mark.parametrize(
    ("text", "high", "measure"),
    [
        # a source's hedged figure for what has happened, or is so now
        (
            "A rights group has said that as many as 3,000 people may have been killed when the "
            "militants attacked the town.",
            3_000,
            "people killed",
        ),
        (
            "The agency estimates that up to 40,000 civilians may still be living in the "
            "district.",
            40_000,
            "residents",
        ),
    ],
)
def test_hedged_estimate_is_a_statistic(analyse, text, high, measure):
    assert _measures(analyse, text).get(high) == measure


def test_figure_that_could_come_is_no_statistic(analyse):
    text = "Officials said as many as 20,000 people could be displaced by the fighting."
    assert _statistics(analyse, text) == []


def test_force_pledged_to_a_mission_is_its_strength(analyse):
    text = "Rwanda has pledged 2,000 troops to the regional mission, officials said on Monday."
    assert _measures(analyse, text).get(2_000) == "troops pledged"


def test_a_pledge_to_kill_is_no_statistic(analyse):
    assert _statistics(analyse, "The group pledged to kill 1,000 soldiers.") == []
