"""Undo a response's ``Content-Encoding`` a bounded piece at a time.

A compression bomb is a small body that decodes to gigabytes: 2.5 kB of ``gzip, gzip`` make
1 GiB of zeros. httpx's own decoders hand each network chunk to zlib whole, so one chunk of
such a body expands completely before anyone can count it. Here every layer of the stack gives
at most :data:`PIECE` bytes per step (zlib's ``max_length``), a piece goes through the next
layer before the following one is made, and the caller counts each piece of decoded output
as it comes: memory stays at a few pieces per layer, however much the body would decode to.

Decoded: ``gzip`` (also ``x-gzip``, several members), ``deflate`` (zlib-wrapped, or raw as
some servers send it) and ``identity``, stacked in any order up to :data:`MAX_LAYERS` layers;
that is all the fetcher asks for (:data:`ACCEPT_ENCODING`). Anything else (``br``, ``zstd``,
``compress``, an unknown name) is refused rather than passed on raw: undecoded bytes are not
the page.
"""

from __future__ import annotations

import zlib
from collections.abc import Generator, Iterator, Sequence

__all__ = [
    "ACCEPT_ENCODING",
    "MAX_LAYERS",
    "PIECE",
    "CorruptEncoding",
    "Inflater",
    "UnsupportedEncoding",
    "encodings",
]

ACCEPT_ENCODING = "gzip, deflate"
PIECE = 64 * 1024
MAX_LAYERS = 4
_NAMES = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}


class UnsupportedEncoding(Exception):
    """A content coding this module does not decode (``.encoding`` names it)."""

    def __init__(self, encoding: str, reason: str) -> None:
        super().__init__(reason)
        self.encoding = encoding
        self.reason = reason


class CorruptEncoding(Exception):
    """The body is not valid data of its declared coding (``.encoding`` names it)."""

    def __init__(self, encoding: str, reason: str) -> None:
        super().__init__(reason)
        self.encoding = encoding
        self.reason = reason


def encodings(header: str | None) -> list[str]:
    """The codings a ``Content-Encoding`` header lists, in the order they were applied,
    ``identity`` left out. Raises :class:`UnsupportedEncoding`."""
    names = [n.strip().lower() for n in (header or "").split(",")]
    found: list[str] = []
    for name in names:
        if name in ("", "identity"):
            continue
        if name not in _NAMES:
            raise UnsupportedEncoding(
                name, f"unsupported content encoding {name!r} (only gzip and deflate)"
            )
        found.append(_NAMES[name])
    if len(found) > MAX_LAYERS:
        raise UnsupportedEncoding(
            ", ".join(found), f"content encoded {len(found)} times (at most {MAX_LAYERS})"
        )
    return found


class _Layer:
    """One coding, decoded in pieces of at most ``piece`` bytes."""

    def __init__(self, name: str, piece: int) -> None:
        self.name = name
        self.piece = piece
        self.inflater: zlib._Decompress | None = None
        self.head = b""  # the first bytes of a stream, until there are enough to start it
        self.members = 0
        self.done = False  # past the end of the last stream: whatever follows is ignored

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data and not self.done:
            if self.inflater is None:
                self.head += data
                if len(self.head) < 2:
                    return
                data, self.head = self.head, b""
                self.inflater = self._start(data)
                if self.inflater is None:
                    self.done = True
                    return
            data = yield from self._inflate(self.inflater, data)

    def _start(self, head: bytes) -> zlib._Decompress | None:
        if self.name == "deflate":
            # Specified as zlib-wrapped; some servers send it raw. The header tells which.
            wrapped = (head[0] & 0x0F) == 8 and (head[0] << 8 | head[1]) % 31 == 0
            return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        # gzip may hold several members (RFC 1952); after the first, anything else is junk.
        if self.members and not head.startswith(b"\x1f\x8b"):
            return None
        self.members += 1
        return zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _inflate(self, inflater: zlib._Decompress, data: bytes) -> Generator[bytes, None, bytes]:
        """Yield what ``data`` decodes to; return what follows the end of the stream."""
        pending = data
        while True:
            try:
                out = inflater.decompress(pending, self.piece)
            except zlib.error as exc:
                raise CorruptEncoding(self.name, str(exc)) from None
            if out:
                yield out
            if inflater.eof:
                self.inflater = None
                self.done = self.name == "deflate"
                return inflater.unused_data
            pending = inflater.unconsumed_tail
            # A full piece may leave output inside zlib with no input left: ask again.
            if not pending and len(out) < self.piece:
                return b""


class Inflater:
    """Decodes a body encoded with ``codings`` (in the order they were applied).

    :meth:`feed` takes raw bytes as they arrive and yields decoded pieces of at most ``piece``
    bytes each; stop iterating at any time (at a size cap) and nothing more is decoded.
    A stream that ends early is taken as far as it goes (browsers do the same).
    """

    def __init__(self, codings: Sequence[str], piece: int = PIECE) -> None:
        # Undone in reverse: the last coding applied is the first to undo.
        self.layers = [_Layer(name, piece) for name in reversed(codings)]

    def feed(self, data: bytes) -> Iterator[bytes]:
        yield from self._through(0, data)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self.layers):
            if data:
                yield data
            return
        for piece in self.layers[index].feed(data):
            yield from self._through(index + 1, piece)
