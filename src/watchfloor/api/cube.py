"""Every event's filterable columns held in memory as numpy arrays, so the overview's counts
(types, actors, countries, articles, the timeline, the map) come from a few vector operations
whatever the filters, instead of scans of 100,000 rows that the database repeats per question.

It is built from the database once per state of the data (an ingest changes the state) and
applies the store's event filter with the store's semantics: the same fields, SQLite's
case-folding (``lower`` folds A-Z only), ``LIKE`` as substring and prefix tests. A filter it
cannot reproduce exactly (free text, which searches article texts, or a ``%`` or ``_`` that
``LIKE`` would read as a wildcard) is left to the database: ``mask`` answers None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import Connection, select

from watchfloor.api.filters import Filters
from watchfloor.store.schema import RecordActorRow, RecordRow, RecordSourceRow

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NO_DATE = -1


def sql_lower(value: str | None) -> str:
    """What SQLite's lower() makes of a column value."""
    return (value or "").translate(_ASCII_LOWER)


class _Codes:
    """Values of one column as small integers, with the list of distinct values."""

    def __init__(self, values: list):
        self.values: list = []
        index: dict = {}
        codes = np.empty(len(values), dtype=np.int32)
        for i, v in enumerate(values):
            code = index.get(v)
            if code is None:
                code = index[v] = len(self.values)
                self.values.append(v)
            codes[i] = code
        self.codes = codes
        self.index = index

    def where(self, keep) -> np.ndarray:
        """Rows whose value passes ``keep``."""
        wanted = np.array([bool(keep(v)) for v in self.values], dtype=bool)
        return wanted[self.codes] if len(self.values) else np.zeros(0, dtype=bool)


@dataclass
class Place:
    country_code: str | None
    country: str | None
    admin1: str | None
    place: str | None
    lat: float | None
    lon: float | None


