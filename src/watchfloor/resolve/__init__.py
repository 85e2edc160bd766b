"""Stage 7, resolve: event mentions -> event records.

Mentions of one incident inside an article (headline, lead, later detail, the claim) are merged
into one record; an article that reports several incidents keeps them apart when their dates,
places or wording ("in a separate attack") say they differ. Ids are content hashes, so the same
input and pipeline version give the same ids.
"""

from __future__ import annotations

import re
from datetime import date

from watchfloor import __version__
from watchfloor.data import load_toml
from watchfloor.extract import operations
from watchfloor.extract.arrests import arrest_lexicon
from watchfloor.extract.context import title_line
from watchfloor.extract.lexicon import attack_lexicon
from watchfloor.extract.media import media_lexicon
from watchfloor.geo import gazetteer
from watchfloor.models import (
    Actor,
    DateSpan,
    Document,
    EventMention,
    FieldSpan,
    Location,
    Quantity,
    Record,
    Source,
    Span,
    to_plain,
)
from watchfloor.nlp.lexicon import group_lexicon
from watchfloor.resolve.ids import record_id
from watchfloor.resolve.summary import summarise
from watchfloor.time import reporting_window

# Event types an article may tell many of without dates or places to tell them apart (eight
# videos, three pledges): their mentions merge only when their ``identity`` is the same.
IDENTIFIED_TYPES = frozenset(
    {
        "media_release",
        "pledge",
        "leadership_change",
        "online_action",
        "threat",
        "territorial_change",
    }
)

_ATTRIBUTION_RANK = {"claimed": 3, "attributed": 2, "suspected": 1, "unknown": 0}


# a person meets one fate of a kind once: "X was killed on Tuesday" after "a strike killed X"
# (no place) is the same killing even though only the second names its place, when the dates
# and places that are told agree (``_compatible``)
ONE_FATE_TYPES = frozenset({"leadership_change"})


