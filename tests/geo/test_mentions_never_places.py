"""Stage 5, geo: a month or a weekday after "in" is a date, not the town that shares its name
("in March" is no town in England, "in May" none in Gujarat), and a continent the gazetteer has
no row for is no town either ("branches in Asia" is no Philippine town). The list is
``never_places`` in ``data/geo.toml``. Texts written for this test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import PLACES_TSV, records_of
from watchfloor.extract.context import _dateline_spans
from watchfloor.geo.mentions import find_places

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built"),
]


def _place_names(nlp, text: str) -> set[str]:
    return {text[m.start : m.end] for m in find_places(nlp(text), _dateline_spans(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a hotel in March, killing 13 people, police in Mali said.",
        "Gunmen stormed a restaurant in May and killed five people.",
        "Troops killed 12 militants in Marawi in May, the army said.",
        "The group's branches in Asia released videos on Monday showing fighters pledging.",
    ],
)
def test_month_or_continent_is_no_place(nlp, text):
    assert not _place_names(nlp, text) & {"March", "May", "Asia", "Monday"}


KABUL_ARTICLE = (
    Path(__file__).resolve().parents[2]
    / "bench/gold/records_dev70/articles/kabul_ambulance_bombing_2018.txt"
)


@pytest.mark.skipif(not KABUL_ARTICLE.is_file(), reason="development set not present")
def test_a_rank_before_a_name_is_no_town(nlp):
    """ "the Marshal Fahim military academy": in the whole story the recogniser takes
    "Marshal" for a place, an alias of Marshall, Texas; a rank is never one."""
    text = KABUL_ARTICLE.read_text(encoding="utf-8")
    assert "Marshal" in text
    assert "Marshal" not in _place_names(nlp, text)


def test_event_of_a_month_placed_by_the_text(analyse):
    text = "Militants attacked a hotel in March, killing 13 people, police in Mali said."
    [attack] = records_of(analyse(text, date(2016, 1, 2)), "attack")
    assert attack["location"]["country_code"] == "ML"


def test_media_outlet_is_no_town(nlp):
    """ "As-Sahab" is al-Qaeda's media arm (``data/media.toml``), not the Jordanian town of
    Sahab, even in an article datelined in Jordan."""
    text = (
        "AMMAN, Jordan, Jan. 5, 2021 — Al-Qaeda's media arm As-Sahab released a new video on "
        "Monday, its first in months. Jordanian officials said the group's As-Sahab outlet had "
        "moved to new channels."
    )
    assert not {name for name in _place_names(nlp, text) if "Sahab" in name}


def test_district_known_only_in_a_country_the_article_never_names(nlp):
    """ "the Mansoura district" of Aden, in a story about Yemen, is not Egypt's Al Mansurah,
    the only reading the gazetteer has: a district is no large foreign city."""
    text = (
        "ADEN, Yemen, Feb. 6, 2017 — Forces in Aden said on Saturday they had detained 11 "
        "suspects in raids on houses in the Mansoura district. Officials in Yemen said the "
        "men had moved between Aden and Abyan."
    )
    found = {m.location.country_code for m in find_places(nlp(text), _dateline_spans(text))}
    assert "EG" not in found and "YE" in found


def test_district_of_the_country_told_is_kept(nlp):
    text = "Militants attacked an outpost in Saravan county of Sistan and Baluchestan province."
    names = _place_names(nlp, text)
    assert any("Saravan" in name for name in names)
