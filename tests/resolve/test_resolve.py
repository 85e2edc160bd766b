"""Stage 7, resolve: mentions of one incident merge into one record, different incidents stay
apart, ids are stable, and evidence offsets slice the document text exactly."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import attacks, last_weekday
from watchfloor.models import DateSpan, EventMention, FieldSpan, Location, Quantity, Span
from watchfloor.resolve import build_records, merge_mentions

# --- merge_mentions on hand-made mentions (no spaCy) ---------------------------------------------

TEXT = "word " * 100


def _mention(
    start: int,
    text: str = "Gunmen attacked a post.",
    *,
    day: str | None = None,
    country: str | None = None,
    city: str | None = None,
    certainty: str = "reported",
    killed: Quantity | None = None,
    subtype: str = "armed_assault",
) -> EventMention:
    sentence = Span(start, start + len(text), text)
    m = EventMention(
        type="attack",
        subtype=subtype,
        certainty=certainty,
        sentence=sentence,
        sentence_index=start // 10,
        paragraph_index=0,
        trigger=FieldSpan("type", start, start + 6, text[:6]),
        killed=killed,
    )
    if day:
        m.date = DateSpan(day, day, "day", day)
        m.date_explicit = True
    if country:
        m.location = Location(city, None, None, country, precision="city" if city else "country")
        m.location_explicit = True
    return m


def test_mentions_without_conflicts_merge():
    clusters = merge_mentions(
        [_mention(0, day="2020-01-14", country="IQ"), _mention(50), _mention(100, country="IQ")]
    )
    assert len(clusters) == 1 and len(clusters[0]) == 3


def test_different_dates_stay_apart():
    clusters = merge_mentions(
        [_mention(0, day="2020-01-14", country="IQ"), _mention(50, day="2020-01-17", country="IQ")]
    )
    assert len(clusters) == 2


def test_different_countries_stay_apart():
    clusters = merge_mentions([_mention(0, country="IQ"), _mention(50, country="SY")])
    assert len(clusters) == 2


def test_different_cities_stay_apart():
    clusters = merge_mentions(
        [_mention(0, country="IQ", city="Mosul"), _mention(50, country="IQ", city="Kirkuk")]
    )
    assert len(clusters) == 2


def test_different_provinces_stay_apart():
    a = _mention(0, country="AF", city="Kabul")
    b = _mention(50, country="AF")
    a.location.admin1, b.location.admin1 = "Kabul", "Kandahar"
    b.location.precision = "admin1"
    assert len(merge_mentions([a, b])) == 2


def test_two_kinds_of_attack_with_different_tolls_stay_apart():
    bombing = _mention(0, subtype="bombing", killed=Quantity(2, 2), day="2021-03-04")
    ambush = _mention(50, subtype="ambush", killed=Quantity(5, 5), day="2021-03-04")
    assert len(merge_mentions([bombing, ambush])) == 2
    # a shooting told within a bombing's story may be part of it
    shooting = _mention(100, subtype="armed_assault", killed=Quantity(1, 1), day="2021-03-04")
    assert len(merge_mentions([bombing, shooting])) == 1


def test_separately_starts_a_new_incident():
    clusters = merge_mentions(
        [_mention(0), _mention(50, "Separately, gunmen attacked another post.")]
    )
    assert len(clusters) == 2


def test_speculation_never_merges_into_a_report():
    clusters = merge_mentions([_mention(0), _mention(50, certainty="speculative")])
    assert len(clusters) == 2


def test_record_takes_the_highest_toll_and_first_sentence_as_id_anchor(make_document):
    document = make_document(TEXT, date(2020, 1, 29))
    mentions = [
        _mention(0, killed=Quantity(10, None)),
        _mention(50, killed=Quantity(17, 17)),
        _mention(100, killed=Quantity(12, 12), subtype="ambush"),
    ]
    [record] = build_records(document, mentions, 7, "cfg")
    assert record.data["killed"] == {"min": 17, "max": 17}
    assert record.data["subtype"] == "ambush"  # the most specific subtype wins
    assert [e.start for e in record.sources[0].evidence] == [0, 50, 100]
    again = build_records(document, mentions, 7, "cfg")
    assert again[0].id == record.id
    moved = build_records(document, mentions[1:], 7, "cfg")
    assert moved[0].id != record.id


def test_undated_record_falls_back_to_the_reporting_window(make_document):
    document = make_document(TEXT, date(2020, 1, 29))
    [record] = build_records(document, [_mention(0)], 5, "cfg")
    assert record.data["date"]["start"] == "2020-01-24"
    assert record.data["date"]["end"] == "2020-01-29"
    [nodate] = build_records(make_document(TEXT, None), [_mention(0)], 5, "cfg")
    assert nodate.data["date"] is None


def test_fallback_location_only_when_the_event_has_none(make_document):
    document = make_document(TEXT, date(2020, 1, 29))
    fallback = Location(None, None, "Iraq", "IQ", precision="country")
    [own] = build_records(document, [_mention(0, country="SY", city="Raqqa")], 7, "c", fallback)
    assert own.data["location"]["country_code"] == "SY"
    [borrowed] = build_records(document, [_mention(0)], 7, "c", fallback)
    assert borrowed.data["location"]["country_code"] == "IQ"


# --- through the real pipeline -------------------------------------------------------------------


@pytest.mark.slow
def test_one_incident_told_in_several_sentences_is_one_record(analyse):
    text = (
        "Car bomb kills eight near Mogadishu market\n\n"
        "A car bomb exploded near a crowded market in Mogadishu, Somalia, on Saturday, killing "
        "eight people and wounding 20, police said. At least 10 people were killed in the "
        "blast, a hospital official said later. Al-Shabaab claimed responsibility for the "
        "bombing."
    )
    result = analyse(text, date(2022, 10, 31))
    [record] = attacks(result)
    assert len(record.sources[0].evidence) >= 3
    assert record.data["killed"]["min"] == 10  # the higher toll wins
    assert record.data["claimed_by"] == ["al-Shabaab"]
    assert record.data["subtype"] == "bombing"


@pytest.mark.slow
def test_two_incidents_with_different_dates_and_places_stay_two(analyse):
    text = (
        "Gunmen killed four villagers in Zamfara state, Nigeria, on Monday. Gunmen killed "
        "seven miners in Niger state, Nigeria, on Thursday."
    )
    published = date(2021, 3, 12)
    records = attacks(analyse(text, published))
    assert len(records) == 2
    assert {r.data["date"]["start"] for r in records} == {"2021-03-08", "2021-03-11"}
    assert sorted(r.data["killed"]["min"] for r in records) == [4, 7]
    assert len({r.id for r in records}) == 2


@pytest.mark.slow
def test_in_a_separate_attack_stays_apart(analyse):
    text = (
        "Boko Haram fighters killed 12 fishermen near Lake Chad in Borno state, Nigeria, on "
        "Monday. In a separate attack on Tuesday, ISWAP militants ambushed a convoy near "
        "Damboa, killing six soldiers."
    )
    records = attacks(analyse(text, date(2021, 3, 10)))
    assert len(records) == 2
    by_perp = {
        tuple(a["canonical"] for a in r.data["actors"] if a["role"] == "perpetrator"): r
        for r in records
    }
    assert ("Boko Haram",) in by_perp
    assert ("Islamic State West Africa Province",) in by_perp


STABLE_TEXT = (
    "IS fighters ambushed an army patrol near Rutba in Anbar province, Iraq, on Sunday, "
    "killing 11 troops. Two days later, a car bomb killed two policemen in Ramadi."
)


@pytest.mark.slow
def test_record_ids_are_stable_across_runs(analyse):
    first = analyse(STABLE_TEXT, date(2020, 3, 10))
    second = analyse(STABLE_TEXT, date(2020, 3, 10))
    assert [r.id for r in first.records] == [r.id for r in second.records]
    assert [r.to_spec() for r in first.records] == [r.to_spec() for r in second.records]
    assert len({r.id for r in first.records}) == len(first.records)


@pytest.mark.slow
def test_record_ids_depend_on_the_document(analyse):
    first = analyse(STABLE_TEXT, date(2020, 3, 10))
    other = analyse(STABLE_TEXT.replace("11 troops", "12 troops"), date(2020, 3, 10))
    assert first.document.id != other.document.id
    assert not {r.id for r in first.records} & {r.id for r in other.records}


EVIDENCE_TEXTS = [
    STABLE_TEXT,
    "Live: the latest\n\nUpdate — March 2, 2021\n\nGunmen shot dead three women in Jalalabad, "
    "Afghanistan, on Tuesday. The Islamic State claimed the killings.\n\nKABUL, March 4, 2021 "
    "—\n\nA magnetic bomb exploded under a minibus in Kabul on Thursday, killing two "
    "passengers.\n\n",
    "  Headline  with   odd   spacing\r\n\r\n\r\nBAMAKO, 16 February 2023 \u2014 Jihadists "
    "ambushed\u00a0an army convoy near Gao, Mali, on Tuesday, killing 20 soldiers.\u200b",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", EVIDENCE_TEXTS)
def test_evidence_offsets_slice_the_document_exactly(analyse, text):
    result = analyse(text)
    document = result.document
    assert result.records
    for record in result.records:
        for source in record.sources:
            assert source.doc_id == document.id
            assert source.evidence
            for e in source.evidence:
                assert document.text[e.start : e.end] == e.text
            for f in source.fields:
                assert 0 <= f.start <= f.end <= len(document.text)
                if f.field != "location":  # location fields carry the gazetteer's name
                    assert document.text[f.start : f.end] == f.text, f


@pytest.mark.slow
def test_live_blog_posts_date_events_by_their_own_post(analyse):
    result = analyse(EVIDENCE_TEXTS[1])  # no publication date but the posts' datelines
    days = {r.data["date"]["start"] for r in attacks(result)}
    assert last_weekday(date(2021, 3, 2), "Tuesday").isoformat() in days
    assert last_weekday(date(2021, 3, 4), "Thursday").isoformat() in days


@pytest.mark.slow
def test_an_unplaced_attack_by_a_regional_branch_is_in_its_region(analyse):
    result = analyse(
        "CAIRO, Egypt — Islamic State's Sinai Province claimed an attack that killed five "
        "soldiers at a checkpoint on Monday, the group said in a statement.",
        date(2020, 5, 6),
    )
    [record] = attacks(result)
    location = record.data["location"]
    assert (location["name"], location["country_code"], location["precision"]) == (
        "Sinai",
        "EG",
        "region",
    )


@pytest.mark.slow
def test_a_branch_named_after_a_wide_region_leaves_the_country(analyse):
    result = analyse(
        "ABUJA, Nigeria — Islamic State West Africa Province claimed an attack that killed "
        "seven soldiers on Monday, the group said.",
        date(2020, 5, 6),
    )
    [record] = attacks(result)
    assert record.data["location"]["country_code"] == "NG"
    assert record.data["location"]["precision"] == "country"


@pytest.mark.slow
def test_an_undated_event_of_a_dated_dispatch_is_the_dispatch_day(analyse):
    dispatch = (
        "KABUL, Afghanistan (Jan. 10, 2011) — Coalition forces killed two insurgents in "
        "Helmand province during a security operation."
    )
    [record] = [r for r in analyse(dispatch).records if r.kind == "event"]
    assert record.data["date"] == {
        "start": "2011-01-10",
        "end": "2011-01-10",
        "precision": "day",
        "text": None,
    }
    # the same words without a dateline: only the week before publication
    plain = dispatch.split("— ", 1)[1]
    [record] = [r for r in analyse(plain, date(2011, 1, 10)).records if r.kind == "event"]
    assert (record.data["date"]["start"], record.data["date"]["precision"]) == (
        "2011-01-03",
        "week",
    )


def _dated_mention(start: str, end: str, index: int):
    from watchfloor.models import DateSpan, EventMention, FieldSpan, Span

    return EventMention(
        type="military_operation",
        subtype="offensive",
        certainty="reported",
        sentence=Span(index * 100, index * 100 + 50, "x"),
        sentence_index=index,
        paragraph_index=index,
        trigger=FieldSpan("trigger", index * 100, index * 100 + 9, "offensive"),
        date=DateSpan(start, end, "day", "on Sunday"),
        date_explicit=True,
    )


def test_a_span_told_to_the_day_that_holds_the_other_dates_wins():
    from watchfloor.resolve import _best_date

    # the lead's "Sunday" (June 26) and "began on May 23 ... ended on Sunday"
    cluster = [
        _dated_mention("2016-06-26", "2016-06-26", 0),
        _dated_mention("2016-05-23", "2016-06-26", 1),
    ]
    best = _best_date(cluster)
    assert (best.start, best.end) == ("2016-05-23", "2016-06-26")


def test_a_span_that_does_not_hold_the_other_date_does_not_win():
    from watchfloor.resolve import _best_date

    cluster = [
        _dated_mention("2016-06-28", "2016-06-28", 0),
        _dated_mention("2016-05-23", "2016-06-26", 1),
    ]
    best = _best_date(cluster)
    assert (best.start, best.end) == ("2016-06-28", "2016-06-28")


# --- which date a merged record takes ----------------------------------------------------------


def _dated(start: int, span: DateSpan) -> EventMention:
    m = _mention(start)
    m.date, m.date_explicit = span, True
    return m


def test_a_named_day_inside_an_overnight_span_is_the_record_s_date():
    from watchfloor.resolve import _best_date

    cluster = [
        _dated(0, DateSpan("2015-11-18", "2015-11-19", "day", "overnight")),
        _dated(50, DateSpan("2015-11-18", "2015-11-18", "day", "Wednesday")),
    ]
    assert (_best_date(cluster).start, _best_date(cluster).end) == ("2015-11-18", "2015-11-18")


def test_a_course_of_days_still_holds_the_days_inside_it():
    from watchfloor.resolve import _best_date

    began = DateSpan("2015-11-14", "2015-11-15", "day", "Saturday")  # began Saturday, into Sunday
    cluster = [
        _dated(0, began),
        _dated(50, DateSpan("2015-11-14", "2015-11-14", "day", "Saturday")),
    ]
    assert (_best_date(cluster).start, _best_date(cluster).end) == ("2015-11-14", "2015-11-15")


def _operation(start: int, subtype: str, identity: str) -> EventMention:
    m = _mention(start, "Jets struck a camp.", subtype=subtype)
    m.type, m.identity = "military_operation", identity
    return m


@pytest.mark.parametrize(
    ("first", "second", "records"),
    [
        (("airstrike", "air|SY"), ("airstrike", "air|US"), 2),  # two forces' strikes
        (("offensive", "offensive|AF"), ("raid", "raid|AF"), 2),  # an offensive and a raid
        (("raid", "raid|"), ("airstrike", "air|FR"), 2),  # police raid, French strikes
        (("raid", "raid|US"), ("raid", "raid|"), 1),  # the raid told again
        (("offensive", "offensive|PK"), ("other", "|PK"), 1),  # a killing in the offensive
        (("airstrike", "air|"), ("airstrike", "air|US"), 1),  # "jets", then "U.S. jets"
    ],
)
def test_operations_of_other_forces_or_kinds_stay_apart(first, second, records):
    clusters = merge_mentions([_operation(0, *first), _operation(50, *second)])
    assert len(clusters) == records


def test_a_strike_counted_back_roughly_joins_the_day_told_below(analyse):
    result = analyse(
        "BEIRUT, Oct. 29, 2024 — Hezbollah named its deputy leader Naim Qassem as "
        "secretary-general on Tuesday, a month after an Israeli airstrike killed Hassan "
        "Nasrallah.\n\nNasrallah was killed on Sept. 27 when Israeli jets dropped dozens of "
        "bombs on a headquarters in Beirut's southern suburbs."
    )
    strikes = [
        r.data["date"]
        for r in result.records
        if r.kind == "event" and r.data["type"] == "military_operation"
    ]
    assert [(d["start"], d["precision"]) for d in strikes] == [("2024-09-27", "day")]
