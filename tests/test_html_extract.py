"""Main text and metadata out of HTML pages (newsdesk.clean.html)."""

from __future__ import annotations

import random

import pytest

from newsdesk.clean.html import MAX_HTML_CHARS, ExtractionError, PageExtract, extract_page

PARAGRAPHS = [
    "Forty passengers were evacuated on Monday after a fire broke out on a ferry near the harbour, "
    "the coast guard said in a statement.",
    "Two rescue boats reached the burning vessel within minutes of the distress call, and all "
    "passengers were brought ashore without injuries, according to the port authority.",
    "Investigators are examining the engine room, where the fire is believed to have started "
    "shortly after the ferry left the quay on its morning crossing.",
]


def page(
    *,
    head: str = "",
    body_extra: str = "",
    article: str | None = None,
    html_attrs: str = ' lang="en"',
) -> str:
    """A news page with navigation, a sidebar, a footer and a script around the article."""
    article = article if article is not None else "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html{html_attrs}><head><meta charset="utf-8">{head}
<script>var tracker = "NAVSCRIPT tracking code";</script></head>
<body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport section</a></li></ul></nav>
<main><article><h1>Ferry fire forces evacuation</h1>{article}</article>
<aside class="sidebar"><h3>Most popular</h3><ul><li><a href="/a">Celebrity chef opens restaurant</a></li>
<li><a href="/b">Weather warning for the weekend</a></li></ul></aside></main>
{body_extra}
<footer class="site-footer"><p>Contact us | Privacy policy | Terms of use | FOOTERTEXT</p></footer>
</body></html>"""


def test_body_is_kept_and_title_found() -> None:
    result = extract_page(page(head="<title>Ferry fire forces evacuation | Harbour News</title>"))
    assert isinstance(result, PageExtract)
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text
    assert result.title == "Ferry fire forces evacuation"
    # the headline is the title, not the first line of the body
    assert not result.text.startswith("Ferry fire forces evacuation")


def test_og_title_wins_and_site_name_is_stripped() -> None:
    head = ('<title>Old title</title><meta property="og:title" content="Ferry fire - Harbour News">'
            '<meta property="og:site_name" content="Harbour News">')
    result = extract_page(page(head=head))
    assert result.title == "Ferry fire"
    assert result.source == "Harbour News"


def test_navigation_footer_and_scripts_are_dropped() -> None:
    text = extract_page(page()).text
    for furniture in ("World news", "Sport section", "Celebrity chef", "FOOTERTEXT", "NAVSCRIPT", "Privacy"):
        assert furniture not in text


def test_furniture_lines_inside_the_article_are_dropped() -> None:
    article = (
        f"<p>{PARAGRAPHS[0]}</p><p>Related: Storm closes the harbour for two days</p>"
        f"<p>{PARAGRAPHS[1]}</p><p>Share this article</p>"
        f"<p>{PARAGRAPHS[2]}</p><p>Follow us on Twitter for more news from the coast</p>"
        "<p>Additional reporting by Jane Doe</p>"
    )
    text = extract_page(page(article=article)).text
    assert text.splitlines() == PARAGRAPHS


def test_article_split_into_chunks_is_joined() -> None:
    chunk = '<div class="body-chunk">{}</div>'
    article = (
        chunk.format(f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>")
        + '<div class="ad-slot">Advertisement</div>'
        + chunk.format(f"<p>{PARAGRAPHS[2]}</p><p>The ferry operator said crossings would resume on "
                       "Wednesday once the inspection of the vessel is complete.</p>")
    )
    text = extract_page(page(article=article)).text
    assert PARAGRAPHS[0] in text and PARAGRAPHS[2] in text and "resume on Wednesday" in text


def test_date_from_meta_tag() -> None:
    head = '<meta property="article:published_time" content="2021-07-26T08:30:00+00:00">'
    result = extract_page(page(head=head), url="https://harbour.example/news/ferry-fire")
    assert (result.published, result.published_source) == ("2021-07-26", "html-meta")


def test_meta_date_wins_over_url_date() -> None:
    head = '<meta property="article:published_time" content="2021-07-25T22:00:00Z">'
    result = extract_page(page(head=head), url="https://harbour.example/2021/07/26/ferry-fire")
    assert (result.published, result.published_source) == ("2021-07-25", "html-meta")


def test_date_from_url_when_no_meta() -> None:
    result = extract_page(page(), url="https://harbour.example/2021/07/26/ferry-fire.html")
    assert (result.published, result.published_source) == ("2021-07-26", "url")
    result = extract_page(page(), url="https://harbour.example/stories/2019/nov/19/ferry")
    assert (result.published, result.published_source) == ("2019-11-19", "url")


def test_no_date_at_all() -> None:
    result = extract_page(page(), url="https://harbour.example/news/ferry-fire")
    assert (result.published, result.published_source) == (None, None)


def test_language_canonical_url_and_site() -> None:
    head = ('<link rel="canonical" href="/news/ferry-fire">'
            '<meta property="og:site_name" content="@HarbourNews">')
    result = extract_page(page(head=head, html_attrs=' lang="EN-gb"'),
                          url="https://harbour.example/news/ferry-fire?utm_source=feed")
    assert result.language == "en"
    assert result.url == "https://harbour.example/news/ferry-fire"
    assert result.source == "HarbourNews"
    no_hints = extract_page(page(html_attrs=""), url="https://harbour.example/a")
    assert (no_hints.language, no_hints.url, no_hints.source) == (None, "https://harbour.example/a", None)


def test_language_from_meta_when_html_has_none() -> None:
    head = '<meta http-equiv="Content-Language" content="de-AT">'
    assert extract_page(page(head=head, html_attrs="")).language == "de"


def test_hostile_script_content_stays_out() -> None:
    hostile = (
        '<script>document.write("<p>INJECTED paragraph that looks like news text, long enough '
        'to be kept by an extractor that reads scripts.</p>");</script>'
        '<script type="application/ld+json">{"articleBody": "INJECTED json body"}</script>'
        "<script>var s = '</p><p>INJECTED after a fake closing tag';</script>"
        "<style>p::after { content: 'INJECTED style'; }</style>"
        "<noscript><p>INJECTED noscript text asking to enable JavaScript in the browser</p></noscript>"
    )
    article = f"<p>{PARAGRAPHS[0]}</p>{hostile}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    result = extract_page(page(article=article, body_extra=hostile))
    assert "INJECTED" not in result.text
    assert PARAGRAPHS[1] in result.text


def test_fragment_and_broken_html() -> None:
    fragment = "".join(f"<p>{p}" for p in PARAGRAPHS)  # no <html>, no closing tags
    assert PARAGRAPHS[2] in extract_page(fragment).text
    broken = "<html><body><div><p>" + PARAGRAPHS[0] + "<div><span><p>" + PARAGRAPHS[1] + "</td></tr>"
    assert PARAGRAPHS[1] in extract_page(broken).text


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "empty document"),
        ("  \n\t ", "empty document"),
        (random.Random(7).randbytes(6000).decode("latin-1"), "binary"),
        (random.Random(8).randbytes(6000).decode("utf-8", "replace"), "binary"),
        ("<html><head><title>Nothing</title></head><body><script>var a = 1;</script></body></html>",
         "no main text"),
        ("<html><body><!-- only a comment --></body></html>", "no main text"),
    ],
)
def test_unusable_input_raises_extraction_error(html: str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason):
        extract_page(html)


def test_wrong_types_and_oversized_input_raise_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="bytes"):
        extract_page(b"<html><body><p>text</p></body></html>")  # type: ignore[arg-type]
    with pytest.raises(ExtractionError, match="expected HTML as str"):
        extract_page(None)  # type: ignore[arg-type]
    with pytest.raises(ExtractionError, match="too large"):
        extract_page("<p>" + "a" * MAX_HTML_CHARS)
    assert issubclass(ExtractionError, ValueError)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + "<div>" * 3000 + PARAGRAPHS[0] + "</div>" * 3000 + "</body></html>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>' + PARAGRAPHS[0] + "</p></body></html>",
        "<html><body><p>" + PARAGRAPHS[0] + "\x00\ud800&#xffffffff;&#0;</p></body></html>",
        '<html lang="@@"><head><link rel="canonical" href="http://[::1"><meta property="og:url" '
        'content="javascript:alert(1)"></head><body><p>' + PARAGRAPHS[0] + "</p></body></html>",
        "<html><frameset><frame src='a.html'></frameset></html>",
        '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>',
        "just text, no markup at all, but a sentence nonetheless about a ferry",
        "<" * 5000,
    ],
)
def test_odd_input_gives_a_page_or_an_extraction_error(html: str) -> None:
    try:
        result = extract_page(html, url="http://[malformed")
    except ExtractionError as err:
        assert str(err)
    else:
        assert isinstance(result, PageExtract) and result.text


def test_a_text_field_that_kept_the_pages_tags_is_read_as_html():
    from newsdesk.clean.article import clean_item
    from newsdesk.model import RawItem

    tagged = ("<h1>Fire at Lyon market</h1><p>Two people were killed when a fire swept through a covered market "
              "in Lyon on Sunday.</p><script>alert('x')</script><p>The market will stay closed.</p>"
              "<img src=x onerror=alert(1)>")
    article = clean_item(RawItem(id="t", origin="feed.jsonl:1", text=tagged))
    assert article.title == "Fire at Lyon market"
    assert article.text.splitlines() == ["Two people were killed when a fire swept through a covered market in "
                                         "Lyon on Sunday.", "The market will stay closed."]
    plain = "In maths, 3 < 5 and 7 > 2, the teacher wrote on the board in Lyon on Monday."
    assert clean_item(RawItem(id="p", origin="feed.jsonl:2", text=plain)).text == plain


def test_a_text_field_of_markup_without_article_text_is_rejected():
    from newsdesk.clean.article import CleanError, clean_item
    from newsdesk.model import RawItem

    with pytest.raises(CleanError, match="HTML markup and no article text"):
        clean_item(RawItem(id="s", origin="feed.jsonl:3", text="<p></p><script>steal()</script>"))
