"""A movement under the name of its day: the Nusra Front and Jabhat Fateh al-Sham are their own
canonical names (as reporting of their years names them), and their leaders are Hayat Tahrir
al-Sham's (``nlp.lexicon``, ``extract.leaders``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.nlp.lexicon import group_lexicon


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Jabhat al-Nusra", "Nusra Front"),
        ("al-Nusra Front", "Nusra Front"),
        ("Jabhat Fateh al-Sham", "Jabhat Fateh al-Sham"),
        ("HTS", "Hayat Tahrir al-Sham"),
        ("Turkestan Islamic Party", "Turkistan Islamic Party"),
        ("RSF", "Rapid Support Forces"),
        ("SPLA-IO", "SPLM-IO"),
    ],
)
def test_each_name_of_its_day(alias, canonical):
    assert group_lexicon().canonical(alias) == canonical


def test_former_names_are_one_movement():
    lexicon = group_lexicon()
    assert lexicon.same_movement("Hayat Tahrir al-Sham", "Nusra Front")
    assert lexicon.same_movement("Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")
    assert not lexicon.same_movement("Nusra Front", "Islamic State")


def _actors(analyse, text: str, event_type: str) -> list[tuple[str, str | None]]:
    [record] = records_of(analyse(text, date(2013, 4, 12)), event_type)
    return [(a["role"], a["canonical"]) for a in record["actors"]]


def test_the_nusra_fronts_leader_killed_is_of_the_nusra_front(analyse):
    text = "Abu Mohammed al-Golani, the leader of the Nusra Front, was killed in an air strike."
    actors = _actors(analyse, text, "leadership_change")
    assert ("subject", "Abu Mohammed al-Jolani") in actors
    assert ("other", "Nusra Front") in actors


def test_the_nusra_fronts_leader_renews_its_pledge(analyse):
    text = (
        "The leader of the Nusra Front, Abu Mohammed al-Golani, said on Wednesday that he was "
        "renewing his pledge of allegiance to Ayman al-Zawahiri."
    )
    assert ("perpetrator", "Nusra Front") in _actors(analyse, text, "pledge")
