"""`reader export` and `reader import-annotations`: thin click layers over reader.export."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TextIO, cast

import click

from reader.cli.common import ARTICLE_ID, MAX_ID, db_option, field, with_store
from reader.errors import InvalidInput
from reader.normalize import neutralize_controls

EXPORT_FORMATS = ("csv", "jsonl", "brat", "w3c", "claimreview")


@click.command("export")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv", show_default=True,
    help="csv: one row per annotation; jsonl: one line per article; brat: a folder of .txt/.ann files; "
    "w3c: Web Annotation JSON-LD; claimreview: schema.org ClaimReview for checked claims.",
)  # fmt: skip
@click.option(
    "-o", "--output", default="-", show_default=True, help="File to write (brat: a folder); - is stdout."
)
@click.option(
    "--force", is_flag=True, help="Replace an existing output file (brat: write into a non-empty folder)."
)
@click.option("--excel", is_flag=True, help="CSV: start with a UTF-8 byte order mark so Excel reads accents.")
@click.option("--label", "labels", multiple=True, help="Only this label (repeatable).")
@click.option(
    "--article", "articles", type=ARTICLE_ID, multiple=True, help="Only this article id (repeatable)."
)
@click.option(
    "--status", help="A claim status (true, mostly true, ...) or an article status (new, in progress, done)."
)
@click.option("--annotator", "annotator_filter", help="Only annotations by this annotator.")
@click.option(
    "--gold", is_flag=True, help="The reviewer's gold set (accepted tags) instead of the annotators' tags."
)
@click.option("--since", help="Only annotations created or changed on or after this date (YYYY-MM-DD).")
@click.option(
    "--tagged-only", is_flag=True,
    help="jsonl, brat: only the articles with a tag (that the other options keep); "
    "without it every article is exported, those with no tags with none.",
)  # fmt: skip
@db_option
@with_store
def export_command(
    store, fmt, output, force, excel, labels, articles, status, annotator_filter, gold, since, tagged_only
) -> None:  # noqa: ANN001
    """Export annotations (default: CSV to stdout). jsonl and brat carry every article (with its
    text), csv and w3c every tag. The CSV columns are listed in the README."""
    from reader.export import ExportFilters, check_output, export

    filters = ExportFilters(
        labels=tuple(labels),
        article_ids=tuple(articles),
        status=status,
        annotator=annotator_filter,
        since=since,
        gold=gold,
        tagged_only=tagged_only,
    )
    stats: dict = {}  # jsonl, brat: how many articles (they carry every one)
    if output == "-":
        if fmt == "brat":
            raise InvalidInput("brat export writes a folder of .txt and .ann files: give it one with -o DIR")
        binary = getattr(sys.stdout, "buffer", None)
        if binary is None:  # stdout replaced by a text-only stream
            raise InvalidInput("cannot write bytes to this standard output; use -o FILE")
        stream = io.TextIOWrapper(binary, encoding="utf-8", newline="")
        try:
            # JSON formats write controls as \\u escapes; CSV cells would reach the terminal raw.
            # the writers only call write and flush, which _Neutralised has
            target = cast(TextIO, _Neutralised(stream)) if fmt == "csv" else stream
            if excel and fmt == "csv":  # the byte order mark is a format character: past the guard
                stream.write("\ufeff")
            count = export(store, fmt, target, filters, stats=stats)  # --excel is for CSV only
            stream.flush()
        except BrokenPipeError:  # `reader export | head`
            sys.stderr.close()
            return
        finally:
            stream.detach()
    else:
        path = Path(output)
        check_output(store, path, fmt, overwrite=force)
        count = export(store, fmt, path, filters, excel=excel, stats=stats)
        click.echo(f"wrote {_counted(count, fmt, stats)} to {field(str(path))}", err=True)
        _display_name_notice(store, fmt, filters)
        return
    click.echo(f"wrote {_counted(count, fmt, stats)}", err=True)
    _display_name_notice(store, fmt, filters)


def _counted(count: int, fmt: str, stats: dict) -> str:
    """ "3 annotations", "3 reviews" (ClaimReview), "12 articles with 3 annotations" (jsonl, brat)."""
    from reader.export import counted

    return counted(count, fmt, stats.get("articles"))


def _display_name_notice(store, fmt: str, filters) -> None:  # noqa: ANN001
    """ClaimReview names each review's checker by their display name: after the export, say which
    checkers set none, and what their reviews name instead."""
    if fmt != "claimreview":
        return
    from reader.export.claimreview_format import checkers_without_display_name
    from reader.factcheck import review_author

    _explanation_notice(store, filters)
    _review_state_notice(store, filters)
    unnamed = checkers_without_display_name(store, filters)
    if not unnamed:
        return
    author, desk_wide = review_author(store)
    who = ", ".join(field(c) if c else "(no checker recorded)" for c in unnamed)
    instead = f"the desk-wide “{field(author)}”" if desk_wide else f"“{author}”"
    click.echo(
        f"reader: no display name for {who}: their reviews name {instead} as author "
        '(each sets theirs: reader config set display-name "Your Name" --annotator LOGIN)',
        err=True,
    )


def _explanation_notice(store, filters) -> None:  # noqa: ANN001
    """A verdict set quickly (m, 1-6) has no public explanation yet: say which reviews went out
    without one, and how to add it."""
    from reader.export.claimreview_format import reviews_without_explanation

    ids = reviews_without_explanation(store, filters)
    if not ids:
        return
    shown = ", ".join(str(i) for i in ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
    n = len(ids)
    click.echo(
        f"reader: {n} review{'' if n == 1 else 's'} without a public explanation (claim{'' if n == 1 else 's'} "
        f"{shown}): reader verdict CLAIM_ID STATUS --explanation TEXT adds it",
        err=True,
    )


def _review_state_notice(store, filters) -> None:  # noqa: ANN001
    """A verdict still "unreviewed" or "needing a second check" is published all the same: say which
    ones went out, and how to mark them reviewed."""
    from reader.export.claimreview_format import reviews_not_reviewed

    found = reviews_not_reviewed(store, filters)
    if not found:
        return
    shown = ", ".join(f"{i}: {state}" for i, state in found[:10])
    shown += f" and {len(found) - 10} more" if len(found) > 10 else ""
    n = len(found)
    click.echo(
        f"reader: {n} review{'' if n == 1 else 's'} not marked reviewed (claim{'' if n == 1 else 's'} {shown}): "
        "reader verdict CLAIM_ID STATUS --explanation TEXT --review-state reviewed marks it",
        err=True,
    )


class _Neutralised:
    """A text stream that shows control, format and bidi characters as U+FFFD (tab, CR and LF kept):
    what `reader export` prints on stdout never acts on a terminal. No .buffer: every write comes here."""

    def __init__(self, stream: io.TextIOWrapper) -> None:
        self.stream = stream
        self.encoding = stream.encoding

    def write(self, s: str) -> int:
        return self.stream.write(neutralize_controls(s))

    def flush(self) -> None:
        self.stream.flush()


def _parse_map(values: tuple[str, ...]) -> dict[str, int]:
    mapping = {}
    for value in values:
        key, sep, article_id = value.rpartition("=")
        if not sep or not key or not article_id.strip().isdigit():
            raise InvalidInput(f"--map takes NAME_OR_HASH=ARTICLE_ID, not {value!r}")
        if int(article_id) > MAX_ID:
            raise InvalidInput(f"--map {value}: no article with id {article_id.strip()}")
        mapping[key] = int(article_id)
    return mapping


@click.command("import-annotations")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-f", "--format", "fmt", type=click.Choice(("jsonl", "brat", "w3c")), default=None,
    help="The export's format (default: from the path: a folder or .ann is brat, .jsonl, .json/.jsonld is w3c).",
)  # fmt: skip
@click.option(
    "--map", "maps", multiple=True, metavar="NAME_OR_HASH=ARTICLE_ID",
    help="Put the annotations of this exported article (brat file name, JSONL id, content hash) on this article.",
)  # fmt: skip
@db_option
@with_store
def import_annotations_command(store, path: Path, fmt: str | None, maps: tuple[str, ...]) -> None:  # noqa: ANN001
    """Read a JSONL, brat or W3C export back into the matching articles (matched by their text).

    Exact duplicates are skipped; annotations that cannot be placed are listed. Exits with status 1
    only when there were problems and nothing was added."""
    from reader.export.importers import import_annotations

    report = import_annotations(store, path, fmt, _parse_map(maps))
    for problem in report.problems:
        click.echo(f"reader: not imported: {field(problem)}", err=True)
    for line in report.kept:
        click.echo(f"reader: {field(line)}", err=True)
    click.echo(summary(report), err=True)
    if report.problems and not (report.added or report.set_aside or report.filled):
        sys.exit(1)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report) -> str:  # noqa: ANN001 - reader.export.importers.ImportReport
    """One line; every count is of annotations (or articles), so it agrees with the lines above."""
    line = (
        f"imported {_count(report.added, 'annotation')} into {_count(report.articles, 'article')}; "
        f"{_count(report.duplicates, 'duplicate')} skipped; "
        f"{_count(report.not_imported, 'annotation')} not imported"
    )
    if report.filled:  # claims already stored: their missing verdict, explanation, evidence...
        line += f"; {_count(report.filled, 'stored claim')} filled in from the file's fact-check"
    if report.set_aside:  # tags a body fix had set aside in the export: kept aside here too
        line += f"; {_count(report.set_aside, 'tag')} kept set aside (reader show lists them)"
    if report.problems:
        line += f" ({_count(len(report.problems), 'problem')} listed above)"
    return line


COMMANDS = [export_command, import_annotations_command]
