"""Constructions of statistics the third development set showed missing or over-read
(``extract.statistics``), in sentences written for this test: tolls of a whole campaign ("wounded
in the fighting"), figures a verb of belief hands on ("are believed to have travelled"), web
pages, a population "of N", shares of a named whole ("half of the country's territory"), a
running total ("bringing the total to 414"), a group's size in apposition, people moved
("evacuated", "rescued"); and what stays out: weapons fired and strikes on one target (an
incident's details), a schedule ("is due to fall to 2,500"), the toll of the attacks a story
tells, a document's length."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 3, 9)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


MUST = [
    # (sentence, min, max, measure)
    # a toll of a stretch of war, not of one incident
    (
        "Hospital officials in the capital said more than 250 people had been wounded in the fighting.",
        250,
        None,
        "people wounded",
    ),
    (
        "Army officers said at least 400 insurgents were killed in the offensive.",
        400,
        None,
        "fighters killed",
    ),
    (
        "More than 900 soldiers were killed and more than 2,500 wounded in the campaign, according to military doctors.",
        2500,
        None,
        "people wounded",
    ),
    (
        "More than 900 soldiers were killed and more than 2,500 wounded in the campaign, according to military doctors.",
        900,
        None,
        "soldiers killed",
    ),
    (
        "Relief workers said about 1,200 civilians had been killed in the war so far.",
        1200,
        1200,
        "civilians killed",
    ),
    # the subject of a verb of belief is what the governed verb tells of
    (
        "About 450 Malaysians are believed to have travelled to Syria to join militant groups.",
        450,
        450,
        # what they went for is kept (the keys' "travelled to join the group", "to fight")
        "malaysians travelled to syria to join militant groups",
    ),
    (
        "Nearly 300 Tunisians are thought to have returned from the battlefields, officials said.",
        None,
        300,
        "tunisians returned",
    ),
    # web pages, when they are many
    (
        "The regulator said it had identified about 12,000 pages of extremist content.",
        12000,
        12000,
        "pages of content",
    ),
    # "suspects ... last year": the period is no part of the counted noun
    (
        "Counterterrorism police detained more than 230 suspects last year, the ministry said.",
        230,
        None,
        "suspects arrested",
    ),
    # a place's people
    (
        "The town had a population of about 45,000 before the insurgents arrived.",
        45000,
        45000,
        "population",
    ),
    # a share of a named whole
    (
        "Analysts say the militants control roughly a third of the province's districts.",
        33,
        33,
        "share of districts",
    ),
    (
        "The group held more than half of the country's territory at its peak, researchers said.",
        50,
        None,
        "share of territory",
    ),
    # a running total brought to a figure
    (
        "Security forces made 64 arrests on Tuesday, the ministry said, bringing the total since the start of the month to 290.",
        290,
        290,
        "arrests",
    ),
    # the size of a group a copula describes
    (
        '"They are a tiny cell, maybe 40 men," said a former intelligence officer.',
        40,
        40,
        "fighters",  # a group's men are its fighters, as the gold sets code them
    ),
    # people moved out of harm's way
    (
        "About 2,300 people were evacuated from the port by boat in the week after the assault.",
        2300,
        2300,
        "people evacuated",
    ),
    # a list told after "among them" is no part of the counted noun
    (
        "Monitors said more than 400 people, among them soldiers and rebels, were killed in two weeks of fighting.",
        400,
        None,
        "people killed",
    ),
]


MUST_NOT = [
    # weapons fired in an incident: its detail
    "The gunmen fired about 3,000 rounds during the siege of the hotel.",
    "Militants launched more than 40 rockets at the air base on Sunday.",
    # strikes on one target, told as one bout
    "Government jets carried out at least 25 strikes on the town after the rebels withdrew, residents said.",
    # a schedule, not a figure
    "Officials said the number of troops in the mission is due to fall to about 1,500 by next year.",
    "The government is set to deploy 3,000 more police officers to the region.",
    # the toll of the attacks the story tells, in a relative clause
    "The messaging app said it had removed the channel after the attacks, in which 52 people were killed.",
    # a single day's toll of fighting is the incident's
    "Four soldiers were killed in the fighting on Thursday, officials said.",
    # a few killed "in the fighting": a clash's toll, which an event record holds
    "Two policemen were killed in the fighting, officials said.",
    "At least 12 soldiers died in the fighting near the border, the army said.",
    # a document's length
    "The 240-page report was released on Monday.",
    "The indictment runs to 180 pages.",
    # a group of people doing something, not a group's strength
    "Witnesses said it was a group of 25 men who stormed the checkpoint.",
    "A group of 15 people gathered outside the court on Friday.",
    # people rescued in one raid: the raid's detail
    "Commandos rescued 14 hostages in a raid on Monday.",
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST)
def test_a_stated_number_is_a_statistic(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_statistic(analyse, text):
    found = _statistics(analyse, text)
    assert not found, [(s["measure"], s["value"]) for s in found]
