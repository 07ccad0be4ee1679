"""SQLite store: articles, their copy links and events, in one file.

Writes happen in transactions (one per batch of articles): a process
killed in the middle of a batch leaves the file as it was before that
batch, and a second run stores what is missing. Ingest is idempotent by
article id. The file is in WAL mode so readers (the web API, ``newsdesk
events``) are not blocked by a running ingest.

>>> store = Store(":memory:")
>>> from newsdesk.model import Article
>>> with store.transaction():
...     store.add_article(Article(id="a1", text="Storm hits coast.", event_id="E1"), b"", [])
>>> store.count_articles(), store.known_ids(["a1", "zz"])
(1, {'a1'})
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from newsdesk.copies import CopyCandidate
from newsdesk.model import Article, ArticleClaim
from newsdesk.store.recent_index import RecentIndex

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    text TEXT NOT NULL,
    language TEXT,
    published TEXT,
    published_source TEXT,
    source TEXT,
    url TEXT,
    removed_lines INTEGER NOT NULL DEFAULT 0,
    duplicate_of TEXT,
    event_id TEXT,
    signature BLOB
);
CREATE INDEX IF NOT EXISTS articles_event ON articles (event_id);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles (duplicate_of);
CREATE TABLE IF NOT EXISTS copy_bands (band INTEGER NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS copy_bands_band ON copy_bands (band);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    first_day INTEGER,
    last_day INTEGER,
    profile TEXT NOT NULL
);
-- The candidate index: how many of an event's articles of ``day`` hold ``key``, by period of _PERIOD_DAYS days
-- first, so that linking reads and writes the recent periods only, whatever the store holds from before
-- (undated articles: period and day _UNDATED).
CREATE TABLE IF NOT EXISTS event_index (
    period INTEGER NOT NULL, key INTEGER NOT NULL, day INTEGER NOT NULL, event_id TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (period, key, day, event_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_members (article_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, sketch TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS event_members_event ON event_members (event_id);
-- raw embeddings, centred when read: the language means they are centred on are refitted now and then
CREATE TABLE IF NOT EXISTS lead_embeddings (
    article_id TEXT PRIMARY KEY, language TEXT, vector BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS key_documents (key INTEGER PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
-- document counts of recent batches not yet added to key_documents: one row per batch (packed arrays)
CREATE TABLE IF NOT EXISTS key_document_batches (
    batch INTEGER PRIMARY KEY, keys BLOB NOT NULL, documents BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    claim TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS facts_done (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS source_lines (
    source TEXT NOT NULL,
    line_key TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (source, line_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outlet_countries (
    outlet TEXT NOT NULL,
    country TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (outlet, country)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outlet_places (
    outlet TEXT NOT NULL,
    geonameid INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (outlet, geonameid)
) WITHOUT ROWID;
"""

_ARTICLE_COLUMNS = ("id", "title", "text", "language", "published", "published_source", "source",
                    "url", "removed_lines", "duplicate_of", "event_id")
_SELECT_ARTICLE = f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles"
# Page cache per connection: the linker's indexes are read and written at random (default: 2 MB).
_CACHE_KB = 32_768
# SQLite limits the number of bound parameters; stay well below it.
_MAX_PARAMS = 500
# The candidate index is ordered by period first: the periods a lookup reads (a day's window) and the
# current one, which linking writes, stay a small part of the index and in the page cache as the store grows.
_PERIOD_DAYS = 32
_UNDATED = -1
# Batches of key counts are kept as one row each until they hold this many entries, then added to
# key_documents at once: a key counted in many of them costs one row update, not one per batch.
_KEY_BATCH_ENTRIES = 1 << 20


class StoreError(RuntimeError):
    """The store file cannot be opened or is not a newsdesk store."""


