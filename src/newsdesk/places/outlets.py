"""An outlet's home country and beat, learned from the places its articles name.

An outlet's name or domain seldom says its country ("An-Nahar", "El Nashra",
"Murr TV"); what it reports does: a Lebanese outlet names Beirut, Sidon and
Akkar far more often than any other country's places. The desk keeps a tally
per outlet: how many of its articles name a place of some country
unambiguously (a country or a region, or a town whose namesakes abroad are
less than a tenth its size: "Beirut", not "Tripoli"), and how many name
each country so. Once ``MIN_ARTICLES`` such articles are in and ``SHARE``
of them name one country, that country is the outlet's home: a hint for its
other articles' ambiguous names, of the same weight as a country-code domain
("Tripoli" in an An-Nahar report is Lebanon's, not Libya's bigger capital).

A source may list several outlets separated by semicolons (ACLED's notes
do: "An-Nahar; Murr TV"): each keeps its own tally, and the source's home is
the country most of its outlets are from, each by what its name says
(:mod:`newsdesk.places.source`), else by its tally.

>>> tallies = {"an-nahar": {"": 8, "LB": 8}, "murr tv": {"": 6, "LB": 5, "SY": 1}, "afp": {"": 40, "FR": 3}}
>>> home_country(["an-nahar", "murr tv"], tallies), home_country(["afp"], tallies)
('LB', None)

Some outlets report from one area only: a monitoring mission along a front
line, a provincial paper. Its beat is the place around which the regions and
towns its articles name unambiguously crowd most (the most of them within
``BEAT_CORE_KM``), when ``SHARE`` of them lie within ``BEAT_KM`` of it. A
village such an outlet names that the gazetteer lacks, or knows only as
namesakes far away, is most likely one of its beat's
(:func:`newsdesk.facts.places.find_places`, ``located_by`` = "outlet").

>>> from newsdesk.places import get_gazetteer, resolve_places
>>> ids = [place.geonameid for place in resolve_places(["Donetsk", "Horlivka", "Makiivka"])]
>>> get_gazetteer().name(get_gazetteer().row_of_id(beat({ids[0]: 4, ids[1]: 3, ids[2]: 2})))
'Makiyivka'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

import numpy as np

from newsdesk.model import ArticleClaim
from newsdesk.places.gazetteer import CITY, COUNTRY, get_gazetteer, lookup
from newsdesk.places.source import source_country

# A priori figures, not tuned: enough articles to outweigh one odd story, and a clear majority of them.
MIN_ARTICLES = 5
SHARE = 0.8
NAMESAKE_SHARE = 0.1  # a town whose namesakes abroad are smaller than this share of it is what its name means
ANY = ""  # the tally key that counts an outlet's articles naming any country unambiguously
# An outlet's beat: the circle, about a province's or a small country's size, that holds SHARE of the places it
# names; its centre, the place with the most of them nearby. Chosen on ACLED's unscored development pool.
BEAT_KM = 300.0
BEAT_CORE_KM = 50.0
_BEAT_CENTRES_ASKED = 60  # the most named places are asked as centres, each weighed by the places most named
_BEAT_PLACES_WEIGHED = 500  # around it: enough, and the cost stays flat however many places an outlet names


class OutletHome(NamedTuple):
    """Where an article's outlet reports from, as learned so far: its home country (ISO2) and the GeoNames id of
    its beat's centre; either may be None."""
    country: str | None = None
    beat: int | None = None


def outlets_of(source: str | None) -> list[str]:
    """The outlets a source names, as tally keys.

    >>> outlets_of("An-Nahar; Murr TV"), outlets_of(None)
    (['an-nahar', 'murr tv'], [])
    """
    return [part.strip().lower() for part in (source or "").split(";") if part.strip()]


def sure_countries(claims: Iterable[ArticleClaim]) -> set[str]:
    """The countries of an article's place claims that name a place of that country unambiguously: a country or
    a region, or a town whose namesakes abroad are less than ``NAMESAKE_SHARE`` of its size.

    >>> from newsdesk.model import ArticleClaim
    >>> claim = lambda quote, country, geonameid: ArticleClaim(article_id="a", kind="place",
    ...     subject="place mentioned", value={"name": quote, "country": country, "geonameid": geonameid,
    ...     "toponym_span": [0, len(quote)]}, start=0, end=len(quote), quote=quote)
    >>> sorted(sure_countries([claim("Beirut", "LB", 276781), claim("Tripoli", "LY", 2210247)]))
    ['LB']
    """
    gaz = get_gazetteer()
    countries = set()
    for row, name in _named_rows(claims):
        if gaz.kind(row) != CITY or _outgrows_namesakes(row, name, abroad_only=True):
            countries.add(gaz.country(row))
    return countries


