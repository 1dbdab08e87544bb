"""The import pipeline: paths, directories, stdin ("-") and URLs -> cleaned articles in the store.

One bad input never stops a batch: it is refused with a reason and the next one is read."""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reader.importing.fetch import fetch, is_url
from reader.importing.formats import Document, parse, sniff
from reader.importing.read import DEFAULT_MAX_BYTES, Refused, check_size, decode
from reader.normalize import normalize_field

STDIN = "-"
# An import commits every BATCH_ARTICLES articles, or sooner when BATCH_SECONDS have passed.
BATCH_ARTICLES = 50
BATCH_SECONDS = 0.5


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
            inputs.append(Input("url", name, name))
        else:
            path = Path(name).expanduser()
            absolute = os.path.abspath(path)
            if path.is_dir():
                found = _walk(path)
                if not found:
                    inputs.append(Input("missing", name, absolute, "no files to import in this folder"))
                inputs.extend(Input("file", str(f), os.path.abspath(f)) for f in found)
            elif path.exists():
                inputs.append(Input("file", name, absolute))
            else:
                inputs.append(Input("missing", name, absolute, "no such file or folder"))
    return inputs


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        files.extend(Path(root) / n for n in sorted(names) if not _hidden(n))
    return [f for f in files if f.is_file()]


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
        if item.kind == "url":
            fetched = fetch(item.name, max_bytes=max_bytes)
            data, content_type, declared, name = (
                fetched.data,
                fetched.content_type,
                fetched.charset,
                fetched.url,
            )
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
        text = decode(data, declared=declared, max_bytes=max_bytes)
    except Refused as e:
        return [(item.label, e)]
    return parse(text, sniff(name, text, content_type), item.source)


def iter_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Iterator[tuple[str, Document | Refused]]:
    """Clean every input without storing anything (for `reader clean` and for import_paths)."""
    inputs = expand(paths)
    for done, item in enumerate(inputs, 1):
        yield from read_input(item, stdin=stdin, max_bytes=max_bytes)
        if on_progress is not None:
            on_progress(done, len(inputs), item.label)


def import_paths(
    store,  # reader.store.Store (not imported here: importing stays light)
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_progress: Callable[[int, int, str], None] | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Import files, folders, URLs and "-" (stdin). The same cleaned text imported twice is stored
    once and reported as a duplicate."""
    from reader.errors import InvalidInput

    report = ImportReport()
    batch: list[tuple[str, Document]] = []
    started = time.monotonic()

    def store_batch() -> None:
        results = store.add_articles([(d.clean, d.raw, d.source, d.fmt) for _, d in batch])
        for (label, _), added in zip(batch, results, strict=True):
            if isinstance(added, InvalidInput):
                report.refused.append((label, str(added)))
            elif added.created:
                report.imported.append(added.article_id)
            else:
                report.duplicates.append((label, added.article_id))
        batch.clear()

    for label, result in iter_documents(paths, stdin=stdin, max_bytes=max_bytes, on_progress=on_progress):
        label = normalize_field(label) or "<input>"
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
