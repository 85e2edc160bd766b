"""What a statistic counts keeps the phrase after the counted noun that says which of them are
counted (``extract.statistics``): the state the clause puts them in ("on death row", "under
siege", "in custody"), what a part of them was trained for or is judged ready or capable of
("of whom 40 had been taught to fly drones"), the source revenue comes from, told before its rate
("revenue from smuggling per year"),
and what people left for ("left to fight"). And what stays out: a place or one thing of the
story ("in the city", "from the group's backers"), states that say nothing of who they are
("on duty"), and what may become of them ("likely to return"). Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 14)


def _measures(analyse, text: str) -> dict[int | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Officials estimate that about 2,000 inmates are on death row in the country.",
            2000,
            "inmates on death row",
        ),
        (
            "Some 300,000 civilians live under siege in the enclave, the UN said.",
            300000,
            "residents under siege",
        ),
        (
            "Around 5,000 detainees remain in custody without trial, according to lawyers.",
            5000,
            "detainees in custody",
        ),
        (
            "Investigators found 250 recruits at the camp, some 40 of whom had been taught to "
            "fly drones.",
            40,
            "recruits taught to fly drones",
        ),
        (
            "Police say they have identified 400 members of the cell, about 60 of whom have "
            "been trained to make explosives.",
            60,
            "members trained to make explosives",
        ),
        (
            "The agency counts 9,000 Salafists in the state, of whom around 900 are considered "
            "ready to use violence.",
            900,
            "salafists ready to use violence",
        ),
        (
            "About 50 recruits have been trained to build explosive devices, the police said.",
            50,
            "recruits trained to build explosive devices",
        ),
        (
            "Security agencies count about 550 Islamists they consider capable of carrying out "
            "an attack.",
            550,
            "islamists capable of carrying out an attack",
        ),
        (
            "The group collects about $20 million a year from smuggling and kidnapping ransoms.",
            20000000,
            "revenue from smuggling and kidnapping ransoms per year",
        ),
        (
            "The cartel makes about $300 million a year from drug trafficking and fuel theft.",
            300000000,
            "revenue from drug trafficking and fuel theft per year",
        ),
        # the words as the text prints them, hyphens and all
        (
            "Commanders estimate that between 1,000 and 1,500 fighters are dug in around "
            "al-Bab, the group's last big stronghold.",
            1000,
            "fighters dug in around al-bab",
        ),
        # the source however it is introduced, a list of three with its commas
        (
            "The militia raises about $90 million a year through taxes and extortion.",
            90000000,
            "revenue from taxes and extortion per year",
        ),
        (
            "The group collects an estimated $12 million a month in taxes, road tolls and "
            "extortion, researchers say.",
            12000000,
            "revenue from taxes, road tolls and extortion per month",
        ),
        # people who died of want or in custody were not killed
        (
            "More than 200 children have died of malnutrition in the camp since January, aid "
            "groups say.",
            200,
            "children who died of malnutrition",
        ),
        (
            "Amnesty International says at least 950 people died in military custody in the "
            "first half of 2013.",
            950,
            "people who died in military custody",
        ),
        # some of them were killed, or died in a riot, or in their captors' hands
        (
            "About 600 inmates have died since the siege began, of disease, hunger and "
            "shelling, the monitor estimates.",
            600,
            "inmates killed",
        ),
        (
            "Since January, 79 inmates have died in coordinated riots in four prisons, the "
            "ministry says.",
            79,
            "inmates killed in riots",
        ),
        # a sum gathered "in ransom" is the ransom, however the sum is converted
        (
            "The army estimates that the group collected 353 million pesos, about $7.3 "
            "million, in ransom in the first half of the year.",
            7300000,
            "ransom collected",
        ),
        # a sum lost in revenue is revenue lost, not earned
        (
            "The canal authority said it lost about $7 billion in revenue last year.",
            7000000000,
            "revenue lost",
        ),
        (
            "More than 6,000 Tunisians have left to fight with jihadist groups abroad, a UN "
            "panel said.",
            6000,
            "tunisians who left to fight",
        ),
        (
            "About 420 people left Belgium to fight in Syria and Iraq after 2012, officials say.",
            420,
            "people who left belgium to fight",
        ),
    ],
)
def test_the_phrase_that_says_which_of_them_is_kept(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("About 2,000 militants are active in the province.", 2000, "militants"),
        (
            "The militia earns $2 million a month from the group's backers.",
            2000000,
            "revenue per month",
        ),
        (
            "The group collects about $2 million a month in the region.",
            2000000,
            "revenue per month",
        ),
        (
            "About 60,000 people have left the enclave since March.",
            60000,
            "people who left the enclave",
        ),
        (
            "Police track some 3,000 extremists in the city, of whom 400 are likely to return "
            "to Syria.",
            3000,
            "extremists",
        ),
    ],
)
def test_a_place_or_one_thing_of_the_story_is_left_out(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_part_likely_to_do_something_keeps_the_bare_noun(analyse):
    found = _measures(
        analyse,
        "Police track some 3,000 extremists in the country, of whom 400 are likely to travel "
        "abroad.",
    )
    assert "likely" not in found.get(400, "")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The rebels have about 2,000 fighters and members of rural militias, the army said.",
            2000,
            "fighters and members of rural militias",
        ),
        (
            "The group has some 4,000 fighters and members of local support cells.",
            4000,
            "fighters and members of local support cells",
        ),
        (
            "The army killed 300 fighters and members of the group last year.",
            300,
            "fighters and members killed",
        ),
        (
            "The front counts 1,500 fighters and supporters of Hamas in the camp.",
            1500,
            "fighters and supporters",
        ),
    ],
)
def test_the_kind_of_body_joined_members_belong_to(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_the_whole_keeps_its_bare_noun_when_a_part_is_judged(analyse):
    found = _measures(
        analyse,
        "The service counts roughly 12,000 Salafists nationwide, of whom some 1,100 are "
        "deemed to be ready to use force.",
    )
    assert found.get(12000) == "salafists"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # "those" is the whole's determiner, not a part named after it; the verb the share is
        # the object of says which part it is
        (
            "The mission said 2,500 civilians were killed and 5,600 wounded this year, and the "
            "group caused about 12 percent of those casualties.",
            12,
            "share of casualties caused",
        ),
        # ... and a name or a kind of doers as its subject says by whom
        (
            "The mission said 2,500 civilians were killed and 5,600 wounded this year, and the "
            "Islamic State caused about 12 percent of those casualties.",
            12,
            "share of casualties caused by islamic state",
        ),
        (
            "Researchers estimate that roadside bombs and mines have caused nearly two-thirds of "
            "the mission's 300 deaths.",
            67,
            "share of people killed caused by roadside bombs and mines",
        ),
        # a toll's share that a named doer or a kind of doers is held responsible for was
        # caused by them, however the parse hangs "responsible"; "the group" leaves the doer
        # to the actor field, and a share of anything but harm is not "caused"
        (
            "Ansar Dine fighters were responsible for about a quarter of those deaths, the "
            "monitor said.",
            25,
            "share of people killed caused by ansar dine fighters",
        ),
        (
            "The Sahel Front, a coalition of three militias, was the deadliest armed actor, the "
            "monitor said, responsible for 38 percent of the deaths recorded.",
            38,
            "share of people killed caused by sahel front",
        ),
        (
            "The group was responsible for 41 percent of the deaths, the monitor said.",
            41,
            "share of people killed",
        ),
        (
            "Gangs were responsible for 30 percent of the thefts, police said.",
            30,
            "share of thefts",
        ),
        # a share told again for another figure is caused by whom its own clause holds
        # responsible, not by the doer of the first
        (
            "Insurgent groups caused 62 percent of the civilian casualties this year, according "
            "to the mission, with the Taliban alone responsible for 47 percent.",
            47,
            "share of civilian casualties caused by taliban",
        ),
        # the sum's own word ("an average of") gives way to what the verb tells of it
        (
            "The branch sends an average of about $25,000 a month to affiliates elsewhere, the "
            "report said.",
            25000,
            "money sent per month",
        ),
        # people in pictures a release carries are shown, not released
        (
            "On Monday the branch released photographs of about 40 fighters at a camp renewing "
            "their pledge of allegiance to the group's leader.",
            40,
            "fighters shown renewing pledge",
        ),
    ],
)
def test_what_the_words_around_a_part_or_a_sum_tell(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_figure_something_is_compared_with_is_no_statistic(analyse):
    text = (
        '"A cheap drone does more damage to us now than ten fighters with rifles," a '
        "commander said."
    )
    assert 10 not in _measures(analyse, text)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # acts told by their kind qualify a toll as attacks do, kept with the kind
        (
            "At least ten of its peacekeepers have been killed in hostile acts since January, "
            "according to U.N. figures.",
            10,
            "peacekeepers killed in hostile acts",
        ),
        (
            "At least 1,420 Iraqis were killed in acts of violence in August, according to the "
            "United Nations.",
            1420,
            "iraqis killed in acts of violence",
        ),
        # the whole's qualifier goes before the doer of a share
        (
            "Researchers estimate that roadside bombs and mines have caused nearly two-thirds of "
            "the mission's deaths in hostile acts.",
            67,
            "share of people killed in hostile acts caused by roadside bombs and mines",
        ),
    ],
)
def test_acts_of_a_kind_qualify_a_toll(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a share of "them" is of the whole told before, which the share names the part of;
        # not "share of foreign fighters who are foreigners"
        (
            "The branch has between 600 and 800 fighters, and more than half of them are "
            "foreigners.",
            50,
            "share of fighters who are foreigners",
        ),
        (
            "About 53,000 people are held in al-Hol, and more than half of them are children, "
            "according to the United Nations.",
            50,
            "share of people held who are children",
        ),
        # the whole's qualifier stays with the whole
        (
            "More than 1,800 people were killed in attacks in the region last year, and a third "
            "of them were civilians.",
            33,
            "share of people killed in attacks who are civilians",
        ),
    ],
)
def test_a_share_of_them_is_of_the_whole(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_count_of_them_counts_the_part(analyse):
    text = "The branch has about 4,000 fighters, and 1,200 of them are foreigners."
    assert _measures(analyse, text).get(1200) == "foreign fighters"
