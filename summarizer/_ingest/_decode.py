"""From bytes to text: the one cascade for files, standard input and fetched pages.

:func:`decode` takes the first of these that holds:

1. **A byte-order mark** (UTF-32, UTF-8, UTF-16; the longer mark first, since UTF-32 LE's
   starts with UTF-16 LE's). It names the codec outright, over any declaration, as in
   browsers. Bytes invalid under it are replaced with U+FFFD, as a browser shows them.
2. **The charsets the input declares**, in order: the HTTP ``Content-Type`` charset, then the
   HTML ``<meta charset>`` (or ``http-equiv``) in the first 8 KiB. A Latin-1 label in the header
   yields to the meta tag: it is the usual server default, and the page knows better. A
   declaration the bytes contradict is skipped rather than trusted: bytes that do not decode
   under it, or a Latin-1/windows-1252 label on bytes that are valid, non-ASCII UTF-8 (a
   server default left on a UTF-8 site). Latin-1 labels mean windows-1252, and a meta tag that
   claims UTF-16 means UTF-8 (the tag itself was read as ASCII), both as in the WHATWG
   Encoding standard. Unknown labels, and Python codecs that are no web encoding (``hex``,
   ``unicode-escape``, ``undefined``), are skipped.
3. **UTF-16 without a byte-order mark**, recognised by a NUL in nearly every other byte.
4. **UTF-8**, when the bytes are valid UTF-8.
5. **windows-1252**, which never fails: the five bytes it leaves unassigned read as the C1
   controls of the same number, as browsers read them (WHATWG's windows-1252), instead of
   turning the whole text into Latin-1 for the sake of one byte.

Then :attr:`Decoded.binary` says whether the result is text at all, by one test for every
input (:func:`summarizer._ingest._sniff.binary_reason`: magic numbers, NUL characters, the share
of control characters), and by the share of bytes a byte-order mark's codec could not decode
(over 5%, the same share as control characters, it is not text but data behind a mark).

**Where files and pages differ, and why: only in what they declare.** A page has its HTTP
charset (``charset=``), and its meta tag is read whatever its content type, because servers
label HTML ``text/plain`` and the header charset may be a default that the page overrides. A
file or standard input declares nothing; an HTML file's meta tag is read once the file is known
to be HTML (``meta=True``): a text file that quotes a meta tag is not naming its own encoding.
Every other step, and the test for binary data, are the same code for both, so the same bytes
with nothing declared decode to the same text, file or page.

Feeds are the exception that stays outside: feedparser decodes a feed's bytes itself, as XML
must be (its own ``<?xml encoding=...?>`` declaration).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from summarizer._ingest._sniff import MAX_CONTROL_SHARE, binary_reason

__all__ = ["Decoded", "decode", "meta_charset"]

# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WINDOWS_1252 = "cp1252"
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_META_WINDOW = 8192
# Labels browsers read as windows-1252 (WHATWG Encoding). They are also the usual server
# defaults, so a page that says otherwise in its meta is believed over them.
_LATIN1_LABELS = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "l1",
        "cp819",
        "ibm819",
        "us-ascii",
        "ascii",
        "iso_8859-1",
        "windows-1252",
        "cp1252",
        "x-cp1252",
    }
)
# Python codecs a label can name that are no web encoding: a "charset=unicode-escape" would
# have the body's backslashes read as escapes, and "undefined" raises on any byte.
_NOT_WEB_CODECS = frozenset(
    {"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode"}
)
# The bytes windows-1252 leaves unassigned; WHATWG maps each to the C1 control of its number.
_UNASSIGNED_1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")
_FROM_LATIN1_TO_1252 = {
    b: bytes([b]).decode(_WINDOWS_1252) for b in range(0x80, 0xA0) if b not in _UNASSIGNED_1252
}
_UTF16_SAMPLE = 4096


@dataclass(frozen=True)
class Decoded:
    """Bytes decoded: the ``text``, the ``codec`` that made it, and the bytes themselves.

    ``invalid`` counts the characters replaced because the codec a byte-order mark named
    could not decode them (the only step that replaces rather than moving on).
    """

    text: str
    codec: str
    data: bytes = field(repr=False)
    invalid: int = 0

    @property
    def binary(self) -> str | None:
        """What the bytes look like when they are not text (one line, lower case), else None."""
        if self.invalid > MAX_CONTROL_SHARE * len(self.text):
            return f"invalid {self.codec.upper()} after a byte-order mark"
        return binary_reason(self.data, self.text)


def decode(data: bytes, *, charset: str | None = None, meta: bool = False) -> Decoded:
    """``data`` decoded by the cascade above; never raises.

    ``charset`` is the one a page's HTTP header declares (a file has none); ``meta`` reads the
    document's own ``<meta charset>`` too (a page, an HTML file).
    """
    marked = _bom(data)
    if marked is not None:
        codec, skip = marked
        try:
            return Decoded(data[skip:].decode(codec), codec, data)
        except UnicodeDecodeError:
            text = data[skip:].decode(codec, errors="replace")
            return Decoded(text, codec, data, invalid=text.count("\ufffd"))
    for codec in _declared(data, charset, meta_charset(data) if meta else None):
        if codec == _WINDOWS_1252:
            return _latin_label(data)
        try:
            return Decoded(data.decode(codec), codec, data)
        except (UnicodeError, LookupError):
            # LookupError: a codec Python knows that is no text encoding ("hex", "zlib").
            continue
    codec16 = _bomless_utf16(data)
    if codec16 is not None:
        try:
            return Decoded(data.decode(codec16), codec16, data)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8", data)
    except UnicodeDecodeError:
        return Decoded(_windows_1252(data), _WINDOWS_1252, data)


def meta_charset(data: bytes) -> str | None:
    """The charset label an HTML ``<meta>`` in the first 8 KiB of ``data`` declares."""
    match = _META_CHARSET.search(data[:_META_WINDOW])
    return match.group(1).decode("ascii") if match else None


# --------------------------------------------------------------------------- the steps


def _bom(data: bytes) -> tuple[str, int] | None:
    """The codec ``data``'s byte-order mark names and the mark's length, or ``None``."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _declared(data: bytes, header: str | None, meta: str | None) -> list[str]:
    """The codecs the declarations name, in the order they are tried."""
    declared = [(header, False), (meta, True)]
    if header and meta and _label(header) in _LATIN1_LABELS:
        declared.reverse()
    found = [_codec(label, from_meta=from_meta) for label, from_meta in declared]
    return [codec for codec in found if codec is not None]


