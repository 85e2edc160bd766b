"""Operations by state or coalition forces (``extract.operations``): sentences that must and
must not give a record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _operations(analyse, text: str, certainty: str | None = "reported") -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event"
        and r.data["type"] == "military_operation"
        and (certainty is None or r.data["certainty"] == certainty)
    ]


def _authority(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "authority"]


@pytest.mark.parametrize(
    ("text", "subtype", "authority", "killed", "day"),
    [
        (
            "U.S. airstrikes killed 12 Islamic State fighters near Raqqa on Tuesday.",
            "airstrike",
            "U.S.",
            12,
            "2021-06-08",
        ),
        (
            "U.S. forces carried out a drone strike in Nangarhar province on Friday that killed "
            "two members of the group.",
            "drone_strike",
            "U.S. forces",
            2,
            "2021-06-11",
        ),
        (
            "Iraqi troops launched an offensive to retake the town of Tal Afar on Sunday.",
            "offensive",
            "Iraqi troops",
            None,
            "2021-06-06",
        ),
        # the doer parsed next to the verb, not the province read as a second subject
        (
            "During a security operation in Andar district, Ghazni province, yesterday, an "
            "Afghan and coalition force killed a Taliban leader.",
            "other",  # an operation of no stated kind
            "Afghan and coalition force",
            1,
            "2021-06-11",
        ),
        (
            "Security forces killed three Maoists in an encounter in Sukma district on Thursday.",
            "battle",
            "Security forces",
            3,
            "2021-06-10",
        ),
        (
            "Nigerian soldiers killed 15 insurgents near Damboa on Wednesday, the army said.",
            "other",
            "Nigerian soldiers",
            15,
            "2021-06-09",
        ),
        # aircraft and ships together as the doers of "struck"
        (
            "French jets and warships struck rebel depots near Kidal on Thursday.",
            "airstrike",
            "French jets",
            None,
            "2021-06-10",
        ),
        # the strike's doer told by a participle after it
        (
            "Officials said the strike, conducted by a drone on Monday, hit a car in Jilib.",
            "drone_strike",
            None,
            None,
            "2021-06-07",
        ),
        (
            "The U.S. military said it carried out a counterterrorism strike on May 30 in Bay "
            "region.",
            "airstrike",
            "U.S. military",
            None,
            "2021-05-30",
        ),
        (
            "Commandos killed a rebel commander in a pre-dawn assault on Tuesday in Basilan.",
            "raid",
            "Commandos",
            1,
            "2021-06-08",
        ),
        (
            "Police officers killed two gunmen in a shootout in Kupwara on Tuesday.",
            "battle",
            "Police",
            2,
            "2021-06-08",
        ),
        # an operation named only as where the men came back from: the gunfight is the event
        (
            "The patrol was coming back from an operation in the hills, where troops killed "
            "four rebels in a gunfight on Wednesday.",
            "battle",
            "troops",
            4,
            "2021-06-09",
        ),
    ],
)
def test_operations_found(analyse, text, subtype, authority, killed, day):
    [record] = _operations(analyse, text)
    assert record["subtype"] == subtype
    assert authority is None or authority in _authority(record)
    assert (record["killed"] or {}).get("min") == killed
    assert record["date"]["start"] == day


def test_an_airstrike_called_in_during_a_raid_makes_the_operation_an_airstrike(analyse):
    text = (
        "Afghan and coalition forces conducted a security operation in Paktiya province on "
        "Friday. During the operation the security force engaged a group of insurgents with a "
        "precision airstrike, killing four of them."
    )
    [record] = _operations(analyse, text)
    assert record["subtype"] == "airstrike"


def test_a_planned_offensive_gives_none(analyse):
    # plans are not coded (bench/gold/README.md, "What is an event")
    text = "The army is preparing an offensive against the group in the north."
    assert not _operations(analyse, text, None)


@pytest.mark.parametrize(
    "text",
    [
        # the group's raid is an attack
        "Islamic State militants raided a village in Salahuddin on Monday, killing four people.",
        "An Islamic State drone attack hit a base in Hasakah on Monday.",
        # negated
        "The army did not carry out any airstrikes in the area on Friday.",
        # history recalled in passing
        "Coalition forces conducted an airstrike in 2014 that destroyed the bridge.",
        # whose operations, the pronoun does not say; soldiers are the targets
        "Analysts said the group has expanded its operations since French troops left.",
        "Some clips show recent operations against soldiers and civilians.",
        # police ending an attack: the attack is the event
        "The driver was shot dead by police after he opened fire on officers.",
        # a pattern over years, not one strike
        "Its strength has been eroded by years of U.S. drone strikes.",
        # figurative clash
        "The resulting clash over the U.S. military presence put the campaign on hold.",
        # one man who served in a force killing people is no operation by it
        "Three sailors were killed on Monday by a Saudi air force trainee at the base.",
        # a year's killings are a tally
        "Police killed 140 rebels in the state in 2020, officials said.",
        # an armed group whose name holds a force word
        "The commander was killed on Tuesday in an operation by the Free Syrian Army in Daraa.",
        # where the men were coming back from, and nothing else of it
        "The officers were driving back to base after a joint operation when the mine blew up.",
    ],
)
def test_no_operation(analyse, text):
    assert _operations(analyse, text) == []


def test_a_clash_told_as_an_attack_is_not_also_a_battle(analyse):
    text = (
        "Five soldiers were killed in a clash with al-Shabaab fighters in Lower Shabelle on Friday."
    )
    result = analyse(text, PUBLISHED)
    types = [r.data["type"] for r in result.records if r.kind == "event"]
    assert types == ["attack"]


@pytest.mark.parametrize(
    ("text", "subtype", "authority", "killed", "day"),
    [
        # an operation of no stated kind, its doer named by the country alone
        (
            "The White House confirmed that the commander was killed in a U.S. counterterrorism "
            "operation near the border on Monday.",
            "other",
            "U.S.",
            1,
            "2021-06-07",
        ),
        # shelling by a state's artillery
        (
            "Pakistani artillery fire across the Line of Control killed at least 13 people in "
            "Poonch on Wednesday, Indian officials said.",
            "other",
            "Pakistani",
            13,
            "2021-06-09",
        ),
        # the pronoun doer is the subject of the verb of saying
        (
            "India said it struck nine sites in Pakistan on Wednesday that it described as camps "
            "of Lashkar-e-Taiba.",
            "other",
            "India",
            None,
            "2021-06-09",
        ),
        (
            "The army said it killed five militants in a raid in North Waziristan on Monday.",
            "raid",
            "army",
            5,
            "2021-06-07",
        ),
        # jets dropping bombs
        (
            "The commander was killed on Thursday when Israeli jets dropped dozens of bombs on a "
            "headquarters in Beirut.",
            "airstrike",
            "Israeli jets",
            1,
            "2021-06-10",
        ),
    ],
)
def test_operations_of_no_stated_kind_and_by_a_country(
    analyse, text, subtype, authority, killed, day
):
    [record] = _operations(analyse, text)
    assert record["subtype"] == subtype
    assert authority in _authority(record)
    assert (record["killed"] or {}).get("min") == killed
    assert record["date"]["start"] == day


@pytest.mark.parametrize(
    "text",
    [
        # an operation told only as how two men were taken: the arrest is the event
        "The two leaders were seized in a joint operation by the military between May and July.",
        # a guess about strikes nobody is named for
        '"The airstrikes may satisfy anger in Manila," said a researcher in Zamboanga.',
        # the group's shelling and the group's strikes are attacks
        "Militants shelled a police post in Kunar on Monday, killing two officers.",
        "Houthi rebels said they struck military targets in Saudi Arabia on Monday.",
        # a pronoun whose saying verb has a group for subject
        "The Taliban said they killed ten soldiers in an attack on a checkpoint on Monday.",
        # a country's operation denied
        "Pakistan denied that its artillery fire had killed anyone on Wednesday.",
    ],
)
def test_no_operation_of_no_stated_kind(analyse, text):
    assert _operations(analyse, text) == []
