"""What an extractor needs to know about a document: sentences, paragraphs, dates, places."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from watchfloor.data import load_toml
from watchfloor.geo import gazetteer
from watchfloor.geo.mentions import article_countries, find_places
from watchfloor.models import DateSpan, Document, Location
from watchfloor.time.find import find_time_expressions

# a line that gives only when the story was put out ("Published 2019-05-24", "Updated: 3 May")
_DATE_ONLY_LINE = re.compile(
    r"(?:Published|Posted|Updated|Last updated)\b\s*:?.{0,60}"
    r"|(?:[A-Za-z]+,?\s+)?(?:[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]+\s+\d{4}"
    r"|\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)


# How far below the start of a post its dateline may head it (characters): release numbers,
# "For Immediate Release" and a title may stand above it
_HEADING_REACH = 600

# the first lines of an article that may be its title: a page may print a section label above
# it, or the title twice
TITLE_LINES = 2


def title_line(index: int, text: str) -> bool:
    """The sentence at ``index`` is the article's title: among its first lines, with no full
    stop or closing quote (a headline tells news in the present and packs several clauses)."""
    return index <= TITLE_LINES and not text.rstrip().endswith((".", '"', "”", "'"))
_A_WORD = re.compile(r"[A-Za-z]{2}")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    span: object  # the spaCy Span
    # (start, end, value, spaCy entity) for every resolved date and place in the sentence
    dates: list[tuple[int, int, DateSpan, object]] = field(default_factory=list)
    places: list[tuple[int, int, Location, object]] = field(default_factory=list)
    ents: list = field(default_factory=list)  # spaCy entities inside the sentence

    @property
    def parsed(self) -> bool:
        """Tagged and parsed by the nlp stage (which skips sentences no extractor reads)."""
        return self.span[0].tag != 0


@dataclass
class DocContext:
    document: Document
    doc: object  # spaCy Doc
    sentences: list[Sentence]
    countries: Counter
    dateline_spans: list[tuple[int, int]]
    # what one extractor reads of the article and another asks for too (the pledges, which the
    # media extractor needs for the releases that show them): read once per article
    memo: dict[str, object] = field(default_factory=dict)
    # keep attacks told as history, marked ``past`` (``Settings.keep_past_attacks``)
    keep_past_attacks: bool = False

    def lead_of_post(self, sentence: Sentence) -> Sentence | None:
        """The first sentence of the story in ``sentence``'s post: after the title line, a
        line that only gives the date ("Published 2019-05-24"), and the heading lines a
        release prints down to its dateline ("2012-10-S-019", "For Immediate Release",
        "KABUL, Afghanistan (Oct. 16, 2012)"), none of which ends as a sentence does."""
        anchor = self.document.anchor_for(sentence.start)
        body = self._dateline_end(sentence.start)
        return next(
            (
                s
                for s in self.sentences
                if s.text.strip()
                and self.document.anchor_for(s.start) == anchor
                and not self._front_matter(s)
                and not (body is not None and self._heading_line(s, body))
            ),
            None,
        )

    def quoted_at(self, offset: int) -> bool:
        """The words at ``offset`` are inside a direct quotation: its paragraph has opened a
        quote before them and not closed it (a quote may run over several sentences)."""
        text = self.document.text
        before = text[text.rfind("\n", 0, offset) + 1 : offset]
        return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")

    def _heading_line(self, sentence: Sentence, body: int) -> bool:
        """A line down to the dateline ending at ``body`` that tells nothing past it and does
        not end as a sentence: a release number, "For Immediate Release", the dateline."""
        text = self.document.text
        return not _words_after(text, sentence, body) and not _ends_as_sentence(sentence.text)

    def _dateline_end(self, offset: int) -> int | None:
        """Where the dateline heading the post at ``offset`` ends, when one heads it (near the
        post's start: a date line deep in a story is no heading)."""
        post = next((p for p in self.document.posts if p.start <= offset < p.end), None)
        start = post.start if post is not None else 0
        end = post.end if post is not None else len(self.document.text)
        return next(
            (
                e
                for s, e in self.document.dateline_dates
                if start <= s < min(end, start + _HEADING_REACH)
            ),
            None,
        )

    def _front_matter(self, sentence: Sentence) -> bool:
        if _DATE_ONLY_LINE.fullmatch(sentence.text.strip()):
            return True
        # a headline: a first line of its own that does not end as a sentence does, under a
        # line that only gives the date ("Published 2017-07-12") when one opens the text
        start, end = self._headline_line()
        return end >= 0 and start <= sentence.start and sentence.end <= end + 1

    def _headline_line(self) -> tuple[int, int]:
        """(start, end) of the line a headline would stand on, or (-1, -1) when that line
        ends as a sentence does (a story that opens on its lead)."""
        text = self.document.text
        start = 0
        for _ in range(2):  # the first line, else the one after a date line
            newline = text.find("\n", start)  # no copy of the whole text
            if newline < 0:
                return -1, -1
            line = text[start:newline].strip()
            if line and not _DATE_ONLY_LINE.fullmatch(line):
                return (start, newline) if not _ends_as_sentence(line) else (-1, -1)
            start = newline + 1
            while text.startswith("\n", start):
                start += 1
        return -1, -1

    def fallback_location(self) -> Location | None:
        """The country the article is mostly about, when the event's own text names no place."""
        if not self.countries:
            return None
        code, _ = self.countries.most_common(1)[0]
        gaz = gazetteer()
        return Location(None, None, gaz.country_names.get(code), code, precision="country")


def _ends_as_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'"))


def _words_after(text: str, sentence: Sentence, offset: int) -> bool:
    """The sentence tells something past ``offset`` (a dateline's end), not only its close."""
    return bool(_A_WORD.search(text, max(sentence.start, offset), sentence.end))


def build_context(document: Document, doc) -> DocContext:
    sentences = list(_sentences(document.text, doc))
    starts = [s.start for s in sentences]
    for ent in doc.ents:
        sentence = _sentence_at(sentences, ent.start_char, starts)
        if sentence is not None and ent.end_char <= sentence.end:
            sentence.ents.append(ent)
    datelines = _dateline_spans(document.text)
    places = find_places(doc, datelines)
    countries = article_countries(places, doc)
    for place in places:
        if place.in_dateline:
            continue
        sentence = _sentence_at(sentences, place.start, starts)
        if sentence is not None:
            sentence.places.append((place.start, place.end, place.location, place.words))
    _resolve_dates(document, doc, sentences, starts)
    return DocContext(document, doc, sentences, countries, datelines)


def _sentences(text: str, doc):
    """spaCy sentences, split again at line breaks (headlines, datelines, list items)."""
    index = 0
    # paragraphs are the non-empty lines, numbered in order (blank lines do not count)
    paragraph_starts = [0] + [
        i + 1
        for i, ch in enumerate(text)
        if ch == "\n" and i + 1 < len(text) and text[i + 1] != "\n"
    ]
    for sent in doc.sents:
        start = sent.start_char
        for piece in text[sent.start_char : sent.end_char].split("\n"):
            p_start = start
            start += len(piece) + 1
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            s = p_start + lead
            e = s + len(stripped)
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            yield Sentence(index, s, e, text[s:e], _paragraph_of(paragraph_starts, s), span)
            index += 1


def _paragraph_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of datelines' place part ("BAGHDAD (AP) --", "KABUL, Afghanistan (Nov. 20) -")."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        m = re.match(
            r"^\s*([A-Z][A-ZÀ-ÖØ-Þ .'-]{2,40}(?:,\s*(?!" + _MONTH_WORD + r")[A-Z][\w .'-]{2,30}?)?)"
            r"(?:,\s*[^\n—–−:]{0,40}?\d{4})?\s*(?:\([^)]{0,40}\))?\s*[-—–−:]",
            line,
        )
        if m:
            spans.append((offset + m.start(1), offset + m.end(1)))
        offset += len(line) + 1
    return spans


