"""Export annotations to CSV, JSONL, brat standoff, W3C Web Annotation and schema.org ClaimReview,
and read JSONL, brat and W3C back (reader.export.importers). Plain Python: no Textual.

The TUI and the CLI both call export(): it streams, so memory stays constant whatever the count."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TextIO

from reader.errors import InvalidInput
from reader.export.filters import ExportFilters, validate
from reader.store.store import Store

FORMATS = ("csv", "jsonl", "brat", "w3c", "claimreview")

__all__ = ["FORMATS", "ExportFilters", "check_output", "export"]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (or cannot be looked at)
        return False


def check_output(store: Store, path: str | Path, fmt: str, *, overwrite: bool = False) -> None:
    """Refuse to write an export where it would destroy something: the database itself (or its
    -wal/-shm/-journal files, by any name: a symlink or hard link is the same file), a folder that
    holds the database (brat), or, unless overwrite, an existing file or non-empty folder."""
    path = Path(path)
    db = Path(store.path)
    if store.dialect == "sqlite" and str(store.path) != ":memory:":
        guarded = [db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
        if any(_same_file(path, g) for g in guarded):
            raise InvalidInput(f"{path} is the database; choose another file for the export")
        if fmt == "brat" and path.is_dir() and any(_same_file(path, g.parent) for g in guarded[:1]):
            raise InvalidInput(f"{path} holds the database; choose another folder for the brat export")
    if fmt == "brat":
        if path.exists() and not path.is_dir():
            raise InvalidInput(f"{path} is a file; brat export writes a folder")
        if not overwrite and path.is_dir() and any(path.iterdir()):
            raise InvalidInput(f"{path} is a folder with files in it; use --force to write into it")
        return
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name to write the {fmt} export to")
    if not overwrite and (path.exists() or path.is_symlink()):
        raise InvalidInput(f"{path} exists; use --force to replace it")


def export(
    store: Store,
    fmt: str,
    out: TextIO | str | Path,
    filters: ExportFilters | None = None,
    *,
    excel: bool = False,
    stats: dict | None = None,
) -> int:
    """Write the annotations matching filters in format fmt; returns how many were written.
    stats, when given, gets "articles": how many articles a jsonl or brat export carries.

    out is an open text stream (opened with newline="") or a path; brat writes a folder, so for brat
    out must be the path of a folder (created if missing)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    validate(store, filters)
    if isinstance(out, (str, Path)):
        # Never onto the database, whoever calls (the TUI asks before replacing other files).
        check_output(store, out, fmt, overwrite=True)
    if fmt == "brat":
        if not isinstance(out, (str, Path)):
            raise InvalidInput("brat export writes a folder of .txt and .ann files: give it a folder with -o")
        from reader.export.brat_format import write_brat

        return write_brat(store, Path(out), filters, stats)
    if isinstance(out, (str, Path)):
        return _export_to_file(store, fmt, Path(out), filters, excel=excel, stats=stats)
    return _write(store, fmt, out, filters, excel=excel, stats=stats)


def _export_to_file(
    store: Store,
    fmt: str,
    path: Path,
    filters: ExportFilters | None,
    *,
    excel: bool,
    stats: dict | None = None,
) -> int:
    """Write into a file of the same folder, then put it in place: an export that fails halfway (a
    full disk) leaves the file that was there as it was, and no half-written one under its name.
    A link is written through (its target is replaced); a device or pipe is written to directly."""
    target = Path(os.path.realpath(path))
    whole = not target.exists() or target.is_file()
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        f = open(partial if whole else path, "w", encoding="utf-8", newline="")
    except OSError as e:
        raise InvalidInput(f"cannot write {path}: {e.strerror}") from None
    try:
        with f:
            count = _write(store, fmt, f, filters, excel=excel, stats=stats)
        if whole:
            os.replace(partial, target)
        return count
    except OSError as e:
        raise InvalidInput(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        if whole:
            with contextlib.suppress(OSError):
                partial.unlink()


def _write(
    store: Store,
    fmt: str,
    out: TextIO,
    filters: ExportFilters | None,
    *,
    excel: bool,
    stats: dict | None = None,
) -> int:
    if fmt == "csv":
        from reader.export.csv_format import write_csv

        return write_csv(store, out, filters, excel=excel)
    if fmt == "jsonl":
        from reader.export.jsonl_format import write_jsonl

        return write_jsonl(store, out, filters, stats)
    if fmt == "w3c":
        from reader.export.w3c_format import write_w3c

        return write_w3c(store, out, filters)
    from reader.export.claimreview_format import write_claimreview

    return write_claimreview(store, out, filters)


def counted(count: int, fmt: str, articles: int | None = None) -> str:
    """What an export wrote, as the CLI and the TUI say it: "3 annotations", "1 review" (claimreview),
    and for jsonl and brat, which carry every article, "12 articles with 3 annotations"."""
    what = "review" if fmt == "claimreview" else "annotation"
    tags = f"{count} {what}{'' if count == 1 else 's'}"
    if articles is None or fmt not in ("jsonl", "brat"):
        return tags
    return f"{articles} article{'' if articles == 1 else 's'} with {tags}"
