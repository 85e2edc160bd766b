"""Arrests told again by a definite noun, and arrests recalled by a month long gone:

- "the arrest", "his arrest", "after the arrest" after an arrest a sentence has already told
  (and dated) points back to it: no second record, whatever place or day its own sentence
  names; "the arrest of two aides" names new people and stays;
- an arrest dated by a month alone that ended months before the story ("was arrested in
  January" in a May story) is recalled in passing; "last month" stays.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 5, 8)  # a Friday


def _arrests(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Spanish police arrested three men wanted in Ecuador in Marbella on Thursday. Officers "
        "in Quito said a deputy had taken over the gang's cells in Guayas after the arrest.",
        "Federal agents detained a weapons dealer in Tijuana on Wednesday. The arrest comes a "
        "week after troops seized a drug laboratory in the hills above Culiacan.",
        "Police in Mombasa arrested a preacher on Tuesday. His arrest was welcomed by "
        "officials in Nairobi, who had accused him of recruiting for the group.",
    ],
)
def test_an_arrest_noun_pointing_back_is_no_second_record(analyse, text):
    assert len(_arrests(analyse, text)) == 1


def test_an_arrest_noun_naming_new_people_stays(analyse):
    text = (
        "Police detained a cleric in Kano on Monday. The arrest of two of his aides in Zaria "
        "on Wednesday widened the inquiry."
    )
    assert len(_arrests(analyse, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The cartel has grown quickly since 2010. The boss's son, known as El Chavo, was "
        "arrested in January.",
        "A second suspect was detained in February in Lagos and charged with financing the "
        "cell, prosecutors said.",
        "The group's treasurer was captured by police in December, officials recalled.",
    ],
)
def test_an_arrest_dated_by_a_month_long_gone_is_no_record(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a second suspect in Lagos last month, prosecutors said.",
        "Police arrested a second suspect in Lagos on Tuesday, prosecutors said.",
    ],
)
def test_an_arrest_of_last_month_or_a_day_stays(analyse, text):
    assert len(_arrests(analyse, text)) == 1
