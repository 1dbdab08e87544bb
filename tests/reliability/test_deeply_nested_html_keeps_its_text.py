"""HTML nested deeper than libxml2 parses (256 levels: 300 nested <div>s, or 400 <font> tags an old
page never closed) kept none of its text: the parser stops at that depth and drops the rest of the
page, so the import said "no article text found". Such a page is read as text instead."""

from __future__ import annotations

import time

import pytest
from hostile_counts import exercised

from reader.clean import clean

EN = [
    "The harbour authority approved a new budget on Monday after two years of debate among its members.",
    "Work on the northern quay will start in March and is expected to take about eighteen months.",
    "Residents had asked for a safer crossing since a cyclist was injured near the old bridge last spring.",
]
DE = [
    "Der Stadtrat hat am Montag nach zwei Jahren Streit einen neuen Radweg am Fluss beschlossen.",
    "Die Arbeiten sollen im März beginnen und etwa achtzehn Monate dauern, teilte die Verwaltung mit.",
    "Anwohner hatten seit einem Unfall an der alten Brücke im vergangenen Frühjahr einen sicheren Übergang gefordert.",
]


def _page(opening: str, closing: str, paragraphs: list[str], title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body>{opening}<article>{body}</article>{closing}</body></html>"


CASES = {
    "300 nested divs": ("<div>" * 300, "</div>" * 300),
    "400 unclosed font tags": ('<font face="Arial">' * 400, ""),
    "200 unclosed b-i pairs": ("<b><i>" * 200, ""),
    "100,000 nested divs": ("<div>" * 100_000, "</div>" * 100_000),
}


@pytest.mark.parametrize(("opening", "closing"), CASES.values(), ids=CASES.keys())
@pytest.mark.parametrize("paragraphs", [EN, DE], ids=["en", "de"])
def test_a_page_nested_too_deep_keeps_its_article(opening: str, closing: str, paragraphs: list[str]) -> None:
    exercised("strings", 1)
    started = time.perf_counter()
    result = clean(_page(opening, closing, paragraphs, "Quay report"), "html")
    assert time.perf_counter() - started < 20
    for p in paragraphs:
        assert p in result.text, result.text[:300]
    assert "<" not in result.text and "font" not in result.text


def test_a_page_within_the_depth_limit_is_read_as_before() -> None:
    exercised("strings", 1)
    result = clean(_page("<div>" * 100, "</div>" * 100, EN, "Quay report"), "html")
    assert all(p in result.text for p in EN) and "fallback" not in result.flags


@pytest.mark.parametrize("paragraphs", [EN, DE], ids=["en", "de"])
def test_a_deep_page_without_the_optional_head_end_tag_keeps_its_article(paragraphs: list[str]) -> None:
    """HTML lets a page leave out </head> (old pages with unclosed <font> tags often do): read as
    text, everything after <head> was dropped with it, and the page kept no text at all."""
    exercised("strings", 1)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>Quay report</title><body>{'<font>' * 400}{body}</body></html>"
    result = clean(page, "html")
    assert all(p in result.text for p in paragraphs), result.text[:300]
    assert result.title == "Quay report" and "Quay report" not in result.text
