"""Score the place stage: ``watchfloor eval places FILE``, and ISAF releases' provinces.

A case is one JSON line (see ``bench/cases/README.md``): ``text``, ``event`` (words of the text,
first occurrence, naming the event whose place is asked), ``expected`` (``{name, country_code,
admin1, lat, lon, precision}``, or null when the text gives the event no place: only a dateline,
a seat, a nationality...) and ``form`` (a label to group the figures by).

The event's place is chosen as the pipeline chooses it (``extract.placing``: its clause, else its
paragraph), else the article's country stands in, as in a stored record. Scored:

- ``country``: the country code is the expected one (cases with an expected place);
- ``admin1``: the first-level unit is the expected one, spellings compared through the
  gazetteer ("Nineveh" = "Ninawa"; cases whose expected place has an admin1);
- ``within_25km``: the predicted point is within 25 km of the expected one (cases whose expected
  place is a town, with coordinates); a province- or country-level answer has no point and
  counts as wrong;
- ``no_place``: for cases expecting none, that no place was taken from the text.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from watchfloor.analyze.evaluate import read_case_file, read_jsonl_rows, share
from watchfloor.analyze.releases import release_events
from watchfloor.extract.context import DocContext, Sentence, build_context
from watchfloor.extract.placing import place_of_event
from watchfloor.geo import gazetteer
from watchfloor.models import Location, RawArticle
from watchfloor.pipeline import language_pipeline
from watchfloor.settings import Settings
from watchfloor.text import to_document

NEAR_KM = 25.0


@dataclass(frozen=True)
class PlaceCase:
    id: str
    text: str
    event: str
    expected: dict | None
    form: str


@dataclass
class PlaceOutcome:
    case: PlaceCase
    predicted: Location | None
    from_text: bool  # the place came from the event's sentence or paragraph
    country: bool | None  # None: not scored for this case
    admin1: bool | None
    near: bool | None
    no_place: bool | None
    distance_km: float | None

    @property
    def right(self) -> bool:
        checks = [self.country, self.admin1, self.near, self.no_place]
        return all(c for c in checks if c is not None)


@dataclass
class PlaceScore:
    outcomes: list[PlaceOutcome]

    def as_dict(self) -> dict:
        return {
            "cases": len(self.outcomes),
            **_rates(self.outcomes),
            "all_right": share([o.right for o in self.outcomes]),
            "by_form": _grouped(self.outcomes, lambda o: o.case.form),
        }

    def mismatches(self) -> list[PlaceOutcome]:
        return [o for o in self.outcomes if not o.right]


def read_place_cases(path: Path) -> list[PlaceCase]:
    return read_case_file(path, _place_case, "place case", "text, event, expected")


def _place_case(row: dict, number: int) -> PlaceCase:
    case = PlaceCase(
        id=str(row.get("id") or number),
        text=row["text"],
        event=row["event"],
        expected=row["expected"],
        form=row.get("form") or "unlabelled",
    )
    if case.event not in case.text:
        raise ValueError(f"event words {case.event!r} are not in the text")
    return case


def score_places(path: Path, settings: Settings) -> PlaceScore:
    nlp = language_pipeline(replace(settings, focused_parsing=False))
    outcomes = []
    for case in read_place_cases(path):
        document = to_document(RawArticle(text=case.text, origin=case.id))
        ctx = build_context(document, nlp(document.text))
        outcomes.append(judge_place_case(case, ctx))
    return PlaceScore(outcomes)


def judge_place_case(case: PlaceCase, ctx: DocContext) -> PlaceOutcome:
    at = ctx.document.text.find(case.event)
    sentence, tokens = _event_words(ctx, at, at + len(case.event))
    found = place_of_event(ctx, sentence, tokens) if sentence is not None else None
    predicted = found.location if found is not None else ctx.fallback_location()
    expected = case.expected
    if expected is None:
        return PlaceOutcome(
            case, predicted, found is not None, None, None, None, found is None, None
        )
    code = expected.get("country_code")
    country = None  # a region across borders ("the Sahel") has no one country to get right
    if code:
        country = predicted is not None and predicted.country_code == code
    admin1 = None
    if expected.get("admin1"):
        admin1 = predicted is not None and gazetteer().same_admin1(
            predicted.admin1, expected["admin1"], code
        )
    near = distance = None
    if expected.get("lat") is not None and expected.get("lon") is not None:
        if predicted is not None and predicted.lat is not None and predicted.precision == "city":
            distance = round(
                distance_km(predicted.lat, predicted.lon, expected["lat"], expected["lon"]), 1
            )
        near = distance is not None and distance <= NEAR_KM
    return PlaceOutcome(case, predicted, found is not None, country, admin1, near, None, distance)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _event_words(ctx: DocContext, start: int, end: int) -> tuple[Sentence | None, list]:
    for sentence in ctx.sentences:
        if sentence.start <= start < sentence.end:
            words = ctx.doc.char_span(start, end, alignment_mode="expand")
            return sentence, [words.root] if words is not None else []
    return None, []


def _rates(outcomes: list[PlaceOutcome]) -> dict:
    out = {}
    for name in ("country", "admin1", "near", "no_place"):
        flags = [getattr(o, name) for o in outcomes if getattr(o, name) is not None]
        label = "within_25km" if name == "near" else name
        out[label] = {"n": len(flags), "right": share(flags)}
    return out


def _grouped(outcomes: list[PlaceOutcome], label) -> dict[str, dict]:
    groups: dict[str, list[PlaceOutcome]] = defaultdict(list)
    for o in outcomes:
        groups[label(o)].append(o)
    return {
        k: {"cases": len(v), "right": share([o.right for o in v])}
        for k, v in sorted(groups.items())
    }


# --- press releases: the province of the release's event ----------------------------------------


@dataclass
class ProvinceOutcome:
    release: str
    gold: str
    predicted: Location | None
    how: str  # "sentence", "paragraph" (extract.placing), "article" (the article's country)
    sentence: str
    right: bool


@dataclass
class ProvinceScore:
    outcomes: list[ProvinceOutcome]

    def as_dict(self) -> dict:
        scored = [o for o in self.outcomes if o.gold]
        by_how = {}
        for how in ("sentence", "paragraph", "article"):
            group = [o for o in scored if o.how == how]
            by_how[how] = {"n": len(group), "province_right": share([o.right for o in group])}
        return {
            "releases": len(scored),
            "province_right": share([o.right for o in scored]),
            "country_right": share(
                [o.predicted is not None and o.predicted.country_code == "AF" for o in scored]
            ),
            "by_source": by_how,
        }

    def mismatches(self) -> list[ProvinceOutcome]:
        return [o for o in self.outcomes if o.gold and not o.right]


def province_outcome(row: dict, ctx: DocContext, sentence: Sentence | None, tokens: list):
    """The province of an ISAF release's event (``gold.province``), as the pipeline places it."""
    gold = (row["gold"].get("province") or [""])[0]
    found = place_of_event(ctx, sentence, tokens) if sentence is not None else None
    if found is not None:
        predicted, how = found.location, "sentence" if found.explicit else "paragraph"
    else:
        predicted, how = ctx.fallback_location(), "article"
    right = predicted is not None and gazetteer().same_admin1(predicted.admin1, gold, "AF")
    text = sentence.text if sentence is not None else ""
    return ProvinceOutcome(str(row.get("release_id")), gold, predicted, how, text, right)


