"""The typed records that flow between pipeline stages, defined once.

Flow: sources -> ``RawArticle`` -> text -> ``Document`` -> nlp (spaCy ``Doc``) -> time/geo
helpers -> extract -> ``EventMention`` -> resolve -> ``Record`` -> store / export.

``Record`` and its parts mirror ``shared/spec/records.md`` field for field; ``Record.to_spec``
is the one place that turns a record into the export contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

RecordKind = Literal["event", "statistic", "statement", "entity"]
Certainty = Literal["reported", "alleged", "speculative"]
Attribution = Literal["claimed", "attributed", "suspected", "unknown"]
Precision = Literal["day", "week", "month", "year"]
LocationPrecision = Literal["point", "city", "admin1", "country", "region"]

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "attack": (
        "bombing",
        "suicide_bombing",
        "armed_assault",
        "ambush",
        "assassination",
        "kidnapping",
        "hostage_taking",
        "execution",
        "vehicle_ramming",
        "stabbing",
        "arson",
        "hijacking",
        "drone_attack",
        "rocket_attack",
        "mass_killing",
        "other",
    ),
    "military_operation": ("airstrike", "drone_strike", "raid", "offensive", "battle", "other"),
    "territorial_change": ("captured", "lost", "recaptured"),
    "media_release": ("video", "audio", "statement", "publication", "photos"),
    "pledge": ("allegiance", "renewal"),
    "leadership_change": (
        "killed",
        "captured",
        "arrested",
        "appointed",
        "announced",
        "rumoured_dead",
        "confirmed_alive",
    ),
    "arrest": ("arrest", "conviction", "detention"),
    "online_action": ("takedown", "platform_migration", "account_hijack"),
    "threat": ("call_to_attack", "official_warning"),
}
ACTOR_ROLES = ("perpetrator", "target", "victim", "speaker", "subject", "authority", "other")
ACTOR_TYPES = (
    "armed_group",
    "branch",
    "state_force",
    "government",
    "civilians",
    "person",
    "media_outlet",
    "platform",
    "other",
)
WEAPONS = (
    "explosives",
    "vehicle_bomb",
    "suicide_vest",
    "firearms",
    "knife",
    "vehicle_ramming",
    "incendiary",
    "drone",
    "rockets_artillery",
    "chemical",
    "other",
)


# --- sources -> text ---------------------------------------------------------------------------


@dataclass
class RawArticle:
    """One article as a source reader found it, before any cleaning."""

    text: str
    origin: str  # file path (plus item number) for messages; never parsed
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    fmt: str = "txt"


@dataclass
class Skipped:
    """An input that could not be read, with the reason; reported and skipped, never fatal."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Post:
    """A part of a document under its own dateline (live blogs, multi-post pages)."""

    start: int
    end: int
    published: date | None
    dateline: str | None = None


@dataclass
class Document:
    """Cleaned article text with a content-hash id; every offset in every record points here."""

    id: str
    text: str
    url: str | None
    title: str | None
    published: date | None
    source: str | None
    fmt: str
    origin: str
    posts: list[Post] = field(default_factory=list)
    # (start, end) of every date printed as a dateline: publication dates, not event dates
    dateline_dates: list[tuple[int, int]] = field(default_factory=list)
    # Its date is printed in a dateline opening the body ("KABUL, Afghanistan (Jan. 10, 2011)"):
    # a dated dispatch, whose undated events are the dispatch day's (``Settings``)
    dispatch: bool = False

    def window_days(self, usual: int, dispatch: int) -> int:
        """Days before publication an undated event of this document may lie in."""
        return dispatch if self.dispatch else usual

    def anchor_for(self, offset: int) -> date | None:
        """Publication date governing the text at ``offset``: its post's dateline, else the doc's."""
        for post in self.posts:
            if post.start <= offset < post.end and post.published:
                return post.published
        return self.published


