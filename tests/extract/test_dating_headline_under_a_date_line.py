"""A headline printed under a line that only gives the date ("Published 2017-07-12") is no
lead: the story's lead is the first sentence below it, which takes the day the next paragraph
tells. A deed counted from ("two days after a man killed three people") is dated from its main
clause, not from the day the paragraph below gives the deed itself; and "the same day" counts
from the day of the deed told before, not the day it was told (``extract.context``,
``extract.dating``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.extract import build_context
from watchfloor.extract.dating import date_of_event

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def test_a_headline_under_a_date_line_is_not_the_lead(nlp, make_document):
    text = (
        "Published 2021-06-12\n"
        "Regional police arrest five teachers over talks with rebels\n\n"
        "Police in the north have arrested five teachers after they met rebel commanders, "
        "the regional governor said on Friday.\n\n"
        "The five were stopped at a checkpoint outside the town on Wednesday as they drove "
        "back from the meeting, he told reporters."
    )
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    lead = next(s for s in ctx.sentences if s.text.startswith("Police in the north"))
    assert ctx.lead_of_post(lead).index == lead.index
    [token] = [t for t in lead.span if t.text == "arrested"]
    assert date_of_event(ctx, lead, [token]).span.start == "2021-06-09"


def test_a_deed_counted_from_is_not_dated_by_its_own_day_below(analyse):
    text = (
        "Published 2021-06-12\n"
        "Soldiers guard churches after killings\n\n"
        "The government has doubled the number of soldiers guarding churches, two days after "
        "a man armed with a knife killed three people inside the cathedral.\n\n"
        "The attacker entered the cathedral shortly before 9 a.m. on Thursday, prosecutors "
        "said."
    )
    [attack] = records_of(analyse(text, PUBLISHED), "attack")
    assert attack["date"]["start"] == "2021-06-10"


def test_the_same_day_counts_from_the_deed_not_from_its_telling(nlp, make_document):
    text = (
        "Police arrested two men in Dohuk on Monday who had smuggled drones to the militants, "
        "the region's security council said on Wednesday. The same day, the interior ministry "
        "banned the flying of private drones across the region."
    )
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    [(_, _, span, _)] = ctx.sentences[1].dates
    assert span.start == "2021-06-07"
