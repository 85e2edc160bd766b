"""Events whose course is a stretch (``extract.dating``): a campaign "from" or "since" a day, an
operation "between March and May", a stretch the saying's day does not replace; a week counted
back is a day; a state that "remained" dates from the clause it is counted from."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract import build_context
from watchfloor.extract.dating import date_of_event

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _event_date(nlp, make_document, text: str, word: str, sentence_index: int = -1):
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    sentence = ctx.sentences[sentence_index]
    [token] = [t for t in sentence.span if t.text == word]
    return date_of_event(ctx, sentence, [token])


def _span(found):
    return found and (found.span.start, found.span.end)


@pytest.mark.parametrize(
    ("text", "word", "span"),
    [
        (
            "The ground offensive was backed from May 20 by government drones.",
            "drones",
            ("2021-05-20", "2021-06-12"),
        ),
        (
            "Rebel gunners have shelled the port since April 28, residents said.",
            "shelled",
            ("2021-04-28", "2021-06-12"),
        ),
        (
            "Two cell leaders were captured in a joint operation between March and May.",
            "captured",
            ("2021-03-01", "2021-05-31"),
        ),
    ],
)
def test_a_campaign_is_dated_by_its_whole_course(nlp, make_document, text, word, span):
    assert _span(_event_date(nlp, make_document, text, word)) == span


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army said it had captured its 40th rebel commander since May 2.", "captured"),
        ("Since 2019, the militia has carried out more than 300 raids in the province.", "raids"),
        ("Gunmen killed 900 villagers between 2014 and 2019, a report found.", "killed"),
    ],
)
def test_a_tally_s_period_is_not_an_event_s_course(nlp, make_document, text, word):
    found = _event_date(nlp, make_document, text, word)
    assert found is None or found.span.start == found.span.end or found.span.precision == "year"
    assert found is None or found.span.start not in ("2021-05-02", "2019-01-01", "2014-01-01")


def test_the_day_of_the_saying_gives_way_to_the_event_s_stretch(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Police said on Friday they had detained 40 people in raids since June 1.",
        "detained",
    )
    # from the first day to the day it was said
    assert _span(found) == ("2021-06-01", "2021-06-11")


def test_the_event_s_own_day_still_beats_the_saying_s(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Police said on Friday they had detained 40 people on Wednesday.",
        "detained",
    )
    assert _span(found) == ("2021-06-09", "2021-06-09")


def test_a_lead_dated_by_its_saying_takes_the_stretch_told_below(nlp, make_document):
    text = (
        "Troops have captured the two men who led the cell behind the 2019 bombing, officials "
        "said on Saturday.\n\nThe men were seized in a joint operation between March and May, "
        "the officials said."
    )
    found = _event_date(nlp, make_document, text, "captured", sentence_index=0)
    assert _span(found) == ("2021-03-01", "2021-05-31")


def test_a_lead_with_its_own_day_keeps_it_over_the_stretch_below(nlp, make_document):
    text = (
        "Troops captured two cell leaders on Tuesday, officials said on Saturday."
        "\n\nOther members were seized between March and May, the officials said."
    )
    found = _event_date(nlp, make_document, text, "captured", sentence_index=0)
    assert _span(found) == ("2021-06-08", "2021-06-08")


def test_a_week_counted_back_is_a_day(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The ban came two weeks after the group released a new video.",
        "released",
    )
    assert (found.span.start, found.span.end, found.explicit) == ("2021-05-29", "2021-05-29", False)


def test_a_state_that_remained_began_on_the_day_counted_back(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The main border crossing remained closed on Thursday, four days after soldiers sealed it.",
        "closed",
    )
    assert _span(found) == ("2021-06-06", "2021-06-06")


def test_a_state_said_once_keeps_its_own_day(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The main border crossing was closed on Thursday, four days after the ambush.",
        "closed",
    )
    assert _span(found) == ("2021-06-10", "2021-06-10")