def merge_mentions(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Group mentions that tell of the same incident."""
    clusters: list[list[EventMention]] = []
    for mention in mentions:
        target = _cluster_for(mention, clusters)
        if target is None:
            clusters.append([mention])
        else:
            target.append(mention)
    return _fold_headline_into_lead(_fold_undated(clusters))


def _cluster_for(mention: EventMention, clusters: list[list[EventMention]]):
    if attack_lexicon().separate_incident.search(mention.sentence.text):
        return None
    if _a_further_arrest(mention):
        return None
    for cluster in reversed(clusters):
        if not _compatible(mention, cluster):
            continue
        head = cluster[0]
        if (
            "speculative" in (mention.certainty, head.certainty)
            and mention.certainty != head.certainty
        ):
            continue
        if mention.type in ONE_FATE_TYPES:
            return cluster  # its identity (person and fate) already tells it is the same
        fully_explicit = mention.date_explicit and mention.location_explicit
        if not fully_explicit or _same_explicit(mention, cluster) or not _dated(cluster):
            return cluster
    return None


def _a_further_arrest(mention: EventMention) -> bool:
    """ "It also said that it had arrested a man it described as the group's commander": an
    arrest an announcement adds to the one it told before, not more words about it."""
    return mention.type == "arrest" and bool(
        arrest_lexicon().another_arrest.search(mention.sentence.text)
    )


def _dated(cluster: list[EventMention]) -> bool:
    return any(m.date_explicit for m in cluster)


def _fold_undated(clusters: list[list[EventMention]]) -> list[list[EventMention]]:
    """A headline or a later "the attack" with no date of its own joins the dated incident it
    is compatible with, when there is exactly one such incident in the article."""
    dated = [c for c in clusters if _dated(c)]
    kept = []
    for cluster in clusters:
        if _dated(cluster) or attack_lexicon().separate_incident.search(cluster[0].sentence.text):
            kept.append(cluster)
            continue
        homes = [
            d
            for d in dated
            if d[0].certainty == cluster[0].certainty
            and all(_compatible(m, d) for m in cluster)
            and not _a_further_arrest(d[0])
        ]
        if len(homes) == 1:
            homes[0].extend(cluster)
            homes[0].sort(key=lambda m: m.sentence_index)
        else:
            kept.append(cluster)
    return kept


# the sentences of an article's lead, after its title lines: the story a headline sums up is
# told there
LEAD_SENTENCES = 3


def _fold_headline_into_lead(clusters: list[list[EventMention]]) -> list[list[EventMention]]:
    """A headline's release, pledge or leadership change ("Philippine militants swear loyalty
    to Islamic State in online videos") names its actors in fewer words than the lead that
    tells it, so its identity may differ; undated, it is the lead's event of its type and
    subtype, when the lead tells one."""
    kept = []
    for cluster in clusters:
        head = cluster[0]
        headline_only = all(_from_headline(m) and not m.date_explicit for m in cluster)
        lead = None
        if headline_only and head.type in IDENTIFIED_TYPES:
            lead = next(
                (
                    other
                    for other in clusters
                    if other is not cluster
                    and other[0].type == head.type
                    and _same_kind_of_release(head, other[0])
                    and other[0].certainty == head.certainty
                    and not _from_headline(other[0])
                    and other[0].sentence_index <= _last_index(cluster) + LEAD_SENTENCES
                ),
                None,
            )
        if lead is None:
            kept.append(cluster)
            continue
        for mention in cluster:  # the headline's vague "message" is the lead's audio address
            mention.subtype = lead[0].subtype
            # a headline packs several clauses' places ("rebuffs merger with al-Qaeda in Iraq,
            # renews oath"): the story's place is the lead's, or the article's
            mention.location, mention.location_explicit = None, False
        lead.extend(cluster)
        lead.sort(key=lambda m: m.sentence_index)
    return kept


def _last_index(cluster: list[EventMention]) -> int:
    return max(m.sentence_index for m in cluster)


def _same_kind_of_release(headline: EventMention, lead: EventMention) -> bool:
    """Same subtype, or a headline word that fits both ("ISIS gives call for attacks in latest
    message": the lead's audio address is that message)."""
    if headline.subtype == lead.subtype:
        return True
    if headline.type != "media_release" or headline.trigger is None:
        return False
    words = media_lexicon().either_medium.get(frozenset({headline.subtype, lead.subtype}))
    return words is not None and bool(words.fullmatch(headline.trigger.text))


def _compatible(mention: EventMention, cluster: list[EventMention]) -> bool:
    if any(m.type != mention.type for m in cluster):
        return False
    if mention.type in IDENTIFIED_TYPES and any(
        mention.identity is None or m.identity != mention.identity for m in cluster
    ):
        return False
    for other in cluster:
        if _different_tolls_of_different_kinds(mention, other):
            return False
        if _recapture_beside_an_arrest(mention, other):
            return False
        if mention.type == "military_operation" and operations.distinct_operations(mention, other):
            return False  # Syrian and coalition strikes; an offensive and a separate raid
        if (
            mention.date_explicit
            and other.date_explicit
            and not _dates_overlap(mention.date, other.date)
        ):
            return False
        if (
            mention.location_explicit
            and other.location_explicit
            and not (_from_headline(mention) or _from_headline(other))
            and not _places_agree(mention.location, other.location)
        ):
            return False
    return True


def _from_headline(mention: EventMention) -> bool:
    """A headline's event ("Pakistan arrests five over university attack, says it was directed
    from Afghanistan"): the headline packs several clauses' places into a few words, so the
    place it seems to give is no reason to keep it apart from the story's one event of its
    type."""
    return title_line(mention.sentence_index, mention.sentence.text)


def _different_tolls_of_different_kinds(a: EventMention, b: EventMention) -> bool:
    """A bombing that killed two and an ambush that killed five are two incidents (a shooting
    told inside a bombing's story may be part of it: the generic kinds do not count)."""
    generic = ("armed_assault", "other")
    return (
        a.subtype != b.subtype
        and a.subtype not in generic
        and b.subtype not in generic
        and a.killed is not None
        and b.killed is not None
        and a.killed.min != b.killed.min
    )


def _recapture_beside_an_arrest(a: EventMention, b: EventMention) -> bool:
    """ "Eighty escapees had been recaptured by Tuesday" and "it had detained three prison
    guards": escapees taken back and other people arrested are two sets of arrests, when each
    tells its own count."""
    if a.type != "arrest" or b.type != "arrest" or a.arrested is None or b.arrested is None:
        return False
    taken_back = arrest_lexicon().taken_back
    return bool(taken_back.search(a.trigger.text)) != bool(taken_back.search(b.trigger.text))


def _same_explicit(mention: EventMention, cluster: list[EventMention]) -> bool:
    return any(
        m.date_explicit
        and m.location_explicit
        and _dates_overlap(mention.date, m.date)
        and _places_agree(mention.location, m.location)
        for m in cluster
    )


def _dates_overlap(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _places_agree(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False  # Kabul and Kandahar: two provinces, two incidents
    return not (a.precision == "city" and b.precision == "city" and a.name != b.name)


def build_records(
    document: Document,
    mentions: list[EventMention],
    window_days: int,
    config_hash: str,
    fallback_location: Location | None = None,
) -> list[Record]:
    """One record per incident, with its evidence and the words behind each field.

    ``fallback_location`` (the country the article is about) stands in for events whose own
    sentences name no place.
    """
    clusters = merge_mentions(mentions)
    days = _days_of_strikes_and_their_deaths(clusters)
    records = []
    for n, cluster in enumerate(clusters):
        records.append(
            _record(document, cluster, window_days, config_hash, fallback_location, days.get(n))
        )
    return records


# the fates of a leader the operation told in the same sentence brought about
_FATES_OF_AN_OPERATION = frozenset({"killed", "captured", "rumoured_dead"})


def _days_of_strikes_and_their_deaths(clusters: list[list[EventMention]]) -> dict[int, DateSpan]:
    """ "Troops have killed X in a raid, the spokesman said on Monday" and, later, "X died on
    Sunday in a firefight": the operation and the death it brought are one moment. When one of
    the two records is dated by its own words and the other only by the day the news was given,
    the other takes that day (an event comes before its announcement, never after)."""
    days: dict[int, DateSpan] = {}
    for o, operation in enumerate(clusters):
        if operation[0].type != "military_operation":
            continue
        for f, fate in enumerate(clusters):
            if fate[0].type != "leadership_change" or fate[0].subtype not in _FATES_OF_AN_OPERATION:
                continue
            if not {m.sentence_index for m in operation} & {m.sentence_index for m in fate}:
                continue
            for dated, undated, n in ((operation, fate, f), (fate, operation, o)):
                day = _earlier_own_day(dated, undated)
                if day is not None:
                    days.setdefault(n, day)
    return days


def _earlier_own_day(dated: list[EventMention], undated: list[EventMention]) -> DateSpan | None:
    """The one day ``dated`` gives itself, when ``undated`` gives itself none and its borrowed
    day comes on or after it (within a week: the announcement of that event)."""
    if _dated(undated) or not _dated(dated):
        return None
    own = {
        (m.date.start, m.date.end): m.date
        for m in dated
        if m.date_explicit and m.date is not None and m.date.precision == "day" and m.date.start
    }
    if len(own) != 1:
        return None
    day = next(iter(own.values()))
    borrowed = _best_date(undated)
    if borrowed is None or not borrowed.start or borrowed.precision != "day":
        return day if borrowed is None else None
    gap = (date.fromisoformat(borrowed.start) - date.fromisoformat(day.end or day.start)).days
    return day if 0 < gap <= _ANNOUNCED_WITHIN_DAYS else None


# how long after an operation its announcement may come and still be the day it was dated by
_ANNOUNCED_WITHIN_DAYS = 7


def _record(
    document: Document,
    cluster: list[EventMention],
    window_days: int,
    config_hash: str,
    fallback_location: Location | None,
    day: DateSpan | None = None,
) -> Record:
    """``day``: the date another record of the same moment gives this one (see
    ``_days_of_strikes_and_their_deaths``), before the cluster's own."""
    head = cluster[0]
    subtype = _subtype(cluster)
    date_span = day or _best_date(cluster) or reporting_window(
        document.anchor_for(head.sentence.start), window_days
    )
    actors = _merge_actors(cluster)
    location = _best_location(cluster) or _borrowed_location(head, actors, fallback_location)
    certainty = "reported" if any(m.certainty == "reported" for m in cluster) else head.certainty
    claimed_by = _unique(c for m in cluster for c in m.claimed_by)
    attribution = max((m.attribution for m in cluster), key=_ATTRIBUTION_RANK.get)
    if claimed_by:
        attribution = "claimed"
    data = {
        "type": head.type,
        "subtype": subtype,
        "date": to_plain(date_span),
        "location": to_plain(location),
        "actors": [to_plain(a) for a in actors],
        "killed": to_plain(_total(cluster, "killed")),
        "wounded": to_plain(_total(cluster, "wounded")),
        "arrested": to_plain(_total(_counting_the_verdict(cluster, subtype), "arrested")),
        "abducted": to_plain(_total(cluster, "abducted")),
        "weapons": _unique(w for m in cluster for w in m.weapons),
        "claimed_by": claimed_by,
        "attribution": attribution,
        "certainty": certainty,
        "title": next((m.title for m in cluster if m.title), None),
    }
    for mention in cluster:  # the first mention's value wins; the spec's fields are kept
        for key, value in mention.details.items():
            data.setdefault(key, value)
    data["summary"] = summarise(data)
    evidence = _evidence(cluster)
    fields = _unique_fields(f for m in cluster for f in m.fields if f.field != "evidence")
    source = Source(
        doc_id=document.id,
        url=document.url,
        title=document.title,
        published=document.published.isoformat() if document.published else None,
        evidence=evidence,
        fields=fields,
    )
    # the trigger and identity tell apart records of one type told in one sentence (a series
    # of videos, a takedown and a migration)
    rid = record_id(
        "event",
        document.id,
        f"{head.type}|{subtype}|{head.identity or ''}|{head.trigger.start}",
        evidence[0].start,
    )
    return Record("event", rid, [source], data, __version__, config_hash)


def _subtype(cluster: list[EventMention]) -> str:
    """The most specific subtype told: a security operation in which an airstrike was called
    in is an airstrike; a shooting that turns out to be a suicide bombing is the bombing."""
    head = cluster[0]
    if head.type == "attack":
        return min((m.subtype for m in cluster), key=_attack_rank)
    if head.type == "military_operation":
        order = operations.SUBTYPE_ORDER
        return min((m.subtype for m in cluster), key=order.index)
    return head.subtype


def _attack_rank(subtype: str) -> float:
    """Rank of an attack's subtype across its sentences: homes burned in a sentence of their own
    are a detail of a killing told in another ("killed 40 villagers with machetes ... several
    homes were burned"), so arson comes after any subtype that hurts people, as in GTD's order
    where an attack on property ranks last; only the bare "attack" comes after it."""
    lex = attack_lexicon()
    if subtype == "arson":
        return lex.subtype_rank("other") - 0.5
    return lex.subtype_rank(subtype)


def _best_date(cluster: list[EventMention]) -> DateSpan | None:
    explicit = [m.date for m in cluster if m.date_explicit and m.date is not None]
    if not explicit:  # dates borrowed from the sentences before, nearest mention first
        borrowed = [m.date for m in cluster if m.date is not None]
        explicit = ([d for d in borrowed if not _counted_roughly(d)] or borrowed)[:1]
    dated = [d for d in explicit if d.start is not None] or explicit
    if not dated:
        return None
    order = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
    best = min(dated, key=lambda d: (order.get(d.precision, 4), _counted_roughly(d)))
    same = [d for d in dated if d.precision == best.precision]
    if not _counted_roughly(best):
        same = [d for d in same if not _counted_roughly(d)] or same
    return _span_holding_the_rest(same) or _day_inside_night(best, same) or best


# "two weeks after", "days later", "months before": a day counted back or on from another
# event by a unit too rough to name the day (a stated day told elsewhere is the better one)
_ROUGH_COUNT = re.compile(
    r"\b(?:weeks?|months?|years?|(?<!\d )(?<!one |two )days)\s+(?:after|before|later|earlier)\b",
    re.IGNORECASE,
)


def _counted_roughly(span: DateSpan) -> bool:
    return bool(_ROUGH_COUNT.search(span.text or ""))


def _day_inside_night(best: DateSpan, dates: list[DateSpan]) -> DateSpan | None:
    """ "overnight" and "killed in a raid on Wednesday": the named day inside the night."""
    if not best.start or not best.end or not _a_night(best):
        return None
    inside = (
        d for d in dates if d.start and d.start == d.end and best.start <= d.start <= best.end
    )
    return next(inside, None)


def _span_holding_the_rest(dates: list[DateSpan]) -> DateSpan | None:
    """Of dates told to the day, the span that holds every other one ("the offensive began on
    May 23" and "ended on Sunday": May 23 to that Sunday): the event's whole course."""
    spans = [d for d in dates if d.start and d.end and d.start < d.end and not _a_night(d)]
    for span in sorted(spans, key=lambda d: (d.start, d.end)):
        if all(d.start and span.start <= d.start and (d.end or d.start) <= span.end for d in dates):
            return span
    return None


_NIGHT_WORDS = re.compile(
    r"\b(?:" + "|".join(load_toml("time.toml")["night_words"]) + r")\b", re.IGNORECASE
)


def _a_night(span: DateSpan) -> bool:
    """ "overnight": two days only because which side of midnight is not said; a day another
    mention names inside it ("killed in a raid on Wednesday") is the finer statement, not a
    part of a longer course."""
    days = (date.fromisoformat(span.end) - date.fromisoformat(span.start)).days
    return days == 1 and bool(_NIGHT_WORDS.search(span.text or ""))


def _best_location(cluster: list[EventMention]) -> Location | None:
    found = [m.location for m in cluster if m.location is not None and m.location_explicit]
    found = found or [m.location for m in cluster if m.location is not None][:1]
    if not found:
        return None
    order = {"point": 0, "city": 1, "admin1": 2, "country": 3, "region": 4, None: 5}
    return min(found, key=lambda loc: order.get(loc.precision, 5))


# Types whose place is where they happened only when their own words say so: the country an
# article is about is not where a video was released or a channel taken down.
_PLACE_FROM_OWN_WORDS = frozenset({"media_release", "pledge", "online_action"})


def _borrowed_location(head: EventMention, actors: list[Actor], fallback: Location | None):
    if head.type in _PLACE_FROM_OWN_WORDS or (head.type, head.subtype) == (
        "threat",
        "call_to_attack",
    ):
        return None
    return _branch_region(actors, fallback) or fallback


def _branch_region(actors: list[Actor], fallback: Location | None) -> Location | None:
    """An event the text does not place, by a branch named after a region ("Islamic State
    Sinai Province"), happened in that region, when the region lies in the country the article
    is about (Sinai, Egypt) or the article names no country at all."""
    gaz = gazetteer()
    for actor in actors:
        if actor.role != "perpetrator" or actor.type != "branch" or not actor.canonical:
            continue
        named = group_lexicon().get(actor.canonical)
        region = gaz.resolve(named.region) if named and named.region else None
        if region is None or region.kind != "region":
            continue
        if fallback is None or region.country_codes == (fallback.country_code,):
            return gaz.location(region)
    return None


def _total(cluster: list[EventMention], field: str) -> Quantity | None:
    """The best of the counts that restate the toll, plus the counts told as more on top of it
    ("two additional suspects were also detained")."""
    told = _best_quantity(getattr(m, field) for m in cluster if not m.counts_add)
    more = [getattr(m, field) for m in cluster if m.counts_add and getattr(m, field) is not None]
    if not more:
        return told
    low = (told.min or 0 if told else 0) + sum(q.min or 0 for q in more)
    exact = (told is None or told.max == told.min) and all(q.max == q.min for q in more)
    return Quantity(low, low if exact else None)


def _counting_the_verdict(cluster: list[EventMention], subtype: str) -> list[EventMention]:
    """A conviction counts those the court convicted, not a round-up of arrests told beside it
    on the same day ("police have arrested more than 1,500 suspected militants since the cafe
    attack")."""
    if subtype != "conviction":
        return cluster
    return [m for m in cluster if m.subtype == "conviction"]


def _best_quantity(values) -> Quantity | None:
    """The highest reported toll (tolls rise as bodies are found); exact figures beat bounds."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    return max(present, key=lambda q: (q.min or 0, q.max is not None, q.max or 0))


def _merge_actors(cluster: list[EventMention]) -> list[Actor]:
    seen: dict[tuple, Actor] = {}
    for m in cluster:
        for actor in m.actors:
            key = (actor.canonical or actor.name.lower(), actor.role)
            seen.setdefault(key, actor)
    actors = list(seen.values())
    named_perp = any(a.role == "perpetrator" and a.canonical for a in actors)
    if named_perp:
        actors = [a for a in actors if not (a.role == "perpetrator" and a.canonical is None)]
    return actors


def _evidence(cluster: list[EventMention]) -> list[Span]:
    spans: dict[int, Span] = {}
    for m in cluster:
        spans.setdefault(m.sentence.start, m.sentence)
        for f in m.fields:
            if f.field == "evidence":
                spans.setdefault(f.start, Span(f.start, f.end, f.text))
    return [spans[k] for k in sorted(spans)]


def _unique(values) -> list:
    out: list = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _unique_fields(fields) -> list[FieldSpan]:
    out: dict[tuple, FieldSpan] = {}
    for f in fields:
        out.setdefault((f.field, f.start, f.end), f)
    return sorted(out.values(), key=lambda f: (f.start, f.field))
