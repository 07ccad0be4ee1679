"""Main text and page metadata out of one HTML page.

``extract_page`` is the only entry point. Three steps find the main text:

1. An article that the page splits into sibling containers of the same
   class (the paragraphs cut into chunks around ads) is joined back into
   the first container, so that the extractor sees it whole.
2. trafilatura extracts the text in its precision mode, and in its balanced
   mode too when that comes up short (list pages, short notices).
3. A line filter drops what trafilatura lets through of the page furniture:
   the headline repeated above the body, "Related:"/"Read more" links,
   share/follow/newsletter prompts, ads, credits and sign-offs, copyright,
   tags and "Updated ..." lines, comment counters.

Title, canonical URL, site name and language hint come from the page's own
markup. The publication date comes from the page's metadata and markup
(htmldate, without its free-text search), and otherwise from a date in the
URL. Nothing is fetched from the network.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from newsdesk.clean.dates import published_from_url

__all__ = ["ExtractionError", "PageExtract", "extract_page", "holds_markup"]


@dataclass(frozen=True, slots=True)
class PageExtract:
    """What ``extract_page`` found in one page."""

    text: str
    """Main body text, one paragraph per line; no title line, no furniture."""
    title: str | None
    published: str | None
    """Publication date, ISO YYYY-MM-DD."""
    published_source: Literal["html-meta", "url"] | None
    """"html-meta" if the date comes from the page's markup, "url" if only from the URL."""
    language: str | None
    """ISO 639-1 hint from ``<html lang>`` or a meta tag, lower-case."""
    url: str | None
    """The canonical URL the page declares, else the URL passed in."""
    source: str | None
    """Site name (og:site_name)."""
    removed_lines: int = 0
    """Lines of the extracted text dropped as furniture (the repeated headline not counted)."""


class ExtractionError(ValueError):
    """No main text could be extracted; the message says why."""


# Larger input is rejected rather than parsed: a news page is a few hundred
# kB, and parsing and extraction time grow with the size.
MAX_HTML_CHARS = 20_000_000
# A precision-mode text shorter than this may have missed the article (list
# pages, short notices): trafilatura's balanced mode is then tried as well ...
_SHORT_TEXT_CHARS = 1000
# ... and replaces it only when clearly longer, not merely a little noisier.
_LONGER_RATIO = 2.5


def extract_page(html: str, url: str | None = None) -> PageExtract:
    """Main text, title, publication date, language, canonical URL and site of a page.

    >>> page = extract_page(
    ...     '<html lang="en-GB"><head><title>Ferry fire | Harbour News</title>'
    ...     '<meta property="og:site_name" content="Harbour News">'
    ...     '<meta property="article:published_time" content="2021-07-26T08:00:00Z">'
    ...     '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
    ...     '<article><h1>Ferry fire</h1>'
    ...     '<p>Forty passengers were evacuated after a fire broke out on a '
    ...     'ferry near the harbour, the coast guard said.</p>'
    ...     '<p>Two rescue boats reached the burning ferry within minutes, '
    ...     'and nobody was hurt.</p>'
    ...     '<p>Share this article</p></article>'
    ...     '<footer>Copyright 2021 Harbour News</footer></body></html>',
    ...     url="https://harbour.example/news/ferry-fire")
    >>> print(page.text)
    Forty passengers were evacuated after a fire broke out on a ferry near the harbour, the coast guard said.
    Two rescue boats reached the burning ferry within minutes, and nobody was hurt.
    >>> page.title, page.published, page.published_source, page.language, page.source
    ('Ferry fire', '2021-07-26', 'html-meta', 'en', 'Harbour News')

    Raises ``ExtractionError`` (a ``ValueError``) with the reason when the
    input is not a usable page or holds no main text.
    """
    tree = _parse(html)
    try:
        source = _site_name(tree)
        titles = _title_candidates(tree)
        title = _strip_site_name(titles[0], source) if titles else None
        canonical = _canonical_url(tree, url)
        published, published_source = _published(tree, url, canonical)
        language = _language(tree)
        _join_split_bodies(tree)
        body = _main_text(tree, url)
    except Exception as err:  # lxml and trafilatura raise many kinds on odd pages
        raise ExtractionError(f"extraction failed: {type(err).__name__}: {err}") from err
    text, removed = _drop_furniture(body, [title, *titles] if title else titles)
    if not text:
        raise ExtractionError("no main text found in page")
    return PageExtract(
        text=text,
        title=title,
        published=published,
        published_source=published_source,
        language=language,
        url=canonical,
        source=source,
        removed_lines=removed,
    )


