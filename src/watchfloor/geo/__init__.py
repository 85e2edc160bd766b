"""Stage 5, geo: place names -> ``Location`` from an offline gazetteer.

First version: exact and folded-name lookup in ``data/places.tsv`` (GeoNames-derived, built by
``scripts/build_places.py``) with the article's other places as context and population as the
prior; countries always resolve (pycountry), so every event gets a country when the text names
any place.
"""

from watchfloor.geo.gazetteer import Gazetteer, Place, fold_place, gazetteer

__all__ = ["Gazetteer", "Place", "fold_place", "gazetteer"]
