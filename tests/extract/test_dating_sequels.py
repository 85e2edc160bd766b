"""An event told as what came next ("Troops then took control of the camp") takes the day of
the event told before it, even a paragraph or two back; without such a word, an undated event
borrows only from its own or the previous paragraph (``extract.dating``). Texts written for
this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 10, 27)  # a Tuesday

LEAD = (
    "Colombian troops killed a rebel commander known as Duvan in an operation in the western "
    "province of Choco on Sunday, the army said.\n\n"
    "He was killed in a rural area of the municipality of Bagado after planes bombed the site, "
    "according to the Defence Ministry.\n\n"
)


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


def test_a_sequel_takes_the_day_told_paragraphs_before(analyse):
    text = LEAD + "Troops then took control of the camp, where they found rifles and radios."
    [change] = _changes(analyse, text)
    assert change["date"]["start"] == "2020-10-25"


def test_without_a_sequel_word_the_day_is_not_borrowed_so_far(analyse):
    text = LEAD + "Troops took control of the camp, where they found rifles and radios."
    [change] = _changes(analyse, text)
    assert change["date"]["start"] != "2020-10-25" or change["date"]["precision"] != "day"


def test_within_hours_takes_the_day_of_the_main_clause_told_before(analyse):
    """ "Within hours", "within a day": done just after what the story told before, on the
    day of that sentence's main clause (the statement posted on Wednesday, not the attack it
    told of on Saturday)."""
    text = (
        "Al-Qaeda's new branch has claimed an attack on a naval dockyard in Karachi.\n\n"
        "In a statement posted on Twitter on Wednesday, its spokesman said the group's fighters "
        "had stormed the dockyard on Saturday.\n\n"
        "Twitter suspended the account within a day, according to researchers."
    )
    [takedown] = records_of(analyse(text, date(2014, 9, 12)), "online_action")
    assert takedown["date"]["start"] == "2014-09-10"


def test_within_hours_of_a_named_event_is_no_sequel(analyse):
    text = (
        "Police raided a flat in Leeds on Monday.\n\nIn a statement on Wednesday, the group "
        "said its fighters had attacked a checkpoint on Saturday.\n\n"
        "Twitter suspended the account within hours of the raid, researchers said."
    )
    [takedown] = records_of(analyse(text, date(2014, 9, 12)), "online_action")
    assert takedown["date"]["start"] != "2014-09-10"


@pytest.mark.parametrize(
    "sentence",
    [
        "By evening the army said it had taken control of the camp and the road beside it.",
        "By nightfall, troops had taken control of the camp, the army said.",
        "Minutes later troops took control of the camp, where they found rifles and radios.",
    ],
)
def test_a_later_hour_of_that_day_is_a_sequel(analyse, sentence):
    """ "By evening", "by nightfall", "minutes later": later on the day told before."""
    [change] = _changes(analyse, LEAD + sentence)
    assert change["date"]["start"] == "2020-10-25"


def test_by_a_named_evening_is_that_evening_not_a_sequel(analyse):
    text = LEAD + "By Monday evening troops had taken control of the camp, the army said."
    [change] = _changes(analyse, text)
    assert change["date"]["start"] == "2020-10-26"


def test_the_same_day_takes_the_day_of_what_was_told_before(analyse):
    text = (
        "A bomb brought down a Russian airliner over the Sinai on Saturday, killing all 224 "
        "people on board.\n\n"
        "Investigators searched the wreckage for days. Officials said the crew had made no "
        "distress call. Egypt said it had found no evidence of a bomb.\n\n"
        "The Islamic State's Sinai affiliate claimed responsibility the same day on its Amaq "
        "news agency."
    )
    [release] = records_of(analyse(text, date(2015, 11, 4)), "media_release")
    assert release["date"]["start"] == "2015-10-31"


def test_an_undated_death_borrows_the_deed_s_day_not_the_saying_s(analyse):
    """ "Last week, troops overran a camp ..., the army said on Tuesday. Among the dead was a
    commander known as X": the death took place in the raid last week, not on the day the army
    told of it."""
    text = (
        "Last week, Ugandan and Congolese troops overran an ADF camp in the Mwalika valley, "
        "killing 11 fighters, the Ugandan army said on Tuesday. Among the dead, the army said, "
        "was an ADF logistics commander known as Musa Kalenga."
    )
    [death] = records_of(analyse(text, date(2022, 8, 4)), "leadership_change")
    assert death["date"]["start"] == "2022-07-25"
