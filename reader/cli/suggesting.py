"""`reader suggest`: what the rules would tag in an article, and storing it."""

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


COMMANDS = [suggest_command]
