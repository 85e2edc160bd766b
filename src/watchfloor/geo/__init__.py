"""Stage 5, geo: place names -> ``Location`` from an offline gazetteer.

``gazetteer`` opens ``data/places.tsv`` (GeoNames-derived, built by ``scripts/build_places.py``)
as an indexed SQLite file and reads one name in the light of the article; ``mentions`` finds
the article's place names and resolves each one (unit words, the larger unit named after it, the
countries the article names, population). Which place is where an event happened is decided
later, by the extractors (``extract.placing``).
"""

from watchfloor.geo.gazetteer import Gazetteer, Place, fold_place, gazetteer

__all__ = ["Gazetteer", "Place", "fold_place", "gazetteer"]
