"""Content-Encoding undone in bounded pieces (summarizer/_inflate.py)."""

from __future__ import annotations

import gzip
import random
import tracemalloc
import zlib
from collections.abc import Callable

import pytest
from bombs import GIB, MIB, stacked_gzip_bomb
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer._ingest._inflate import (
    MAX_LAYERS,
    PIECE,
    CorruptEncoding,
    Inflater,
    UnsupportedEncoding,
    encodings,
)


def _raw_deflate(data: bytes) -> bytes:
    deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return deflate.compress(data) + deflate.flush()


_ENCODE: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
}


def _decode(codings: list[str], body: bytes, chunk: int, piece: int) -> bytes:
    inflater = Inflater(codings, piece=piece)
    out = bytearray()
    for start in range(0, len(body), chunk):
        for part in inflater.feed(body[start : start + chunk]):
            # Decoded output comes in pieces; with no coding, the chunk as it came.
            assert 0 < len(part) <= (piece if codings else chunk)
            out += part
    return bytes(out)


@given(
    data=st.binary(max_size=3000) | st.builds(lambda n: b"ab" * n, st.integers(0, 12_000)),
    codings=st.lists(st.sampled_from(["gzip", "deflate"]), max_size=MAX_LAYERS),
    chunk=st.integers(1, 5000),
    piece=st.integers(1, 70_000),
)
@settings(deadline=None)  # one byte at a time through four layers takes a while
def test_any_stack_decodes_to_the_original_in_bounded_pieces(
    data: bytes, codings: list[str], chunk: int, piece: int
) -> None:
    body = data
    for name in codings:
        body = _ENCODE[name](body)
    assert _decode(codings, body, chunk, piece) == data


@pytest.mark.parametrize("chunk", [1, 2, 7, 65536])
def test_raw_deflate_and_several_gzip_members(chunk: int) -> None:
    text = b"<p>Talks resumed in Doha on Monday.</p>" * 500
    assert _decode(["deflate"], _raw_deflate(text), chunk, 1000) == text
    members = gzip.compress(text[:100]) + gzip.compress(text[100:])
    assert _decode(["gzip"], members, chunk, 1000) == text
    # Junk after the last member is ignored, as browsers do.
    assert _decode(["gzip"], gzip.compress(text) + b"\x00\x00junk", chunk, 1000) == text


def test_a_truncated_stream_gives_what_it_has() -> None:
    text = random.Random(5).randbytes(100_000)
    decoded = _decode(["gzip"], gzip.compress(text)[:-5000], 999, PIECE)
    assert decoded and text.startswith(decoded)


def test_corrupt_data_is_a_typed_error() -> None:
    with pytest.raises(CorruptEncoding) as caught:
        _decode(["gzip"], b"this is not gzip", 100, PIECE)
    assert caught.value.encoding == "gzip"
    assert "incorrect header check" in caught.value.reason


def test_one_chunk_of_a_bomb_yields_one_piece_at_a_time() -> None:
    bomb = stacked_gzip_bomb(GIB)  # one 2.5 kB chunk, 1 GiB inside
    tracemalloc.start()
    try:
        pieces = Inflater(["gzip", "gzip"]).feed(bomb)
        decoded = 0
        for piece in pieces:
            assert len(piece) <= PIECE
            decoded += len(piece)
            if decoded > 20 * MIB:
                break
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert decoded > 20 * MIB
    assert peak < 5 * MIB, f"peak {peak / MIB:.1f} MiB"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, []),
        ("", []),
        ("identity", []),
        ("gzip", ["gzip"]),
        ("GZip , x-gzip", ["gzip", "gzip"]),
        ("deflate, identity, gzip", ["deflate", "gzip"]),
    ],
)
def test_encodings_are_read_in_the_order_applied(header: str | None, expected: list[str]) -> None:
    assert encodings(header) == expected


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("br", "unsupported content encoding 'br' (only gzip and deflate)"),
        ("gzip, zstd", "unsupported content encoding 'zstd' (only gzip and deflate)"),
        ("gzip, gzip, gzip, gzip, gzip", "content encoded 5 times (at most 4)"),
    ],
)
def test_other_encodings_are_refused(header: str, reason: str) -> None:
    with pytest.raises(UnsupportedEncoding) as caught:
        encodings(header)
    assert caught.value.reason == reason