def sure_places(claims: Iterable[ArticleClaim]) -> set[int]:
    """The GeoNames ids of the regions and towns an article's place claims name unambiguously: a region, or a
    town whose namesakes, at home or abroad, are less than ``NAMESAKE_SHARE`` of its size (what an outlet's
    beat is learned from).

    >>> from newsdesk.model import ArticleClaim
    >>> claim = lambda quote, geonameid: ArticleClaim(article_id="a", kind="place", subject="place mentioned",
    ...     value={"name": quote, "geonameid": geonameid, "toponym_span": [0, len(quote)]}, start=0,
    ...     end=len(quote), quote=quote)
    >>> sorted(sure_places([claim("Beirut", 276781), claim("Lebanon", 272103), claim("Tripoli", 2210247)]))
    [276781]
    """
    gaz = get_gazetteer()
    return {gaz.geonameid(row) for row, name in _named_rows(claims)
            if gaz.kind(row) > COUNTRY and (gaz.kind(row) != CITY or _outgrows_namesakes(row, name, abroad_only=False))}


def _outgrows_namesakes(town: int, name: str, abroad_only: bool) -> bool:
    """Whether every other place the name may mean (abroad only, or anywhere) is under ``NAMESAKE_SHARE`` of
    the town's size."""
    gaz = get_gazetteer()
    return all(other == town or (abroad_only and gaz.country(other) == gaz.country(town))
               or gaz.population(other) < NAMESAKE_SHARE * gaz.population(town) for other in lookup(gaz, name)[1])


def _named_rows(claims: Iterable[ArticleClaim]) -> Iterator[tuple[int, str]]:
    """(gazetteer row, name as written) of each place claim the gazetteer knows, in a country."""
    gaz = get_gazetteer()
    for claim in claims:
        value = claim.value
        if claim.kind != "place" or not isinstance(value, dict) or value.get("geonameid") is None:
            continue
        row = gaz.row_of_id(value["geonameid"])
        if row is None or not gaz.country(row):
            continue
        start, end = value.get("toponym_span") or (claim.start, claim.end)
        yield row, claim.quote[start - claim.start:end - claim.start]


def home_country(outlets: list[str], tallies: Mapping[str, Mapping[str, int]]) -> str | None:
    """The country most of the outlets are from, each by what its name says (newsdesk.places.source), else by
    its tally; None on a tie. "Al Ghad (Jordan); El Nashra; An-Nahar" is Lebanese when the two others report
    from Lebanon.

    >>> home_country(["al ghad (jordan)", "el nashra", "an-nahar"], {"el nashra": {"": 9, "LB": 9},
    ...                                                            "an-nahar": {"": 9, "LB": 9}})
    'LB'
    >>> home_country(["al ghad (jordan)", "el nashra"], {"el nashra": {"": 9, "LB": 9}}) is None
    True
    """
    votes = Counter(home for outlet in outlets
                    if (home := source_country(outlet) or _home(tallies.get(outlet, {}))) is not None)
    ranked = votes.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _home(tally: Mapping[str, int]) -> str | None:
    articles = tally.get(ANY, 0)
    if articles < MIN_ARTICLES:
        return None
    country, named = max(((c, n) for c, n in tally.items() if c != ANY), key=lambda item: item[1], default=(None, 0))
    return country if named >= SHARE * articles else None


def outlet_home(outlets: list[str], country_tallies: Mapping[str, Mapping[str, int]],
                beats: Mapping[str, int | None]) -> OutletHome:
    """The home country of the outlets (:func:`home_country`) and the beat of the first of them that has one
    (``beats``: outlet -> :func:`beat` of its tally of places).

    >>> outlet_home(["afp", "line watch"], {}, {"line watch": 702320})
    OutletHome(country=None, beat=702320)
    """
    return OutletHome(home_country(outlets, country_tallies),
                      next((b for outlet in outlets if (b := beats.get(outlet)) is not None), None))


def beat(tally: Mapping[int, int]) -> int | None:
    """The GeoNames id at the centre of an outlet's beat, from its tally (GeoNames id -> articles naming that
    place unambiguously), or None: too few articles, or places too scattered (see the module's docstring)."""
    gaz = get_gazetteer()
    known = sorted((-articles, geonameid, row) for geonameid, articles in tally.items()
                   if (row := gaz.row_of_id(geonameid)) is not None and gaz.place(row).lat is not None)
    articles = np.array([-negated for negated, _, _ in known], dtype=float)
    if articles.sum() < MIN_ARTICLES:
        return None
    points = np.radians([(place.lat, place.lon) for *_, row in known for place in [gaz.place(row)]])
    weighed = slice(0, _BEAT_PLACES_WEIGHED)
    crowd = (_km_apart(points[:_BEAT_CENTRES_ASKED], points[weighed]) <= BEAT_CORE_KM) @ articles[weighed]
    centre = int(np.argmax(crowd))  # the first of the most crowded: the most named of them
    inside = articles[_km_apart(points[centre:centre + 1], points)[0] <= BEAT_KM].sum()
    return known[centre][1] if inside >= SHARE * articles.sum() else None


def _km_apart(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle kilometres between each point of ``a`` and each of ``b`` ((latitude, longitude) in radians)."""
    dlat = b[None, :, 0] - a[:, None, 0]
    dlon = b[None, :, 1] - a[:, None, 1]
    h = np.sin(dlat / 2) ** 2 + np.cos(a[:, None, 0]) * np.cos(b[None, :, 0]) * np.sin(dlon / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
