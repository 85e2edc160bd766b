"""Article text cut into pieces for showing evidence: which sentence each piece belongs to and
which fields' words it carries.

The text is untrusted, so nothing here makes markup: the pieces are plain strings that the
templates escape. Spans may overlap (the words "shot dead" can give both the type and the
weapon) or cross sentence ends; cutting the text at every span boundary handles both. A span
whose stored text is not what the article holds at its offsets is left unmarked and counted,
rather than marking the wrong words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from watchfloor.models import FieldSpan, Span


@dataclass
class Piece:
    text: str
    fields: tuple[str, ...] = ()
    anchor: str | None = None  # id the field list links to (a field's words start here)


@dataclass
class Block:
    """A run of text inside one evidence sentence (``evidence`` its number) or outside all."""

    evidence: int | None
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class Highlighted:
    blocks: list[Block]
    anchors: dict[int, str]  # index of a field span -> id of the piece its words start at
    unmatched: int  # spans whose stored text is not the article's at those offsets


def highlight(
    text: str, evidence: list[Span], fields: list[FieldSpan], prefix: str = ""
) -> Highlighted:
    """Cut ``text`` at every boundary of ``evidence`` and ``fields``."""
    ev = [(i, s) for i, s in enumerate(evidence) if _matches(text, s)]
    fs = [(i, s) for i, s in enumerate(fields) if _matches(text, s)]
    unmatched = len(evidence) - len(ev) + len(fields) - len(fs)
    cuts = {0, len(text)}
    for _, s in ev + fs:
        cuts.update((s.start, s.end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    blocks: list[Block] = []
    anchors: dict[int, str] = {}
    for start, end in pairwise(bounds):
        if start == end:
            continue
        sentence = next((i for i, s in ev if s.start <= start and end <= s.end), None)
        names = tuple(dict.fromkeys(s.field for _, s in fs if s.start <= start and end <= s.end))
        starting = [i for i, s in fs if s.start == start]
        anchor = f"{prefix}w{starting[0]}" if starting else None
        for i in starting:
            anchors[i] = anchor  # type: ignore[assignment]
        piece = Piece(text[start:end], names, anchor)
        if blocks and blocks[-1].evidence == sentence:
            last = blocks[-1].pieces[-1]
            if last.fields == names and anchor is None:
                last.text += piece.text
            else:
                blocks[-1].pieces.append(piece)
        else:
            blocks.append(Block(sentence, [piece]))
    return Highlighted(blocks, anchors, unmatched)


def _matches(text: str, span: Span | FieldSpan) -> bool:
    return 0 <= span.start < span.end <= len(text) and text[span.start : span.end] == span.text
