"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a confident guess."""

from __future__ import annotations

import codecs


class DecodeError(Exception):
    """The bytes are not text in any encoding we can name with confidence."""


def decode_bytes(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError("binary content (NUL bytes): not a text file")
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise DecodeError("unknown text encoding: re-save the file as UTF-8")
    text = str(best)
    if _control_ratio(text) > 0.01:
        raise DecodeError(f"text decodes as {best.encoding} only with control characters")
    return text


def _western(data: bytes) -> str | None:
    """Windows-1252 text (the usual non-UTF-8 news file) when it decodes cleanly.

    charset_normalizer often guesses a Central European code page for it and turns "Señor"
    into "Seńor"; plain Latin letters with Western accents are far likelier in this domain.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _control_ratio(text) > 0:
        return None
    odd = sum(1 for ch in text if ord(ch) > 127 and not ch.isalpha() and ch not in "’‘“”–—…€£°«»·")
    return text if odd <= max(2, len(text) // 200) else None


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(text)