# --- parts of records (spec) ------------------------------------------------------------------


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class FieldSpan:
    """The words that gave one field its value (for highlighting in ``show``)."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Quantity:
    # whole numbers, except a statistic printed with decimals ("1.8 tonnes", "0.7 percent")
    min: int | float | None
    max: int | float | None

    def best(self) -> int | float | None:
        return self.min if self.min is not None else self.max


@dataclass
class DateSpan:
    start: str | None
    end: str | None
    precision: Precision | None
    text: str | None


@dataclass
class Location:
    name: str | None
    admin1: str | None
    country: str | None
    country_code: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: LocationPrecision | None = None


@dataclass
class Actor:
    name: str
    canonical: str | None
    role: str
    type: str


@dataclass
class Source:
    doc_id: str
    url: str | None
    title: str | None
    published: str | None
    evidence: list[Span]
    fields: list[FieldSpan] = field(default_factory=list)


# --- extract -> resolve ---------------------------------------------------------------------


@dataclass
class EventMention:
    """One sentence's report of an event, before mentions of the same event are merged."""

    type: str
    subtype: str
    certainty: Certainty
    sentence: Span
    sentence_index: int
    paragraph_index: int
    trigger: FieldSpan
    date: DateSpan | None = None
    date_explicit: bool = False
    location: Location | None = None
    location_explicit: bool = False
    actors: list[Actor] = field(default_factory=list)
    killed: Quantity | None = None
    wounded: Quantity | None = None
    arrested: Quantity | None = None
    abducted: Quantity | None = None
    weapons: list[str] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    attribution: Attribution = "unknown"
    fields: list[FieldSpan] = field(default_factory=list)
    title: str | None = None  # media releases: the release's title
    # fields a type adds to the spec's (e.g. a release's "length", a pledge's "pledged_to");
    # merged into the record's data, first mention's value wins
    details: dict[str, Any] = field(default_factory=dict)
    # told as history ("after the assassination of senator X"), kept only when the settings ask
    # for past attacks (``Settings.keep_past_attacks``): never stored, never merged with news
    past: bool = False
    # What makes two mentions one event for types told many times over in one article (a
    # release's title or speaker, a leader's name and fate): mentions of such a type merge only
    # when their identities are equal (``resolve.IDENTIFIED_TYPES``).
    identity: str | None = None
    # The mention's counts are more people on top of those told before ("two additional
    # suspects were also detained"), not a restatement: resolve adds them up.
    counts_add: bool = False


@dataclass
class StatementMention:
    """A direct quotation with a named speaker, as one article prints it."""

    speaker: str
    quote: str
    sentences: list[Span]  # every sentence the quotation and its attribution sit in
    speaker_role: str | None = None  # "a senior fellow at the Foundation for ..."
    affiliation: str | None = None  # canonical organisation
    date: DateSpan | None = None  # when it was said, if stated
    fields: list[FieldSpan] = field(default_factory=list)  # "quote", "speaker", ...
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class StatisticMention:
    """A number one article states about the conflict, with what it counts."""

    measure: str  # normalised, lower case: "suicide bombings claimed", "fighters"
    value: Quantity
    sentence: Span
    period: DateSpan | None = None  # spec: {start, end, text}
    sentence_index: int | None = None  # which sentence of the article (its headline is one)
    place: str | None = None
    actor: str | None = None  # canonical group name
    attributed_to: str | None = None  # who states the number
    fields: list[FieldSpan] = field(default_factory=list)  # "value", "measure", "period", ...
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class EntityMention:
    """How often one document names a known group, branch or person, and under which alias."""

    canonical: str
    type: str
    alias: str
    count: int
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass
class DocumentResult:
    """Everything the pipeline made of one document, ready to be stored in one transaction."""

    document: Document
    records: list[Record]
    entities: list[EntityMention]
    # attacks told as history, kept aside when the settings ask for them (never stored)
    history: list[Record] = field(default_factory=list)
    # why the analysis of this document failed (a defect of ours, not of the input): such a
    # result is reported and never stored, so a re-run tries the document again
    failure: str | None = None


# --- records (the export contract) -------------------------------------------------------------


@dataclass
class Record:
    """A record of any kind. ``data`` holds the kind-specific fields of the spec."""

    kind: RecordKind
    id: str
    sources: list[Source]
    data: dict[str, Any]
    pipeline_version: str = ""
    config_hash: str = ""

    def to_spec(self) -> dict[str, Any]:
        """The record exactly as ``shared/spec/records.md`` lays it out (plus added fields)."""
        out: dict[str, Any] = {"kind": self.kind, "id": self.id}
        out["sources"] = [source_to_spec(s) for s in self.sources]
        out.update(self.data)
        out["pipeline"] = {"version": self.pipeline_version, "config": self.config_hash}
        return out


def source_to_spec(source: Source) -> dict[str, Any]:
    return {
        "doc_id": source.doc_id,
        "url": source.url,
        "title": source.title,
        "published": source.published,
        "evidence": [asdict(e) for e in source.evidence],
        "fields": [asdict(f) for f in source.fields],
    }


def to_plain(value: Any) -> Any:
    """Dataclasses (possibly nested) to plain JSON-able values; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    return value
