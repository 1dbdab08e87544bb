"""The cleaner's pure helpers (metadata, paragraphs, URLs, boilerplate, promotion lines) take any text
without raising: random lines built from what the rules react to (dates, bylines, datelines, URLs,
markup, controls, scripts of several languages). Short runs, so the suite stays fast."""

from __future__ import annotations

from hostile_counts import exercised
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.clean import clean
from reader.clean.boilerplate import consent_terms, has_boilerplate
from reader.clean.html_filter import drop_promo_lines, is_promo_line, strip_glued_tail
from reader.clean.metadata import (
    clean_byline,
    drop_title_echo,
    find_site,
    guess_language,
    is_copyright_line,
    is_date_line,
    parse_byline,
    parse_date,
    parse_dateline,
    read_date,
    usable_byline,
    usable_site,
    usable_title,
)
from reader.clean.page_url import clean_url, take_url_header, url_from_text
from reader.clean.paragraphs import is_junk_line, is_label_line, paragraphs_from_lines, text_paragraphs

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "By ",
    "Von ",
    "Par ",
    "Por ",
    "Door ",
    "Autor: ",
    "Anna Kurose",
    "Jan Kowalski",
    "Łódź",
    "Zürich",
    "PARIS (AFP) — ",
    "BERLIN, 3. März 2024 – ",
    "12 March 2024",
    "2024-03-12T10:00:00Z",
    "3/12/24",
    "hace 2 horas",
    "vor 3 Stunden",
    "il y a 5 minutes",
    "© 2024",
    "Copyright",
    "Updated:",
    "Aktualisiert",
    "https://news.example/a/b?c=1",
    "http://",
    "www.",
    "source: ",
    "[",
    "](",
    "<a href=",
    "&amp;",
    "|",
    "Share",
    "Teilen",
    "Partager",
    "Newsletter",
    "Cookies",
    "Subscribe",
    "Abo",
    "…",
    "»",
    "«",
    "„",
    "“",
    "\u202e",
    "\u200b",
    "\x1b[31m",
    "\x07",
    "\t",
    "  ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "—",
    "-",
    "•",
    "1.",
    "北京",
    "東京都",
    "Москва",
    "القاهرة",
    "שלום",
    "e\u0301",
    "👍🏽",
    "٣",
    "١٢",
    "ğ",
    "İ",
    "ß",
    "ﬁ",
]
LINE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=12).map("".join)
LINES = st.lists(LINE, max_size=12)
SITE = st.one_of(st.none(), LINE)


@FAST
@given(line=LINE, site=SITE, lang=st.sampled_from([None, "en", "de", "fr", "es", "pl", "nl", "xx"]))
def test_metadata_helpers_take_any_line(line: str, site: str | None, lang: str | None) -> None:
    exercised("strings", 1)
    parse_date(line)
    is_date_line(line)
    parse_dateline(line)
    parse_byline(line)
    clean_byline(line)
    guess_language(line)
    is_copyright_line(line)
    usable_site(line)
    usable_byline(line, site)
    usable_title(line, site)
    read_date(line, lang)


@FAST
@given(lines=LINES, title=SITE)
def test_paragraph_and_page_helpers_take_any_lines(lines: list[str], title: str | None) -> None:
    exercised("strings", 1)
    text = "\n".join(lines)
    paragraphs_from_lines(lines)
    text_paragraphs(text)
    find_site(lines)
    drop_title_echo(title, lines)
    drop_promo_lines(lines)
    for line in lines:
        is_junk_line(line)
        is_label_line(line)
        is_promo_line(line)
        strip_glued_tail(line)
        has_boilerplate(line)
        consent_terms(line)
    take_url_header(text)
    url_from_text(text)
    clean_url(title, None)
    clean_url(title, "https://news.example/dir/page")


@settings(FAST, max_examples=25)
@given(lines=LINES, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_clean_takes_pages_made_of_any_lines(lines: list[str], fmt: str) -> None:
    exercised("strings", 1)
    raw = "\n".join(lines)
    if fmt == "html":
        raw = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    result = clean(raw, fmt)
    assert isinstance(result.text, str)
