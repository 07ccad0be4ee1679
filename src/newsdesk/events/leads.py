"""A second look at cross-language linking decisions, with the embedded title + lead.

The evidence of ``similarity.py`` (words, names, places, figures, days) is
cheap but mostly tied to one language: a Hindi report of an event first
reported in English shares few of its words. The bundled multilingual
embedding (``embed.py``) sees through the language but costs about a fifth
of a CPU-second per lead, too much for every article. So only a candidate
event whose articles are in another language than the article's gets it:
there the cosine between the article's lead and the mean of the event's
recent members' leads, each centred on its language's mean lead
(``embed.centre``: it puts every pair of languages on one scale), decides,
as the log-odds of a logistic model of "same event" (Overall <= 1.5)
fitted on the tuning half of the SemEval-2022 Task 8 sample
(``weights.LEAD_*``, written by bench/train_pair_score.py).

Same-language close calls (log-odds within 0.5 or 1 of the threshold's,
the cosine's log-likelihood ratio added) were measured too: with the
current linker they changed nothing on the ECB+ and NewsWCL50 tuning data
and one or two merges on SemEval half A, for about 0.2 CPU-seconds per
article looked at, so they are not done.

Each lead is embedded at most once: its raw vector is kept in the store
by article id, with its language, and centred when read (the language
means are refitted now and then); centred vectors stay in memory for the
run.

>>> from newsdesk.store import Store
>>> check = LeadCheck(Store(":memory:"))
>>> check.in_question("hi", {"en"}), check.in_question("en", {"en"}), check.in_question("en", set())
(True, False, False)
>>> lead_log_odds(0.6, cross=True) > lead_log_odds(0.2, cross=True)
True
"""

from __future__ import annotations

import math

import numpy as np

from newsdesk.events.embed import LeadVectors, centre, lead_text
from newsdesk.events.weights import LEAD_BIAS, LEAD_WEIGHTS
from newsdesk.model import Article
from newsdesk.store import Store

#: The event's lead vector is the mean of its most recent members' (at most this many).
EVENT_LEADS = 3


def lead_log_odds(cosine: float, cross: bool) -> float:
    """Log-likelihood ratio of "same event" given the cosine of two embedded leads."""
    x = {"cosine": cosine, "cross_language": float(cross), "cosine_cross": cosine * float(cross)}
    return LEAD_BIAS + sum(LEAD_WEIGHTS[name] * value for name, value in x.items())


class LeadCheck:
    """Embeds the leads behind cross-language linking decisions, once each, and rescores those decisions."""

    def __init__(self, store: Store, vectors: LeadVectors | None = None):
        self.store = store
        self.vectors = vectors if vectors is not None else LeadVectors()
        self.languages: dict[str, set[str]] = {}  # event id -> languages of its members (this run)
        self._raw: dict[str, tuple[str | None, np.ndarray]] = {}  # article id -> language, raw lead vector
        self._rows: dict[str, np.ndarray] = {}  # article id -> centred lead vector
        self.looks = 0  # decisions rescored

    def in_question(self, language: str | None, event_languages: set[str]) -> bool:
        """Does this candidate need the embedding: is the event in another language than the article?"""
        return bool(language and event_languages and language not in event_languages)

    def probability(self, article: Article, event_id: str, p: float) -> float:
        """``p``, the probability that ``article`` reports ``event_id``, after a second look if it needs one."""
        if not self.in_question(article.language, self.event_languages(event_id)):
            return p
        logit = self.rescore(article, event_id)
        return p if logit is None else 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))

    def rescore(self, article: Article, event_id: str) -> float | None:
        """The log-odds that ``article`` reports ``event_id`` in another language, from the lead cosine
        (None when the event has no member to compare with)."""
        event_row = self._event_row(event_id)
        if event_row is None:
            return None
        self.looks += 1
        cosine = float(self._article_row(article) @ event_row)
        # The word evidence is bound to one language: across two, the cosine is the evidence. At even
        # odds, not half A's share of same-event pairs (about 1 in 4): a candidate the index retrieved is
        # likelier than a random pair (on the SemEval half A check, 28 of 44 cross-lingual same-event pairs
        # put together against 20 with that prior, other-event pairs merged 3 of 119 against 1).
        return lead_log_odds(cosine, cross=True)

    def event_languages(self, event_id: str) -> set[str]:
        """The languages of an event's members (from this run, else from the store)."""
        found = self.languages.get(event_id)
        if found is None:
            members = self.store.articles_by_id(self._member_ids(event_id))
            found = self.languages[event_id] = {a.language for a in members if a.language}
        return found

    def joined(self, article: Article, event_id: str) -> None:
        """Note that ``article`` joined ``event_id``; keep its lead vector if it was embedded."""
        if article.language:
            self.languages.setdefault(event_id, set()).add(article.language)
        self._keep(article.id)

    def _member_ids(self, event_id: str) -> list[str]:
        return self.store.event_member_ids(event_id, EVENT_LEADS)

    def _keep(self, article_id: str) -> None:
        """Store the raw embedding of an article's lead, if this run embedded it."""
        raw = self._raw.pop(article_id, None)
        if raw is not None:
            language, row = raw
            self.store.add_lead_vector(article_id, language, row.tobytes())

    def _article_row(self, article: Article) -> np.ndarray:
        row = self._rows.get(article.id)
        if row is None:
            raw = self.vectors.vectors([lead_text(article.title, article.text)])[0]
            self._raw[article.id] = (article.language, raw)
            row = self._rows[article.id] = centre(raw, [article.language])[0]
        return row

    def _event_row(self, event_id: str) -> np.ndarray | None:
        ids = self._member_ids(event_id)
        if not ids:
            return None
        for article_id, (language, vector) in self.store.lead_vectors(
                [i for i in ids if i not in self._rows]).items():
            self._rows[article_id] = centre(np.frombuffer(vector, dtype=np.float32), [language])[0]
        missing = [i for i in ids if i not in self._rows]
        for article in self.store.articles_by_id(missing):
            self._article_row(article)
            self._keep(article.id)
        rows = [self._rows[i] for i in ids if i in self._rows]
        if not rows:
            return None
        mean = np.mean(rows, axis=0)
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else None

