"""Undoing early merges: an event whose members do not hold together is split.

The linker joins each article to the best event profile it sees, so an
early wrong merge (two similar happenings in one event) would otherwise
last forever. Each linked article keeps a compact *sketch* of its evidence
(its heaviest weighted terms, its names, places, figures and day); now and
then the linker re-clusters an event's most recent members by average
linkage on a same-event model of article pairs (learned like the event model),
and splits off the groups whose average score with the rest stays below
``SPLIT_LOGIT``. Each pair's log-odds are helped by how far the two articles
agree on all the others (``second_order``: two reports of one of two similar
happenings side with the same members), and each group found is checked once
more with that agreement among its own members only.

>>> from newsdesk.events.features import EventFeatures
>>> lorca = [EventFeatures(f"l{i}", day=738000 + i, names={"lorca": 2.0, "murcia": 1.0}, places={"g1"},
...                        terms={1: 2.0, 2: 1.0, 3: 1.0, 10 + i: 1.0}) for i in range(3)]
>>> cieza = [EventFeatures(f"c{i}", day=738200 + i, names={"cieza": 2.0}, places={"g2"},
...                        terms={4: 2.0, 5: 1.0, 6: 1.0, 20 + i: 1.0}) for i in range(2)]
>>> split_groups([member(f, {}) for f in lorca + cieza])
[[0, 1, 2], [3, 4]]
>>> split_groups([member(f, {}) for f in lorca])
[[0, 1, 2]]
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cached_property, lru_cache
from itertools import chain, count, repeat
from typing import NamedTuple

import numpy as np
from scipy.cluster import hierarchy

from newsdesk.events.features import EventFeatures
from newsdesk.events.similarity import FEATURE_NAMES
from newsdesk.events.weights import PAIR_BIAS, PAIR_WEIGHTS, SECOND_ORDER, SPLIT_LOGIT

# A sketch keeps an article's heaviest terms only: enough for a cosine, small in the store.
SKETCH_TERMS = 300
# At most this many of an event's most recent members are re-clustered (cost stays bounded).
MAX_MEMBERS = 24
_CLIP = 30.0


class Member(NamedTuple):
    """One linked article as its sketch gives it back: weighted terms and names, title term weights.

    ``term_keys`` and ``term_values`` are its terms as arrays (what the pair matrix is built from);
    ``shared`` marks the terms known to be held by another article too (``shared_terms_only``).
    """

    features: EventFeatures
    title_weights: dict[int, float]
    term_keys: np.ndarray
    term_values: np.ndarray
    shared: np.ndarray


def member(features: EventFeatures, title_weights: dict[int, float]) -> Member:
    """The member of ``features`` (terms as arrays, none yet known to be shared)."""
    count = len(features.terms)
    return Member(features, title_weights, np.fromiter(features.terms.keys(), np.int64, count),
                  np.fromiter(features.terms.values(), np.float64, count), np.zeros(count, bool))


def from_sketch(text: str) -> Member:
    """The evidence a sketch holds (terms and names already weighted, as the event profile got them)."""
    data = json.loads(text)
    features = EventFeatures(
        data["id"], day=data["day"], names=data["names"], places=set(data["places"]),
        countries=set(data["countries"]), numbers=set(data["numbers"]), years=set(data["years"]),
        terms={int(k): v for k, v in data["terms"].items()}, title_terms={int(k) for k in data["title"]},
        main_places=[tuple(p) for p in data["main_places"]])
    return member(features, {int(k): v for k, v in data["title"].items()})


def shared_terms_only(members: list[Member], counts: Callable[[np.ndarray], np.ndarray]) -> list[Member]:
    """``members`` with only the terms that at least one other article holds (``counts``: the number of articles
    holding each of an array of keys).

    A term of one article alone matches nothing; kept, it would only shrink that article's cosines.
    Only the terms not yet known to be shared are counted: counts only grow, so a member remembers
    (in ``shared``) what an earlier call found. The features of the members returned are those given;
    their term arrays hold the shared terms only.
    """
    if not members:
        return []
    sizes = [len(m.term_keys) for m in members]
    ends = np.cumsum(sizes)
    keys = np.concatenate([m.term_keys for m in members])
    shared = np.concatenate([m.shared for m in members])
    unknown = np.flatnonzero(~shared)
    if len(unknown):
        found = unknown[counts(keys[unknown]) >= 2]
        shared[found] = True
        for i in np.unique(np.searchsorted(ends, found, side="right")).tolist():  # the members that learnt some
            members[i].shared[:] = shared[ends[i] - sizes[i]:ends[i]]
    kept = np.cumsum(np.r_[0, shared])[np.r_[0, ends]].tolist()  # where each member's shared terms begin and end
    kept_keys, kept_values = keys[shared], np.concatenate([m.term_values for m in members])[shared]
    every = np.ones(len(kept_keys), bool)
    return [m if end - start == size else
            m._replace(term_keys=kept_keys[start:end], term_values=kept_values[start:end], shared=every[start:end])
            for m, size, start, end in zip(members, sizes, kept, kept[1:])]


def member_logits(members: list[Member]) -> np.ndarray:
    """Symmetric matrix of same-event log-odds between members, article against article.

    The article-pair model (``PAIR_WEIGHTS``) is fitted on tuning pairs of
    articles, as the event model is on article-event pairs.
    """
    features = member_features(members)
    logits = PAIR_BIAS + sum(PAIR_WEIGHTS[name] * features[name] for name in FEATURE_NAMES)
    logits = np.clip((logits + logits.T) / 2, -_CLIP, _CLIP)
    np.fill_diagonal(logits, _CLIP)
    return logits


def member_features(members: list[Member]) -> dict[str, np.ndarray]:
    """Each signal of ``similarity.pair_evidence``, member against a one-article profile of another, all pairs.

    Summed over the keys each pair of members shares (``_Pairs``), not by products of dense member-by-key
    matrices: the members share few of their keys, and multiplying small matrices kept a multi-threaded
    BLAS busy for little.
    """
    n = len(members)
    weights = [m.title_weights for m in members]
    term_cosine = _term_cosines(members)
    members = [m.features for m in members]
    title, names, places, countries, numbers, years, main_countries = _pairs_by_kind(
        [weights, [m.names for m in members], [m.places for m in members], [m.countries for m in members],
         [m.numbers for m in members], [m.years for m in members], [m.main_countries for m in members]], n)
    place_shared, country_shared, number_shared, year_shared, main_shared = (
        p.shared() for p in (places, countries, numbers, years, main_countries))
    places, countries, years, main_countries = places.count, countries.count, years.count, main_countries.count
    has_country = countries > 0
    days = np.array([m.event_day for m in members], dtype=float)  # undated: nan
    gap = np.abs(days[:, None] - days[None, :])
    known = ~np.isnan(gap)
    gap = np.nan_to_num(gap, nan=0.0)
    has_year = years > 0
    has_main = main_countries > 0
    day_close = np.where(known, np.exp(-gap / 2), 0.0)
    return {
        "term_cosine": term_cosine,
        "title_cover": _share(title.total(_covered), title.mass),
        "name_cover": _share(names.total(_covered), names.mass),
        "name_cosine": names.cosines(),
        "place_cover": _share(place_shared, places),
        "country_cover": _share(country_shared, countries),
        "country_conflict": (has_country[:, None] & has_country[None, :] & (country_shared == 0)).astype(float),
        "shared_numbers": np.minimum(number_shared, 3) / 3,
        "day_close": day_close,
        "day_far": (known & (gap > 14)).astype(float),
        "day_unknown": (~known).astype(float),
        "year_conflict": (has_year[:, None] & has_year[None, :] & (year_shared == 0)).astype(float),
        "main_country_conflict": np.where(has_main[:, None] & has_main[None, :] & (main_shared == 0), day_close, 0.0),
    }


def _pairs_by_kind(kinds: list[list], n: int) -> list[_Pairs]:
    """The ``_Pairs`` of each kind of keys (``kinds[k][i]``: member i's keys of kind k, a dict key -> value
    or a set of keys at 1.0), built as one: the keys of a kind are numbered after those of the kinds before
    it, each kind's in the order they first appear (sums over keys come out as for that kind alone), so
    a kind's pairs are a run of the pairs of all. One ``_Pairs`` for all kinds cost a sixth of the fixed cost.
    """
    columns: list[int] = []
    values: list[float] = []
    bounds = [0]
    for rows in kinds:
        keys = list(chain.from_iterable(rows))
        vocabulary = dict(zip(dict.fromkeys(keys), count(bounds[-1])))
        columns += map(vocabulary.__getitem__, keys)
        values += chain.from_iterable(map(dict.values, rows)) if rows and isinstance(rows[0], dict) else repeat(
            1.0, len(keys))
        bounds.append(bounds[-1] + len(vocabulary))
    members = np.repeat(np.tile(np.arange(n), len(kinds)), list(map(len, chain.from_iterable(kinds))))
    pairs = _Pairs(members, np.array(columns, np.int64), np.array(values, np.float64), n)
    return pairs.split(bounds)


def split_groups(members: list[Member], split_logit: float = SPLIT_LOGIT) -> list[list[int]]:
    """Members (by index) grouped by average linkage, cut where the average log-odds falls below ``split_logit``.

    The group holding member 0 comes first; groups keep their members' order.
    """
    if len(members) < 2:
        return [list(range(len(members)))]
    return linkage_groups(member_logits(members), split_logit)


def linkage_groups(logits: np.ndarray, split_logit: float = SPLIT_LOGIT,
                   second_order_weight: float | None = None) -> list[list[int]]:
    """Average linkage on pair log-odds plus ``second_order_weight`` (default ``SECOND_ORDER``) times their
    ``second_order`` agreement, cut below ``split_logit``; groups of indices as ``split_groups`` gives them.

    Two happenings whose articles score -1 across and 0 within stay one group on log-odds alone, and come
    apart once the articles' agreement on the others counts:

    >>> logits = np.where(np.not_equal.outer(np.arange(6) < 3, np.arange(6) < 3), -1.0, 0.0)
    >>> linkage_groups(logits, -1.5, 0.0), linkage_groups(logits, -1.5, 1.0)
    ([[0, 1, 2, 3, 4, 5]], [[0, 1, 2], [3, 4, 5]])
    """
    weight = SECOND_ORDER if second_order_weight is None else second_order_weight
    groups = _average_linkage(logits + weight * second_order(logits) if weight else logits, split_logit)
    if not weight:
        return groups
    # Within a group, members are compared with each other only: the members of the other groups, unlike all
    # of its own, made two happenings of one group look alike in ``second_order``.
    out = []
    for group in groups:
        if len(group) < 4 or len(group) == len(logits):  # all of them: compared with each other already
            out.append(group)
            continue
        inner = logits[np.ix_(group, group)]
        parts = _average_linkage(inner + weight * second_order(inner), split_logit)
        out += [[group[i] for i in part] for part in parts]
    return sorted(out, key=lambda g: g[0])


def _average_linkage(linkage: np.ndarray, split_logit: float) -> list[list[int]]:
    """Groups of indices merged by average linkage on ``linkage`` while the best pair of groups is at least
    ``split_logit``, ordered by their first index.

    SciPy's average linkage (UPGMA, in C) on the negated log-odds as distances: a group's distance to
    another is the same size-weighted mean as merging by hand, and its merge heights never decrease, so
    the merges up to ``-split_logit`` are those made while the best pair reaches ``split_logit``.
    """
    n = len(linkage)
    if n < 2:
        return [[i] for i in range(n)]
    tree = hierarchy.linkage(-linkage[_upper_triangle(n)], method="average")
    above = tree[:, 2] > -split_logit
    merges = int(np.argmax(above)) if above.any() else len(tree)
    groups: list[list[int]] = [[i] for i in range(n)]
    kept = [True] * n
    for a, b in tree[:merges, :2].astype(np.int64).tolist():
        groups.append(groups[a] + groups[b])
        kept[a] = kept[b] = False
        kept.append(True)
    return sorted(sorted(g) for g, keep in zip(groups, kept) if keep)


@lru_cache(maxsize=128)
def _upper_triangle(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.triu_indices(n, 1)``, remembered: the same few sizes come back at every re-clustering."""
    rows, columns = np.triu_indices(n, 1)
    rows.flags.writeable = columns.flags.writeable = False
    return rows, columns


