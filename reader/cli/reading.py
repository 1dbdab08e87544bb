"""Reading the library: `reader list`, `reader show ID`, `reader search QUERY`."""

from __future__ import annotations

import click

from reader.cli.common import (
    ARTICLE_ID,
    MAX_ID,
    console,
    db_option,
    echo_json,
    field,
    text,
    with_store,
)
from reader.models import ARTICLE_STATUSES
from reader.store.store import SORT_COLUMNS


@click.command("list")
@click.option("--status", type=click.Choice(ARTICLE_STATUSES), help="Only articles with this status.")
@click.option("--label", help="Only articles with at least one annotation of this label.")
@click.option(
    "--sort", type=click.Choice(list(SORT_COLUMNS)), default="imported", show_default=True, help="Sort order."
)
@click.option("--desc", is_flag=True, help="Reverse the sort order.")
@click.option(
    "--low-confidence",
    is_flag=True,
    help="Only the articles whose text the cleaner was unsure of (marked ? in the list).",
)
@click.option(
    "--assigned", metavar="NAME", help="Only the articles assigned to this annotator (reader assign)."
)
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one article per line.")
@db_option
@with_store
def list_command(store, status, label, sort, desc, low_confidence, assigned, limit, as_json) -> None:  # noqa: ANN001
    """List the articles in the library: id, title, site, date, words, annotations, status.

    A ? before a title marks an article whose text the cleaner was unsure of: compare it with the
    page (P in the reading view; n there marks the cleaner's other candidates) and fix it with
    `reader body` if need be (`reader body ID --candidates` lists those candidates)."""
    from reader.low_confidence import MARK, is_low

    ids = store.article_ids(
        sort=sort,
        descending=desc,
        status=status,
        label=label,
        low_confidence=low_confidence,
        assigned=assigned,
    )
    if limit:
        ids = ids[:limit]
    if as_json:
        for i in range(0, len(ids), 500):
            for row in store.article_rows(ids[i : i + 500]):
                echo_json(
                    {
                        "id": row.id,
                        "title": field(row.title) or None,
                        "site": field(row.site) or None,
                        "published": row.published,
                        "words": row.word_count,
                        "annotations": row.annotation_count,
                        "status": row.status,
                        "confidence": row.confidence,
                        "low_confidence": is_low(row.confidence),
                    }
                )
        return
    out = console(wide=True)
    if not ids:
        filtered = status or label or low_confidence or assigned is not None
        if filtered and not store.article_ids():
            out.print("No articles. Import some with: reader import PATH...")
        elif low_confidence and not (status or label or assigned is not None):
            out.print("No article is marked ?: the cleaner was sure of every text.")
        elif filtered:
            out.print("No article matches these filters.")
        else:
            out.print("No articles. Import some with: reader import PATH...")
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right")
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("site", overflow="fold", ratio=1)
    table.add_column("date", no_wrap=True)
    table.add_column("words", justify="right")
    table.add_column("annotations", justify="right")
    table.add_column("status", no_wrap=True)
    for i in range(0, len(ids), 500):
        for row in store.article_rows(ids[i : i + 500]):
            title = Text(f"{MARK} ", style="bold yellow") if is_low(row.confidence) else Text()
            title.append(field(row.title) or "(untitled)")
            table.add_row(
                Text(str(row.id)),
                title,
                Text(field(row.site)),
                Text(field(row.published)),
                Text(str(row.word_count)),
                Text(str(row.annotation_count)),
                Text(row.status),
            )
    out.print(table)


def annotation_lines(ann, by_id: dict) -> list:  # noqa: ANN001
    """Rich Text lines describing one annotation (safe: no markup)."""
    from rich.text import Text

    head = Text()
    head.append(f"#{ann.id} ", style="dim")
    head.append(ann.label, style="bold")
    on = "" if ann.field == "body" else f" in the {ann.field}"
    head.append(f" [{ann.start}-{ann.end}{on}] ", style="dim")
    head.append(f"“{field(ann.text)}”")
    lines = [head]
    if ann.entity and ann.entity.casefold() != ann.text.casefold():
        lines.append(Text(f"    entity #{ann.entity_id} “{field(ann.entity)}”", style="dim"))
    if ann.kind == "claim":
        lines.append(
            Text(f"    claimant: {field(ann.claimant) or '(none)'}; status: {field(ann.claim_status)}")
        )
        for qid in ann.quantity_ids:
            q = by_id.get(qid)
            lines.append(Text(f"    quantity #{qid}: “{field(q.text) if q else '?'}”"))
    if ann.note:
        lines.append(Text(f"    note: {field(ann.note)}"))
    who = [f"by {field(ann.annotator)}"] if ann.annotator else []
    if ann.origin == "suggested":
        who.append("accepted from a suggestion")
    if who:
        lines.append(Text("    " + ", ".join(who), style="dim"))
    return lines


