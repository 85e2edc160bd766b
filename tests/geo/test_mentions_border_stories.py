"""Stage 5, geo: stories about a border between two countries. A small town of a third country
is a misreading there, as it is in a story about one country; a quoted alias ('a commander
known as "Mono Tito"') is no place; a country's name the recogniser tags as a person more often
than as a place is still the country where it tags it a place; a name after "the districts of"
is a district; where a group is "based in southern Libya" is no place. Texts written for this
test."""

from __future__ import annotations

import pytest

from helpers import PLACES_TSV, place_codes
from watchfloor.extract.context import _dateline_spans
from watchfloor.geo.mentions import find_places

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built"),
]


BORDER = (
    "BEIRUT, Lebanon, March 18, 2025 — Syrian troops shelled villages around Hermel in Lebanon "
    "on Sunday, and Lebanese soldiers fired back from positions near Qusayr, in Syria's Homs "
    "province. Syria's defence ministry said the Lebanese army had shelled Syrian border posts. "
    "The Lebanese army said it had detained two men in Qasr suspected of smuggling."
)


def test_a_small_town_of_a_third_country_is_a_misreading_in_a_border_story(nlp):
    found = place_codes(nlp, BORDER)
    assert found.get("Hermel") == "LB", found
    assert found.get("Qasr") in (None, "LB", "SY"), found


def test_a_third_country_the_story_names_keeps_its_town(nlp):
    text = BORDER + " The men had earlier crossed from Mafraq in neighbouring Jordan."
    assert place_codes(nlp, text).get("Mafraq") == "JO"


def test_a_quoted_alias_is_no_place(nlp):
    text = (
        "Soldiers captured a Gulf Clan commander known as \"Mono Tito\" in a raid near Unguia, "
        "in Colombia's Choco department, on Saturday."
    )
    assert "Mono" not in place_codes(nlp, text)


def test_a_country_tagged_as_a_person_more_often_than_not_is_still_the_country(nlp):
    # the recogniser tags the first two "Mali" a person and the last one a place
    text = (
        "The attack was the deadliest since the violence spilled across the border with Mali. "
        "More than 4,000 people have been killed in attacks in Burkina Faso, Mali and Niger "
        "this year. Separately, France said its troops had killed a commander in a raid near "
        "Menaka in neighbouring Mali last week."
    )
    found = place_codes(nlp, text)
    assert (found.get("Mali"), found.get("Menaka")) == ("ML", "ML"), found


def test_a_name_after_the_districts_of_is_a_district(nlp):
    text = (
        "ISLAMABAD, Pakistan, Jan. 19, 2024 — Balochistan's provincial government put the "
        "border districts of Panjgur and Kech on high alert on Wednesday."
    )
    assert place_codes(nlp, text).get("Panjgur") == "PK"


def test_the_provinces_listed_after_of_stay_apart(nlp):
    text = "Fighting spread to the provinces of Helmand, Kandahar and Zabul, officials said."
    found = {
        text[m.start : m.end]: m.location.name for m in find_places(nlp(text), _dateline_spans(text))
    }
    assert found.get("Helmand") == "Helmand", found


def test_where_a_group_is_based_is_no_place_whatever_side(nlp):
    text = (
        "Troops clashed with fighters of the council, a rebel group based in southern Libya, "
        "north of the gold fields of Tibesti in Chad."
    )
    found = place_codes(nlp, text)
    assert "Libya" not in found and found.get("Chad") == "TD", found
