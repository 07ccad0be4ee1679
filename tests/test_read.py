"""Readers: every input form of the contract, and bad input named clearly."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.model import RawItem, Rejection
from newsdesk.read import iter_inputs

from conftest import write_jsonl


def make_warc(path: Path, pages: list[tuple[str, str]], gzipped: bool = True) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        for uri, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
    return path


PAGE = "<html><head><title>T{n}</title></head><body><article><p>" + "Paragraph text number {n}. " * 30 + "</p></article></body></html>"


def items(inputs: list[str]) -> tuple[list[RawItem], list[Rejection]]:
    found = list(iter_inputs(inputs))
    return [x for x in found if isinstance(x, RawItem)], [x for x in found if isinstance(x, Rejection)]


def test_jsonl_broken_line_is_rejected_with_its_line_number(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "One."}\n{"id": "b", "text": \n{"id": "c", "html": "<p>Two</p>"}\n'
                    '["not", "an", "object"]\n{"id": "d"}\n{"text": "no id"}\n')
    good, bad = items([str(feed)])
    assert [x.id for x in good] == ["a", "c"]
    assert [(r.line, r.path) for r in bad] == [(2, str(feed)), (4, str(feed)), (5, str(feed)), (6, str(feed))]
    assert "expected a JSON object" in bad[1].reason
    assert "neither 'text' nor 'html'" in bad[2].reason
    assert "missing 'id'" in bad[3].reason


def test_directory_ids_are_relative_paths_and_all_kinds_are_read(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "note.txt").write_text("A storm hit the coast on Monday.")
    (tmp_path / "page.html").write_text(PAGE.format(n=1))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    write_jsonl(tmp_path / "feed.jsonl", [{"id": "j1", "text": "Jsonl article."}])
    make_warc(tmp_path / "crawl.warc.gz", [("http://a.example/1", PAGE.format(n=2))])
    good, bad = items([str(tmp_path)])
    assert bad == []
    assert sorted(x.id for x in good) == ["http://a.example/1", "j1", "page.html", "sub/note.txt"]
    by_id = {x.id: x for x in good}
    assert by_id["page.html"].html and by_id["sub/note.txt"].text


def test_bad_files_are_rejected_by_name_and_latin1_is_decoded(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "latin1.txt").write_bytes("Le président est arrivé à Genève mercredi.".encode("latin-1"))
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.write(b"word " * (10 * 1024 * 1024))  # 50 MB
    good, bad = items([str(tmp_path)])
    assert [x.text for x in good] == ["Le président est arrivé à Genève mercredi."]
    reasons = {Path(r.path).name: r.reason for r in bad}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary content, not text"
    assert reasons["huge.txt"] == "too large: 50.0 MiB, the limit for one article is 5 MiB"


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path):
    pages = [(f"http://a.example/{n}", PAGE.format(n=n)) for n in range(3)]
    for gzipped, name in ((True, "crawl.warc.gz"), (False, "crawl.warc")):
        whole = make_warc(tmp_path / name, pages, gzipped).read_bytes()
        cut = tmp_path / f"cut-{name}"
        cut.write_bytes(whole[: int(len(whole) * 0.8)])
        good, bad = items([str(cut)])
        assert [x.id for x in good] == ["http://a.example/0", "http://a.example/1"]
        assert len(bad) == 1 and "truncated" in bad[0].reason


def test_missing_path_is_rejected(tmp_path):
    good, bad = items([str(tmp_path / "nope.jsonl")])
    assert good == [] and bad[0].reason == "no such file or directory"


def test_gzip_is_not_mistaken_for_text(tmp_path):
    (tmp_path / "packed.txt").write_bytes(gzip.compress(b"hello " * 1000))
    good, bad = items([str(tmp_path)])
    assert good == [] and bad[0].reason == "binary content, not text"


def test_html_page_in_a_declared_legacy_charset_is_decoded(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
            "<body><p>北京今天下雨，气温下降。</p></body></html>")
    (tmp_path / "page.html").write_bytes(page.encode("gb2312"))
    good, bad = items([str(tmp_path)])
    assert bad == [] and "北京今天下雨" in good[0].html
