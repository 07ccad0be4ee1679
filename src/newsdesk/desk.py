"""The Desk: newsdesk's Python API. The CLI is a thin shell around it.

>>> import tempfile, pathlib, json
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> feed = folder / "feed.jsonl"
>>> _ = feed.write_text(json.dumps({"id": "a1", "published": "2025-03-14", "source": "harbour.example",
...     "text": "Ferry fire off the coast\\n\\nForty passengers were evacuated on Friday after a fire "
...             "broke out on a ferry, the coast guard said."}) + "\\n")
>>> desk = Desk(folder / "newsdesk.db", workers=1)
>>> report = desk.ingest([str(feed)])
>>> report.stored, report.rejected
(1, [])
>>> [e.title for e in desk.events()]
['Ferry fire off the coast']
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from newsdesk.brief import write_brief
from newsdesk.clean.article import CleanError, clean_item
from newsdesk.clean.source import source_of
from newsdesk.clean.recurrence import MIN_ARTICLES, candidate_line_keys
from newsdesk.copies import COPY_THRESHOLD, band_keys, choose_original, estimated_similarity, signature
from newsdesk.events import describe_event
from newsdesk.events.features import EventFeatures, extract_event_features
from newsdesk.events.linker import EventLinker
from newsdesk.events.profile import EventProfile
from newsdesk.facts.extract import extract_claims_of
from newsdesk.model import Article, ArticleClaim, Event, RawItem, Rejection
from newsdesk.places.outlets import OutletHome, beat, outlet_home, outlets_of, sure_countries, sure_places
from newsdesk.read import iter_inputs
from newsdesk.reconcile import reconcile_event
from newsdesk.store import Store

# Articles per unit of work handed to a worker and per store transaction:
# at most this many, and at most this many characters of text and HTML, so
# that heavy HTML pages make small batches and both workers stay busy.
BATCH_SIZE = 128
BATCH_CHARS = 2_000_000
# Batches cleaned ahead of the store; bounds memory whatever the input size.
MAX_BATCHES_IN_FLIGHT = 4
PROGRESS_EVERY_SECONDS = 2.0
# Articles per facts batch: extraction costs ~50 ms per article, so small batches keep both workers busy.
FACTS_BATCH_SIZE = 32

ProgressCallback = Callable[["IngestReport"], None]


@dataclass
class IngestReport:
    """What one ingest did."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    copies: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (f"read {self.read}, stored {self.stored} ({self.copies} copies), "
                f"already stored {self.already_stored}, rejected {len(self.rejected)} "
                f"in {self.seconds:.1f}s ({_rate(self.per_second)} articles/s)")


@dataclass
class FactsReport:
    """What one facts step did."""

    articles: int = 0
    claims: int = 0
    failed: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (f"facts: {self.articles} articles, {self.claims} claims, {len(self.failed)} failed "
                f"in {self.seconds:.1f}s ({_rate(rate)} articles/s)")


def _rate(per_second: float) -> str:
    """A rate as a progress line shows it: a small batch's 0.1 articles/s is not "0".

    >>> _rate(0.097), _rate(45.6)
    ('0.1', '46')
    """
    return f"{per_second:.1f}" if per_second < 10 else f"{per_second:.0f}"


@dataclass
class _Batch:
    items: list[tuple[RawItem, frozenset[str]]]
    line_keys: dict[str, tuple[str, set[str]]]


