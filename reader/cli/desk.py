"""`reader agreement`, `reader assign` and `reader desk`: a desk of annotators on one library."""

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


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _names(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    names = tuple(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
    if not names:
        raise InvalidInput("--annotators takes names separated by commas, e.g. ann,bob")
    return names


@click.command("agreement")
@click.option("--label", "labels", multiple=True, help="Only this label (repeatable).")
@click.option("--annotators", "names", help="Only these annotators, separated by commas (default: everyone).")
@click.option("--annotator", "one", help="Only the figures that involve this annotator.")
@click.option("--gold", is_flag=True, help="Compare each annotator with the reviewer's gold set.")
@click.option(
    "--json", "as_json", is_flag=True, help="JSON Lines: one object per pair, group and disagreement."
)
@db_option
@with_store
def agreement_command(store, labels, names, one, gold, as_json) -> None:  # noqa: ANN001
    """How far annotators agree: span F1 (exact and overlapping) and Cohen's kappa on words for
    each label and pair, Fleiss' kappa for three or more, and every place where they differ.

    An article counts for the annotators who tagged in it or were assigned it."""
    from reader.desk import AgreementRequest, desk_agreement

    result = desk_agreement(
        store, AgreementRequest(tuple(labels), _names(names), one.strip() if one else None, gold)
    )
    if as_json:
        for p in result.pairs:
            echo_json({"kind": "pair", **p.__dict__})
        for g in result.groups:
            echo_json({"kind": "group", **g.__dict__, "annotators": list(g.annotators)})
        for d in result.disagreements:
            echo_json(
                {
                    "kind": "disagreement",
                    "article_id": d.article_id,
                    "start": d.start,
                    "end": d.end,
                    "text": d.text,
                    "said": {
                        who: [{"label": lab, "start": s, "end": e} for lab, s, e in v]
                        for who, v in d.said.items()
                    },
                }
            )
        return
    from rich.table import Table
    from rich.text import Text

    out = console(wide=True)
    table = Table(
        title="Pairs (span F1 and Cohen's kappa on words)",
        title_justify="left",
        box=None,
        header_style="bold",
    )
    for name in (
        "label",
        "a",
        "b",
        "articles",
        "tags a",
        "tags b",
        "exact F1",
        "overlap F1",
        "words",
        "kappa",
    ):
        table.add_column(name, justify="left" if name in ("label", "a", "b") else "right")
    for p in result.pairs:
        table.add_row(
            *(Text(field(v)) for v in (p.label, p.a, p.b)),
            str(p.articles),
            str(p.spans_a),
            str(p.spans_b),
            _figure(p.exact_f1),
            _figure(p.overlap_f1),
            str(p.tokens),
            _figure(p.kappa),
        )
    out.print(table)
    if result.groups:
        groups = Table(
            title="All annotators (Fleiss' kappa on words)",
            title_justify="left",
            box=None,
            header_style="bold",
        )
        for name in ("label", "annotators", "articles", "words", "kappa"):
            groups.add_column(name, justify="left" if name in ("label", "annotators") else "right")
        for g in result.groups:
            groups.add_row(
                Text(field(g.label)),
                Text(field(", ".join(g.annotators))),
                str(g.articles),
                str(g.tokens),
                _figure(g.fleiss_kappa),
            )
        out.print()
        out.print(groups)
    out.print()
    out.print(
        Text(
            f"{len(result.disagreements)} disagreement{'' if len(result.disagreements) == 1 else 's'}",
            style="bold",
        )
    )
    for d in result.disagreements:
        out.print(Text(f"article {d.article_id} [{d.start}-{d.end}] “{field(d.text)}”: {said_line(d.said)}"))
    out.print(
        Text("* is every label at once; — is undefined (nothing tagged, or one category only)", style="dim")
    )


def said_line(said: dict[str, list[tuple[str, int, int]]]) -> str:
    """Who tagged what at one disagreement, on one line: "ann PERSON; bob PERSON 21-24; cat nothing"."""
    if not said:
        return ""
    start = min((s for v in said.values() for _, s, _ in v), default=0)
    end = max((e for v in said.values() for _, _, e in v), default=0)
    parts = []
    for who, tags in said.items():
        if not tags:
            parts.append(f"{field(who)} nothing")
            continue
        shown = [lab if (s, e) == (start, end) else f"{lab} {s}-{e}" for lab, s, e in tags]
        parts.append(f"{field(who)} {', '.join(shown)}")
    return "; ".join(parts)


@click.command("assign")
@click.argument("article_ids", nargs=-1, required=True, type=ARTICLE_ID)
@click.option("--to", "to", required=True, help="The annotator who is to work on these articles.")
@click.option("--remove", is_flag=True, help="Take these articles off the annotator's list instead.")
@db_option
@annotator_option
@with_store
def assign_command(store, article_ids, to, remove) -> None:  # noqa: ANN001
    """Assign articles to an annotator (reader assign 3 4 7 --to ann); `reader desk` shows progress."""
    name = field(to)
    if remove:
        n = store.unassign(article_ids, to)
        click.echo(f"{n} article{'' if n == 1 else 's'} taken off {name}'s list")
        return
    n = store.assign(article_ids, to, by=annotator())
    again = len(set(article_ids)) - n
    extra = f" ({again} already assigned)" if again else ""
    click.echo(f"{n} article{'' if n == 1 else 's'} assigned to {name}{extra}")


@click.command("desk")
@click.option(
    "--json", "as_json", is_flag=True, help="JSON Lines: one object per annotator, then one per article."
)
@db_option
@with_store
def desk_command(store, as_json) -> None:  # noqa: ANN001
    """Progress per annotator (assigned, started, done, tags) and per article (who is assigned,
    each annotator's tags, the gold set)."""
    people = store.progress_by_annotator()
    articles = store.progress_by_article()
    if as_json:
        for p in people:
            echo_json(
                {
                    "kind": "annotator",
                    **{k: field(v) if isinstance(v, str) else v for k, v in p.__dict__.items()},
                }
            )
        for a in articles:
            echo_json(
                {
                    "kind": "article",
                    "article_id": a.article_id,
                    "title": field(a.title),
                    "status": a.status,
                    "assigned": [field(n) for n in a.assigned],
                    "tags": {field(k): v for k, v in a.tags.items()},
                    "gold": a.gold,
                    "reviewed": a.reviewed,
                }
            )
        return
    from rich.table import Table
    from rich.text import Text

    out = console(wide=True)
    if not people:
        out.print(Text("Nobody is assigned an article or has tagged one yet: reader assign ID... --to NAME"))
        return
    table = Table(title="Annotators", title_justify="left", box=None, header_style="bold")
    for name in ("annotator", "assigned", "started", "done", "tags", "articles tagged"):
        table.add_column(name, justify="left" if name == "annotator" else "right")
    for p in people:
        table.add_row(
            Text(field(p.annotator)),
            str(p.assigned),
            str(p.started),
            str(p.done),
            str(p.tags),
            str(p.articles),
        )
    out.print(table)
    table = Table(title="Articles", title_justify="left", box=None, header_style="bold")
    for name in ("id", "title", "status", "assigned", "tags by annotator", "gold", "reviewed"):
        table.add_column(name, justify="right" if name in ("id", "gold", "reviewed") else "left")
    for a in articles:
        tags = ", ".join(f"{field(k) or '(nobody)'} {v}" for k, v in sorted(a.tags.items()))
        table.add_row(
            str(a.article_id),
            Text(field(a.title)),
            a.status,
            Text(", ".join(field(n) for n in a.assigned)),
            Text(tags),
            str(a.gold),
            str(a.reviewed),
        )
    out.print()
    out.print(table)


COMMANDS = [agreement_command, assign_command, desk_command]
