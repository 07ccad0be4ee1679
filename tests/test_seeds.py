"""The two seed pages through the whole desk: furniture out, content kept, title, language, date."""

from __future__ import annotations

import json

import pytest

from newsdesk import Desk


@pytest.fixture
def seeds(datasets, tmp_path):
    folder = datasets / "seeds"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    with Desk(tmp_path / "store.db", workers=1) as desk:
        report = desk.ingest([str(folder / name) for name in expected["articles"]])
        assert report.rejected == []
        articles = {a.id: a for a in desk.articles()}
    return folder, expected, articles


def test_every_content_line_kept_and_every_furniture_line_gone(seeds):
    folder, expected, articles = seeds
    for name, labels in expected["articles"].items():
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        body = [line.strip() for line in articles[name].text.splitlines() if line.strip()]
        wanted = sorted(labels["content_lines"] + labels.get("subheading_lines", []))
        assert body == [lines[n - 1].strip() for n in wanted], name
        assert articles[name].removed_lines == len(labels["furniture_lines"]), name


def test_titles_and_language(seeds):
    folder, expected, articles = seeds
    for name, labels in expected["articles"].items():
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        assert articles[name].title == lines[labels["title_line"] - 1].strip()
        assert articles[name].language == labels["language"] == "en"


def test_seeds_jsonl_carries_the_publication_date(datasets, tmp_path):
    with Desk(tmp_path / "store.db", workers=1) as desk:
        desk.ingest([str(datasets / "seeds" / "seeds.jsonl")])
        dates = {(a.published, a.published_source) for a in desk.articles()}
    assert dates == {("2021-07-26", "input")}
