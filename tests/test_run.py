"""`newsdesk run` end to end: the batch contract, bad input, idempotency, crash safety, copies."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import main

from conftest import read_jsonl, story, write_jsonl

CONTRACT_ARTICLE_KEYS = {"id", "event_id", "language", "published", "published_source", "title", "text",
                         "source", "duplicate_of", "removed_lines"}
CONTRACT_EVENT_KEYS = {"event_id", "title", "date", "place", "article_ids", "sources", "independent_sources",
                       "claims", "brief"}


def run_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--workers", "1", "--quiet"])
    return result.exit_code, result.output


def test_bad_input_batch_rejects_each_bad_item_and_stores_the_rest(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "feed.jsonl").write_text(
        json.dumps({"id": "good-1", "text": story(1), "published": "2025-03-03"}) + "\n"
        + '{"id": "broken", "text": "unterminated\n'
        + json.dumps({"id": "good-2", "text": story(2, "fire"), "published": "2025-03-04"}) + "\n"
    )
    (inbox / "binary.html").write_bytes(b"\x00\x01\x02PK\x03\x04" * 500)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "latin1.txt").write_bytes(("Incendie au port\n\n" + "Le feu a détruit trois entrepôts du port "
                                        "mercredi soir, selon les pompiers de la ville. " * 3).encode("latin-1"))
    with (inbox / "huge.txt").open("wb") as handle:
        handle.write(b"word " * (10 * 1024 * 1024))
    code, output = run_cli("run", str(inbox), "--out", str(tmp_path / "out"))
    assert code == 0, output
    out = tmp_path / "out"
    articles = read_jsonl(out / "articles.jsonl")
    assert [a["id"] for a in articles] == ["good-1", "good-2", "latin1.txt"]
    assert "détruit" in articles[2]["text"] and articles[2]["language"] == "fr"
    rejected = read_jsonl(out / "rejected.jsonl")
    reasons = {(r.get("id") or Path(r["path"]).name): r for r in rejected}
    assert set(reasons) == {"feed.jsonl", "binary.html", "empty.txt", "huge.txt"}
    assert reasons["feed.jsonl"]["line"] == 2
    assert reasons["binary.html"]["reason"] == "binary content, not text"
    assert reasons["empty.txt"]["reason"] == "empty file"
    assert "too large" in reasons["huge.txt"]["reason"]
    assert "rejected" in output and "empty.txt" in output  # also on standard error


def test_output_follows_the_contract_and_is_sorted(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [
        {"id": "b", "text": story(2), "published": "2025-03-03T10:00:00Z", "source": "one.example"},
        {"id": "a", "text": story(1, "fire"), "url": "https://two.example/2025/03/02/fire.html"},
    ])
    code, output = run_cli("run", str(feed), "--out", str(tmp_path / "out"))
    assert code == 0, output
    articles = read_jsonl(tmp_path / "out" / "articles.jsonl")
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    assert [a["id"] for a in articles] == ["a", "b"]
    assert all(set(a) == CONTRACT_ARTICLE_KEYS for a in articles)
    assert all(set(e) == CONTRACT_EVENT_KEYS for e in events)
    assert [e["event_id"] for e in events] == sorted(e["event_id"] for e in events)
    by_id = {a["id"]: a for a in articles}
    assert (by_id["b"]["published"], by_id["b"]["published_source"]) == ("2025-03-03", "input")
    assert (by_id["a"]["published"], by_id["a"]["published_source"], by_id["a"]["source"]) == (
        "2025-03-02", "url", "two.example")
    assert {a["event_id"] for a in articles} == {e["event_id"] for e in events}
    assert (tmp_path / "out" / "claims.jsonl").exists()


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, output = run_cli("run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "nothing could be read" in output


def test_running_twice_changes_nothing(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": f"s{n}", "text": story(n)} for n in range(30)])
    out = tmp_path / "out"
    assert run_cli("run", str(feed), "--out", str(out))[0] == 0
    first = {name: (out / name).read_text() for name in ("articles.jsonl", "events.jsonl")}
    code, output = run_cli("run", str(feed), "--out", str(out))
    assert code == 0, output
    assert {name: (out / name).read_text() for name in first} == first
    assert len(read_jsonl(out / "articles.jsonl")) == 30


def test_wire_copies_point_to_the_earliest_original(tmp_path):
    wire = story(5, "ferry fire")
    reworded = wire.replace("worked through the night", "toiled overnight")
    feed = write_jsonl(tmp_path / "feed.jsonl", [
        {"id": "late-copy", "text": wire, "published": "2025-03-05", "source": "c.example"},
        {"id": "original", "text": wire, "published": "2025-03-03", "source": "a.example"},
        {"id": "rewrite", "text": reworded, "published": "2025-03-04", "source": "b.example"},
        {"id": "other", "published": "2025-03-04", "source": "b.example",
         "text": "Dock workers in Valmora walked out on Tuesday over unpaid overtime.\n\n"
                 "The union said the strike would last until the port authority opened talks."},
    ])
    assert run_cli("run", str(feed), "--out", str(tmp_path / "out"))[0] == 0
    articles = {a["id"]: a for a in read_jsonl(tmp_path / "out" / "articles.jsonl")}
    assert articles["original"]["duplicate_of"] is None
    assert articles["late-copy"]["duplicate_of"] == "original"
    assert articles["rewrite"]["duplicate_of"] == "original"
    assert articles["other"]["duplicate_of"] is None
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    wire_event = next(e for e in events if "original" in e["article_ids"])
    assert wire_event["article_ids"] == ["late-copy", "original", "rewrite"]
    assert wire_event["independent_sources"] == 1


def test_recurring_source_lines_are_removed_as_furniture(tmp_path):
    promo = "Get the Harbour Post app for breaking alerts"
    records = [{"id": f"hp{n}", "source": "harbour.example", "text": f"{story(n, 'storm')}\n\n{promo}"}
               for n in range(4)]
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    assert run_cli("run", str(feed), "--out", str(tmp_path / "out"))[0] == 0
    articles = {a["id"]: a for a in read_jsonl(tmp_path / "out" / "articles.jsonl")}
    # From the third article of the source on, the repeated line is known furniture.
    assert promo not in articles["hp2"]["text"] and promo not in articles["hp3"]["text"]
    assert articles["hp3"]["removed_lines"] >= 1


def test_killed_ingest_resumes_and_stores_every_article_once(tmp_path):
    total = 3000
    feed = write_jsonl(tmp_path / "big.jsonl", [{"id": f"k{n:05d}", "text": story(n)} for n in range(total)])
    db = tmp_path / "store.db"
    command = [sys.executable, "-m", "newsdesk.cli", "ingest", str(feed), "--db", str(db), "--workers", "2", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored_before_kill = _wait_for_some_rows(db, process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < stored_before_kill < total, "the kill must land in the middle of the ingest"
    assert _wait_until_no_process_mentions(str(db)), "worker processes outlived the killed ingest"
    finished = subprocess.run(command, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
    assert len(ids) == total and len(set(ids)) == total


def _wait_until_no_process_mentions(text: str, timeout: float = 10.0) -> bool:
    """True once no running process has ``text`` in its command line (Linux /proc)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if text in cmdline.read_bytes().decode(errors="replace"):
                    alive.append(cmdline)
            except OSError:
                pass
        if not alive:
            return True
        time.sleep(0.2)
    return False


