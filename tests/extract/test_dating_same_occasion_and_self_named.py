"""Things missed on new articles: a call made "in the same statement" as one told before takes
that statement's day even when the statement itself is no record (``extract.dating``); a group
warning that "it would strike at the heart of France" threatens (``extract.threats``); "a man
who calls himself Abubakar Shekau" appearing in a new video is a release by the man he calls
himself (``extract.media``); MUJAO and the Signed-in-Blood Battalion are known groups. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.nlp.lexicon import group_lexicon

pytestmark = pytest.mark.slow


def test_a_call_in_the_same_statement_takes_the_statements_day(analyse):
    text = (
        "NIAMEY, Niger, Aug. 23, 2013 — MUJAO and the Signed-in-Blood Battalion have merged "
        "into a single movement, al-Mourabitoun, according to a statement released on "
        "Thursday.\n\n"
        "The statement, sent to a Mauritanian news agency, said the groups would now fight as "
        "one.\n\n"
        "In the same statement, the new group called on its followers to attack France and its "
        "allies wherever they could be found."
    )
    [call] = records_of(analyse(text, date(2013, 8, 23)), "threat")
    assert call["date"]["start"] == "2013-08-22"


def test_a_group_warning_it_would_strike_at_the_heart_of_a_country(analyse):
    text = (
        "BAMAKO, Mali, Jan. 29, 2013 — MUJAO had warned on Jan. 14 that it would strike at the "
        "heart of France in revenge for the intervention."
    )
    [call] = records_of(analyse(text, date(2013, 1, 29)), "threat")
    assert call["subtype"] == "call_to_attack"
    assert call["date"]["start"] == "2013-01-14"


def test_an_army_striking_at_the_heart_of_a_rebellion_is_no_threat(analyse):
    text = "The army said on Monday it would strike at the heart of the rebellion."
    assert records_of(analyse(text, date(2013, 1, 29)), "threat") == []


def test_a_man_who_calls_himself_the_leader_appears_in_a_video(analyse):
    text = (
        "ABUJA, Nigeria, Oct. 3, 2014 — A man who calls himself Abubakar Shekau, the leader of "
        "Boko Haram, has appeared in a new video taunting Nigeria's armed forces."
    )
    [release] = records_of(analyse(text, date(2014, 10, 3)), "media_release")
    assert release["subtype"] == "video"
    assert {a["canonical"] for a in release["actors"] if a["role"] == "perpetrator"} == {
        "Boko Haram"
    }


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("MUJAO", "Movement for Oneness and Jihad in West Africa"),
        (
            "Movement for Unity and Jihad in West Africa",
            "Movement for Oneness and Jihad in West Africa",
        ),
        ("Signed-in-Blood Battalion", "Signed-in-Blood Battalion"),
        ("Islamic Movement of Azawad", "Islamic Movement of Azawad"),
    ],
)
def test_sahel_groups_are_known(printed, canonical):
    assert group_lexicon().canonical(printed) == canonical