def score_release_provinces(path: Path, settings: Settings, limit: int | None = None):
    rows = read_jsonl_rows(path)[:limit]
    return ProvinceScore(
        [
            province_outcome(row, ctx, sentence, tokens)
            for row, ctx, sentence, tokens in release_events(rows, settings)
        ]
    )


# --- WikiEvents: the place argument of events in news articles ---------------------------------


@dataclass
class ArgumentOutcome:
    doc: str
    trigger: str
    gold: list[str]  # the place argument's mention and the names coreferent with it
    predicted: Location | None
    predicted_words: str | None
    right: bool


@dataclass
class ArgumentScore:
    outcomes: list[ArgumentOutcome]

    def as_dict(self) -> dict:
        placed = [o for o in self.outcomes if o.predicted is not None]
        return {
            "events_with_named_place": len(self.outcomes),
            "placed": len(placed),
            "right": share([o.right for o in self.outcomes]),
            "right_given_placed": share([o.right for o in placed]),
        }

    def mismatches(self) -> list[ArgumentOutcome]:
        return [o for o in self.outcomes if not o.right]


def score_wikievents_places(path: Path, coref: Path | None, settings: Settings) -> ArgumentScore:
    """Events whose annotated ``Place`` argument is, or is coreferent with, a name the
    gazetteer knows: is the place the pipeline gives the event that place? Right when the words
    it was read from overlap a mention of the argument's entity, or resolve to the same entry
    as one of its names or to a place inside it (a town of the annotated province or
    country). Only the event's sentence and paragraph are read (``place_of_event``);
    the article-country fallback is not counted."""
    nlp = language_pipeline(replace(settings, focused_parsing=False))
    clusters = _coref_clusters(coref) if coref is not None and coref.is_file() else {}
    outcomes = []
    for row in read_jsonl_rows(path):
        text, offsets = _token_offsets(row)
        document = to_document(RawArticle(text=text, origin=row["doc_id"]))
        ctx = build_context(document, nlp(document.text))
        mentions = {m["id"]: m for m in row["entity_mentions"]}
        for event in row["event_mentions"]:
            for argument in event["arguments"]:
                if argument["role"] != "Place":
                    continue
                outcome = _argument_outcome(
                    ctx, event, argument, mentions, clusters, offsets, row["doc_id"]
                )
                if outcome is not None:
                    outcomes.append(outcome)
    return ArgumentScore(outcomes)


