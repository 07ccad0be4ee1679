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


def _version_1_store(path, with_meta: bool) -> None:
    import sqlite3

    old = sqlite3.connect(path)
    old.executescript("CREATE TABLE event_keys (key INTEGER NOT NULL, event_id TEXT NOT NULL, day INTEGER);"
                      "CREATE INDEX event_keys_key ON event_keys (key, day);"
                      "INSERT INTO event_keys VALUES (5, 'E1', 100), (5, 'E2', 103), (6, 'E2', 103), (5, 'E3', 300),"
                      " (7, 'E4', 200), (7, 'E4', 200), (7, 'E4', 199), (7, 'E5', NULL), (7, 'E5', NULL), (7, 'E6', 201);")
    if with_meta:
        old.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                          "INSERT INTO meta VALUES ('schema_version', '1');")
    old.commit()
    old.close()


@pytest.mark.parametrize("with_meta", [True, False])
def test_an_older_stores_candidate_index_is_moved_into_the_new_one(tmp_path, with_meta):
    _version_1_store(tmp_path / "old.db", with_meta)
    store = Store(tmp_path / "old.db")
    tables = {row[0] for row in store._db.execute("SELECT name FROM sqlite_master")}
    assert "event_keys" not in tables and "event_keys_key" not in tables
    assert store._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
    assert store.event_candidates([5, 6], 101, 10, 12) == ["E2", "E1"]
    # three articles of E4 hold key 7, two of the undated E5 (a candidate at any day), one of E6
    assert store.event_candidates([7], 199, 10, 12) == ["E4", "E5", "E6"]
    assert store.event_candidates([7], 400, 10, 12) == ["E5"]
    store.close()
    assert sorted(Store(tmp_path / "old.db").event_candidates([5], None, 10, 12)) == ["E1", "E2", "E3"]


def test_a_store_of_an_unknown_version_is_refused(tmp_path):
    Store(tmp_path / "s.db").close()
    import sqlite3

    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(sqlite.StoreError, match="schema version 3"):
        Store(tmp_path / "s.db")


def test_candidates_are_found_across_period_boundaries_and_undated_across_all_time(tmp_path):
    store = Store(tmp_path / "s.db")
    edge = 40 * sqlite._PERIOD_DAYS  # the first day of a period
    with store.transaction():
        store.add_event_keys("Before", [1, 2], edge - 3)
        store.add_event_keys("After", [1], edge + 2)
        store.add_event_keys("Far", [1, 2], edge + 20 * sqlite._PERIOD_DAYS)
        store.add_event_keys("After", [2], edge + 9)
        store.add_event_keys("Undated", [2], None)
        store.add_event_keys("Before", [1], edge - 1)
    assert store.event_candidates([1, 2], edge, 10, 12) == ["Before", "After", "Undated"]
    assert store.event_candidates([1, 2], edge - 12, 10, 12) == ["Before", "Undated"]  # After is 14 days on
    undated = store.event_candidates([1, 2], None, 10, 12)  # After and Far tie
    assert undated[0] == "Before" and set(undated[1:3]) == {"After", "Far"} and undated[3] == "Undated"
    assert store.event_candidates([1, 2], edge, 10, 1) == ["Before"]


def test_the_linkers_count_cache_holds_the_latest_counts_and_empties_when_full(monkeypatch):
    from newsdesk.events import linker

    monkeypatch.setattr(linker, "_KEY_COUNTS", 5)
    cache = linker._KeyCounts()
    assert cache.lookup(np.array([1, 2]))[1].tolist() == [False, False]
    cache.update(np.array([3, 7]), np.array([1, 2]))
    cache.update(np.array([1, 7, 9]), np.array([4, 5, 6]))
    counts, held = cache.lookup(np.array([9, 2, 7, 1, 3, 10]))
    assert counts.tolist() == [6, 0, 5, 4, 1, 0] and held.tolist() == [True, False, True, True, True, False]
    cache.update(np.array([20, 21]), np.array([1, 1]))  # 4 + 2 > 5: only these are held now
    assert cache.lookup(np.array([3, 20, 21]))[0].tolist() == [0, 1, 1]


@pytest.mark.parametrize("cached", [400_000, 3])
def test_linking_in_batches_of_any_size_counts_terms_alike(tmp_path, monkeypatch, cached):
    from newsdesk.events import linker
    from newsdesk.events.features import EventFeatures
    from newsdesk.events.linker import EventLinker

    monkeypatch.setattr(linker, "_KEY_COUNTS", cached)  # 3: counts are read back from the store at every batch

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


def test_articles_not_announced_or_holding_a_key_twice_are_counted_alike(tmp_path):
    from newsdesk.events.features import EventFeatures, term_key
    from newsdesk.events.linker import EventLinker

    doubled = term_key("n:shared")  # a term whose key is also the key of a name: it counts twice

    def articles() -> list[EventFeatures]:
        return [EventFeatures(f"a{i}", day=738000 + i % 2, places={"g1"}, names={"shared": 1.0, f"own{i}": 1.0},
                              terms={1: 1.0, 2 + i: 1.0, doubled: 1.0}, title_terms={1}) for i in range(6)]

    results = []
    for announced in (6, 3, 0):
        store = Store(tmp_path / f"s{announced}.db")
        linker = EventLinker(store)
        batch = articles()
        with store.transaction():
            linker.begin_batch(batch[:announced])
            events = [linker.assign(f) for f in batch]
            linker.flush()
        results.append((events, store.key_documents([1, 2, 3, doubled])))
    assert results[0] == results[1] == results[2]
    assert results[0][1] == {1: 6, 2: 1, 3: 1, doubled: 12}


