"""How likely an article reports an event: evidence compared, then a logistic model.

``ArticleEvidence`` weighs an article's terms and names by inverse document
frequency once; ``pair_evidence`` compares it with an event's profile as a
short vector of signals (word and name overlap, places, figures, time
apart); ``same_event_probability`` weighs them with coefficients learned on
the tuning data (``weights.py``, written by ``bench/train_events.py``).

>>> from newsdesk.events.features import EventFeatures
>>> event = EventProfile("E1")
>>> event.add(EventFeatures("a", day=738000, names={"lorca": 2.0, "murcia": 1.0}, places={"g1"}, numbers={"4"}))
>>> near = ArticleEvidence(EventFeatures("b", day=738001, names={"lorca": 2.0}, places={"g1"}, numbers={"4"}))
>>> far = ArticleEvidence(EventFeatures("c", day=738400, names={"lorca": 2.0}, places={"g1"}))
>>> same_event_probability(near, event) > same_event_probability(far, event)
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from operator import mul

from newsdesk.events.features import EventFeatures
from newsdesk.events.profile import EventProfile, Weight, uniform
from newsdesk.events.weights import BIAS, WEIGHTS

FEATURE_NAMES = (
    "term_cosine", "title_cover", "name_cover", "name_cosine", "place_cover", "country_cover",
    "country_conflict", "shared_numbers", "day_close", "day_far", "day_unknown", "year_conflict",
    "main_country_conflict",
)

_WEIGHTS = tuple(map(WEIGHTS.__getitem__, FEATURE_NAMES))
_TERM_COSINE, _NAME_COSINE = FEATURE_NAMES.index("term_cosine"), FEATURE_NAMES.index("name_cosine")
# An article shares words or names with the event it reports: of the 1,635 same-event article-event pairs of the
# tuning data (bench/train_events.py, three arrival orders), one has a term cosine and a name cosine both below
# this, against 18,168 of the 20,848 other-event pairs. Below it a shared place, figure or day alone does not make
# one event (two posts of one blog a week apart that both name Germany did). Across languages, where words differ,
# the linker asks the embedded leads instead (leads.py).
CONTENT_FLOOR = 0.03


class ArticleEvidence:
    """An article's features with its TF-IDF-weighted terms and names, computed once."""

    def __init__(self, features: EventFeatures, idf: Weight = uniform, name_idf: Weight = uniform):
        terms = _weighted(features.terms, idf)
        # a title term cut from a long text's term vector has no weight known here: left out
        title_weights = {k: idf(k) for k in sorted(features.title_terms) if k in features.terms}
        self._set(features, terms, _weighted(features.names, name_idf), title_weights, math.hypot(*terms.values()))

    @classmethod
    def weighted(cls, features: EventFeatures, terms: dict[int, float], names: dict[str, float],
                 title_weights: dict[int, float], term_norm: float,
                 shared_terms: dict[int, float] | None = None) -> ArticleEvidence:
        """The evidence of terms, names and title terms weighted by the caller (``term_norm``: the norm of ``terms``).

        ``shared_terms``: those of ``terms`` (in their order) that an event may hold, when the caller knows that
        no event holds the others (the linker: no article linked yet holds them); the term cosine looks up these
        only.
        """
        evidence = cls.__new__(cls)
        evidence._set(features, terms, names, title_weights, term_norm, shared_terms)
        return evidence

    def _set(self, features: EventFeatures, terms: dict[int, float], names: dict[str, float],
             title_weights: dict[int, float], term_norm: float, shared_terms: dict[int, float] | None = None) -> None:
        self.features = features
        self.day = features.event_day
        self.terms = terms
        self.shared_terms = terms if shared_terms is None else shared_terms
        self.names = names
        self.term_norm = term_norm
        self.name_norm = math.hypot(*names.values())
        self.name_mass = sum(names.values())
        self.title_weights = title_weights
        self.title_mass = sum(title_weights.values())


