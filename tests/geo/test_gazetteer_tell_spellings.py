"""Arabic place names that open with the word for a hill are spelt "Tall" by the gazetteer and
"Tal", "Tel" or "Tell" by reporters: each spelling reaches the same place (``geo.gazetteer``)."""

from __future__ import annotations

import pytest

from helpers import PLACES_TSV
from watchfloor.geo import gazetteer

pytestmark = pytest.mark.skipif(
    not PLACES_TSV.is_file(), reason="src/watchfloor/data/places.tsv is not built"
)


@pytest.mark.parametrize("name", ["Tal Tamr", "Tel Tamr", "Tell Tamr", "Tall Tamr"])
def test_the_hill_word_is_spelt_every_way(name):
    place = gazetteer().resolve(name)
    assert place is not None and place.country_codes == ("SY",), place


def test_a_name_that_only_starts_like_it_is_left_alone():
    place = gazetteer().resolve("Telford")
    assert place is not None and place.country_codes == ("GB",)
