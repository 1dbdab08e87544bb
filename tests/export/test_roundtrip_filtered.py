"""A filtered export keeps a claim's links to its quantities: exporting the quantities and the claims
separately (`--label QUANTITY`, then `--label CLAIM`) and importing both gives the claims linked to
the same quantities, in every format import-annotations reads. Invented text, Greek and Hungarian;
the importing library on both backends."""

from __future__ import annotations

import pytest

from reader.export import ExportFilters, export
from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store

FORMATS = {"jsonl": ".jsonl", "brat": "", "w3c": ".json"}
TEXT = (
    "Ο δήμαρχος Νίκος Βλάχος είπε ότι η Καλαμάτα έλαβε 12 εκατομμύρια ευρώ και 300 θέσεις.\n\n"
    "Kovács Anna polgármester szerint Kisvárda 40 százalékkal kevesebb szemetet termel."
)
CLAIMS = TEXT.split("\n\n")


def _span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def _source(tmp_path) -> Store:  # noqa: ANN001
    src = Store(tmp_path / "source.db")
    src.add_article(CleanResult(text=TEXT), "raw", None, "text")
    q = [
        src.add_annotation(1, "QUANTITY", *_span(t)).id
        for t in ("12 εκατομμύρια ευρώ", "300 θέσεις", "40 százalékkal")
    ]
    src.add_annotation(1, "CLAIM", *_span(CLAIMS[0]), claimant="Νίκος Βλάχος", quantity_ids=q[:2])
    src.add_annotation(1, "CLAIM", *_span(CLAIMS[1]), claimant="Kovács Anna", quantity_ids=q[2:])
    return src


def _links(store: Store) -> list[tuple]:
    out = []
    for a in store.annotations(1):
        if a.kind == "claim":
            quantities = sorted((q.start, q.end, q.text) for q in map(store.get_annotation, a.quantity_ids))
            out.append((a.start, a.end, quantities))
    return sorted(out)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_claims_exported_apart_from_their_quantities_link_them_again(tmp_path, store, fmt):
    src = _source(tmp_path)
    paths = {}
    for label in ("QUANTITY", "CLAIM"):
        paths[label] = tmp_path / f"{label.lower()}{FORMATS[fmt]}"
        export(src, fmt, paths[label], ExportFilters(labels=(label,)))
    store.add_article(CleanResult(text=TEXT), "raw", None, "text")
    assert import_annotations(store, paths["QUANTITY"], fmt).added == 3
    report = import_annotations(store, paths["CLAIM"], fmt)
    assert report.problems == [] and report.added == 2
    assert _links(store) == _links(src)
    src.close()
