"""A force that "remains" somewhere is a strength, not what is left of something
(``extract.statistics``): "About 900 American troops remain in Syria" counts American troops;
"About 300 fighters remain in the old city" still counts the fighters remaining, and a country's
soldiers kept somewhere are its soldiers deployed there, named by its people. A force counted at its task ("700 police officers
hunted him") is its size, with its task ("to guard churches"); not an incident's doers on its
day, nor a small force. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2023, 1, 10)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("About 900 American troops remain in Syria to support the SDF.", 900, "american troops"),
        ("About 300 fighters remain in the old city, the army said.", 300, "fighters remaining"),
        (
            "France has about 4,500 soldiers in the Sahel under Operation Barkhane.",
            4500,
            "french soldiers deployed",
        ),
    ],
)
def test_forces_that_remain(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


# a state force counted at its task, with nothing done to it, is the force's size
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "More than 700 police officers and soldiers hunted the gunman for two days.",
            700,
            "police officers and soldiers",
        ),
        (
            "About 5,000 police officers took part in dawn raids across the city, the ministry "
            "said.",
            5000,
            "police officers",
        ),
    ],
)
def test_forces_at_work(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an incident's doers on its day, and a small force
        ("About 200 soldiers attacked the village on Monday.", 200),
        ("About 40 police officers searched the house.", 40),
    ],
)
def test_forces_at_an_incident_or_few(analyse, text, value):
    assert value not in _measures(analyse, text)


# what a force is counted for keeps its task, with the kind of things guarded (not where)
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The country has raised a division of about 15,000 troops to guard foreign workers "
            "and projects.",
            15000,
            "troops to guard foreign workers and projects",
        ),
        (
            "Police said about 10,000 officers would guard churches in the capital over the "
            "weekend.",
            10000,
            "officers to guard churches",
        ),
        (
            "The government has deployed 10,000 soldiers to guard synagogues, schools and "
            "railway stations.",
            10000,
            "soldiers deployed to guard synagogues",
        ),
    ],
)
def test_a_forces_task(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


# a force ordered somewhere is sent there; a force ordered to do something is a plan
def test_a_force_ordered_somewhere(analyse):
    text = "The government ordered 400 more soldiers onto the streets of the capital on Tuesday."
    assert _measures(analyse, text).get(400) == "soldiers ordered onto the streets"


def test_a_force_ordered_to_act_is_a_plan(analyse):
    text = "The minister ordered 300 police officers to search the forest on Tuesday."
    assert 300 not in _measures(analyse, text)


# a force a government has scheduled to move is its strength; a figure due to change is a guess
def test_a_force_due_to_be_withdrawn(analyse):
    text = "Uganda is due to withdraw 1,800 soldiers from Somalia by the end of June."
    assert _measures(analyse, text).get(1800) == "soldiers withdrawn"


def test_a_figure_due_to_fall_is_no_statistic(analyse):
    assert 1500 not in _measures(analyse, "Attacks are due to fall to 1,500 this year.")


# a force a country sends or keeps is named by its people, and is where it was sent, not in the
# country that sent it; a force sent at home keeps its country as its place
@pytest.mark.parametrize(
    ("text", "value", "measure", "place"),
    [
        (
            "Rwanda deployed about 1,000 soldiers and police to Cabo Delgado in July.",
            1000,
            "rwandan soldiers and police deployed",
            "Cabo Delgado",
        ),
        (
            "Ethiopia has about 3,000 soldiers serving with the African Union mission in "
            "Somalia.",
            3000,
            "ethiopian soldiers deployed",
            "Somalia",
        ),
        (
            "The Mexican army sent about 200 extra soldiers to the state on Friday.",
            200,
            "extra mexican soldiers deployed",
            None,
        ),
        ("Nigeria has deployed 3,000 soldiers.", 3000, "nigerian soldiers deployed", "Nigeria"),
        # its words already say whose they are
        (
            "About 1,000 Ugandan soldiers were deployed in Congo last year.",
            1000,
            "ugandan soldiers deployed",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_forces_sent_are_named_by_their_country(analyse, text, value, measure, place):
    [record] = [
        r
        for r in records_of(analyse(text, date(2023, 1, 10)), kind="statistic")
        if r["value"]["min"] == value
    ]
    assert (record["measure"], record["place"]) == (measure, place)
