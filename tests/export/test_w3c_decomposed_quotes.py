"""A W3C annotation made on the original page by another tool may quote its words decomposed (e +
combining acute, as macOS file names and some pages write them) while reader stores its text
composed (NFC): the quote still finds its words. Invented text, French and Vietnamese."""

from __future__ import annotations

import json
import unicodedata

import pytest

from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store, content_hash

TEXT = "La maire Zoë Lefèvre a visité l'école de Trévoux. Ông Nguyễn Văn Đức nói rằng Huế cần 3 cây cầu."


@pytest.mark.parametrize(("quote", "label"), [("Zoë Lefèvre", "PERSON"), ("Trévoux", "PLACE"),
                                               ("Nguyễn Văn Đức", "PERSON"), ("Huế", "PLACE")])  # fmt: skip
def test_a_decomposed_quote_finds_its_composed_words(tmp_path, quote, label):
    store = Store(tmp_path / "lib.db")
    store.add_article(CleanResult(text=TEXT), "raw", None, "text")
    start = TEXT.index(quote)
    nfd = unicodedata.normalize("NFD", TEXT)
    item = {
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": label}],
        "target": {
            "source": "urn:sha256:" + content_hash(TEXT),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": unicodedata.normalize("NFD", quote),
                    "prefix": nfd[: len(unicodedata.normalize("NFD", TEXT[:start]))][-20:],
                },
                # offsets counted in the decomposed text, as that tool saw it
                {"type": "TextPositionSelector", "start": len(unicodedata.normalize("NFD", TEXT[:start]))},
            ],
        },
    }
    path = tmp_path / "other-tool.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    report = import_annotations(store, path, "w3c")
    assert report.problems == [] and report.added == 1
    assert [(a.start, a.end, a.text) for a in store.annotations(1)] == [(start, start + len(quote), quote)]
    store.close()
