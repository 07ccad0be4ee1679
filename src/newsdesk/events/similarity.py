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
from collections.abc import Callable, Mapping
from functools import lru_cache
from itertools import compress
from operator import mul

import numpy as np

from newsdesk.events.embed import LeadVectors, centre, lead_chunks, lead_text
from newsdesk.events.features import EventFeatures, extract_event_features
from newsdesk.events.profile import EventProfile, Weight, uniform
from newsdesk.events.weights import BIAS, PAIR_SCORE_BIAS, PAIR_SCORE_KNOTS, PAIR_SCORE_WEIGHTS, WEIGHTS
from newsdesk.model import Article

FEATURE_NAMES = (
    "term_cosine", "title_cover", "name_cover", "name_cosine", "place_cover", "country_cover",
    "country_conflict", "shared_numbers", "day_close", "day_far", "day_unknown", "year_conflict",
)


class ArticleEvidence:
    """An article's features with its TF-IDF-weighted terms and names, computed once."""

    def __init__(self, features: EventFeatures, idf: Weight = uniform, name_idf: Weight = uniform,
                 seen: Callable[[int], object] | None = None):
        self.features = features
        self.idf = idf
        self.name_idf = name_idf
        self.terms = _weighted(features.terms, idf)
        self.names = _weighted(features.names, name_idf)
        # A term no earlier article has cannot be shared with an event yet: left out of the norm
        # (``seen``), it would only dilute the cosine of long articles full of one-off word pairs.
        shared = self.terms.values() if seen is None else list(compress(self.terms.values(), map(seen, self.terms)))
        self.term_norm = math.hypot(*shared)
        self.name_norm = math.hypot(*self.names.values())
        self.name_mass = sum(self.names.values())
        # a title term cut from a long text's term vector has no weight known here: left out
        self.title_weights = {k: idf(k) for k in features.title_terms if k in features.terms}
        self.title_mass = sum(self.title_weights.values())


def pair_evidence(article: ArticleEvidence, event: EventProfile) -> list[float]:
    """The signals, in FEATURE_NAMES order, that ``article`` reports ``event``."""
    f = article.features
    gap = _day_gap(f.event_day, event)
    # Averages over the event's members, as linkage would: cosines with the sum of the members' unit
    # vectors over their number, covers counting each key by the share of members holding it (a big
    # event's union of names must not cover everything).
    members = max(1, event.members)
    country_cover = _cover(f.countries, event.countries, members)
    return [
        _cosine(article.terms, article.term_norm, event.terms, members),
        _mass_cover(article.title_weights, article.title_mass, event.title_terms, members),
        _mass_cover(article.names, article.name_mass, event.name_members, members),
        _cosine(article.names, article.name_norm, event.names, members),
        _cover(f.places, event.places, members),
        country_cover,
        1.0 if f.countries and event.countries and not (f.countries & event.countries.keys()) else 0.0,
        min(_cover(f.numbers, event.numbers, members) * len(f.numbers), 3) / 3,
        math.exp(-gap / 2) if gap is not None else 0.0,
        1.0 if gap is not None and gap > 14 else 0.0,
        1.0 if gap is None else 0.0,
        1.0 if f.years and event.years and not (f.years & event.years.keys()) else 0.0,
    ]


