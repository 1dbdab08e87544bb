"""`reader entities`: the entity index (one entity, many mentions), with merge and split."""

from __future__ import annotations

import click

from reader.cli.common import console, db_option, echo_json, field, with_store
from reader.entities import entity_key
from reader.errors import InvalidInput


def _dump(records: list) -> None:
    """--json: JSON Lines, one record per line (as every --json of reader)."""
    for record in records:
        echo_json(record)


def _entity_json(e, mentions: list[tuple]) -> dict:  # noqa: ANN001
    return {
        "id": e.id,
        "label": e.label,
        "canonical": e.canonical,
        "entity": e.canonical,  # the name shown (as before entities had ids)
        "key": entity_key(e.canonical),
        "aliases": e.aliases,
        "mentions": e.mentions,
        "articles": e.articles,
        "claims": e.claims,
        "mention_list": [
            {
                "annotation_id": m[0],
                "article_id": m[1],
                "start": m[2],
                "end": m[3],
                "text": m[4],
                "field": m[5] or "body",
            }
            for m in mentions
        ],
    }


def _describe(e) -> str:  # noqa: ANN001
    names = ", ".join(f"“{field(a)}”" for a in e.aliases)
    count = f"{e.mentions} mention{'s' if e.mentions != 1 else ''}"
    claims = f", claimant of {e.claims} claim{'s' if e.claims != 1 else ''}" if e.claims else ""
    return f"{e.label} #{e.id} “{field(e.canonical)}” ({count}{claims}; names: {names})"


def resolve_entity(store, name: str, label: str | None = None, *, prefer_label: str | None = None):  # noqa: ANN001, ANN201
    """The one entity `name` (an alias, any form of it, or #ID) stands for, or a one-line error."""
    if not name.strip():
        raise InvalidInput("an entity name cannot be empty")
    found = store.find_entities(name, label)
    if prefer_label and len(found) > 1:
        found = [e for e in found if e.label == prefer_label] or found
    if not found:
        where = f" with label {field(label).upper()}" if label else ""
        raise InvalidInput(f"no entity named “{field(name)}”{where} (see `reader entities`)")
    if len(found) > 1:
        which = ", ".join(f"{e.label} #{e.id} “{field(e.canonical)}”" for e in found)
        raise InvalidInput(f"“{field(name)}” names {len(found)} entities ({which}): add --label, or give #ID")
    return found[0]


@click.group("entities", invoke_without_command=True)
@click.option("--label", "-l", help="Only this label (PERSON, ORG, PLACE, ...).")
@click.option("--show", "show", metavar="TEXT", help="List every mention of this entity, in context.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON Lines, one entity (with --show: one mention) per line.",
)
@db_option
@click.pass_context
def entities_command(ctx: click.Context, label: str | None, show: str | None, as_json: bool) -> None:
    """The entity index across all articles: every entity with its canonical name, its other names
    (aliases: a new tag whose text is one of them joins the entity), its mentions and articles.

    With --show TEXT: every mention of that entity, with its sentence and article.
    `reader entities merge` and `reader entities split` join and separate entities."""
    if ctx.invoked_subcommand is not None:
        return
    from reader.cli.common import open_store

    _list(open_store(), label, show, as_json)


def _list(store, label: str | None, show: str | None, as_json: bool) -> None:  # noqa: ANN001
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
                        "field": m.field,
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
            on = "" if m.field == "body" else f" in the {m.field}"
            out.print(Text(f"    #{m.annotation_id} {m.label} [{m.start}-{m.end}{on}]", style="dim"))
        out.print(Text(f"{len(mentions)} mention{'' if len(mentions) == 1 else 's'}", style="dim"))
        return
    entities = store.entities(label)
    if as_json:
        by_entity = store.mentions_by_entity(label)
        _dump([_entity_json(e, by_entity.get(e.id, [])) for e in entities])
        return
    out = console(wide=True)  # piped: an entity stays on its row, whole
    if not entities:
        out.print(Text("No entities annotated yet."))
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right")
    table.add_column("label", no_wrap=True)
    table.add_column("entity", overflow="fold", ratio=2)
    table.add_column("also named", overflow="fold", ratio=2)
    table.add_column("mentions", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("claims", justify="right")
    for e in entities:
        others = ", ".join(field(a) for a in e.aliases if a != e.canonical)
        table.add_row(
            Text(str(e.id)),
            Text(e.label),
            Text(field(e.canonical)),
            Text(others),
            Text(str(e.mentions)),
            Text(str(e.articles)),
            Text(str(e.claims) if e.claims else ""),
        )
    out.print(table)


@entities_command.command("merge")
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--into", "into", required=True, metavar="NAME", help="The entity the others join (keeps its name)."
)
@click.option("--label", "-l", help="The label of the entities, when a name is used by several.")
@db_option
@with_store
def merge_command(store, names: tuple[str, ...], into: str, label: str | None) -> None:  # noqa: ANN001
    """Merge the entities NAMES into the entity --into: their mentions, names and claims join it.

    reader entities merge Kurose --into "Ayumi Kurose". A name is any of an entity's names (case
    and possessives do not matter) or #ID."""
    target = resolve_entity(store, into, label)
    sources = [resolve_entity(store, name, label, prefer_label=target.label) for name in names]
    if all(s.id == target.id for s in sources):
        raise InvalidInput(f"“{field(into)}” is already one entity with {', '.join(map(field, names))}")
    store.merge_entities([s.id for s in sources], target.id)
    merged = ", ".join(f"“{field(s.canonical)}”" for s in sources if s.id != target.id)
    click.echo(f"merged {merged} into {_describe(store.get_entity(target.id))}")


@entities_command.command("split")
@click.argument("name")
@click.option("--label", "-l", help="The label of the entity, when the name is used by several.")
@db_option
@with_store
def split_command(store, name: str, label: str | None) -> None:  # noqa: ANN001
    """Split NAME off its entity again, with its mentions and claims; NAME being the entity's own
    name splits every other name off it.

    reader entities split Kurose (after merging Kurose into Ayumi Kurose)."""
    entity = resolve_entity(store, name, label)
    own = entity_key(entity.canonical) == entity_key(name) or name.strip().startswith("#")
    _, after = store.split_entity(entity.id, () if own else (name,))
    ids = sorted(after.entity_ids)
    click.echo(f"split “{field(entity.canonical)}” into {len(ids)} entities:")
    for entity_id in ids:
        click.echo(f"  {_describe(store.get_entity(entity_id))}")


COMMANDS = [entities_command]
