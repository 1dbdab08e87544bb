"""`reader clean PATH...`: show what the cleaner makes of pages, without storing anything."""

from __future__ import annotations

import sys

import click

from reader.cli.common import console, db_option, echo_json, field, text

JSON_KEYS = ("title", "byline", "dateline", "agency", "published", "language", "site")


@click.command("clean")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON Lines: one object per article (or error) found."
)
@db_option
def clean_command(paths: tuple[str, ...], as_json: bool) -> None:
    """Clean PATHS (files, folders, URLs, - for stdin) and print each article: title, metadata and
    body. Nothing is stored. Exits non-zero when no input could be cleaned."""
    from reader.importing import Refused, iter_documents

    out = None if as_json else console()
    cleaned = 0
    refusals: list[tuple[str, str]] = []
    stdin = getattr(sys.stdin, "buffer", None)
    for label, result in iter_documents(paths, stdin=stdin):
        path = field(label)
        if isinstance(result, Refused):
            refusals.append((path, field(str(result))))
            if as_json:
                echo_json({"path": path, "error": field(str(result))})
            continue
        cleaned += 1
        c = result.clean
        if as_json:
            record: dict[str, object] = {"path": path} | {k: field(getattr(c, k)) or None for k in JSON_KEYS}
            record["url"] = field(c.url) or None
            record["confidence"] = c.confidence
            record["confidence_reason"] = field(c.reason) or None
            record["text"] = text(c.text)
            echo_json(record)
            continue
        from rich.rule import Rule
        from rich.text import Text

        assert out is not None
        out.print(Rule(Text(path), style="dim"))
        out.print(Text(field(c.title) or "(no title found)", style="bold"))
        for key in (*JSON_KEYS[1:], "url"):
            value = getattr(c, key)
            if value:
                out.print(Text(f"{key}: {field(value)}", style="dim"))
        if c.confidence is not None:
            why = f" ({field(c.reason)})" if c.reason else ""
            out.print(Text(f"confidence: {c.confidence:.2f}{why}", style="dim"))
        out.print()
        for paragraph in text(c.text).split("\n\n"):
            if paragraph.strip():
                out.print(Text(paragraph))
                out.print()
    if not cleaned:
        from reader.errors import ReaderError

        if len(refusals) == 1:
            raise ReaderError(f"cannot clean {refusals[0][0]}: {refusals[0][1]}")
        raise ReaderError(f"nothing could be cleaned: all {len(refusals)} inputs were refused")
    if not as_json:
        for path, reason in refusals:
            click.echo(f"refused: {path}: {reason}", err=True)


COMMANDS = [clean_command]
