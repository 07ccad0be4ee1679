"""Read an http(s) address: a feed gives its entries, a web page one article.

The response is read up to a size limit with a timeout, so a slow or endless
server cannot hold the batch up. What the server says it sent (its content
type) decides between feed and page; a response that says neither is tried
as a feed. Every failure (no such host, HTTP 404, a timeout, a binary file)
becomes a Rejection naming the address.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator

from newsdesk import __version__
from newsdesk.model import RawItem, Rejection
from newsdesk.read.decode import MAX_ARTICLE_BYTES, UnreadableInput, declared_charset, decode_bytes
from newsdesk.read.feeds import MAX_FEED_BYTES, iter_feed

TIMEOUT_SECONDS = 30
_FEED_TYPES = ("rss", "atom", "xml")
_USER_AGENT = f"newsdesk/{__version__}"


def is_web_address(name: str) -> bool:
    """Whether an input names an http(s) address rather than a path."""
    return name.lower().startswith(("http://", "https://"))


def iter_web(url: str) -> Iterator[RawItem | Rejection]:
    """The articles at ``url``: a feed's entries, or the page itself."""
    try:
        final_url, content_type, data = _fetch(url)
        if "html" in content_type:
            yield _page(url, final_url, data)
        else:
            yield from iter_feed(data, url)
    except UnreadableInput as err:
        yield Rejection(path=url, reason=str(err))
    except urllib.error.HTTPError as err:
        yield Rejection(path=url, reason=f"cannot fetch: HTTP {err.code} {err.reason}")
    except (OSError, ValueError, http.client.HTTPException) as err:  # URLError is an OSError; a bad port a ValueError
        reason = getattr(err, "reason", None) or err
        yield Rejection(path=url, reason=f"cannot fetch: {'timed out' if isinstance(reason, socket.timeout) else reason}")


def _fetch(url: str) -> tuple[str, str, bytes]:
    """The address after redirects, the content type and the body (refused beyond the size limit)."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        content_type = (response.headers.get_content_type() or "").lower()
        limit = MAX_FEED_BYTES if any(kind in content_type for kind in _FEED_TYPES) else MAX_ARTICLE_BYTES
        data = response.read(limit + 1)
        if len(data) > limit:
            raise UnreadableInput(f"too large: more than {limit / 2**20:.0f} MiB")
        if not data:
            raise UnreadableInput("empty response")
        return response.geturl(), content_type, data


def _page(url: str, final_url: str, data: bytes) -> RawItem:
    return RawItem(id=url, origin=url, html=decode_bytes(data, declared_charset(data)), url=final_url)
