"""Stage 5, geo: which words of an article are places, and which place each one is."""

from __future__ import annotations

import pytest

from helpers import PLACES_TSV
from watchfloor.extract.context import _dateline_spans
from watchfloor.geo.mentions import article_countries, find_places

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built"),
]


def _places(nlp, text: str) -> dict[str, tuple]:
    doc = nlp(text)
    return {
        text[m.start : m.end]: (
            m.location.name,
            m.location.admin1,
            m.location.country_code,
            m.location.precision,
        )
        for m in find_places(doc, _dateline_spans(text))
        if not m.in_dateline
    }


def test_a_province_named_with_its_unit_word_is_the_province(nlp):
    found = _places(nlp, "Militants attacked a checkpoint in Ghazni province on Monday.")
    assert found["Ghazni province"][2:] == ("AF", "admin1")


def test_a_district_the_gazetteer_lacks_takes_its_province(nlp):
    found = _places(
        nlp, "Forces killed two insurgents in Dzadran district, Paktiya province, yesterday."
    )
    assert found["Dzadran district"] == found["Paktiya province"]
    assert found["Paktiya province"][1:] == ("Paktia", "AF", "admin1")


@pytest.mark.parametrize(
    ("city", "country"),
    [("Homs", "SY"), ("Hama", "SY"), ("Sanaa", "YE"), ("Goma", "CD"), ("Imphal", "IN")],
)
def test_a_city_the_model_reads_as_a_person_is_a_place(nlp, city, country):
    found = _places(nlp, f"Rebels seized {city} on Saturday.")
    assert found[city][2:] == (country, "city")


def test_a_town_is_read_inside_the_province_named_after_it(nlp):
    found = _places(nlp, "Gunmen attacked a church in Mayadeen, in Deir el-Zour province.")
    assert found["Mayadeen"][2:] == ("SY", "city")
    assert "Deir ez-Zor" in found["Mayadeen"][1]


def test_a_misspelt_province_is_the_closest_one_of_the_country(nlp):
    found = _places(
        nlp,
        "KABUL, Afghanistan (April 5, 2011) - A combined Afghan and coalition force killed "
        "several insurgents during an operation in Nawah district, Ghanzi province, yesterday.",
    )
    assert found["Ghanzi province"][1:3] == ("Ghazni", "AF")


def test_a_small_foreign_town_in_an_article_about_one_country_is_a_misreading(nlp):
    found = _places(
        nlp,
        "KABUL, Afghanistan (June 5, 2011) - In Helmand province, Afghan forces detained two "
        "insurgents in Nad 'Ali district. Another operation in Kandahar province found a cache.",
    )
    assert all(code in ("AF", None) for _, _, code, _ in found.values()), found


def test_seats_and_origins_are_not_places(nlp):
    found = _places(
        nlp,
        "The attacker, a native of Tunisia, was known to the Britain-based Syrian "
        "Observatory. Boko Haram, founded in Maiduguri, struck again.",
    )
    assert not found


def test_a_place_named_only_as_a_yardstick_is_no_place(nlp):
    found = _places(
        nlp,
        "The group once held territory the size of Belgium, an area larger than Lebanon, "
        "before troops drove it into the forest.",
    )
    assert not found


def test_names_the_recogniser_misses_are_found(nlp):
    found = _places(
        nlp,
        "Two bombs exploded outside a cathedral in the town of Jolo. Warplanes pounded "
        "Dayr az-Zawr overnight, and a truck bomb hit the consulate in Mazar-e-Sharif.",
    )
    assert found["Jolo"][2] == "PH"
    assert found["Dayr az-Zawr"][2] == "SY"
    assert found["Mazar-e-Sharif"][2] == "AF"


def test_a_state_after_a_town_picks_the_town(nlp):
    found = _places(nlp, "A gunman opened fire on a ball field in Alexandria, Virginia.")
    assert found["Alexandria"][2] == "US"


def test_a_group_s_province_capitalised_is_not_the_place_written_lower_case(nlp):
    found = _places(nlp, "Militants attacked an army checkpoint in North Sinai province.")
    assert found["North Sinai province"][2:] == ("EG", "admin1")


def test_a_country_as_a_modifier_counts_less_for_the_article(nlp):
    text = "U.S.-backed forces raided a house in Idlib."
    countries = article_countries(find_places(nlp(text), []), nlp(text))
    assert countries["SY"] > countries["US"]


def test_a_nationality_in_the_sentence_picks_the_reading_of_its_country(nlp):
    found = _places(
        nlp,
        "The video was viewed millions of times in the United States and in Alabama. Last "
        "week, British police arrested a man in Birmingham over the lectures.",
    )
    assert found["Birmingham"][2] == "GB"


def test_a_name_told_twice_is_no_evidence_for_its_own_reading(nlp):
    found = _places(
        nlp,
        "KABUL, Afghanistan (Aug. 12, 2016) - Afghan forces cleared parts of Achin and Kot "
        "districts in Nangarhar province. Troops recaptured several villages in Kot, they said.",
    )
    assert all(code in ("AF", None) for _, _, code, _ in found.values()), found


def test_a_country_named_as_a_possessor_after_a_town_is_not_its_container(nlp):
    found = _places(
        nlp,
        "He was killed in an operation near the Algerian border, west of Tessalit, France's "
        "defence minister said.",
    )
    assert found["Tessalit"][2] == "ML"


def test_a_reading_of_only_part_of_the_name_that_nothing_backs_is_dropped(nlp):
    found = _places(
        nlp, "Britain's police said the West Midlands counter-terrorism unit made the arrest."
    )
    assert all(code != "ZW" for _, _, code, _ in found.values()), found


def test_a_town_beside_a_foreign_border_keeps_the_article_s_reading(nlp):
    found = _places(
        nlp,
        "CAIRO, Oct. 29, 2014 - Egypt's army ordered families in Rafah to leave their homes "
        "along the Gaza border. Sinai has been under a state of emergency since Friday.",
    )
    assert found["Rafah"][2] == "EG"
