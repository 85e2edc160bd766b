"""A leader among the arrested or the killed, however the sentence sets him apart
(``extract.leaders``): a post in quotation marks (the Islamic State's "emir" for the city) is
still the group's post; "among them a commander of ..." is counted among those arrested when
the parse hangs it on the arrested men as a relative clause; "one of them a commander" after a
killing is one of the killed, as is "including a commander" after "killing 23 of them". An
ordinary man among them, or an officer among killed soldiers, is no leader. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2025, 9, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained three people in Gaziantep on Sunday, among them a man whom officials "
        'described as the Islamic State\'s "emir" for the city.',
        "Police said on Thursday that they had arrested four men in raids in Quetta and "
        "Mastung, among them a commander of the Islamic State's Pakistan branch.",
    ],
)
def test_a_leader_among_the_arrested_is_a_leadership_change(analyse, text):
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["subtype"] == "arrested"


@pytest.mark.parametrize(
    "text",
    [
        "Police detained three people in Gaziantep on Sunday, among them a man whom officials "
        'described as a "driver" for the bombers.',
        "Police said on Thursday that they had arrested four men in raids in Quetta and "
        "Mastung, among them a student of a seminary in Pishin.",
    ],
)
def test_an_ordinary_man_among_the_arrested_is_no_leader(analyse, text):
    records = analyse(text, PUBLISHED)
    assert records_of(records, "leadership_change") == []
    assert len(records_of(records, "arrest")) == 1


KEC_RAID = (
    "The Balochistan Liberation Army claimed the attack on the air station.\n\n"
    "Security forces said on Wednesday that they had killed three militants in a raid on a "
    "hideout in Kech district, one of them "
)
VILLAGE = "The Islamic State claimed the attack on the village.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # "one of them a commander who ...": the parse hangs the commander on the verb of
        # killing with "one of them" before him
        KEC_RAID + "a commander who they said had helped plan the attack on the air station.",
        # "killing 23 of them, including a commander": the killed told by a number, the
        # commander by "including"
        VILLAGE + "The army said on Sunday that its aircraft had struck a column of militants "
        "near the border with Mali on Saturday, killing 23 of them, including a commander it "
        "said had led the raid.",
    ],
)
def test_a_commander_counted_among_the_killed_is_a_leader_killed(analyse, text):
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["subtype"] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        KEC_RAID + "a driver who they said had carried explosives.",
        VILLAGE + "Militants ambushed an army convoy on Saturday, killing four soldiers, "
        "including a company commander, the army said.",
    ],
)
def test_a_driver_or_an_officer_of_killed_soldiers_is_no_leader(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "leadership_change") == []
