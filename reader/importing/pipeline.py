"""The import pipeline: paths, directories, stdin ("-") and URLs -> cleaned articles in the store.

One bad input never stops a batch: it is refused with a reason and the next one is read."""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reader.importing.brat_texts import brat_companion, with_brat_metadata
from reader.importing.fetch import fetch, is_url, redact
from reader.importing.formats import Document, parse, sniff
from reader.importing.read import DEFAULT_MAX_BYTES, GZIP_MAGIC, Refused, check_size, decode, gunzip
from reader.normalize import shown_name
from reader.workers import worker_count

STDIN = "-"
# An import commits every BATCH_ARTICLES articles, or sooner when BATCH_SECONDS have passed.
BATCH_ARTICLES = 50
BATCH_SECONDS = 0.5
# From this many files on, worker processes read and clean them (starting one takes ~0.1 s).
PARALLEL_MIN_FILES = 40
FILES_PER_REQUEST = 8


@dataclass
class Input:
    """One thing to read: a file, a URL or stdin."""

    kind: str  # "file", "url", "stdin" or "missing"
    name: str  # what the user gave, or the file found in a directory
    source: str | None  # what is stored: absolute path or URL; None for stdin
    reason: str | None = None  # why it cannot be read (kind "missing")

    @property
    def label(self) -> str:
        return self.source or "<stdin>"


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)  # (input, id of the stored article)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)

    @property
    def total(self) -> int:
        return len(self.imported) + len(self.duplicates) + len(self.refused)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Input]:
    """Every input the paths name: directories recursively (sorted; hidden files and folders skipped)."""
    inputs: list[Input] = []
    for given in paths:
        name = os.fspath(given)
        if name == STDIN:
            inputs.append(Input("stdin", name, None))
        elif is_url(name):
            # What is shown and stored never holds a password given as user:password@host.
            inputs.append(Input("url", name, redact(name)))
        else:
            path = Path(name).expanduser()
            absolute = os.path.abspath(path)
            if path.is_dir():
                unreadable: list[tuple[str, str]] = []
                found = _walk(path, unreadable)
                # A folder that cannot be read is a refusal line of its own, not silently skipped.
                inputs.extend(Input("missing", d, os.path.abspath(d), reason) for d, reason in unreadable)
                if not found and not unreadable:
                    inputs.append(Input("missing", name, absolute, "no files to import in this folder"))
                inputs.extend(Input("file", str(f), os.path.abspath(f)) for f in found)
            elif path.exists():
                inputs.append(Input("file", name, absolute))
            else:
                inputs.append(Input("missing", name, absolute, "no such file or folder"))
    return inputs


def _walk(folder: Path, unreadable: list[tuple[str, str]] | None = None) -> list[Path]:
    """Files under folder; folders that cannot be read are added to unreadable as (path, reason)."""
    files: list[Path] = []

    def failed(e: OSError) -> None:
        if unreadable is not None:
            unreadable.append((str(e.filename or folder), f"cannot read this folder: {e.strerror or e}"))

    def refuse(path: Path, reason: str) -> None:
        if unreadable is not None:
            unreadable.append((str(path), reason))

    for root, dirs, names in os.walk(folder, onerror=failed):
        # A link to a folder is not walked (it may lead back up, round and round): said, not skipped.
        for d in sorted(d for d in dirs if not _hidden(d) and (Path(root) / d).is_symlink()):
            refuse(Path(root) / d, "a link to a folder: not followed (import that folder itself)")
        dirs[:] = sorted(d for d in dirs if not _hidden(d) and not (Path(root) / d).is_symlink())
        present = set(names)
        for name in sorted(n for n in names if not _hidden(n) and not brat_companion(n, present)):
            path = Path(root) / name
            if path.is_file():
                files.append(path)
            elif path.is_symlink():
                refuse(path, _dead_link(path))
            else:  # a named pipe, socket or device: said, never opened (it could block)
                try:
                    refuse(path, str(_not_regular(path.lstat().st_mode)))
                except OSError as e:  # gone since the folder was listed
                    refuse(path, f"cannot read: {e.strerror or e}")
    return files


def _dead_link(path: Path) -> str:
    """Why a link in a folder gives no file to read."""
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a link loop: it leads back to itself"
        if e.errno == errno.ENOENT:
            return "a broken link: what it points to is gone"
        return f"cannot follow this link: {e.strerror or e}"
    return "a link to something that is not a file"


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISDIR, "a folder"),
)


def _not_regular(mode: int) -> Refused:
    kind = next((name for test, name in _NOT_REGULAR if test(mode)), "not a file")
    return Refused(f"not a regular file ({kind}); give a saved file, a folder, a URL or - for stdin")


