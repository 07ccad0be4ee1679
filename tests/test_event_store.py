"""The store's event tables: document counts of terms kept per batch, then merged, and safe against a killed run."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.store import Store, sqlite


def test_counts_add_up_across_batches_merged_or_not(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite, "_KEY_BATCH_ENTRIES", 5)  # merge after a few batches
    store = Store(tmp_path / "s.db")
    expected: dict[int, int] = {}
    for batch in ({1: 1, 2: 3}, {2: 1, -7: 2}, {1: 4}, {2**62: 1, -2**63: 1, 1: 1}):
        with store.transaction():
            store.add_key_documents(np.array(list(batch)), np.array(list(batch.values())))
        for key, n in batch.items():
            expected[key] = expected.get(key, 0) + n
        assert store.key_documents([*expected, 99]) == expected
    assert store._db.execute("SELECT count(*) FROM key_document_batches").fetchone()[0] < 4  # some were merged
    store.close()
    assert Store(tmp_path / "s.db").key_documents(expected) == expected  # a new process reads the same


def test_a_batch_that_fails_leaves_no_counts_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite, "_KEY_BATCH_ENTRIES", 3)
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.add_key_documents(np.array([1, 2]), np.array([1, 1]))
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_key_documents(np.array([3, 1]), np.array([1, 5]))  # over the limit: merged, then rolled back
            raise RuntimeError("killed mid-batch")
    assert store.key_documents([1, 2, 3]) == {1: 1, 2: 1}
    store.close()
    assert Store(tmp_path / "s.db").key_documents([1, 2, 3]) == {1: 1, 2: 1}


def test_an_older_stores_candidate_index_is_replaced_by_the_covering_one(tmp_path):
    import sqlite3

    old = sqlite3.connect(tmp_path / "old.db")
    old.executescript("CREATE TABLE event_keys (key INTEGER NOT NULL, event_id TEXT NOT NULL, day INTEGER);"
                      "CREATE INDEX event_keys_key ON event_keys (key, day);"
                      "INSERT INTO event_keys VALUES (5, 'E1', 100), (5, 'E2', 103), (6, 'E2', 103), (5, 'E3', 300);")
    old.commit()
    old.close()
    store = Store(tmp_path / "old.db")
    indexes = {row[0] for row in store._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "event_keys_key_day_event" in indexes and "event_keys_key" not in indexes
    assert store.event_candidates([5, 6], 101, 10, 12) == ["E2", "E1"]


def test_linking_in_batches_of_any_size_counts_terms_alike(tmp_path):
    from newsdesk.events.features import EventFeatures
    from newsdesk.events.linker import EventLinker

    def articles() -> list[EventFeatures]:
        out = []
        for i in range(12):
            topic = i % 3
            terms = {topic * 10 + j: 1.0 + j % 2 for j in range(6)} | {99: 1.0}
            out.append(EventFeatures(f"a{i}", day=738000 + topic * 40 + i % 2, places={f"g{topic}"},
                                     names={f"name{topic}": 2.0, "shared": 1.0}, terms=terms, title_terms={topic * 10}))
        return out

    results = []
    for size in (1, 5, 12):
        store = Store(tmp_path / f"s{size}.db")
        linker = EventLinker(store)
        batch_articles = articles()
        events = []
        for start in range(0, len(batch_articles), size):
            batch = batch_articles[start:start + size]
            with store.transaction():
                linker.begin_batch(batch)
                events += [linker.assign(f) for f in batch]
                linker.flush()
        results.append((events, store.key_documents(range(-1, 100))))
    assert results[0] == results[1] == results[2]
    assert results[0][1][99] == 12 and len(set(results[0][0])) == 3
