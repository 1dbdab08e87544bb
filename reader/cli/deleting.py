"""`reader delete ID...`: remove articles (a junk import: a cookie wall, a duplicate, the wrong
link) with everything that hangs on them."""

from __future__ import annotations

import click

from reader.cli.common import ARTICLE_ID, db_option, field, with_store
from reader.deleting import counted, tags_and_claims
from reader.errors import InvalidInput, NotFound


@click.command("delete")
@click.argument("article_ids", nargs=-1, required=True, type=ARTICLE_ID)
@click.option("--force", is_flag=True, help="Delete articles that have tags or claims too.")
@db_option
@with_store
def delete_command(store, article_ids: tuple[int, ...], force: bool) -> None:  # noqa: ANN001
    """Delete articles ID... with their tags, claims, evidence and history; entities no other
    article names go too. Cannot be undone: an article with tags or claims is kept unless --force
    (`reader export --article ID` saves them first). Every id is checked before any is deleted."""
    counts = store.article_tag_counts(article_ids)
    for article_id in article_ids:
        if article_id not in counts:
            raise NotFound(f"no article with id {article_id} (nothing was deleted)")
    if not force:
        for article_id in article_ids:
            tags, claims = counts[article_id]
            if tags or claims:
                raise InvalidInput(
                    f"article {article_id} has {tags_and_claims(tags, claims)}: "
                    f"`reader export --article {article_id}` keeps them; add --force to delete it "
                    "anyway (nothing was deleted)"
                )
    for article_id, title in store.delete_articles(article_ids):
        tags, claims = counts[article_id]
        lost = f" ({counted(tags, 'tag')}, {counted(claims, 'claim')})" if tags or claims else ""
        click.echo(f"deleted article {article_id}: {field(title) or '(untitled)'}{lost}")


COMMANDS = [delete_command]
