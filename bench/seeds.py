"""Seeds: furniture removal, titles and language on the two hand-labelled seed pages.

The seed .txt files go through the whole desk (`Desk.run`), and the
clean text is checked line by line against ../shared/datasets/seeds/expected.json.

    .venv/bin/python bench/seeds.py
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from common import datasets_dir

from newsdesk import Desk


def evaluate() -> list[dict]:
    seeds = datasets_dir() / "seeds"
    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    files = [str(seeds / name) for name in expected["articles"]]
    with tempfile.TemporaryDirectory() as tmp, Desk(Path(tmp) / "store.db", workers=1) as desk:
        desk.ingest(files)
        articles = {a.id: a for a in desk.articles()}
    rows = []
    for name, labels in expected["articles"].items():
        lines = (seeds / name).read_text(encoding="utf-8").splitlines()
        article = articles[name]
        kept = {line.strip() for line in article.text.splitlines() if line.strip()}
        content = [lines[n - 1].strip() for n in labels["content_lines"] + labels.get("subheading_lines", [])]
        furniture = [lines[int(n) - 1].strip() for n in labels["furniture_lines"]]
        rows.append({
            "article": name,
            "content_kept": sum(line in kept for line in content),
            "content_total": len(content),
            "furniture_removed": sum(line not in kept for line in furniture),
            "furniture_total": len(furniture),
            "title_ok": article.title == lines[labels["title_line"] - 1].strip(),
            "language": article.language,
            "language_ok": article.language == labels["language"],
            "removed_lines": article.removed_lines,
        })
    return rows


def run() -> str:
    rows = evaluate()
    lines = ["## Seeds: furniture, title, language", "",
             "| article | content + sub-headings kept | furniture removed | title found | language | removed_lines |",
             "|---|---:|---:|---|---|---:|"]
    for r in rows:
        lines.append(f"| {r['article']} | {r['content_kept']}/{r['content_total']} | "
                     f"{r['furniture_removed']}/{r['furniture_total']} | {'yes' if r['title_ok'] else 'NO'} | "
                     f"{r['language']} | {r['removed_lines']} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
