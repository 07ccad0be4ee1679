"""Event linking cost as the store grows: 10k, 100k and 300k articles.

The features of the ECB+ dev and NewsWCL50 documents are extracted once;
the stream replays them again and again, each replay ("epoch") shifted 30
days later, under new article ids, so that every epoch's events are new
events that share names and words with the earlier ones (the hard case for
an index: the same topics recur). Undated documents get a day inside their
epoch. Only the linker runs (features are already extracted): the cost per
article and the resident memory are read in windows of 10,000 articles
ending at each checkpoint.

    .venv/bin/python bench/event_scaling.py            # checkpoints 10k, 100k, 300k
    .venv/bin/python bench/event_scaling.py 10000 50000
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import ecb_docs, newswcl_docs  # noqa: E402

from newsdesk.clean.article import clean_item  # noqa: E402
from newsdesk.events.features import extract_event_features  # noqa: E402
from newsdesk.events.linker import EventLinker  # noqa: E402
from newsdesk.model import RawItem  # noqa: E402
from newsdesk.store import Store  # noqa: E402

CHECKPOINTS = (10_000, 100_000, 300_000)
# Long enough to hold at least one merge of the store's batched document counts (every ~7,000 articles
# here): windows of 2,000 articles held one or none, and their costs swung between 1.4 and 2.3 ms.
WINDOW = 10_000
BATCH = 128
EPOCH_DAYS = 30
START = date(2030, 1, 1).toordinal()


def base_features() -> list:
    features = []
    for doc in ecb_docs() + newswcl_docs():
        raw = RawItem(id=doc["id"], origin="bench", text=doc["text"])
        try:
            features.append(extract_event_features(clean_item(raw)))
        except ValueError:
            continue
    return features


def stream(base: list, total: int):
    """``total`` feature records: the base set replayed, each epoch 30 days later."""
    days = [f.event_day for f in base if f.event_day is not None]
    first = min(days) if days else START
    for n in range(total):
        epoch, i = divmod(n, len(base))
        f = copy.copy(base[i])
        f.article_id = f"s{n:07d}"
        offset = (f.event_day - first) % EPOCH_DAYS if f.event_day is not None else i % EPOCH_DAYS
        f.day = START + epoch * EPOCH_DAYS + offset
        f.mentioned_days = set()
        f.years = set()
        yield f


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(checkpoints: tuple[int, ...]) -> list[dict]:
    base = base_features()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store.db")
        linker = EventLinker(store)
        window_cpu = 0.0
        window_start = None
        batch: list = []
        for n, features in enumerate(stream(base, max(checkpoints)), start=1):
            batch.append(features)
            if len(batch) < BATCH and n not in checkpoints:
                continue
            started = time.process_time()
            with store.transaction():
                linker.begin_batch(batch)
                for f in batch:
                    linker.assign(f)
                linker.flush()
            elapsed = time.process_time() - started
            if any(c - WINDOW < n <= c for c in checkpoints):
                window_cpu += elapsed
                window_start = window_start or n - len(batch)
            batch = []
            if n in checkpoints:
                articles = n - window_start
                events = store._db.execute("SELECT count(*) FROM events").fetchone()[0]
                rows.append({"store": n, "ms_per_article": window_cpu / articles * 1000,
                             "per_second": articles / window_cpu, "rss_mb": rss_mb(), "events": events,
                             "db_mb": (Path(tmp) / "store.db").stat().st_size / 2**20})
                print(f"{n}: {rows[-1]}", file=sys.stderr, flush=True)
                window_cpu, window_start = 0.0, None
        store.close()
    return rows


def run(checkpoints: tuple[int, ...] = CHECKPOINTS) -> str:
    rows = measure(checkpoints)
    lines = [
        "## Event linking as the store grows", "",
        f"`bench/event_scaling.py`: the linker alone (features extracted beforehand) on a stream replaying the "
        f"ECB+ dev and NewsWCL50 documents, each replay {EPOCH_DAYS} days later under new ids. CPU time of the "
        f"last {WINDOW:,} articles before each checkpoint, one process; memory is the resident size then.", "",
        "| articles in store | events | ms per article | articles/s | resident MB | store file MB |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['store']:,} | {r['events']:,} | {r['ms_per_article']:.2f} | {r['per_second']:.0f} | "
                     f"{r['rss_mb']:.0f} | {r['db_mb']:.0f} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    arguments = tuple(int(a) for a in sys.argv[1:]) or CHECKPOINTS
    print(run(arguments))