# ---------------------------------------------------------------------------
# parsing

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
# An element of an article's markup, opening or closing: what a text field holds when an export kept the page's
# tags ("<p>Two people ...</p>"). "3 < 5" or "<<Title>>" is no tag.
_ARTICLE_TAG = re.compile(r"</?(?:p|br|div|span|b|i|u|em|strong|a|h[1-6]|ul|ol|li|table|tr|td|th|img|figure"
                          r"|figcaption|blockquote|section|article|header|footer|nav|aside|script|style|iframe"
                          r"|noscript|form|button|hr)(?:\s[^<>]*)?/?>", re.IGNORECASE)


def holds_markup(text: str) -> bool:
    """Whether a text holds HTML tags of an article's markup, to be read as a page fragment, not as plain text.

    >>> holds_markup("<p>Two people were killed.</p>"), holds_markup("In maths, 3 < 5 and 7 > 2.")
    (True, False)
    """
    return _ARTICLE_TAG.search(text) is not None


def _parse(html: str) -> HtmlElement:
    if isinstance(html, bytes):
        raise ExtractionError("expected HTML as str, got bytes: decode it first")
    if not isinstance(html, str):
        raise ExtractionError(f"expected HTML as str, got {type(html).__name__}")
    if not html.strip():
        raise ExtractionError("empty document")
    if len(html) > MAX_HTML_CHARS:
        raise ExtractionError(f"document too large: {len(html):,} characters (limit {MAX_HTML_CHARS:,})")
    head = html[:4096]
    if len(_CONTROL.findall(head)) > len(head) // 20:
        raise ExtractionError("input looks like binary data, not HTML")
    try:
        tree = load_html(html)
        if tree is None:
            # trafilatura refuses fragments that lack an <html> element: give them one
            tree = load_html(f"<html><body>{html}</body></html>")
    except Exception as err:
        raise ExtractionError(f"unparseable HTML: {type(err).__name__}: {err}") from err
    if tree is None:
        raise ExtractionError("unparseable HTML")
    return tree


# ---------------------------------------------------------------------------
# main text

_CHUNK_TAGS = frozenset({"div", "section"})
# Each chunk of a split article holds this many paragraphs with text; cards
# of a teaser list rarely hold more than one.
_CHUNK_MIN_PARAGRAPHS = 2


def _join_split_bodies(tree: HtmlElement) -> None:
    """Move the content of same-class sibling chunks into the first one, in place.

    trafilatura takes the first container that looks like the article body;
    pages that cut the body into several such containers lose the rest.
    """
    for parent in list(tree.iter()):
        if len(parent) < 2:
            continue
        groups: dict[str, list[HtmlElement]] = defaultdict(list)
        for child in parent:
            if child.tag in _CHUNK_TAGS and child.get("class"):
                groups[f"{child.tag} {child.get('class')}"].append(child)
        for chunks in groups.values():
            if len(chunks) < 2 or not all(_paragraphs(c) >= _CHUNK_MIN_PARAGRAPHS for c in chunks):
                continue
            first = chunks[0]
            for chunk in chunks[1:]:
                if chunk.text and chunk.text.strip():
                    _append_text(first, chunk.text)
                first.extend(list(chunk))
                chunk.drop_tree()  # keeps the text that follows the chunk in place


def _paragraphs(element: HtmlElement) -> int:
    return sum(1 for p in element.iter("p") if p.text_content().strip())


