"""The page's own URL: canonical link, og:url, JSON-LD in HTML; a URL header line in dumps and Markdown."""

import pytest

from reader.clean import clean_dump, clean_html, clean_markdown
from reader.clean.page_url import clean_url, url_from_html, url_from_text

BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "The council voted on Tuesday to approve the budget for next year after a long debate in the chamber.",
        "Members said the plan would cut spending on roads and raise money for schools across the county.",
    )
)


def _page(head: str) -> str:
    return f"<html><head><title>Budget</title>{head}</head><body><article>{BODY}</article></body></html>"


CANONICAL = '<link rel="canonical" href="https://news.example.com/a/1">'
OG = '<meta property="og:url" content="https://og.example.com/a/1">'
LD = '<script type="application/ld+json">{"@type":"NewsArticle","url":"https://ld.example.com/a/1"}</script>'
LD_MAIN = (
    '<script type="application/ld+json">[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle",'
    '"mainEntityOfPage":{"@type":"WebPage","@id":"https://ld.example.com/main/1"}}]</script>'
)


@pytest.mark.parametrize(
    ("head", "url"),
    [
        (CANONICAL + OG + LD, "https://news.example.com/a/1"),
        (OG + CANONICAL, "https://news.example.com/a/1"),
        (OG + LD, "https://og.example.com/a/1"),
        (LD, "https://ld.example.com/a/1"),
        (LD_MAIN, "https://ld.example.com/main/1"),
        ('<link rel="Canonical stylesheet" href="https://news.example.com/b">', "https://news.example.com/b"),
        ("", None),
    ],
)
def test_html_url_sources_in_order(head, url):
    assert clean_html(_page(head)).url == url


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="canonical" href="javascript:alert(1)">',
        '<link rel="canonical" href="ftp://example.com/a">',
        '<meta property="og:url" content="file:///etc/passwd">',
        '<script type="application/ld+json">{"url": "data:text/html,x"}</script>',
        '<script type="application/ld+json">{not json</script>',
    ],
)
def test_html_non_http_urls_are_refused(head):
    assert clean_html(_page(head)).url is None


def test_html_non_http_canonical_falls_through_to_og_url():
    assert (
        clean_html(_page('<link rel="canonical" href="mailto:x@y.z">' + OG)).url
        == "https://og.example.com/a/1"
    )


def test_html_relative_canonical_resolved_against_import_url():
    page = _page('<link rel="canonical" href="/politics/budget">')
    assert clean_html(page, url="https://example.org/x?y=1").url == "https://example.org/politics/budget"
    assert clean_html(page).url is None


def test_html_url_credentials_are_stripped():
    page = _page('<link rel="canonical" href="https://user:secret@example.com/a">')
    assert clean_html(page).url == "https://example.com/a"


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("https://example.com/a b", "https://example.com/a"),
        ("  HTTP://Example.com/a\u200b", "http://Example.com/a"),
        ("https://u:p@example.com:8080/a?b=1#c", "https://example.com:8080/a?b=1#c"),
        ("https://u@example.com/a", "https://example.com/a"),
        ("https://\x1b[2Jexample.com/a", "https://example.com/a"),
        ("https:///nohost", None),
        ("www.example.com", None),
        ("", None),
        (None, None),
    ],
)
def test_clean_url(raw, url):
    assert clean_url(raw) == url


@pytest.mark.parametrize(
    ("dump", "url"),
    [
        ("URL: https://example.com/news/1\n\nCouncil approves budget\n\nText.", "https://example.com/news/1"),
        ("Source: https://example.com/news/2\nTitle", "https://example.com/news/2"),
        ("Title: Budget\n\nURL Source: https://example.com/news/3\n\nText", "https://example.com/news/3"),
        ("Quelle: https://beispiel.de/artikel/4\nText", "https://beispiel.de/artikel/4"),
        ("https://example.com/news/5\n\nCouncil approves budget", "https://example.com/news/5"),
        ("<https://example.com/news/6>\nText", "https://example.com/news/6"),
        ("\n\n  Saved from: https://user:pw@example.com/news/7  \nText", "https://example.com/news/7"),
        # not a header: deep in the page, not http, or in a sentence
        ("Home\nNews\nSport\nWeather\nMore\nOne\nTwo\nURL: https://example.com/late", None),
        ("URL: ftp://example.com/x\nText", None),
        ("Read it at https://example.com/x today\nText", None),
        ("", None),
    ],
)
def test_url_from_text(dump, url):
    assert url_from_text(dump) == url


def test_dump_and_markdown_results_carry_the_header_url():
    text = (
        "URL: https://example.com/news/1\n\nCouncil approves budget\n\n"
        "The council voted on Tuesday to approve the budget for next year after a long debate in the chamber.\n\n"
        "Members said the plan would cut spending on roads and raise money for schools across the county."
    )
    assert clean_dump(text).url == "https://example.com/news/1"
    assert "https://example.com" not in clean_dump(text).text
    md = "---\nsource: https://example.com/md/1\n---\n\n# Budget\n\n" + text.split("\n\n", 1)[1]
    assert clean_markdown(md).url == "https://example.com/md/1"


def test_url_from_html_tolerates_broken_markup():
    assert (
        url_from_html("<html><head><link rel=canonical href='https://e.com/x'><body><p>unclosed <b>")
        == "https://e.com/x"
    )
    assert url_from_html("") is None
