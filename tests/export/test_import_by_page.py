"""An export whose article text has changed since (fixed by hand with `reader body`, or cleaned
again) still finds its article: the one cleaned from the same saved page (JSONL page_hash, W3C
reader:page); its tags are placed by their words. Another page at the same address is not that
article. Invented text, Swedish and Romanian; the importing library on both backends."""

from __future__ import annotations

import pytest

from reader.export import export
from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store

FORMATS = {"jsonl": "out.jsonl", "w3c": "out.json"}
URL = "https://example.org/nyheter/hamnen"
TEXT = (
    "Kommunalrådet Elsa Lindqvist sade att hamnen i Norrvik fick 30 miljoner kronor.\n\n"
    "Primarul Ion Vlăduț a spus că Valea Mare a primit 4 milioane de lei."
)
FIXED = "Rättelse: siffran gällde 2024.\n\n" + TEXT  # a paragraph the cleaner missed, put back by hand


def _source(tmp_path) -> Store:  # noqa: ANN001
    src = Store(tmp_path / "source.db")
    src.add_article(CleanResult(text=TEXT, url=URL), "raw", URL, "text")
    for quote, label in (("Elsa Lindqvist", "PERSON"), ("Norrvik", "PLACE"), ("Ion Vlăduț", "PERSON")):
        start = TEXT.index(quote)
        src.add_annotation(1, label, start, start + len(quote), annotator="kim")
    return src


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_article_is_found_by_its_page_when_its_text_changed(tmp_path, store, fmt):
    src = _source(tmp_path)
    path = tmp_path / FORMATS[fmt]
    export(src, fmt, path)
    aid = store.add_article(CleanResult(text=FIXED, url=URL), "raw", URL, "text").article_id
    report = import_annotations(store, path, fmt)
    assert report.problems == [] and report.added == 3
    got = sorted((a.label, a.text, FIXED[a.start : a.end]) for a in store.annotations(aid))
    assert got == sorted((a.label, a.text, a.text) for a in src.annotations(1))
    src.close()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_another_page_at_the_same_address_is_not_the_article(tmp_path, store, fmt):
    src = _source(tmp_path)
    path = tmp_path / FORMATS[fmt]
    export(src, fmt, path)
    store.add_article(CleanResult(text=FIXED, url=URL), "the page saved an hour later", URL, "text")
    report = import_annotations(store, path, fmt)
    assert report.added == 0 and len(report.problems) == 1
    assert "no article with this text" in report.problems[0] and "--map" in report.problems[0]
    src.close()
