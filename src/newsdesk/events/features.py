"""What an article says about its event: who, where, when, how many, and its words.

Extracted once per article, in the worker processes, with no access to the
store. The evidence is chosen to work across languages:

- names: runs of capitalised words in the title and lead (a language-free
  stand-in for named entities; "Lindsay Lohan" gives "lindsay lohan" and
  "lohan"; not a German noun after its article, "die Feuerwehr"), with place
  names mapped to GeoNames ids, so that "Londres" and "London" are the same key;
- places: the resolved toponyms and their countries; demonyms ("Afghan")
  count as their country; the event is placed (``main_places``) by the
  toponyms the place spotter is sure of, not by every name that is also
  a town somewhere;
- dates: the publication day, and absolute dates written in the title and
  lead, in any language CLDR has month names for;
- numbers: the figures of the title and lead (years go to dates);
- terms: content words of the whole text and pairs of adjacent content
  words ("red sox", "pierre thomas": the phrases that tell two similar
  happenings apart; character bigrams for Chinese and Japanese), for a
  TF-IDF cosine.

>>> from newsdesk.model import Article
>>> f = extract_event_features(Article(id="a", language="en", published="2021-07-26",
...     title="Afghan soldiers flee to Pakistan",
...     text="At least 46 Afghan soldiers crossed into Pakistan at Chitral on July 25, 2021, the army said."))
>>> sorted(f.numbers), f.mentioned_days == {date(2021, 7, 25).toordinal()}
(['46'], True)
>>> "chitral" in f.names and "PK" in f.countries and "AF" in f.countries
True
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import xxhash

from newsdesk.model import Article
from newsdesk.places import candidates, demonym_country, resolve_places
from newsdesk.places.han import han_spots, has_han
from newsdesk.places.inflection import INFLECTED_LANGUAGES, dictionary_form, follows_locative, region_names
from newsdesk.places.prepositions import after_preposition_of_place
from newsdesk.places.spot import LIKELY, SURE, Spot, spot, surnames_in, written_as_place
from newsdesk.stop_words import stop_words

# The lead carries the who, where and when of a news story.
LEAD_CHARS = 1200
PLACE_CHARS = 600
_MAX_TERMS = 600

_WORD = re.compile(r"\w[\w'’\-]*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»]\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_NAME_CONNECTORS = {"of", "de", "del", "la", "le", "van", "von", "der", "al", "bin", "da", "di", "du"}
_LANGUAGES_WITH_MONTHS = ("en", "fr", "es", "de", "it", "pt", "pl", "tr", "ru", "nl", "ar", "zh")


@dataclass(slots=True)
class EventFeatures:
    """The evidence one article gives about which event it reports."""

    article_id: str
    language: str | None = None
    day: int | None = None  # publication date, as a proleptic ordinal
    mentioned_days: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    names: dict[str, float] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)  # "g<geonameid>" or "c<ISO2>"
    countries: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    terms: dict[int, float] = field(default_factory=dict)  # hashed term -> sublinear tf
    title_terms: set[int] = field(default_factory=set)
    main_places: list[tuple[str, int | None, str | None]] = field(default_factory=list)

    @property
    def main_countries(self) -> set[str]:
        """The countries of the places the event happened at (``main_places``)."""
        return {country for _, _, country in self.main_places if country}

    @property
    def event_day(self) -> int | None:
        """The best guess of the day the event happened: a written date, else publication."""
        if self.day is not None and self.mentioned_days:
            near = [d for d in self.mentioned_days if 0 <= self.day - d <= 7]
            if near:
                return max(near)
        if self.day is not None:
            return self.day
        return min(self.mentioned_days) if self.mentioned_days else None


def extract_event_features(article: Article) -> EventFeatures:
    """The event evidence of one cleaned article."""
    title = article.title or ""
    lead = article.text[:LEAD_CHARS]
    head = f"{title}\n{lead}"
    published = _day(article.published)
    features = EventFeatures(article_id=article.id, language=article.language, day=published)
    names = _capitalised_names(title, 2.0, article.language) + _capitalised_names(lead, 1.0, article.language)
    _add_places(features, names, head)
    _add_names(features, names)
    features.mentioned_days = _mentioned_days(head, published)
    features.years = {int(y) for y in _YEAR.findall(head)}
    features.numbers = _numbers(_without_dates(fold(head)))
    features.terms = term_vector(f"{title}\n{title}\n{article.text}", article.language)
    features.title_terms = {term_key(t) for t in _content_words(title, article.language)}
    return features


def term_key(term: str) -> int:
    """A stable signed 64-bit key for a term (what the store indexes)."""
    return xxhash.xxh64_intdigest(term.encode()) - (1 << 63)


def term_vector(text: str, language: str | None) -> dict[int, float]:
    """Sublinear term frequencies of the content words and word pairs of ``text``, keyed by term_key.

    >>> len(term_vector("Red Sox offer Teixeira", "en"))  # 4 words, 3 adjacent pairs
    7
    """
    counts = Counter(_content_terms(text, language))
    top = counts.most_common(_MAX_TERMS)
    return {term_key(t): 1.0 + math.log(n) for t, n in top}


def _content_terms(text: str, language: str | None) -> list[str]:
    """Content words and the pairs of content words adjacent once stop words are out."""
    if _CJK.search(text[:2000]):
        chars = [c for c in text if _CJK.match(c)]
        return [a + b for a, b in zip(chars, chars[1:])]
    words = _content_words(text, language)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _content_words(text: str, language: str | None) -> list[str]:
    stop = stop_words(language)
    if _CJK.search(text[:2000]):
        chars = [c for c in text if _CJK.match(c)]
        return [a + b for a, b in zip(chars, chars[1:])]
    out = []
    for word in _WORD.findall(text):
        word = fold(word)
        if len(word) > 2 and not word.isdigit() and word not in stop:
            out.append(word)
    return out


def fold(text: str) -> str:
    """Case- and accent-folded form of a name or word."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- names ---------------------------------------------------------------------


