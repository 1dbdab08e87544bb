"""`reader suggest`, `reader entities` and `reader claims`: suggestions and the cross-article indexes."""

from __future__ import annotations

import click

from reader.cli.common import (
    ARTICLE_ID,
    annotator,
    annotator_option,
    console,
    db_option,
    echo_json,
    field,
    with_store,
)
from reader.errors import InvalidInput
from reader.models import CLAIM_STATUSES


def _quantity_objects(text: str, spans) -> list[dict]:  # noqa: ANN001
    return [{"start": s, "end": e, "text": text[s:e]} for s, e in spans]


def suggestion_json(g, article_text: str, names: dict[str, str]) -> dict:  # noqa: ANN001
    data = {"label": names.get(g.label, g.label), "start": g.start, "end": g.end, "text": g.text}
    if g.label == "CLAIM":
        data["claimant"] = g.claimant
        data["quantities"] = _quantity_objects(article_text, g.quantities)
    return data


def annotation_json(ann, by_id: dict) -> dict:  # noqa: ANN001
    data = {
        "id": ann.id,
        "label": ann.label,
        "start": ann.start,
        "end": ann.end,
        "text": ann.text,
        "origin": ann.origin,
    }
    if ann.kind == "claim":
        data["claimant"] = ann.claimant
        data["claim_status"] = ann.claim_status
        data["quantities"] = [
            {"id": q.id, "start": q.start, "end": q.end, "text": q.text}
            for q in sorted((by_id[i] for i in ann.quantity_ids if i in by_id), key=lambda q: q.start)
        ]
    return data


def _dump(records: list) -> None:
    """JSON Lines, one record a line, as every --json output."""
    for record in records:
        echo_json(record)


@click.command("suggest")
@click.argument("article_id", type=ARTICLE_ID)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON Lines, one suggestion (with --accept: one stored annotation) per line.",
)
@click.option(
    "--accept",
    "accept_labels",
    multiple=True,
    metavar="LABEL",
    help="Store the suggestions of this label as annotations (repeatable; `all` for every label).",
)
@click.option(
    "--model",
    metavar="NAME",
    help="Also use this installed spaCy pipeline (a name or a path; never downloaded). Needs reader[nlp].",
)
@db_option
@annotator_option
@with_store
def suggest_command(store, article_id: int, as_json: bool, accept_labels: tuple[str, ...], model) -> None:  # noqa: ANN001
    """Suggest entities and claims for article ID (those not rejected nor already annotated).

    With --accept LABEL they are stored as annotations (origin "suggested") and what was stored is printed."""
    from reader.suggestions import accept_all, pending_suggestions

    article = store.get_article(article_id)
    if accept_labels:
        stored = accept_all(store, article_id, annotator=annotator(), label=accept_labels, model=model)
        by_id = {a.id: a for a in store.annotations(article_id)}
        if as_json:
            _dump([annotation_json(by_id.get(a.id, a), by_id) for a in stored])
            return
        from rich.text import Text

        out = console()
        out.print(
            Text(f"stored {len(stored)} annotation{'' if len(stored) == 1 else 's'} in article {article_id}")
        )
        for a in stored:
            a = by_id.get(a.id, a)
            out.print(Text(f"#{a.id} {a.label} [{a.start}-{a.end}] “{field(a.text)}”"))
            if a.kind == "claim":
                out.print(Text(f"    claimant: {field(a.claimant) or '(none)'}; status: {a.claim_status}"))
                for qid in a.quantity_ids:
                    q = by_id.get(qid)
                    out.print(Text(f"    quantity #{qid}: “{field(q.text) if q else '?'}”"))
        return
    pending = pending_suggestions(store, article_id, model=model)
    names = store.builtin_label_names()  # suggestions name built-in labels as first named
    if as_json:
        _dump([suggestion_json(g, article.text, names) for g in pending])
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not pending:
        out.print(Text(f"No suggestions for article {article_id}."))
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("label", no_wrap=True)
    table.add_column("span", justify="right", no_wrap=True)
    table.add_column("text", overflow="fold", ratio=3)
    table.add_column("claimant / quantities", overflow="fold", ratio=1)
    for g in pending:
        extra = ""
        if g.label == "CLAIM":
            parts = [field(g.claimant) or "(no claimant)"]
            parts += [f"“{field(article.text[s:e])}”" for s, e in g.quantities]
            extra = "; ".join(parts)
        table.add_row(
            Text(field(names.get(g.label, g.label))),
            Text(f"{g.start}-{g.end}"),
            Text(field(g.text)),
            Text(extra),
        )
    out.print(table)
    out.print(Text(f"{len(pending)} suggestion{'' if len(pending) == 1 else 's'}", style="dim"))


