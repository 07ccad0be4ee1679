"""Read loose .txt and .html files: one file, one article."""

from __future__ import annotations

from pathlib import Path

from newsdesk.model import RawItem
from newsdesk.read.decode import check_size, declared_charset, decode_bytes

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)


def read_loose_file(path: Path, article_id: str) -> RawItem:
    """Read one .txt or .html file as an article whose id is ``article_id``.

    Raises UnreadableInput (empty, binary, too large, unknown encoding).
    """
    check_size(path.stat().st_size)
    data = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES:
        return RawItem(id=article_id, origin=str(path), html=decode_bytes(data, declared_charset(data)))
    return RawItem(id=article_id, origin=str(path), text=decode_bytes(data))
