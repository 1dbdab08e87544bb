"""W3C annotations written by a JavaScript tool (a browser annotator) count TextPositionSelector
offsets in UTF-16 code units, where an emoji or a rare CJK character is two; reader counts code
points. A selector whose offsets fit the quote only as UTF-16 units is placed there, not on another
occurrence of the same words nearer the raw number. Invented text, French and Chinese."""

from __future__ import annotations

import json

import pytest

from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store, content_hash

TEXT = "Le 👨‍👩‍👧‍👦👨‍👩‍👧‍👦 de Brest et Brest-Ouest : Brest a voté. 𠀋𠀋 王芳说王芳会来。"


def _utf16(i: int) -> int:
    return len(TEXT[:i].encode("utf-16-le")) // 2


def _page(quote: str, nth: int) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(quote, start + 1)
    selectors = [
        {"type": "TextQuoteSelector", "exact": quote},
        {"type": "TextPositionSelector", "start": _utf16(start), "end": _utf16(start + len(quote))},
    ]
    return {
        "type": "Annotation",
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": "PLACE" if quote == "Brest" else "PERSON"}
        ],
        "target": {"source": "urn:sha256:" + content_hash(TEXT), "selector": selectors},
    }


@pytest.mark.parametrize(("quote", "nth"), [("Brest", 0), ("Brest", 2), ("王芳", 0), ("王芳", 1)])
def test_utf16_offsets_place_the_right_occurrence(tmp_path, quote, nth):
    store = Store(tmp_path / "lib.db")
    store.add_article(CleanResult(text=TEXT), "raw", None, "text")
    path = tmp_path / "from-a-browser.json"
    path.write_text(json.dumps({"type": "AnnotationPage", "items": [_page(quote, nth)]}), encoding="utf-8")
    report = import_annotations(store, path, "w3c")
    assert report.problems == [] and report.added == 1
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(quote, start + 1)
    assert [(a.start, a.end) for a in store.annotations(1)] == [(start, start + len(quote))]
    store.close()