def _wait_for_some_rows(db: Path, process: subprocess.Popen, timeout: float = 120.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                if count > 0:
                    return count
            except sqlite3.OperationalError:
                pass
        time.sleep(0.02)
    return -1


def test_articles_without_a_known_source_share_no_furniture(tmp_path):
    # Four unrelated outlets' articles with no source or URL: their common
    # lines are not one site's template.
    shared = "Officials said more details would follow."
    records = [{"id": f"u{n}", "text": f"{story(n)}\n\n{shared}"} for n in range(4)]
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    assert run_cli("run", str(feed), "--out", str(tmp_path / "out"))[0] == 0
    articles = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert all(shared in a["text"] for a in articles)


def test_an_outlet_reprinting_a_short_story_keeps_its_text(tmp_path):
    short = "Port closed\n\nThe port was closed on Monday.\n\nShips waited offshore."
    records = [{"id": f"r{n}", "source": "harbour.example", "text": short} for n in range(4)]
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    code, output = run_cli("run", str(feed), "--out", str(tmp_path / "out"))
    assert code == 0, output
    articles = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert len(articles) == 4
    assert all("The port was closed on Monday." in a["text"] for a in articles)


def test_standard_input_is_read_as_jsonl(tmp_path):
    lines = "".join(json.dumps({"id": f"in{n}", "text": story(n)}) + "\n" for n in range(3)) + "{oops\n"
    result = CliRunner().invoke(main, ["run", "-", "--out", str(tmp_path / "out"), "--workers", "1", "-q"],
                                input=lines)
    assert result.exit_code == 0, result.output
    assert [a["id"] for a in read_jsonl(tmp_path / "out" / "articles.jsonl")] == ["in0", "in1", "in2"]
    assert read_jsonl(tmp_path / "out" / "rejected.jsonl") == [
        {"path": "<stdin>", "line": 4, "reason": "broken JSON at column 2: Expecting property name enclosed in double quotes"}]


def test_show_prints_the_cited_brief_and_escapes_article_text_in_html(tmp_path):
    hostile = "<script>alert('x')</script> Ferry fire"
    records = [
        {"id": "a", "title": hostile, "published": "2025-03-14", "source": "one.example",
         "text": "Forty passengers were evacuated on Friday after a fire broke out on a ferry near Piraeus, "
                 "the coast guard said. <img src=x onerror=alert(1)> The ferry was towed to port."},
        {"id": "b", "title": "Ferry fire near Piraeus", "published": "2025-03-14", "source": "two.example",
         "text": "At least 40 passengers were evacuated on Friday from a burning ferry near Piraeus, "
                 "officials said. Nobody was hurt."},
    ]
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(feed), "--out", str(out), "--workers", "1", "-q"]).exit_code == 0
    event_id = read_jsonl(out / "events.jsonl")[0]["event_id"]
    db = str(out / "newsdesk.db")
    markdown = CliRunner().invoke(main, ["show", event_id, "--db", db])
    assert markdown.exit_code == 0 and ("[a:" in markdown.output or "[b:" in markdown.output)
    html = CliRunner().invoke(main, ["show", event_id, "--db", db, "--format", "html"]).output
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    record = json.loads(CliRunner().invoke(main, ["show", event_id, "--db", db, "--format", "json"]).output)
    assert record["event_id"] == event_id and record["brief"]


