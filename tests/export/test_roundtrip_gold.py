"""The reviewer's gold set (`reader export --gold`) imports back as the gold set: into the library
it came from it is all duplicates (not copies in the reviewer's own layer), into another library it
is that library's gold set. Invented text, Portuguese and Czech; the importing library on both
backends."""

from __future__ import annotations

import pytest

from reader.export import ExportFilters, export
from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store

FORMATS = {"jsonl": "gold.jsonl", "brat": "brat", "w3c": "gold.json"}

TEXT = (
    "A vereadora Inês Baptista disse que Vila Serrana recebeu 7 milhões de euros.\n\n"
    "Starosta Radek Kubíček řekl, že Horní Lhota ušetřila 2 miliony korun."
)


def _tag(store: Store, quote: str, label: str, annotator: str) -> int:
    start = TEXT.index(quote)
    return store.add_annotation(1, label, start, start + len(quote), annotator=annotator).id


def _layers(store: Store) -> tuple[list[tuple], list[tuple]]:
    layers, gold = store.layer_annotations(1)
    return (
        sorted((a.label, a.start, a.end, a.annotator) for a in layers),
        sorted((a.label, a.start, a.end, a.annotator) for a in gold),
    )


def _source(tmp_path) -> Store:  # noqa: ANN001
    src = Store(tmp_path / "source.db")
    src.add_article(CleanResult(text=TEXT), "raw", None, "text")
    accept = [_tag(src, "Inês Baptista", "PERSON", "ana"), _tag(src, "Horní Lhota", "PLACE", "bo")]
    _tag(src, "Vila Serrana", "PLACE", "ana")
    _tag(src, "Radek Kubíček", "PERSON", "bo")
    for annotation_id in accept:
        src.accept(annotation_id, "rita")
    return src


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_gold_set_imports_back_as_the_gold_set(tmp_path, store, fmt):
    src = _source(tmp_path)
    path = tmp_path / FORMATS[fmt]
    export(src, fmt, path, ExportFilters(gold=True))
    before = _layers(src)
    again = import_annotations(src, path, fmt)
    assert (again.added, again.duplicates, again.problems) == (0, 2, [])
    assert _layers(src) == before
    store.add_article(CleanResult(text=TEXT), "raw", None, "text")
    report = import_annotations(store, path, fmt)
    assert report.problems == [] and report.added == 2
    assert _layers(store) == ([], before[1])
    src.close()