def pair_evidence(article: ArticleEvidence, event: EventProfile) -> list[float]:
    """The signals, in FEATURE_NAMES order, that ``article`` reports ``event``."""
    f = article.features
    gap = _day_gap(article.day, event)
    # Averages over the event's members, as linkage would: cosines with the sum of the members' unit
    # vectors over their number, covers counting each key by the share of members holding it (a big
    # event's union of names must not cover everything).
    members = max(1, event.members)
    country_cover = _cover(f.countries, event.countries, members)
    day_close = math.exp(-gap / 2) if gap is not None else 0.0
    main_countries = f.main_countries
    return [
        _cosine(article.shared_terms, article.term_norm, event.terms, members),
        _mass_cover(article.title_weights, article.title_mass, event.title_terms, members),
        _mass_cover(article.names, article.name_mass, event.name_members, members),
        _cosine(article.names, article.name_norm, event.names, members),
        _cover(f.places, event.places, members),
        country_cover,
        1.0 if f.countries and event.countries and not (f.countries & event.countries.keys()) else 0.0,
        min(_cover(f.numbers, event.numbers, members) * len(f.numbers), 3) / 3,
        day_close,
        1.0 if gap is not None and gap > 14 else 0.0,
        1.0 if gap is None else 0.0,
        1.0 if f.years and event.years and not (f.years & event.years.keys()) else 0.0,
        # placed in other countries at about the same time: two happenings of a kind (two earthquakes of one day)
        day_close if main_countries and event.main_countries and not (
            main_countries & event.main_countries.keys()) else 0.0,
    ]


def same_event_probability(article: ArticleEvidence, event: EventProfile) -> float:
    """Probability that ``article`` reports ``event`` (0..1); 0 when they share too few words and names
    (``CONTENT_FLOOR``)."""
    evidence = pair_evidence(article, event)
    if evidence[_TERM_COSINE] < CONTENT_FLOOR and evidence[_NAME_COSINE] < CONTENT_FLOOR:
        return 0.0
    z = BIAS + sum(map(mul, _WEIGHTS, evidence))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _day_gap(day: int | None, event: EventProfile) -> int | None:
    if day is None or event.first_day is None:
        return None
    if event.first_day <= day <= event.last_day:
        return 0
    return min(abs(day - event.first_day), abs(day - event.last_day))


def _weighted(values: Mapping, weight: Weight) -> dict:
    """Each value times its key's weight (the same products as a loop, without its Python bytecode)."""
    keys = values.keys()
    return dict(zip(keys, map(mul, values.values(), map(weight, keys))))


def _cosine(a: Mapping, norm_a: float, b: Mapping, norm_b: float) -> float:
    if not norm_a or not norm_b:
        return 0.0
    # in ``a``'s own order, not a set's: a set of strings iterates in an order that changes with the
    # process's hash seed, and so would the last bits of the sum
    common = list(filter(b.__contains__, a))
    return sum(map(mul, map(a.__getitem__, common), map(b.__getitem__, common))) / (norm_a * norm_b)


def _mass_cover(weights: Mapping, mass: float, other: Mapping, members: int = 1) -> float:
    """Share of an article's weight whose keys ``other`` also holds (``other``: key -> members holding it)."""
    if not mass:
        return 0.0
    held = other.get
    total = 0  # as ``sum``'s: the same additions in the same order, without a generator's resuming
    for key, weight in weights.items():
        if (count := held(key)) is not None:
            total += weight * (count / members if count < members else 1.0)  # ``min(1.0, count / members)``
    return total / mass


def _cover(a: set, b: Mapping, members: int = 1) -> float:
    """Share of the keys of ``a`` that ``b`` holds, each counted by the share of members holding it."""
    if not a:
        return 0.0
    held = b.get
    total = 0  # whole numbers of members: the sum is the same in any order of the set (see _cosine)
    for key in a:
        if (count := held(key)) is not None:
            total += count if count < members else members
    return total / members / len(a)
