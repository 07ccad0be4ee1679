"""The store's event tables: document counts of terms kept per batch, then merged, and safe against a killed run."""

from __future__ import annotations

import pytest

from newsdesk.store import Store, sqlite


def test_counts_add_up_across_batches_merged_or_not(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite, "_KEY_BATCH_ENTRIES", 5)  # merge after a few batches
    store = Store(tmp_path / "s.db")
    expected: dict[int, int] = {}
    for batch in ({1: 1, 2: 3}, {2: 1, -7: 2}, {1: 4}, {2**62: 1, -2**63: 1, 1: 1}):
        with store.transaction():
            store.add_key_documents(batch)
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
        store.add_key_documents({1: 1, 2: 1})
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_key_documents({1: 5, 3: 1})  # over the limit: merged, then rolled back
            raise RuntimeError("killed mid-batch")
    assert store.key_documents([1, 2, 3]) == {1: 1, 2: 1}
    store.close()
    assert Store(tmp_path / "s.db").key_documents([1, 2, 3]) == {1: 1, 2: 1}