@click.command("show")
@click.argument("article_id", type=ARTICLE_ID)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON line: the article with its annotations."
)
@db_option
@with_store
def show_command(store, article_id: int, as_json: bool) -> None:  # noqa: ANN001
    """Show article ID: title, metadata, the cleaned text, and its annotations below it (those on
    the title, byline or dateline too, with their field; an entity tag with its entity)."""
    article = store.get_article(article_id)
    annotations = store.annotations(article_id, field=None)  # the body's, then the metadata's
    set_aside = store.set_aside_annotations(article_id)
    if as_json:
        data = {
            k: getattr(article, k)
            for k in (
                "id",
                "source",
                "site",
                "title",
                "byline",
                "dateline",
                "agency",
                "published",
                "language",
            )
        }
        data |= {
            "url": field(article.url) or None,
            "confidence": article.confidence,
            "confidence_reason": field(article.confidence_reason) or None,
            "body_chosen_by_hand": article.body_choice is not None,
            "title_given_by_hand": article.title_by_hand,
            "words": article.word_count,
            "status": article.status,
            "text": text(article.text),
        }
        data["annotations"] = [
            {
                "id": a.id,
                "label": a.label,
                "start": a.start,
                "end": a.end,
                "text": a.text,
                "note": a.note,
                "annotator": a.annotator,
                "origin": a.origin,
                "claimant": a.claimant,
                "claim_status": a.claim_status,
                "quantity_ids": a.quantity_ids,
                "field": a.field,
                "entity_id": a.entity_id,
                "entity": a.entity,
            }
            for a in annotations
        ]
        data["set_aside"] = [
            {
                "id": a.id,
                "label": a.label,
                "text": a.text,
                "note": a.note,
                "annotator": a.annotator,
                "field": a.field,
            }
            for a in set_aside
        ]
        echo_json(data)
        return
    from rich.rule import Rule
    from rich.text import Text

    out = console()
    out.print(Text(field(article.title) or "(untitled)", style="bold"))
    meta = [
        ("by", article.byline),
        ("dateline", article.dateline),
        ("agency", article.agency),
        ("published", article.published),
        ("site", article.site),
        ("url", article.url),
        ("source", article.source),
    ]
    for name, value in meta:
        if value:
            out.print(Text(f"{name}: {field(value)}", style="dim"))
    out.print(Text(f"article {article.id} · {article.word_count} words · {article.status}", style="dim"))
    from reader.low_confidence import MARK, is_low

    if is_low(article.confidence):
        why = f": {field(article.confidence_reason)}" if article.confidence_reason else ""
        out.print(
            Text(
                f"{MARK} the cleaner is unsure this is the article ({article.confidence:.2f}{why}); "
                f"compare with the page and fix it with `reader body {article.id}` "
                f"(`reader body {article.id} --candidates` lists the cleaner's other candidates)",
                style="yellow",
            )
        )
    if article.body_choice:
        out.print(Text("body chosen by hand (reader body)", style="dim"))
    if article.title_by_hand:
        out.print(Text("title given by hand (reader title: reader reclean keeps it)", style="dim"))
    out.print()
    for paragraph in text(article.text).split("\n\n"):
        if paragraph.strip():
            out.print(Text(paragraph))
            out.print()
    out.print(Rule(f"{len(annotations)} annotation{'' if len(annotations) == 1 else 's'}"))
    by_id = {a.id: a for a in annotations}
    for ann in annotations:
        for line in annotation_lines(ann, by_id):
            out.print(line)
    if set_aside:
        n = len(set_aside)
        out.print(
            Rule(
                f"{n} annotation{'' if n == 1 else 's'} set aside: not in the text since a body fix or reclean"
            )
        )
        for ann in set_aside:
            on = "" if ann.field == "body" else f" (was on the {ann.field})"
            out.print(Text(f"#{ann.id} {ann.label} “{field(ann.text)}”{on}"))


def _inline(s: str) -> str:
    """One line, keeping a single space where the piece began or ended with white space."""
    core = " ".join(text(s).split())
    if not core:
        return " " if s[:1].isspace() else ""
    return (" " if s[:1].isspace() else "") + core + (" " if s[-1:].isspace() else "")


def highlighted(snippet: str):  # noqa: ANN201
    """A search snippet with its \\x02...\\x03 matches highlighted (each piece normalised)."""
    from rich.text import Text

    out = Text()
    highlight = False
    for piece in snippet.replace("\x03", "\x02").split("\x02"):
        if piece:
            out.append(_inline(piece), style="bold reverse" if highlight else "")
        highlight = not highlight
    return out


@click.command("search")
@click.argument("query")
@click.option("--raw", is_flag=True, help='Pass FTS5 syntax through: AND, OR, NOT, "phrases", prefix*.')
@click.option(
    "--limit",
    type=click.IntRange(min=1, max=MAX_ID, clamp=True),
    default=20,
    show_default=True,
    help="At most this many results.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one result per line.")
@db_option
@with_store
def search_command(store, query: str, raw: bool, limit: int, as_json: bool) -> None:  # noqa: ANN001
    """Search the articles' text, best matches first, with a snippet around the match."""
    hits = store.search(query, limit=limit, raw=raw)
    if as_json:
        for hit in hits:
            snippet = hit.snippet.replace("\x02", "").replace("\x03", "")
            echo_json(
                {
                    "id": hit.id,
                    "title": field(hit.title) or None,
                    "site": field(hit.site) or None,
                    "published": hit.published,
                    "snippet": field(snippet),
                }
            )
        return
    from rich.text import Text

    out = console()
    if not hits:
        out.print(Text(f"no articles match {field(query)!r}"))
        return
    for hit in hits:
        head = Text()
        head.append(f"{hit.id:>4}  ", style="dim")
        head.append(field(hit.title) or "(untitled)", style="bold")
        extra = " · ".join(field(v) for v in (hit.site, hit.published) if v)
        if extra:
            head.append(f"  {extra}", style="dim")
        out.print(head)
        line = Text("      ")
        line.append_text(highlighted(hit.snippet))
        out.print(line)


COMMANDS = [list_command, show_command, search_command]