def _capitalised_names(text: str, weight: float, language: str | None = None) -> list[tuple[str, float]]:
    """Runs of capitalised words (with "of", "de"... inside), and their weight. German capitalises its nouns:
    there one capitalised word after an article is a noun ("die Feuerwehr", "dem Rezept"), unless it names
    a country or a region, which German writes with an article ("die Schweiz", "im Iran")."""
    names: list[tuple[str, float]] = []
    run: list[str] = []
    sentence_start = True
    previous_end = 0
    article_before = run_after_article = False

    def close() -> None:
        if run_after_article and len(run) == 1 and _german_noun(run[0]):
            run.clear()
        _close_run(run, names, weight)

    for match in _WORD.finditer(text):
        word = match.group()
        gap = text[previous_end:match.start()]
        if _SENTENCE_END.search(gap) or "\n" in gap:
            close()
            sentence_start = True
        previous_end = match.end()
        if word[0].isupper() and not word.isdigit():
            lowered = word.casefold()
            if fold(lowered) in _calendar_words() or (sentence_start and not run and lowered in _sentence_openers()):
                close()
                sentence_start, article_before = False, language == "de" and lowered in _GERMAN_ARTICLES
                continue
            if not run:
                run_after_article = article_before
            run.append(word)
        elif run and word in _NAME_CONNECTORS:
            run.append(word)
        else:
            close()
        article_before = language == "de" and word in _GERMAN_ARTICLES
        sentence_start = False
    close()
    return names


# German articles and the prepositions fused with one, written in lower case.
_GERMAN_ARTICLES = frozenset(
    "der die das dem den des ein eine einem einen einer eines im am vom zum zur beim ins".split())


def _german_noun(word: str) -> bool:
    """Whether a German word after an article reads as a common noun: no country, no region, no acronym."""
    return not word.isupper() and not any(c.kind in ("country", "admin1") for c in candidates(word))


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Capitalised words that are never names: weekdays and months, folded, in every language we date."""
    from babel.dates import get_day_names

    days = {fold(name) for language in _LANGUAGES_WITH_MONTHS
            for name in get_day_names("wide", locale=language).values()}
    return frozenset(days | set(_month_numbers()))


def _close_run(run: list[str], names: list[tuple[str, float]], weight: float) -> None:
    while run and run[-1] in _NAME_CONNECTORS:
        run.pop()
    if run:
        names.append((" ".join(run), weight))
    run.clear()


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Words that open sentences with a capital without being names ("The", "Der", "Le", ...)."""
    words: set[str] = set()
    for language in ("en", "fr", "es", "de", "it", "pt", "pl", "nl", "tr", "ru"):
        words |= stop_words(language)
    return frozenset(words)


def _add_names(features: EventFeatures, names: list[tuple[str, float]]) -> None:
    weights: Counter[str] = Counter()
    for name, weight in names:
        key = fold(name.removesuffix("'s").removesuffix("’s"))
        if len(key) < 2:
            continue
        weights[key] += weight
        parts = key.split()
        if 1 < len(parts) <= 4 and parts[-1] not in _NAME_CONNECTORS:
            weights[parts[-1]] += weight / 2  # "lohan" for "lindsay lohan"
    features.names = dict(weights)


# -- places --------------------------------------------------------------------


