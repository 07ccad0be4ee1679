"""An event's accumulated evidence: the sum of its articles' features.

Profiles are what a new article is compared with, and what the store keeps
per event (as JSON), so that joining an event costs the same whatever the
number of articles in it.

>>> from newsdesk.events.features import EventFeatures
>>> profile = EventProfile("E1")
>>> profile.add(EventFeatures("a", day=738000, names={"lorca": 2.0}, places={"g2514169"}))
>>> profile.add(EventFeatures("b", day=738002, names={"lorca": 1.0}))
>>> profile.articles, profile.first_day, profile.last_day, profile.names["lorca"]
(2, 738000, 738002, 3.0)
>>> EventProfile.from_json(profile.to_json()).names == profile.names
True
>>> profile.remove(EventFeatures("b", day=738002, names={"lorca": 1.0}))
>>> profile.members, profile.names["lorca"]
(1, 2.0)
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from newsdesk.events.features import EventFeatures

Weight = Callable[[object], float]


def uniform(_: object) -> float:
    """The weight of every key when no document frequencies are known."""
    return 1.0


# Keep the heaviest terms only: the centroid of a big event must not grow without bound.
_MAX_TERMS = 600
_MAX_NAMES = 200


@dataclass(slots=True)
class EventProfile:
    event_id: str
    articles: int = 0  # copies included
    members: int = 0  # articles linked on their own evidence (copies follow them)
    checked: int = 0  # members when the event was last checked for a split (see refine.py)
    first_day: int | None = None
    last_day: int | None = None
    years: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    terms: Counter = field(default_factory=Counter)
    title_terms: Counter = field(default_factory=Counter)
    main_places: Counter = field(default_factory=Counter)
    _squares: tuple[float, float] | None = field(default=None, repr=False, compare=False)

    def add(self, features: EventFeatures, idf: Weight = uniform, name_idf: Weight = uniform) -> None:
        """Fold one more article's evidence into the event.

        Terms and names are added weighted by their inverse document
        frequency at the time, so ``terms`` is the sum of the articles'
        TF-IDF vectors (a centroid, up to scale).
        """
        self.add_weighted(features, {k: v * idf(k) for k, v in features.terms.items()},
                          {k: v * name_idf(k) for k, v in features.names.items()})

    def add_weighted(self, features: EventFeatures, terms: dict[int, float], names: dict[str, float]) -> None:
        """``add`` with the article's terms and names already weighted."""
        self.articles += 1
        self.members += 1
        day = features.event_day
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)
        self.years.update(features.years)
        self._squares = _grown(self._squares, self.terms, terms, self.names, names)
        self.names.update(names)
        self.places.update(features.places)
        self.countries.update(features.countries)
        self.numbers.update(features.numbers)
        self.terms.update(terms)
        self.title_terms.update(features.title_terms)
        self.main_places.update(json.dumps(p) for p in features.main_places)
        if len(self.terms) > 2 * _MAX_TERMS:
            self.terms = Counter(dict(self.terms.most_common(_MAX_TERMS)))
            self._squares = None
        if len(self.names) > 2 * _MAX_NAMES:
            self.names = Counter(dict(self.names.most_common(_MAX_NAMES)))
            self._squares = None

    def remove(self, features: EventFeatures) -> None:
        """Take out an article added before (with weighted terms and names, as ``add_weighted`` got them).

        The day range is kept: the days of the other articles are not known here.
        """
        self.articles -= 1
        self.members -= 1
        self._squares = None
        for counter, values in ((self.years, features.years), (self.names, features.names),
                                (self.places, features.places), (self.countries, features.countries),
                                (self.numbers, features.numbers), (self.terms, features.terms),
                                (self.title_terms, features.title_terms),
                                (self.main_places, [json.dumps(p) for p in features.main_places])):
            counter.subtract(values)
            for key in [k for k in values if counter[k] <= 1e-9]:
                del counter[key]

    def norms(self) -> tuple[float, float]:
        """Euclidean norms of the term and name vectors (kept up to date as articles are added)."""
        if self._squares is None:
            self._squares = (sum(v * v for v in self.terms.values()), sum(v * v for v in self.names.values()))
        return math.sqrt(self._squares[0]), math.sqrt(self._squares[1])

    def to_json(self) -> str:
        """The profile as JSON (what the store keeps)."""
        return json.dumps({
            "event_id": self.event_id, "articles": self.articles, "members": self.members,
            "checked": self.checked, "first_day": self.first_day,
            "last_day": self.last_day, "years": self.years, "names": self.names, "places": self.places,
            "countries": self.countries, "numbers": self.numbers,
            "terms": {str(k): v for k, v in self.terms.items()},
            "title_terms": {str(k): v for k, v in self.title_terms.items()},
            "main_places": self.main_places,
        })

    @classmethod
    def from_json(cls, text: str) -> EventProfile:
        """The profile ``to_json`` wrote."""
        data = json.loads(text)
        return cls(
            event_id=data["event_id"], articles=data["articles"], members=data.get("members", data["articles"]),
            checked=data.get("checked", 0), first_day=data["first_day"],
            last_day=data["last_day"], years=Counter({int(k): v for k, v in data["years"].items()}),
            names=Counter(data["names"]), places=Counter(data["places"]), countries=Counter(data["countries"]),
            numbers=Counter(data["numbers"]), terms=Counter({int(k): v for k, v in data["terms"].items()}),
            title_terms=Counter({int(k): v for k, v in data["title_terms"].items()}),
            main_places=Counter(data["main_places"]),
        )


def _grown(squares: tuple[float, float] | None, terms: Counter, new_terms: dict, names: Counter,
           new_names: dict) -> tuple[float, float] | None:
    """Sums of squares of the term and name vectors once ``new_terms`` and ``new_names`` are added."""
    if squares is None:
        return None
    term_squares, name_squares = squares
    for key, value in new_terms.items():
        term_squares += value * (2 * terms.get(key, 0.0) + value)
    for key, value in new_names.items():
        name_squares += value * (2 * names.get(key, 0.0) + value)
    return term_squares, name_squares
