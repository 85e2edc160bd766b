"""An event told only in a clause that describes someone or somewhere ("a village where a drone
strike killed 40 people", "farmers killed when a missile hit their truck") is background to the
clause it hangs from: that clause's day is not its own (``extract.dating``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.extract import build_context
from watchfloor.extract.dating import date_of_event

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


def _lead_event_date(nlp, make_document, text: str, word: str):
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    lead = ctx.sentences[0]
    [token] = [t for t in lead.span if t.text == word]
    return date_of_event(ctx, lead, [token])


@pytest.mark.parametrize(
    ("lead", "word"),
    [
        (
            "The defence minister apologised on Friday to the people of Kadaura, a village "
            "where an air force drone strike killed 40 guests at a wedding.",
            "strike",
        ),
        (
            "Hundreds of mourners gathered on Friday to bury farmers killed when a missile "
            "struck their truck near the border.",
            "struck",
        ),
    ],
)
def test_an_event_told_as_a_description_takes_the_day_told_below(
    nlp, make_document, lead, word
):
    text = lead + "\n\nThe strike hit the crowd late on Wednesday, elders said."
    assert _lead_event_date(nlp, make_document, text, word).span.start == "2021-06-09"


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        # the main clause's day dates its own event
        (
            "An air force drone struck a wedding on Friday in Kadaura, a village in the north."
            "\n\nElders said the guests had gathered late on Wednesday.",
            "struck",
            "2021-06-11",
        ),
        # what a video shows is told in a clause about the video, and dated by its release
        (
            "The group released a video on Friday in which about 30 fighters swore allegiance "
            "to its leader.\n\nThe fighters had gathered in the hills on Wednesday, the caption "
            "said.",
            "swore",
            "2021-06-11",
        ),
        # the story going on in a "where" clause
        (
            "On Thursday a man stabbed a guard outside the town hall, then walked to the market, "
            "where he wounded two traders.\n\nPolice said on Friday that he had acted alone.",
            "wounded",
            "2021-06-10",
        ),
        # forces backed by strikes share the day of their assault
        (
            "Government troops, backed by air strikes, stormed the rebel-held town on Thursday."
            "\n\nResidents said the shelling had begun on Tuesday.",
            "strikes",
            "2021-06-10",
        ),
    ],
)
def test_a_clause_that_is_no_description_keeps_the_day(nlp, make_document, text, word, day):
    assert _lead_event_date(nlp, make_document, text, word).span.start == day


def test_a_town_retaken_by_the_troops_described_takes_the_day_told_below(analyse):
    text = (
        "Government troops who took back Kidal, a desert town that rebels had held for years, "
        "are facing nightly rocket fire, army officers said on Friday.\n\n"
        "Soldiers moved into the town before dawn on Tuesday and controlled its centre by noon."
    )
    [record] = _changes(analyse, text)
    assert (record["subtype"], record["date"]["start"]) == ("recaptured", "2021-06-08")


def test_a_retaking_said_on_a_day_takes_the_day_told_below(analyse):
    text = (
        "The army said on Friday that it had regained full control of Kidal, a desert town "
        "it lost to rebels last year.\n\n"
        "Troops secured the town on Wednesday afternoon after a three-week push, officers said."
    )
    [record] = _changes(analyse, text)
    assert record["date"]["start"] == "2021-06-09"


def test_a_retaking_said_on_a_day_with_nothing_below_takes_that_day(analyse):
    text = (
        "Government forces said on Friday they had retaken the town of Kidal, which rebels had "
        "seized last week."
    )
    retaken = [r for r in _changes(analyse, text) if r["subtype"] == "recaptured"]
    assert [r["date"]["start"] for r in retaken] == ["2021-06-11"]


def test_a_day_before_the_saying_is_the_change_s_own(analyse):
    text = "Rebel fighters overran Kidal on Tuesday, local officials said."
    [record] = _changes(analyse, text)
    assert record["date"]["start"] == "2021-06-08"
