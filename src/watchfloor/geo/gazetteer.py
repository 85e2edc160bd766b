"""The place gazetteer: names looked up in an SQLite index, with the article as context.

``data/places.tsv`` is the source; the first use on a machine folds every name and alias into
an indexed SQLite file in the user cache (about ten seconds, once per version of the TSV), so
later processes open it in milliseconds instead of parsing 60,000 rows.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from watchfloor.data import data_path, load_toml
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
        admin1 = self.admin1 or (self.name if self.kind == "admin1" else None)
        return Location(
            name=printed_admin1(self.name) if self.kind == "admin1" else self.name,
            admin1=printed_admin1(admin1) if admin1 else None,
            country=country_names.get(code) if code else None,
            country_code=code,
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id,
            precision=_KIND_PRECISION.get(self.kind, "city"),
        )


def printed_admin1(name: str) -> str:
    """A first-level unit's name as records print it: "Idlib Governorate" -> "Idlib"."""
    bare = _printed_unit_suffix().sub("", name).strip()
    return bare or name


@cache
def _printed_unit_suffix() -> re.Pattern:
    words = load_toml("geo.toml").get("admin1_printed_without", [])
    return (
        re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")$")
        if words
        else re.compile(r"(?!)")
    )


def inside(place: Place, unit: Place) -> bool:
    """Whether ``place`` lies in the larger ``unit`` (a province or a country)."""
    if unit.kind == "admin1":
        return place.admin1 == unit.name and bool(
            set(place.country_codes) & set(unit.country_codes)
        )
    return bool(set(place.country_codes) & set(unit.country_codes)) and place.kind != unit.kind


_UNIT_WORDS = re.compile(
    r"\b(province|governorate|state|region|oblast|prefecture|department|wilayah?|"
    r"division|territory|municipality)\b"
)


def _bare_unit(name: str) -> str:
    """ "State of Berlin", "Province du Yagha", "Paktia Province" -> the name alone."""
    bare = _UNIT_WORDS.sub("", re.sub(r"\(.*?\)", "", fold_place(name)))
    bare = re.sub(r"^\s*(?:of|du|de la|de|des|d)\s+", "", bare.strip())
    return re.sub(r"\s+", " ", bare).strip()


# Transliterations of Arabic, Persian and Pashto names vary in a few regular ways: French "ou"
# for "u" (Fallouja), "ee" for "i" (Mayadeen), a final "-ah" or "-a" (Raqqah), "e" for "a"
# in the article (el-). The gazetteer holds the common spellings; these rules reach the rest.
_VARIANT_RULES = (
    (r"ou", "u"),
    (r"ee", "i"),
    (r"oo", "u"),
    (r"ah\b", "a"),
    (r"a\b", "ah"),
    (r"^el ", "al "),
    (r"([bcdfghjklmnpqrstvwxz])\1", r"\1"),
    # "Tal Tamr", "Tel Abyad": the word for a hill, spelt "Tall" by the gazetteer
    (r"^t[ae]ll? ", "tall "),
)


def _towns_before_their_provinces(found: list[Place]) -> list[Place]:
    """ "in Garissa", "outside Hama": with no unit word, a sizeable town beats the province
    named after it (a province is named with "province" more often than not)."""
    towns = {
        code
        for p in found
        if p.kind == "city" and p.population >= _TWIN_TOWN_POPULATION
        for code in p.country_codes
    }
    return [p for p in found if not (p.kind == "admin1" and towns & set(p.country_codes))]


_TWIN_TOWN_POPULATION = 20_000


@cache
def _transliterated() -> frozenset[str]:
    return frozenset(load_toml("geo.toml")["transliterated_countries"])


def _spelling_variants(key: str) -> list[str]:
    out = []
    for pattern, repl in _VARIANT_RULES:
        variant = re.sub(pattern, repl, key)
        if variant != key and variant not in out:
            out.append(variant)
    return out


