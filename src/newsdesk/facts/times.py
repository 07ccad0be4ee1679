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
- "yesterday", "today", "tonight", "last night" are relative to publication;
  so is "N days/weeks/months/years ago" (the day, or the calendar week, month
  or year it falls in), and "overnight" alone (the night before publication,
  its two days, as "Thursday overnight" would be Thursday's).

Expressions are found with patterns built from CLDR month and weekday names
(via Babel) rather than by ``dateparser.search``, which is slow and reads many
ordinary words as dates; the arithmetic after that is a few lines of calendar
code. An article's patterns hold English and its own language's names (any
language CLDR knows, so "25 июля" and "रविवार" too); with no language given,
the seven languages of ``LANGUAGES``. Chinese and Japanese dates written
with 年/月/日 have a pattern of their own.

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
from functools import lru_cache, partial

from newsdesk.facts.document import FactText, Finding

LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")
_PARTS_OF_DAY = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "matin": "morning", "soir": "evening", "soirée": "evening", "nuit": "night", "après-midi": "afternoon",
    "mañana": "morning", "tarde": "afternoon", "noche": "night", "madrugada": "night",
    "morgen": "morning", "nachmittag": "afternoon", "abend": "evening", "nacht": "night",
    "mattina": "morning", "pomeriggio": "afternoon", "sera": "evening", "notte": "night",
    "manhã": "morning", "noite": "night", "ochtend": "morning", "middag": "afternoon", "avond": "evening",
    "утром": "morning", "днём": "afternoon", "днем": "afternoon", "вечером": "evening", "ночью": "night",
    "rano": "morning", "wieczorem": "evening", "nocą": "night", "w nocy": "night",
    "sabah": "morning", "sabahı": "morning", "öğleden sonra": "afternoon", "akşam": "evening", "akşamı": "evening",
    "gece": "night", "gecesi": "night",
    "सुबह": "morning", "दोपहर": "afternoon", "शाम": "evening", "रात": "night", "रात को": "night",
    "早上": "morning", "上午": "morning", "下午": "afternoon", "晚上": "evening", "夜间": "night", "凌晨": "night",
    "早晨": "morning", "清晨": "morning", "傍晚": "evening", "晚间": "evening", "晚": "evening", "夜里": "night",
    "深夜": "night", "夜": "night", "夕方": "evening",
}
# "晚" alone is "evening" only right after a date ("7月25日晚"), and not in "晚些时候" (later), "晚于" (later than),
# "晚点" (late); "前天" is no day in "前天主教神父" (a former Catholic priest).
_NOT_AFTER_CJK_PART = {"晚": "(?![些于点了会到期])", "前天": "(?!主)"}
# Chinese says a weekday to come with "将于" (will, on): "谈判将于周四恢复" is next Thursday; so do "会在", "要在"
# (will, at), "计划于", "拟于", "定于" (planned, proposed, set for), and "预计", "预测", "预报" (expected, forecast:
# "预计到周六天气将恶化"). Not "将" or "会" alone, nor a marker further back: "将其" makes "将" a mark of the
# object ("周三将其成立日定为"), and "他周一表示，球队将..." said on Monday what is to come.
_FUTURE_BEFORE = re.compile(
    r"(?:(?:将|將|会|會|要)(?:于|於|在)|(?:计划|計劃|拟|擬|定)(?:于|於|在)?|(?:预计|預計|预测|預測|预报|預報)(?:于|於|在|到)?)"
    r"\s?$")
_FUTURE_MARKER_MAX = 4  # characters of the longest marker, its particle and a space
# "yesterday", "today", "tomorrow" and kin, by day offset from publication. (Hindi कल is both
# yesterday and tomorrow, so it is not here.)
_RELATIVE_DAYS = {
    "yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "tomorrow": 1, "hier": -1, "ayer": -1, "gestern": -1, "ieri": -1, "ontem": -1,
    "gisteren": -1, "вчера": -1, "сегодня": 0, "wczoraj": -1, "dzisiaj": 0, "dün": -1, "bugün": 0,
    "أمس": -1, "昨天": -1, "今天": 0, "昨日": -1, "前天": -2, "včera": -1, "dnes": 0,
    # Chinese joins the day and its part in one word: "昨晚" (last night), "今晨" (this morning)
    "昨晚": -1, "昨夜": -1, "今晚": 0, "今晨": 0, "今早": 0, "前晚": -2,
}
# The part of day a relative day's own word says.
_RELATIVE_DAY_PARTS = {"last night": "night", "tonight": "night", "this morning": "morning",
                       "this afternoon": "afternoon", "this evening": "evening", "昨晚": "evening", "昨夜": "night",
                       "今晚": "evening", "今晨": "morning", "今早": "morning", "前晚": "evening"}
