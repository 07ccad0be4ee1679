"""Times: date expressions found in the text, resolved against the publication date.

A time claim's value is ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}`` with
``"part_of_day"`` (morning, afternoon, evening, night) when the text says it.
Resolution rules, stated once:

- a weekday means the most recent such day on or before publication ("on
  Sunday" in a Monday paper is the day before; "on Monday" in a Monday paper
  is that day), unless preceded by "next";
- a day and month without a year take the latest such date not after
  publication (plus one day of slack for time zones);
- "earlier this month" runs from the first of the month to the day before
  publication; "last week" is the seven days before the current week;
- "yesterday", "today", "tonight", "last night" are relative to publication.

Expressions are found with patterns built from CLDR month and weekday names
(English, French, Spanish, German, Italian, Portuguese, Dutch) rather than by
``dateparser.search``, which is slow and reads many ordinary words as dates;
the arithmetic after that is a few lines of calendar code.

>>> from newsdesk.facts.document import FactText
>>> text = "The troops crossed on Sunday night. In a similar incident on July 1, 35 crossed."
>>> found = find_times(FactText.of("a", text, language="en", published="2021-07-26"))
>>> [(text[f.start:f.end], f.value) for f in found]
[('on Sunday night', {'start': '2021-07-25', 'end': '2021-07-25', 'part_of_day': 'night'}), ('on July 1', {'start': '2021-07-01', 'end': '2021-07-01'})]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from newsdesk.facts.document import FactText, Finding

LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")
_PARTS_OF_DAY = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "matin": "morning", "soir": "evening", "soirée": "evening", "nuit": "night", "après-midi": "afternoon",
    "mañana": "morning", "tarde": "afternoon", "noche": "night", "madrugada": "night",
    "morgen": "morning", "nachmittag": "afternoon", "abend": "evening", "nacht": "night",
    "mattina": "morning", "pomeriggio": "afternoon", "sera": "evening", "notte": "night",
}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A resolved time expression: a span and the days it covers."""

    start: int
    end: int
    first: date
    last: date
    part_of_day: str | None = None

    @property
    def value(self) -> dict[str, str]:
        value = {"start": self.first.isoformat(), "end": self.last.isoformat()}
        if self.part_of_day:
            value["part_of_day"] = self.part_of_day
        return value


def find_times(fact_text: FactText, mentions: list[TimeMention] | None = None) -> list[Finding]:
    """Every resolvable time expression as a ``time`` finding ("when it happened").

    ``mentions`` are this text's :func:`time_mentions` when the caller has them already.
    """
    if mentions is None:
        mentions = time_mentions(fact_text.text, fact_text.published)
    return [Finding("time", "when it happened", m.value, m.start, m.end) for m in mentions]


def time_mentions(text: str, published: date | None) -> list[TimeMention]:
    """Resolved time expressions of ``text``, in text order, without overlaps.

    >>> [m.value for m in time_mentions("Earlier this month, and on 1 July 2021.", date(2021, 7, 26))]
    [{'start': '2021-07-01', 'end': '2021-07-25'}, {'start': '2021-07-01', 'end': '2021-07-01'}]
    """
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in _patterns():
        for match in pattern.finditer(text):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            mention = resolve(match, published)
            if mention is not None:
                found.append(mention)
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


# ---- resolution of each pattern -------------------------------------------------------------


def _explicit_date(match: re.Match, published: date | None) -> TimeMention | None:
    month = _month_of(match["month"])
    if month is None:
        return None
    day = int(match["day"])
    year = int(match["year"]) if match["year"] else _year_for(month, day, published)
    if year is None:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return TimeMention(match.start(), match.end(), when, when, _part(match))


def _month_only(match: re.Match, published: date | None) -> TimeMention | None:
    month = _month_of(match["month"])
    if month is None:
        return None
    year = int(match["year"]) if match["year"] else _year_for(month, 1, published)
    if year is None:
        return None
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    if published and match["early"] and "earlier" in match["early"].lower() and last >= published:
        last = published - timedelta(days=1)
    return TimeMention(match.start(), match.end(), first, last)


def _weekday(match: re.Match, published: date | None) -> TimeMention | None:
    if published is None:
        return None
    weekday = _weekday_numbers().get(match["weekday"].lower())
    if weekday is None:
        return None
    back = (published.weekday() - weekday) % 7
    when = published - timedelta(days=back)
    if match["next"]:
        when = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif match["last"] and back == 0:
        when -= timedelta(days=7)
    return TimeMention(match.start(), match.end(), when, when, _part(match))


