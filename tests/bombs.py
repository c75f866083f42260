"""Compression bombs for the web tests, built in a fraction of a second.

``stacked_gzip_bomb(1 << 30)`` is 2.5 kB that ``Content-Encoding: gzip, gzip`` decodes to 1 GiB
of zeros. The inner layer is one gzip member written without compressing a gigabyte: after a
full flush zlib's state is reset, so every further MiB of zeros compresses to the same block,
which is repeated; the trailer's CRC-32 is computed over the zeros as zlib would.
"""

from __future__ import annotations

import gzip
import struct
import zlib

MIB = 1 << 20
GIB = 1 << 30
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"


def gzip_zeros(size: int) -> bytes:
    """One gzip member holding ``size`` zero bytes (a multiple of 1 MiB)."""
    assert size % MIB == 0 and size > 0
    zeros = bytes(MIB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.flush()
    crc = 0
    for _ in range(size // MIB):
        crc = zlib.crc32(zeros, crc)
    body = block + again * (size // MIB - 1) + end
    return _GZIP_HEADER + body + struct.pack("<II", crc, size & 0xFFFFFFFF)


def stacked_gzip_bomb(size: int = GIB) -> bytes:
    """``size`` zero bytes under two layers of gzip (``Content-Encoding: gzip, gzip``)."""
    return gzip.compress(gzip_zeros(size), 9)


def deflate_bomb(size: int) -> bytes:
    """``size`` zero bytes as one zlib stream (``Content-Encoding: deflate``)."""
    deflate = zlib.compressobj(9)
    zeros = bytes(MIB)
    return b"".join(deflate.compress(zeros) for _ in range(size // MIB)) + deflate.flush()
