"""Turn the bytes of a file or record into text, or say clearly why not.

UTF-8 is tried first. Text that is nearly all ASCII with a few high bytes is
Windows-1252 (a superset of Latin-1 for printable text): statistical
detectors misjudge such text when it is short. Anything else goes to
charset-normalizer, which recognises the other legacy encodings that old
news sites still serve. Binary data (images, archives, executables) is
refused rather than decoded into noise.

>>> decode_bytes("Café".encode("latin-1"))
'Café'
>>> decode_bytes(b"")  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
...
newsdesk.read.decode.UnreadableInput: empty file
"""

from __future__ import annotations

import re

import charset_normalizer

# One article larger than this is not an article: refuse it rather than
# hold it in memory and feed it to the NLP stages.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_BINARY_SNIFF = 4096
# Control characters that never occur in text files (tab, newlines, form
# feed and escape are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


_ASCII = bytes(range(128))
# <meta charset="gb2312"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)
_CHARSET_SNIFF_BYTES = 4096


class UnreadableInput(ValueError):
    """Raised with a reason a person can act on when input is not text."""


def check_size(size: int, limit: int = MAX_ARTICLE_BYTES, what: str = "one article") -> None:
    """Refuse an item of ``size`` bytes if it is larger than ``limit`` (by default, what one article can be)."""
    if size > limit:
        raise UnreadableInput(f"too large: {size / 2**20:.1f} MiB, the limit for {what} is {limit / 2**20:.0f} MiB")


def looks_binary(data: bytes) -> bool:
    """True when the first bytes hold NULs or many control characters."""
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > max(8, len(head) // 100)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text; raise UnreadableInput if it is empty or binary.

    ``declared`` is an encoding named by the container (an HTTP header in a
    WARC record), tried right after UTF-8.
    """
    check_size(len(data))
    if not data.strip():
        raise UnreadableInput("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise UnreadableInput(f"broken UTF-16 text: {err.reason}") from err
    if looks_binary(data):
        raise UnreadableInput("binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    western = _as_western(data)
    if western is not None:
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableInput("unknown text encoding (not UTF-8, no legacy encoding fits)")
    return str(best)


def _as_western(data: bytes) -> str | None:
    """Decode mostly-ASCII ``data`` as Windows-1252 (or Latin-1), else None."""
    high = len(data.translate(None, _ASCII))
    if high * 10 > len(data) * 3:  # Cyrillic, Greek, CJK... are mostly high bytes
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def declared_charset(html: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top, if any.

    >>> declared_charset(b'<html><head><meta charset="GB2312"></head>')
    'GB2312'
    """
    match = _META_CHARSET.search(html[:_CHARSET_SNIFF_BYTES])
    return match[1].decode("ascii") if match else None
