"""Throughput of the whole path up to the store (read, clean, copies, store), both cores.

Each measurement runs `newsdesk ingest` in a fresh process on a JSONL made
from the shared datasets, so peak memory is that of one ingest:
- plain text: ECB+ dev and NewsWCL50 documents; to reach a few thousand
  distinct articles, each synthetic article interleaves the paragraphs of
  two real documents (so they are not copies of each other);
- HTML: the pages of the ScrapingHub and trafilatura evaluation sets.
Peak memory is measured at two input sizes to show it does not grow with
the input.

    .venv/bin/python bench/throughput.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import datasets_dir, read_html_gz

WORKERS = 2

# Runs a command and reports its process tree's time and peak memory; a
# fresh wrapper per measurement, because RUSAGE_CHILDREN keeps the maximum
# over every child a process ever waited for.
_MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}))
sys.exit(code)
"""


def plain_text_articles(count: int) -> list[dict]:
    data = datasets_dir()
    docs = []
    for name in ("ecbplus/dev.jsonl", "newswcl50/docs.jsonl"):
        with (data / name).open(encoding="utf-8") as handle:
            docs.extend(json.loads(line)["text"] for line in handle if line.strip())
    records = []
    for n in range(count):
        first = docs[n % len(docs)].split("\n")
        second = docs[(n * 37 + 11) % len(docs)].split("\n")
        mixed = [p for pair in zip(first, second) for p in pair] + first[len(second):] + second[len(first):]
        records.append({"id": f"text-{n:06d}", "text": "\n".join(mixed)})
    return records


def html_articles() -> list[dict]:
    data = datasets_dir() / "extraction"
    pages = sorted((data / "scrapinghub_aeb" / "html").glob("*.html.gz"))
    pages += sorted((data / "trafilatura_eval" / "html").rglob("*.html.gz"))
    return [{"id": f"html-{n:05d}", "html": read_html_gz(p)} for n, p in enumerate(pages)]


def measure(records: list[dict], label: str) -> dict:
    """Ingest ``records`` in a child process; articles/s and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        with feed.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record) + "\n")
        command = [sys.executable, "-m", "newsdesk.cli", "ingest", str(feed), "--db",
                   str(Path(tmp) / "store.db"), "--workers", str(WORKERS), "-q"]
        done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"ingest failed for {label}: {done.stderr[-2000:]}")
        usage = json.loads(done.stdout.strip().splitlines()[-1])
        stored = _count(Path(tmp) / "store.db")
    elapsed, cpu = usage["seconds"], usage["cpu"]
    return {
        "label": label,
        "articles": len(records),
        "stored": stored,
        "seconds": elapsed,
        "per_second": len(records) / elapsed,
        "cores_busy": cpu / elapsed,
        "input_mb": feed_size_mb(records),
        # ru_maxrss of children is the largest single process of the process tree
        "peak_rss_mb": usage["maxrss_kb"] / 1024,
    }


def feed_size_mb(records: list[dict]) -> float:
    return sum(len(json.dumps(r)) for r in records) / 1e6


def _count(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def run() -> str:
    rows = [
        measure(plain_text_articles(2000), "plain text, 2k articles"),
        measure(plain_text_articles(8000), "plain text, 8k articles"),
        measure(html_articles(), "HTML pages (ScrapingHub + trafilatura eval)"),
    ]
    lines = [
        "## Throughput: read → clean → copies → store",
        "",
        f"`newsdesk ingest --workers {WORKERS}` in a fresh process per row; wall-clock time includes start-up "
        "and model loading. cores busy = CPU seconds of the process tree / wall seconds. Peak memory is the "
        "largest single process (main or worker).",
        "",
        "| input | articles | stored | input MB | seconds | articles/s | cores busy | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['label']} | {r['articles']} | {r['stored']} | {r['input_mb']:.1f} | {r['seconds']:.1f} | "
                     f"{r['per_second']:.0f} | {r['cores_busy']:.2f} | {r['peak_rss_mb']:.0f} |")
    small, large = rows[0], rows[1]
    lines += ["", f"Memory vs input size: {small['input_mb']:.0f} MB of input → {small['peak_rss_mb']:.0f} MB peak; "
              f"{large['input_mb']:.0f} MB → {large['peak_rss_mb']:.0f} MB peak.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
