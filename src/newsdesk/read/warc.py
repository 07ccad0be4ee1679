"""Read HTML pages out of WARC and WARC.gz archives (warcio).

Only ``response`` records with an HTML payload become articles; request,
metadata and non-HTML records are skipped silently. A record cut short
(a truncated download) is rejected by name, and the records before it are
kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsdesk.model import RawItem, Rejection
from newsdesk.read.decode import MAX_ARTICLE_BYTES, UnreadableInput, declared_charset, decode_bytes

_READ_ERRORS = (UnreadableInput, ArchiveLoadFailed, EOFError, OSError, ValueError)


def iter_warc(stream: IO[bytes], name: str) -> Iterator[RawItem | Rejection]:
    """Yield one RawItem per HTML response record of the archive ``name``."""
    records = ArchiveIterator(stream)
    number = 0
    end_of_last = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except _READ_ERRORS as err:
            yield Rejection(path=name, line=number + 1, reason=f"unreadable WARC record: {err}")
            return
        number += 1
        try:
            item = _record_to_item(record, name, number)
            records.read_to_end(record)
            end_of_last = records.get_record_offset() + records.get_record_length()
        except _READ_ERRORS as err:
            uri = record.rec_headers.get_header("WARC-Target-URI")
            yield Rejection(id=uri, path=None if uri else name, line=number,
                            reason=f"WARC record {number} of {name}: {err}")
            return
        if item is not None:
            yield item
    if _trailing_garbage(stream, end_of_last):
        yield Rejection(path=name, line=number + 1,
                        reason=f"truncated WARC: incomplete data after record {number} (byte {end_of_last})")


def _record_to_item(record, name: str, number: int) -> RawItem | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{number}"
    declared_length = int(record.rec_headers.get_header("Content-Length") or 0)
    if declared_length > MAX_ARTICLE_BYTES:
        raise UnreadableInput(f"record too large ({declared_length} bytes)")
    payload = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    # warcio's LimitReader counts down what is left of the declared length.
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise UnreadableInput(f"truncated record: Content-Length says {declared_length} bytes, fewer were present")
    # WARC-Date is the crawl date, not the publication date: not used.
    return RawItem(id=uri, origin=f"{name}#{number}", url=uri,
                   html=decode_bytes(payload, _charset(content_type) or declared_charset(payload)))


def _trailing_garbage(stream: IO[bytes], end_of_last: int) -> bool:
    """True if bytes other than blank lines follow the last complete record.

    warcio stops quietly at a gzip member cut short; this finds it.
    """
    if not stream.seekable():
        return False
    stream.seek(end_of_last)
    return bool(stream.read(4096).strip())


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
