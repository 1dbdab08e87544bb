"""`reader body ID --from ... --to ... [--drop ...]`: choose an article's body from its page by hand."""

from __future__ import annotations

import click

from reader.cli.common import ARTICLE_ID, db_option, field, with_store


def _short(text: str, width: int = 70) -> str:
    text = field(text)
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command("body")
@click.argument("article_id", type=ARTICLE_ID)
@click.option("--from", "start", help="The first words of the article, as the page shows them.")
@click.option("--to", "end", help="The last words of the article, as the page shows them.")
@click.option(
    "--drop",
    multiple=True,
    help="Words of a paragraph inside to leave out (a caption, a related-links block); repeatable.",
)
@click.option("--auto", is_flag=True, help="Forget the body chosen by hand: the cleaner's text again.")
@db_option
@with_store
def body_command(store, article_id: int, start, end, drop: tuple[str, ...], auto: bool) -> None:  # noqa: ANN001
    """Set article ID's text to the part of its saved page from --from to --to, without the --drop
    paragraphs. The page is the one stored at import (a text dump as it is, HTML as text: the P key
    of the reading view shows it). Tags move with their words; a tag whose words are no longer in
    the text is set aside (listed here and by `reader show`), never deleted. `reader reclean`
    keeps this choice; --auto goes back to the cleaner's text."""
    from reader.body import BodySpec, automatic_body, fix_body
    from reader.errors import InvalidInput

    if auto:
        if start or end or drop:
            raise InvalidInput("--auto takes no --from, --to or --drop")
        report = automatic_body(store, article_id)
    elif not (start and end):
        raise InvalidInput("give --from and --to (the first and last words of the article), or --auto")
    else:
        report = fix_body(store, article_id, BodySpec(start, end, list(drop)))
    choice = report.choice
    if not report.changed:
        click.echo(f"article {article_id} already has this body; nothing changed")
        return
    for p in choice.dropped:
        click.echo(f"dropped paragraph: {_short(p.text)}")
    for ann in report.moved:
        click.echo(f"moved #{ann.id} {ann.label} “{_short(ann.text, 40)}”")
    for ann in report.set_aside:
        click.echo(
            f"set aside #{ann.id} {ann.label} “{_short(ann.text, 40)}”: its words are not in the new text"
        )
    for ann in report.brought_back:
        click.echo(
            f"brought back #{ann.id} {ann.label} “{_short(ann.text, 40)}”: its words are in the text again"
        )
    n_aside = len(report.set_aside)
    click.echo(
        f"article {article_id}: {len(choice.kept)} paragraph(s) kept (was {report.paragraphs_before}), "
        f"{len(choice.dropped)} dropped inside; {len(report.moved)} tag(s) moved, {n_aside} set aside"
        + (f" (see `reader show {article_id}`)" if n_aside else "")
        + (f", {len(report.brought_back)} brought back" if report.brought_back else "")
    )


COMMANDS = [body_command]
