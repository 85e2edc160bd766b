"""What a story of convoys, blockades and besieged towns counts (``extract.statistics``): the
vehicles of the convoy attacked, the captives freed in one operation, the passengers led away
and the travellers held for hours are the incident's own; a tally of clashes over months
"before Thursday's attack" is a tally; the people a town shelters, the towns a source counts
under blockade, a fraction of a population and "fewer than one in four" are statistics; a rank
after a possessor ("the ELN's third national armed strike since 2016") counts so far.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 10, 6)


def _measures(analyse, text: str) -> dict[int | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The convoy of about 200 vehicles was travelling under police escort towards the "
            "city when gunmen opened fire.",
            200,
        ),
        ("Troops freed 60 of the captives on Thursday in an operation in the forest.", 60),
        ("About 80 passengers were led away into the forest, according to a lawmaker.", 80),
        (
            "Passengers said the gunmen had held some 2,000 travellers for several hours.",
            2000,
        ),
        ("France warned its citizens in some 40 countries to take extra care.", 40),
        ("It was the second-largest attack in the country this year.", 2),
        ("Tunisia, with a population of about 11 million, has sent many fighters.", 11000000),
    ],
)
def test_no_statistic(analyse, text, value):
    assert value not in _measures(analyse, text)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Of the 276 schoolgirls abducted in April 2014, 21 were freed in October after "
            "talks brokered by Switzerland.",
            21,
            "schoolgirls freed",
        ),
        (
            "The centre counted more than 100 people killed in clashes in the district between "
            "July and September, before Thursday's attack.",
            100,
            "people killed in clashes",
        ),
        (
            "The research group said it was the ELN's third national armed strike since 2016.",
            3,
            "national armed strikes",
        ),
        (
            "Djibo now shelters more than 300,000 people, most of whom fled the countryside, aid "
            "agencies say.",
            300000,
            "people hosted",
        ),
        (
            "The access project counts 26 towns under blockade in the north and east of the "
            "country.",
            26,
            "towns under blockade",
        ),
        (
            "English speakers make up about a fifth of the country's population.",
            20,
            "share of population who are english speakers",
        ),
    ],
)
def test_a_statistic(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_fewer_than_one_in_four(analyse):
    text = "Fewer than one in four schools in the region opened last year, the observatory says."
    records = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert [(r["value"], r["measure"]) for r in records] == [
        ({"min": None, "max": 25}, "share of schools")
    ]


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The group recorded 400 abductions in the state last year. Roughly 60 percent of "
            "the abductions took place on roads or farm tracks rather than in homes, it said.",
            60,
            "share of abductions on roads or farm tracks",
        ),
        (
            "The centre counted 120 attacks in the region since January. Roughly two in three of "
            "them targeted vehicles on the roads, the centre said.",
            67,
            "share of attacks targeting vehicles on the roads",
        ),
        # what the part did to what, in any verb: which part the share counts
        (
            "The monitor logged 64 strikes in the province this year. Nearly half of them hit "
            "farms, markets or schools, it said.",
            50,
            "share of strikes hitting farms, markets or schools",
        ),
        (
            "The monitor logged 64 strikes in the province this year. About one in four of them "
            "killed or wounded civilians, it said.",
            25,
            "share of strikes killing or wounding civilians",
        ),
        # what the part has none of ("have no health post") says which part it is; not a
        # clause with its own subject, nor an outcome the part has (joined)
        (
            "Nearly 30 percent of the villages have no health post, the ministry said.",
            30,
            "share of villages without health post",
        ),
        (
            "About 40 percent of the district's residents have fled, officials say, and "
            "traders report shortages of flour.",
            40,
            "share of residents displaced",
        ),
        (
            "About 60 percent of the fighters joined the group after 2015, the report said.",
            60,
            "share of fighters joined",
        ),
        (
            "The group recorded 29 incidents during the strike. Nearly two-thirds of the "
            "incidents took place in Norte de Santander.",
            67,
            "share of incidents in norte de santander",
        ),
    ],
)
def test_a_share_says_where_or_at_what_its_part_was(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "About 12 percent of world trade passes through the Red Sea, officials say.",
            12,
            "share of world trade passing through the red sea",
        ),
        (
            "Between 2,000 and 3,000 migrants pan for gold along the rivers, the district "
            "says, and nearly 80 percent of them come from Sulawesi.",
            80,
            "share of migrants from sulawesi",
        ),
        (
            "Analysts estimate that nearly 60 percent of the weapons seized in the province "
            "last year came across the border from Libya.",
            60,
            "share of weapons seized across the border",
        ),
        (
            "More than 70 militants have been killed in the valley this year, police say, "
            "and nearly half of them belonged to Lashkar-e-Taiba or The Resistance Front.",
            50,
            "share of fighters killed belonging to lashkar-e-taiba or the resistance front",
        ),
        (
            "About 40 percent of the group's revenue comes from checkpoints on the roads into "
            "the capital, the institute says.",
            40,
            "share of revenue from checkpoints",
        ),
    ],
)
def test_a_share_says_where_its_part_comes_from_or_passes(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Nearly a third of the city's police stations have no working cameras or blast "
            "walls, according to an internal review.",
            33,
            "share of police stations without working cameras or blast walls",
        ),
        # what the part has is no part of it: "have" alone narrows nothing
        (
            "About half of the city's police stations have cameras, according to a review.",
            50,
            "share of police stations",
        ),
    ],
)
def test_a_share_says_what_its_part_is_without(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (  # people who fled from somewhere are the displaced, whatever place they fled
            "The province is home to about 3 million people, roughly half of whom have fled "
            "there from other parts of the country, according to the United Nations.",
            50,
            "share of population displaced",
        ),
        (  # a route in a participle narrows the whole, not the part
            "About 30 percent of the cocaine leaving the country goes by sea, police say.",
            30,
            "share of cocaine leaving country",
        ),
    ],
)
def test_a_share_of_people_who_fled_or_of_a_whole_on_its_way_is_no_route(
    analyse, text, value, measure
):
    assert _measures(analyse, text).get(value) == measure
