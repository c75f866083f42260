"""Byte-order marks: the one table both text files and web pages are decoded by."""

from __future__ import annotations

import codecs

# UTF-32 first: its little-endian BOM starts with UTF-16's.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_codec(data: bytes) -> tuple[str, int] | None:
    """The codec ``data``'s byte-order mark names and the mark's length, or ``None``."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None
