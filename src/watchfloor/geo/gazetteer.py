"""The place gazetteer: load once per process, look names up with context."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from watchfloor.data import data_path
from watchfloor.models import Location

_DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north ?east(?:ern)?|north ?west(?:ern)?|south ?east(?:ern)?|south ?west(?:ern)?|"
    r"upper|lower|greater|rural|downtown|outer|inner) )+"
)
_KIND_PRECISION = {"country": "country", "admin1": "admin1", "city": "city", "region": "region"}
_KIND_RANK = {"country": 3, "admin1": 2, "region": 1, "city": 0}


@dataclass(frozen=True)
class Place:
    name: str
    country_codes: tuple[str, ...]
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    kind: str

    @property
    def country_code(self) -> str | None:
        return self.country_codes[0] if len(self.country_codes) == 1 else None

    def to_location(self, country_names: dict[str, str]) -> Location:
        code = self.country_code
        return Location(
            name=self.name,
            admin1=self.admin1 or (self.name if self.kind == "admin1" else None),
            country=country_names.get(code) if code else None,
            country_code=code,
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id,
            precision=_KIND_PRECISION.get(self.kind, "city"),
        )


def fold_place(name: str) -> str:
    """Lower case, no diacritics or apostrophes, hyphens as spaces: one key per spelling."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[‘’ʿʾ'`]", "", text.lower())
    text = re.sub(r"[\-\s.]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


class Gazetteer:
    def __init__(self, places: list[tuple[Place, list[str]]], demonyms: dict[str, str]):
        self._index: dict[str, list[Place]] = {}
        self.country_names: dict[str, str] = {}
        for place, aliases in places:
            if place.kind == "country" and place.country_code:
                self.country_names.setdefault(place.country_code, place.name)
            for alias in {place.name, *aliases}:
                self._index.setdefault(fold_place(alias), []).append(place)
        self.demonyms = {fold_place(k): v for k, v in demonyms.items()}

    def candidates(self, name: str) -> list[Place]:
        key = fold_place(name)
        key = _DIRECTION.sub("", key) if key not in self._index else key
        found = self._index.get(key)
        if not found:
            stripped = re.sub(r"^(al|el|ad|ar|as|az|an|at|ash) ", "", key)
            found = self._index.get(stripped) or []
        return found

    def resolve(self, name: str, context: Counter | None = None) -> Place | None:
        """Best reading of ``name``: a country the article is about beats population."""
        found = self.candidates(name)
        if not found:
            return None
        context = context or Counter()

        def score(p: Place) -> tuple:
            in_context = max((context.get(c, 0) for c in p.country_codes), default=0)
            exact = fold_place(p.name) == fold_place(name)
            return (
                _KIND_RANK[p.kind] == 3 and exact,
                in_context > 0,
                in_context,
                _KIND_RANK[p.kind] >= 2 and exact,
                p.population,
                _KIND_RANK[p.kind],
            )

        return max(found, key=score)

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(fold_place(word))

    def location(self, place: Place) -> Location:
        return place.to_location(self.country_names)


@cache
def gazetteer() -> Gazetteer:
    places = list(_read_places())
    if not any(p.kind == "country" for p, _ in places):
        places.extend(_pycountry_places())
    return Gazetteer(places, _read_demonyms())


def _read_places():
    path = data_path("places.tsv")
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield _place_from_row(row), [a for a in (row.get("aliases") or "").split("|") if a]


def _place_from_row(row: dict) -> Place:
    def num(value, kind=float):
        try:
            return kind(value) if value not in (None, "") else None
        except ValueError:
            return None

    return Place(
        name=row["name"],
        country_codes=tuple(c for c in (row.get("country_code") or "").split("|") if c),
        admin1=row.get("admin1") or None,
        lat=num(row.get("lat")),
        lon=num(row.get("lon")),
        geonames_id=num(row.get("geonames_id"), int),
        population=num(row.get("population"), int) or 0,
        kind=row.get("kind") or "city",
    )


def _pycountry_places():
    import pycountry

    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        aliases = [country.name, getattr(country, "official_name", "") or ""]
        yield (
            Place(name, (country.alpha_2,), None, None, None, None, 0, "country"),
            [a for a in aliases if a],
        )


def _read_demonyms() -> dict[str, str]:
    lines = data_path("demonyms.tsv").read_text(encoding="utf-8").splitlines()
    pairs = (ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#"))
    return {p[0]: p[1] for p in pairs if len(p) == 2}