def fold_place(name: str) -> str:
    """Lower case, no diacritics or apostrophes, hyphens as spaces: one key per spelling."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[‘’ʿʾ'`]", "", text.lower())
    text = re.sub(r"[\-\s.]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


class Gazetteer:
    def __init__(self, db_path: Path, demonyms: dict[str, str]):
        self._path = db_path
        self._pid = -1
        self._conn: sqlite3.Connection | None = None
        self.country_names: dict[str, str] = dict(
            self._db.execute("SELECT country_codes, name FROM places WHERE kind = 'country'")
        )
        self.demonyms = {fold_place(k): v for k, v in demonyms.items()}
        # the first adjective the table lists for a country names its people ("French")
        self.adjectives: dict[str, str] = {}
        for word, code in demonyms.items():
            self.adjectives.setdefault(code, word)
        self.candidates = lru_cache(maxsize=50_000)(self._candidates)
        self._unit_keys: dict[str, list[str]] = {}
        self._capitals: dict[str, Place | None] = {}

    @property
    def _db(self) -> sqlite3.Connection:
        """A connection of this process's own: SQLite handles must not cross a fork."""
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True)
            self._pid = os.getpid()
        return self._conn

    def _lookup(self, key: str) -> list[Place]:
        rows = self._db.execute(
            "SELECT p.name, p.country_codes, p.admin1, p.lat, p.lon, p.geonames_id, "
            "p.population, p.kind FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.key = ?",
            (key,),
        ).fetchall()
        return [
            Place(r[0], tuple(c for c in r[1].split("|") if c), r[2], r[3], r[4], r[5], r[6], r[7])
            for r in rows
        ]

    def _candidates(self, name: str) -> list[Place]:
        key = fold_place(name)
        found = self._lookup(key)
        if not found:
            key = _DIRECTION.sub("", key)
            found = self._lookup(key)
        if not found:
            stripped = re.sub(r"^(al|el|ad|ar|as|az|an|at|ash) ", "", key)
            if stripped != key:
                found = self._lookup(stripped)
        for variant in () if found else _spelling_variants(key):
            found = [p for p in self._lookup(variant) if set(p.country_codes) & _transliterated()]
            if found:
                break
        return found

    def resolve(
        self,
        name: str,
        context: Counter | None = None,
        within: Place | None = None,
        designation: str | None = None,
        local: Counter | None = None,
    ) -> Place | None:
        """Best reading of ``name``.

        ``within`` is the larger unit the text puts it in ("Andar district, Ghazni province"):
        readings inside it win. ``designation`` is ``admin1`` after "province"/"state" words
        and ``district`` after "district"/"village" words. Then a country the article is about
        beats population.
        """
        found = self.candidates(name)
        if designation == "admin1":
            found = self._admin1_readings(name, found)
        elif designation == "district":
            found = [p for p in found if p.kind == "city"] or found
        else:
            found = _towns_before_their_provinces(found)
        if not found:
            return None
        context = context or Counter()
        local = local or Counter()
        folded = fold_place(name)

        def score(p: Place) -> tuple:
            in_context = max((context.get(c, 0) for c in p.country_codes), default=0)
            exact = fold_place(p.name) == folded
            return (
                within is not None and inside(p, within),
                _KIND_RANK[p.kind] == 3 and exact,
                # the sentence's own nationalities and places first ("British police ... in
                # Birmingham"), then the article's
                any(local.get(c, 0) > 0 for c in p.country_codes),
                in_context > 0,
                in_context,
                # "Khorasan" the region, not Horasan, Turkey (regions have no population); a
                # province and a town of one name are weighed by population (Manchester)
                p.kind == "region" and exact,
                p.population,
                _KIND_RANK[p.kind],
            )

        return max(found, key=score)

    def _admin1_readings(self, name: str, found: list[Place]) -> list[Place]:
        """ "Ghazni province" is the unit whose capital is Ghazni: the unit's row is named
        "Ghazni Province" when the city took the bare name. A region named so ("the Kurdistan
        region": Iraq's Kurdistan Region) is read beside the provinces of that name, and the
        article's country decides."""
        units = [p for p in found if p.kind == "admin1"]
        named_region = fold_place(name + " region")
        units += [p for p in found if p.kind == "region" and fold_place(p.name) == named_region]
        if units:
            return units
        for suffix in (" province", " governorate", " state", " region", " department"):
            units = [p for p in self.candidates(name + suffix) if p.kind == "admin1"]
            if units:
                return units
        # no unit of that name: the city's own province is the best reading
        return [
            unit
            for p in found
            if p.kind == "city" and p.admin1
            for unit in self.candidates(p.admin1)
            if unit.kind == "admin1" and set(unit.country_codes) & set(p.country_codes)
        ] or found

    def closest_admin1(self, name: str, country_code: str) -> Place | None:
        """The first-level unit of a country whose name is closest to a misspelt one
        ("Ghanzi" -> Ghazni), if one is close enough."""
        keys = {_bare_unit(key): key for key in self._admin1_keys(country_code)}
        close = difflib.get_close_matches(_bare_unit(name), list(keys), n=1, cutoff=0.8)
        if not close:
            return None
        return next((p for p in self._lookup(keys[close[0]]) if p.kind == "admin1"), None)

    def capital(self, country_code: str) -> Place | None:
        """The country's capital: the town at the coordinates its country row stands at."""
        if country_code not in self._capitals:
            row = self._db.execute(
                "SELECT lat, lon FROM places WHERE kind = 'country' AND country_codes = ?",
                (country_code,),
            ).fetchone()
            found = None
            if row and row[0] is not None:
                near = self._db.execute(
                    "SELECT name, country_codes, admin1, lat, lon, geonames_id, population, kind "
                    "FROM places WHERE kind = 'city' AND country_codes = ? "
                    "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) LIMIT 1",
                    (country_code, row[0], row[0], row[1], row[1]),
                ).fetchone()
                if near and abs(near[3] - row[0]) + abs(near[4] - row[1]) < 0.05:
                    found = Place(near[0], (near[1],), *near[2:])
            self._capitals[country_code] = found
        return self._capitals[country_code]

    def _admin1_keys(self, country_code: str) -> list[str]:
        if country_code not in self._unit_keys:
            rows = self._db.execute(
                "SELECT DISTINCT key FROM names WHERE place_id IN (SELECT id FROM places "
                "WHERE kind = 'admin1' AND country_codes = ?) ORDER BY key",
                (country_code,),
            )
            self._unit_keys[country_code] = [key for (key,) in rows]
        return self._unit_keys[country_code]

    def same_admin1(self, a: str | None, b: str | None, country_code: str | None = None) -> bool:
        """Whether two spellings name one first-level unit ("Paktya" and "Paktia Province")."""
        if not a or not b:
            return False
        if _bare_unit(a) == _bare_unit(b):
            return True
        # "North Lebanon" and "North": a unit named after its country
        country = fold_place(self.country_names.get(country_code or "", "")) or None
        if (
            country
            and _bare_unit(a).replace(country, "").strip()
            == _bare_unit(b).replace(country, "").strip()
        ):
            return True
        units_a = self._units(a, country_code)
        return bool(units_a) and bool(units_a & self._units(b, country_code))

    def _units(self, name: str, country_code: str | None) -> set[tuple]:
        readings = self._admin1_readings(name, self.candidates(name))
        return {
            (p.name, p.country_codes)
            for p in readings
            if p.kind == "admin1" and (country_code is None or country_code in p.country_codes)
        }

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(fold_place(word))

    def country_adjective(self, name: str) -> str | None:
        """ "French" for "France": the adjective of the country a name reads alone as."""
        place = self.resolve(name, Counter())
        if place is None or place.kind != "country" or place.country_code is None:
            return None
        return self.adjectives.get(place.country_code)

    def location(self, place: Place) -> Location:
        return place.to_location(self.country_names)


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(ensure_index(), _read_demonyms())