def _argument_outcome(ctx, event, argument, mentions, clusters, offsets, doc_id):
    gaz = gazetteer()
    same = clusters.get(argument["entity_id"], {argument["entity_id"]})
    gold = [mentions[i] for i in same if i in mentions]
    spans = [(offsets[m["start"]][0], offsets[m["end"] - 1][1]) for m in gold]
    names = [m["text"] for m in gold if m["text"][:1].isupper() and gaz.candidates(m["text"])]
    if not names:
        return None
    trigger = event["trigger"]
    start, end = offsets[trigger["start"]][0], offsets[trigger["end"] - 1][1]
    sentence, tokens = _event_words(ctx, start, end)
    found = place_of_event(ctx, sentence, tokens) if sentence is not None else None
    if found is None:
        return ArgumentOutcome(doc_id, trigger["text"], names, None, None, False)
    overlaps = any(s < found.end and found.start < e for s, e in spans)
    readings = [gaz.location(p) for n in names if (p := gaz.resolve(n)) is not None]
    same_entry = any(_same_or_inside(found.location, r) for r in readings)
    words = ctx.document.text[found.start : found.end]
    return ArgumentOutcome(
        doc_id, trigger["text"], names, found.location, words, overlaps or same_entry
    )


def _same_or_inside(predicted: Location, gold: Location) -> bool:
    """The same entry, or a place inside it (Deir ez-Zor for "Syria", Helmand for
    "Afghanistan"): the annotation marks one mention, often the coarser one."""
    if (predicted.name, predicted.country_code) == (gold.name, gold.country_code):
        return True
    if gold.precision == "country":
        return predicted.country_code == gold.country_code
    if gold.precision == "admin1":
        return gazetteer().same_admin1(predicted.admin1, gold.admin1, gold.country_code)
    return False


def _token_offsets(row: dict) -> tuple[str, list[tuple[int, int]]]:
    """The document's text and each token's character span (from ``sentences``)."""
    offsets = [(s, e) for sentence in row["sentences"] for _, s, e in sentence[0]]
    return row["text"], offsets


def _coref_clusters(path: Path) -> dict[str, set[str]]:
    clusters: dict[str, set[str]] = {}
    for row in read_jsonl_rows(path):
        for cluster in row["clusters"]:
            members = set(cluster)
            for member in cluster:
                clusters[member] = members
    return clusters
