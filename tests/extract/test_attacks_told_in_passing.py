"""Attacks told only in passing by whom they hurt ("condemned the murders of judge X and mayor
Y", "investigating the murder of three nurses", "two men suspected of killing councillor X")
are kept aside as history when the settings ask for it (MUC-4 templates record them); the news
records never gain them."""

from __future__ import annotations

import pytest

from helpers import attacks

pytestmark = pytest.mark.slow


def _victims(record) -> list[str]:
    return [f.text for s in record.sources for f in s.fields if f.field == "victim"]


_PLURAL_MURDERS_OF_NAMED = (
    "The bishops condemned the murders of judge Ana Ruiz Ortega and mayor Pedro Soto Villa."
)
_MURDER_OF_UNNAMED = "Detectives are still investigating the murder of three nurses."
_SUSPECTED_OF_KILLING_NAMED = (
    "Police questioned two men suspected of killing councillor Ana Ruiz Ortega."
)


_ATTACK_ON_NAMED_UNDER_AN_ARREST = (
    "two members of the gang called the hawks were arrested in quito in connection with the "
    "attack on senator marta quiroga and union leader tomas vidal."
)


@pytest.mark.parametrize(
    "text",
    [
        _PLURAL_MURDERS_OF_NAMED,
        _MURDER_OF_UNNAMED,
        _SUSPECTED_OF_KILLING_NAMED,
        _ATTACK_ON_NAMED_UNDER_AN_ARREST,
    ],
)
def test_an_attack_told_in_passing_gives_no_news_record(analyse, text):
    result = analyse(text)
    assert attacks(result, None) == []
    assert result.history == []


def test_murders_told_by_their_named_victims_are_kept_as_history(analyse_keeping_history):
    result = analyse_keeping_history(_PLURAL_MURDERS_OF_NAMED)
    assert attacks(result, None) == []
    [past] = result.history
    assert set(_victims(past)) == {"Ana Ruiz Ortega", "Pedro Soto Villa"}


def test_a_murder_of_people_unnamed_is_kept_as_history(analyse_keeping_history):
    result = analyse_keeping_history(_MURDER_OF_UNNAMED)
    assert attacks(result, None) == []
    [past] = result.history
    assert past.data["type"] == "attack"


def test_a_killing_named_under_a_suspicion_is_kept_as_history(analyse_keeping_history):
    [past] = analyse_keeping_history(_SUSPECTED_OF_KILLING_NAMED).history
    assert _victims(past) == ["Ana Ruiz Ortega"]


def test_an_attack_on_named_victims_under_an_arrest_is_kept_as_history(analyse_keeping_history):
    [past] = analyse_keeping_history(_ATTACK_ON_NAMED_UNDER_AN_ARREST).history
    assert set(_victims(past)) == {"marta quiroga", "tomas vidal"}


@pytest.mark.parametrize(
    "text",
    [
        "Detectives are still investigating the murder.",  # whom it hit is not told
        "The murder rate in the province fell sharply last year.",  # a rate, no incident
        "Three members of a gang were arrested in the capital in connection with the attack.",  # no one named
        "Police said senator Marta Quiroga was not harmed and no one was murdered.",  # negated
        # a death by accident, whoever it hit
        "The union mourned its leader Tomas Vidal, who was killed in a road accident last week.",
        # an arrest over an attack no one is named as hurt by
        "two members of the gang called the hawks were arrested in quito in connection with the "
        "attack.",
    ],
)
def test_an_incident_not_told_by_whom_it_hurt_is_not_kept(analyse_keeping_history, text):
    result = analyse_keeping_history(text)
    assert attacks(result, None) == []
    assert result.history == []