def same_event_probability(article: ArticleEvidence, event: EventProfile) -> float:
    """Probability that ``article`` reports ``event`` (0..1)."""
    z = BIAS + sum(map(mul, map(WEIGHTS.__getitem__, FEATURE_NAMES), pair_evidence(article, event)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def pair_leads(text_a: str, text_b: str) -> tuple[str, str]:
    """The title + lead (``embed.lead_text``) of two raw texts (title on the first line)."""
    return tuple(lead_text(*_title_body(text)) for text in (text_a, text_b))


def pair_chunks(text_a: str, text_b: str) -> tuple[list[str], list[str]]:
    """The first ``PAIR_CHUNKS`` pieces (``embed.lead_chunks``; the first is the lead) of two raw texts."""
    return tuple(lead_chunks(*_title_body(text), count=PAIR_CHUNKS) for text in (text_a, text_b))


def chunk_cosines(rows_a: np.ndarray, lang_a: str | None, rows_b: np.ndarray, lang_b: str | None,
                  means: Mapping[str, tuple[float, ...]] | None = None) -> np.ndarray:
    """Cosines of every embedded piece of one text with every piece of the other, each centred on its
    language's mean lead (``embed.centre``, which ``means`` is passed to); row 0 / column 0 are the leads."""
    return centre(rows_a, [lang_a] * len(rows_a), means) @ centre(rows_b, [lang_b] * len(rows_b), means).T


def pair_signals(text_a: str, text_b: str, lang_a: str | None, lang_b: str | None, cosines: np.ndarray,
                 knots: tuple[float, ...] = PAIR_SCORE_KNOTS) -> dict[str, float]:
    """The signals, in PAIR_SCORE_WEIGHTS order, that two raw texts report one event.

    ``cosines`` is ``chunk_cosines`` of their embedded pieces (``pair_chunks``).
    The best of them (``cosine``) is also given above each of ``knots`` (the
    scale is not linear); the leads' own (``lead_cosine``) beside it. The best
    pair of pieces sees past a lead taken up by a site's furniture or an
    opening on another angle. Beside them: the language-independent evidence
    of ``pair_evidence`` (the second text standing for a one-article event),
    Jaccard overlaps of their figures, names, places and dates, and whether
    the pair is cross-language or English (the cosine's scale differs
    between the two).
    """
    cosine, lead_cosine = float(np.max(cosines)), float(cosines[0, 0])
    first, second = (_text_features(text, language) for text, language in ((text_a, lang_a), (text_b, lang_b)))
    event = EventProfile("pair")
    event.add(second)
    evidence = dict(zip(FEATURE_NAMES, pair_evidence(ArticleEvidence(first), event)))
    cross = 1.0 if (lang_a or "") != (lang_b or "") else 0.0
    english = 1.0 if lang_a == lang_b == "en" else 0.0
    signals = {"cosine": cosine}
    signals.update({f"cosine_over_{n}": max(0.0, cosine - knot) for n, knot in enumerate(knots)})
    signals.update({
        "lead_cosine": lead_cosine,
        "cross_language": cross, "english": english,
        "cosine_cross": cosine * cross, "cosine_english": cosine * english,
        **{name: evidence[name] for name in _PAIR_EVIDENCE},
        "numbers_jaccard": _jaccard(first.numbers, second.numbers),
        "names_jaccard": _jaccard(first.names.keys(), second.names.keys()),
        "places_jaccard": _jaccard(first.places, second.places),
        "days_jaccard": _jaccard(first.mentioned_days, second.mentioned_days),
        "years_jaccard": _jaccard(first.years, second.years),
    })
    return signals


def pair_score(text_a: str, text_b: str, lang_a: str | None = None, lang_b: str | None = None,
               vectors: LeadVectors | None = None) -> float:
    """Same-event score of two raw texts (title on the first line), for pair benchmarks.

    About 1 for the same event, 0 for unrelated ones: the human 1-4 scale of
    SemEval-2022 Task 8 as predicted by a linear model of ``pair_signals``
    (fitted on the tuning half of that sample; ``weights.py``). The first
    pieces of each text (``pair_chunks``: the lead and the next 64 words) are
    embedded through ``vectors`` (a cache; by default one for the process)
    and centred on the mean lead of their language (``embed.centre``).

    >>> a = "Flood kills four in Lorca\\nFour people died in floods in Lorca, Spain, on 6 April 2025."
    >>> b = "Riada en Lorca\\nCuatro personas murieron en Lorca, España, el 6 de abril de 2025."
    >>> c = "Stocks rally in Tokyo\\nThe Nikkei index rose 3 percent on 2 June 2023."
    >>> pair_score(a, b, "en", "es") > pair_score(a, c, "en", "en")
    True
    """
    chunks_a, chunks_b = pair_chunks(text_a, text_b)
    rows = (vectors or _process_vectors()).vectors(chunks_a + chunks_b)
    cosines = chunk_cosines(rows[:len(chunks_a)], lang_a, rows[len(chunks_a):], lang_b)
    signals = pair_signals(text_a, text_b, lang_a, lang_b, cosines)
    overall = PAIR_SCORE_BIAS + sum(PAIR_SCORE_WEIGHTS[name] * value for name, value in signals.items())
    return (4.0 - overall) / 3.0


#: Pieces of each text that ``pair_score`` embeds (the best pair of two pieces beat the leads alone
#: on SemEval half A: 0.82 against 0.77 on cross-lingual pairs).
PAIR_CHUNKS = 2
# The article-vs-event signals that carry over to a pair of articles (chosen on half A of SemEval).
_PAIR_EVIDENCE = ("term_cosine", "name_cosine", "name_cover", "shared_numbers", "place_cover", "country_conflict")


@lru_cache(maxsize=1)
def _process_vectors() -> LeadVectors:
    return LeadVectors()


def _title_body(text: str) -> tuple[str, str]:
    title, _, body = text.strip().partition("\n")
    return title, body


def _text_features(text: str, language: str | None) -> EventFeatures:
    title, body = _title_body(text)
    return extract_event_features(Article(id="pair", text=body or title, title=title, language=language))


def _jaccard(a, b) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


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
    common = a.keys() & b.keys()  # iterated twice in the same order: the same sum as a loop
    return sum(map(mul, map(a.__getitem__, common), map(b.__getitem__, common))) / (norm_a * norm_b)


def _mass_cover(weights: Mapping, mass: float, other: Mapping, members: int = 1) -> float:
    """Share of an article's weight whose keys ``other`` also holds (``other``: key -> members holding it)."""
    if not mass:
        return 0.0
    return sum(v * min(1.0, other[k] / members) for k, v in weights.items() if k in other) / mass


def _cover(a: set, b: Mapping, members: int = 1) -> float:
    """Share of the keys of ``a`` that ``b`` holds, each counted by the share of members holding it."""
    return sum(min(1.0, b[k] / members) for k in a if k in b) / len(a) if a else 0.0
