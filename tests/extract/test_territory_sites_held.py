"""Sites whose control changed hands (``extract.territory``):

- a police station taken over by an armed group ("gangs took over the police station in
  Cabaret") is ground taken, placed where the station is, even where the gazetteer lacks the
  name; a station only stormed ("militants overran a police station") is an attack;
- "took control of a hilltop camp above X" with the "of" hung on the verb by the parse still
  takes the camp, at X.

Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 5)  # a Tuesday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


def test_a_police_station_taken_over_by_gangs_is_ground_taken(analyse):
    text = (
        "Gangs in Haiti have tightened their hold on the capital. On Sunday, gangs also took "
        "over the police station in Arcahaie, north of Port-au-Prince, after its officers fled."
    )
    [change] = _changes(analyse, text)
    assert change["location"]["name"] == "Arcahaie"
    assert change["location"]["country"] == "Haiti"


def test_a_police_station_only_overrun_is_no_change_of_hands(analyse):
    text = "Militants overran a police station in Dera Ismail Khan on Monday, killing four officers."
    assert _changes(analyse, text) == []


def test_control_of_a_camp_with_its_of_on_the_verb(analyse):
    text = (
        "On Monday morning, troops took control of a hilltop camp above Inabanga where the "
        "remaining gunmen had been hiding, finding food, the army said."
    )
    [change] = _changes(analyse, text)
    assert change["location"]["name"] == "Inabanga"
