"""`reader db copy SRC DST`: move a whole library between an SQLite file and a PostgreSQL server."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from click.termui import progressbar

from reader.cli.common import DbLocation, field, store_at
from reader.errors import InvalidInput


@click.group("db")
def db_group() -> None:
    """The library as a whole: copy it to a server or back to a file."""


@db_group.command("copy")
@click.argument("src", type=DbLocation())
@click.argument("dst", type=DbLocation())
def copy_command(src: Path | str, dst: Path | str) -> None:
    """Copy the whole library SRC into DST, which must be new or empty: articles, labels, tags,
    entities, claims, evidence, sessions and settings, with their ids. Each is a database file or
    a PostgreSQL server as postgresql://user@host/dbname.

    \b
    reader db copy ~/reader.db postgresql://desk@db.newsroom/leak
    reader db copy postgresql://desk@db.newsroom/leak backup.db"""
    from reader.store.copy import check_copy, copy_library, row_counts

    if isinstance(src, Path) and not src.is_file():
        raise InvalidInput(f"no database at {src}")
    if str(src) == str(dst):
        raise InvalidInput("SRC and DST are the same database")
    with store_at(src) as source, store_at(dst) as target:
        check_copy(source, target)  # before the progress bar: a refusal is one line
        total = sum(row_counts(source).values())
        err = sys.stderr
        bar: Any = progressbar(
            length=total,
            label="copying",
            file=err,
        )
        with bar:
            copied = copy_library(source, target, bar.update)
    parts = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in copied.items() if n)
    click.echo(
        f"copied {parts or 'an empty library'} from {field(str(source.path))} to {field(str(target.path))}"
    )


COMMANDS = [db_group]
