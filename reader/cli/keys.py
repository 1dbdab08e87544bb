"""`reader keys`: the keys the reading view and the library answer to, and the file that remaps them."""

from __future__ import annotations

import click

from reader.cli.common import db_option, echo_json
from reader.errors import InvalidInput


@click.command("keys")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one key binding per line.")
@db_option  # accepted like everywhere; the keys do not depend on the database
def keys_command(as_json: bool) -> None:
    """List the keys that can be remapped, with the keys file (keys.toml) that remaps them."""
    try:
        from reader.tui.keymap import keys_path, load_keymap, remappable
    except ImportError as e:
        raise InvalidInput(f"the reading view is not available in this installation ({e})") from None
    path = keys_path()
    keymap = load_keymap(path)  # a bad file is one line, here as when the TUI starts
    rows = sorted(remappable().values(), key=lambda r: (r.where != "everywhere", r.where, r.id))
    if as_json:
        for r in rows:
            keys = keymap.get(r.id, r.keys)
            record = {"id": r.id, "keys": keys, "default": r.keys, "what": r.description, "where": r.where}
            echo_json(record)
        return
    state = "remaps " + ", ".join(sorted(keymap)) if keymap else "not there: every key is the default"
    click.echo(f"keys file: {path} ({state})")
    click.echo('Remap a key there with a [keys] table, e.g.  "reading.undo" = "z"')
    click.echo("Label keys (tag as PERSON, ...) are changed with `reader labels`.\n")
    width = max(len(r.id) for r in rows)
    for r in rows:
        keys = keymap.get(r.id, r.keys)
        mark = " *" if r.id in keymap else ""
        click.echo(f"{r.id:<{width}}  {keys + mark:<22}  {r.where:<13} {r.description}")


COMMANDS = [keys_command]
