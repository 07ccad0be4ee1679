"""An event's accumulated evidence: the sum of its members' features.

Profiles are what a new article is compared with, and what the store keeps
per event (bytes: a JSON header and the term weights as packed arrays,
which cost little to write back at every batch), so that joining an event
costs the same whatever the number of articles in it.

>>> from newsdesk.events.features import EventFeatures
>>> profile = EventProfile("E1")
>>> profile.add(EventFeatures("a", day=738000, names={"lorca": 2.0}, places={"g2514169"}))
>>> profile.add(EventFeatures("b", day=738002, names={"lorca": 1.0, "murcia": 1.0}))
>>> profile.articles, profile.first_day, profile.last_day, profile.name_members["lorca"]
(2, 738000, 738002, 2)
>>> round(profile.names["lorca"], 3)  # the sum of the members' unit vectors: 1 + 1/sqrt(2)
1.707
>>> EventProfile.from_bytes(profile.to_bytes()) == profile
True
>>> profile.remove(EventFeatures("b", day=738002, names=unit({"lorca": 1.0, "murcia": 1.0})))
>>> profile.members, round(profile.names["lorca"], 3), "murcia" in profile.names
(1, 1.0, False)
"""

from __future__ import annotations

import json
import math
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import add, le, sub, truediv

import numpy as np

from newsdesk.events.features import EventFeatures
from newsdesk.events.packed import pack, unpack

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
    name_members: Counter = field(default_factory=Counter)  # members naming each name
    places: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    terms: Counter = field(default_factory=Counter)
    title_terms: Counter = field(default_factory=Counter)
    main_places: Counter = field(default_factory=Counter)
    main_countries: Counter = field(default_factory=Counter)  # main places in each country (``main_places``')

    def add(self, features: EventFeatures, idf: Weight = uniform, name_idf: Weight = uniform) -> None:
        """Fold one more article's evidence into the event.

        Terms and names are weighted by their inverse document frequency at
        the time and scaled to unit length, so ``terms`` and ``names`` are
        sums of the members' unit vectors: their dot product with an article's
        unit vector, over ``members``, is the article's average cosine with
        the members (average linkage, at the cost of one comparison).
        """
        self.add_weighted(features, unit({k: v * idf(k) for k, v in features.terms.items()}),
                          unit({k: v * name_idf(k) for k, v in features.names.items()}))

    def add_weighted(self, features: EventFeatures, terms: dict[int, float], names: dict[str, float]) -> None:
        """``add`` with the article's terms and names already weighted and scaled to unit length."""
        self.articles += 1
        self.members += 1
        day = features.event_day
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)
        # the sets in sorted order: a set of strings iterates in an order that changes with PYTHONHASHSEED, and
        # the profile's keys would follow it into the bytes the store keeps
        self.years.update(sorted(features.years))
        _add_into(self.names, names)
        self.name_members.update(names.keys())
        self.places.update(sorted(features.places))
        self.countries.update(sorted(features.countries))
        self.numbers.update(sorted(features.numbers))
        _add_into(self.terms, terms)
        self.title_terms.update(sorted(features.title_terms))
        self.main_places.update(map(_place_key, features.main_places))
        self.main_countries.update(_countries(features.main_places))
        if len(self.terms) > 2 * _MAX_TERMS:
            self.terms = _heaviest(self.terms, _MAX_TERMS)
        if len(self.names) > 2 * _MAX_NAMES:
            self.names = _heaviest(self.names, _MAX_NAMES)
            self.name_members = Counter({k: self.name_members[k] for k in self.names})

    def remove(self, features: EventFeatures) -> None:
        """Take out an article added before (with its terms and names as ``add_weighted`` got them).

        The day range is kept: the days of the other articles are not known here.
        """
        self.articles -= 1
        self.members -= 1
        for counter, values in ((self.years, features.years), (self.names, features.names),
                                (self.name_members, dict.fromkeys(features.names, 1)),
                                (self.places, features.places), (self.countries, features.countries),
                                (self.numbers, features.numbers), (self.terms, features.terms),
                                (self.title_terms, features.title_terms)):
            _take_from(counter, values)
        _subtract(self.main_places, list(map(_place_key, features.main_places)))
        _subtract(self.main_countries, _countries(features.main_places))

    def to_bytes(self) -> bytes:
        """The profile as the store keeps it: a JSON header, then terms and title terms as packed arrays."""
        header = {
            "event_id": self.event_id, "articles": self.articles, "members": self.members,
            "checked": self.checked, "first_day": self.first_day,
            "last_day": self.last_day, "years": self.years, "names": self.names,
            "name_members": self.name_members, "places": self.places,
            "countries": self.countries, "numbers": self.numbers, "main_places": self.main_places,
            "main_countries": self.main_countries,
        }
        arrays = []
        for counter, kind in ((self.terms, np.float64), (self.title_terms, np.int64)):
            # ``array``'s bytes ("q", then "d" or "q"), read without its item-by-item appends
            arrays += [np.fromiter(counter.keys(), np.int64, len(counter)).tobytes(),
                       np.fromiter(counter.values(), kind, len(counter)).tobytes()]
        return pack(_MAGIC, header, (len(self.terms), len(self.title_terms)), arrays)

    @classmethod
    def from_bytes(cls, data: bytes | str) -> EventProfile:
        """The profile ``to_bytes`` wrote (or, from an older store, the JSON it kept)."""
        if isinstance(data, str):
            return cls._from_dict(json.loads(data))
        header, terms, titles, offset = unpack(_MAGIC, data, "an event profile")
        profile = cls._from_dict({**header, "terms": {}, "title_terms": {}})
        for name, count, kind in (("terms", terms, "d"), ("title_terms", titles, "q")):
            keys, values = array("q"), array(kind)
            keys.frombytes(data[offset:offset + 8 * count])
            values.frombytes(data[offset + 8 * count:offset + 16 * count])
            setattr(profile, name, Counter(dict(zip(keys, values))))
            offset += 16 * count
        return profile

    @classmethod
    def _from_dict(cls, data: dict) -> EventProfile:
        return cls(
            event_id=data["event_id"], articles=data["articles"], members=data.get("members", data["articles"]),
            checked=data.get("checked", 0), first_day=data["first_day"],
            last_day=data["last_day"], years=Counter({int(k): v for k, v in data["years"].items()}),
            names=Counter(data["names"]), places=Counter(data["places"]), countries=Counter(data["countries"]),
            name_members=Counter(data.get("name_members") or dict.fromkeys(data["names"], data["articles"])),
            numbers=Counter(data["numbers"]), terms=Counter({int(k): v for k, v in data["terms"].items()}),
            title_terms=Counter({int(k): v for k, v in data["title_terms"].items()}),
            main_places=Counter(data["main_places"]),
            main_countries=Counter(data["main_countries"]) if "main_countries" in data else _countries_of(
                data["main_places"]),
        )


