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

from newsdesk.events.features import EventFeatures, extract_event_features
from newsdesk.events.profile import EventProfile, Weight, uniform
from newsdesk.events.weights import BIAS, WEIGHTS
from newsdesk.model import Article

FEATURE_NAMES = (
    "term_cosine", "title_cover", "name_cover", "name_cosine", "place_cover", "country_cover",
    "country_conflict", "shared_numbers", "day_close", "day_far", "day_unknown", "year_conflict",
)


class ArticleEvidence:
    """An article's features with its TF-IDF-weighted terms and names, computed once."""

    def __init__(self, features: EventFeatures, idf: Weight = uniform, name_idf: Weight = uniform):
        self.features = features
        self.idf = idf
        self.name_idf = name_idf
        self.terms = {k: v * idf(k) for k, v in features.terms.items()}
        self.names = {k: v * name_idf(k) for k, v in features.names.items()}
        self.term_norm = math.sqrt(sum(v * v for v in self.terms.values()))
        self.name_norm = math.sqrt(sum(v * v for v in self.names.values()))
        self.name_mass = sum(self.names.values())
        self.title_weights = {k: idf(k) for k in features.title_terms}
        self.title_mass = sum(self.title_weights.values())


def pair_evidence(article: ArticleEvidence, event: EventProfile) -> list[float]:
    """The signals, in FEATURE_NAMES order, that ``article`` reports ``event``."""
    f = article.features
    term_norm, name_norm = event.norms()
    gap = _day_gap(f.event_day, event)
    country_cover = _cover(f.countries, event.countries)
    return [
        _cosine(article.terms, article.term_norm, event.terms, term_norm),
        _mass_cover(article.title_weights, article.title_mass, event.title_terms),
        _mass_cover(article.names, article.name_mass, event.names),
        _cosine(article.names, article.name_norm, event.names, name_norm),
        _cover(f.places, event.places),
        country_cover,
        1.0 if f.countries and event.countries and country_cover == 0 else 0.0,
        min(len(f.numbers & event.numbers.keys()), 3) / 3,
        math.exp(-gap / 2) if gap is not None else 0.0,
        1.0 if gap is not None and gap > 14 else 0.0,
        1.0 if gap is None else 0.0,
        1.0 if f.years and event.years and not (f.years & event.years.keys()) else 0.0,
    ]


def same_event_probability(article: ArticleEvidence, event: EventProfile) -> float:
    """Probability that ``article`` reports ``event`` (0..1)."""
    z = BIAS + sum(WEIGHTS[name] * value for name, value in zip(FEATURE_NAMES, pair_evidence(article, event)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def pair_score(text_a: str, text_b: str, lang_a: str | None = None, lang_b: str | None = None) -> float:
    """Same-event score of two raw texts (title on the first line), for pair benchmarks.

    >>> a = "Flood kills four in Lorca\\nFour people died in floods in Lorca, Spain, on 6 April 2025."
    >>> b = "Riada en Lorca\\nCuatro personas murieron en Lorca, España, el 6 de abril de 2025."
    >>> c = "Stocks rally in Tokyo\\nThe Nikkei index rose 3 percent on 2 June 2023."
    >>> pair_score(a, b, "en", "es") > pair_score(a, c, "en", "en")
    True
    """
    features = []
    for i, (text, language) in enumerate(((text_a, lang_a), (text_b, lang_b))):
        title, _, body = text.strip().partition("\n")
        features.append(extract_event_features(Article(id=str(i), text=body or title, title=title,
                                                       language=language)))
    event = EventProfile("pair")
    event.add(features[1])
    return same_event_probability(ArticleEvidence(features[0]), event)


def _day_gap(day: int | None, event: EventProfile) -> int | None:
    if day is None or event.first_day is None:
        return None
    if event.first_day <= day <= event.last_day:
        return 0
    return min(abs(day - event.first_day), abs(day - event.last_day))


def _cosine(a: Mapping, norm_a: float, b: Mapping, norm_b: float) -> float:
    if not norm_a or not norm_b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b) / (norm_a * norm_b)


def _mass_cover(weights: Mapping, mass: float, other: Mapping) -> float:
    """Share of an article's weight whose keys ``other`` also holds."""
    if not mass:
        return 0.0
    return sum(v for k, v in weights.items() if k in other) / mass


def _cover(a: set, b: Mapping) -> float:
    return len(a & b.keys()) / len(a) if a else 0.0
