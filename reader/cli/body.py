"""`reader body ID --from ... --to ... [--drop ...]`: choose an article's body from its page by hand."""

from __future__ import annotations

import click

from reader.cli.common import ARTICLE_ID, annotator, db_option, field, with_store
from reader.short_text import short_text


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
@click.option(
    "--candidates",
    "list_candidates",
    is_flag=True,
    help="List the cleaner's candidates for the body: its choice and the regions it ranked next.",
)
@click.option(
    "--candidate",
    "number",
    type=int,
    metavar="K",
    help="Give the article candidate K's body (as --candidates lists them; 1 is the cleaner's text).",
)
@db_option
@with_store
def body_command(  # noqa: PLR0913
    store,  # noqa: ANN001
    article_id: int,
    start: str | None,
    end: str | None,
    drop: tuple[str, ...],
    auto: bool,
    list_candidates: bool,
    number: int | None,
) -> None:
    """Set article ID's text to the part of its saved page from --from to --to, without the --drop
    paragraphs. The page is the one stored at import (a text dump as it is, HTML and Markdown as text: the P key
    of the reading view shows it). Tags move with their words; a tag whose words are no longer in
    the text is set aside (listed here and by `reader show`), never deleted. `reader reclean`
    keeps this choice; --auto goes back to the cleaner's text. When the cleaner took the wrong part
    of the page, --candidates lists the parts it ranked next and --candidate K takes one."""
    from reader.body import BodySpec, automatic_body, fix_body
    from reader.errors import InvalidInput

    if list_candidates or number is not None:
        given = [o for o, v in (("--from", start), ("--to", end), ("--drop", drop), ("--auto", auto)) if v]
        if list_candidates and number is not None:
            given.insert(0, "--candidate")
        if given:
            option = "--candidates" if list_candidates else "--candidate"
            raise InvalidInput(f"{option} takes no {', '.join(given)}")
        from reader.body_candidates import apply_candidate, article_candidates

        found = article_candidates(store, article_id)
        if list_candidates:
            _list(store, article_id, found)
            return
        assert number is not None  # (--candidate K, the only other way here)
        report = apply_candidate(store, found, article_id, number, by=annotator())
    elif auto:
        if start or end or drop:
            raise InvalidInput("--auto takes no --from, --to or --drop")
        report = automatic_body(store, article_id, by=annotator())
    elif not (start and end):
        raise InvalidInput("give --from and --to (the first and last words of the article), or --auto")
    else:
        report = fix_body(store, article_id, BodySpec(start, end, list(drop)), by=annotator())
    _print_report(article_id, report)


def _print_report(article_id: int, report) -> None:  # noqa: ANN001
    choice = report.choice
    if not report.changed:
        click.echo(f"article {article_id} already has this body; nothing changed")
        return
    for p in choice.dropped:
        click.echo(f"dropped paragraph: {short_text(field(p.text), 70)}")
    for ann in report.moved:
        click.echo(f"moved #{ann.id} {ann.label} “{short_text(field(ann.text), 40)}”")
    for ann in report.set_aside:
        click.echo(
            f"set aside #{ann.id} {ann.label} “{short_text(field(ann.text), 40)}”: its words are not in the new text"
        )
    for ann in report.brought_back:
        click.echo(
            f"brought back #{ann.id} {ann.label} “{short_text(field(ann.text), 40)}”: its words are in the text again"
        )
    n_aside = len(report.set_aside)
    click.echo(
        f"article {article_id}: {len(choice.kept)} paragraph(s) kept (was {report.paragraphs_before}), "
        f"{len(choice.dropped)} dropped inside; {len(report.moved)} tag(s) moved, {n_aside} set aside"
        + (f" (see `reader show {article_id}`)" if n_aside else "")
        + (f", {len(report.brought_back)} brought back" if report.brought_back else "")
    )


def _list(store, article_id: int, found) -> None:  # noqa: ANN001
    """One line a candidate: * for the current one, its number, words, first and last words."""
    from reader.body_candidates import current_number

    if not found:
        click.echo(f"article {article_id}: its stored page has no paragraphs, so no candidates")
        return
    article = store.get_article(article_id)
    current = current_number(found, article.text, article.body_choice)
    for c in found:
        words = c.text.split()
        head = short_text(field(" ".join(words[:8])), 60)
        tail = short_text(field(" ".join(words[-6:])), 40) if len(words) > 8 else ""
        mark = "*" if c.number == current else " "
        now = ", current" if c.number == current else ""
        click.echo(
            f"{mark} {c.number}  {c.words} words  “{head}”"
            + (f" … “{tail}”" if tail else "")
            + f"  ({c.label}{now})"
        )
    if current is None:
        click.echo("  (the article has a body chosen by hand that is none of these)")
    if len(found) == 1:
        click.echo(f"article {article_id}: the cleaner found no other candidate on this page")
    else:
        click.echo(f"`reader body {article_id} --candidate K` gives the article candidate K's body")


@click.command("title")
@click.argument("article_id", type=ARTICLE_ID)
@click.argument("title")
@db_option
@with_store
def title_command(store, article_id: int, title: str) -> None:  # noqa: ANN001
    """Give article ID the title TITLE (or a new one): an article the cleaner found no title for
    is listed as "(untitled)". Tags on the old title move with their words; one whose words are
    gone is set aside (`reader show` lists it) and comes back when a later title has them.
    `reader reclean` keeps a title given by hand, whatever title the cleaner finds."""
    from reader.title import set_title

    report = set_title(store, article_id, title)
    if not report.changed:
        click.echo(
            f"article {article_id} already has that title (given by hand: reader reclean keeps it)", err=True
        )
        return
    was = f"“{field(short_text(report.old))}”" if report.old else "no title"
    click.echo(f"article {article_id}: “{field(report.new or '')}” (was {was})", err=True)
    for ann in report.set_aside:
        click.echo(
            f"set aside: {ann.label} “{field(short_text(ann.text))}” (its words are not in the new title)",
            err=True,
        )
    for ann in report.brought_back:
        click.echo(f"back: {ann.label} “{field(short_text(ann.text))}”", err=True)


COMMANDS = [body_command, title_command]