def _sentence_at(sentences: list[Sentence], offset: int, starts: list[int] | None = None):
    starts = starts if starts is not None else [s.start for s in sentences]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None


_SAYING_LEMMAS = frozenset(load_toml("time.toml")["saying_words"])


def _day_of_saying(words) -> bool:
    """ "said on Tuesday": a day hung on a verb of saying (the parse, when the sentence has
    one)."""
    prep = words.root.head
    verb = prep.head if prep.dep_ == "prep" else prep
    return verb.lemma_.lower() in _SAYING_LEMMAS


def _resolve_dates(document: Document, doc, sentences: list[Sentence], starts: list[int]) -> None:
    """Find and resolve the time expressions of every sentence (``time.find``); datelines are
    publication dates, not event dates. "Two days later" counts from the last day told before
    it in the same post."""
    heads = document.dateline_dates
    narrative: date | None = None
    post_anchor: date | None = None
    for sentence in sentences:
        anchor = document.anchor_for(sentence.start)
        if anchor != post_anchor:
            narrative, post_anchor = None, anchor
        deed_day = None
        for mention in find_time_expressions(sentence.text, anchor, narrative):
            start, end = sentence.start + mention.start, sentence.start + mention.end
            if mention.span is None or any(s <= start < e or start <= s < end for s, e in heads):
                continue
            words = doc.char_span(start, end, alignment_mode="expand")
            if words is None:
                continue
            sentence.dates.append((start, end, mention.span, words))
            if mention.span.precision == "day" and mention.span.start:
                narrative = date.fromisoformat(mention.span.start)
                if not _day_of_saying(words):
                    deed_day = narrative
        # "arrested two men on Monday ..., the council said on Tuesday. The same day, ...": what
        # comes next counts from the deed's day, not from the day it was told
        narrative = deed_day or narrative
