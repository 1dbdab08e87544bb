"""CSV: one row per annotation, for spreadsheets. Column order is part of the interface: see README.md."""

from __future__ import annotations

import csv
from typing import TextIO

from reader.export.filters import ExportFilters, validated_kwargs
from reader.store.store import Store

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
BOM = "\ufeff"


def neutralise(value: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would evaluate (CSV injection)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_csv(store: Store, out: TextIO, filters: ExportFilters | None = None, *, excel: bool = False) -> int:
    """Write the header and one row per matching annotation to out (opened with newline="").
    excel=True starts the file with a UTF-8 byte order mark so Excel reads it as UTF-8."""
    batches = store.iter_export_table(
        COLUMNS,
        neutralise="".join(FORMULA_STARTS),
        separator=QUANTITY_SEPARATOR,
        **validated_kwargs(store, filters),
    )
    if excel:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    # SQLite computes every cell (sentence, quantities, neutralisation): rows go to the writer as they are.
    for rows in batches:
        writer.writerows(rows)
        count += len(rows)
    return count
