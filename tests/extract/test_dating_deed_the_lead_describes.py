"""A lead told without a day of its own takes the day the next paragraph opens with
(``extract.dating``), unless that day is of a deed the lead told only to describe someone:
"Police have arrested seven people suspected of helping three men who stabbed an officer",
then "The attackers drove a car into two guardsmen on Sunday morning, then stabbed them" dates
the stabbing, not the arrests, which keep the day they were told. Texts written for this test.
"""

from __future__ import annotations

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow


def _arrest_days(analyse, text: str) -> list[str]:
    return [r["date"]["start"] for r in records_of(analyse(text), "arrest")]


def test_arrests_of_helpers_are_not_dated_by_the_deed_of_those_they_helped(analyse):
    text = (
        "TUNIS, Sept. 9, 2020 — Tunisian police have arrested seven people suspected of helping "
        "three men who stabbed a guard officer to death near Sousse, the interior ministry said "
        "on Tuesday.\n\n"
        "The attackers drove a car into two guardsmen on patrol north of the city on Sunday "
        "morning, then got out and stabbed them, the ministry said.\n\n"
        "The seven suspects, among them relatives of the attackers, were detained in Sousse and "
        "Msaken, the ministry said."
    )
    assert _arrest_days(analyse, text) == ["2020-09-08"]


def test_arrests_told_below_the_lead_keep_the_day_told_there(analyse):
    text = (
        "TUNIS, Sept. 9, 2020 — Tunisian police have arrested seven people suspected of helping "
        "three men who stabbed a guard officer to death near Sousse, the interior ministry said "
        "on Tuesday.\n\n"
        "Officers detained the seven in dawn raids in Sousse and Msaken on Monday, the ministry "
        "said."
    )
    assert _arrest_days(analyse, text) == ["2020-09-07"]


BEIRUT_LEAD = (
    "BEIRUT, Nov. 15, 2015 — Lebanese security forces have arrested nine people, seven of them "
    "Syrians, over the twin suicide bombings that killed 43 people in Beirut's southern suburbs "
    "on Thursday, the interior minister said on Sunday."
)


def test_arrests_over_a_bombing_are_not_dated_by_the_bombing(analyse):
    """The day in the relative clause of what the arrests were "over" is the bombing's."""
    assert _arrest_days(analyse, BEIRUT_LEAD) == ["2015-11-15"]


def test_a_bombing_is_dated_by_the_relative_clause_on_its_own_noun(analyse):
    """ "the twin suicide bombings that killed 43 people ... on Thursday": the clause tells the
    bombing itself, whose words ("suicide") modify the noun it describes."""
    [attack] = records_of(analyse(BEIRUT_LEAD), "attack")
    assert attack["date"]["start"] == "2015-11-12"


def test_a_named_day_of_the_crowd_struck_dates_the_attack(analyse):
    """ "drove a truck into a crowd watching Bastille Day fireworks": the feast told of the
    gathering is the attack's day, not the day the prosecutor spoke."""
    text = (
        "NICE, France, July 22, 2016 — Five people have been charged with helping the man who "
        "drove a truck into a crowd watching Bastille Day fireworks in Nice, the Paris "
        "prosecutor said on Thursday."
    )
    [attack] = records_of(analyse(text), "attack")
    assert attack["date"]["start"] == "2016-07-14"