def _add_places(features: EventFeatures, names: list[tuple[str, float]], head: str) -> None:
    distinct = list(dict.fromkeys(name for name, _ in names))
    toponyms = []
    for name in distinct:
        country = demonym_country(name)
        if country:  # "Afghan" is an affiliation, never a town of that name
            features.countries.add(country)
        elif (asked := written_as_place(name, features.language)) is None:
            continue  # "Corona" outside English is the pandemic, German "Länder" no Lander of Venezuela
        elif candidates(asked):
            toponyms.append(asked)
        elif (form := _dictionary_form(name, features.language, head)) is not None:
            toponyms.append(form)  # "в Харькове": Kharkiv, as the place finder reads it
    # "в Донецкой области", "w województwie mazowieckim": regions named by an adjective and a lower-case kind noun
    toponyms.extend(dict.fromkeys(form for _, _, form in region_names(head, features.language) if form not in toponyms))
    for place in resolve_places(toponyms):
        if place is None:
            continue
        key = f"g{place.geonameid}" if place.geonameid else f"c{place.country}:{fold(place.name)}"
        features.places.add(key)
        if place.country:
            features.countries.add(place.country)
    sure = list(dict.fromkeys(s.name or s.text for s in _sure_spots(head[:PLACE_CHARS], features.language)))
    features.main_places = [(place.name, place.geonameid, place.country)
                            for place in resolve_places(sure) if place is not None]


def _sure_spots(head: str, language: str | None) -> list[Spot]:
    """The toponyms of the title and lead that the spotter is sure of, or finds likely after "in", "at"...

    These place the event. Every name that is also a town somewhere is good enough to compare two articles
    by (both name "Tara": a hit), but not to say where the event is ("Tara", a town in Russia; "Summit", "Reid").
    """
    spots = spot(head, surnames=surnames_in(head, language), language=language)
    if has_han(head):  # no capitals there: names are matched by the dictionary
        spots += han_spots(head)
    return [s for s in spots
            if s.confidence == SURE or (s.confidence == LIKELY and after_preposition_of_place(head, s.start, language))]


def _dictionary_form(name: str, language: str | None, head: str) -> str | None:
    """The dictionary form of a one-word name written in a case ending (see :mod:`newsdesk.places.inflection`),
    as a place after a preposition of place wherever the head writes one before it."""
    if language not in INFLECTED_LANGUAGES or " " in name:
        return None
    return dictionary_form(name, language, after_locative=follows_locative(head, name, language))


# -- numbers and dates -------------------------------------------------------------


def _numbers(text: str) -> set[str]:
    found = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"[,\s]", "", match.group()).rstrip(".")
        if _YEAR.fullmatch(digits):
            continue
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            continue
        if value >= 2:
            found.add(f"{value:g}")
    return found


def _without_dates(folded: str) -> str:
    """``folded`` with its written dates blanked, so their digits are not counted as figures."""
    folded = _ISO_DATE.sub(" ", folded)
    for pattern in _date_patterns():
        folded = pattern.sub(lambda m: " " if m["month"].rstrip(".") in _month_numbers() else m.group(), folded)
    return folded


def _day(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def _mentioned_days(text: str, published: int | None) -> set[int]:
    """Absolute dates written in ``text``; a date without a year takes the publication's."""
    days = set()
    for match in _ISO_DATE.finditer(text):
        days.add(date(int(match[1]), int(match[2]), int(match[3])).toordinal())
    folded = fold(text)
    for pattern in _date_patterns():
        for match in pattern.finditer(folded):
            day = _date_from_match(match, published)
            if day is not None:
                days.add(day)
    return days


def _date_from_match(match: re.Match, published: int | None) -> int | None:
    month = _month_numbers().get(match["month"].rstrip("."))
    if month is None:
        return None
    year = int(match["year"]) if match["year"] else None
    if year is None:
        if published is None:
            return None
        reference = date.fromordinal(published)
        year = reference.year if month <= reference.month else reference.year - 1
    try:
        return date(year, month, int(match["day"])).toordinal()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Month names (wide and abbreviated, folded) of several languages -> month number."""
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for language in _LANGUAGES_WITH_MONTHS:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=language).items():
                    key = fold(name).rstrip(".")
                    if len(key) >= 3 and not key.isdigit():
                        months.setdefault(key, number)
    months.setdefault("sept", 9)
    return months


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern, ...]:
    """"25 July 2021", "25 de julio de 2021", "July 25, 2021" (the month word is checked afterwards)."""
    month = r"(?P<month>[^\W\d_]{3,12})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
    year = r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?"
    return (
        re.compile(rf"(?<!\w){day}\s+(?:de\s+)?{month}{year}(?!\w)"),
        re.compile(rf"(?<!\w){month}\s+{day}{year}(?!\w)"),
    )
