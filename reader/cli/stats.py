"""`reader stats`: annotation totals per article, label, annotator and session."""

from __future__ import annotations

import click

from reader.cli.common import console, db_option, echo_json, field, with_store

_TITLES = {"articles": "Articles", "labels": "Labels", "annotators": "Annotators", "sessions": "Sessions"}


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON line: an object with the four lists.")
@db_option
@with_store
def stats_command(store, as_json: bool) -> None:  # noqa: ANN001
    """Totals: annotations per article, per label, per annotator and per annotation session."""
    stats = store.stats()
    safe = {
        section: [{k: (field(v) if isinstance(v, str) else v) for k, v in row.items()} for row in rows]
        for section, rows in stats.items()
    }
    if as_json:
        echo_json(safe)
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    n = store.count_articles()
    out.print(Text(f"{n} article{'' if n == 1 else 's'} in {field(str(store.path))}", style="bold"))
    for section, rows in safe.items():
        title = _TITLES.get(section, section)
        if not rows:
            out.print(Text(f"\n{title}: none"))
            continue
        table = Table(title=title, title_justify="left", box=None, header_style="bold", pad_edge=False)
        for name in rows[0]:
            table.add_column(name, justify="right" if isinstance(rows[0][name], (int, float)) else "left")
        for row in rows:
            table.add_row(*(Text("" if v is None else str(v)) for v in row.values()))
        out.print()
        out.print(table)


COMMANDS = [stats_command]
