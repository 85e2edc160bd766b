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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise DecodeError("unknown text encoding: re-save the file as UTF-8")
    text = str(best)
    if _control_ratio(text) > 0.01:
        raise DecodeError(f"text decodes as {best.encoding} only with control characters")
    return text


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(text)
