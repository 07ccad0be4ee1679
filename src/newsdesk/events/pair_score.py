"""Same-event score of two raw texts, for pair benchmarks such as SemEval-2022 Task 8.

The score joins the bundled multilingual embedding of each text's first
pieces (``embed.py``), how close those pieces come to generic site
furniture (``furniture``), an offset per language and the
language-independent evidence the linker uses (``similarity.pair_evidence``,
the second text standing for a one-article event) in a linear model fitted on the tuning half of the SemEval sample
(``weights.PAIR_SCORE_*``, written by ``bench/train_pair_score.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import numpy as np

from newsdesk.events.embed import LeadVectors, centre, lead_chunks, lead_text
from newsdesk.events.lead_means import MEANS
from newsdesk.events.features import EventFeatures, extract_event_features
from newsdesk.events.profile import EventProfile
from newsdesk.events.similarity import FEATURE_NAMES, ArticleEvidence, pair_evidence
from newsdesk.events.weights import PAIR_SCORE_BIAS, PAIR_SCORE_KNOTS, PAIR_SCORE_WEIGHTS
from newsdesk.model import Article


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


def furniture(rows: np.ndarray, languages: list[str | None], vectors: LeadVectors,
              means: Mapping[str, tuple[float, ...]] | None = None) -> float:
    """How close the most furniture-like of the embedded pieces ``rows`` comes to site furniture.

    The highest cosine of a piece with one of the ``FURNITURE`` texts, all
    centred on their language's mean lead (``embed.centre``, given ``means``;
    the texts are English, the embedding is not tied to a language). On the
    pieces of SemEval half A, 0.3 and above is nearly always a cookie notice,
    a paywall, a donation appeal or an inserted forum post; the median is 0.08.

    >>> vectors = LeadVectors()
    >>> notice = "Wir verwenden Cookies, um Ihnen relevante Werbung zu zeigen. Mit der Nutzung stimmen Sie zu."
    >>> news = "Vier Menschen starben am Sonntag bei Überschwemmungen in der spanischen Stadt Lorca."
    >>> furniture(vectors.vectors([notice]), ["de"], vectors) > furniture(vectors.vectors([news]), ["de"], vectors)
    True
    """
    if not len(rows):
        return 0.0
    marks = centre(vectors.vectors(list(FURNITURE)), ["en"] * len(FURNITURE), means)
    return float((centre(rows, languages, means) @ marks.T).max())


def pair_signals(text_a: str, text_b: str, lang_a: str | None, lang_b: str | None, cosines: np.ndarray,
                 furniture: float = 0.0, knots: tuple[float, ...] = PAIR_SCORE_KNOTS) -> dict[str, float]:
    """The signals, in PAIR_SCORE_WEIGHTS order, that two raw texts report one event.

    ``cosines`` is ``chunk_cosines`` of their embedded pieces (``pair_chunks``).
    The best of them (``cosine``) is also given above each of ``knots`` (the
    scale is not linear); the leads' own (``lead_cosine``) beside it. The best
    pair of pieces sees past a lead taken up by a site's furniture or an
    opening on another angle, but it can also be two copies of one cookie
    notice: ``furniture`` (the function's value over the pieces of both
    texts), alone and times the cosine, lets the model trust such a cosine
    less. Beside them: the language-independent evidence of
    ``pair_evidence`` (the second text standing for a one-article event:
    TF-IDF and name overlap, shared figures and places, conflicting
    countries), whether the pair is cross-language or English (the cosine's scale differs between
    the two), and how many of the two texts are in each language with a mean
    lead in ``lead_means.py`` (an offset per language: the human scale and
    the cosine's do not line up alike in every language).
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
        "furniture": furniture, "cosine_furniture": cosine * furniture,
        **{name: evidence[name] for name in _PAIR_EVIDENCE},
        **{f"language_{language}": float(lang_a == language) + float(lang_b == language) for language in _LANGUAGES},
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
    vectors = vectors or _process_vectors()
    rows = vectors.vectors(chunks_a + chunks_b)
    cosines = chunk_cosines(rows[:len(chunks_a)], lang_a, rows[len(chunks_a):], lang_b)
    languages = [lang_a] * len(chunks_a) + [lang_b] * len(chunks_b)
    signals = pair_signals(text_a, text_b, lang_a, lang_b, cosines, furniture(rows, languages, vectors))
    overall = PAIR_SCORE_BIAS + sum(weight * signals[name] for name, weight in PAIR_SCORE_WEIGHTS.items())
    return (4.0 - overall) / 3.0


#: Pieces of each text that ``pair_score`` embeds (the best pair of two pieces beat the leads alone
#: on SemEval half A: 0.82 against 0.77 on cross-lingual pairs).
PAIR_CHUNKS = 2
#: Generic site furniture (written for this module, not taken from any data set): cookie consent, paywall and
#: newsletter, donation appeal, corrections, footer, ad blocker, block page, share buttons, related links.
FURNITURE = (
    "We use cookies to improve the website and show you relevant advertising. By continuing to browse you agree "
    "to our privacy policy.",
    "Subscribe to our newsletter to get the most important news. Sign up for free. Registered users can read "
    "more articles.",
    "Donate to support our website. Your contribution makes our independent journalism possible.",
    "Contact us if you found a mistake in this article. Send us a tip.",
    "All rights reserved. Copyright. Terms of use. Privacy policy. About us. Advertise with us.",
    "Please disable your ad blocker or add an exception for our domain to read our articles.",
    "Access denied. Please enable JavaScript in your browser. Too many requests from your IP address.",
    "Share on Facebook, Twitter, WhatsApp. Print. Email. Leave a comment. Log in to comment.",
    "Read more: related articles, most read, latest news, video, photo gallery.",
)
# Languages with an offset of their own: those with a mean lead (both are fitted on half A of SemEval).
_LANGUAGES = tuple(sorted(language for language in MEANS if language != "*"))
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
