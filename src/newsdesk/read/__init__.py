"""Readers: turn paths (and standard input) into a stream of RawItem.

Everything CONTRACT.md accepts goes through :func:`iter_inputs`: JSONL
files or ``-`` for standard input, loose .txt/.html files, WARC archives,
and directories holding any of them; besides, RSS and Atom feed files
(.rss, .atom) and http(s) addresses of feeds or pages. Readers stream: one item at a time,
so memory does not grow with the size of the input. Whatever cannot be
read becomes a :class:`~newsdesk.model.Rejection` naming the item, and the
stream goes on.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "note.txt").write_text("Storm hits the coast.")
>>> _ = (folder / "empty.txt").write_text("")
>>> [(type(x).__name__, x.id if hasattr(x, "origin") else x.reason) for x in iter_inputs([str(folder)])]
[('Rejection', 'empty file'), ('RawItem', 'note.txt')]
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsdesk.model import RawItem, Rejection
from newsdesk.read.decode import UnreadableInput
from newsdesk.read.feeds import FEED_SUFFIXES, read_feed_file
from newsdesk.read.files import HTML_SUFFIXES, TEXT_SUFFIXES, read_loose_file
from newsdesk.read.jsonl import iter_jsonl
from newsdesk.read.warc import iter_warc
from newsdesk.read.web import is_web_address, iter_web

__all__ = ["iter_inputs", "UnreadableInput"]

_JSONL_SUFFIXES = (".jsonl",)
_WARC_SUFFIXES = (".warc", ".warc.gz")


def iter_inputs(inputs: Iterable[str]) -> Iterator[RawItem | Rejection]:
    """Yield every article (or rejection) found in ``inputs``, in order."""
    for name in inputs:
        if name == "-":
            yield from iter_jsonl(sys.stdin.buffer, "<stdin>")
            continue
        if is_web_address(name):
            yield from iter_web(name)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _iter_directory(path)
        elif path.is_file():
            yield from _iter_file(path, path.name)
        else:
            yield Rejection(path=name, reason="no such file or directory")


def _iter_directory(root: Path) -> Iterator[RawItem | Rejection]:
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if _kind(path) is not None:
            yield from _iter_file(path, path.relative_to(root).as_posix())


def _iter_file(path: Path, article_id: str) -> Iterator[RawItem | Rejection]:
    kind = _kind(path)
    try:
        if kind == "jsonl":
            with path.open("rb") as stream:
                yield from iter_jsonl(stream, str(path))
        elif kind == "warc":
            with path.open("rb") as stream:
                yield from iter_warc(stream, str(path))
        elif kind == "loose":
            yield read_loose_file(path, article_id)
        elif kind == "feed":
            yield from read_feed_file(path, article_id)
        else:
            yield Rejection(path=str(path), reason="unsupported file type (expected .jsonl, .txt, .html, .htm, .warc, "
                                                   ".warc.gz, .rss, .atom)")
    except UnreadableInput as err:
        yield Rejection(path=str(path), reason=str(err))
    except OSError as err:
        yield Rejection(path=str(path), reason=f"cannot read file: {err.strerror or err}")


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(HTML_SUFFIXES + TEXT_SUFFIXES):
        return "loose"
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    return None