def second_order(logits: np.ndarray) -> np.ndarray:
    """How alike two members' same-event probabilities with all the *other* members are (Pearson r, -1..1).

    Two articles on one of two similar happenings agree on which of the others
    report theirs, even when their own words overlap little or much: the pattern
    of a member's probabilities is steadier evidence than any one pair's.
    Members i and j themselves are left out of the correlation of rows i and j.

    >>> m = np.array([[30, 2, 2, -3], [2, 30, 2, -3], [2, 2, 30, 1], [-3, -3, 1, 30]], float)
    >>> r = second_order(m)
    >>> bool(r[0, 1] > r[0, 3])
    True
    """
    n = len(logits)
    if n < 4:
        return np.zeros_like(logits)
    p = 1.0 / (1.0 + np.exp(-np.clip(logits, -_CLIP, _CLIP)))
    diagonal = np.diag(p)
    others = n - 2
    # sums over k != i, j of p[i, k] and p[i, k]**2, for the row of i in pair (i, j)
    sums = p.sum(axis=1)[:, None] - diagonal[:, None] - p
    squares = (p * p).sum(axis=1)[:, None] - (diagonal * diagonal)[:, None] - p * p
    cross = p @ p.T - diagonal[:, None] * p.T - p * diagonal[None, :]
    covariance = cross - sums * sums.T / others
    variance = np.maximum(squares - sums * sums / others, 0.0)
    scale = np.sqrt(variance * variance.T)
    out = np.divide(covariance, scale, out=np.zeros_like(logits), where=scale > 1e-12)
    np.fill_diagonal(out, 1.0)
    return out


