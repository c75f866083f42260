"""What some content is, by its look: a binary format, text that is not text, or HTML.

The one test for files, standard input and web pages alike. :func:`binary_reason` judges the
decoded text (:class:`summarizer._ingest._decode.Decoded` applies it): magic numbers of binary
formats, NUL characters, and a share of control characters that text never has. A page says
what it is in its ``Content-Type``, but a server may call a PDF ``text/plain``: the body
decides. :func:`looks_like_html` tells HTML from plain text, for a file without an HTML suffix,
standard input, and a page served as text or with no type.
"""

from __future__ import annotations

import re

__all__ = ["MAX_CONTROL_SHARE", "binary_reason", "looks_like_feed", "looks_like_html", "magic"]

# Leading bytes of binary formats: (magic, media type, what the input looks like).
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "looks like PDF"),
    (b"PK\x03\x04", "application/zip", "looks like a ZIP archive, e.g. DOCX or EPUB"),
    (b"PK\x05\x06", "application/zip", "looks like a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "looks like a PNG image"),
    (b"\xff\xd8\xff", "image/jpeg", "looks like a JPEG image"),
    (b"GIF87a", "image/gif", "looks like a GIF image"),
    (b"GIF89a", "image/gif", "looks like a GIF image"),
    (b"\x1f\x8b", "application/gzip", "looks like gzip data"),
    (b"\xfd7zXZ\x00", "application/x-xz", "looks like xz data"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed", "looks like a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "application/zstd", "looks like zstd data"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "application/x-ole-storage",
        "looks like an old Office document (DOC, XLS)",
    ),
    (b"\x7fELF", "application/x-executable", "looks like an executable"),
    # Text, but markup a reader would take for words ("{\rtf1\ansi\f0\pard ...").
    (b"{\\rtf", "application/rtf", "looks like an RTF document: save it as plain text"),
    (b"II*\x00", "image/tiff", "looks like a TIFF image"),
    (b"MM\x00*", "image/tiff", "looks like a TIFF image"),
)
# Decoded binary is about a quarter control characters; text has next to none.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def magic(data: bytes) -> tuple[str, str] | None:
    """``(media type, what it looks like)`` when ``data`` starts like a binary format."""
    for prefix, media_type, what in _MAGIC:
        if data.startswith(prefix):
            return media_type, what
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "application/octet-stream", "looks like a RIFF media file"
    # "BZh" may also start a text; bzip2 follows it with a block size and a block magic.
    if data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] in (b"1AY&SY", b"\x17rE8P"):
        return "application/x-bzip2", "looks like bzip2 data"
    return None


def binary_reason(data: bytes, text: str) -> str | None:
    """What ``data`` looks like when it is not text (``text`` is ``data`` decoded); else None.

    Magic numbers first (they name the format), then NUL characters, then the share of
    control characters.
    """
    found = magic(data)
    if found is not None:
        return found[1]
    if "\x00" in text:
        return "looks like binary data: it contains NUL bytes"
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        return "looks like binary data: too many control characters"
    return None


# The root element of an RSS, Atom or RDF feed: it comes before any entry.
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` (its start is enough) is XML with a feed's root element."""
    head = text.lstrip("\ufeff \t\r\n")[:2048]
    return head.startswith("<") and _FEED_ROOT.search(head) is not None


_START_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
# fmt: off
_HTML_TAGS = frozenset({
    "html", "head", "body", "title", "meta", "link", "script", "style", "div", "span", "p",
    "a", "br", "hr", "img", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
    "header", "footer", "nav", "main", "aside", "ul", "ol", "li", "table", "tr", "td", "th",
    "em", "strong", "b", "i", "figure", "figcaption", "blockquote", "pre", "time", "form",
    "input", "button", "iframe", "noscript",
})
# fmt: on


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document or fragment rather than plain text.

    True for a doctype, an ``<html>``, ``<head>`` or ``<body>`` near the start, or a start
    made of HTML tags (three or more known tags in the first 2,000 characters).
    """
    head = text.lstrip("\ufeff \t\r\n")[:2048]
    lowered = head.lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return True
    if not lowered.startswith("<"):
        return False
    if lowered.startswith("<?xml"):  # XHTML has an <html> element; a feed or SVG does not
        return "<html" in lowered
    if re.search(r"<(?:html|head|body)\b", lowered):
        return True
    tags = [m.group(2).lower() for m in _START_TAG.finditer(head)]
    return sum(tag in _HTML_TAGS for tag in tags) >= 3
