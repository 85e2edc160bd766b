"""Stage 2, text: ``RawArticle`` -> ``Document``.

Normalises the text (the stored text every offset points into), gives it a content-hash id,
takes a title from the first line and a publication date from a dateline when the source had
none, and splits multi-post pages at their datelines.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from watchfloor.models import Document, Post, RawArticle
from watchfloor.text.datelines import find_datelines

__all__ = ["EmptyArticleError", "content_id", "normalise_text", "to_document"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANKS = re.compile(r"\n{3,}")
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n", "\x85": "\n"})


class EmptyArticleError(ValueError):
    """The article has no text after cleaning."""


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # line and paragraph separators (U+2028/2029, NEL) break lines like a newline does
    text = text.translate(_LINE_BREAKS)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = unwrap_hard_breaks(text)
    return _MANY_BLANKS.sub("\n\n", text).strip()


def unwrap_hard_breaks(text: str) -> str:
    """Join lines that an e-mail or wire system wrapped at a fixed width.

    A line break ends a sentence for the nlp stage (headlines and datelines carry no full
    stop), so a text wrapped at ~75 characters must first become one line per paragraph. A
    line is a wrapped one when the text is wrapped (most lines run close to one width) and
    this line runs to that width too; short lines (headlines, datelines) keep their break.
    """
    lines = text.split("\n")
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 8:
        return text
    width = lengths[int(len(lengths) * 0.75)]
    if not 45 <= width <= 120:
        return text
    near = sum(1 for n in lengths if n >= width - 20) / len(lengths)
    if near < 0.5 or sum(1 for n in lengths if n > width + 15) > len(lengths) * 0.1:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 == len(lines):
            break
        wrapped = line and lines[i + 1] and len(line) >= width - 20
        out.append(" " if wrapped else "\n")
    return "".join(out)


def content_id(text: str) -> str:
    """Stable id of an article: the hash of its text with whitespace collapsed."""
    canonical = " ".join(text.split()).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:16]


def to_document(article: RawArticle, max_chars: int = 200_000) -> Document:
    text = normalise_text(article.text)[:max_chars]
    if len(text.split()) < 3:
        raise EmptyArticleError(f"{article.origin}: article is empty or has under 3 words")
    title = article.title or _first_line_title(text)
    datelines = find_datelines(text)
    published = article.published
    if published is None and datelines and datelines[0].start < 600:
        published = datelines[0].date
    posts = _posts_from_datelines(text, datelines)
    return Document(
        id=content_id(text),
        text=text,
        url=article.url,
        title=title.strip() if title else None,
        published=published,
        source=article.source,
        fmt=article.fmt,
        origin=article.origin,
        posts=posts,
        dateline_dates=[(d.start, d.end) for d in datelines if d.is_line_start],
        dispatch=_is_dispatch(datelines, published),
    )


def _is_dispatch(datelines: list, published) -> bool:
    """The date of the article is the one its opening dateline prints."""
    return bool(datelines) and datelines[0].start < 600 and datelines[0].date == published


def _first_line_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 else None


def _posts_from_datelines(text: str, datelines: list) -> list[Post]:
    """Posts only when a page carries several datelines: each runs to the next."""
    line_starts = [d for d in datelines if d.is_line_start]
    if len(line_starts) < 2:
        return []
    posts = []
    for i, d in enumerate(line_starts):
        start = 0 if i == 0 else d.line_offset
        end = line_starts[i + 1].line_offset if i + 1 < len(line_starts) else len(text)
        posts.append(Post(start=start, end=end, published=d.date, dateline=d.text))
    return posts