def _append_text(element: HtmlElement, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _main_text(tree: HtmlElement, url: str | None) -> str:
    # bare_extraction copies the tree it is given, so both runs see the same page
    text = _trafilatura(tree, url, favor_precision=True)
    if len(text) < _SHORT_TEXT_CHARS:
        fuller = _trafilatura(tree, url, favor_precision=False)
        if len(fuller) > _LONGER_RATIO * len(text):
            text = fuller
    return text


def _trafilatura(tree: HtmlElement, url: str | None, *, favor_precision: bool) -> str:
    document = bare_extraction(
        tree,
        url=url,
        favor_precision=favor_precision,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    return (document.text or "") if document is not None else ""


# ---------------------------------------------------------------------------
# furniture lines

# A line longer than this is prose: no furniture phrasing is this long.
_FURNITURE_MAX_WORDS = 30
# The repeated headline sits in the first lines of the extracted text.
_TITLE_LINES = 3

# Phrasings that make a short line furniture wherever it stands. Each kind
# has phrasings that open the line and phrasings found anywhere in it.
_FURNITURE_PHRASES: dict[str, tuple[str, str | None]] = {
    # links to other stories
    "related": (
        r"related(?:\s+(?:articles?|stories|posts?|news|content|coverage|reading|links?))?\s*[:|]"
        r"|(?:read|see)\s+(?:more|also|next)\b|also\s+(?:read|see)\b|more\s+(?:from|on|stories|news)\b.*[:|]"
        r"|also\s+on\s+\S+\s|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)"
        r"|don[’']?t\s+miss|do\s+not\s+miss|most\s+(?:popular|read|viewed|shared)\b"
        r"|recommended\s*(?:for\s+you|stories|reading)?\s*[:|]"
        r"|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|weiterlesen|(?:à\s+)?lire\s+aussi|voir\s+aussi"
        r"|lea\s+también|lee\s+también|te\s+puede\s+interesar|leggi\s+anche"
        r"|auch\s+interessant|schon\s+gelesen|(?:das|dies)\s+könnte\s+(?:dich|sie)\s+auch\s+interessieren",
        None,
    ),
    # share, follow, subscribe and newsletter prompts
    "prompt": (
        r"like\s+this\s+(?:story|article)|share\s+(?:this\s+(?:article|story|post|page)|on|via)\b"
        r"|sign\s+up\b|subscribe\b|follow\s+(?:us|@)",
        r"\bnewsletter\b.*\b(?:inbox|sign(?:ing)?\s+up|subscrib)"
        r"|\b(?:inbox|sign(?:ing)?\s+up|subscrib\w*)\b.*\bnewsletter\b"
        r"|\bfollow\s+(?:\w+\s+){0,3}on\s+(?:twitter|facebook|instagram)|\bemail\s+(?:\w+\s+){1,3}at\s+\S+@",
    ),
    "ad": (r"(?:advertisement|sponsored|anzeige|publicité|publicidad)\b", None),
    # photo credits, and credits and sign-offs of the reporting
    "credit": (
        r"(?:image|photo|picture|video|foto|bild|titelbild|beitragsbild)\s*(?:credits?|source)?\s*:"
        r"|\(?(?:photo\s+)?crédits?(?:\s+photos?)?\s*:|\(credit:"
        r"|\(?(?:image|photo|picture)\s+(?:credit|source|courtesy)\b",
        r"contributed\s+to\s+this\s+report|additional\s+reporting\s+by|\(reporting\s+by|\bediting\s+by\s+\w",
    ),
    "copyright": (r"©|copyright\b", r"\ball\s+rights\s+reserved\b"),
    "tags": (r"(?:tags?|filed\s+under|posted\s+in|categories|topics)\s*:", None),
    "dateline": (
        r"(?:updated|published|posted|last\s+(?:updated|modified)|first\s+published|letzte\s+änderung"
        r"|veröffentlicht|aktualisiert)\s*(?:at|on|am|:)?\s*:?\s*\d",
        None,
    ),
    "comments": (
        r"(?:\d+|no|keine)?\s*(?:comments?|kommentare?|commentaires?|comentarios?)"
        r"(?:\s+insgesamt)?\s*:?\s*\d*$",
        None,
    ),
}
_FURNITURE_START = re.compile(
    "|".join(f"(?:{start})" for start, _ in _FURNITURE_PHRASES.values()), re.IGNORECASE
)
_FURNITURE_INSIDE = re.compile(
    "|".join(f"(?:{inside})" for _, inside in _FURNITURE_PHRASES.values() if inside), re.IGNORECASE
)


def _drop_furniture(text: str, titles: list[str]) -> tuple[str, int]:
    """The text without furniture lines, and how many lines were dropped."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title_keys = {key for key in map(_key, titles) if key}
    kept: list[str] = []
    removed = 0
    for i, line in enumerate(lines):
        if not kept and i < _TITLE_LINES and _is_title(line, title_keys):
            continue
        if _is_furniture(line):
            removed += 1
        else:
            kept.append(line)
    return "\n".join(kept), removed


_NON_WORD = re.compile(r"[\W_]+")


def _key(text: str | None) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip() if text else ""


def _is_title(line: str, title_keys: set[str]) -> bool:
    key = _key(line)
    if not key:
        return False
    for title in title_keys:
        if key == title:
            return True
        # "Headline" against "Headline - Site", and the other way round
        if len(key) >= 20 and key in title and len(title) < 2 * len(key):
            return True
        if len(title) >= 20 and title in key and len(key) < 1.5 * len(title):
            return True
    return False


def _is_furniture(line: str) -> bool:
    if len(line.split()) > _FURNITURE_MAX_WORDS:
        return False
    return bool(_FURNITURE_START.match(line) or _FURNITURE_INSIDE.search(line))


# ---------------------------------------------------------------------------
# metadata


def _meta(tree: HtmlElement, *names: str) -> str | None:
    """Content of the first non-empty <meta property|name=...> among ``names``."""
    for name in names:
        for element in tree.iterfind(".//meta[@content]"):
            if name in (element.get("property"), element.get("name")):
                content = " ".join(element.get("content", "").split())
                if content:
                    return content
    return None


_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•»:-]\s+")


def _title_candidates(tree: HtmlElement) -> list[str]:
    """Headline candidates, best first: og/twitter title, the single <h1>, <title>."""
    found = [_meta(tree, "og:title"), _meta(tree, "twitter:title")]
    headings = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    headings = [h for h in headings if h]
    if len(headings) == 1:
        found.append(headings[0])
    element = tree.find(".//title")
    if element is not None:
        text = " ".join(element.text_content().split())
        if text:
            # "Headline | Site name": the longest part is the headline
            found.append(max(_TITLE_SEPARATOR.split(text), key=len))
            found.append(text)
    found.extend(headings[:1])
    unique: list[str] = []
    for title in found:
        if title and title not in unique:
            unique.append(title)
    return unique


def _strip_site_name(title: str, site: str | None) -> str:
    """'Headline | Site' -> 'Headline' when the page names the site."""
    if site:
        parts = _TITLE_SEPARATOR.split(title)
        if len(parts) > 1 and _key(parts[-1]) == _key(site):
            return title[: title.rfind(parts[-1])].rstrip(" |–—·•»:-")
    return title


def _site_name(tree: HtmlElement) -> str | None:
    name = _meta(tree, "og:site_name")
    return name.lstrip("@") or None if name else None


def _canonical_url(tree: HtmlElement, url: str | None) -> str | None:
    for element in tree.iterfind(".//link[@href]"):
        if "canonical" in (element.get("rel") or "").lower().split():
            found = _absolute_http(element.get("href"), url)
            if found:
                return found
    return _absolute_http(_meta(tree, "og:url"), url) or url


def _absolute_http(href: str | None, base: str | None) -> str | None:
    if not href or not href.strip():
        return None
    try:
        absolute = urljoin(base, href.strip()) if base else href.strip()
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


_LANGUAGE_CODE = re.compile(r"([a-zA-Z]{2})(?:$|[-_])")


def _language(tree: HtmlElement) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  tree.get("xml:lang")]
    candidates += [element.get("content") for element in tree.iterfind(".//meta[@http-equiv]")
                   if element.get("http-equiv", "").lower() == "content-language"]
    candidates.append(_meta(tree, "og:locale", "language", "dc.language", "DC.language"))
    for value in candidates:
        if value:
            match = _LANGUAGE_CODE.match(value.strip())
            if match:
                return match[1].lower()
    return None


# ---------------------------------------------------------------------------
# publication date


def _published(
    tree: HtmlElement, url: str | None, canonical: str | None
) -> tuple[str | None, Literal["html-meta", "url"] | None]:
    # url="" keeps htmldate from taking the date out of the (canonical) URL,
    # so that a date from the markup can be told apart from one from the URL.
    # extensive_search=False: meta tags, JSON-LD, <time> and date-classed
    # elements, then ISO-format dates; no search for dates written in prose.
    try:
        found = find_date(tree, extensive_search=False, original_date=True, url="")
    except Exception:  # a date parser bug must not cost the article its text
        found = None
    if found:
        return found, "html-meta"
    for candidate in (url, canonical):
        found = published_from_url(candidate)
        if found:
            return found, "url"
    return None, None
