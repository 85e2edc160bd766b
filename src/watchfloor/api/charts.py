"""Geometry of the charts the pages draw as inline SVG (no chart library, no script): the
timeline's stacked bars and the horizontal bars of the count tables."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from watchfloor.api.filters import Filters
from watchfloor.api.queries import Timeline

# one colour per event type, shared by the timeline, its legend and the count tables
TYPE_COLOURS = {
    "attack": "#c0392b",
    "military_operation": "#34495e",
    "territorial_change": "#8e44ad",
    "media_release": "#2980b9",
    "pledge": "#16a085",
    "leadership_change": "#d35400",
    "arrest": "#7f8c8d",
    "online_action": "#27ae60",
    "threat": "#e1a100",
}
OTHER_COLOUR = "#95a5a6"

WIDTH = 960
HEIGHT = 220
AXIS = 24  # room under the bars for the labels


@dataclass
class Segment:
    type: str
    y: float
    height: float
    count: int
    colour: str


@dataclass
class Bar:
    key: str
    x: float
    width: float
    total: int
    segments: list[Segment]
    href: str
    label: str | None  # shown under the axis for some bars only


@dataclass
class TimelineChart:
    unit: str
    width: int
    height: int
    bars: list[Bar]
    legend: list[tuple[str, str]]
    peak: int

    def svg(self, caption: str) -> Markup:
        """The chart as inline SVG. Built here rather than in a template because a decade of
        months stacked by nine types is a thousand elements, which Jinja renders fifty times
        slower; every value that is not a number goes through ``escape``."""
        e = escape
        plot = self.height - AXIS
        parts = [
            f'<svg viewBox="0 0 {self.width} {self.height}" role="img" aria-label="{e(caption)}"'
            ' preserveAspectRatio="none">'
        ]
        for bar in self.bars:
            parts.append(
                f'<a href="{e(bar.href)}"><g class="bar"><title>{e(bar.key)}: {bar.total} '
                f'event(s)</title><rect class="hit" x="{bar.x}" y="0" width="{bar.width}" '
                f'height="{plot}"></rect>'
            )
            for seg in bar.segments:
                parts.append(
                    f'<rect x="{bar.x}" y="{seg.y}" width="{bar.width}" height="{seg.height}" '
                    f'fill="{e(seg.colour)}"><title>{e(bar.key)} · {e(seg.type)}: {seg.count}'
                    "</title></rect>"
                )
            parts.append("</g></a>")
            if bar.label:
                parts.append(f'<text x="{bar.x}" y="{self.height - 6}">{e(bar.label)}</text>')
        parts.append(f'<line x1="0" x2="{self.width}" y1="{plot}" y2="{plot}"></line></svg>')
        return Markup("".join(parts))


def colour(type_: str) -> str:
    return TYPE_COLOURS.get(type_, OTHER_COLOUR)


def timeline_chart(timeline: Timeline, filters: Filters, path: str) -> TimelineChart:
    """Stacked bars; each links to ``path`` filtered to its week, month or year."""
    n = len(timeline.buckets)
    peak = max((b.total for b in timeline.buckets), default=0)
    plot = HEIGHT - AXIS
    slot = WIDTH / n if n else WIDTH
    every = max(1, round(n / 12))  # about a dozen labels whatever the number of bars
    bars = []
    for i, bucket in enumerate(timeline.buckets):
        y = float(plot)
        segments = []
        for type_ in timeline.types:
            count = bucket.counts.get(type_, 0)
            if not count:
                continue
            h = plot * count / peak if peak else 0
            y -= h
            segments.append(Segment(type_, round(y, 2), round(h, 2), count, colour(type_)))
        narrowed = filters.with_(
            since=max(bucket.start, filters.since) if filters.since else bucket.start,
            until=min(bucket.end, filters.until) if filters.until else bucket.end,
        )
        bars.append(
            Bar(
                key=bucket.key,
                x=round(i * slot, 2),
                width=round(max(slot * 0.85, 1), 2),
                total=bucket.total,
                segments=segments,
                href=path + narrowed.query(),
                label=bucket.key if i % every == 0 else None,
            )
        )
    legend = [(t, colour(t)) for t in timeline.types]
    return TimelineChart(timeline.unit, WIDTH, HEIGHT, bars, legend, peak)


def share(n: int, rows: list) -> float:
    """Width in percent of a count's bar, relative to the largest count of its table."""
    top = max((r[-1] for r in rows), default=0)
    return round(100 * n / top, 1) if top else 0.0
