"""The recent periods of the store's candidate index, held in memory.

Linking looks up the candidate index once per article, a window of days
around the article's; those days fall in one or two periods of the index.
Those periods (and the undated rows) are read from the store once and
kept here, so that a lookup sums a few dictionaries rather than running a
query. The store stays the source of truth: ``Store`` writes every row
there, inside the linking transaction, and keeps what it holds here in step
(this process is the store's only writer).

>>> index = RecentIndex(periods=2)
>>> index.load(3, [(7, 100, "E1", 2), (7, 101, "E2", 1)])
>>> index.add(3, [7], 101, "E2")  # E2 ties with E1: the last id first
>>> index.add(4, [7], 130, "E3")  # period 4 is not held: nothing to keep in step
>>> index.candidates([(3, 95, 105)], [7, 8], 12)
['E2', 'E1']
>>> index.holds(3), index.holds(4)
(True, False)
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

# Periods held: a lookup reads at most three (the two its window spans and the undated rows).
_PERIODS = 4

# key -> (day, event id) -> articles of the event, of that day, holding the key
Period = dict[int, dict[tuple[int, str], int]]
Row = tuple[int, int, str, int]  # key, day, event id, articles


class RecentIndex:
    """The rows of some periods of the candidate index, by key."""

    def __init__(self, periods: int = _PERIODS):
        self._limit = periods
        self._periods: OrderedDict[int, Period] = OrderedDict()

    def holds(self, period: int) -> bool:
        """Whether the rows of ``period`` are held (if so, it is the last to go)."""
        if period not in self._periods:
            return False
        self._periods.move_to_end(period)
        return True

    def load(self, period: int, rows: Iterable[Row]) -> None:
        """Hold ``period``'s ``rows`` as the store has them; the least recently used period goes if too many."""
        held: Period = {}
        for key, day, event_id, articles in rows:
            held.setdefault(key, {})[day, event_id] = articles
        self._periods[period] = held
        while len(self._periods) > self._limit:
            self._periods.popitem(last=False)

    def add(self, period: int, keys: Iterable[int], day: int, event_id: str) -> None:
        """Count one more article of ``event_id`` of ``day`` holding each of ``keys`` (if ``period`` is held)."""
        held = self._periods.get(period)
        if held is None:
            return
        row = day, event_id
        for key in keys:
            rows = held.setdefault(key, {})
            rows[row] = rows.get(row, 0) + 1

    def candidates(self, spans: Iterable[tuple[int, int, int]], keys: Iterable[int], limit: int) -> list[str]:
        """The ``limit`` events with the most articles holding ``keys`` in ``spans`` (period, first day, last day,
        the days included; each period held); ties by event id, the last first (as SQLite ordered them when the store's
        query left ties unordered, and as it orders them now)."""
        totals: dict[str, int] = {}
        for period, first_day, last_day in spans:
            held = self._periods[period]
            for key in keys:
                for (day, event_id), articles in held.get(key, {}).items():
                    if first_day <= day <= last_day:
                        totals[event_id] = totals.get(event_id, 0) + articles
        ranked = sorted(totals.items(), key=_articles_then_id, reverse=True)
        return [event_id for event_id, _ in ranked[:limit]]


def _articles_then_id(total: tuple[str, int]) -> tuple[int, str]:
    return total[1], total[0]