class Desk:
    """Read, clean, link and store news; export and query what is stored.

    ``db`` is the SQLite store (created if missing); ``workers`` the number
    of cleaning processes (default: one per core; 1 cleans in-process).
    """

    def __init__(self, db: str | Path = "newsdesk.db", workers: int | None = None):
        self.store = Store(db)
        self.linker = EventLinker(self.store)
        self.workers = workers if workers is not None else (os.cpu_count() or 1)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------

    def ingest(self, inputs: Iterable[str], progress: ProgressCallback | None = None) -> IngestReport:
        """Read ``inputs`` (paths, directories or "-") and store every new article."""
        report = IngestReport()
        pending_lines: Counter[tuple[str, str]] = Counter()
        in_flight_ids: set[str] = set()
        batches = (self._prepare(chunk, report, in_flight_ids, pending_lines)
                   for chunk in _batched(iter_inputs(inputs), BATCH_SIZE, BATCH_CHARS))
        self._in_workers(_clean_batch, ((b, b.items) for b in batches),
                         lambda batch, results: self._commit(batch, results, report, in_flight_ids, pending_lines),
                         report, progress)
        return report

    def _prepare(self, chunk: list[RawItem | Rejection], report: IngestReport,
                 in_flight_ids: set[str], pending_lines: Counter) -> _Batch:
        items = [x for x in chunk if isinstance(x, RawItem)]
        report.rejected.extend(x for x in chunk if isinstance(x, Rejection))
        report.read += len(items)
        known = self.store.known_ids(x.id for x in items) | in_flight_ids
        batch = _Batch(items=[], line_keys={})
        for raw in items:
            if raw.id in known:
                report.already_stored += 1
                continue
            known.add(raw.id)
            in_flight_ids.add(raw.id)
            batch.items.append((raw, self._recurring_lines(raw, batch, pending_lines)))
        return batch

    def _recurring_lines(self, raw: RawItem, batch: _Batch, pending_lines: Counter) -> frozenset[str]:
        """Line keys of ``raw`` already seen in enough other articles of its source."""
        source = source_of(raw.source, raw.url)
        if not raw.text or not source:  # unknown outlets are not one template
            return frozenset()
        keys = candidate_line_keys(raw.text)
        batch.line_keys[raw.id] = (source, keys)
        stored = self.store.line_counts(source, keys)
        recurring = {k for k in keys if stored.get(k, 0) + pending_lines[(source, k)] + 1 >= MIN_ARTICLES}
        pending_lines.update((source, k) for k in keys)
        return frozenset(recurring)

    def _commit(self, batch: _Batch, results: list[tuple[str, object]], report: IngestReport,
                in_flight_ids: set[str], pending_lines: Counter) -> None:
        with self.store.transaction():
            self.linker.begin_batch([outcome[2] for _, outcome in results if not isinstance(outcome, Rejection)])
            for raw_id, outcome in results:
                if isinstance(outcome, Rejection):
                    report.rejected.append(outcome)
                    continue
                article, sig, features = outcome
                self._store_article(article, sig, features, report)
                report.stored += 1
            self.linker.flush()
            for source, keys in batch.line_keys.values():
                self.store.add_line_counts(source, keys)
        for raw_id, (source, keys) in batch.line_keys.items():
            pending_lines.subtract((source, k) for k in keys)
        pending_lines += Counter()  # drop zero counts
        in_flight_ids.difference_update(raw.id for raw, _ in batch.items)

    def _store_article(self, article: Article, sig: bytes, features: EventFeatures,
                       report: IngestReport) -> None:
        """Store ``article``: a copy joins its original's event, any other is linked to its event."""
        bands = band_keys(sig)
        scored = [(estimated_similarity(sig, c.signature), c) for c in self.store.copy_candidates(bands)]
        similarity, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if best is None or similarity < COPY_THRESHOLD:
            article.event_id = self.linker.assign(features, article)
            self.store.add_article(article, sig, bands)
            return
        report.copies += 1
        original_id, published, length, event_id = self.store.copy_original(best.original_id)
        article.event_id = event_id
        self.linker.follow(event_id)
        becomes_original = choose_original((original_id, published, length),
                                           (article.id, article.published, len(article.text))) == article.id
        article.duplicate_of = None if becomes_original else original_id
        self.store.add_article(article, sig, bands)
        if becomes_original:
            self.store.make_original(article.id, original_id)

    # -- facts ----------------------------------------------------------------

    def extract_facts(self, progress: Callable[[FactsReport], None] | None = None) -> FactsReport:
        """Extract the claims of every stored article that has none yet.

        Runs after ingest, in the worker processes, one store transaction per
        batch: an interrupted run keeps what it finished, and the next run
        does only the rest. An article whose extraction fails is reported and
        keeps no claims; the others go on.
        """
        report = FactsReport()
        pending = self.store.ids_without_facts()
        batches = (self.store.articles_by_id(pending[i:i + FACTS_BATCH_SIZE])
                   for i in range(0, len(pending), FACTS_BATCH_SIZE))
        self._in_workers(_extract_batch, ((None, self._with_homes(b)) for b in batches),
                         lambda _, results: self._commit_facts(results, report), report, progress)
        return report

    def _with_homes(self, articles: list[Article]) -> tuple[list[Article], dict[str, OutletHome]]:
        """A batch and the home country and beat each article's outlet has shown so far (newsdesk.places.outlets)."""
        outlets = {article.id: outlets_of(article.source) for article in articles}
        countries, beats = self._learned({outlet for names in outlets.values() for outlet in names})
        return articles, {article_id: outlet_home(names, countries, beats) for article_id, names in outlets.items()}

    def _learned(self, outlets: Collection[str]) -> tuple[dict[str, dict[str, int]], dict[str, int | None]]:
        """The stored tallies of countries of these outlets, and the beat of each."""
        beats = {outlet: beat(tally) for outlet, tally in self.store.outlet_places(outlets).items()}
        return self.store.outlet_tallies(outlets), beats

    def _in_workers(self, work: Callable[[Any], Any], jobs: Iterable[tuple[Any, Any]],
                    commit: Callable[[Any, Any], None], report: IngestReport | FactsReport,
                    progress: Callable[[Any], None] | None) -> None:
        """Run ``work(payload)`` for each (key, payload) of ``jobs`` in the worker processes.

        At most MAX_BATCHES_IN_FLIGHT jobs run ahead of the store; results are
        committed in submission order with ``commit(key, result)``, so a killed
        run leaves whole batches. One worker works in this process.
        """
        started = last_progress = time.perf_counter()
        pool = (ProcessPoolExecutor(self.workers, initializer=_exit_with_parent, initargs=(os.getpid(),))
                if self.workers > 1 else None)
        in_flight: deque[tuple[Any, Future]] = deque()
        try:
            for key, payload in jobs:
                in_flight.append((key, pool.submit(work, payload) if pool else _done(work(payload))))
                while len(in_flight) > MAX_BATCHES_IN_FLIGHT or (in_flight and in_flight[0][1].done()):
                    key_done, future = in_flight.popleft()
                    commit(key_done, future.result())
                now = time.perf_counter()
                if progress and now - last_progress >= PROGRESS_EVERY_SECONDS:
                    report.seconds = now - started
                    progress(report)
                    last_progress = now
            while in_flight:
                key_done, future = in_flight.popleft()
                commit(key_done, future.result())
        finally:
            if pool:
                pool.shutdown(cancel_futures=True)
        report.seconds = time.perf_counter() - started

    def _commit_facts(self, results: list[tuple[str, object, list[str], set[str], set[int]]],
                      report: FactsReport) -> None:
        with self.store.transaction():
            for article_id, outcome, outlets, countries, places in results:
                if isinstance(outcome, Rejection):
                    report.failed.append(outcome)
                    outcome = []
                self.store.add_claims(article_id, outcome)
                self.store.add_outlet_countries(outlets, countries)
                self.store.add_outlet_places(outlets, places)
                report.articles += 1
                report.claims += len(outcome)

    def claims(self) -> Iterator[ArticleClaim]:
        """Every stored claim of every article (before reconciliation)."""
        return self.store.iter_claims()

    # -- read back ------------------------------------------------------------

    def outlet_homes(self) -> dict[str, OutletHome]:
        """What the desk has learned of each outlet from the places its articles name: its home country and the
        GeoNames id of its beat's centre (:mod:`newsdesk.places.outlets`), by outlet name as a tally keeps it."""
        outlets = self.store.outlets()
        countries, beats = self._learned(outlets)
        return {outlet: outlet_home([outlet], countries, beats) for outlet in outlets}

    def articles(self) -> Iterator[Article]:
        """Every stored article, sorted by id."""
        return self.store.iter_articles()

    def events(self) -> Iterator[Event]:
        """Every event, sorted by id, with its reconciled claims and brief."""
        for event_id, articles in self.store.iter_event_groups():
            yield self._event(event_id, articles)

    def event(self, event_id: str) -> Event | None:
        """One event by id, or None."""
        articles = self.store.event_articles(event_id)
        return self._event(event_id, articles) if articles else None

    def _event(self, event_id: str, articles: list[Article]) -> Event:
        """Describe, reconcile and brief one event; its date and place come from its claims when they can."""
        event = describe_event(event_id, articles, self._profile(event_id))
        reconciled = reconcile_event(event_id, articles, self.store.claims_of([a.id for a in articles]))
        event.claims = reconciled.claims
        event.date = reconciled.date_or(event.date)
        event.place = reconciled.place or event.place
        event.brief = write_brief(articles, reconciled.claims)
        return event

    def _profile(self, event_id: str) -> EventProfile | None:
        text = self.store.event_profile(event_id)
        return EventProfile.from_bytes(text) if text else None

    # -- export ---------------------------------------------------------------

    def export(self, out_dir: str | Path, rejected: Iterable[Rejection] = ()) -> dict[str, int]:
        """Write the contract's JSONL files for the whole store into ``out_dir``."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        counts = {
            "articles": _write_jsonl(out / "articles.jsonl", (a.to_dict() for a in self.articles())),
            "events": _write_jsonl(out / "events.jsonl", (e.to_dict() for e in self.events())),
            "claims": _write_jsonl(out / "claims.jsonl", (c.to_dict() for c in self.claims())),
            "rejected": _write_jsonl(out / "rejected.jsonl", (r.to_dict() for r in rejected)),
        }
        return counts

    def run(self, inputs: Iterable[str], out_dir: str | Path,
            progress: ProgressCallback | None = None) -> IngestReport:
        """Ingest ``inputs``, extract the facts of new articles, export the whole store to ``out_dir``."""
        report = self.ingest(inputs, progress)
        facts = self.extract_facts()
        self.export(out_dir, [*report.rejected, *facts.failed])
        return report


def _clean_batch(items: list[tuple[RawItem, frozenset[str]]]) -> list[tuple[str, object]]:
    """In a worker: (id, (Article, copy signature, event features)) or (id, Rejection) per item."""
    results: list[tuple[str, object]] = []
    for raw, recurring in items:
        try:
            article = clean_item(raw, recurring)
            results.append((raw.id, (article, signature(article.text), extract_event_features(article))))
        except CleanError as err:
            results.append((raw.id, Rejection(id=raw.id, reason=str(err))))
        except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch
            results.append((raw.id, Rejection(id=raw.id, reason=f"internal error while cleaning {raw.origin}: "
                                                              f"{type(err).__name__}: {err}")))
    return results


def _extract_batch(batch: tuple[list[Article], dict[str, OutletHome]],
                   ) -> list[tuple[str, object, list[str], set[str], set[int]]]:
    """In a worker, per article: (id, [ArticleClaim, ...] or Rejection, its outlets, the countries and the places
    (GeoNames ids) its place claims name unambiguously)."""
    articles, homes = batch
    results: list[tuple[str, object, list[str], set[str], set[int]]] = []
    for article, claims in zip(articles, extract_claims_of(articles, homes)):
        if isinstance(claims, Exception):  # one bad article does not stop the batch
            claims = Rejection(id=article.id, reason=f"facts of {article.id} not extracted: "
                                                     f"{type(claims).__name__}: {claims}")
            results.append((article.id, claims, [], set(), set()))
        else:
            results.append((article.id, claims, outlets_of(article.source), sure_countries(claims),
                            sure_places(claims)))
    return results


def _exit_with_parent(parent_pid: int) -> None:
    """In a worker: one native thread, and exit as soon as the desk process is gone (killed, crashed).

    The workers already fill the cores: a BLAS or OpenMP pool of its own in
    each would only spin against the other workers. A pool worker whose
    parent was killed with SIGKILL would otherwise wait on its task queue
    forever.
    """
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[variable] = "1"  # for native libraries loaded after this point
    threadpool_limits(1)  # for those already loaded (a forked worker inherits them)
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="newsdesk-parent-watch", daemon=True).start()


def _done(value: object) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def _batched(items: Iterable[RawItem | Rejection], size: int, chars: int) -> Iterator[list]:
    """Lists of at most ``size`` items holding at most about ``chars`` characters."""
    chunk: list[RawItem | Rejection] = []
    held = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, RawItem):
            held += len(item.text or "") + len(item.html or "")
        if len(chunk) >= size or held >= chars:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _write_jsonl(path: Path, rows: Iterable[dict]) -> int:
    """Write rows atomically: a reader never sees a half-written file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    tmp.replace(path)
    return count
