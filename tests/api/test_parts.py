"""The pure parts of the web layer: cutting article text for highlighting, bucketing the
timeline, the shared filters' query strings."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.api.filters import Filters
from watchfloor.api.highlight import highlight
from watchfloor.api.queries import bucket_timeline
from watchfloor.models import FieldSpan, Span

TEXT = "Title line\n\nGunmen shot dead two guards in Sirte on Friday. Police <b>said</b> so."


def _span(cls, text: str, words: str, *field):
    start = text.index(words)
    return cls(*field, start, start + len(words), words)


def test_pieces_put_the_text_back_together_and_mark_overlaps():
    sentence = _span(Span, TEXT, "Gunmen shot dead two guards in Sirte on Friday.")
    fields = [
        _span(FieldSpan, TEXT, "shot dead", "type"),
        _span(FieldSpan, TEXT, "shot dead", "weapons"),
        _span(FieldSpan, TEXT, "dead two", "killed"),  # overlaps the type's words
        _span(FieldSpan, TEXT, "Sirte", "location"),
    ]
    marked = highlight(TEXT, [sentence], fields)
    pieces = [p for b in marked.blocks for p in b.pieces]
    assert "".join(p.text for p in pieces) == TEXT
    by_text = {p.text: p.fields for p in pieces}
    assert by_text["shot "] == ("type", "weapons")
    assert by_text["dead"] == ("type", "weapons", "killed")
    assert by_text[" two"] == ("killed",)
    assert by_text["Sirte"] == ("location",)
    inside = [b for b in marked.blocks if b.evidence == 0]
    assert len(inside) == 1 and "".join(p.text for p in inside[0].pieces) == sentence.text
    assert set(marked.anchors) == {0, 1, 2, 3}
    assert marked.anchors[0] == marked.anchors[1]  # same words, one place to jump to
    assert marked.unmatched == 0


def test_markup_stays_text_and_wrong_offsets_are_not_marked():
    wrong = FieldSpan("actors", 0, 6, "Police")  # the text there is "Title "
    marked = highlight(TEXT, [], [wrong, _span(FieldSpan, TEXT, "<b>said</b>", "other")])
    assert marked.unmatched == 1
    assert any(p.text == "<b>said</b>" for b in marked.blocks for p in b.pieces)


@pytest.mark.parametrize(
    ("days", "unit", "keys"),
    [
        (
            [(date(2020, 1, 30), "attack", 2), (date(2020, 9, 2), "arrest", 1)],
            "month",
            [f"2020-{m:02d}" for m in range(1, 10)],
        ),
        (
            [(date(2021, 3, 1), "attack", 1), (date(2021, 3, 17), "attack", 4)],
            "week",
            ["2021-W09", "2021-W10", "2021-W11"],
        ),
        ([(date(1990, 5, 1), "attack", 1), (date(2020, 5, 1), "attack", 1)], "year", None),
    ],
)
def test_timeline_buckets_are_contiguous_and_count_everything(days, unit, keys):
    timeline = bucket_timeline(days)
    assert timeline.unit == unit
    if keys:
        assert [b.key for b in timeline.buckets] == keys
    else:
        assert len(timeline.buckets) == 31
    assert sum(b.total for b in timeline.buckets) == sum(n for *_, n in days)
    assert timeline.types == sorted({t for _, t, _ in days})


def test_filters_round_trip_through_the_query_string():
    f = Filters(type="attack", actor="al-Shabaab & co", since=date(2020, 1, 1))
    assert f.query() == "?type=attack&actor=al-Shabaab+%26+co&since=2020-01-01"
    assert f.query(offset=50, sort=None) == f.query() + "&offset=50"
    assert Filters().query() == "" and Filters().is_empty()


def test_timeline_svg_escapes_what_it_prints():
    from watchfloor.api.charts import timeline_chart

    timeline = bucket_timeline([(date(2020, 1, 6), "<b>attack</b>", 2)], "week")
    chart = timeline_chart(timeline, Filters(actor='"><script>alert(1)</script>'), "/events")
    svg = str(chart.svg('caption "<i>"'))
    assert "<script" not in svg and "<b>" not in svg and "<i>" not in svg
    assert "&lt;b&gt;attack&lt;/b&gt;: 2" in svg
    assert svg.count("<rect") == 2  # the bar's hit area and its one segment
