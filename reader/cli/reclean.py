"""`reader reclean ID`: clean an article's stored raw input again, keeping its annotations."""

from __future__ import annotations

import click

from reader.cli.common import ARTICLE_ID, annotator, db_option, field, with_store
from reader.errors import InvalidInput


def _describe(ann) -> str:  # noqa: ANN001
    return f"#{ann.id} {ann.label} “{field(ann.text)}”"


@click.command("reclean")
@click.argument("article_id", type=ARTICLE_ID)
@click.option(
    "--drop-unplaced", is_flag=True, help="Delete the annotations that cannot be placed in the new text."
)
@db_option
@with_store
def reclean_command(store, article_id: int, drop_unplaced: bool) -> None:  # noqa: ANN001
    """Run the (possibly improved) cleaner again on article ID's stored raw input.

    Annotations are moved to where their quote and context stand in the new text. If any cannot be
    placed, nothing changes unless --drop-unplaced is given; each dropped one is listed. Tags on the
    title, byline or dateline move with that field's new value; one whose words are gone from it is
    set aside (listed here and by `reader show`), never deleted. A tag set aside earlier (by a
    reclean or `reader body`) comes back to its field when the new value holds its words again."""
    from reader.reclean import reclean

    report = reclean(store, article_id, drop_unplaced=drop_unplaced, by=annotator())
    if not report.changed:
        click.echo(f"article {article_id}: the cleaner gives the same text; nothing to change")
        return
    if not report.applied:
        for ann in report.unplaced:
            click.echo(f"cannot place {_describe(ann)}")
        n = len(report.unplaced)
        raise InvalidInput(
            f"{n} annotation{'s' if n > 1 else ''} of article {article_id} cannot be placed in the new text; "
            "nothing changed (use --drop-unplaced to drop them)"
        )
    for ann in report.unplaced:
        click.echo(f"dropped {_describe(ann)}")
    for ann in report.set_aside:
        click.echo(
            f"set aside {_describe(ann)} (its words are no longer in the {ann.field}; see reader show)"
        )
    for ann in report.brought_back:
        click.echo(f"brought back {_describe(ann)} to the {ann.field} (its words are there again)")
    aside = f", {len(report.set_aside)} set aside" if report.set_aside else ""
    aside += f", {len(report.brought_back)} brought back" if report.brought_back else ""
    click.echo(
        f"article {article_id} cleaned again: {len(report.moved)} annotation(s) moved, "
        f"{len(report.unplaced)} dropped{aside}"
    )


COMMANDS = [reclean_command]
