"""Operations of one article that are apart: strikes by two different forces ("Syrian
warplanes" and "the U.S.-led coalition"), or two kinds of operation (an offensive and a raid,
police raids and airstrikes). A raid told again later, or strikes by one force told twice, stay
one record."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        "Syrian warplanes carried out at least 15 strikes on the town on Tuesday, activists "
        "said. Russian jets carried out 12 airstrikes on the area on Tuesday, a monitor said.",
        "Iraqi jets struck militant hideouts on Monday, the military said. American warplanes "
        "carried out six airstrikes near the city on Monday, the Pentagon said.",
        "Turkish jets struck Kurdish positions near Raqqa on Monday, the ministry said. The "
        "U.S.-led coalition said it had conducted nine airstrikes near Raqqa on Monday.",
        "Nigerian troops launched an offensive against Boko Haram in Borno on Monday. "
        "Police raided a house in Maiduguri on Monday, killing two suspects.",
        "Police raided an apartment in the suburb on Wednesday, killing three suspects. "
        "French warplanes struck the group's camps on Wednesday, the ministry said.",
    ],
)
def test_operations_by_different_forces_or_of_different_kinds_stay_apart(analyse, text):
    assert len(_operations(analyse, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "U.S. special forces raided a compound in northern Syria on Monday, killing a senior "
        "commander. The raid lasted two hours, officials said.",
        "Pakistani jets struck hideouts in North Waziristan on Sunday, the army said. The "
        "airstrikes killed 20 militants, the army said.",
        "American and British warplanes struck dozens of Houthi targets across Yemen on "
        "Wednesday. The strikes hit 60 targets, the U.S. Air Forces Central command said.",
        "Afghan troops launched an offensive in Helmand on Monday. The troops killed 12 "
        "insurgents in the offensive, the ministry said.",
    ],
)
def test_one_operation_told_twice_stays_one(analyse, text):
    assert len(_operations(analyse, text)) == 1


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "A U.S. drone fired on a car near the border on Saturday, killing the commander.",
            "drone_strike",
        ),
        (
            "An American drone struck a compound in Marib province on Monday, officials said.",
            "drone_strike",
        ),
        ("A French drone fired a missile at a motorcycle near Menaka on Tuesday.", "drone_strike"),
        (
            "Kenyan troops pressed a search through the forest on Monday for the militants who "
            "attacked the bus.",
            "other",
        ),
        (
            "Police launched a manhunt in the hills on Tuesday after the attack, officials said.",
            "other",
        ),
        (
            "Nigerian soldiers began a search of the villages on Sunday for the gunmen who "
            "abducted the students.",
            "other",
        ),
    ],
)
def test_a_drone_firing_and_a_hunt_for_attackers_are_operations(analyse, text, subtype):
    [record] = _operations(analyse, text)
    assert record["subtype"] == subtype


@pytest.mark.parametrize(
    "text",
    [
        "An Islamic State drone struck a base near the town on Monday, officials said.",
        "A drone may have fired on the convoy, a witness said on Monday.",
        "Rescuers pressed a search through the rubble on Monday for survivors of the blast.",
        "France has carried out more than 300 strikes in Iraq and Syria since September 2014.",
        "The coalition has conducted 1,200 airstrikes since the start of the campaign.",
        # counted over a whole year
        "Central Command said it had carried out 313 operations against the group during "
        "2022, most of them with partner forces.",
        # counted over the year so far
        "The U.S. military has announced more than 50 air strikes in Somalia so far this "
        "year, after 47 in all of last year.",
        "The United States has carried out at least five air strikes on militant targets in "
        "the country this year, according to a policy forum.",
        # denied
        "The army has denied carrying out any such operation.",
    ],
)
def test_no_operation_from_a_group_drone_a_guess_a_rescue_or_a_running_total(analyse, text):
    assert _operations(analyse, text) == []


def test_strikes_ranked_against_the_year_are_one_days_operation(analyse):
    text = "Warplanes carried out 15 strikes on the town on Tuesday, the most this year."
    assert len(_operations(analyse, text)) == 1


def test_strikes_counted_since_a_weekday_are_one_operation(analyse):
    text = (
        "The U.S. military said it had carried out at least three airstrikes on Taliban "
        "positions around the city since Tuesday."
    )
    assert len(_operations(analyse, text)) == 1


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Turkey pressed on with its offensive against Kurdish fighters in northern Syria on "
            "Tuesday.",
            "offensive",
        ),
        ("Russia continued its airstrikes on Idlib on Monday, a monitor said.", "airstrike"),
        ("Egypt carried out its airstrikes on militant camps in Libya on Monday.", "airstrike"),
    ],
)
def test_a_country_s_own_operation(analyse, text, subtype):
    [record] = _operations(analyse, text)
    assert record["subtype"] == subtype


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria said on Monday that the group had expanded its raids into Niger.",
        "The group stepped up its raids on villages in Borno on Monday, residents said.",
    ],
)
def test_a_group_s_own_raids_are_no_operation(analyse, text):
    assert _operations(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's army pressed ahead on Monday with an offensive against militants in Borno, a "
        "day after fighter jets pounded hideouts near the town.",
        "Iraqi troops launched an offensive on the town on Tuesday, hours after coalition "
        "warplanes bombed militant positions.",
        "Somali commandos raided a compound near Kismayo on Monday after U.S. jets struck the "
        "area, officials said.",
    ],
)
def test_an_operation_and_another_force_s_strikes_in_one_sentence_are_two(analyse, text):
    assert {r["subtype"] for r in _operations(analyse, text)} >= {"airstrike"}
    assert len(_operations(analyse, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "U.S. forces carried out an airstrike during a raid in Helmand on Monday, killing two "
        "insurgents.",
        "The army launched an offensive in the valley on Monday, backed by its own helicopters.",
    ],
)
def test_one_force_s_raid_with_a_strike_is_one_operation(analyse, text):
    assert len(_operations(analyse, text)) == 1
