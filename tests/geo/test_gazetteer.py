"""Stage 5, geo: countries always resolve; a place that several countries share is read in the
light of the country the article is about."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers import PLACES_TSV
from watchfloor.geo import fold_place, gazetteer
from watchfloor.geo.gazetteer import printed_admin1

needs_places = pytest.mark.skipif(
    not PLACES_TSV.is_file(), reason="src/watchfloor/data/places.tsv is not built"
)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Iraq", "IQ"),
        ("Syria", "SY"),
        ("Afghanistan", "AF"),
        ("Nigeria", "NG"),
        ("Niger", "NE"),
        ("Mali", "ML"),
        ("Somalia", "SO"),
        ("Mozambique", "MZ"),
        ("Pakistan", "PK"),
        ("Philippines", "PH"),
        ("the Philippines", "PH"),
        ("Burkina Faso", "BF"),
        ("Egypt", "EG"),
        ("Yemen", "YE"),
        ("France", "FR"),
        ("Russia", "RU"),
        ("Iran", "IR"),
        ("India", "IN"),
        ("Russian Federation", "RU"),
        ("South Sudan", "SS"),
        ("Sudan", "SD"),
    ],
)
def test_countries_resolve(name, code):
    place = gazetteer().resolve(name)
    assert place is not None, name
    assert place.kind == "country"
    assert place.country_code == code
    loc = gazetteer().location(place)
    assert loc.country_code == code
    assert loc.precision == "country"
    assert loc.country  # a display name for the code


def test_country_names_table_covers_resolved_countries():
    gaz = gazetteer()
    for name in ("Iraq", "Kenya", "Chad"):
        code = gaz.resolve(name).country_code
        assert gaz.country_names[code]


def test_unknown_name_is_none():
    assert gazetteer().resolve("Qwxyzabad Flats") is None
    assert gazetteer().candidates("Qwxyzabad Flats") == []


def test_direction_words_are_stripped():
    gaz = gazetteer()
    for name in ("northern Iraq", "eastern Syria", "North-West Pakistan"):
        place = gaz.resolve(name)
        assert place is not None, name
    assert gaz.resolve("northern Iraq").country_code == "IQ"
    assert gaz.resolve("eastern Syria").country_code == "SY"


def test_fold_place():
    assert fold_place("Al-Mayadeen") == "al mayadeen"
    assert fold_place("Côte d'Ivoire") == fold_place("cote divoire")
    assert fold_place("The Gambia") == "gambia"
    assert fold_place("Saint-Étienne-du-Rouvray") == "saint etienne du rouvray"


def test_demonyms_are_a_country_hint():
    gaz = gazetteer()
    assert gaz.demonym_country("Iraqi") == "IQ"
    assert gaz.demonym_country("Malian") == "ML"
    assert gaz.demonym_country("Martian") is None


@needs_places
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Mosul", "IQ"),
        ("Kabul", "AF"),
        ("Mayadeen", "SY"),
        ("Al-Mayadeen", "SY"),
        ("Nineveh", "IQ"),
        ("Mogadishu", "SO"),
        ("Maiduguri", "NG"),
    ],
)
def test_places_in_the_gazetteer(name, code):
    place = gazetteer().resolve(name)
    assert place is not None, name
    assert place.country_code == code
    assert place.kind in ("city", "admin1")
    loc = gazetteer().location(place)
    assert loc.precision in ("city", "admin1")
    assert loc.country_code == code


@needs_places
def test_admin1_resolves_with_its_own_name_as_admin1():
    place = gazetteer().resolve("Nineveh")
    loc = gazetteer().location(place)
    assert loc.admin1


def _ambiguous(min_countries: int = 2):
    """Names the gazetteer holds in several countries, with their countries."""
    gaz = gazetteer()
    found = {}
    for name in ("Palma", "Tripoli", "Hyderabad", "Alexandria", "Birmingham", "Sinjar"):
        codes = {c for p in gaz.candidates(name) for c in p.country_codes}
        if len(codes) >= min_countries:
            found[name] = sorted(codes)
    return found


@needs_places
def test_context_country_decides_between_namesakes():
    gaz = gazetteer()
    ambiguous = _ambiguous()
    assert ambiguous, "no ambiguous names in the gazetteer to test with"
    for name, codes in ambiguous.items():
        for code in codes:
            place = gaz.resolve(name, Counter({code: 3}))
            assert place is not None
            assert code in place.country_codes, (name, code, place)


@needs_places
def test_palma_depends_on_the_article_country():
    gaz = gazetteer()
    if len({c for p in gaz.candidates("Palma") for c in p.country_codes}) < 2:
        pytest.skip("Palma is not ambiguous in this gazetteer")
    assert gaz.resolve("Palma", Counter({"MZ": 2})).country_code == "MZ"
    assert gaz.resolve("Palma", Counter({"ES": 2})).country_code == "ES"


@needs_places
def test_country_name_beats_a_namesake_city():
    """A country's exact name is the country even when a town of that name is in context."""
    gaz = gazetteer()
    place = gaz.resolve("Niger", Counter({"NG": 5}))
    assert place.kind == "country" and place.country_code == "NE"