_MAGIC = b"NDP1"


def _add_into(counter: Counter, values: dict) -> None:
    """``counter.update(values)`` for a mapping, without its Python loop (same sums, same key order)."""
    keys = values.keys()
    dict.update(counter, zip(keys, map(add, values.values(), map(counter.get, keys, repeat(0)))))


def _countries_of(main_places: dict[str, float]) -> Counter:
    """An older store's main countries (written before they were counted), from its main places as ``add``
    counts them."""
    countries: Counter = Counter()
    for key, count in main_places.items():
        if country := json.loads(key)[2]:
            countries[country] += count
    return countries


def _countries(main_places: list) -> list[str]:
    """The country of each of an article's main places that has one (repeated as often as they are)."""
    return [place[2] for place in main_places if place[2]]


def _subtract(counter: Counter, keys: list) -> None:
    """``counter.subtract(keys)`` (which may repeat: Counter's own loop), then the keys left at zero dropped."""
    counter.subtract(keys)
    for key in [k for k in keys if counter[k] <= 1e-9]:  # Counter ignores a key deleted twice
        del counter[key]


def _place_key(place: tuple | list) -> str:
    """A main place as the profile counts it: its JSON text."""
    return _place_json(tuple(place))


# The same main places recur from article to article: their JSON texts are remembered (bounded).
_place_json = lru_cache(maxsize=1 << 14)(json.dumps)


def _take_from(counter: Counter, values: dict | set) -> None:
    """``counter.subtract(values)`` (a mapping, or a set counting 1 each), then keys left at zero or below are
    dropped; without Counter's Python loop."""
    keys = values.keys() if isinstance(values, dict) else values
    amounts = values.values() if isinstance(values, dict) else repeat(1)
    dict.update(counter, zip(keys, map(sub, map(counter.get, keys, repeat(0)), amounts)))
    for key in list(compress(keys, map(le, map(counter.__getitem__, keys), repeat(1e-9)))):
        dict.__delitem__(counter, key)  # Counter's own is Python code


def _heaviest(counter: Counter, n: int) -> Counter:
    """The ``n`` heaviest entries of ``counter`` (``most_common``'s choice and order: ties keep their order)."""
    keys, values = list(counter.keys()), list(counter.values())
    heaviest = np.argsort(-np.array(values), kind="stable")[:n].tolist()
    return Counter(dict(zip(map(keys.__getitem__, heaviest), map(values.__getitem__, heaviest))))


def unit(vector: dict) -> dict:
    """``vector`` scaled to unit Euclidean length (empty stays empty)."""
    norm = math.hypot(*vector.values())
    return dict(zip(vector.keys(), map(truediv, vector.values(), repeat(norm)))) if norm else {}
