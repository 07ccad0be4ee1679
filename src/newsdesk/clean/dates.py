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
>>> published_from_text("Ferry runs aground off Harwich\\nLast updated 15:48 15/09/2013\\nThe ferry ...")
'2013-09-15'
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
# A date in figures ("Posted: 04/28/09 07:30", "Last updated 13:26 14/09/2013", "08.02.2013") counts only on a
# line of its own, beside at most a time and a few short words ("Posted at", "Updated", "On Tue,"): in a
# sentence, figures such as "3/4" or "1.2.3" are too often something else.
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.]|,\d)")
_CLOCK_TIME = re.compile(r"(?i)\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?")
_DATELINE_WORD = re.compile(r"[^\W\d_]{1,15}")
_DATELINE_WORDS = 4
_SEPARATORS = re.compile(r"[\s,:;|@•·\-–—]+")
# A US time zone on the line: the date is written month first.
_US_TIME_ZONE = re.compile(r"\b(?:[ECMP][SD]?T)\b")


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
    head = text[:_TEXT_HEAD_CHARS]
    match = _TEXT_DATE.search(head)
    if not match:
        return _numeric_dateline(head)
    try:
        parsed = date_parser.parse(match[0], default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def _numeric_dateline(head: str) -> str | None:
    """The date in figures of the first line of ``head`` that is a dateline, when its order is known.

    With dots the day comes first (14.09.2013: German, Russian, Polish, Turkish ... usage). With slashes
    either may: a part above 12 is the day; 05/02/2013 is May 2 in a US paper and 5 February in a British
    one, so such a date is left out (None) unless both readings agree (06/06/2013) or the line gives a US
    time zone ("8:13 AM PDT 8/2/2013").

    >>> _numeric_dateline("Posted: 04/28/09 07:30"), _numeric_dateline("On Tue, 16/08/2011-13:45")
    ('2009-04-28', '2011-08-16')
    >>> _numeric_dateline("Posted at 3:21 PM ET, 01/5/2011 |"), _numeric_dateline("08.02.2013")
    ('2011-01-05', '2013-02-08')
    >>> _numeric_dateline("UPDATED 05/03/2013 at 1:15 PM")  # May 3 or 5 March
    >>> _numeric_dateline("The vote of 14/09/2013 was put off until further notice.")  # not a dateline
    """
    for line in head.splitlines():
        match = _NUMERIC_DATE.search(line)
        if match is None or not _is_dateline(line, match):
            continue
        first, separator, second, year = int(match[1]), match[2], int(match[3]), int(match[4])
        if len(match[4]) == 2:
            year += 2000 if 2000 + year <= date.today().year else 1900
        if separator == "." or first > 12 >= second:
            return _valid(year, second, first)
        if second > 12 >= first or first == second or _US_TIME_ZONE.search(line):
            return _valid(year, first, second)
        return None
    return None


def _is_dateline(line: str, match: re.Match) -> bool:
    """Whether ``line`` holds nothing but the date ``match`` found, a time and a few short words."""
    rest = _CLOCK_TIME.sub(" ", line[:match.start()] + " " + line[match.end():])
    words = [word for word in _SEPARATORS.split(rest) if word]  # "POSTED: ... |" -> "POSTED"
    return len(words) <= _DATELINE_WORDS and all(_DATELINE_WORD.fullmatch(word) for word in words)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if found > date.today():
        return None
    return found.isoformat()
