"""`reader import PATH...`: files, folders (recursively), URLs and - (stdin) into the database."""

from __future__ import annotations

import sys

import click

from reader.cli.common import DashTextCommand, console, db_option, field, with_store
from reader.errors import ReaderError
from reader.importing import ImportReport, import_paths

PROGRESS_THRESHOLD = 20  # a progress bar for batches larger than this


def run_import(store, paths: tuple[str, ...]) -> ImportReport:  # noqa: ANN001
    """Import with a progress bar on stderr for big batches (hidden when stderr is not a terminal)."""
    from reader.importing.pipeline import expand

    err = console(stderr=True)
    stdin = getattr(sys.stdin, "buffer", None)
    if not err.is_terminal or len(paths) == 1 and paths[0] == "-":
        return import_paths(store, paths, stdin=stdin)
    count = len(expand(paths))
    if count <= PROGRESS_THRESHOLD:
        return import_paths(store, paths, stdin=stdin)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("import", total=count)

        def on_progress(done: int, total: int, _label: str) -> None:
            progress.update(task, completed=done, total=total)

        return import_paths(store, paths, on_progress=on_progress, stdin=stdin)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def report_lines(report: ImportReport) -> list[str]:
    """The import summary, one line each: duplicates, refusals, then the counts."""
    lines = [
        f"duplicate: {field(label)} (already stored as article {existing})"
        for label, existing in report.duplicates
    ]
    lines += [f"refused: {field(label)}: {field(reason)}" for label, reason in report.refused]
    ids = ""
    if report.imported:
        shown = ", ".join(str(i) for i in report.imported[:10]) + (", …" if len(report.imported) > 10 else "")
        ids = f" (id {shown})"
    lines.append(
        f"imported {_plural(len(report.imported), 'article')}{ids}; "
        f"skipped {_plural(len(report.duplicates), 'duplicate')}; refused {len(report.refused)}"
    )
    return lines


def print_report(report: ImportReport, *, err: bool = False) -> None:
    for line in report_lines(report):
        click.echo(line, err=err)


def nothing_imported(report: ImportReport, *, listed: bool = True) -> ReaderError:
    """The one error when nothing could be imported. Each refusal is said once: a single one is the
    error itself; several are listed on stderr first (unless listed already), then the count."""
    if not listed and len(report.refused) > 1:
        for label, reason in report.refused:
            click.echo(f"refused: {field(label)}: {field(reason)}", err=True)
    if len(report.refused) == 1:
        label, reason = report.refused[0]
        return ReaderError(f"cannot import {label}: {reason}")
    return ReaderError(f"nothing imported: all {len(report.refused)} inputs were refused")


@click.command("import", cls=DashTextCommand, dash_example='reader import -- "--file.html"')
@click.argument("paths", nargs=-1, required=True)
@db_option
@with_store
def import_command(store, paths: tuple[str, ...]) -> None:  # noqa: ANN001
    """Import articles from PATHS: text dumps, HTML, Markdown, JSON/JSON Lines records, folders
    (recursively), http(s) URLs, or - for stdin.

    Each page is cleaned and stored once: the same article imported again is skipped as a
    duplicate. Exits non-zero only when nothing at all could be imported. A file name starting
    with "--" goes after --: reader import -- --notes.txt."""
    report = run_import(store, paths)
    if not report.imported and not report.duplicates:
        raise nothing_imported(report, listed=False)
    print_report(report)


COMMANDS = [import_command]
