"""The country of a news outlet, as a hint for resolving its toponyms.

An outlet is known by a domain or a name. A country-code top-level domain
says the country (``dawn.com.pk`` -> PK, ``bbc.co.uk`` -> GB), except the
ccTLDs sold to everyone (.tv, .io, .co, .me, ...); otherwise a country named
in the outlet's name (by any name the gazetteer knows for it: "Tunisie
Numerique") or domain label (by its English name) says it ("Afghanistan
Times", ``afghanistantimes.com``). Nothing else is guessed.

>>> source_country("afghanistantimes.af"), source_country("www.bbc.co.uk"), source_country("The Times of India")
('AF', 'GB', 'IN')
>>> source_country("Libya24")  # a country's name with digits after it
'LY'
>>> source_country("reuters.com") is None, source_country(None) is None
(True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.places.gazetteer import COUNTRY, country_names, get_gazetteer, lookup_rows, normalize

# ccTLDs that outlets anywhere buy for the letters, not the country.
_GENERIC_CCTLDS = frozenset("tv io co me fm ly ai cc ws to am gg is it im la nu st tk ml ga cf gq".split())
_CCTLD_ALIASES = {"uk": "GB"}
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+([a-z]{2,})$")
_MIN_EMBEDDED_NAME = 5  # "india" in "hindustantimes" would be luck; country names this long only


def source_country(source: str | None) -> str | None:
    """ISO2 code of the outlet's country, when its domain or name says it; else None."""
    if not source:
        return None
    text = source.strip().lower()
    text = re.sub(r"^[a-z]+://", "", text).split("/", 1)[0].removeprefix("www.")
    domain = _DOMAIN.match(text)
    if domain:
        tld = domain.group(1)
        code = _CCTLD_ALIASES.get(tld, tld.upper())
        if len(tld) == 2 and tld not in _GENERIC_CCTLDS and code in _country_codes():
            return code
        return _named_in(text.split(".")[0], embedded=True)
    return _named_in(source, embedded=False)


def _named_in(name: str, *, embedded: bool) -> str | None:
    """A country whose English name is a word run of ``name`` (or, ``embedded``, part of one label)."""
    names = country_names()
    if embedded:
        label = normalize(name).replace(" ", "")
        for key, code in names.items():
            if len(key) >= _MIN_EMBEDDED_NAME and " " not in key and key in label:
                return code
        return None
    words = [_TRAILING_DIGITS.sub("", word) for word in normalize(name).split()]  # "Libya24"
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            code = names.get(" ".join(words[i:i + size])) or _country_named(" ".join(words[i:i + size]))
            if code:
                return code
    return None


def _country_named(key: str) -> str | None:
    """The country that the gazetteer knows by ``key`` in any of its languages ("Tunisie Numerique", "Journal
    du Tchad", "Carta de Mocambique": outlets name their country in their own language)."""
    gaz = get_gazetteer()
    return next((gaz.country(row) for row in lookup_rows(gaz, key) if gaz.kind(row) == COUNTRY), None)


_TRAILING_DIGITS = re.compile(r"(?<=[a-z])\d+$")


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    gaz = get_gazetteer()
    return frozenset(code for code in (gaz.country(row) for row in _country_rows()) if code)


def _country_rows() -> range:
    return get_gazetteer().country_rows()


# Languages spoken mainly in one country, and that country. Left out are those of several countries, where a
# namesake in another is as likely: en, es, fr, ar, ru, pt, zh, and de ("Baden" is Austria's and Switzerland's
# as well as Germany's); also nl, sv, ro and fa, whose second country (Belgium, Finland, Moldova, Afghanistan)
# is small but has its own towns of those names.
_LANGUAGE_COUNTRIES = {"tr": "TR", "it": "IT", "pl": "PL", "uk": "UA", "el": "GR", "cs": "CZ", "sk": "SK",
                       "hu": "HU", "ja": "JP", "ko": "KR", "th": "TH", "vi": "VN", "he": "IL", "bg": "BG",
                       "fi": "FI", "da": "DK", "lt": "LT", "lv": "LV", "et": "EE", "ka": "GE", "hy": "AM"}


# A language counts as spoken in a country where it has any official status there or a tenth of the people speak it
# (CLDR's estimate): a round figure, not tuned.
_SPOKEN_PERCENT = 10.0


@lru_cache(maxsize=64)
def countries_speaking(language: str | None) -> frozenset[str]:
    """ISO2 codes of the countries where ``language`` is spoken (see ``_SPOKEN_PERCENT``), from CLDR.

    >>> sorted(countries_speaking("pl")), "US" in countries_speaking("es"), "US" in countries_speaking("fr")
    (['PL'], True, False)
    """
    from babel.core import get_global

    spoken = set()
    for territory, languages in get_global("territory_languages").items():
        info = languages.get(language or "")
        if info and (info.get("official_status") or info.get("population_percent", 0) >= _SPOKEN_PERCENT):
            spoken.add(territory)
    return frozenset(spoken)


def language_country(language: str | None) -> str | None:
    """ISO2 code of the country where ``language`` is mainly spoken, when one country holds nearly all its
    speakers; else None.

    >>> language_country("tr"), language_country("it"), language_country("en"), language_country("es")
    ('TR', 'IT', None, None)
    """
    return _LANGUAGE_COUNTRIES.get((language or "").lower())