def _relative_day(match: re.Match, published: date | None) -> TimeMention | None:
    if published is None:
        return None
    word = match["word"].lower()
    offset = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "tomorrow": 1, "hier": -1, "ayer": -1,
              "gestern": -1, "ieri": -1, "ontem": -1}.get(word)
    if offset is None:
        return None
    when = published + timedelta(days=offset)
    part = {"last night": "night", "tonight": "night", "this morning": "morning",
            "this afternoon": "afternoon", "this evening": "evening"}.get(word)
    return TimeMention(match.start(), match.end(), when, when, part)


def _relative_period(match: re.Match, published: date | None) -> TimeMention | None:
    if published is None:
        return None
    phrase = " ".join(match["period"].lower().split())
    yesterday = published - timedelta(days=1)
    if phrase in ("earlier this month", "this month"):
        first, last = published.replace(day=1), yesterday
    elif phrase == "last month":
        last = published.replace(day=1) - timedelta(days=1)
        first = last.replace(day=1)
    elif phrase in ("earlier this week", "this week"):
        first, last = published - timedelta(days=published.weekday()), yesterday
    elif phrase == "last week":
        first = published - timedelta(days=published.weekday() + 7)
        last = first + timedelta(days=6)
    elif phrase in ("earlier this year", "this year"):
        first, last = published.replace(month=1, day=1), yesterday
    elif phrase == "last year":
        first, last = date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    else:
        return None
    if last < first:
        last = first
    return TimeMention(match.start(), match.end(), first, last)


def _iso_date(match: re.Match, published: date | None) -> TimeMention | None:
    try:
        when = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return TimeMention(match.start(), match.end(), when, when)


def _month_of(word: str) -> int | None:
    """Month number of a matched month word; "may", "mar" in lower case are other words."""
    key = word.lower().rstrip(".")
    if key in _AMBIGUOUS_MONTHS and not word[0].isupper():
        return None
    return _month_numbers().get(key)


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """The year of the latest (month, day) not after publication (one day of slack)."""
    if published is None:
        return None
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year
    return year if candidate <= published + timedelta(days=1) else year - 1


def _part(match: re.Match) -> str | None:
    part = match.groupdict().get("part")
    return _PARTS_OF_DAY.get(part.lower()) if part else None


# ---- patterns ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, object], ...]:
    """The expression patterns, most specific first (earlier matches win overlaps)."""
    months = _alternation(_month_numbers())
    weekdays = _alternation(_weekday_numbers())
    parts = _alternation(_PARTS_OF_DAY)
    on = r"(?:\b(?:on|in|during|at|le|el|am|il|no|op)\s+(?:the\s+)?)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
    year = r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?"
    part = rf"(?:\s+(?:(?:in\s+the|à\s+la|por\s+la|de\s+la|in\s+der)\s+)?(?P<part>{parts}))?"
    return (
        (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso_date),
        (re.compile(rf"{on}(?<!\w){day}\s+(?:of\s+|de\s+)?(?P<month>{months})\.?{year}(?!\w)", re.I),
         _explicit_date),
        (re.compile(rf"{on}(?<!\w)(?P<month>{months})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d){year}(?!\w)", re.I), _explicit_date),
        (re.compile(rf"\b(?P<early>earlier\s+in|early|late|mid-?|in|since|en)\s+(?P<month>{months})"
                    rf"(?:\s+(?P<year>(?:19|20)\d\d))?(?!\w)", re.I), _month_only),
        (re.compile(rf"(?:(?P<next>\bnext\s+)|(?P<last>\blast\s+)|{on})(?<!\w)(?P<weekday>{weekdays})"
                    rf"{part}(?!\w)", re.I), _weekday),
        (re.compile(r"(?i)\b(?P<word>yesterday|last night|today|tonight|this (?:morning|afternoon|evening)"
                    r"|tomorrow|hier|ayer|gestern|ieri|ontem)\b"), _relative_day),
        (re.compile(r"(?i)\b(?P<period>(?:earlier\s+)?this\s+(?:month|week|year)|last\s+(?:month|week|year))\b"),
         _relative_period),
    )


def _alternation(words: dict[str, object]) -> str:
    """A regex alternation of ``words``, longest first; capitalised English forms only for English."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Lower-case month names (wide and abbreviated) of LANGUAGES -> month number."""
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=language).items():
                key = name.lower().rstrip(".")
                if len(key) >= 3:
                    months.setdefault(key, number)
    months["sept"] = 9
    return months


# Month names that are also ordinary words ("may", "mar" = sea, "set"): only taken capitalised.
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "set", "ago", "dic", "mai", "jan", "dez", "ott", "abr", "out"})


@lru_cache(maxsize=1)
def _weekday_numbers() -> dict[str, int]:
    """Lower-case weekday names of LANGUAGES -> weekday (Monday = 0)."""
    from babel.dates import get_day_names

    days: dict[str, int] = {}
    for language in LANGUAGES:
        for number, name in get_day_names("wide", locale=language).items():
            days.setdefault(name.lower(), number)
    return days