@needs_places
@pytest.mark.parametrize(
    ("spelling", "code"),
    [("Fallouja", "IQ"), ("Raqqah", "SY"), ("Mayadeen", "SY"), ("Kobane", "SY")],
)
def test_transliterations_reach_one_entry(spelling, code):
    assert gazetteer().resolve(spelling).country_code == code


@needs_places
@pytest.mark.parametrize(
    ("a", "b", "code", "same"),
    [
        ("Paktya", "Paktia Province", "AF", True),
        ("Berlin", "State of Berlin", "DE", True),
        ("North", "North Lebanon", "LB", True),
        ("Nineveh", "Ninawa", "IQ", True),
        ("Helmand", "Kandahar Province", "AF", False),
        (None, "Helmand", "AF", False),
    ],
)
def test_admin1_spellings_compared(a, b, code, same):
    assert gazetteer().same_admin1(a, b, code) is same


@needs_places
def test_a_misspelt_province_finds_the_closest_unit():
    assert gazetteer().closest_admin1("Ghanzi", "AF").name == "Ghazni Province"
    assert gazetteer().closest_admin1("Xyzzyq", "AF") is None


@needs_places
def test_a_sizeable_town_beats_the_province_named_after_it():
    assert gazetteer().resolve("Garissa").kind == "city"
    assert gazetteer().resolve("Garissa", designation="admin1").kind == "admin1"


@needs_places
@pytest.mark.parametrize("name", ["Red Sea", "Gulf of Aden", "Bab el-Mandeb", "Strait of Hormuz"])
def test_seas_are_regions_of_no_one_country(name):
    place = gazetteer().resolve(name)
    assert place is not None and place.kind == "region", name
    assert gazetteer().location(place).country_code is None


@needs_places
def test_provinces_named_after_a_sea_keep_their_country():
    assert gazetteer().resolve("Red Sea State").country_code == "SD"
    assert gazetteer().resolve("Southern Red Sea").country_code == "ER"


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Idlib Governorate", "Idlib"),
        ("Menaka Region", "Menaka"),
        ("Mandera County", "Mandera"),
        ("Kano State", "Kano State"),  # "State" stays: the news writes both
        ("Borno", "Borno"),
        ("Region", "Region"),  # never an empty name
    ],
)
def test_a_first_level_unit_is_printed_without_its_unit_word(name, printed):
    assert printed_admin1(name) == printed


def test_a_located_province_is_printed_bare():
    place = gazetteer().resolve("Ghazni Province", Counter({"AF": 1}))
    location = gazetteer().location(place)
    assert (location.name, location.admin1) == ("Ghazni", "Ghazni")


@needs_places
def test_a_region_named_so_is_read_beside_the_province_of_that_name():
    # "the Kurdistan region": Iraq's region in a story about Iraq, Iran's province in one
    # about Iran
    in_iraq = gazetteer().resolve("Kurdistan", Counter({"IQ": 3}), designation="admin1")
    in_iran = gazetteer().resolve("Kurdistan", Counter({"IR": 3}), designation="admin1")
    assert (in_iraq.name, in_iraq.country_codes) == ("Kurdistan Region", ("IQ",))
    assert in_iran.country_codes == ("IR",)