_INDEX_LAYOUT = b"2: names(key), names(place_id)\n"


def ensure_index(cache_dir: Path | None = None) -> Path:
    """Path of the SQLite index for the shipped TSV, building it first if needed."""
    source = data_path("places.tsv")
    raw = source.read_bytes() if source.is_file() else b""
    # the index's layout is part of its name: a new layout builds a new file
    digest = hashlib.sha256(_INDEX_LAYOUT + raw).hexdigest()[:16]
    folder = cache_dir or _cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"places-{digest}.sqlite"
    if target.exists():
        return target
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    os.close(fd)
    _build_index(Path(tmp), raw)
    os.replace(tmp, target)  # atomic: concurrent builders each write their own, one wins
    return target


def _cache_dir() -> Path:
    base = os.environ.get("WATCHFLOOR_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "watchfloor" if base else Path.home() / ".cache" / "watchfloor"


def _build_index(path: Path, raw: bytes) -> None:
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country_codes TEXT, "
        "admin1 TEXT, lat REAL, lon REAL, geonames_id INTEGER, population INTEGER, kind TEXT);"
        "CREATE TABLE names (key TEXT, place_id INTEGER);"
    )
    rows = list(_read_places(raw.decode("utf-8"))) if raw else []
    if not any(p.kind == "country" for p, _ in rows):
        rows.extend(_pycountry_places())
    names = []
    for pid, (place, aliases) in enumerate(rows, start=1):
        db.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
            (
                pid,
                place.name,
                "|".join(place.country_codes),
                place.admin1,
                place.lat,
                place.lon,
                place.geonames_id,
                place.population,
                place.kind,
            ),
        )
        names.extend((key, pid) for key in {fold_place(a) for a in (place.name, *aliases)})
    db.executemany("INSERT INTO names VALUES (?,?)", names)
    db.execute("CREATE INDEX ix_names_key ON names(key)")
    db.execute("CREATE INDEX ix_names_place ON names(place_id)")
    db.commit()
    db.close()


def _read_places(text: str):
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
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
