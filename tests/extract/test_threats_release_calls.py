"""Calls to attack the parse hides (a call listed inside the clause it follows, "called on X,
from A to B, to ...", the act hung on a clause about those called on), a prison break asked
for ("to break the group's fighters out of the prisons"), the day of the release
a call is told as the content of, and threats made on a condition (no call). Sentences written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 12, 12)  # a Thursday
CALL = "call_to_attack"


def _calls(analyse, text: str) -> list[dict]:
    return [r for r in records_of(analyse(text, PUBLISHED), "threat") if r["subtype"] == CALL]


@pytest.mark.parametrize(
    "text",
    [
        # the call listed inside the clause the leader reported
        "In an audio message released on Monday, Abu Bakr al-Baghdadi told followers that the "
        "caliphate was still standing, and called for attacks on Jews.",
        "In the recording, Abubakar Shekau said his fighters were winning the war, and urged "
        "them to kill soldiers in Borno.",
        # the act asked comes after an aside on those called on
        "In a video released on Monday, Abubakar Shekau called on Muslims across the Sahel, "
        "from Mali to Chad, to take up arms against the army.",
        "An al-Shabaab spokesman appealed to young men in Kenya, from Mombasa to Garissa, to "
        "attack police stations.",
        # the act hung on the clause that describes the followers called on
        "In the video, an Islamic State fighter tells supporters who cannot reach Syria to go "
        "to Mindanao and to attack soldiers there.",
        "An al-Shabaab commander urged young men who could not join the group to stay at home "
        "and to kill police officers in Nairobi.",
    ],
)
def test_a_call_the_parse_hides_is_found(analyse, text):
    assert _calls(analyse, text), "no call to attack"


@pytest.mark.parametrize(
    "text",
    [
        "In an audio message released on Monday, Abu Bakr al-Baghdadi called on his followers "
        "to break the group's fighters and their wives out of the prisons and camps.",
        "An al-Shabaab commander urged young men to storm the prisons holding its fighters.",
    ],
)
def test_a_prison_break_asked_for_is_a_call_to_attack(analyse, text):
    assert _calls(analyse, text), "no call to attack"


@pytest.mark.parametrize(
    "text",
    [
        "The minister called on the courts to break the backlog of cases out of the prisons.",
        "Al-Shabaab urged the government to release the prisoners held in Mogadishu.",
    ],
)
def test_no_prison_break_no_call(analyse, text):
    assert _calls(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # reported, but no call: nothing violent asked, or said by no armed side
        "Abubakar Shekau told followers that the army was weak, and called for patience.",
        "The minister told reporters that the caliphate had collapsed, and called for calm.",
        "In the video, Abubakar Shekau called on Muslims across the Sahel, from Mali to Chad, "
        "to pray for the dead.",
        "The Islamic State fighter tells supporters who want to attack soldiers to wait for "
        "orders.",
        # threats on a condition are demands
        "The group threatened to kill the two engineers unless its jailed commanders were freed.",
        "Abu Sayyaf vowed to behead the hostage if the ransom was not paid by Friday.",
        "The militants said they would kill the pilot unless the bombing of Raqqa stopped.",
    ],
)
def test_no_call_when_none_is_asked_or_it_is_a_condition(analyse, text):
    assert _calls(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # told in the present as what the video shows: the video's day
        (
            "Abubakar Shekau appeared in a video released on Monday, mocking the army.\n\n"
            "The footage, about 30 minutes long, shows him standing beside armed men. He refers "
            "to a feast that was held on Nov. 25.\n\n"
            "He urges his fighters to keep attacking soldiers in Borno.",
            "2019-12-09",
        ),
        (
            "The Islamic State issued a video on Tuesday naming a new commander for East Asia."
            "\n\nIn one segment, a fighter tells supporters to attack the army in Mindanao.",
            "2019-12-10",
        ),
        # "in his recording": the day the article gives that recording
        (
            "The Islamic State named a new leader on Dec. 3 in an audio recording read by its "
            "spokesman, Abu Omar al-Muhajir. The group had lost its old leader in October.\n\n"
            "In his recording, Muhajir also called on supporters to strike targets in Europe.",
            "2019-12-03",
        ),
        # "a video released on Dec. 2 by its media arm, in which he called ...": the clause
        # hung on the last noun, the video's day all the same
        (
            "Ahmad Diriye appeared in a video released on Dec. 2 by the group's media arm, "
            "al-Kataib, in which he called on young men across Somalia, from Kismayo to "
            "Bosaso, to take up arms.",
            "2019-12-02",
        ),
        # "In the speech, he ...": the release told before, in another word ("recording")
        (
            "The Islamic State released an audio recording on Monday that it said was a speech "
            "by its leader.\n\n"
            "The 40-minute recording, titled \"Patience\", was put out by al-Furqan. Its "
            "authenticity could not be checked.\n\n"
            "The leader mentioned the fall of the lira. Analysts said the speech was recent.\n\n"
            "In the speech, he told supporters that victory lay in faith, and he called on "
            "sympathisers in Europe to carry out attacks on their own.",
            "2019-12-09",
        ),
        # "published an editorial on Monday urging ...": the day it was published, not the
        # day of the event it names
        (
            "The group's weekly newsletter, al-Naba, published an editorial on Monday urging "
            "supporters to attack crowds at the Christmas markets that open on Saturday.",
            "2019-12-09",
        ),
    ],
)
def test_a_call_in_a_release_takes_the_release_s_day(analyse, text, day):
    calls = _calls(analyse, text)
    assert calls, "no call to attack"
    assert calls[0]["date"]["start"] == day, calls[0]["date"]


def test_a_dated_call_keeps_its_own_day(analyse):
    text = (
        "The Islamic State released a video on Monday showing its fighters in Mindanao.\n\n"
        "On Wednesday its spokesman urges supporters to attack churches."
    )
    calls = _calls(analyse, text)
    assert calls and calls[0]["date"]["start"] == "2019-12-11", calls
