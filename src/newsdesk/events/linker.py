"""Streaming event linking: each arriving article joins the event it reports or opens one.

Candidates come from an inverted index in the store (names, places and
title words of each event, with its day), restricted to a time window, so
the cost per article stays flat as the store grows; the store holds the
index's recent periods in memory (``store/recent_index.py``). Each candidate's
profile is scored with the frozen same-event model; the best one is joined
if its probability reaches the threshold. Term and name weights are
inverse document frequencies counted over the store itself.

An event's evidence is kept so that comparing with it averages over its
members (average linkage at the cost of one comparison: see profile.py).
Greedy joining cannot undo an early wrong merge nor join two halves of one
event, so every linked article also leaves a sketch of its evidence, and
when an event has grown by a quarter since it was last checked, the recent
members of it and of the events its new articles of the batch nearly
joined are re-clustered article against article (``refine.py``): groups
that do not hold together become events of their own, their copies with
them, and groups spread over several events are merged into one.

>>> from newsdesk.store import Store
>>> from newsdesk.events.features import EventFeatures
>>> store = Store(":memory:")
>>> linker = EventLinker(store)
>>> a = EventFeatures("a", day=738000, names={"lorca": 2.0, "murcia": 1.0}, places={"g1"}, numbers={"4"},
...                   terms={1: 2.0, 2: 1.0, 3: 1.0}, title_terms={1, 2})
>>> b = EventFeatures("b", day=738001, names={"lorca": 2.0}, places={"g1"}, numbers={"4"},
...                   terms={1: 2.0, 2: 1.0, 4: 1.0}, title_terms={1})
>>> with store.transaction():
...     linker.begin_batch([a, b])
...     first, second = linker.assign(a), linker.assign(b)
...     linker.flush()
>>> first == second
True
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, OrderedDict
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import add, mul, sub
from typing import NamedTuple

import numpy as np

from newsdesk.blas import one_blas_thread
from newsdesk.events.features import EventFeatures, term_key
from newsdesk.events.leads import LeadCheck
from newsdesk.events.profile import EventProfile, unit
from newsdesk.events.members import RecentMembers, with_terms
from newsdesk.events.refine import Member, shared_terms_only, split_groups
from newsdesk.events.similarity import ArticleEvidence, same_event_probability
from newsdesk.events.weights import SPLIT_LOGIT, THRESHOLD
from newsdesk.model import Article
from newsdesk.store import Store

# An article's event is looked for among events active within this many days.
WINDOW_DAYS = 10
# An article's terms are cut, at arrival, to its ARTICLE_TERMS heaviest by TF-IDF among those other articles hold
# already, and its NEW_TERMS heaviest among those no stored article holds yet (these have the highest IDF of all: a
# plain top 100 or 150 filled up with one-off word pairs and lost ~0.02 B3 on the ECB+ training topics). They are what
# its share of the profile, its cosines and its sketch hold: every per-term cost of linking scales with them
# (~12% less linking CPU than ~350 terms). Chosen on the tuning data only, mean of several arrival orders: ECB+
# training topics B3 0.916 -> 0.922, NewsWCL50 tuning events 0.944 -> 0.951, SemEval half A's linker check 95 -> 98
# of 154 same-event pairs together, 40 -> 43 of 387 other-event pairs.
ARTICLE_TERMS = 100
NEW_TERMS = 75
CANDIDATES = 12
_NAMES_INDEXED = 12
_PROFILE_CACHE = 1024
_KEY_COUNTS = 400_000
# An event is re-clustered when it has this many members, then whenever it has grown by a quarter
# (only then: re-clustering at every near miss cost most of the linking time, for no gain on tuning data;
# 1.5 kept the ECB+ and NewsWCL50 tuning B3 but put 7 more other-event pairs of SemEval half A together).
_FIRST_CHECK = 3
_CHECK_GROWTH = 1.25
# The event an article nearly joined (at least this probability; the best one) is re-clustered with its own
# (0.2: flat from 0.05 to 0.35 on the ECB+ training topics and NewsWCL50 tuning events; the best one rather than
# two: ECB+ training topics 0.905 -> 0.908, NewsWCL50 tuning events 1.000 and SemEval half A's linker check
# the same, and ~10% less CPU).
_NEIGHBOUR_P = 0.2
_NEIGHBOURS = 1


def new_event_id(first_article_id: str) -> str:
    """A stable event id derived from the article that opened the event."""
    return "E" + hashlib.sha1(first_article_id.encode()).hexdigest()[:12]


class EventLinker:
    """Assigns events to articles, one at a time, against the store."""

    def __init__(self, store: Store, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS,
                 split_logit: float | None = SPLIT_LOGIT):
        self.store = store
        self.threshold = threshold
        self.window_days = window_days
        self.split_logit = split_logit  # None: never split
        self._profiles: OrderedDict[str, EventProfile] = OrderedDict()
        self._key_counts = _KeyCounts()  # stored document counts of recently used keys
        # The open batch: its keys (sorted), their counts with the batch's articles linked so far and as
        # stored, and where each announced article's keys (terms, then names) are in them, with its name keys.
        # Arrays: an article's few hundred keys are read and counted at once, not one dictionary entry each.
        self._batch = _BatchCounts.empty()
        self._dirty: set[str] = set()  # changed this batch; kept in the cache until flushed
        self._neighbours: dict[str, set[str]] = {}  # event -> events its new articles nearly joined
        self._total: int | None = None
        self.members = RecentMembers(store)  # the recent members of events, for re-clustering
        self.leads = LeadCheck(store)  # the embedding's second look at cross-language candidates

    def begin_batch(self, batch: list[EventFeatures]) -> None:
        """Fetch, in one query, the document frequencies the articles of ``batch`` need."""
        self._open_keys(batch)

    def flush(self) -> None:
        """Write what the batch changed: event profiles and document frequencies. Call inside a transaction."""
        self._flush_counts()
        if self.split_logit is not None:
            # A second BLAS thread's spinning cost twice the re-clustering's own CPU time in a 10k-article run.
            with one_blas_thread():
                for event_id in sorted(self._dirty):
                    self._refine(event_id)
        self._neighbours.clear()
        for event_id in self._dirty:
            profile = self._profile(event_id)
            if profile is not None:
                self.store.save_event(event_id, profile.first_day, profile.last_day, profile.to_bytes())
        self._dirty.clear()

    def assign(self, features: EventFeatures, article: Article | None = None) -> str:
        """The event id ``features``' article belongs to (a new one if none fits).

        With the ``article`` itself, a candidate event in another language is
        judged on its embedded lead (``leads.py``). Call inside a transaction,
        between ``begin_batch`` and ``flush``.
        """
        announced = self._batch.articles.pop(features.article_id, None)
        if announced is None or announced[0] is not features:  # not announced by ``begin_batch``
            self._open_keys([features])
            announced = self._batch.articles.pop(features.article_id)
        _, positions, name_keys = announced
        batch = self._batch
        counts = batch.counts[positions]
        total = self._documents()
        evidence, terms, term_keys, term_values, shared = self._evidence(features, counts, total)
        best_id, best_p = None, 0.0
        day = features.event_day
        lookup_keys = self._lookup_keys(features, name_keys)
        filing_keys = _filing_keys(features, lookup_keys)
        # Looked up by its figures too only without names (a Hindi or Arabic text has no capitals to find them
        # by). Every article looked up by its figures crowded the candidates with the window's big events: on
        # bench/event_scaling.py's stream, 18% slower linking and 3.6% more events (split ones); SemEval half
        # A's linker check was mixed (cross-lingual same-event pairs together 29 of 44 against 28, other-event
        # monolingual pairs merged 35 of 204 against 41).
        if not features.names:
            lookup_keys = filing_keys
        scored: list[tuple[float, str]] = []
        for event_id in self.store.event_candidates(lookup_keys, day, self.window_days, CANDIDATES):
            profile = self._profile(event_id)
            if profile is None:
                continue
            p = same_event_probability(evidence, profile)
            if article is not None:
                p = self.leads.probability(article, event_id, p)
            scored.append((p, event_id))
            if p > best_p:
                best_id, best_p = event_id, p
        opens = best_id is None or best_p < self.threshold
        if opens:
            best_id = new_event_id(features.article_id)
            profile = EventProfile(best_id)
        else:
            profile = self._profile(best_id)
        names = unit(evidence.names)
        profile.add_weighted(features, terms, names)
        self._remember(profile)
        self._dirty.add(best_id)
        runners_up = sorted((c for c in scored if c[1] != best_id and c[0] >= _NEIGHBOUR_P), reverse=True)
        self._neighbours.setdefault(best_id, set()).update(e for _, e in runners_up[:_NEIGHBOURS])
        # a term another article holds already is shared for good: re-clustering need not count it again
        self.members.add(best_id, features, terms, names, evidence.title_weights, shared=shared, opens=opens,
                         term_arrays=(term_keys, term_values))
        self.store.add_event_keys(best_id, filing_keys, day)
        if article is not None:
            self.leads.joined(article, best_id)
        if _distinct(features.terms, name_keys):  # no key twice: one more document each
            batch.counts[positions] += 1
        else:  # a key twice counts twice
            np.add.at(batch.counts, positions, 1)
        self._total = total + 1
        return best_id

    def _evidence(self, features: EventFeatures, counts: np.ndarray, total: int) -> _Evidence:
        """``features`` weighted by inverse document frequency, its terms cut to the heaviest (``ARTICLE_TERMS``);
        those terms scaled to unit length (``profile.unit``'s), as a dictionary and as arrays (what the sketch
        reads); and the document counts of the terms kept, in their order. ``counts``: the documents holding
        each of its terms, then of its names (``_name_keys``), among the ``total`` stored."""
        idf = math.log(total + 1) + 1.0 - _LOGS.of(counts)  # as ``_idf``
        terms = features.terms
        size = len(terms)
        # numpy's products of doubles are Python's, bit for bit
        values = np.fromiter(terms.values(), np.float64, size) * idf[:size]
        if size > min(ARTICLE_TERMS, NEW_TERMS):
            kept = _kept_terms(values, counts[:size], ARTICLE_TERMS, NEW_TERMS)
            key_array = np.fromiter(terms.keys(), np.int64, size)[kept]
            values, shared = values[kept], counts[kept]
        else:
            key_array, shared = np.fromiter(terms.keys(), np.int64, size), counts[:size]
        keys, weights = key_array.tolist(), values.tolist()
        weighted = dict(zip(keys, weights))
        length = math.hypot(*weights)  # as ``unit``: numpy's quotients of doubles are Python's, bit for bit
        if length:
            unit_values = values / length
            unit_terms = dict(zip(keys, unit_values.tolist()))
        else:
            key_array, unit_values, unit_terms = key_array[:0], values[:0], {}
        names = features.names
        name_weights = dict(zip(names.keys(), map(mul, names.values(), idf[size:].tolist())))
        # A term no earlier article has cannot be shared with an event yet: it is not looked up in events, but it
        # counts in the norm. Left out of it (as it was), a young store, where most words are unseen, made any two
        # reports of a kind of happening look alike (two earthquakes of one night in Peru and Turkey: term cosine
        # 0.42); refitted with it in, the tuning mean rose 0.9625 -> 0.9676.
        known = shared.tolist()
        shared_terms = weighted if all(known) else dict(compress(zip(keys, weights), known))
        # a title term cut from a long text's term vector has no weight known here: left out (title terms cut
        # from the weighted vector below are not: their weights come from their own counts)
        title = [k for k in sorted(features.title_terms) if k in terms]
        title_weights = dict(zip(title, _idf(self._batch.counts_of(title), total)))
        evidence = ArticleEvidence.weighted(features, weighted, name_weights, title_weights, length, shared_terms)
        return _Evidence(evidence, unit_terms, key_array, unit_values, shared)

    def follow(self, event_id: str) -> None:
        """Count a copy in its original's event; its words and names are not counted twice."""
        profile = self._profile(event_id)
        if profile is None:
            return
        profile.articles += 1
        self._remember(profile)
        self._dirty.add(event_id)

    def _refine(self, event_id: str) -> None:
        """When ``event_id`` has grown enough, re-cluster its recent members and those of the events its new
        articles nearly joined.

        Average linkage on the article-pair model (refine.py) regroups them:
        groups that do not hold together become events of their own, and
        near events whose members belong together are merged. Each group
        keeps the event that holds most of it.
        """
        profile = self._profile(event_id)
        if profile is None or profile.members < max(_FIRST_CHECK, profile.checked * _CHECK_GROWTH):
            return
        neighbours = [n for n in sorted(self._neighbours.get(event_id, ()))
                      if n != event_id and (self._profile(n) or EventProfile(n)).members > 0]
        rows, owners = [], []
        for owner in [event_id, *neighbours]:
            recent = self.members.recent(owner)
            rows += recent
            owners += [owner] * len(recent)
        members = [m for _, m in rows]
        groups = split_groups(shared_terms_only(members, self._stored_counts), self.split_logit)
        taken: set[str] = set()
        for group in sorted(groups, key=len, reverse=True):
            votes = Counter(owners[i] for i in group)
            target = next((e for e, _ in votes.most_common() if e not in taken), None)
            opens = target is None
            if opens:
                target = self._fresh_event_id(members[group[0]].features.article_id)
                self._remember(EventProfile(target))
            taken.add(target)
            self._move([rows[i] for i in group if owners[i] != target],
                       [owners[i] for i in group if owners[i] != target], target, opens)
        for owner in [event_id, *neighbours]:
            self._profile(owner).checked = self._profile(owner).members

    def _move(self, moved: list[tuple[int, Member]], sources: list[str], target: str, opens: bool = False) -> None:
        """Move members (as their sketches give them) from their ``sources`` events to ``target`` (``opens``: a
        new event)."""
        if not moved:
            return
        new = self._profile(target)
        for (_, member), source in zip(moved, sources):
            features = with_terms(member)
            self._profile(source).remove(features)
            new.add_weighted(features, features.terms, features.names)
            keys = _filing_keys(features, self._lookup_keys(features, _name_keys(features)))
            self.store.add_event_keys(target, keys, features.event_day)
            self._dirty.add(source)
        self.members.move(moved, sources, target, opens)
        self._remember(new)
        self._dirty.add(target)

    def _fresh_event_id(self, article_id: str) -> str:
        event_id = new_event_id(article_id)
        while event_id in self._profiles or self.store.event_profile(event_id) is not None:
            event_id = new_event_id(event_id)
        return event_id

    def _lookup_keys(self, features: EventFeatures, name_keys: dict[str, int]) -> list[int]:
        """The index keys an article is looked up by: its top names, places and title terms."""
        top_names = sorted(features.names, key=features.names.get, reverse=True)[:_NAMES_INDEXED]
        keys = {name_keys[n] for n in top_names}
        keys |= set(map(_key, map("p:".__add__, features.places)))
        keys |= set(features.title_terms)
        return sorted(keys)

    def _stored_counts(self, keys: np.ndarray) -> np.ndarray:
        """The stored document counts of ``keys`` (an int64 array): those ``_key_counts`` lacks are read from the
        store."""
        counts, held = self._key_counts.lookup(keys)
        if not held.all():
            missing = np.flatnonzero(~held)
            stored = self.store.key_documents(keys[missing].tolist())
            counts[missing] = [stored.get(k, 0) for k in keys[missing].tolist()]
        return counts

    def _open_keys(self, batch: list[EventFeatures]) -> None:
        """Announce the articles of ``batch``: add their keys to the open batch (with their stored counts)."""
        announced = [(f, _name_keys(f)) for f in batch]
        sizes = [len(f.terms) + len(n) for f, n in announced]
        keys = np.fromiter(chain.from_iterable(chain(f.terms, n.values()) for f, n in announced), np.int64, sum(sizes))
        old = self._batch
        every, where = np.unique(np.concatenate([old.keys, keys]), return_inverse=True)
        new = every[~np.isin(every, old.keys, assume_unique=True)]
        merged = _BatchCounts.merged(old, new, self._stored_counts(new))  # its keys are ``every``
        ends = np.cumsum(sizes).tolist()
        positions = where[len(old.keys):]
        for (features, name_keys), start, end in zip(announced, [0, *ends], ends):
            merged.articles[features.article_id] = (features, positions[start:end], name_keys)
        self._batch = merged

    def _flush_counts(self) -> None:
        """Write the open batch's document counts to the store and keep them; the batch is closed."""
        batch = self._batch
        grown = batch.counts - batch.stored
        counted = np.flatnonzero(grown)
        self.store.add_key_documents(batch.keys[counted], grown[counted])
        self._key_counts.update(batch.keys, batch.counts)
        self._batch = _BatchCounts.empty()

    def _documents(self) -> int:
        if self._total is None:
            self._total = self.store.count_articles()
        return self._total

    def _profile(self, event_id: str) -> EventProfile | None:
        profile = self._profiles.get(event_id)
        if profile is not None:
            self._profiles.move_to_end(event_id)
            return profile
        text = self.store.event_profile(event_id)
        if text is None:
            return None
        profile = EventProfile.from_bytes(text)
        self._remember(profile)
        return profile

    def _remember(self, profile: EventProfile) -> None:
        self._profiles[profile.event_id] = profile
        self._profiles.move_to_end(profile.event_id)
        while len(self._profiles) > _PROFILE_CACHE:
            oldest = next(iter(self._profiles))
            if oldest in self._dirty:  # unsaved changes: keep it until the batch is flushed
                self._profiles.move_to_end(oldest)
                break
            self._profiles.popitem(last=False)


