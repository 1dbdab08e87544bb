"""`reader delete ID...`: remove articles (a junk import: a cookie wall, a duplicate, the wrong
link) with everything that hangs on them, a copy kept in the library's trash folder; `reader
restore FILE` brings such a copy back."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from reader.cli.common import ARTICLE_ID, db_option, field, with_store
from reader.deleting import counted
from reader.errors import InvalidInput, NotFound


@click.command("delete")
@click.argument("article_ids", nargs=-1, required=True, type=ARTICLE_ID)
@click.option(
    "--force",
    is_flag=True,
    help="Accepted for older scripts: articles with tags or claims are deleted without it too.",
)
@db_option
@with_store
def delete_command(store, article_ids: tuple[int, ...], force: bool) -> None:  # noqa: ANN001
    """Delete articles ID... with their tags, claims, evidence and history; entities no other
    article names go too. A copy of each is kept first in the library's trash folder, and the
    command says which `reader restore FILE` brings them back. Every id is checked before any is
    deleted; if the copy cannot be written, nothing is."""
    from reader.trash import delete_to_trash, restore_command

    counts = store.article_tag_counts(article_ids)
    for article_id in article_ids:
        if article_id not in counts:
            raise NotFound(f"no article with id {article_id} (nothing was deleted)")
    path, deleted = delete_to_trash(store, list(article_ids))
    for article_id, title in deleted:
        tags, claims = counts[article_id]
        lost = f" ({counted(tags, 'tag')}, {counted(claims, 'claim')})" if tags or claims else ""
        click.echo(f"deleted article {article_id}: {field(title) or '(untitled)'}{lost}")
    it = "it" if len(deleted) == 1 else "them"
    click.echo(f"a copy is in the trash: `{field(restore_command(path))}` brings {it} back")


@click.command("restore")
@click.argument("path", type=click.Path(path_type=Path))
@db_option
@with_store
def restore_command_(store, path: Path) -> None:  # noqa: ANN001
    """Bring back articles `reader delete` kept in the trash (the file it named), whole: the page,
    text and metadata, tags, claims, evidence, verdicts, notes, entities and status. An article
    whose text is in the library again keeps its id there and gets the tags only."""
    from reader.cli.exporting import summary
    from reader.trash import restore

    if not path.exists():
        raise InvalidInput(f"no such file: {path}")
    report = restore(store, path)
    for r in report.articles:
        title = field(r.title) or "(untitled)"
        if r.new:
            click.echo(f"restored article {r.article_id}: {title}")
        else:
            click.echo(f"article {r.article_id} has this text again ({title}): its tags are brought onto it")
    tags = report.tags
    for problem in tags.problems:
        click.echo(f"reader: not imported: {field(problem)}", err=True)
    for line in tags.kept:
        click.echo(f"reader: {field(line)}", err=True)
    click.echo(summary(tags), err=True)
    if not report.articles and not tags.added:
        click.echo(f"reader: error: {field(str(path))} holds no deleted article", err=True)
        sys.exit(1)


COMMANDS = [delete_command, restore_command_]