def _term_cosines(members: list[Member]) -> np.ndarray:
    """Cosines of the members' term vectors, all pairs (the diagonal is left at 0). A pair's products go in key
    order either way round, and a product is the same either way: one sum serves (i, j) and (j, i)."""
    n = len(members)
    lengths = [len(m.term_keys) for m in members]
    if not sum(lengths):
        return np.zeros((n, n))
    rows = np.repeat(np.arange(n), lengths)
    values = np.concatenate([m.term_values for m in members])
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
    values = np.divide(values, norms[rows], out=np.zeros_like(values), where=norms[rows] > 0)
    pairs = _Pairs(rows, np.concatenate([m.term_keys for m in members]), values, n)
    return pairs.symmetric_total(pairs.left_values * pairs.right_values)


PairWeight = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]


class _Pairs:
    """Every pair of members holding a common key, once per key: each pair of two members (i < j) once, as
    ``left``/``right`` (i, j) and ``left_values``/``right_values`` (their values for the key), in the order of
    their keys; a member's own entries stand for its pairs with itself.

    Built from the members' (member, key, value) entries: entries sorted by key, each entry is paired with
    the later entries of its key (a member holds a key once).
    Half the pairs of every ordered pair, as each member pair meets once: sums for (j, i) are made from
    the same pairs with their sides swapped, in the same key order. ``count``, ``mass`` and ``squares``
    (worked out when asked for) are each member's number of keys, sum of values and sum of squared values.
    """

    def __init__(self, rows: np.ndarray, keys: np.ndarray, values: np.ndarray, n: int):
        self.n, self._rows, self._values = n, rows, values  # in the order given: sums over a member's keys too
        order = np.argsort(keys)  # a stable sort cost more than all the rest
        keys, rows, values = keys[order], rows[order], values[order]
        self._keys, self._own_rows, self._own_values = keys, rows, values
        entries = len(keys)
        if entries:
            starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
            sizes = np.diff(starts, append=entries)
            later = np.repeat(starts + sizes, sizes) - np.arange(1, entries + 1)  # later entries of its key
        else:
            later = np.zeros(0, np.int64)
        ends = np.cumsum(later)
        first = ends - later  # where each entry's pairs begin
        self._pair_starts = np.append(first, ends[-1] if entries else 0)
        left = np.repeat(np.arange(entries), later)
        right = np.arange(len(left)) - np.repeat(first - np.arange(1, entries + 1), later)
        swap = rows[left] > rows[right]  # the pair's members in order, whatever the order of its key's entries
        left, right = np.where(swap, right, left), np.where(swap, left, right)
        self.left, self.right = rows[left], rows[right]
        self.left_values, self.right_values = values[left], values[right]

    @cached_property
    def count(self) -> np.ndarray:
        return np.bincount(self._rows, minlength=self.n).astype(float)

    @cached_property
    def mass(self) -> np.ndarray:
        return np.bincount(self._rows, weights=self._values, minlength=self.n)

    @cached_property
    def squares(self) -> np.ndarray:
        return np.bincount(self._rows, weights=self._values * self._values, minlength=self.n)

    @cached_property
    def _cells(self) -> np.ndarray:
        """Where each pair's weight goes in a flattened member-by-member matrix: (i, j), then (j, i), then (i, i)."""
        n = self.n
        return np.concatenate([self.left * n + self.right, self.right * n + self.left, self._own_rows * (n + 1)])

    def split(self, bounds: list[int]) -> list[_Pairs]:
        """The pairs (and entries) of the keys from ``bounds[k]`` up to ``bounds[k + 1]``, for each k: the entries
        must have been given in that order (all keys below ``bounds[1]`` first, and so on)."""
        entries = np.searchsorted(self._keys, bounds).tolist()
        pairs = self._pair_starts[entries].tolist()
        out = []
        for e, f, p, q in zip(entries, entries[1:], pairs, pairs[1:]):
            part = object.__new__(_Pairs)
            part.n, part._keys, part._rows, part._values = self.n, self._keys[e:f], self._rows[e:f], self._values[e:f]
            part._own_rows, part._own_values = self._own_rows[e:f], self._own_values[e:f]
            part.left, part.right = self.left[p:q], self.right[p:q]
            part.left_values, part.right_values = self.left_values[p:q], self.right_values[p:q]
            out.append(part)
        return out

    def shared(self) -> np.ndarray:
        """Member-by-member numbers of keys held by both."""
        return np.bincount(self._cells, minlength=self.n * self.n).reshape(self.n, self.n).astype(float)

    def total(self, weight: PairWeight) -> np.ndarray:
        """Member-by-member sums of ``weight(values, other values, members, other members)`` (one per pair of
        entries; each member pair's in both orders)."""
        n = self.n
        if not len(self._cells):
            return np.zeros((n, n))
        own = self._own_values, self._own_values, self._own_rows, self._own_rows
        weights = np.concatenate([weight(self.left_values, self.right_values, self.left, self.right),
                                  weight(self.right_values, self.left_values, self.right, self.left), weight(*own)])
        return np.bincount(self._cells, weights=weights, minlength=n * n).reshape(n, n)

    def symmetric_total(self, weights: np.ndarray) -> np.ndarray:
        """Member-by-member sums of ``weights`` (one per pair), the same for (i, j) and (j, i); 0 on the diagonal."""
        n = self.n
        upper = np.bincount(self.left * n + self.right, weights=weights, minlength=n * n).reshape(n, n)
        return upper + upper.T

    def cosines(self) -> np.ndarray:
        """Cosines of the members' value vectors (0 for a member with none)."""
        norms = np.sqrt(self.squares)
        scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        return self.total(lambda values, others, rows, other_rows: values * scale[rows] * others * scale[other_rows])


def _covered(values: np.ndarray, others: np.ndarray, _rows: np.ndarray, _other_rows: np.ndarray) -> np.ndarray:
    """A pair's weight in a cover: the value of a key the other member holds too (with a positive value)."""
    return values * (others > 0)


def _share(shared: np.ndarray, mass: np.ndarray) -> np.ndarray:
    return np.divide(shared, mass[:, None], out=np.zeros_like(shared), where=mass[:, None] > 0)