class FacetCube:
    def __init__(self, s: Connection):
        lat = RecordRow.data[("location", "lat")].as_float()
        lon = RecordRow.data[("location", "lon")].as_float()
        rows = s.execute(
            select(
                RecordRow.id,
                RecordRow.type,
                RecordRow.subtype,
                RecordRow.certainty,
                RecordRow.attribution,
                RecordRow.country_code,
                RecordRow.country,
                RecordRow.admin1,
                RecordRow.place,
                RecordRow.date_start,
                RecordRow.date_end,
                lat,
                lon,
            ).where(RecordRow.kind == "event")
        ).all()
        self.size = len(rows)
        columns = list(zip(*rows, strict=True)) if rows else [[] for _ in range(13)]
        ids = columns[0]
        position = {rid: i for i, rid in enumerate(ids)}
        self.type = _Codes(list(columns[1]))
        self.subtype = _Codes(list(columns[2]))
        self.certainty = _Codes(list(columns[3]))
        self.attribution = _Codes(list(columns[4]))
        self.country = _Codes(list(zip(columns[5], columns[6], strict=True)))
        self.admin1 = _Codes(list(columns[7]))
        places = list(zip(columns[5], columns[6], columns[7], columns[8], strict=True))
        self.place = _Codes(places)
        self.place_coords: dict[int, tuple] = {}
        for i, (y, x) in enumerate(zip(columns[11], columns[12], strict=True)):
            code = int(self.place.codes[i])
            if code not in self.place_coords and y is not None and x is not None:
                self.place_coords[code] = (y, x)
        self.start = np.array([_day(d) for d in columns[9]], dtype=np.int64)
        self.end = np.array([_day(d) for d in columns[10]], dtype=np.int64)
        # the first day of the week, month and year each event starts in (ordinals)
        starts = [d if d else None for d in columns[9]]
        self.bucket_start = {
            "week": np.array(
                [d.toordinal() - d.weekday() if d else _NO_DATE for d in starts], dtype=np.int64
            ),
            "month": np.array(
                [d.replace(day=1).toordinal() if d else _NO_DATE for d in starts], dtype=np.int64
            ),
            "year": np.array(
                [date(d.year, 1, 1).toordinal() if d else _NO_DATE for d in starts],
                dtype=np.int64,
            ),
        }
        self._actors(s, position)
        self._sources(s, position)

    def _actors(self, s: Connection, position: dict[str, int]) -> None:
        rows = s.execute(
            select(
                RecordActorRow.record_id,
                RecordActorRow.canonical,
                RecordActorRow.name,
                RecordActorRow.type,
            )
        ).all()
        rows = [r for r in rows if r[0] in position]
        self.actor_record = np.array([position[r[0]] for r in rows], dtype=np.int64)
        # the filter reads lower(canonical) and lower(name)
        self.actor_canonical = _Codes([sql_lower(r[1]) if r[1] else None for r in rows])
        self.actor_name = _Codes([sql_lower(r[2]) for r in rows])
        # the overview counts groups, branches and people with a name to follow, once per event
        named = {}
        for record, canonical, name, type_ in rows:
            if type_ in ("armed_group", "branch", "person") and (canonical or type_ == "person"):
                who = canonical or name
                named.setdefault((position[record], who), type_)
        pairs = list(named)
        self.named_record = np.array([p[0] for p in pairs], dtype=np.int64)
        self.named = _Codes([p[1] for p in pairs])
        self.named_type: dict[str, str] = {}
        for (_, who), type_ in named.items():
            self.named_type[who] = min(self.named_type.get(who, type_), type_)

    def _sources(self, s: Connection, position: dict[str, int]) -> None:
        rows = s.execute(select(RecordSourceRow.record_id, RecordSourceRow.doc_id)).all()
        rows = [r for r in rows if r[0] in position]
        self.source_record = np.array([position[r[0]] for r in rows], dtype=np.int64)
        self.source_doc = _Codes([r[1] for r in rows])

    # --- the filter ---------------------------------------------------------------------------

    def mask(self, f: Filters) -> np.ndarray | None:
        """Events the store's filter selects, or None when only the database can tell."""
        if f.q or any(v and ("%" in v or "_" in v) for v in (f.actor, f.admin1)):
            return None
        keep = np.ones(self.size, dtype=bool)
        for value, codes in (
            (f.type, self.type),
            (f.subtype, self.subtype),
            (f.certainty, self.certainty),
            (f.attribution, self.attribution),
        ):
            if value:
                keep &= codes.where(lambda v, value=value: v == value)
        if f.country:
            c = f.country.strip().lower()
            keep &= self.country.where(lambda v: sql_lower(v[0]) == c or sql_lower(v[1]) == c)
        if f.admin1:
            a = f.admin1.strip().lower()
            keep &= self.admin1.where(
                lambda v: v is not None and (sql_lower(v) == a or _like_prefix(v, a + " "))
            )
        if f.since:
            keep &= self.end >= f.since.toordinal()
        if f.until:
            keep &= (self.start <= f.until.toordinal()) & (self.start != _NO_DATE)
        if f.actor:
            wanted = f.actor.lower()
            hit = self.actor_canonical.where(lambda v: v is not None and wanted in v)
            hit |= self.actor_name.where(lambda v: wanted in v)
            acted = np.zeros(self.size, dtype=bool)
            acted[self.actor_record[hit]] = True
            keep &= acted
        return keep

    # --- what the overview counts -------------------------------------------------------------

    def counts(self, keep: np.ndarray, codes: _Codes) -> list[tuple]:
        n = np.bincount(codes.codes[keep], minlength=len(codes.values))
        return [(codes.values[i], int(k)) for i, k in enumerate(n) if k]

    def facets(self, keep: np.ndarray) -> list[tuple]:
        """(type, subtype, certainty, country code, country, events), as ``Reader._facets``."""
        t, st, c, co = self.type, self.subtype, self.certainty, self.country
        sizes = (len(st.values), len(c.values), len(co.values))
        combined = ((t.codes * sizes[0] + st.codes) * sizes[1] + c.codes) * sizes[2] + co.codes
        values, n = np.unique(combined[keep], return_counts=True)
        out = []
        for v, k in zip(values.tolist(), n.tolist(), strict=True):
            v, country = divmod(v, sizes[2])
            v, certainty = divmod(v, sizes[1])
            type_, subtype = divmod(v, sizes[0])
            code, name = co.values[country]
            out.append((t.values[type_], st.values[subtype], c.values[certainty], code, name, k))
        return out

    def actors(self, keep: np.ndarray, top: int) -> list[tuple[str, str, int]]:
        selected = keep[self.named_record] if len(self.named_record) else np.zeros(0, bool)
        n = np.bincount(self.named.codes[selected], minlength=len(self.named.values))
        ranked = sorted(
            ((self.named.values[i], int(k)) for i, k in enumerate(n) if k),
            key=lambda x: (-x[1], x[0]),
        )
        return [(who, self.named_type[who], k) for who, k in ranked[:top]]

    def documents(self, keep: np.ndarray) -> int:
        if not len(self.source_record):
            return 0
        return int(np.unique(self.source_doc.codes[keep[self.source_record]]).size)

    def span(self, keep: np.ndarray) -> tuple[date, date] | None:
        """First and last start day of the dated events kept."""
        starts = self.start[keep & (self.start != _NO_DATE)]
        if not starts.size:
            return None
        return date.fromordinal(int(starts.min())), date.fromordinal(int(starts.max()))

    def buckets(self, keep: np.ndarray, unit: str) -> list[tuple[date, str, int]]:
        """(first day of the week, month or year, type, events) of the dated events kept, for
        ``bucket_timeline``: a few thousand rows at most, whatever the number of events."""
        starts = self.bucket_start[unit]
        dated = keep & (starts != _NO_DATE)
        width = len(self.type.values)
        values, n = np.unique(starts[dated] * width + self.type.codes[dated], return_counts=True)
        out = []
        for v, k in zip(values.tolist(), n.tolist(), strict=True):
            day, type_ = divmod(v, width)
            out.append((date.fromordinal(day), self.type.values[type_] or "", k))
        return out

    def places(self, keep: np.ndarray, limit: int) -> list[tuple[Place, int]]:
        n = np.bincount(self.place.codes[keep], minlength=len(self.place.values))
        order = sorted((i for i, k in enumerate(n) if k), key=lambda i: -n[i])
        out = []
        for i in order[:limit]:
            coords = self.place_coords.get(i)
            if coords is None:
                continue
            code, country, admin1, place = self.place.values[i]
            out.append((Place(code, country, admin1, place, *coords), int(n[i])))
        return out


def _day(value: date | None) -> int:
    return value.toordinal() if value else _NO_DATE


def _like_prefix(value: str, prefix: str) -> bool:
    """``lower(value) LIKE 'prefix%'`` (SQLite's LIKE folds ASCII case)."""
    return sql_lower(value).startswith(prefix.translate(_ASCII_LOWER))
