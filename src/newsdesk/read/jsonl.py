"""Read articles from JSON Lines: one JSON object per line.

Each line is parsed on its own, so a broken line costs only that line.

>>> import io
>>> lines = io.BytesIO(b'{"id": "a", "text": "Hi"}\\n{broken\\n')
>>> [type(x).__name__ for x in iter_jsonl(lines, "demo.jsonl")]
['RawItem', 'Rejection']
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from newsdesk.model import RawItem, Rejection
from newsdesk.read.decode import MAX_ARTICLE_BYTES, UnreadableInput, decode_bytes, looks_binary

_KNOWN = ("id", "text", "html", "url", "title", "published", "source", "language")


def iter_jsonl(stream: IO[bytes], name: str) -> Iterator[RawItem | Rejection]:
    """Yield a RawItem or a Rejection for every non-blank line of ``stream``."""
    for number, line in enumerate(_bounded_lines(stream), start=1):
        if line is None:
            yield Rejection(path=name, line=number, reason=f"line longer than {MAX_ARTICLE_BYTES} bytes")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(decode_bytes(line))
        except json.JSONDecodeError as err:
            yield Rejection(path=name, line=number, reason=f"broken JSON at column {err.colno}: {err.msg.removesuffix(' at')}")
            continue
        except UnreadableInput as err:
            yield Rejection(path=name, line=number, reason=f"unreadable line: {err}")
            continue
        try:
            yield parse_record(record, f"{name}:{number}")
        except ValueError as err:
            yield Rejection(path=name, line=number, reason=f"not a valid article: {_short(err)}")


def parse_record(record: Any, origin: str) -> RawItem:
    """Check one decoded JSON value against the contract and make a RawItem."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    article_id = record.get("id")
    if not isinstance(article_id, str) or not article_id.strip():
        raise ValueError("missing 'id' (a non-empty string is required)")
    fields: dict[str, str | None] = {}
    for key in _KNOWN[1:]:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"field '{key}' must be a string, got {type(value).__name__}")
        fields[key] = value
    for key in ("text", "html"):  # JSON escapes let a line carry what no text holds: NULs, control bytes
        if fields[key] and looks_binary(fields[key][:4096].encode("utf-8", "surrogatepass")):
            raise ValueError(f"article {article_id!r}: field '{key}' holds binary data, not text")
    item = RawItem(id=article_id, origin=origin, **fields)
    if not item.has_content:
        raise ValueError(f"article {article_id!r} has neither 'text' nor 'html'")
    return item


def _bounded_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of ``stream``; None for a line over the size limit (skipped, not held)."""
    while True:
        line = stream.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the line
                line = stream.readline(1 << 20)
            yield None
            continue
        yield line


def _short(err: Exception) -> str:
    text = str(err)
    return text if len(text) < 200 else text[:197] + "..."
