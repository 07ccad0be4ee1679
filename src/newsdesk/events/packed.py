"""The byte layout the store keeps event profiles and member sketches in.

A record is a four-byte magic, three little-endian uint32 (the JSON header's
length and the lengths of two packed arrays the caller defines), the JSON
header, then the caller's arrays. JSON text for the term weights took longer
to write and read than the linking it serves; the header keeps the small,
irregular fields readable.

>>> data = pack(b"TEST", {"id": "a"}, (2, 0), [b"\\x00" * 16])
>>> unpack(b"TEST", data, "test record")  # header, array lengths, where the arrays start (4 + 12 + 11)
({'id': 'a'}, 2, 0, 27)
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable

_COUNTS = struct.Struct("<III")


def pack(magic: bytes, header: dict, counts: tuple[int, int], arrays: Iterable[bytes]) -> bytes:
    """``header`` and the packed ``arrays`` (their two lengths in ``counts``) behind ``magic``."""
    head = json.dumps(header).encode()
    return b"".join([magic, _COUNTS.pack(len(head), *counts), head, *arrays])


def unpack(magic: bytes, data: bytes, what: str) -> tuple[dict, int, int, int]:
    """The header of a record ``pack`` wrote, its two array lengths and the offset where the arrays start.

    Raises ValueError naming ``what`` when ``data`` is not such a record.
    """
    if not data.startswith(magic):
        raise ValueError(f"not {what}")
    header_size, first, second = _COUNTS.unpack_from(data, len(magic))
    offset = len(magic) + _COUNTS.size
    return json.loads(data[offset:offset + header_size]), first, second, offset + header_size
