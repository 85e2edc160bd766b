"""A call listed after a clause with a modal verb ("said the coalition would pay a heavy price,
and called on his fighters to ...") is a call made, not a plan (``extract.threats``), and a
call told "in the same speech" takes that speech's day, not a day borrowed from the sentence
before (``extract._calls_on_the_day_of_their_release``). A call that is itself modal stays a
plan. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2018, 4, 24)  # a Tuesday


def test_call_after_a_modal_clause_is_made_on_the_speech_day(analyse):
    text = (
        "A coalition air strike killed Saleh al-Sammad in Hodeidah on Thursday. In a televised "
        "speech broadcast on Monday evening, the Houthis' leader, Abdul-Malik al-Houthi, "
        "confirmed the death. Al-Houthi said in the same speech that the coalition would pay a "
        "heavy price, and called on his fighters to carry the war deeper into Saudi territory."
    )
    [call] = records_of(analyse(text, PUBLISHED), "threat")
    assert call["subtype"] == "call_to_attack"
    assert call["date"]["start"] == "2018-04-23"


def test_a_modal_call_is_no_call_made(analyse):
    text = "The spokesman said the group would attack the city and would call on followers to kill its leaders."
    assert not records_of(analyse(text, PUBLISHED), "threat")


def test_warning_that_members_of_a_network_could_strike(analyse):
    """Members of a network are who may strike: the ministry's warning is an official one."""
    text = (
        "On Tuesday the Interior Ministry ordered hospitals to account for their stocks of "
        "dangerous pathogens and warned that remaining members of the network could try to "
        "strike in Nairobi."
    )
    [warning] = records_of(analyse(text, date(2016, 5, 4)), "threat")
    assert warning["subtype"] == "official_warning"


def test_a_threat_listed_after_what_they_will_do_stays_a_threatened_attack(analyse):
    """ "announced that they will destroy power lines, and threatened to kill officials": the
    threat is of what they will do, as the modal's, a threatened attack, not a call made."""
    text = (
        "In the past few days the rebels have called for a transport stoppage, have announced "
        "that they will destroy power lines, and threatened to kill election officials."
    )
    result = analyse(text, PUBLISHED)
    assert not records_of(result, "threat")
    assert [a["certainty"] for a in records_of(result, "attack")] == ["speculative"]
