"""CSV: one row per annotation, for spreadsheets. Column order is part of the interface: see README.md.

SQLite computes every cell (the stored sentence, the claim's quantities, formula neutralisation), so
rows go to csv.writer as they come. csv.writer then costs about as much as the query (some 13 ns a
character), so a large export is cut into ranges of articles written by worker processes, one per
core, and joined in order: 1.3 to 1.5 times as fast on this two-core machine (issue 7's target)."""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO

from reader.export.filters import ExportFilters, validated_kwargs
from reader.store.store import Store
from reader.workers import run_in_order, worker_count

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
    "url",
    # Issue 12: the entity an entity tag names, and a claim's claimant entity and fact-check
    # (evidence: the sources joined like quantities). New columns go at the end.
    "entity_id",
    "entity",
    "claimant_entity_id",
    "explanation",
    "review_state",
    "checked_by",
    "checked_at",
    "evidence",
    "field",  # body, title, byline or dateline: the text start and end count in
    "claimant_entity",  # a claim's claimant entity's canonical name (its id is claimant_entity_id)
    "claimant_label",  # that entity's label: PERSON, ORG, PLACE...
)
QUANTITY_SEPARATOR = " | "
# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
# Below this many annotations starting worker processes (0.1-0.3 s each) is not worth it.
PARALLEL_MIN_ROWS = 100_000
# Each worker holds up to two parts (~350 bytes a row): small enough to keep memory low, large enough
# that a worker always has work while the caller copies another part out.
PART_ROWS = 10_000


def neutralise(value: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would evaluate (CSV injection)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_csv(
    store: Store,
    out: TextIO,
    filters: ExportFilters | None = None,
    *,
    excel: bool = False,
    workers: int | None = None,
    parallel_min_rows: int = PARALLEL_MIN_ROWS,
    part_rows: int = PART_ROWS,
) -> int:
    """Write the header and one row per matching annotation to out (opened with newline="").
    excel=True starts the file with a UTF-8 byte order mark so Excel reads it as UTF-8.
    workers (default: the usable cores, at most 4) write the parts of a large export; 1 writes
    everything in this process."""
    kwargs = validated_kwargs(store, filters)
    if excel:
        out.write(BOM)
    csv.writer(out, lineterminator="\r\n").writerow(COLUMNS)
    workers = workers or worker_count()
    # The rows are flat tuples of strings and numbers, which cannot form reference cycles: pausing
    # the collector while they stream saves a tenth of the time.
    with collector_paused():
        if store.dialect == "postgresql":
            return _write_server_csv(store, kwargs, out)
        ranges = []
        # Parallel parts read the SQLite file from other processes; a server streams from one cursor.
        if workers > 1 and store.dialect == "sqlite" and str(store.path) != ":memory:":
            ranges = store.export_ranges(part_rows, kwargs["article_ids"])
            if sum(r[2] for r in ranges) < parallel_min_rows or len(ranges) < 2:
                ranges = []
        if not ranges:
            writer = csv.writer(out, lineterminator="\r\n")
            count = 0
            for rows in table(store, kwargs):
                writer.writerows(rows)
                count += len(rows)
            return count
        return _write_parts(str(store.path), kwargs, ranges, out, workers)


def table(store: Store, kwargs: dict, article_range: tuple[int, int] | None = None) -> Iterator[list[tuple]]:
    """The CSV rows, in batches, of the annotations kwargs (the store's export filters) select."""
    return store.iter_export_table(
        COLUMNS,
        neutralise="".join(FORMULA_STARTS),
        separator=QUANTITY_SEPARATOR,
        article_range=article_range,
        **kwargs,
    )


def _write_server_csv(store: Store, kwargs: dict, out: TextIO) -> int:
    """On PostgreSQL the server writes the rows as CSV (the same bytes csv.writer would)."""
    return _write_chunks(
        store.iter_export_csv(
            COLUMNS, neutralise="".join(FORMULA_STARTS), separator=QUANTITY_SEPARATOR, **kwargs
        ),
        out,
    )


def _write_parts(
    path: str, kwargs: dict, ranges: list[tuple[int, int, int]], out: TextIO, workers: int
) -> int:
    """The ranges written by worker processes (reader.export.csv_worker), joined in order."""
    requests = [[first, last] for first, last, _ in ranges]
    return _write_chunks(
        run_in_order("reader.export.csv_worker", {"path": path, "kwargs": kwargs}, requests, workers), out
    )


def _write_chunks(chunks: Iterable[tuple[int, bytes]], out: TextIO) -> int:
    """(row count, UTF-8 CSV bytes) chunks written to out in order, as bytes when out takes them
    unchanged; the number of rows."""
    direct = _utf8_buffer(out)
    count = 0
    for rows, data in chunks:
        if direct is not None:
            direct.write(data)
        else:
            out.write(data.decode("utf-8"))
        count += rows
    return count


def _utf8_buffer(out: TextIO) -> BinaryIO | None:
    """out's underlying byte stream when bytes can go there unchanged (a UTF-8 text file)."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
        return None
    out.flush()  # the header and BOM written through out come first
    return buffer


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
