"""Clean one raw item into an Article: the single entry point of the clean stage.

>>> from newsdesk.model import RawItem
>>> raw = RawItem(id="n1", origin="demo", url="https://harbour.example/2025/03/14/fire",
...               text="Home / News\\n\\nFerry fire off the coast\\n\\n"
...                    "Forty passengers were evacuated on Friday after a fire broke out on a ferry, "
...                    "the coast guard said.\\n\\nBack to top")
>>> article = clean_item(raw)
>>> article.title, article.published, article.published_source, article.source
('Ferry fire off the coast', '2025-03-14', 'url', 'harbour.example')
>>> article.text
'Forty passengers were evacuated on Friday after a fire broke out on a ferry, the coast guard said.'
"""

from __future__ import annotations

from collections.abc import Collection

from newsdesk.clean.dates import normalise_date, published_from_text, published_from_url
from newsdesk.clean.furniture import restore_line_breaks, strip_furniture
from newsdesk.clean.html import ExtractionError, PageExtract, extract_page, holds_markup
from newsdesk.clean.language import detect_language
from newsdesk.clean.source import source_of
from newsdesk.model import Article, RawItem


class CleanError(ValueError):
    """The item holds no usable article text; the message says why."""


def clean_item(raw: RawItem, recurring: Collection[str] = frozenset()) -> Article:
    """Main text, title, language, publication date and source of ``raw``.

    ``recurring`` holds line keys (see ``furniture.line_key``) that recur
    across articles of the same source: evidence that they are furniture.
    """
    page = _extract(raw) if raw.html and raw.html.strip() else None
    text = restore_line_breaks(raw.text) if raw.text else raw.text
    if page is None and text and holds_markup(text):
        page, text = _fragment(text, raw.url), None  # a text field that kept the page's tags is read as HTML
    if text and text.strip():
        cleaned = strip_furniture(text, recurring=recurring, known_title=raw.title)
        if recurring and not cleaned.body.strip():
            # Every line recurs: the outlet published this text before (a
            # reprint), which is no reason to empty it.
            cleaned = strip_furniture(text, known_title=raw.title)
        body, found_title, removed = cleaned.body, cleaned.title, cleaned.removed_lines
    elif page is not None:
        body, found_title, removed = page.text, page.title, page.removed_lines
    else:
        raise CleanError("no text and no HTML")
    if not body.strip():
        raise CleanError("no article text left after removing site furniture")
    url = raw.url or (page.url if page else None)
    published, published_source = _published(raw, page, url, body)
    title = _first(raw.title, page.title if page else None, found_title)
    return Article(
        id=raw.id,
        text=body,
        title=title,
        language=_language(raw, page, title, body),
        published=published,
        published_source=published_source,
        source=source_of(raw.source, url, page.source if page else None),
        url=url,
        removed_lines=removed,
    )


def _extract(raw: RawItem) -> PageExtract | None:
    try:
        return extract_page(raw.html or "", raw.url)
    except ExtractionError as err:
        if raw.text and raw.text.strip():
            return None  # the page only adds metadata; its text is not needed
        raise CleanError(str(err)) from err


def _fragment(text: str, url: str | None) -> PageExtract:
    """The main text of a text field that holds markup ("<p>...</p>"); none in it ("<script>...</script>" alone)
    makes the item unusable, as a page without text does."""
    try:
        return extract_page(text, url)
    except ExtractionError as err:
        raise CleanError(f"the text holds HTML markup and no article text ({err})") from err


def _published(raw: RawItem, page: PageExtract | None, url: str | None, body: str):
    if given := normalise_date(raw.published):
        return given, "input"
    if page is not None and page.published and page.published_source:
        return page.published, page.published_source
    if from_url := published_from_url(url):
        return from_url, "url"
    if from_text := published_from_text(body) or published_from_text(raw.text or ""):
        return from_text, "text"
    return None, None


def _language(raw: RawItem, page: PageExtract | None, title: str | None, body: str) -> str | None:
    if raw.language and raw.language.strip():
        return raw.language.strip().lower()
    return detect_language(f"{title or ''}\n{body}", hint=page.language if page else None)


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None