class Store:
    """A newsdesk store in one SQLite file (or ``:memory:``)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._key_batches: list[tuple[np.ndarray, np.ndarray]] | None = None  # key_document_batches, read
        self._undated_events: bool | None = None  # whether the candidate index holds undated rows, read
        self._recent_index = RecentIndex()  # recent periods of the candidate index, as stored plus the writes below
        # Candidate index rows (period, key, day, event id) counted in the open transaction, one per article: written
        # before it commits or the index is read, in the index's order (~40% less SQLite time than row by row).
        self._index_writes: list[tuple[int, int, int, str]] = []
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._db.execute(f"PRAGMA cache_size=-{_CACHE_KB}")
            self._db.executescript(_SCHEMA)
            self._check_version()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open store {self.path}: {err}") from err

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = SCHEMA_VERSION if row is None else int(row[0])
        if version not in (1, SCHEMA_VERSION):
            raise StoreError(f"store {self.path} has schema version {row[0]}, this newsdesk reads {SCHEMA_VERSION}")
        old_index = self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_keys'").fetchone()
        if row is not None and version == SCHEMA_VERSION and not old_index:
            return
        with self.transaction():
            if old_index:
                self._migrate_event_keys()
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _migrate_event_keys(self) -> None:
        """Move a version 1 store's candidate index (a row per article and key) into ``event_index``."""
        self._db.execute(
            f"INSERT INTO event_index SELECT coalesce(day / {_PERIOD_DAYS}, {_UNDATED}), key, "
            f"coalesce(day, {_UNDATED}), event_id, count(*) FROM event_keys GROUP BY 1, 2, 3, 4")
        self._db.execute("DROP TABLE event_keys")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._write_index()
        except BaseException:
            self._db.execute("ROLLBACK")
            self._key_batches = None  # read again: what this transaction added is gone
            self._undated_events = None
            self._recent_index = RecentIndex()
            self._index_writes.clear()
            raise
        self._db.execute("COMMIT")

    # -- articles -----------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored."""
        found: set[str] = set()
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def add_article(self, article: Article, signature: bytes, bands: list[int]) -> None:
        """Store a new article with its copy signature and LSH band keys."""
        values = [getattr(article, c) for c in _ARTICLE_COLUMNS]
        self._db.execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}, signature) "
            f"VALUES ({','.join('?' * (len(_ARTICLE_COLUMNS) + 1))})",
            [*values, signature],
        )
        self._db.executemany("INSERT INTO copy_bands VALUES (?, ?)", [(b, article.id) for b in bands])

    def count_articles(self) -> int:
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def article(self, article_id: str) -> Article | None:
        row = self._db.execute(f"{_SELECT_ARTICLE} WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, sorted by id, streamed."""
        for row in self._db.execute(f"{_SELECT_ARTICLE} ORDER BY id"):
            yield _article(row)

    # -- copies -------------------------------------------------------------

    def copy_candidates(self, bands: list[int]) -> list[CopyCandidate]:
        """Stored articles sharing at least one LSH band key with ``bands``."""
        if not bands:
            return []
        marks = ",".join("?" * len(bands))
        rows = self._db.execute(
            f"SELECT a.id, a.signature, a.published, length(a.text), a.duplicate_of, a.event_id "
            f"FROM articles a WHERE a.id IN (SELECT DISTINCT article_id FROM copy_bands WHERE band IN ({marks}))",
            bands,
        )
        return [CopyCandidate(*row) for row in rows]

    def copy_original(self, article_id: str) -> tuple[str, str | None, int, str | None]:
        """(id, published, text length, event id) of a stored article."""
        return self._db.execute(
            "SELECT id, published, length(text), event_id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()

    def make_original(self, new_original: str, old_original: str) -> None:
        """Point the copies of ``old_original``, and it, at ``new_original``."""
        self._db.execute("UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?", (new_original, old_original))
        self._db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (new_original, old_original))

    # -- furniture lines that recur within a source --------------------------

    def line_counts(self, source: str, keys: Iterable[str]) -> dict[str, int]:
        """How many stored articles of ``source`` hold each line key."""
        counts: dict[str, int] = {}
        for chunk in _chunks(list(keys)):
            marks = ",".join("?" * len(chunk))
            counts.update(self._db.execute(
                f"SELECT line_key, articles FROM source_lines WHERE source = ? AND line_key IN ({marks})",
                [source, *chunk],
            ).fetchall())
        return counts

    def add_line_counts(self, source: str, keys: Iterable[str]) -> None:
        """Count one more article of ``source`` holding each of ``keys``."""
        self._db.executemany(
            "INSERT INTO source_lines VALUES (?, ?, 1) "
            "ON CONFLICT (source, line_key) DO UPDATE SET articles = articles + 1",
            [(source, key) for key in keys],
        )

    # -- the countries and places outlets report from (newsdesk.places.outlets) -----------

    def outlet_tallies(self, outlets: Iterable[str]) -> dict[str, dict[str, int]]:
        """Per outlet: articles naming each country unambiguously ("" = any country)."""
        return self._outlet_tallies("outlet_countries", "country", outlets)

    def add_outlet_countries(self, outlets: Iterable[str], countries: Iterable[str]) -> None:
        """Count one more article of each outlet naming each of ``countries`` ("" too, when there are any)."""
        keys = sorted(set(countries))
        if keys:
            self._db.executemany(
                "INSERT INTO outlet_countries VALUES (?, ?, 1) "
                "ON CONFLICT (outlet, country) DO UPDATE SET articles = articles + 1",
                [(outlet, key) for outlet in set(outlets) for key in ["", *keys]],
            )

    def outlets(self) -> list[str]:
        """Every outlet with a tally of countries or places, sorted."""
        return [row[0] for row in self._db.execute(
            "SELECT outlet FROM outlet_countries UNION SELECT outlet FROM outlet_places ORDER BY 1")]

    def outlet_places(self, outlets: Iterable[str]) -> dict[str, dict[int, int]]:
        """Per outlet: articles naming each place (GeoNames id) unambiguously."""
        return self._outlet_tallies("outlet_places", "geonameid", outlets)

    def _outlet_tallies(self, table: str, key: str, outlets: Iterable[str]) -> dict[str, dict[Any, int]]:
        """Per outlet: the articles counted under each ``key`` of one of the outlet tables."""
        tallies: dict[str, dict[Any, int]] = {}
        for chunk in _chunks(sorted(set(outlets))):
            marks = ",".join("?" * len(chunk))
            for outlet, value, articles in self._db.execute(
                    f"SELECT outlet, {key}, articles FROM {table} WHERE outlet IN ({marks})", chunk):
                tallies.setdefault(outlet, {})[value] = articles
        return tallies

    def add_outlet_places(self, outlets: Iterable[str], geonameids: Iterable[int]) -> None:
        """Count one more article of each outlet naming each place of ``geonameids``."""
        self._db.executemany(
            "INSERT INTO outlet_places VALUES (?, ?, 1) "
            "ON CONFLICT (outlet, geonameid) DO UPDATE SET articles = articles + 1",
            [(outlet, geonameid) for outlet in sorted(set(outlets)) for geonameid in sorted(set(geonameids))],
        )

    # -- event linking --------------------------------------------------------

    def event_candidates(self, keys: list[int], day: int | None, window: int, limit: int) -> list[str]:
        """Events sharing the most of ``keys``, among those within ``window`` days of ``day``; ties by event id, the
        last first.

        An event counts once per article of it holding a key. Undated events are candidates for every
        article; an undated article's candidates are looked for across all time.
        """
        if not keys:
            return []
        if day is None:
            return self._stored_candidates(keys, limit)
        spans = [(period, day - window, day + window)
                 for period in range((day - window) // _PERIOD_DAYS, (day + window) // _PERIOD_DAYS + 1)]
        if self._has_undated_events():
            spans.append((_UNDATED, _UNDATED, _UNDATED))
        for period, _, _ in spans:
            self._hold_period(period)
        return self._recent_index.candidates(spans, keys, limit)

    def _hold_period(self, period: int) -> None:
        """Read ``period`` of the candidate index into memory if it is not held."""
        if not self._recent_index.holds(period):
            self._write_index()
            self._recent_index.load(period, self._db.execute(
                "SELECT key, day, event_id, articles FROM event_index WHERE period = ?", (period,)))

    def _stored_candidates(self, keys: list[int], limit: int) -> list[str]:
        """``event_candidates`` of an undated article, read from the store: all its periods."""
        self._write_index()
        marks = ",".join("?" * len(keys))
        periods = self._periods()
        dated = f"period IN ({','.join('?' * len(periods))}) AND key IN ({marks}) AND day BETWEEN ? AND ?"
        # The undated rows apart: their period is not in the window's (both lookups are index ranges).
        rows = self._db.execute(
            f"SELECT event_id FROM (SELECT event_id, articles FROM event_index WHERE {dated} "
            f"UNION ALL SELECT event_id, articles FROM event_index WHERE period = {_UNDATED} AND key IN ({marks})) "
            f"GROUP BY event_id ORDER BY sum(articles) DESC, event_id DESC LIMIT ?",
            [*periods, *keys, _UNDATED + 1, 1 << 62, *keys, limit])
        return [row[0] for row in rows]

    def _has_undated_events(self) -> bool:
        """Whether the candidate index holds an undated article (read once: this process is its only writer)."""
        if self._undated_events is None:
            self._write_index()
            self._undated_events = self._db.execute(
                "SELECT 1 FROM event_index WHERE period = ? LIMIT 1", (_UNDATED,)).fetchone() is not None
        return self._undated_events

    def _periods(self) -> list[int]:
        """Every dated period the candidate index holds (one index seek each)."""
        self._write_index()
        periods, after = [], _UNDATED
        while (row := self._db.execute("SELECT min(period) FROM event_index WHERE period > ?", (after,)).fetchone()
               )[0] is not None:
            after = row[0]
            periods.append(after)
        return periods

    def save_event(self, event_id: str, first_day: int | None, last_day: int | None, profile: str) -> None:
        self._db.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET "
            "first_day = excluded.first_day, last_day = excluded.last_day, profile = excluded.profile",
            (event_id, first_day, last_day, profile))

    def add_event_keys(self, event_id: str, keys: Iterable[int], day: int | None) -> None:
        """Index one more article of ``event_id``, of ``day``, under each of ``keys``.

        Inside a transaction, written when it commits (or the index is read before).
        """
        period, day = (_UNDATED, _UNDATED) if day is None else (day // _PERIOD_DAYS, day)
        if period == _UNDATED:
            self._undated_events = True
        keys = list(keys)
        self._index_writes += zip(repeat(period), keys, repeat(day), repeat(event_id))
        self._recent_index.add(period, keys, day, event_id)
        if not self._db.in_transaction:
            self._write_index()

    def _write_index(self) -> None:
        """Write the candidate index rows counted since the last write."""
        if not self._index_writes:
            return
        self._index_writes.sort()
        self._db.executemany(
            "INSERT INTO event_index VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT (period, key, day, event_id) DO UPDATE SET articles = articles + 1", self._index_writes)
        self._index_writes.clear()

    def key_documents(self, keys: Iterable[int]) -> dict[int, int]:
        """In how many stored articles each key (term or name) occurs (keys in none are left out)."""
        keys = list(keys)
        found: dict[int, int] = {}
        for chunk in _chunks(keys):
            marks = ",".join("?" * len(chunk))
            found.update(self._db.execute(f"SELECT key, documents FROM key_documents WHERE key IN ({marks})", chunk))
        batches = self._read_key_batches()
        if batches and keys:
            wanted = np.array(keys, np.int64)
            pending = np.zeros(len(wanted), np.int64)
            for batch_keys, documents in batches:
                at = np.minimum(np.searchsorted(batch_keys, wanted), len(batch_keys) - 1)
                pending += np.where(batch_keys[at] == wanted, documents[at], 0)
            for i in np.flatnonzero(pending).tolist():
                found[keys[i]] = found.get(keys[i], 0) + int(pending[i])
        return found

    def add_key_documents(self, keys: np.ndarray, documents: np.ndarray) -> None:
        """Count ``documents[i]`` more articles holding ``keys[i]`` (int64 arrays, each key once).

        Kept as one row for the batch (in the caller's transaction, so a killed run loses the batch's
        counts with its articles); once the rows hold ``_KEY_BATCH_ENTRIES`` entries they are added to
        ``key_documents`` together.
        """
        if not len(keys):
            return
        order = np.argsort(keys)
        keys, documents = np.asarray(keys, np.int64)[order], np.asarray(documents, np.int64)[order]
        batches = self._read_key_batches()
        self._db.execute("INSERT INTO key_document_batches (keys, documents) VALUES (?, ?)",
                         (keys.tobytes(), documents.tobytes()))
        batches.append((keys, documents))
        if sum(len(k) for k, _ in batches) >= _KEY_BATCH_ENTRIES:
            self._merge_key_batches(batches)

    def _merge_key_batches(self, batches: list[tuple[np.ndarray, np.ndarray]]) -> None:
        keys, documents = _summed_by_key(np.concatenate([k for k, _ in batches]),
                                         np.concatenate([d for _, d in batches]))
        self._db.executemany(  # in key order, each page of the index is visited once
            "INSERT INTO key_documents VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET documents = documents + excluded.documents",
            zip(keys.tolist(), documents.tolist()))
        self._db.execute("DELETE FROM key_document_batches")
        batches.clear()

    def _read_key_batches(self) -> list[tuple[np.ndarray, np.ndarray]]:
        if self._key_batches is None:
            self._key_batches = [(np.frombuffer(keys, np.int64), np.frombuffer(documents, np.int64))
                                 for keys, documents in
                                 self._db.execute("SELECT keys, documents FROM key_document_batches ORDER BY batch")]
        return self._key_batches

    def add_event_member(self, article_id: str, event_id: str, sketch: bytes) -> int:
        """Remember the evidence sketch of an article linked to ``event_id`` (for later re-clustering).

        Returns the member's sequence number (its rowid: members are ordered by when they were linked).
        """
        cursor = self._db.execute("INSERT OR REPLACE INTO event_members VALUES (?, ?, ?)",
                                  (article_id, event_id, sketch))
        return cursor.lastrowid

    def event_member_ids(self, event_id: str, limit: int) -> list[str]:
        """Ids of the ``limit`` most recently linked members of ``event_id``, oldest first."""
        rows = self._db.execute(
            "SELECT article_id FROM event_members WHERE event_id = ? ORDER BY rowid DESC LIMIT ?",
            (event_id, limit)).fetchall()
        return [article_id for article_id, in reversed(rows)]

    def event_member_rows(self, event_id: str, limit: int) -> list[tuple[int, bytes | str]]:
        """(sequence number, sketch) of the ``limit`` most recently linked members of ``event_id``, oldest first."""
        rows = self._db.execute(
            "SELECT rowid, sketch FROM event_members WHERE event_id = ? ORDER BY rowid DESC LIMIT ?",
            (event_id, limit)).fetchall()
        return rows[::-1]

    def event_member_events(self) -> dict[str, str]:
        """The event of every linked article that is not a copy (what the linker knows, without articles)."""
        return dict(self._db.execute("SELECT article_id, event_id FROM event_members"))

    def move_to_event(self, article_ids: list[str], event_id: str) -> None:
        """Put ``article_ids``, and the copies that follow them, in ``event_id``."""
        for chunk in _chunks(article_ids, _MAX_PARAMS // 2):
            marks = ",".join("?" * len(chunk))
            self._db.execute(f"UPDATE articles SET event_id = ? WHERE id IN ({marks}) OR duplicate_of IN ({marks})",
                             [event_id, *chunk, *chunk])
            self._db.execute(f"UPDATE event_members SET event_id = ? WHERE article_id IN ({marks})", [event_id, *chunk])

    def lead_vectors(self, article_ids: list[str]) -> dict[str, tuple[str | None, bytes]]:
        """The stored lead embeddings (language, float32 bytes) of those of ``article_ids`` that have one."""
        found: dict[str, tuple[str | None, bytes]] = {}
        for chunk in _chunks(article_ids):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT article_id, language, vector FROM lead_embeddings WHERE article_id IN ({marks})", chunk)
            found.update((article_id, (language, vector)) for article_id, language, vector in rows)
        return found

    def add_lead_vector(self, article_id: str, language: str | None, vector: bytes) -> None:
        """Keep the raw lead embedding of ``article_id`` in ``language`` (embedded at most once)."""
        self._db.execute("INSERT OR IGNORE INTO lead_embeddings VALUES (?, ?, ?)", (article_id, language, vector))

    def event_profile(self, event_id: str) -> str | None:
        row = self._db.execute("SELECT profile FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return row[0] if row else None

    # -- events ---------------------------------------------------------------

    def iter_event_groups(self) -> Iterator[tuple[str, list[Article]]]:
        """(event id, its articles) for every event, sorted by event id, streamed."""
        current: str | None = None
        group: list[Article] = []
        for row in self._db.execute(f"{_SELECT_ARTICLE} ORDER BY event_id, id"):
            article = _article(row)
            if article.event_id != current and group:
                yield current or "", group
                group = []
            current = article.event_id
            group.append(article)
        if group:
            yield current or "", group

    def event_articles(self, event_id: str) -> list[Article]:
        rows = self._db.execute(f"{_SELECT_ARTICLE} WHERE event_id = ? ORDER BY id", (event_id,))
        return [_article(r) for r in rows]


    # -- claims ---------------------------------------------------------------

    def ids_without_facts(self) -> list[str]:
        """Ids of the stored articles whose claims have not been extracted yet, sorted."""
        rows = self._db.execute("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM facts_done) "
                                "ORDER BY id")
        return [r[0] for r in rows]

    def count_without_facts(self) -> int:
        """How many stored articles have not had their claims extracted yet."""
        return self._db.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM facts_done)"
                                ).fetchone()[0]

    def articles_by_id(self, ids: list[str]) -> list[Article]:
        """The stored articles with these ids, sorted by id."""
        found: list[Article] = []
        for chunk in _chunks(sorted(ids)):
            marks = ",".join("?" * len(chunk))
            found.extend(_article(r) for r in self._db.execute(f"{_SELECT_ARTICLE} WHERE id IN ({marks})", chunk))
        return sorted(found, key=lambda a: a.id)

    def add_claims(self, article_id: str, claims: list[ArticleClaim]) -> None:
        """Store one article's claims (replacing any) and mark the article as done."""
        self._db.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        self._db.executemany("INSERT INTO claims VALUES (?, ?, ?)",
                             [(article_id, i, json.dumps(c.to_dict(), ensure_ascii=False))
                              for i, c in enumerate(claims)])
        self._db.execute("INSERT OR IGNORE INTO facts_done VALUES (?)", (article_id,))

    def iter_claims(self) -> Iterator[ArticleClaim]:
        """Every stored claim, by article id and position in the article."""
        for (text,) in self._db.execute("SELECT claim FROM claims ORDER BY article_id, position"):
            yield ArticleClaim(**json.loads(text))

    def claims_of(self, article_ids: list[str]) -> list[ArticleClaim]:
        """The claims of some articles, by article id and position."""
        found: list[ArticleClaim] = []
        for chunk in _chunks(sorted(article_ids)):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT claim FROM claims WHERE article_id IN ({marks}) ORDER BY article_id, position", chunk)
            found.extend(ArticleClaim(**json.loads(text)) for (text,) in rows)
        return found


def _summed_by_key(keys: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``keys``, sorted, and the sum of the ``counts`` of each (whole numbers: any order of
    addition gives the same sums). ``np.unique``'s inverse indices cost four times the sort.

    >>> _summed_by_key(np.array([5, 2, 5, 9]), np.array([1, 2, 3, 4]))
    (array([2, 5, 9]), array([2, 4, 4]))
    """
    if not len(keys):
        return keys, counts
    order = np.argsort(keys)
    keys, counts = keys[order], counts[order]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return keys[starts], np.add.reduceat(counts, starts)


def _article(row: tuple) -> Article:
    return Article(**dict(zip(_ARTICLE_COLUMNS, row)))


def _chunks(items: list, size: int = _MAX_PARAMS) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
