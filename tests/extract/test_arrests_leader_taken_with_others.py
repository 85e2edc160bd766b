"""A named leader taken with others on the same word ("captured X, a commander of Boko Haram,
and four of his guards") is one leadership change that counts everyone taken in its
``arrested``, as the development keys code it; no arrest record tells it again
(``extract``). Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        (
            "Soldiers captured Ibrahim Musa Tanko, a commander of Boko Haram, and four of his "
            "guards in Gwoza on Monday, the army said.",
            5,
        ),
        (
            "Police arrested Abu Bakar Ali, the leader of Jemaah Islamiyah, and five other men "
            "near Bogor on Monday night.",
            6,
        ),
    ],
)
def test_a_leader_taken_with_others_is_one_record_counting_all(analyse, text, taken):
    result = analyse(text, PUBLISHED)
    [change] = records_of(result, "leadership_change")
    assert change["arrested"]["min"] == taken
    assert records_of(result, "arrest") == []


def test_others_taken_on_another_word_stay_an_arrest(analyse):
    text = (
        "Soldiers captured Ibrahim Musa Tanko, a commander of Boko Haram, in Gwoza on Monday. "
        "Police in Maiduguri detained three suspected couriers on Wednesday."
    )
    result = analyse(text, PUBLISHED)
    assert len(records_of(result, "leadership_change")) == 1
    assert len(records_of(result, "arrest")) == 1


def test_a_raid_the_parse_hangs_on_the_people_taken_is_the_arresting_force_s(analyse):
    """ "arrested X, the leader of Y, and five other men in a raid": the parse may hang the raid
    on "men"; it is still the police's raid, no attack by the group named in the sentence."""
    text = (
        "Police arrested Abu Bakar Ali, the leader of Jemaah Islamiyah, and five other men in a "
        "raid on a house near Bogor on Monday night."
    )
    assert records_of(analyse(text, PUBLISHED), "attack") == []