class _Evidence(NamedTuple):
    """An article's evidence as ``EventLinker._evidence`` weighs it."""

    evidence: ArticleEvidence
    unit_terms: dict[int, float]
    term_keys: np.ndarray  # ``unit_terms``' keys and values, as arrays
    term_values: np.ndarray
    shared: np.ndarray  # the document counts of its terms


class _BatchCounts:
    """The document counts of the open batch's keys: ``keys`` sorted, ``counts`` with the batch's articles linked
    so far, ``stored`` as the store has them; ``articles``: article id -> (its features, where its keys, terms
    then names, are in ``keys``, its name keys)."""

    __slots__ = ("keys", "counts", "stored", "articles")

    def __init__(self, keys: np.ndarray, counts: np.ndarray, stored: np.ndarray,
                 articles: dict[str, tuple[EventFeatures, np.ndarray, dict[str, int]]]):
        self.keys, self.counts, self.stored, self.articles = keys, counts, stored, articles

    @classmethod
    def empty(cls) -> _BatchCounts:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64), {})

    @classmethod
    def merged(cls, old: _BatchCounts, keys: np.ndarray, stored: np.ndarray) -> _BatchCounts:
        """``old`` with ``keys`` (none of them in it) added at their ``stored`` counts; ``old``'s articles'
        positions moved to match."""
        if not len(old.keys):
            order = np.argsort(keys)
            return cls(keys[order], stored[order], stored[order].copy(), {})
        every = np.concatenate([old.keys, keys])
        order = np.argsort(every, kind="stable")
        where = np.empty(len(order), np.int64)
        where[order] = np.arange(len(order))
        articles = {a: (f, where[p], n) for a, (f, p, n) in old.articles.items()}
        return cls(every[order], np.concatenate([old.counts, stored])[order],
                   np.concatenate([old.stored, stored])[order], articles)

    def counts_of(self, keys: list[int]) -> list[int]:
        """The current counts of ``keys`` (each one of the batch's keys)."""
        return self.counts[np.searchsorted(self.keys, keys)].tolist()