# Arabic "اليوم" is "today" only after a part of day ("مساء اليوم", this evening): alone it is also "the day".
_RELATIVE_AFTER_PART = {"اليوم": 0}
_NO_SPACES = frozenset({"zh", "ja", "th"})  # scripts written without spaces between words


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
        mentions = time_mentions(fact_text.text, fact_text.published, fact_text.language)
    return [Finding("time", "when it happened", m.value, m.start, m.end) for m in mentions]


def time_mentions(text: str, published: date | None, language: str | None = None) -> list[TimeMention]:
    """Resolved time expressions of ``text``, in text order, without overlaps.

    >>> [m.value for m in time_mentions("Earlier this month, and on 1 July 2021.", date(2021, 7, 26))]
    [{'start': '2021-07-01', 'end': '2021-07-25'}, {'start': '2021-07-01', 'end': '2021-07-01'}]
    >>> [m.value for m in time_mentions("В воскресенье вечером, 25 июля.", date(2021, 7, 26), "ru")]
    [{'start': '2021-07-25', 'end': '2021-07-25', 'part_of_day': 'evening'}, {'start': '2021-07-25', 'end': '2021-07-25'}]
    """
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve, needed in _patterns(_pattern_languages(language)):
        if needed not in text:
            continue  # a pattern with a character every match has, absent here: no need to scan
        for match in pattern.finditer(text):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            mention = resolve(match, published)
            if mention is not None:
                found.append(_without_final_stop(mention, text))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def _without_final_stop(mention: TimeMention, text: str) -> TimeMention:
    """"le 1er juillet." ends a sentence: the stop belongs to the sentence, not the date."""
    if text[mention.end - 1] != ".":
        return mention
    return TimeMention(mention.start, mention.end - 1, mention.first, mention.last, mention.part_of_day)


def _pattern_languages(language: str | None) -> tuple[str, ...]:
    """English plus the article's language when CLDR knows it; the default set otherwise."""
    if not language or language == "en":
        return LANGUAGES if not language else ("en",)
    return ("en", language) if _known_locale(language) else LANGUAGES


