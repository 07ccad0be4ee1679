"""Reconciliation and briefs (issue 5): citation integrity, claim statuses, coverage, cost.

Each data set goes through `Desk.run` into a fresh store; then every event is
checked with `newsdesk.brief.check_event` (quotes equal the text they point
at; every number, name and date of a brief sentence is in its cited spans; no
claim corroborated by copies alone; contested claims name existing claims).

Coverage (NewsWCL50): of the reconciled claims that three or more independent
outlets state (counts, places, times, actors), the share whose support lies
inside a span some brief sentence cites.

Cost: the run is timed in three parts: ingest + facts, export with events
described only (`describe_event`), and the same with reconciliation and brief
(`Desk.events`). The share reconciliation and brief add is their extra time
over the whole run.

    .venv/bin/python bench/run.py briefs
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import datasets_dir

from newsdesk import Desk
from newsdesk.brief import check_event
from newsdesk.events import describe_event

DATASETS = {
    "seeds": "seeds/seeds.jsonl",
    "NewsWCL50": "newswcl50/docs.jsonl",
    "ECB+ dev": "ecbplus/dev.jsonl",
}


def evaluate(name: str, path: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp, Desk(Path(tmp) / "store.db") as desk:
        started = time.perf_counter()
        desk.ingest([str(path)])
        desk.extract_facts()
        ingest_and_facts = time.perf_counter() - started
        started = time.perf_counter()
        described = [describe_event(i, arts, desk._profile(i)) for i, arts in desk.store.iter_event_groups()]
        describe_only = time.perf_counter() - started
        started = time.perf_counter()
        events = list(desk.events())
        full = time.perf_counter() - started
        articles = list(desk.articles())
    texts = {a.id: a.text for a in articles}
    originals = {a.id: a.duplicate_of or a.id for a in articles}
    problems = [p for e in events for p in check_event(e, texts, originals)]
    statuses = Counter(c.status for e in events for c in e.claims)
    claims = sum(statuses.values())
    extra = max(0.0, full - describe_only)
    return {
        "name": name, "articles": len(articles), "events": len(events), "described": len(described),
        "problems": problems, "claims_per_event": claims / len(events) if events else 0.0,
        "statuses": {s: statuses[s] / claims if claims else 0.0
                     for s in ("corroborated", "contested", "single_source")},
        "brief_mean": statistics.mean(len(e.brief) for e in events) if events else 0.0,
        "brief_range": (min(len(e.brief) for e in events), max(len(e.brief) for e in events)) if events else (0, 0),
        "coverage": _coverage(events, originals),
        "seconds": ingest_and_facts + full, "extra": extra,
        "extra_share": extra / (ingest_and_facts + describe_only + extra),
    }


def _coverage(events: list, originals: dict[str, str]) -> tuple[int, int]:
    """(covered, total) claims stated by three or more independent sources."""
    covered = total = 0
    for event in events:
        cited = [(s.article_id, s.start, s.end) for sentence in event.brief for s in sentence.sources]
        for claim in event.claims:
            if claim.kind == "statement" or len({originals[s.article_id] for s in claim.support}) < 3:
                continue
            total += 1
            covered += any(a == s.article_id and b <= s.start and s.end <= e
                           for s in claim.support for a, b, e in cited)
    return covered, total


def run() -> str:
    results = [evaluate(name, datasets_dir() / rel) for name, rel in DATASETS.items()]
    lines = ["## Reconciliation and briefs (issue 5)", "",
             "| data set | articles | events | citation problems | claims/event | corroborated | contested | "
             "single source | brief sentences (mean, min-max) | facts by >=3 outlets covered | "
             "reconcile + brief share of run |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        covered, total = r["coverage"]
        share = f"{covered}/{total} = {covered / total:.2f}" if total else "n/a"
        s = r["statuses"]
        lines.append(f"| {r['name']} | {r['articles']} | {r['events']} | **{len(r['problems'])}** | "
                     f"{r['claims_per_event']:.1f} | {s['corroborated']:.2f} | {s['contested']:.2f} | "
                     f"{s['single_source']:.2f} | {r['brief_mean']:.1f} ({r['brief_range'][0]}-{r['brief_range'][1]}) | "
                     f"{share} | {r['extra']:.1f} s of {r['seconds']:.1f} s = **{r['extra_share']:.1%}** |")
    for r in results:
        if r["problems"]:
            lines += ["", f"First citation problems in {r['name']}:", ""]
            lines += [f"- {p}" for p in r["problems"][:5]]
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
