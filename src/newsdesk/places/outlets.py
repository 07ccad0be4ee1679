"""An outlet's home country, learned from the places its articles name.

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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from newsdesk.model import ArticleClaim
from newsdesk.places.gazetteer import CITY, get_gazetteer, lookup
from newsdesk.places.source import source_country

# A priori figures, not tuned: enough articles to outweigh one odd story, and a clear majority of them.
MIN_ARTICLES = 5
SHARE = 0.8
NAMESAKE_SHARE = 0.1  # a town whose namesakes abroad are smaller than this share of it is what its name means
ANY = ""  # the tally key that counts an outlet's articles naming any country unambiguously


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
    for claim in claims:
        value = claim.value
        if claim.kind != "place" or not isinstance(value, dict) or value.get("geonameid") is None:
            continue
        row = gaz.row_of_id(value["geonameid"])
        if row is None or not gaz.country(row):
            continue
        start, end = value.get("toponym_span") or (claim.start, claim.end)
        name = claim.quote[start - claim.start:end - claim.start]
        if gaz.kind(row) != CITY or all(gaz.country(other) == gaz.country(row)
                                        or gaz.population(other) < NAMESAKE_SHARE * gaz.population(row)
                                        for other in lookup(gaz, name)[1]):
            countries.add(gaz.country(row))
    return countries


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
