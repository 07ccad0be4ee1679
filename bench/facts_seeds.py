"""Facts on the seeds: every labelled fact of expected.json, found or not, with its span.

Runs ../shared/datasets/seeds/seeds.jsonl through `Desk.run` and, for each
fact and source in expected.json, looks for a claim of the expected kind whose
quote equals the labelled span ("exact"), or whose span overlaps it and holds
the labelled value ("overlap"). Also lists which count claims are background.

    .venv/bin/python bench/run.py facts_seeds
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from common import datasets_dir

from newsdesk import Desk

# expected.json names facts; which claim kind each of them is.
FACT_KIND = {"people_count": "count", "officers_count": "count", "location": "place", "time": "time",
             "attribution": "statement", "care_given": "statement", "outcome": "statement"}


def evaluate() -> tuple[list[dict], list[dict]]:
    seeds = datasets_dir() / "seeds"
    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, Desk(Path(tmp) / "store.db", workers=1) as desk:
        desk.run([str(seeds / "seeds.jsonl")], Path(tmp) / "out")
        texts = {a.id: a.text for a in desk.articles()}
        claims = [c.to_dict() for c in desk.claims()]
    rows = []
    for fact in expected["facts"]:
        for article, label in fact.items():
            if article not in texts or not isinstance(label, dict):
                continue
            rows.append(_match(fact["fact"], article, label, texts[article], claims))
    counts = [c for c in claims if c["kind"] == "count"]
    return rows, counts


def _match(fact: str, article: str, label: dict, text: str, claims: list[dict]) -> dict:
    kind = FACT_KIND[fact]
    start = text.find(label["span"])
    end = start + len(label["span"])
    mine = [c for c in claims if c["article_id"] == article and c["kind"] == kind]
    exact = [c for c in mine if c["quote"] == label["span"]]
    overlap = [c for c in mine if start >= 0 and c["start"] < end and start < c["end"]]
    best = (exact or overlap or [None])[0]
    return {"fact": fact, "article": article, "span": label["span"], "exact": bool(exact),
            "overlap": bool(overlap), "claim": best}


def run() -> str:
    rows, counts = evaluate()
    exact = sum(r["exact"] for r in rows)
    overlap = sum(r["overlap"] for r in rows)
    lines = ["## Facts on the seeds (issue 4)", "",
             f"Labelled (fact, source) pairs of expected.json: **{len(rows)}**; found with the exact span "
             f"**{exact}**, found overlapping the span **{overlap}**.", "",
             "| fact | article | labelled span | exact | overlap | claim value |", "|---|---|---|---|---|---|"]
    for r in rows:
        value = json.dumps(r["claim"]["value"], ensure_ascii=False)[:70] if r["claim"] else "—"
        lines.append(f"| {r['fact']} | {r['article'][:3]} | {r['span'][:45]} | {'yes' if r['exact'] else 'no'} | "
                     f"{'yes' if r['overlap'] else 'no'} | `{value}` |")
    lines += ["", "Count claims and whether they are background (another incident):", "",
              "| article | quote | value | background |", "|---|---|---|---|"]
    for c in counts:
        value = {k: v for k, v in c["value"].items() if k in ("exact", "min", "max", "what", "role")}
        lines.append(f"| {c['article_id'][:3]} | {c['quote'][:45]} | `{json.dumps(value)}` | {c['background']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
