"""A date in a clause joined to the event's, with a subject of its own, tells what that subject
did, not the event (``extract.dating``): in "police said on Tuesday they had arrested 14
people, and the governor imposed a curfew from Wednesday" the arrests are not Wednesday's. A
date joined without a subject of its own ("arrested 14 people and charged them on Wednesday")
is still the event's clause. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 6, 5)  # a Friday


def test_date_of_a_clause_with_its_own_subject_is_not_the_arrest(analyse):
    text = (
        "In Garowe, police said on Tuesday they had arrested 14 people suspected of selling "
        "fuel to the militants, and the regional governor imposed a curfew on the market "
        "district from Wednesday."
    )
    [arrest] = records_of(analyse(text, PUBLISHED), "arrest")
    assert arrest["date"] is None or arrest["date"]["start"] != "2020-06-03"


def test_date_of_the_arrest_itself_is_kept(analyse):
    text = "Police in Garowe arrested 14 people on Wednesday, and the governor imposed a curfew."
    [arrest] = records_of(analyse(text, PUBLISHED), "arrest")
    assert arrest["date"]["start"] == "2020-06-03"


def test_date_joined_without_a_subject_stays_with_the_event(analyse):
    text = "Police in Garowe detained 14 people and questioned them on Wednesday, officials said."
    [arrest] = records_of(analyse(text, PUBLISHED), "arrest")
    assert arrest["date"]["start"] == "2020-06-03"
