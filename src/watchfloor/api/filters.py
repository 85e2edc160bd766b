"""The filters every page and every API call share, read from the URL's query string.

One set of names everywhere (``type``, ``subtype``, ``certainty``, ``attribution``, ``country``,
``admin1``, ``actor``, ``since``, ``until``, ``q``), so a filtered view can be bookmarked, sent,
and opened as a page, an API call or a download alike. Empty values count as absent: an HTML
form submits its empty fields.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import HTTPException, Query

from watchfloor.store import EventFilter

CERTAINTIES = ("reported", "alleged", "speculative")
ATTRIBUTIONS = ("claimed", "attributed", "suspected", "unknown")


@dataclass(frozen=True)
class Filters:
    type: str | None = None
    subtype: str | None = None
    certainty: str | None = None
    attribution: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None

    def event_filter(self, limit: int | None = None) -> EventFilter:
        """The store's filter (attribution is not one of its fields: the reader adds it)."""
        return EventFilter(
            type=self.type,
            subtype=self.subtype,
            actor=self.actor,
            country=self.country,
            admin1=self.admin1,
            since=self.since,
            until=self.until,
            text=self.q,
            certainty=self.certainty,
            limit=limit,
        )

    def params(self) -> dict[str, str]:
        """The filters that are set, as query parameters."""
        return {
            k: v.isoformat() if isinstance(v, date) else v
            for k, v in asdict(self).items()
            if v is not None
        }

    def query(self, **extra: object) -> str:
        """``?type=attack&...`` with ``extra`` parameters added (None drops one); '' if empty."""
        params: dict[str, object] = {**self.params(), **extra}
        kept = {k: v for k, v in params.items() if v is not None and v != ""}
        return "?" + urlencode(kept) if kept else ""

    def with_(self, **changes: object) -> Filters:
        return replace(self, **changes)

    def is_empty(self) -> bool:
        return not self.params()


FILTER_NAMES = tuple(f.name for f in fields(Filters))


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _date(value: str | None, name: str) -> date | None:
    value = _clean(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def _one_of(value: str | None, name: str, allowed: tuple[str, ...]) -> str | None:
    value = _clean(value)
    if value is not None and value not in allowed:
        raise HTTPException(422, f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def read_filters(
    type: Annotated[str | None, Query(description="Event type, e.g. attack")] = None,
    subtype: Annotated[str | None, Query(description="Event subtype, e.g. bombing")] = None,
    certainty: Annotated[str | None, Query(description="reported, alleged or speculative")] = None,
    attribution: Annotated[
        str | None, Query(description="claimed, attributed, suspected or unknown")
    ] = None,
    country: Annotated[str | None, Query(description="Country name or ISO code")] = None,
    admin1: Annotated[
        str | None, Query(description="Province, governorate or state, e.g. Helmand")
    ] = None,
    actor: Annotated[str | None, Query(description="Actor name or part of it")] = None,
    since: Annotated[str | None, Query(description="From date YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="To date YYYY-MM-DD")] = None,
    q: Annotated[str | None, Query(description="Words in the summary or the article")] = None,
) -> Filters:
    """FastAPI dependency: the shared filters of a request."""
    return Filters(
        type=_clean(type),
        subtype=_clean(subtype),
        certainty=_one_of(certainty, "certainty", CERTAINTIES),
        attribution=_one_of(attribution, "attribution", ATTRIBUTIONS),
        country=_clean(country),
        admin1=_clean(admin1),
        actor=_clean(actor),
        since=_date(since, "since"),
        until=_date(until, "until"),
        q=_clean(q),
    )
