"""The recent members of events, kept in memory as the store keeps them.

Re-clustering (``refine.py``) reads the most recent members of an event
again and again as the event grows. Reading their sketches back from the
store and parsing them cost more than the clustering itself, so the
members of recently used events stay here, decoded, in step with the
store's ``event_members`` table: every link and move goes through this
class, which writes it to the store and updates what it holds. The
sketches are packed here (``sketch``, ``unsketch``).

>>> from newsdesk.store import Store
>>> from newsdesk.events.features import EventFeatures
>>> store = Store(":memory:")
>>> recent = RecentMembers(store, limit=2)
>>> with store.transaction():
...     for i in range(3):
...         recent.add("E1", EventFeatures(f"a{i}", terms={1: 1.0}))
...     recent.move([recent.recent("E1")[0]], ["E1"], "E2")
>>> [m.features.article_id for _, m in recent.recent("E1")], [m.features.article_id for _, m in recent.recent("E2")]
(['a0', 'a2'], ['a1'])
>>> [m.features.article_id for _, m in RecentMembers(store, limit=2).recent("E1")]
['a0', 'a2']
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain, repeat
from operator import itemgetter

import numpy as np

from newsdesk.events.features import EventFeatures
from newsdesk.events.packed import pack, unpack
from newsdesk.events.refine import MAX_MEMBERS, SKETCH_TERMS, Member, from_sketch
from newsdesk.store import Store

# Events whose recent members are kept (each at most MAX_MEMBERS of them).
_EVENTS = 512

Row = tuple[int, Member]  # (sequence number in the store, member)


class _Entry:
    """An event's most recent members, oldest first; ``complete`` if they are all its members; ``stale`` if older
    members not held here have moved up among the most recent (read them from the store)."""

    __slots__ = ("rows", "complete", "stale")

    def __init__(self, rows: list[Row], complete: bool):
        self.rows = rows
        self.complete = complete
        self.stale = False


def sketch(features: EventFeatures, terms: dict[int, float] | None = None,
           names: dict[str, float] | None = None, title_weights: dict[int, float] | None = None,
           shared: Sequence[int] | np.ndarray | None = None,
           term_arrays: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[bytes, Member]:
    """An article's sketch as the store keeps it, and the member it stands for.

    The evidence is the article's ``refine.SKETCH_TERMS`` heaviest terms, its
    names and title terms, weights rounded to 4 places, packed as bytes (a
    JSON header, the terms as arrays): JSON text, which older stores hold
    (``refine.from_sketch``), took longer to write and read than the
    re-clustering it serves.
    ``shared`` counts, for each of ``terms`` in its order, the other articles known to hold it
    (kept in the sketch as a flag: a shared term stays shared, ``refine.shared_terms_only``).
    ``term_arrays``: ``terms``' keys and values as arrays, when the caller has them.
    The member's terms are its arrays; its features leave them out (``with_terms`` adds them).
    """
    terms = features.terms if terms is None else terms
    if term_arrays is None:
        term_arrays = (np.fromiter(terms.keys(), np.int64, len(terms)), np.fromiter(terms.values(), np.float64,
                                                                                    len(terms)))
    every_key, weights = term_arrays
    heaviest = np.argsort(-weights, kind="stable")[:SKETCH_TERMS]  # ties in the terms' order, as ``sorted``
    keys = every_key[heaviest]
    names = features.names if names is None else names
    title = title_weights if title_weights is not None else dict.fromkeys(sorted(features.title_terms), 1.0)
    values, names, title = _rounded_all(weights[heaviest], names, title)
    header = {"id": features.article_id, "day": features.event_day, "names": names,
              "places": sorted(features.places), "countries": sorted(features.countries),
              "numbers": sorted(features.numbers), "years": sorted(features.years),
              "main_places": features.main_places}
    known = np.zeros(len(keys), bool) if shared is None else np.asarray(shared, np.int64)[heaviest] != 0
    out = Member(_features(header, set(title)), title, keys, values, known)
    return _pack(header, out), out


def unsketch(data: bytes | str) -> Member:
    """The member a sketch stands for (``sketch``'s bytes, or an older store's JSON)."""
    if isinstance(data, str):
        return from_sketch(data)
    header, terms, titles, offset = unpack(_MAGIC, data, "an event member sketch")
    keys = np.frombuffer(data, np.int64, terms, offset).copy()
    values = np.frombuffer(data, np.float64, terms, offset + 8 * terms).copy()
    offset += 16 * terms
    title_keys = np.frombuffer(data, np.int64, titles, offset).tolist()
    title = dict(zip(title_keys, np.frombuffer(data, np.float64, titles, offset + 8 * titles).tolist()))
    shared = np.frombuffer(data, bool, terms, offset + 16 * titles).copy()
    return Member(_features(header, set(title)), title, keys, values, shared)


_MAGIC = b"NDS1"


def rounded(values: np.ndarray, places: int = 4) -> np.ndarray:
    """``round(v, places)`` of each value, exactly as Python rounds a float, at numpy's speed.

    Python rounds the exact binary value to the nearest multiple of ``10**-places`` (ties to even) and
    returns the nearest float to it; ``rint(v * 10**places) / 10**places`` does the same unless the
    product's own rounding moved it across a half, so values that near a half are left to Python.
    """
    scale = 10.0 ** places
    scaled = values * scale
    out = np.rint(scaled) / scale
    near = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-9 * np.maximum(1.0, np.abs(scaled))
    for i in np.flatnonzero(near).tolist():
        out[i] = round(float(values[i]), places)
    return out


def _rounded(weights: dict) -> dict:
    if len(weights) < 48 or not all(type(v) is float for v in weights.values()):  # few (numpy's fixed cost), or ints
        return dict(zip(weights.keys(), map(round, weights.values(), repeat(4))))
    return dict(zip(weights.keys(), rounded(np.fromiter(weights.values(), np.float64, len(weights))).tolist()))


def _rounded_all(values: np.ndarray, names: dict, title: dict) -> tuple[np.ndarray, dict, dict]:
    """``rounded(values)``, ``_rounded(names)`` and ``_rounded(title)``; when all are floats, rounded as one
    array (numpy's fixed cost once; Python's ``round`` cost more for a few dozen)."""
    if not {*map(type, names.values()), *map(type, title.values())} <= {float}:
        return rounded(values), _rounded(names), _rounded(title)
    small = np.fromiter(chain(names.values(), title.values()), np.float64, len(names) + len(title))
    every = rounded(np.concatenate([values, small]))
    small_rounded = every[len(values):].tolist()
    return every[:len(values)], dict(zip(names.keys(), small_rounded)), dict(zip(title.keys(),
                                                                                  small_rounded[len(names):]))


def _features(header: dict, title_terms: set[int]) -> EventFeatures:
    """A member's features, its terms left out: the member's arrays hold them (``with_terms``)."""
    return EventFeatures(
        header["id"], day=header["day"], names=header["names"], places=set(header["places"]),
        countries=set(header["countries"]), numbers=set(header["numbers"]), years=set(header["years"]),
        title_terms=title_terms, main_places=[tuple(p) for p in header["main_places"]])


def with_terms(member: Member) -> EventFeatures:
    """The features a member stands for, its terms (as the event profile got them) included.

    Built on demand: only a member moved to another event needs them as a dictionary.
    """
    if member.features.terms:  # an older store's JSON sketch (``refine.from_sketch``) holds them already
        return member.features
    return replace(member.features, terms=dict(zip(member.term_keys.tolist(), member.term_values.tolist())))


def _pack(header: dict, out: Member) -> bytes:
    title = out.title_weights
    return pack(_MAGIC, header, (len(out.term_keys), len(title)),
                [out.term_keys.tobytes(), out.term_values.tobytes(),
                 np.fromiter(title.keys(), np.int64, len(title)).tobytes(),
                 np.fromiter(title.values(), np.float64, len(title)).tobytes(), out.shared.tobytes()])


class RecentMembers:
    """The ``limit`` most recent members of recently used events, in step with the store."""

    def __init__(self, store: Store, limit: int = MAX_MEMBERS, events: int = _EVENTS):
        self.store = store
        self.limit = limit
        self.events = events
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def recent(self, event_id: str) -> list[Row]:
        """The most recent members of ``event_id`` (at most ``limit``), oldest first."""
        entry = self._entries.get(event_id)
        if entry is None or entry.stale:
            held = {} if entry is None else dict(entry.rows)  # decoded already: not decoded again
            rows = [(seq, held[seq] if seq in held else unsketch(data))
                    for seq, data in self.store.event_member_rows(event_id, self.limit)]
            entry = self._keep(event_id, _Entry(rows, len(rows) < self.limit))
        else:
            self._entries.move_to_end(event_id)
        return list(entry.rows)

    def add(self, event_id: str, features: EventFeatures, terms: dict[int, float] | None = None,
            names: dict[str, float] | None = None, title_weights: dict[int, float] | None = None,
            shared: Sequence[int] | np.ndarray | None = None, opens: bool = False,
            term_arrays: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Link an article to ``event_id`` with the sketch of its evidence (``sketch``).

        ``opens``: the article opens the event (it has no other member), so its members are all known here.
        """
        data, linked = sketch(features, terms, names, title_weights, shared, term_arrays)
        seq = self.store.add_event_member(features.article_id, event_id, data)
        entry = self._keep(event_id, _Entry([], True)) if opens else self._entries.get(event_id)
        if entry is None:
            return
        entry.rows.append((seq, linked))
        self._trim(entry)

    def move(self, moved: list[Row], sources: list[str], target: str, opens: bool = False) -> None:
        """Move ``moved`` members from their ``sources`` events to ``target`` (``opens``: a new event)."""
        if not moved:
            return
        self.store.move_to_event([m.features.article_id for _, m in moved], target)
        gone = {seq for seq, _ in moved}
        for source in set(sources):
            entry = self._entries.get(source)
            if entry is None:
                continue
            entry.rows = [row for row in entry.rows if row[0] not in gone]
            entry.stale = not entry.complete  # older members, not held here, move up
        entry = self._keep(target, _Entry([], True)) if opens else self._entries.get(target)
        if entry is not None:
            entry.rows = sorted(entry.rows + list(moved), key=lambda row: row[0])
            self._trim(entry)

    def _trim(self, entry: _Entry) -> None:
        if len(entry.rows) > self.limit:
            del entry.rows[:-self.limit]
            entry.complete = False

    def _keep(self, event_id: str, entry: _Entry) -> _Entry:
        self._entries[event_id] = entry
        while len(self._entries) > self.events:
            self._entries.popitem(last=False)
        return entry