class _KeyCounts:
    """Stored document counts of recently used keys, as sorted arrays: the few thousand keys of a batch are looked
    up and updated at once (a lookup in a big dictionary, one key at a time, cost a cache miss or two each). This
    process is the store's only writer, so they stay exact; emptied when too big, so memory stays flat."""

    __slots__ = ("keys", "counts")

    def __init__(self) -> None:
        self.keys = np.zeros(0, np.int64)
        self.counts = np.zeros(0, np.int64)

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The counts of ``keys`` (0 where not held) and whether each is held."""
        if not len(self.keys):
            return np.zeros(len(keys), np.int64), np.zeros(len(keys), bool)
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        held = self.keys[at] == keys
        return np.where(held, self.counts[at], 0), held

    def update(self, keys: np.ndarray, counts: np.ndarray) -> None:
        """Hold ``counts`` as the counts of ``keys`` (sorted, distinct)."""
        if len(self.keys) + len(keys) > _KEY_COUNTS:  # the store has every count held here: nothing is lost
            self.keys, self.counts = keys.copy(), counts.copy()
            return
        at = np.searchsorted(self.keys, keys)
        held = np.zeros(len(keys), bool)
        inside = at < len(self.keys)
        held[inside] = self.keys[at[inside]] == keys[inside]
        self.counts[at[held]] = counts[held]
        fresh = ~held
        self.keys = np.insert(self.keys, at[fresh], keys[fresh])
        self.counts = np.insert(self.counts, at[fresh], counts[fresh])


def _kept_terms(values: np.ndarray, counts: np.ndarray, known: int, new: int) -> np.ndarray:
    """Positions, in order, of the ``known`` heaviest of ``values`` whose ``counts`` are not 0 and of the ``new``
    heaviest of those whose counts are 0 (ties: the first).

    >>> _kept_terms(np.array([0.5, 3.0, 2.0, 9.0, 1.0]), np.array([1, 2, 0, 0, 3]), known=2, new=1).tolist()
    [1, 3, 4]
    """
    order = np.lexsort((-values, counts == 0))  # the held first; in each part the heaviest first, ties in order
    held = np.count_nonzero(counts)
    return np.sort(np.concatenate([order[:min(held, known)], order[held:held + new]]))


def _filing_keys(features: EventFeatures, lookup_keys: list[int]) -> list[int]:
    """The index keys an article's event is filed under: its lookup keys and the figures of its title and lead.

    Figures are the one key a report in another script shares with an event ("18" in a Hindi report of an
    English-reported crash that names no place the gazetteer knows in Devanagari), but a common one: an
    article is looked up by them only when it has no name to be looked up by (see ``EventLinker.assign``).
    """
    return sorted({*lookup_keys, *map(_key, map("n:".__add__, features.numbers))})


def _name_keys(features: EventFeatures) -> dict[str, int]:
    """The index key of each name of an article (names and words share one key space)."""
    names = features.names.keys()
    return dict(zip(names, map(_key, map("n:".__add__, names))))


def _distinct(terms: dict[int, float], name_keys: dict[str, int]) -> bool:
    """Whether no two of the term and name keys of an article are the same key."""
    return terms.keys().isdisjoint(name_keys.values()) and len(set(name_keys.values())) == len(name_keys)


# The same names and places recur from article to article: their keys are remembered (bounded).
_key = lru_cache(maxsize=1 << 16)(term_key)


class _LogTable:
    """``math.log(n + 1)`` for whole numbers n, looked up in an array grown on demand (as long as the biggest
    document count seen): numpy's own log differs from ``math.log`` in the last bit for a few numbers."""

    def __init__(self) -> None:
        self._values = np.zeros(0)

    def of(self, counts: np.ndarray) -> np.ndarray:
        """``math.log(count + 1)`` of each of ``counts`` (an integer array)."""
        known = len(self._values)
        top = int(counts.max(initial=-1))
        if top >= known:
            more = range(known, max(top + 1, 2 * known, 1024))
            self._values = np.concatenate([self._values, np.fromiter(map(math.log, map(add, more, repeat(1))),
                                                                     np.float64, len(more))])
        return self._values[counts]


_LOGS = _LogTable()


def _idf(counts: list[int], total: int) -> Iterator[float]:
    """Smoothed inverse document frequency, over a store of ``total`` articles, of keys held by ``counts`` of them."""
    base = math.log(total + 1) + 1.0
    return map(sub, repeat(base), map(math.log, map(add, counts, repeat(1))))
