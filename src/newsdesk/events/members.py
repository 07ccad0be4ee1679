"""The recent members of events, kept in memory as the store keeps them.

Re-clustering (``refine.py``) reads the most recent members of an event
again and again as the event grows. Reading their sketches back from the
store and parsing them cost more than the clustering itself, so the
members of recently used events stay here, decoded, in step with the
store's ``event_members`` table: every link and move goes through this
class, which writes it to the store and updates what it holds.

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
from collections.abc import Callable

from newsdesk.events.features import EventFeatures
from newsdesk.events.refine import MAX_MEMBERS, Member, from_sketch, sketch
from newsdesk.store import Store

# Events whose recent members are kept (each at most MAX_MEMBERS of them).
_EVENTS = 512

Row = tuple[int, Member]  # (sequence number in the store, member)


class _Entry:
    """An event's most recent members, oldest first; ``complete`` if they are all its members."""

    __slots__ = ("rows", "complete")

    def __init__(self, rows: list[Row], complete: bool):
        self.rows = rows
        self.complete = complete


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
        if entry is None:
            rows = [(seq, from_sketch(text)) for seq, text in self.store.event_member_rows(event_id, self.limit)]
            entry = self._keep(event_id, _Entry(rows, len(rows) < self.limit))
        else:
            self._entries.move_to_end(event_id)
        return list(entry.rows)

    def add(self, event_id: str, features: EventFeatures, terms: dict[int, float] | None = None,
            names: dict[str, float] | None = None, title_weights: dict[int, float] | None = None,
            shared: Callable[[int], object] | None = None, opens: bool = False) -> None:
        """Link an article to ``event_id`` with the sketch of its evidence (``refine.sketch``).

        ``opens``: the article opens the event (it has no other member), so its members are all known here.
        """
        text, member = sketch(features, terms, names, title_weights, shared)
        seq = self.store.add_event_member(features.article_id, event_id, text)
        entry = self._keep(event_id, _Entry([], True)) if opens else self._entries.get(event_id)
        if entry is None:
            return
        entry.rows.append((seq, member))
        self._trim(entry)

    def move(self, moved: list[Row], sources: list[str], target: str) -> None:
        """Move ``moved`` members from their ``sources`` events to ``target``."""
        if not moved:
            return
        self.store.move_to_event([m.features.article_id for _, m in moved], target)
        gone = {seq for seq, _ in moved}
        for source in set(sources):
            entry = self._entries.get(source)
            if entry is None:
                continue
            if entry.complete:
                entry.rows = [row for row in entry.rows if row[0] not in gone]
            else:  # older members, not held here, move up: read them again when needed
                del self._entries[source]
        entry = self._entries.get(target)
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
