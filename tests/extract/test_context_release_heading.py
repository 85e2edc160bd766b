"""The lead of a post (``DocContext.lead_of_post``) below a release's heading: the release
number, "For Immediate Release" and a dateline on a line of its own stand above the story."""

from __future__ import annotations

import pytest

from watchfloor.extract import build_context

pytestmark = pytest.mark.slow


def _lead(nlp, make_document, text: str, marker: str) -> str:
    document = make_document(text, None)
    ctx = build_context(document, nlp(document.text))
    sentence = next(s for s in ctx.sentences if marker in s.text)
    return ctx.lead_of_post(sentence).text


def test_the_lead_opens_below_a_dateline_on_its_own_line(nlp, make_document):
    text = (
        "2016-03-S-044\nFor Immediate Release\n\nNIAMEY, Niger (March 3, 2016)\n"
        "Soldiers seized a truck of weapons near Diffa today.\nThe driver fled on foot."
    )
    assert _lead(nlp, make_document, text, "driver").startswith("Soldiers seized")


def test_each_release_of_a_feed_has_its_own_lead(nlp, make_document):
    text = (
        "2016-03-S-044\nFor Immediate Release\n\nNIAMEY, Niger (March 3, 2016)\n"
        "Soldiers seized a truck of weapons near Diffa today.\nThe driver fled on foot.\n\n"
        "2016-03-S-051\nFor Immediate Release\n\nNIAMEY, Niger (March 6, 2016)\n"
        "Police arrested two smugglers in Agadez yesterday.\nBoth are held in Niamey."
    )
    assert _lead(nlp, make_document, text, "Both are held").startswith("Police arrested")
    assert _lead(nlp, make_document, text, "driver").startswith("Soldiers seized")


def test_a_dateline_that_opens_the_lead_keeps_it_the_lead(nlp, make_document):
    text = (
        "NIAMEY, Niger (March 3, 2016) - Soldiers seized a truck of weapons near Diffa "
        "today.\nThe driver fled on foot."
    )
    assert _lead(nlp, make_document, text, "driver").startswith("NIAMEY, Niger")


def test_a_story_without_a_dateline_keeps_its_first_sentence(nlp, make_document):
    text = (
        "Weapons truck seized near Diffa\n\nSoldiers seized a truck of weapons near Diffa on "
        "Thursday.\nThe driver fled on foot."
    )
    assert _lead(nlp, make_document, text, "driver").startswith("Soldiers seized")


def test_a_full_sentence_above_the_dateline_is_no_heading(nlp, make_document):
    text = (
        "Sahel updates\n\nThis page gathers our dispatches from the region.\n\n"
        "NIAMEY, Niger (March 3, 2016)\nSoldiers seized a truck of weapons near Diffa today.\n"
        "The driver fled on foot."
    )
    assert _lead(nlp, make_document, text, "driver").startswith("This page gathers")
