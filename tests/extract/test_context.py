"""What extractors see of a document: sentences with exact offsets, paragraphs, resolved dates
(including narrative "two days later") and places (datelines excluded)."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract import build_context

pytestmark = pytest.mark.slow

TEXT = (
    "Gunmen strike police in Kirkuk\n\n"
    "KIRKUK, Iraq — On March 3, gunmen attacked a police station in Kirkuk, killing three "
    "officers. Two days later, a roadside bomb killed a patrol commander near Hawija.\n\n"
    "Officials said the attacks were the worst in the province this year."
)


@pytest.fixture(scope="module")
def ctx(nlp, make_document):
    document = make_document(TEXT, date(2020, 3, 10))
    return build_context(document, nlp(document.text))


def test_sentences_slice_the_text_exactly(ctx):
    text = ctx.document.text
    assert ctx.sentences
    for i, s in enumerate(ctx.sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and "\n" not in s.text
    starts = [s.start for s in ctx.sentences]
    assert starts == sorted(starts)


def test_headline_is_its_own_sentence_and_paragraphs_count_up(ctx):
    assert ctx.sentences[0].text == "Gunmen strike police in Kirkuk"
    paragraphs = [s.paragraph for s in ctx.sentences]
    assert paragraphs == sorted(paragraphs)
    assert len(set(paragraphs)) == 3


def _dates(ctx):
    return {span.text: span for s in ctx.sentences for _, _, span, _ in s.dates}


def test_dates_are_resolved_against_publication(ctx):
    dates = _dates(ctx)
    march3 = next(v for k, v in dates.items() if "March 3" in k)
    assert (march3.start, march3.end, march3.precision) == ("2020-03-03", "2020-03-03", "day")


def test_two_days_later_follows_the_narrative(ctx):
    dates = _dates(ctx)
    later = next(v for k, v in dates.items() if "later" in k.lower())
    assert (later.start, later.end) == ("2020-03-05", "2020-03-05")


def test_date_offsets_point_at_the_words(ctx):
    text = ctx.document.text
    for s in ctx.sentences:
        for start, end, span, _ in s.dates:
            assert s.start <= start < end <= s.end
            assert text[start:end] == span.text


def test_places_resolve_and_dateline_place_is_not_an_event_place(ctx):
    text = ctx.document.text
    assert ctx.dateline_spans and text[slice(*ctx.dateline_spans[0])].startswith("KIRKUK")
    places = [(start, loc) for s in ctx.sentences for start, _, loc, _ in s.places]
    assert places
    for start, _ in places:
        assert not any(s <= start < e for s, e in ctx.dateline_spans)
    # "Iraq" in the dateline is not an event place
    assert text.index("Iraq") not in [start for start, _ in places]
    assert {loc.country_code for _, loc in places} == {"IQ"}
    # the article is about Iraq, and the dateline counts towards that
    assert ctx.countries.most_common(1)[0][0] == "IQ"
    fallback = ctx.fallback_location()
    assert fallback.country_code == "IQ" and fallback.precision == "country"
    assert fallback.name is None


def test_no_places_no_fallback(nlp, make_document):
    document = make_document("Gunmen attacked a shop at night.\n\nNobody was hurt.", None)
    ctx = build_context(document, nlp(document.text))
    assert ctx.fallback_location() is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("MANILA, February 2, 2019 — Two suicide bombers struck.", "MANILA"),
        ("BAGHDAD (AP) — A car bomb exploded.", "BAGHDAD"),
        ("KABUL, Afghanistan (Nov. 20, 2011) - Coalition forces said.", "KABUL, Afghanistan"),
        (
            "SAINT-ÉTIENNE-DU-ROUVRAY, France, July 26, 2016 — Two men.",
            "SAINT-ÉTIENNE-DU-ROUVRAY, France",
        ),
        ("BAMAKO, 16 February 2023 — Suspected jihadists.", "BAMAKO"),
    ],
)
def test_dateline_place_with_or_without_a_date(line, place):
    from watchfloor.extract.context import _dateline_spans

    [(start, end)] = _dateline_spans(line)
    assert line[start:end].strip() == place


def test_a_dateline_the_recogniser_misses_still_tells_the_country(nlp, make_document):
    text = (
        "Militants claim assault on coastal town\n\n"
        "MAPUTO, March 30, 2021 — Fighters took control of Palma after an assault that began on "
        "Wednesday."
    )
    document = make_document(text, date(2021, 3, 30))
    ctx = build_context(document, nlp(document.text))
    assert ctx.countries.most_common(1)[0][0] == "MZ"
    palma = [loc for s in ctx.sentences for _, _, loc, _ in s.places if loc.name == "Palma"]
    assert palma and all(loc.country_code == "MZ" for loc in palma)
