"""A lead told without a day of its own takes the day the next paragraph opens with
(``extract.dating``), unless that day is of a deed the lead told only to describe someone:
"Police have arrested seven people suspected of helping three men who stabbed an officer",
then "The attackers drove a car into two guardsmen on Sunday morning, then stabbed them" dates
the stabbing, not the arrests, which keep the day they were told. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.extract import build_context
from watchfloor.extract.dating import date_of_event

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


@pytest.mark.parametrize(
    ("below", "day"),
    [
        # "the bombing that killed the commissioner", then "died in hospital": one deed
        (
            "The commissioner died in hospital on Saturday, hours after a bomber blew himself up "
            "beside his car.",
            "2022-03-06",
        ),
        # a day below of another kind of deed is the arrests' own
        ("The two men were picked up at a checkpoint outside the town on Saturday.", "2022-03-05"),
    ],
)
def test_the_deed_a_description_names_in_other_words_below_is_not_the_arrests(
    nlp, make_document, below, day
):
    text = (
        "NAIROBI, Kenya, March 8, 2022 — Kenyan police said on Sunday that they had arrested "
        "two men suspected of helping to plan the bombing that killed a county commissioner."
        "\n\n" + below
    )
    document = make_document(text, date(2022, 3, 8))
    ctx = build_context(document, nlp(document.text))
    lead = ctx.sentences[0]
    [token] = [t for t in lead.span if t.text == "arrested"]
    assert date_of_event(ctx, lead, [token]).span.start == day
