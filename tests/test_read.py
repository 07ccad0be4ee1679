"""Readers: every input form of the contract, and bad input named clearly."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

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


# -- feeds and web addresses ------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Coast Watch</title><link>https://coastwatch.example/</link><language>en-gb</language>
<item><title>Ferry catches fire off Kos</title><link>https://coastwatch.example/ferry-fire</link>
<guid isPermaLink="false">cw-0001</guid><pubDate>Mon, 03 Mar 2025 09:30:00 GMT</pubDate>
<description>A ferry caught fire.</description>
<content:encoded><![CDATA[<p>A ferry caught fire off Kos on Monday.</p><script>alert(1)</script>
<p onclick="steal()">All 212 passengers were taken off by the coastguard.</p>]]></content:encoded></item>
<item><title>No text here</title><guid>cw-0002</guid></item>
<item><title>Port reopens</title><link>https://coastwatch.example/port</link>
<description>The port of Kos reopened on Tuesday.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Vigile</title><id>urn:levigile</id>
<updated>2025-03-03T12:00:00Z</updated>
<entry><id>urn:levigile:1</id><title>Incendie d'un ferry au large de Kos</title>
<link href="https://levigile.example/ferry"/><updated>2025-03-03T11:00:00Z</updated>
<content type="text">Un ferry a pris feu lundi au large de Kos.</content></entry></feed>"""


def test_rss_and_atom_entries_are_articles_and_an_entry_without_text_is_rejected(tmp_path):
    (tmp_path / "coastwatch.rss").write_text(RSS)
    (tmp_path / "levigile.atom").write_text(ATOM)
    good, bad = items([str(tmp_path)])
    by_id = {item.id: item for item in good}
    assert sorted(by_id) == ["cw-0001", "https://coastwatch.example/port", "urn:levigile:1"]
    ferry = by_id["cw-0001"]
    assert (ferry.title, ferry.url, ferry.published, ferry.language) == (
        "Ferry catches fire off Kos", "https://coastwatch.example/ferry-fire", "2025-03-03T09:30:00Z", "en")
    assert "All 212 passengers" in ferry.html  # the full text, not the one-line description
    assert "alert" not in ferry.html and "steal" not in ferry.html  # scripts and handlers are cleaned out
    french = by_id["urn:levigile:1"]
    assert (french.text, french.html, french.language) == ("Un ferry a pris feu lundi au large de Kos.", None, "fr")
    assert [(r.path, r.reason) for r in bad] == [
        (str(tmp_path / "coastwatch.rss") + "#entry-2", "feed entry 'cw-0002' has no text")]


def test_a_broken_or_binary_feed_file_is_rejected_by_name(tmp_path):
    (tmp_path / "cut.rss").write_text("<rss><channel><item><title>Cut short")
    (tmp_path / "broken.rss").write_text('{"not": "a feed"}')
    (tmp_path / "image.atom").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "ok.txt").write_text("Storm hits the coast on Monday.")
    good, bad = items([str(tmp_path)])
    assert [item.id for item in good] == ["ok.txt"]
    reasons = {Path(r.path).name: r.reason for r in bad}
    assert reasons["broken.rss"].startswith("not an RSS or Atom feed")
    assert reasons["cut.rss#entry-1"] == "feed entry 'cut.rss#entry-1' has no text"  # what could be read, was
    assert reasons["image.atom"] == "binary data, not a feed"


def test_web_addresses_give_a_feeds_entries_or_a_page_and_failures_are_named(local_server):
    good, bad = items([local_server + "/feed", local_server + "/page.html", local_server + "/missing",
                       "http://127.0.0.1:9/closed", "http://127.0.0.1:port/"])
    assert [item.id for item in good] == ["cw-0001", "https://coastwatch.example/port", local_server + "/page.html"]
    assert "Paragraph text number 1." in good[-1].html and good[-1].url == local_server + "/page.html"
    assert [r.path for r in bad] == [local_server + "/feed#entry-2", local_server + "/missing",
                                     "http://127.0.0.1:9/closed", "http://127.0.0.1:port/"]
    assert bad[1].reason == "cannot fetch: HTTP 404 Not Found"
    assert bad[2].reason.startswith("cannot fetch: ")
    assert bad[3].reason == "cannot fetch: nonnumeric port: 'port'"


@pytest.fixture
def local_server():
    import http.server
    import threading

    routes = {"/feed": ("application/rss+xml", RSS.encode()), "/page.html": ("text/html", PAGE.format(n=1).encode())}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path not in routes:
                self.send_error(404, "Not Found")
                return
            content_type, body = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_jsonl_text_field_of_control_bytes_is_rejected_by_name():
    import io

    from newsdesk.read.jsonl import iter_jsonl
    lines = io.BytesIO(b'{"id": "ok", "text": "Two people died."}\n{"id": "bin", "text": "\\u0000\\u0001data"}\n')
    items = list(iter_jsonl(lines, "feed.jsonl"))
    assert items[0].id == "ok"
    assert items[1].line == 2 and "'bin'" in items[1].reason and "binary data" in items[1].reason
