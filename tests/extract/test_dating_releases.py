"""Dating the event of a press release (``extract.dating``): the release's heading (number,
"For Immediate Release", dateline) is no lead, and a confirmation is a saying, whose day
("today confirmed") gives way to the day the next paragraph tells the event; not to the day
of a new occasion that paragraph brings in ("carried out a raid on June 13")."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract import build_context
from watchfloor.extract.dating import date_of_event

pytestmark = pytest.mark.slow

HEADING = "2019-04-S-012\nFor Immediate Release\n\nBAMAKO, Mali (April 9, 2019)\n"


def _event_date(nlp, make_document, text: str, words: set[str], marker: str, published=None):
    document = make_document(text, published)
    ctx = build_context(document, nlp(document.text))
    sentence = next(s for s in ctx.sentences if marker in s.text)
    tokens = [t for t in sentence.span if t.text in words]
    return date_of_event(ctx, sentence, tokens)


def test_a_confirmation_lead_takes_the_day_the_next_paragraph_tells(nlp, make_document):
    text = (
        HEADING + "The army today confirmed it had detained two suspects during recent raids "
        "near Mopti.\nOne of them, a weapons supplier, was arrested April 2."
    )
    found = _event_date(nlp, make_document, text, {"detained", "raids"}, "confirmed")
    assert (found.span.start, found.explicit) == ("2019-04-02", False)


def test_a_confirmation_lead_opening_on_the_dateline_line_does_the_same(nlp, make_document):
    text = (
        "BAMAKO, Mali (April 9, 2019) - The army today confirmed it had detained two suspects "
        "during recent raids near Mopti.\nOne of them, a weapons supplier, was arrested April 2."
    )
    found = _event_date(nlp, make_document, text, {"detained", "raids"}, "confirmed")
    assert found.span.start == "2019-04-02"


def test_a_confirmed_event_with_its_own_day_keeps_it(nlp, make_document):
    text = (
        HEADING + "The army today confirmed it had detained two suspects during raids near "
        "Mopti on Sunday.\nOne of them, a weapons supplier, was arrested April 2."
    )
    found = _event_date(nlp, make_document, text, {"detained", "raids"}, "confirmed")
    assert (found.span.start, found.explicit) == ("2019-04-07", True)


def test_a_confirmation_with_no_day_below_keeps_the_day_it_was_confirmed(nlp, make_document):
    text = (
        HEADING + "Officials confirmed today that soldiers detained two suspects near Mopti.\n"
        "The suspects are held in Bamako."
    )
    found = _event_date(nlp, make_document, text, {"detained"}, "confirmed")
    assert found.span.start == "2019-04-09"


def test_a_day_confirmed_on_is_not_the_event_s(nlp, make_document):
    text = (
        HEADING + "Soldiers detained two suspects near Mopti, the army confirmed on Monday.\n"
        "They were arrested in a raid on Saturday night."
    )
    found = _event_date(nlp, make_document, text, {"detained"}, "confirmed")
    assert found.span.start == "2019-04-06"


SATURDAY = date(2021, 6, 12)
_LEAD = "The army said on Saturday that a rebel commander was killed in the north.\n\n"


def test_a_new_occasion_below_the_lead_is_another_event(nlp, make_document):
    text = _LEAD + "The air force said it had carried out a strike near the border on June 3."
    found = _event_date(nlp, make_document, text, {"killed"}, "rebel commander", SATURDAY)
    assert found is None or found.span.start != "2021-06-03"


@pytest.mark.parametrize(
    "below",
    [
        "He was cornered in a raid on a farm on Thursday night.",
        "The strike that hit his convoy took place on Thursday.",
    ],
)
def test_the_occasion_already_told_below_the_lead_dates_it(nlp, make_document, below):
    text = _LEAD + below
    found = _event_date(nlp, make_document, text, {"killed"}, "rebel commander", SATURDAY)
    assert found.span.start == "2021-06-10"
