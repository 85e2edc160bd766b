"""A feed's later post that confirms the operation its first post told ("confirmed today that a
bomb maker was one of the suspects detained during the operation near Mopti on April 7") dates
that operation (``extract.dating.day_confirmed_in_later_post``); a confirmation of another
capture, at another place, or far from the first day does not."""

from __future__ import annotations

import pytest

from watchfloor.extract import build_context
from watchfloor.extract.dating import date_of_event

pytestmark = pytest.mark.slow

FIRST = (
    "2019-04-S-012\nFor Immediate Release\n\nBAMAKO, Mali (April 9, 2019)\n"
    "Malian soldiers detained several suspects during an operation near Mopti yesterday. "
    "The suspects are held for questioning.\n\n"
)
LATER = "2019-04-S-020\nFor Immediate Release\n\nBAMAKO, Mali (April 12, 2019)\n"


def _first_post_date(nlp, make_document, later_sentence: str) -> str | None:
    document = make_document(FIRST + LATER + later_sentence)
    ctx = build_context(document, nlp(document.text))
    sentence = next(s for s in ctx.sentences if "several suspects" in s.text)
    tokens = [t for t in sentence.span if t.text == "detained"]
    found = date_of_event(ctx, sentence, tokens)
    return found.span.start if found is not None else None


def test_a_later_post_pointing_back_at_the_operation_gives_its_day(nlp, make_document):
    later = (
        "The army confirmed today that a bomb maker was one of the suspects detained during "
        "the operation near Mopti on April 7."
    )
    assert _first_post_date(nlp, make_document, later) == "2019-04-07"


def test_among_those_killed_points_back_too(nlp, make_document):
    later = (
        "Officials confirmed that a rebel commander was among the suspects detained in the "
        "operation near Mopti, April 7."
    )
    assert _first_post_date(nlp, make_document, later) == "2019-04-07"


def test_a_confirmed_capture_of_someone_else_keeps_the_first_day(nlp, make_document):
    later = (
        "The army confirmed the capture of a bomb maker during an operation near Mopti on April 7."
    )
    assert _first_post_date(nlp, make_document, later) == "2019-04-08"


def test_a_confirmation_at_another_town_keeps_the_first_day(nlp, make_document):
    later = (
        "The army confirmed today that a bomb maker was one of the suspects detained during "
        "an operation near Gao on April 7."
    )
    assert _first_post_date(nlp, make_document, later) == "2019-04-08"


def test_a_confirmed_day_far_from_the_first_keeps_the_first_day(nlp, make_document):
    later = (
        "The army confirmed today that a bomb maker was one of the suspects detained during "
        "the operation near Mopti on April 2."
    )
    assert _first_post_date(nlp, make_document, later) == "2019-04-08"


def test_a_later_post_without_a_confirmation_keeps_the_first_day(nlp, make_document):
    later = (
        "A bomb maker was one of the suspects detained during the operation near Mopti on April 7."
    )
    assert _first_post_date(nlp, make_document, later) == "2019-04-08"
