"""A pledge told in an "in which" clause whose subject lists the places the pledgers come from
("in which commanders from Dagestan, Chechnya, Ingushetia and Kabardino-Balkaria swore
allegiance"), or is followed by an aside ("..., each speaking for his sector, swore"), is read
off the words when the parse scatters the clause; factions named in apposition pledge each
(``extract.pledges``). Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 6, 24)


def test_listed_places_of_the_pledgers_give_a_pledge_each(analyse):
    text = (
        "The Islamic State posted four audio recordings on Sunday, in which commanders from "
        "Dagestan, Chechnya, Ingushetia and Kabardino-Balkaria swore allegiance to its leader, "
        "Abu Bakr al-Baghdadi."
    )
    result = analyse(text, PUBLISHED)
    assert len(records_of(result, "pledge")) == 4
    assert len(records_of(result, "media_release")) == 4


def test_pledgers_with_an_aside_still_pledge(analyse):
    text = (
        "The oaths had been announced in audio recordings posted on Sunday, in which commanders "
        "from Dagestan and Chechnya, each speaking for his sector, swore allegiance to the "
        "Islamic State's leader, Abu Bakr al-Baghdadi."
    )
    assert records_of(analyse(text, PUBLISHED), "pledge")


def test_an_aside_in_lower_case_is_not_a_pledger(analyse):
    text = (
        "The group released a video on Sunday in which, according to analysts, nobody swore "
        "allegiance to anyone."
    )
    assert not records_of(analyse(text, PUBLISHED), "pledge")


@pytest.mark.parametrize(
    ("text", "pledges"),
    [
        (
            "On Wednesday, two small factions, Jaish al-Badia and Jaish al-Malahim, pledged "
            "allegiance to the new group's leader.",
            2,
        ),
        (
            "Two student groups, the Union of Students and the Youth Forum, pledged loyalty to "
            "the constitution on Monday.",
            0,
        ),
    ],
)
def test_factions_named_in_apposition_pledge(analyse, text, pledges):
    """Bodies named in apposition to "factions" are armed ones, each pledging; civil bodies
    ("student groups") are not."""
    assert len(records_of(analyse(text, PUBLISHED), "pledge")) == pledges


def test_a_counted_series_told_further_from_its_list_still_splits(analyse):
    text = (
        "The oaths were read out in three audio recordings released late on Sunday, in which "
        "commanders from Kabardino-Balkaria, Ingushetia and Dagestan, each speaking for his "
        "sector, swore allegiance to the Islamic State's leader, Abu Bakr al-Baghdadi."
    )
    result = analyse(text, PUBLISHED)
    assert len(records_of(result, "pledge")) == 3
    assert len(records_of(result, "media_release")) == 3


def test_a_list_of_another_length_than_the_count_gives_one_pledge(analyse):
    text = (
        "The oaths were read out in two audio recordings released late on Sunday, in which "
        "commanders from Kabardino-Balkaria, Ingushetia and Dagestan swore allegiance to the "
        "Islamic State's leader, Abu Bakr al-Baghdadi."
    )
    assert len(records_of(analyse(text, PUBLISHED), "pledge")) != 3


def test_a_counted_subject_with_an_aside_still_pledges(analyse):
    """ "about a dozen masked men": the count's words do not make the subject too long."""
    text = (
        "The Islamic State's branch in the North Caucasus lost its leader on Saturday. On "
        "Sunday evening, channels run by the group's supporters circulated a 12-minute video in "
        "which about a dozen masked men, said to be in the forests of southern Dagestan, renewed "
        "their oath to Abu Bakr al-Baghdadi."
    )
    [pledge] = records_of(analyse(text, PUBLISHED), "pledge")
    assert pledge["subtype"] == "renewal"
