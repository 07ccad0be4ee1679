"""The outlet an article comes from: the input's name for it, or the URL's domain.

>>> source_of(None, "https://www.dawn.com/news/1637000")
'dawn.com'
>>> source_of("Reuters", "https://example.com/x")
'Reuters'
"""

from __future__ import annotations

from urllib.parse import urlsplit


def source_of(given: str | None, url: str | None, site_name: str | None = None) -> str | None:
    """Outlet name: the input's ``source``, else the URL's domain, else the page's site name."""
    if given and given.strip():
        return given.strip()
    domain = domain_of(url)
    if domain:
        return domain
    return site_name.strip() if site_name and site_name.strip() else None


def domain_of(url: str | None) -> str | None:
    """Host of ``url`` without "www.", lower-case, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
