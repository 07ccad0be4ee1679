"""Bad input, idempotency and crash safety, shown on real runs of the CLI.

1. A folder of bad items beside good ones (ECB+ documents): a JSONL with a
   broken line, a binary file, an empty file, a Latin-1 file, a 50 MB text
   file and a truncated WARC. Each is rejected with its reason (or decoded,
   for Latin-1), the rest is stored, and the exit status is 0.
2. The same input run twice into one store: the output files are identical.
3. An ingest of 5,000 articles killed with SIGKILL mid-way, then run again:
   every article is stored exactly once.

    .venv/bin/python bench/robustness.py
"""

from __future__ import annotations

import hashlib
import io
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import datasets_dir
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def _newsdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk.cli", *args], capture_output=True, text=True)


def _ecb_docs(count: int) -> list[dict]:
    with (datasets_dir() / "ecbplus" / "dev.jsonl").open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    return [{"id": d["id"], "text": d["text"]} for d in docs[:count]]


def _bad_folder(root: Path) -> None:
    good = _ecb_docs(20)
    lines = [json.dumps(d) for d in good[:10]]
    lines.insert(5, '{"id": "broken-line", "text": "no closing quote}')
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (root / "empty.txt").write_bytes(b"")
    (root / "latin1.txt").write_bytes(("Grève au port\n\nLes dockers du port ont cessé le travail mercredi, "
                                       "a déclaré le syndicat. " * 4).encode("latin-1"))
    with (root / "huge.txt").open("wb") as handle:
        handle.write(b"lorem ipsum " * (50 * 1024 * 1024 // 12))
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for d in good[10:13]:
        html = f"<html><body><article><p>{d['text']}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://ecb.example/{d['id']}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    data = buffer.getvalue()
    (root / "crawl.warc.gz").write_bytes(data[: int(len(data) * 0.8)])


def bad_input() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        inbox, out = Path(tmp) / "inbox", Path(tmp) / "out"
        inbox.mkdir()
        _bad_folder(inbox)
        done = _newsdesk("run", str(inbox), "--out", str(out), "-q")
        rejected = [json.loads(l) for l in (out / "rejected.jsonl").read_text().splitlines()]
        articles = [json.loads(l) for l in (out / "articles.jsonl").read_text().splitlines()]
    latin = next((a for a in articles if a["id"] == "latin1.txt"), None)
    lines = ["### Bad input", "", f"`newsdesk run` on a folder of good and bad items: exit status "
             f"**{done.returncode}**, {len(articles)} articles stored.", "",
             "| item | line | reason |", "|---|---:|---|"]
    for r in rejected:
        item = r.get("id") or Path(r["path"]).name
        lines.append(f"| {item} | {r['line'] if r['line'] is not None else ''} | {r['reason']} |")
    lines.append(f"| latin1.txt | | decoded and stored: {'yes' if latin else 'NO'}"
                 f"{', language ' + latin['language'] if latin else ''} |")
    return lines + [""]


def _digest(folder: Path) -> str:
    return hashlib.sha256(b"".join((folder / n).read_bytes() for n in ("articles.jsonl", "events.jsonl"))).hexdigest()


def idempotency() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_text("".join(json.dumps(d) + "\n" for d in _ecb_docs(772)), encoding="utf-8")
        out = Path(tmp) / "out"
        _newsdesk("run", str(feed), "--out", str(out), "-q")
        first = _digest(out)
        second_run = _newsdesk("run", str(feed), "--out", str(out))
        second = _digest(out)
    summary = second_run.stderr.strip().splitlines()[-2] if second_run.stderr.strip() else ""
    return ["### Idempotency", "",
            f"ECB+ dev (772 documents) run twice into one store: output identical: "
            f"**{'yes' if first == second else 'NO'}**; second run: `{summary}`", ""]


def crash_safety(total: int = 5000) -> list[str]:
    docs = _ecb_docs(772)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_text("".join(json.dumps({"id": f"c{n:05d}", "text": docs[n % len(docs)]["text"] + f"\n\nItem {n}."})
                                + "\n" for n in range(total)), encoding="utf-8")
        db = Path(tmp) / "store.db"
        command = [sys.executable, "-m", "newsdesk.cli", "ingest", str(feed), "--db", str(db), "-q"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        at_kill = 0
        while process.poll() is None and at_kill < total // 3:
            time.sleep(0.05)
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    at_kill = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                pass
        process.send_signal(signal.SIGKILL)
        process.wait()
        resumed = subprocess.run(command, capture_output=True, text=True)
        with sqlite3.connect(db) as conn:
            stored, distinct = conn.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    rejected = sum(1 for line in resumed.stderr.splitlines() if line.startswith("rejected "))
    return ["### Crash safety", "",
            f"Ingest of {total} articles killed with SIGKILL after {at_kill} were committed; run again "
            f"(exit {resumed.returncode}): **{stored}** rows, {distinct} distinct ids, {rejected} rejected "
            f"with a reason; stored + rejected = {stored + rejected} of {total}.", ""]


def run() -> str:
    return "\n".join(["## Robustness", "", *bad_input(), *idempotency(), *crash_safety()])


if __name__ == "__main__":
    print(run())
