"""Read RSS and Atom feeds: one entry, one article.

feedparser reads every feed dialect (RSS 0.9x to 2.0, RSS 1.0, Atom) and
cleans the entries' HTML of scripts and event handlers. An entry's article is
the full text the feed carries (RSS ``content:encoded``, Atom ``content``),
else its summary; the page an entry links to is not fetched. An entry keeps
its own id (the guid, else its link), its link as the article's URL, its
title, its publication time (else its update time) and the feed's language.

>>> feed = b'''<rss version="2.0"><channel><title>Harbour Post</title><language>en-gb</language>
... <item><title>Ferry fire off Kos</title><link>https://harbourpost.example/ferry</link>
... <guid>hp-0001</guid><pubDate>Mon, 03 Mar 2025 09:30:00 GMT</pubDate>
... <description>&lt;p&gt;A ferry caught fire off Kos on Monday.&lt;/p&gt;</description></item>
... <item><title>Empty</title><guid>hp-0002</guid></item></channel></rss>'''
>>> first, second = iter_feed(feed, "harbour.rss")
>>> first.id, first.title, first.published, first.language, first.html
('hp-0001', 'Ferry fire off Kos', '2025-03-03T09:30:00Z', 'en', '<p>A ferry caught fire off Kos on Monday.</p>')
>>> second.path, second.reason
('harbour.rss#entry-2', "feed entry 'hp-0002' has no text")
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from newsdesk.model import RawItem, Rejection
from newsdesk.read.decode import UnreadableInput, check_size, looks_binary

FEED_SUFFIXES = (".rss", ".atom")
# A feed holds many articles, and feedparser reads it whole: the limit is that of a few dozen long articles.
MAX_FEED_BYTES = 64 * 1024 * 1024

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed_file(path: Path, article_id: str) -> Iterator[RawItem | Rejection]:
    """The entries of the feed file ``path`` (``article_id``: its id, as a loose file's).

    Raises UnreadableInput (empty, binary, too large, no feed).
    """
    check_size(path.stat().st_size, MAX_FEED_BYTES, "a feed")
    data = path.read_bytes()
    if not data:
        raise UnreadableInput("empty file")
    if looks_binary(data):
        raise UnreadableInput("binary data, not a feed")
    yield from iter_feed(data, str(path), article_id)


def iter_feed(data: bytes, origin: str, name: str | None = None) -> Iterator[RawItem | Rejection]:
    """Yield one RawItem per entry of the feed in ``data`` (``origin`` names it in errors).

    An entry without a guid or link is called ``name#entry-N`` (``name``: the feed's id, as a loose file's;
    ``origin`` by default).

    Raises UnreadableInput when ``data`` holds no feed at all.
    """
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise UnreadableInput(f"not an RSS or Atom feed: {parsed.get('bozo_exception')}")
        if not parsed.get("version"):
            raise UnreadableInput("not an RSS or Atom feed")
        return
    language = _language(parsed.feed.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        item = _entry_item(entry, origin, name or origin, number, language)
        if item.has_content:
            yield item
        else:
            yield Rejection(path=f"{origin}#entry-{number}", reason=f"feed entry {item.id!r} has no text")


def _entry_item(entry: Any, origin: str, name: str, number: int, language: str | None) -> RawItem:
    body, is_html = _body(entry)
    return RawItem(
        id=entry.get("id") or entry.get("link") or f"{name}#entry-{number}",
        origin=f"{origin}#entry-{number}",
        html=body if is_html else None,
        text=None if is_html else body,
        url=entry.get("link"),
        title=entry.get("title") or None,
        published=_timestamp(entry.get("published_parsed") or entry.get("updated_parsed")),
        language=_language(entry.get("language")) or language,
    )


def _body(entry: Any) -> tuple[str | None, bool]:
    """The longest full text of the entry, else its summary, and whether it is HTML."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        chosen = max(contents, key=lambda c: len(c["value"]))
        return chosen["value"], chosen.get("type", "text/html") in _HTML_TYPES
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return (summary or None), detail.get("type", "text/html") in _HTML_TYPES


def _timestamp(parsed: time.struct_time | None) -> str | None:
    """feedparser's UTC time as ISO 8601."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def _language(tag: str | None) -> str | None:
    """The primary subtag of a language tag ("en-gb" -> "en")."""
    primary = (tag or "").strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