def _label(label: str) -> str:
    return label.strip().strip("\"'").lower()


def _codec(label: str | None, *, from_meta: bool) -> str | None:
    if not label:
        return None
    name = _label(label)
    if name in _LATIN1_LABELS:
        return _WINDOWS_1252
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in _NOT_WEB_CODECS:
        return None
    # A meta tag that claims UTF-16 was itself read as ASCII, so the claim is false (WHATWG).
    if from_meta and codec.startswith("utf-16"):
        return "utf-8"
    return codec


def _latin_label(data: bytes) -> Decoded:
    """A Latin-1 or windows-1252 label: believed unless the bytes are non-ASCII UTF-8."""
    if not data.isascii():
        try:
            return Decoded(data.decode("utf-8"), "utf-8", data)
        except UnicodeDecodeError:
            pass
    return Decoded(_windows_1252(data), _WINDOWS_1252, data)


def _bomless_utf16(data: bytes) -> str | None:
    """The UTF-16 codec of text saved without a byte-order mark, judged by its NUL pattern."""
    sample = data[:_UTF16_SAMPLE]
    # No NUL at all is the common case, and finding that out is one memchr.
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) >= 0.9 * half and even.count(0) <= 0.1 * half:
        return "utf-16-le"
    if even.count(0) >= 0.9 * half and odd.count(0) <= 0.1 * half:
        return "utf-16-be"
    return None


def _windows_1252(data: bytes) -> str:
    try:
        return data.decode(_WINDOWS_1252)
    except UnicodeDecodeError:
        # Python's cp1252 refuses the five unassigned bytes; Latin-1 reads every byte as its
        # own code point, and the table puts windows-1252's characters back on the rest.
        return data.decode("latin-1").translate(_FROM_LATIN1_TO_1252)