def _read_file(path: str, max_bytes: int) -> bytes:
    """A regular file's bytes (at most max_bytes + 1 are read). Named pipes, sockets and devices
    are refused before anything is read from them: opening is non-blocking, so a pipe with no
    writer cannot hang the import."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        raise Refused(f"cannot read: {e.strerror or e}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(info.st_mode)
        check_size(info.st_size, max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as e:
        raise Refused(f"cannot read: {e.strerror or e}") from None
    finally:
        os.close(fd)
    check_size(len(data), max_bytes, exact=False)
    return data


def read_input(
    item: Input, *, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[tuple[str, Document | Refused]]:
    """Read, decode and clean one input: (label, document or refusal) for each article in it."""
    try:
        if item.kind == "missing":
            raise Refused(item.reason or "cannot be read")
        content_type = None
        declared = None
        name: str | None = item.name
        source = item.source
        if item.kind == "url":
            fetched = fetch(item.name, max_bytes=max_bytes)
            data, content_type, declared, name = (
                fetched.data,
                fetched.content_type,
                fetched.charset,
                fetched.url,
            )
            source = fetched.url  # after redirects: the page's address (a shortener's link is not)
        elif item.kind == "stdin":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = stream.read(max_bytes + 1)
            except OSError as e:
                raise Refused(f"cannot read stdin: {e.strerror or e}") from None
            check_size(len(data), max_bytes, exact=False)
            name = None
        else:
            data = _read_file(item.name, max_bytes)
        if data.startswith(GZIP_MAGIC):  # a page saved compressed: its kind is the name's without .gz
            data = gunzip(data, max_bytes)
            name = name[:-3] if name and name.lower().endswith(".gz") else name
        text = decode(data, declared=declared, max_bytes=max_bytes)
        documents = parse(text, sniff(name, text, content_type), source, item.label)
        if item.kind == "file":  # the text of a brat export: its title, byline, dateline beside it
            documents = with_brat_metadata(Path(item.name), documents)
        return documents
    except Refused as e:
        return [(item.label, e)]
    except Exception as e:  # noqa: BLE001 - any parser's failure refuses this input only, never the batch
        return [(item.label, Refused(f"could not be read ({type(e).__name__}: {_first_line(e)})"))]


def _first_line(e: BaseException) -> str:
    lines = str(e).strip().splitlines()
    line = lines[0] if lines else ""
    return line if len(line) <= 120 else line[:119] + "…"


def iter_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_progress: Callable[[int, int, str], None] | None = None,
    workers: int | None = None,
) -> Iterator[tuple[str, Document | Refused]]:
    """Clean every input without storing anything (for `reader clean` and for import_paths).
    Many files are read and cleaned by worker processes, one per core (cleaning is most of an
    import's time); the results come in the order of the inputs either way."""
    inputs = expand(paths)
    workers = workers or worker_count()
    if workers > 1 and sum(item.kind == "file" for item in inputs) >= PARALLEL_MIN_FILES:
        results = _read_in_workers(inputs, stdin=stdin, max_bytes=max_bytes, workers=workers)
    else:
        results = (read_input(item, stdin=stdin, max_bytes=max_bytes) for item in inputs)
    for done, (item, documents) in enumerate(zip(inputs, results, strict=True), 1):
        yield from documents
        if on_progress is not None:
            on_progress(done, len(inputs), item.label)


def _read_in_workers(
    inputs: list[Input], *, stdin: BinaryIO | None, max_bytes: int, workers: int
) -> Iterator[list[tuple[str, Document | Refused]]]:
    """read_input of each input, in order: files (and missing ones) by the workers, FILES_PER_REQUEST
    at a time; URLs and stdin here, in their place."""
    import pickle

    from reader.workers import run_in_order

    segments: list[list[Input] | Input] = []  # runs of files for the workers, or one input for here
    for item in inputs:
        if item.kind in ("file", "missing"):
            run = segments[-1] if segments else None
            if not isinstance(run, list) or len(run) >= FILES_PER_REQUEST:
                run = []
                segments.append(run)
            run.append(item)
        else:
            segments.append(item)
    requests = [
        [[i.kind, i.name, i.source, i.reason] for i in seg] for seg in segments if isinstance(seg, list)
    ]
    answers = run_in_order(
        "reader.importing.clean_worker", {"max_bytes": max_bytes}, requests, workers, ahead=4
    )
    for segment in segments:
        if isinstance(segment, list):
            _, body = next(answers)
            yield from pickle.loads(body)  # our own worker's answer, not outside data
        else:
            yield read_input(segment, stdin=stdin, max_bytes=max_bytes)


def _kept(report: ImportReport) -> str:
    """What an import stopped by a store error leaves: the batches committed before it stay."""
    n = len(report.imported)
    if not n:
        return "nothing was imported"
    ids = ", ".join(str(i) for i in report.imported[:10]) + (", …" if n > 10 else "")
    return (
        f"kept the {n} article{'s' if n != 1 else ''} imported before that (id {ids}); import again "
        "for the rest (what is stored already is skipped as a duplicate)"
    )


def import_paths(
    store,  # reader.store.Store (not imported here: importing stays light)
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_progress: Callable[[int, int, str], None] | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
) -> ImportReport:
    """Import files, folders, URLs and "-" (stdin). The same cleaned text imported twice is stored
    once and reported as a duplicate."""
    from reader.errors import InvalidInput, StoreError

    report = ImportReport()
    batch: list[tuple[str, Document]] = []
    started = time.monotonic()

    def store_batch() -> None:
        try:
            results = store.add_articles([(d.clean, d.raw, d.source, d.fmt) for _, d in batch])
        except StoreError as e:  # locked too long, disk full...: say what is kept
            raise StoreError(f"{e}; {_kept(report)}") from None
        for (label, _), added in zip(batch, results, strict=True):
            if isinstance(added, InvalidInput):
                report.refused.append((label, str(added)))
            elif added.created:
                report.imported.append(added.article_id)
            else:
                report.duplicates.append((label, added.article_id))
        batch.clear()

    documents = iter_documents(
        paths, stdin=stdin, max_bytes=max_bytes, on_progress=on_progress, workers=workers
    )
    for label, result in documents:
        label = shown_name(label) or "<input>"
        if isinstance(result, Refused):
            report.refused.append((label, str(result)))
            continue
        batch.append((label, result))
        # Committed in batches (a commit per article cost a third of the storing time), but at least
        # every BATCH_SECONDS, so a slow import loses little if it is stopped.
        if len(batch) >= BATCH_ARTICLES or time.monotonic() - started >= BATCH_SECONDS:
            store_batch()
            started = time.monotonic()
    if batch:
        store_batch()
    return report