@click.command("entities")
@click.option("--label", "-l", help="Only this label (PERSON, ORG, PLACE, ...).")
@click.option("--show", "show", metavar="TEXT", help="List every mention of this entity, in context.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON Lines, one entity (with --show: one mention) per line.",
)
@db_option
@with_store
def entities_command(store, label: str | None, show: str | None, as_json: bool) -> None:  # noqa: ANN001
    """The entity index across all articles: every annotated entity by label and normalised text
    (case, spaces and possessives ignored), with its mentions and articles.

    With --show TEXT: every mention of that entity, with its sentence and article."""
    from rich.text import Text

    if show is not None:
        if not show.strip():
            raise InvalidInput("--show needs the text of an entity")
        mentions = store.entity_mentions(label, show)
        if as_json:
            _dump(
                [
                    {
                        "annotation_id": m.annotation_id,
                        "article_id": m.article_id,
                        "article_title": m.article_title,
                        "label": m.label,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "sentence": m.sentence,
                    }
                    for m in mentions
                ]
            )
            return
        out = console()
        if not mentions:
            out.print(
                Text(f"No mentions of “{field(show)}”{' as ' + field(label).upper() if label else ''}.")
            )
            return
        for m in mentions:
            out.print(
                Text(f"article {m.article_id} · {field(m.article_title) or '(untitled)'}", style="bold")
            )
            line = Text("    ")
            s, e = m.start - m.sentence_start, m.end - m.sentence_start
            line.append(field(m.sentence[:s]) + (" " if m.sentence[:s][-1:].isspace() else ""))
            line.append(field(m.sentence[s:e]), style="bold reverse")
            line.append((" " if m.sentence[e:][:1].isspace() else "") + field(m.sentence[e:]))
            out.print(line)
            out.print(Text(f"    #{m.annotation_id} {m.label} [{m.start}-{m.end}]", style="dim"))
        out.print(Text(f"{len(mentions)} mention{'' if len(mentions) == 1 else 's'}", style="dim"))
        return
    groups = store.entity_index(label)
    if as_json:
        _dump(
            [
                {
                    "label": g.label,
                    "entity": g.text,
                    "key": g.key,
                    "mentions": g.mentions,
                    "articles": g.articles,
                }
                for g in groups
            ]
        )
        return
    out = console()
    if not groups:
        out.print(Text("No entities annotated yet."))
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("label", no_wrap=True)
    table.add_column("entity", overflow="fold", ratio=3)
    table.add_column("mentions", justify="right")
    table.add_column("articles", justify="right")
    for g in groups:
        table.add_row(Text(g.label), Text(field(g.text)), Text(str(g.mentions)), Text(str(g.articles)))
    out.print(table)


@click.command("claims")
@click.option(
    "--status", type=click.Choice(CLAIM_STATUSES), help="Only claims with this verification status."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one claim per line.")
@db_option
@with_store
def claims_command(store, status: str | None, as_json: bool) -> None:  # noqa: ANN001
    """Every claim across articles with its claimant, status and article (e.g. --status unverified)."""
    rows = store.claims(status)
    if as_json:
        _dump(
            [
                {
                    "id": r.annotation.id,
                    "article_id": r.annotation.article_id,
                    "article_title": r.article_title,
                    "label": r.annotation.label,
                    "start": r.annotation.start,
                    "end": r.annotation.end,
                    "text": r.annotation.text,
                    "claimant": r.annotation.claimant,
                    "status": r.annotation.claim_status,
                    "origin": r.annotation.origin,
                    "note": r.annotation.note,
                    "quantities": r.quantity_texts,
                }
                for r in rows
            ]
        )
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not rows:
        out.print(Text(f"No {status + ' ' if status else ''}claims."))
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right")
    table.add_column("status", no_wrap=True)
    table.add_column("claimant", overflow="fold", ratio=1)
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("article", overflow="fold", ratio=1)
    for r in rows:
        a = r.annotation
        table.add_row(
            Text(str(a.id)),
            Text(field(a.claim_status)),
            Text(field(a.claimant) or "(none)"),
            Text(field(a.text)),
            Text(f"{a.article_id} · {field(r.article_title) or '(untitled)'}"),
        )
    out.print(table)
    out.print(Text(f"{len(rows)} claim{'' if len(rows) == 1 else 's'}", style="dim"))


COMMANDS = [suggest_command, entities_command, claims_command]
