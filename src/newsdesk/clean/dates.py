"""Publication date: from the input, the page, the URL or the text.

The order of trust is the contract's: a date given with the input, then the
page's metadata (found by the HTML extractor), then a date in the URL path,
then a dateline near the top of the text. The first that parses wins and
is recorded as ``published_source``.

>>> published_from_url("https://news.example/2021/07/26/afghan-soldiers.html")
'2021-07-26'
>>> published_from_url("https://news.example/world/2019/nov/19/story")
'2019-11-19'
>>> published_from_text("KABUL, July 26, 2021 - Soldiers crossed ...")
'2021-07-26'
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2]|[a-z]{3})[/_-](0?[1-9]|[12]\d|3[01])(?!\d)",
    re.IGNORECASE,
)
_MONTH_ABBREVIATIONS = {name: number for number, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_TEXT_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
# A dateline sits in the first lines; dates further down are usually the
# event's or background, not the publication's.
_TEXT_HEAD_CHARS = 600


def normalise_date(value: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) of an ISO 8601 date or datetime string, else None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return date_parser.isoparse(value).date().isoformat()
    except (ValueError, OverflowError):
        return None


def published_from_url(url: str | None) -> str | None:
    """Date in a URL path such as /2021/07/26/, /2021/jul/26/ or /2021-07-26-slug, else None."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        month = match[2].lower()
        number = _MONTH_ABBREVIATIONS.get(month) if month.isalpha() else int(month)
        if number is not None and (found := _valid(int(match[1]), number, int(match[3]))):
            return found
    return None


def published_from_text(text: str) -> str | None:
    """Date of a dateline in the first few lines of ``text``, else None."""
    match = _TEXT_DATE.search(text[:_TEXT_HEAD_CHARS])
    if not match:
        return None
    try:
        parsed = date_parser.parse(match[0], default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if found > date.today():
        return None
    return found.isoformat()