@lru_cache(maxsize=None)
def _known_locale(language: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return False
    return True


# ---- resolution of each pattern -------------------------------------------------------------


def _explicit_date(match: re.Match, published: date | None, months: dict[str, int],
                   parts: dict[str, str] = _PARTS_OF_DAY) -> TimeMention | None:
    month = _month_of(match["month"], months)
    return None if month is None else _day_of_month(match, month, published, parts)


def _day_of_month(match: re.Match, month: int, published: date | None,
                  parts: dict[str, str] = _PARTS_OF_DAY) -> TimeMention | None:
    """The day ``match`` names in ``month``: its year, or the latest such day not after publication."""
    day = int(match["day"])
    year = int(match["year"]) if match["year"] else _year_for(month, day, published)
    if year is None:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return TimeMention(match.start(), match.end(), when, when, _part(match, parts))


def _month_only(match: re.Match, published: date | None, months: dict[str, int]) -> TimeMention | None:
    month = _month_of(match["month"], months)
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


def _weekday(match: re.Match, published: date | None, weekdays: dict[str, int],
             parts: dict[str, str] = _PARTS_OF_DAY) -> TimeMention | None:
    if published is None:
        return None
    weekday = weekdays.get(match["weekday"].lower())
    if weekday is None:
        return None
    accusative = match["weekday"].lower() in _accusative_days()
    if accusative and not _ON_BEFORE.search(match.string, 0, match.start("weekday")):
        return None  # "окружающую среду" is the environment; "в среду" Wednesday
    if match["weekday"].lower() == "středu" and _CENTRE_OF.match(match.string, match.end("weekday")):
        return None  # "ve středu města" is in the town centre
    back = (published.weekday() - weekday) % 7
    when = published - timedelta(days=back)
    groups = match.groupdict()
    if groups.get("next") or _FUTURE_BEFORE.search(match.string, max(0, match.start() - _FUTURE_MARKER_MAX), match.start()):
        when = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif groups.get("last") and back == 0:
        when -= timedelta(days=7)
    part = _part(match, parts)
    if groups.get("part") in _NIGHT_BEFORE:  # "ليلة الأحد": the night that ends on Sunday, or Sunday's
        return TimeMention(match.start(), match.end(), when - timedelta(days=1), when, part)
    return TimeMention(match.start(), match.end(), when, when, part)


def _part_first(match: re.Match, published: date | None, weekdays: dict[str, int],
                parts: dict[str, str]) -> TimeMention | None:
    """"مساء الأحد" (Sunday evening), "مساء أمس" (yesterday evening): Arabic names the part of day before the day."""
    if match["weekday"]:
        return _weekday(match, published, weekdays, parts)
    return _relative_day(match, published, parts)


def _relative_day(match: re.Match, published: date | None,
                  parts: dict[str, str] = _PARTS_OF_DAY) -> TimeMention | None:
    if published is None:
        return None
    word = " ".join(match["word"].lower().split())
    offset = _RELATIVE_DAYS.get(word, _RELATIVE_AFTER_PART.get(word))
    if offset is None:
        return None
    when = published + timedelta(days=offset)
    return TimeMention(match.start(), match.end(), when, when, _RELATIVE_DAY_PARTS.get(word) or _part(match, parts))


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


# "overnight" names the night before publication only alone: not "overnight Saturday", "overnight on 9 May",
# "Friday overnight", nor the adjective after an article ("an overnight curfew")
_OVERNIGHT_AFTER = re.compile(r"\s+(?:(?:on|into|to|from|between|of)\s+)?(?:the\s+)?(?:\d|[A-Z][a-z]+day\b|"
                              r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
_OVERNIGHT_BEFORE = re.compile(r"(?:\b(?:an?|the|its|their|[A-Z][a-z]+day|\d{1,2}|[A-Z][a-z]+\s+\d{1,2})|'s)\s+$")


def _overnight(match: re.Match, published: date | None) -> TimeMention | None:
    text = match.string
    if published is None or _OVERNIGHT_AFTER.match(text, match.end()) or \
            _OVERNIGHT_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
        return None
    return TimeMention(match.start(), match.end(), published - timedelta(days=1), published, "night")


_AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _time_ago(match: re.Match, published: date | None) -> TimeMention | None:
    """"two days ago" is that day; "a week ago" the calendar week it falls in (as "last week" is); "three
    months ago" that month; "two years ago" that year."""
    if published is None:
        return None
    word = match["n"].lower()
    n = int(word) if word.isdigit() else _AGO_NUMBERS[word]
    unit = match["unit"].lower().rstrip("s")
    if unit == "day":
        first = last = published - timedelta(days=n)
    elif unit == "week":
        day = published - timedelta(weeks=n)
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(days=6)
    elif unit == "month":
        months = published.year * 12 + published.month - 1 - n
        first = date(months // 12, months % 12 + 1, 1)
        last = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    else:
        first, last = date(published.year - n, 1, 1), date(published.year - n, 12, 31)
    return TimeMention(match.start(), match.end(), first, last)


def _cjk_date(match: re.Match, published: date | None, parts: dict[str, str] = _PARTS_OF_DAY) -> TimeMention | None:
    """2021年7月25日, 7月25日, 7月25日晚 (evening)."""
    month = int(match["month"])
    return _day_of_month(match, month, published, parts) if 1 <= month <= 12 else None


def _iso_date(match: re.Match, published: date | None) -> TimeMention | None:
    try:
        when = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return TimeMention(match.start(), match.end(), when, when)


def _month_of(word: str, months: dict[str, int]) -> int | None:
    """Month number of a matched month word; "may", "mar" in lower case are other words."""
    key = word.lower().rstrip(".")
    if key in _AMBIGUOUS_MONTHS and not word[0].isupper():
        return None
    return months.get(key)


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


def _part(match: re.Match, parts: dict[str, str] = _PARTS_OF_DAY) -> str | None:
    part = match.groupdict().get("part")
    return parts.get(part.lower()) if part else None


# ---- patterns ---------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _patterns(languages: tuple[str, ...]) -> tuple[tuple[re.Pattern, object, str], ...]:
    """The expression patterns for ``languages``, most specific first (earlier matches win overlaps), each
    with its resolver and a character all its matches contain ("" when there is none)."""
    month_numbers, weekday_numbers = _month_numbers(languages), _weekday_numbers(languages)
    months, weekdays = _alternation(month_numbers), _alternation(weekday_numbers)
    part_names = _parts_of_day(languages)
    explicit_date = partial(_explicit_date, months=month_numbers, parts=part_names)
    parts = _part_alternation(part_names)
    relative = _part_alternation(_RELATIVE_DAYS).replace(r"\ ", r"\s+")
    # Word edges: none in scripts written without spaces.
    before, after = ("", "") if set(languages) & _NO_SPACES else (r"(?<!\w)", r"(?!\w)")
    on_words = ("on", "in", "during", "at", "le", "el", "am", "il", "no", "op", "в", "w", "يوم",
                *(("v", "ve") if set(languages) & {"cs", "sk"} else ()))
    on = rf"(?:\b(?:{'|'.join(on_words)})\s+(?:the\s+)?)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
    year = r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?"
    part = rf"(?:\s*(?:(?:in\s+the|à\s+la|por\s+la|de\s+la|in\s+der)\s+|の)?(?P<part>{parts}))?"
    day_month = rf"{on}{before}{day}\s+(?:of\s+|de\s+)?(?P<month>{months})\.?{year}{after}"
    month_day = rf"{on}{before}(?P<month>{months})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d){year}{after}"
    early = ("earlier", "early", "late", "mid", "in", "since", "en")
    month_only = (rf"\b(?P<early>earlier\s+in|early|late|mid-?|in|since|en)(?:\s+|(?<=-))(?P<month>{months})"
                  rf"(?:\s+(?P<year>(?:19|20)\d\d))?(?!\w)")
    # Chinese "下周日" is next Sunday ("上周日", last Sunday, is the last one anyway)
    # "每周三", "逢周三": every Wednesday, no one day
    weekday = (rf"(?:(?P<next>\bnext\s+|下(?=[周週星礼禮]))|(?P<last>\blast\s+)|{on}){before}(?<![每逢])"
               rf"(?P<weekday>{weekdays})"
               rf"{part}{after}")
    return (
        (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso_date, "-"),
        # a space may stand between the digits and the characters ("2019 年 12 月 18 日")
        (re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s?年\s?)?(?P<month>[01]?\d)\s?月\s?(?P<day>[0-3]?\d)\s?[日号]"
                    + _cjk_part()), partial(_cjk_date, parts=part_names), "月"),
        (re.compile(_starts(*on_words, digits=True) + day_month, re.I), explicit_date, ""),
        (re.compile(_starts(*on_words, *month_numbers) + month_day, re.I), explicit_date, ""),
        (re.compile(_starts(*early) + month_only, re.I), partial(_month_only, months=month_numbers), ""),
        *_part_first_patterns(languages, weekdays, weekday_numbers, relative),
        (re.compile(_starts("next", "last", "下", *on_words, *weekday_numbers) + weekday, re.I),
         partial(_weekday, weekdays=weekday_numbers, parts=part_names), ""),
        (re.compile(rf"(?i){before}(?P<word>{relative}){part}{after}"), partial(_relative_day, parts=part_names), ""),
        (re.compile(r"\b[Oo]vernight\b"), _overnight, "vernight"),
        (re.compile(rf"(?i)\b(?P<n>\d{{1,2}}|{'|'.join(_AGO_NUMBERS)})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
         _time_ago, "ago"),
        (re.compile(r"(?i)\b(?P<period>(?:earlier\s+)?this\s+(?:month|week|year)|last\s+(?:month|week|year))\b"),
         _relative_period, ""),
    )


def _part_first_patterns(languages: tuple[str, ...], weekdays: str, weekday_numbers: dict[str, int],
                         relative: str) -> tuple[tuple[re.Pattern, object, str], ...]:
    """The pattern of a part of day before its day, "مساء (يوم) الأحد", "صباح أمس", for the languages that say it so."""
    before = {word: part for language in languages for word, part in _parts_before_day(language).items()}
    if not before:
        return ()
    relative_after = "|".join(re.escape(word) for word in _RELATIVE_AFTER_PART)
    pattern = re.compile(rf"(?<!\w)(?P<part>{_alternation(before)})\s+(?:يوم\s+)?"
                         rf"(?:(?P<weekday>{weekdays})|(?P<word>{relative}|{relative_after}))(?!\w)", re.I)
    return ((pattern, partial(_part_first, weekdays=weekday_numbers, parts=before), ""),)


# A night named by the day it ends in: "ليلة الأحد" is Saturday to Sunday, or Sunday night: both days.
_NIGHT_BEFORE = frozenset({"ليلة"})
# Arabic CLDR names of day periods are adverbs ("مساءً", in the evening); before a day the noun stands in the
# construct without the ending ("مساء الأحد"). "ليلة" (the night of) is no CLDR period name.
_ARABIC_ADVERB_ENDING = re.compile(r"(?:ًا|اً|ً|ا)$")
_PARTS_BEFORE_DAY_EXTRA = {"ar": {"ليلة": "night"}}


@lru_cache(maxsize=None)
def _parts_before_day(language: str) -> dict[str, str]:
    """The one-word parts of day written before the day in ``language`` (Arabic), without the adverb ending."""
    if language not in _PARTS_BEFORE_DAY_EXTRA:
        return {}
    found = {_ARABIC_ADVERB_ENDING.sub("", word): part for word, part in _cldr_parts_of_day(language).items()
             if " " not in word}
    return {**found, **_PARTS_BEFORE_DAY_EXTRA[language]}


@lru_cache(maxsize=None)
def _parts_of_day(languages: tuple[str, ...]) -> dict[str, str]:
    """Lower-case names of the parts of day of ``languages``: :data:`_PARTS_OF_DAY`, and those CLDR gives (its
    wide and abbreviated period names, format and stand-alone) where the list has none ("večer", "مساءً")."""
    names = dict(_PARTS_OF_DAY)
    for language in languages:
        if language != "en":
            for word, part in _cldr_parts_of_day(language).items():
                names.setdefault(word, part)
            names.update({w: p for w, p in _parts_before_day(language).items() if w not in names})
    return names


# CLDR's period names that are not the part of day their key says (Arabic "في المساء", "in the evening", is
# its night1).
_CLDR_PART_FIXES = {"في المساء": "evening"}


@lru_cache(maxsize=None)
def _cldr_parts_of_day(language: str) -> dict[str, str]:
    """CLDR's names of the morning, afternoon, evening and night periods of ``language``, lower-case; no
    abbreviation ("več.") and no one-letter name ("ص")."""
    from babel.dates import get_period_names

    if not _known_locale(language):
        return {}
    names: dict[str, str] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for key, name in get_period_names(width, context, locale=language).items():
                part, word = key.rstrip("0123456789"), name.lower()
                if part in ("morning", "afternoon", "evening", "night") and "." not in word and len(word) > 1:
                    names.setdefault(word, _CLDR_PART_FIXES.get(word, part))
    return names


def _part_alternation(names: dict[str, object]) -> str:
    """The alternation of part-of-day (or relative day) names, "晚" not before the characters that make it
    "later" (see _NOT_AFTER_CJK_PART)."""
    return "|".join(re.escape(word) + _NOT_AFTER_CJK_PART.get(word, "")
                    for word in sorted(names, key=len, reverse=True))


def _starts(*words: str, digits: bool = False) -> str:
    """A lookahead for the first letters of ``words`` (and any digit), which the pattern after it must start with.

    A pattern whose first part is optional is tried in full at every position; the lookahead turns most
    positions down at one letter's cost. Its letters are compiled with the pattern's own flags, so it
    accepts every letter the pattern could start with.
    """
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + (r"\d" if digits else "") + "])"


def _cjk_part() -> str:
    """The optional part of day written right after a Chinese or Japanese date ("7月25日晚", "7月25日夜"): those of
    :data:`_PARTS_OF_DAY` in Han or kana, longest first."""
    words = sorted((word for word in _PARTS_OF_DAY if word[0] >= "\u3040"), key=len, reverse=True)
    return "(?P<part>" + "|".join(re.escape(word) + _NOT_AFTER_CJK_PART.get(word, "") for word in words) + ")?"


def _alternation(words: dict[str, object]) -> str:
    """A regex alternation of ``words``, longest first; capitalised English forms only for English."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _month_numbers(languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    """Lower-case month names (wide and abbreviated, format and stand-alone) of ``languages`` -> month number.

    >>> _month_numbers(("hi",))["मई"]
    5
    """
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for language in languages:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    key = name.lower().rstrip(".")
                    # A full name is a name at any length (Hindi "मई" is May); a short abbreviation is too
                    # often another word.
                    if (len(key) >= 3 or width == "wide") and not key[0].isdigit():
                        months.setdefault(key, number)
    months["sept"] = 9
    return months


# Month names that are also ordinary words ("may", "mar" = sea, "set"): only taken capitalised.
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "set", "ago", "dic", "mai", "jan", "dez", "ott", "abr", "out"})


@lru_cache(maxsize=None)
def _weekday_numbers(languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    """Lower-case weekday names of ``languages`` -> weekday (Monday = 0)."""
    from babel.dates import get_day_names

    days: dict[str, int] = {}
    for language in languages:
        for context in ("format", "stand-alone"):
            for number, name in get_day_names("wide", context, locale=language).items():
                days.setdefault(name.lower(), number)
                for accusative in _accusatives(name, language):
                    days.setdefault(accusative, number)
        if language == "zh":
            days.update(_chinese_weekdays())
    return days


@lru_cache(maxsize=1)
def _chinese_weekdays() -> dict[str, int]:
    """Chinese weekday names beyond CLDR's "星期日": its short "周日" (and the traditional script's "週日"), and the
    spoken "星期天", "礼拜天", "礼拜一" made from them: "礼拜" for "星期", and Sunday's "日" also "天"."""
    from babel.dates import get_day_names

    days: dict[str, int] = {}
    for locale in ("zh", "zh_Hant"):
        for width in ("wide", "abbreviated"):
            for number, name in get_day_names(width, "format", locale=locale).items():
                days.setdefault(name, number)
    for name, number in list(days.items()):
        if name.startswith("星期"):
            days.setdefault("礼拜" + name[2:], number)
            days.setdefault("禮拜" + name[2:], number)
    for name, number in list(days.items()):
        if name.endswith("日") and len(name) > 2:
            days.setdefault(name[:-1] + "天", number)
    return days


# "On" a day takes the accusative in Polish, Russian and Ukrainian: "w niedzielę", "в пятницу", "у середу".
# Czech and Slovak too ("ve středu", "v sobotu"), and Czech "v neděli" is a locative of the same ending.
_ACCUSATIVE_ENDINGS = {"pl": (("a", "ę"),), "ru": (("а", "у"), ("я", "ю")), "uk": (("а", "у"), ("я", "ю")),
                       "cs": (("a", "u"), ("e", "i")), "sk": (("a", "u"),)}
_ON_BEFORE = re.compile(r"(?:^|[^\w])(?:w|we|в|во|у|v|ve|в\s+эту|w\s+tę|w\s+najbliższą|w\s+ostatnią)\s+$", re.IGNORECASE)


# Czech "ve středu" is also "in the centre (of)": the centres news names most.
_CENTRE_OF = re.compile(r"\s+(?:města|obce|vesnice|náměstí|pozornosti|zájmu|dění|sporu|debaty)\b")


@lru_cache(maxsize=1)
def _accusative_days() -> frozenset[str]:
    """The accusative forms of the days that differ from their names ("niedzielę", "пятницу")."""
    from babel.dates import get_day_names

    return frozenset(accusative for language in _ACCUSATIVE_ENDINGS
                     for name in get_day_names("wide", "format", locale=language).values()
                     for accusative in _accusatives(name, language))


def _accusatives(name: str, language: str) -> list[str]:
    """The lower-case accusative forms of a day's name that differ from it ("niedziela" -> "niedzielę")."""
    return [name.lower()[:-len(ending)] + accusative
            for ending, accusative in _ACCUSATIVE_ENDINGS.get(language, ()) if name.endswith(ending)]
