"""Victims named in a list told apart from the harm word: after a participle clause ("...,
killing X, 41; Y, 17"), after the people described ("killed two local reporters, X and Y"),
after a colon ("the following guards died in the clash: X, Y"), before a reduced relative
("X and Y, kidnapped last month, were freed"), past an aside ("X, a teacher and leader of
the union, was shot"), through the real pipeline, on sentences written for these tests: each
rule with texts that must and must not give the victim."""

from __future__ import annotations

import pytest

from helpers import muc4_fillers
from watchfloor.extract.attacks import _listed_casualties

pytestmark = pytest.mark.slow


def _victims(analyse, text: str) -> set[str]:
    return muc4_fillers(analyse, text, "Victim")


def _listed(text: str) -> list[str]:
    return [text[s:e] for s, e in _listed_casualties(text)]


# --- a participle clause after a comma -------------------------------------------------------


def test_names_after_a_killing_clause_are_victims(analyse):
    text = (
        "a truck bomb went off outside the customs office at noon, killing ofelia ramirez "
        "soto, 41; teodoro vaca, 17; and policeman anibal quiroga."
    )
    victims = _victims(analyse, text)
    assert {"ofelia ramirez soto", "teodoro vaca", "anibal quiroga"} <= victims
    assert "policeman anibal quiroga" not in victims


def test_a_source_closing_a_killing_clause_is_no_victim():
    text = "a gunship strafed the hamlet, killing or wounding a dozen of them, the front said."
    assert _listed(text) == []


# --- people described, then named -----------------------------------------------------------


def test_names_after_the_people_described_are_victims(analyse):
    text = (
        "militiamen at a roadblock killed two local reporters, anselmo ibarra and rosa "
        "quintero lema, in separate shootings last night."
    )
    victims = _victims(analyse, text)
    assert {"anselmo ibarra", "rosa quintero lema"} <= victims
    assert not any("shooting" in v or "night" in v for v in victims)


def test_a_name_after_a_place_of_the_described_person_is_the_victim():
    text = "the rebels shot the mayor of the hill town, baltasar urrutia, on sunday."
    assert _listed(text) == ["baltasar urrutia"]


def test_a_sentence_going_on_after_the_people_described_names_no_victim():
    text = "the rebels killed three peasants, burned the school and fled to the hills."
    assert _listed(text) == []


# --- a list after a colon --------------------------------------------------------------------


def test_names_listed_after_a_colon_are_victims():
    text = (
        "the following guards died in the clash: captain hernan olarte ruiz, corporal "
        "silvio manco, and agent teofilo barrera."
    )
    assert _listed(text) == ["hernan olarte ruiz", "silvio manco", "teofilo barrera"]


def test_a_colon_after_a_harm_verb_introducing_no_names_gives_nothing():
    text = "the attackers killed three guards: the ministry gave no further details."
    assert _listed(text) == []


# --- a reduced relative after the names ------------------------------------------------------


def test_names_before_a_reduced_relative_of_harm_are_victims(analyse):
    text = (
        "engineer pascual ortega vidal and businessman ramiro sanz, kidnapped 9 days ago "
        "near the oil field, were freed by the rebels today."
    )
    victims = _victims(analyse, text)
    assert {"pascual ortega vidal", "ramiro sanz"} <= victims


def test_the_doers_before_an_active_harm_verb_are_no_victims():
    text = "the gunmen, led by esteban morales and tito vargas, killed two farmers in the valley."
    assert _listed(text) == []


def test_people_held_before_a_reduced_relative_of_arrest_are_no_victims():
    text = "rigoberto sosa and alvaro pinzon, arrested last week, were charged with the murder."
    assert _listed(text) == []


# --- an aside between the name and the verb --------------------------------------------------


def test_a_name_before_an_aside_of_two_descriptions_is_the_victim():
    text = (
        "police said that nestor albarran, a schoolteacher and leader of the teachers union, "
        "was shot dead by unidentified men."
    )
    assert _listed(text) == ["nestor albarran"]


def test_two_asides_in_a_row_end_the_list():
    text = "a spokesman, the minister's aide, a police source, said two drivers were wounded."
    assert _listed(text) == []
