"""Finding time expressions in text, whole, and resolving them."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.time.find import find_time_expressions

ANCHOR = date(2020, 1, 29)  # a Wednesday


def _found(text: str, anchor: date | None = ANCHOR, narrative: date | None = None):
    return [
        (m.text, m.span and (m.span.start, m.span.end))
        for m in find_time_expressions(text, anchor, narrative)
    ]


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        ("Gunmen attacked a post on Jan. 14.", "Jan. 14", ("2020-01-14", "2020-01-14")),
        ("It happened on Dec. 30.", "Dec. 30", ("2019-12-30", "2019-12-30")),
        ("They struck this past Wednesday.", "this past Wednesday", ("2020-01-22", "2020-01-22")),
        (
            "Wednesday, January 29, 2020",
            "Wednesday, January 29, 2020",
            ("2020-01-29", "2020-01-29"),
        ),
        ("Attacks rose last week.", "last week", ("2020-01-20", "2020-01-26")),
        ("It began in May of this year.", "May of this year", ("2020-05-01", "2020-05-31")),
        ("He died last year in September.", "last year in September", ("2019-09-01", "2019-09-30")),
        ("A bomb went off three days ago.", "three days ago", ("2020-01-26", "2020-01-26")),
        ("The group grew in 2016.", "2016", ("2016-01-01", "2016-12-31")),
        (
            "Between October 2016 and the end of June 2017, 500 people died.",
            "Between October 2016 and the end of June 2017",
            ("2016-10-01", "2017-06-30"),
        ),
        (
            "Deaths fell through the first six months of 2017.",
            "the first six months of 2017",
            ("2017-01-01", "2017-06-30"),
        ),
        ("Since October, raids have doubled.", "Since October", ("2019-10-01", "2020-01-29")),
        ("Since May, the road is shut.", "Since May", ("2019-05-01", "2020-01-29")),
        ("They took the town in May.", "May", ("2019-05-01", "2019-05-31")),
        ("March was the deadliest month.", "March", ("2019-03-01", "2019-03-31")),
        ("Talks resume tomorrow.", "tomorrow", ("2020-01-30", "2020-01-30")),
        # the night from the day before into the day of publication, both days
        ("Men were detained overnight.", "overnight", ("2020-01-28", "2020-01-29")),
        ("Two weeks ago, a bomb went off.", "Two weeks ago", ("2020-01-13", "2020-01-19")),
        ("It was calm over the past 10 days.", "the past 10 days", ("2020-01-19", "2020-01-29")),
        ("Raids rose in the last few weeks.", "the last few weeks", ("2020-01-08", "2020-01-29")),
        # half a unit more: 75 days back
        (
            "Raids rose in the past two and a half months.",
            "the past two and a half months",
            ("2019-11-15", "2020-01-29"),
        ),
        (
            "Output fell in the last quarter of 2018.",
            "the last quarter of 2018",
            ("2018-10-01", "2018-12-31"),
        ),
        ("Sales rose in Q2 2017.", "Q2 2017", ("2017-04-01", "2017-06-30")),
        (
            "Deaths fell in the first half of this year.",
            "the first half of this year",
            ("2020-01-01", "2020-06-30"),
        ),
        # "the year" is the story's year, unless the months told are not over yet
        (
            "Deaths fell in the first quarter of the year.",
            "the first quarter of the year",
            ("2019-01-01", "2019-03-31"),
        ),
        (
            "500 died since the beginning of 2015.",
            "since the beginning of 2015",
            ("2015-01-01", "2020-01-29"),
        ),
    ],
)
def test_expression_is_found_whole_and_resolved(text, words, span):
    assert (words, span) in _found(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Two days later, a bomb exploded.", ("2020-01-22", "2020-01-22")),
        ("A week later, a bomb exploded.", ("2020-01-27", "2020-01-27")),
        ("The day before, a bomb exploded.", ("2020-01-19", "2020-01-19")),
        ("That same night, a bomb exploded.", ("2020-01-20", "2020-01-20")),
        ("Hours earlier, the group had released a statement.", ("2020-01-20", "2020-01-20")),
        ("Several hours later, police arrived.", ("2020-01-20", "2020-01-20")),
    ],
)
def test_narrative_expression_counts_from_the_event_before(text, span):
    [(_, found)] = _found(text, narrative=date(2020, 1, 20))
    assert found == span


@pytest.mark.parametrize(
    "text",
    [
        "A 24-year-old man was shot at 3 am.",
        "The siege lasted for three days.",
        "Security is on duty 24/7.",
        "Resolution 2254 was adopted by acclamation.",
        "About 2000 fighters crossed the border.",
        "The convoy drove down Highway 2020.",
        "Thousands joined a march through the capital.",
        "Officials said the toll may rise.",
        "The Sunday Times reported the deal.",
        "Leaders of the March 14 alliance condemned it.",
        "The curfew runs from 1900 to 0600 across the province.",
        "Customs officers seized 1998 detonators.",
        "Gunmen killed six people in an overnight raid.",
    ],
)
def test_not_dates(text):
    assert [w for w, span in _found(text) if span and span[0]] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Police said the attack took place on January 28 (today).", "January 28"),
        ("The body was found on Friday (Jan. 24) in a canal.", "Jan. 24"),
    ],
)
def test_a_day_said_twice_in_brackets_is_one_expression(text, kept):
    assert [words for words, _ in _found(text)] == [kept]


def test_past_periods_and_ranges_are_periods():
    from watchfloor.time.find import is_period

    periods = [m.span for m in find_time_expressions("in the last two days since May", ANCHOR)]
    assert len(periods) == 2 and all(is_period(p) for p in periods)
    [day] = [m.span for m in find_time_expressions("on Jan. 14", ANCHOR)]
    assert not is_period(day)


def test_without_an_anchor_nothing_is_guessed():
    [(words, span)] = _found("The bomb exploded yesterday.", anchor=None)
    assert words == "yesterday" and span == (None, None)


# --- a weekday restating a month and day; hours are no date -----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        # the calendar date wins over the weekday ("Thursday" alone would be publication week's)
        (
            "An audio message released on Thursday, Jan. 23, named a new leader.",
            "Thursday, Jan. 23",
            ("2020-01-23", "2020-01-23"),
        ),
        ("It was released Monday 20 January.", "Monday 20 January", ("2020-01-20", "2020-01-20")),
    ],
)
def test_a_weekday_restating_a_month_and_day_is_one_expression(text, words, span):
    assert _found(text) == [(words, span)]


@pytest.mark.parametrize(
    "text",
    [
        "The siege lasted 24 hours.",
        "Fighters were given 48 hours to leave.",
        "The 24 hours after the blast were chaotic.",
        "He was held for 48 hours earlier in the week.",
        # ISAF's convention dates "the past 24 hours" by the release day: left to the context
        "Insurgents were detained over the past 24 hours.",
    ],
)
def test_hours_are_not_dates(text):
    assert [w for w, span in _found(text) if span and span[0]] == []


def test_a_weekday_then_a_month_day_in_another_clause_stay_two():
    assert [w for w, _ in _found("He spoke on Tuesday. January 14 was the day of the attack.")] == [
        "Tuesday",
        "January 14",
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a Friday anchor: the Wednesday and Thursday just before
        ("Police raided the offices on Wednesday and Thursday.", ("2020-01-15", "2020-01-16")),
        ("Strikes hit the town from Monday to Wednesday.", ("2020-01-13", "2020-01-15")),
        # the Friday is the anchor's own: the pair runs Friday to Saturday a week before
        ("Fighting raged on Friday and Saturday.", ("2020-01-10", "2020-01-11")),
    ],
)
def test_two_weekdays_are_one_stretch_of_days(text, span):
    [(_, found)] = _found(text, anchor=date(2020, 1, 17))
    assert found == span


def test_the_first_months_of_the_year_are_the_storys_year():
    found = _found("It counted 41 attacks in the first five months of the year.", date(2023, 5, 30))
    assert found == [("the first five months of the year", ("2023-01-01", "2023-05-31"))]