def test_an_article_whose_facts_fail_is_reported_and_the_rest_go_on(tmp_path, monkeypatch):
    import newsdesk.facts.extract

    real = newsdesk.facts.extract.extract_findings

    def failing_for_b(fact_text, amounts=None):
        if fact_text.article_id == "b":
            raise ValueError("parser exploded")
        return real(fact_text, amounts)

    monkeypatch.setattr(newsdesk.facts.extract, "extract_findings", failing_for_b)
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": i, "text": story(n)} for n, i in enumerate("abc")])
    result = CliRunner().invoke(main, ["run", str(feed), "--out", str(tmp_path / "out"), "--workers", "1", "-q"])
    assert result.exit_code == 0
    assert "rejected b: facts of b not extracted" in result.output
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "rejected.jsonl")] == ["b"]
    assert "parser exploded" in read_jsonl(tmp_path / "out" / "rejected.jsonl")[0]["reason"]
    assert [a["id"] for a in read_jsonl(tmp_path / "out" / "articles.jsonl")] == ["a", "b", "c"]
    assert {c["article_id"] for c in read_jsonl(tmp_path / "out" / "claims.jsonl")} == {"a", "c"}


def test_export_notes_articles_still_without_claims(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "a", "text": story(1)}])
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(main, ["ingest", str(feed), "--db", db, "--workers", "1", "-q"]).exit_code == 0
    exported = CliRunner().invoke(main, ["export", "--db", db, "--out", str(tmp_path / "out")])
    assert exported.exit_code == 0 and "1 article(s) have no claims yet" in exported.output
    assert CliRunner().invoke(main, ["facts", "--db", db, "--workers", "1", "-q"]).exit_code == 0
    again = CliRunner().invoke(main, ["export", "--db", db, "--out", str(tmp_path / "out")])
    assert "no claims yet" not in again.output and read_jsonl(tmp_path / "out" / "claims.jsonl")


def test_worker_processes_run_native_libraries_on_one_thread():
    """The desk's workers fill the cores themselves; a BLAS pool of two threads in each would spin."""
    probe = ("import os, numpy\n"
             "from threadpoolctl import threadpool_info\n"
             "from newsdesk.desk import _exit_with_parent\n"
             "_exit_with_parent(os.getppid())\n"
             "print(max(pool['num_threads'] for pool in threadpool_info()))\n")
    env = {**os.environ, "OMP_NUM_THREADS": "2", "OPENBLAS_NUM_THREADS": "2"}
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert found.stdout.strip() == "1"


def test_help_does_not_load_the_pipeline_libraries():
    # `newsdesk --help` and `import newsdesk` took over a second when they loaded SciPy, spaCy and trafilatura.
    probe = ("import sys; from click.testing import CliRunner; import newsdesk; from newsdesk.cli import main; "
             "assert CliRunner().invoke(main, ['--help']).exit_code == 0; "
             "print(sorted(m for m in ('scipy', 'spacy', 'datasketch', 'trafilatura') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_the_package_still_offers_the_desk():
    import newsdesk

    assert newsdesk.Desk is __import__("newsdesk.desk", fromlist=["Desk"]).Desk
    with pytest.raises(AttributeError):
        newsdesk.NoSuchThing  # noqa: B018


def test_one_blas_thread_limits_numpy_even_when_entered_before_numpy_is_loaded():
    # the facts step enters it before spaCy has imported numpy; a pool it missed spun a second core all run long
    probe = ("from newsdesk.blas import one_blas_thread\n"
             "with one_blas_thread():\n"
             "    from threadpoolctl import threadpool_info\n"
             "    print(max(p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas'))\n")
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")}
    threads = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env).stdout
    assert threads.strip() == "1"
