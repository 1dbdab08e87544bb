"""CSV: one row per annotation, for spreadsheets. Column order is part of the interface: see README.md."""

from __future__ import annotations

import csv
from typing import TextIO

from reader.export.filters import ExportFilters, iter_rows
from reader.segments import sentence_around, sentence_spans
from reader.store.store import ExportRow, Store

COLUMNS = (
    "annotation_id",
    "article_id",
    "article_title",
    "site",
    "published",
    "label",
    "kind",
    "text",
    "start",
    "end",
    "sentence",
    "note",
    "annotator",
    "created",
    "updated",
    "claimant",
    "claim_status",
    "quantities",
)
QUANTITY_SEPARATOR = " | "
# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
BOM = "\ufeff"


def neutralise(value: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would evaluate (CSV injection)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


class _Sentences:
    """The sentences of the current article's paragraphs, each paragraph split once when first needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: dict[int, list[tuple[int, int]]] = {}

    def around(self, start: int, end: int) -> str:
        """The sentence the span stands in; every sentence it touches when it crosses a boundary."""
        text = self.text
        lo = text.rfind("\n\n", 0, start)
        lo = 0 if lo == -1 else lo + 2
        spans = self.paragraphs.get(lo)
        if spans is None:
            hi = text.find("\n\n", end)
            hi = len(text) if hi == -1 else hi
            spans = self.paragraphs[lo] = [(s + lo, e + lo) for s, e in sentence_spans(text[lo:hi])]
        return text[slice(*sentence_around(text, start, end, spans))]


def row_cells(row: ExportRow, sentence: str) -> list:
    a = row.annotation
    values = (
        a.id,
        a.article_id,
        row.article_title,
        row.article_site,
        row.article_published,
        a.label,
        a.kind,
        a.text,
        a.start,
        a.end,
        sentence,
        a.note,
        a.annotator,
        a.created,
        a.updated,
        a.claimant,
        a.claim_status,
        QUANTITY_SEPARATOR.join(row.quantity_texts),
    )
    return [
        "" if v is None else ("'" + v if v and v[0] in _FORMULA_FIRST else v) if v.__class__ is str else v
        for v in values
    ]


def write_csv(store: Store, out: TextIO, filters: ExportFilters | None = None, *, excel: bool = False) -> int:
    """Write the header and one row per matching annotation to out (opened with newline="").
    excel=True starts the file with a UTF-8 byte order mark so Excel reads it as UTF-8."""
    if excel:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    sentences: _Sentences | None = None
    article_id = None
    count = 0
    for row in iter_rows(store, filters):
        a = row.annotation
        if a.article_id != article_id:
            article_id = a.article_id
            sentences = _Sentences(store.get_article(article_id).text)
        assert sentences is not None
        writer.writerow(row_cells(row, sentences.around(a.start, a.end)))
        count += 1
    return count