def test_an_undated_event_indexed_after_dated_lookups_is_a_candidate(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.add_event_keys("Dated", [1], 100)
    assert store.event_candidates([1], 100, 10, 12) == ["Dated"]  # no undated row yet
    with pytest.raises(RuntimeError), store.transaction():
        store.add_event_keys("Gone", [1], None)
        raise RuntimeError("rolled back")
    assert store.event_candidates([1], 100, 10, 12) == ["Dated"]
    with store.transaction():
        store.add_event_keys("Undated", [1], None)
        store.add_event_keys("Undated", [1], None)
    assert store.event_candidates([1], 100, 10, 12) == ["Undated", "Dated"]
    store.close()
    assert Store(tmp_path / "s.db").event_candidates([1], 100, 10, 12) == ["Undated", "Dated"]


def test_candidates_held_in_memory_are_those_and_in_the_order_the_stored_index_gives(tmp_path):
    import sqlite3

    store = Store(tmp_path / "s.db")
    day = 50 * sqlite._PERIOD_DAYS - 2  # its window spans two periods
    with store.transaction():
        for n, event_id in enumerate(["Ea", "Ec", "Eb", "Ed", "Ee"]):
            store.add_event_keys(event_id, [1, 2] if n % 2 else [3], day + n)
        store.add_event_keys("Ea", [4], day)  # not one of the keys looked up
        store.add_event_keys("Ez", [3], day + 40)  # outside the window
    # read before a commit: the index of the open transaction
    with store.transaction():
        store.add_event_keys("Ef", [3], day)
        in_memory = store.event_candidates([1, 2, 3], day, 10, 4)
    assert in_memory == ["Ed", "Ec", "Ef", "Ee"]  # two keys each, then one, ties by id, the last first
    stored = sqlite3.connect(tmp_path / "s.db").execute(
        "SELECT event_id FROM event_index WHERE key IN (1, 2, 3) AND day BETWEEN ? AND ? "
        "GROUP BY event_id ORDER BY sum(articles) DESC LIMIT 4", (day - 10, day + 10)).fetchall()
    assert [event_id for event_id, in stored] == in_memory
    store.close()
    assert Store(tmp_path / "s.db").event_candidates([1, 2, 3], day, 10, 4) == in_memory


@pytest.mark.parametrize("opens", [True, False])
def test_recent_members_held_in_memory_are_those_the_store_gives_after_moves(tmp_path, opens):
    from newsdesk.events.features import EventFeatures
    from newsdesk.events.members import RecentMembers

    store = Store(tmp_path / "s.db")
    recent = RecentMembers(store, limit=3)

    def ids(members: RecentMembers, event_id: str) -> list[str]:
        return [m.features.article_id for _, m in members.recent(event_id)]

    with store.transaction():
        for i in range(6):
            recent.add("E1", EventFeatures(f"a{i}", terms={1: 1.0, 2 + i: 0.5}), opens=i == 0)
        held = recent.recent("E1")  # a3, a4, a5: a0 to a2 are older than the members held
        recent.move(held[:2], ["E1", "E1"], "E2", opens=opens)  # E1's a1 and a2 move up
        recent.add("E1", EventFeatures("a6", terms={1: 1.0}))
    assert ids(recent, "E1") == ["a2", "a5", "a6"] == ids(RecentMembers(store, limit=3), "E1")
    assert ids(recent, "E2") == ["a3", "a4"] == ids(RecentMembers(store, limit=3), "E2")


def test_a_new_process_links_on_from_the_stored_index_as_one_process_would(tmp_path):
    from newsdesk.events.features import EventFeatures
    from newsdesk.events.linker import EventLinker
    from newsdesk.model import Article

    def articles() -> list[EventFeatures]:
        return [EventFeatures(f"a{i}", day=738000 + 2 * i + i % 3 * 40, places={f"g{i % 3}"},
                              names={f"name{i % 3}": 2.0, f"other{i}": 1.0}, terms={i % 3: 1.0, 10 + i: 1.0},
                              title_terms={i % 3}) for i in range(12)]

    def link(linker: EventLinker, batch: list[EventFeatures]) -> list[str]:
        with linker.store.transaction():
            for f in batch:  # the linker counts documents over the stored articles
                linker.store.add_article(Article(id=f.article_id, text="-"), b"", [])
            linker.begin_batch(batch)
            events = [linker.assign(f) for f in batch]
            linker.flush()
        return events

    one = EventLinker(Store(tmp_path / "one.db"))
    together = link(one, articles()[:6]) + link(one, articles()[6:])
    first = Store(tmp_path / "two.db")
    apart = link(EventLinker(first), articles()[:6])
    first.close()
    apart += link(EventLinker(Store(tmp_path / "two.db")), articles()[6:])
    assert apart == together and len(set(together)) == 3
