"""`reader labels`: list, add, rename, recolour and re-key the labels."""

from __future__ import annotations

import re

import click

from reader.cli.common import console, db_option, echo_json, field, with_store
from reader.models import LABEL_KINDS

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _label_dict(label) -> dict:  # noqa: ANN001
    return {
        "name": label.name,
        "kind": label.kind,
        "colour": label.colour,
        "hotkey": label.hotkey,
        "description": field(label.description) or None,
    }


@click.group("labels", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one label per line.")
@db_option
@click.pass_context
def labels_group(ctx: click.Context, as_json: bool) -> None:
    """List the labels, or change them with a subcommand (add, rename, colour, hotkey)."""
    if ctx.invoked_subcommand is not None:
        return
    from reader.cli.common import open_store

    labels = open_store().labels()
    if as_json:
        for label in labels:
            echo_json(_label_dict(label))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in ("name", "kind", "colour", "hotkey", "description"):
        table.add_column(name)
    for label in labels:
        swatch = Text("■ ", style=label.colour if _HEX.match(label.colour) else "")
        swatch.append(label.colour)
        table.add_row(
            Text(field(label.name)),
            Text(label.kind),
            swatch,
            Text(label.hotkey or ""),
            Text(field(label.description)),
        )
    console().print(table)


def _show(label) -> None:  # noqa: ANN001
    click.echo(
        f"{field(label.name)} ({label.kind}, {label.colour}, hotkey {label.hotkey or 'none'})"
        + (f": {field(label.description)}" if label.description else "")
    )


@labels_group.command("add")
@click.argument("name")
@click.option(
    "--kind", type=click.Choice(LABEL_KINDS), default="entity", show_default=True, help="Entity or claim."
)
@click.option(
    "--colour", "--color", "colour", default="#56b6c2", show_default=True, help="Colour as #rrggbb."
)
@click.option("--hotkey", help="A digit 1-9 that applies this label in the reading view.")
@click.option("--description", help="What this label is for.")
@db_option
@with_store
def labels_add(store, name: str, kind: str, colour: str, hotkey: str | None, description: str | None) -> None:  # noqa: ANN001
    """Add a label NAME (one word; stored in capitals)."""
    label = store.add_label(name, kind=kind, colour=colour, hotkey=hotkey, description=description)
    click.echo("added ", nl=False)
    _show(label)


@labels_group.command("rename")
@click.argument("old")
@click.argument("new")
@db_option
@with_store
def labels_rename(store, old: str, new: str) -> None:  # noqa: ANN001
    """Rename label OLD to NEW; its annotations follow."""
    label = store.update_label(old, new_name=new)
    click.echo(f"renamed {field(old).upper()} to {field(label.name)}")


@labels_group.command("colour")
@click.argument("name")
@click.argument("colour")
@db_option
@with_store
def labels_colour(store, name: str, colour: str) -> None:  # noqa: ANN001
    """Give label NAME the colour #rrggbb."""
    label = store.update_label(name, colour=colour)
    _show(label)


@labels_group.command("hotkey")
@click.argument("name")
@click.argument("hotkey")
@db_option
@with_store
def labels_hotkey(store, name: str, hotkey: str) -> None:  # noqa: ANN001
    """Give label NAME the hotkey 1-9, or `none` to remove it."""
    if hotkey.lower() == "none":
        label = store.update_label(name, clear_hotkey=True)
    else:
        label = store.update_label(name, hotkey=hotkey)
    _show(label)


COMMANDS = [labels_group]
