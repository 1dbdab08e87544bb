"""CSV: one row per annotation, for spreadsheets. Column order is part of the interface: see README.md.

SQLite computes every cell (the stored sentence, the claim's quantities, formula neutralisation), so
rows go to csv.writer as they come. csv.writer then costs about as much as the query (some 13 ns a
character), so a large export is cut into ranges of articles written by worker processes, one per
core, and joined in order: about twice as fast on two cores (issue 7: a million rows in seconds)."""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from reader.errors import StoreError
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
# Below this many annotations starting worker processes (~0.3 s) is not worth it.
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
    workers = workers or min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    # The rows are flat tuples of strings and numbers, which cannot form reference cycles: pausing
    # the collector while they stream saves a tenth of the time.
    with collector_paused():
        ranges = []
        if workers > 1 and str(store.path) != ":memory:":
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


def _write_parts(
    path: str, kwargs: dict, ranges: list[tuple[int, int, int]], out: TextIO, workers: int
) -> int:
    """Each worker process (python -m reader.export.csv_worker: a plain module, so nothing of the
    caller's __main__ is imported again) is given every workers-th range, at most two at a time,
    and the parts are read back in range order: memory stays bounded however slow out is."""
    direct = _utf8_buffer(out)
    env = dict(os.environ)
    # The worker imports reader from wherever this process did, installed or not.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parents[2]), env.get("PYTHONPATH")]))
    setup = json.dumps({"path": path, "kwargs": kwargs}).encode() + b"\n"
    count = 0
    with contextlib.ExitStack() as stack:
        procs = [stack.enter_context(_Worker(env)) for _ in range(min(workers, len(ranges)))]
        for proc in procs:
            proc.send(setup)
        for i in range(min(len(ranges), 2 * len(procs))):
            procs[i % len(procs)].send(b"%d %d\n" % ranges[i][:2])
        for i in range(len(ranges)):
            rows, data = procs[i % len(procs)].receive()
            if i + 2 * len(procs) < len(ranges):
                procs[i % len(procs)].send(b"%d %d\n" % ranges[i + 2 * len(procs)][:2])
            if direct is not None:
                direct.write(data)
            else:
                out.write(data.decode("utf-8"))
            count += rows
    return count


class _Worker:
    """One csv_worker process; leaving the with block ends it (killed if it is still busy)."""

    def __init__(self, env: dict[str, str]) -> None:
        # Errors go to a file, not a pipe: a worker with a lot to say must not block on a full pipe.
        self.errors = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reader.export.csv_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=env,
        )

    def send(self, line: bytes) -> None:
        self.proc.stdin.write(line)
        self.proc.stdin.flush()

    def receive(self) -> tuple[int, bytes]:
        header = self.proc.stdout.readline()
        if header.startswith(b"ERR "):
            raise StoreError(header[4:].decode("utf-8", "replace").strip())
        try:
            rows, size = (int(v) for v in header.split())
        except ValueError:
            self.proc.kill()
            self.proc.wait()
            self.errors.seek(0)
            lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(f"an export worker stopped: {lines[-1] if lines else 'no message'}") from None
        return rows, self.proc.stdout.read(size)

    def __enter__(self) -> _Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self.proc.stdin.close()  # end of work: the worker leaves its loop
        try:
            if exc[0] is not None:
                raise subprocess.TimeoutExpired(self.proc.args, 0)
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
        self.errors.close()


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
