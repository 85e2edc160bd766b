"""Statistics (``extract.statistics``), round 2: a figure a group "has" without a noun counts
what the strength figure before it counted; a share says which part of its whole it is (the
verb it is the object of, the participle after its noun, the place its part happened);
fighters a release shows pledging are counted; a toll keeps the kind of act told with it even
when the parse hangs it on the counted noun or names it by "them"; those who joined, serve
or are active somewhere keep where; people detained are not arrests; forces that set out are
deployed."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 20)


def _statistics(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "statistic"]


def _by_value(stats: list[dict]) -> dict[tuple, str]:
    return {(s["value"]["min"], s["value"]["max"]): s["measure"] for s in stats}


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The army says the rebels have about 900 fighters, and a monitoring group says "
            "they have nearly 1,500.",
            (None, 1500),
            "fighters",
        ),
        (
            "Officials estimate that the northern faction commands some 4,000 members and that "
            "its southern rival has between 1,000 and 2,000.",
            (1000, 2000),
            "members",
        ),
    ],
)
def test_a_figure_a_group_has_counts_the_strength_told_before(analyse, text, value, measure):
    assert _by_value(_statistics(analyse, text)).get(value) == measure


def test_a_figure_a_group_has_after_no_strength_is_not_copied(analyse):
    stats = _statistics(analyse, "Police seized 40 rifles in the raid, and the unit has 25.")
    assert (25, 25) not in _by_value(stats)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The ministry says the rebels have lost about 30 percent of the farmland they held "
            "in the north.",
            (30, 30),
            "share of farmland lost",
        ),
        (
            "Investigators attribute roughly 70 percent of the bombings to two splinter cells.",
            (70, 70),
            "share of bombings attributed to two splinter cells",
        ),
        (
            "More than a third of the abductions recorded last year took place in Zamfara, the "
            "report said.",
            (33, None),
            "share of abductions in zamfara",
        ),
        (
            "The monitor says the region saw nearly half of all kidnappings blamed on armed "
            "gangs across the Sahel last year.",
            (None, 50),
            "share of kidnappings blamed on armed gangs across the sahel",
        ),
    ],
)
def test_a_share_says_which_part_of_the_whole_it_is(analyse, text, value, measure):
    assert _by_value(_statistics(analyse, text)).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # the route a share takes is which part it is, not what narrows its whole
        (
            "About 15 percent of the world's grain passes through the strait, according to "
            "traders.",
            (15, 15),
            "share of grain passing through the strait",
        ),
        # a clause of its own after the noun is no participle narrowing it
        (
            "An adviser told reporters that the chance that the commander had died was close "
            "to 90 percent.",
            (None, 90),
            "share of chance killed",
        ),
    ],
)
def test_a_share_keeps_its_route_but_no_clause_of_its_own(analyse, text, value, measure):
    assert _by_value(_statistics(analyse, text)).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "On Monday the branch released a video in which about 35 fighters, standing in a "
            "dry riverbed, renewed their pledge to the group's new leader.",
            (35, 35),
            "fighters shown renewing pledge",
        ),
        (
            "The group's channels posted three sets of photographs of fighters pledging their "
            "loyalty to the caliph. The northern set shows about 45 men.",
            (45, 45),
            "fighters shown pledging",
        ),
        (
            "A second batch of pictures from the pledge ceremony showed more than 50 fighters "
            "gathered in a forest clearing.",
            (50, None),
            "fighters shown pledging",
        ),
    ],
)
def test_fighters_a_release_shows_pledging_are_counted(analyse, text, value, measure):
    assert _by_value(_statistics(analyse, text)).get(value) == measure


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month the branch released a video showing about 20 men, described as "
        "former fighters of a rival group, swearing allegiance to its leader.",
        "The group published a photograph that it said showed about a dozen inmates renewing "
        "their pledge of allegiance.",
    ],
)
def test_a_few_men_a_release_shows_pledging_are_its_detail(analyse, text):
    """A handful shown swearing allegiance is what the release shows (the pledge's detail),
    not a branch's strength (``[shown] minimum``)."""
    assert _statistics(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The video shows about 50 people walking through a crowded market.",
        "State television showed some 30 men being led away by police after the raid.",
    ],
)
def test_people_shown_with_no_pledge_are_not_fighters_shown(analyse, text):
    assert not any("shown" in s["measure"] for s in _statistics(analyse, text))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Since January the army has killed more than 150 insurgents in ambushes, a "
            "spokesman said.",
            (150, None),
            "insurgents killed in ambushes",
        ),
        (
            "Rebels staged 230 raids on villages in 2022, and 410 people were killed in them, "
            "the monitor said.",
            (410, 410),
            "people killed in raids",
        ),
        # a place is no kind of act
        (
            "Troops killed 40 militants in Kunar province this year, officials said.",
            (40, 40),
            "fighters killed",
        ),
    ],
)
def test_a_toll_keeps_the_kind_of_act_it_is_told_with(analyse, text, value, measure):
    assert _by_value(_statistics(analyse, text)).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Police figures show that 48 students from the district joined armed groups in "
            "2021, up from 19 in 2019.",
            (19, 19),
            "students joined armed groups",
        ),
        (
            "About 2,000 of the country's troops serve with the United Nations mission in South "
            "Sudan, officials said.",
            (2000, 2000),
            "troops serving with the united nations mission in south sudan",
        ),
        (
            "Researchers counted some 900 channels active on Telegram last year, down from "
            "about 2,500 the year before.",
            (2500, 2500),
            "channels active on telegram",
        ),
        (
            "Interior ministry figures show police have detained more than 400 suspected "
            "members of the cell since March.",
            (400, None),
            "members detained",
        ),
        (
            "Nearly 1,200 police officers set out from the district headquarters before dawn.",
            (None, 1200),
            "police officers deployed",
        ),
    ],
)
def test_the_counted_keep_what_they_joined_serve_with_or_are_active_on(
    analyse, text, value, measure
):
    assert _by_value(_statistics(analyse, text)).get(value) == measure


def test_a_named_group_joined_stays_in_the_measure(analyse):
    """The development keys count "Indonesians who joined the Islamic State": the group they
    joined says they went as fighters (a group described, "the new alliance", stays out)."""
    text = "Officials say 5,000 Tunisians have joined the Islamic State since 2013."
    stats = _statistics(analyse, text)
    assert _by_value(stats).get((5000, 5000)) == "tunisians joined the islamic state"
