"""Claims as a fact-check: `reader claims`, `reader evidence`, `reader verdict` and `reader config`
(the display name ClaimReview exports name as the author)."""

from __future__ import annotations

import click

from reader.cli.common import (
    RowId,
    annotator,
    annotator_option,
    console,
    db_option,
    echo_json,
    field,
    with_store,
)
from reader.errors import InvalidInput
from reader.models import CLAIM_STATUSES, REVIEW_STATES


def _dump(records: list) -> None:
    """--json: JSON Lines, one record per line (as every --json of reader)."""
    for record in records:
        echo_json(record)


def evidence_json(e) -> dict:  # noqa: ANN001
    return {
        "id": e.id,
        "claim_id": e.claim_id,
        "source": e.source,
        "quote": e.quote,
        "note": e.note,
        "added_at": e.added_at,
        "added_by": e.added_by,
    }


def claim_json(row, published_as: str | None = None) -> dict:  # noqa: ANN001
    """published_as: the name a published review of this claim gives as its author (None if unchecked)."""
    a = row.annotation
    return {
        "id": a.id,
        "article_id": a.article_id,
        "article_title": row.article_title,
        "label": a.label,
        "start": a.start,
        "end": a.end,
        "text": a.text,
        "claimant": a.claimant,
        "claimant_entity_id": a.claimant_entity_id,
        "claimant_entity": a.claimant_entity,
        "claimant_label": row.claimant_label,
        "status": a.claim_status,
        "explanation": a.explanation,
        "review_state": a.review_state,
        "checked_by": a.checked_by,
        "checked_at": a.checked_at,
        "published_as": published_as,
        "origin": a.origin,
        "note": a.note,
        "quantities": row.quantity_texts,
        "evidence": [evidence_json(e) for e in a.evidence],
    }


@click.command("claims")
@click.option("--status", type=click.Choice(CLAIM_STATUSES), help="Only claims with this verdict.")
@click.option("--review-state", type=click.Choice(REVIEW_STATES), help="Only claims in this review state.")
@click.option(
    "--search",
    metavar="WORDS",
    help="Only claims with every word in the claim, claimant, note, explanation, article title, "
    "evidence or checker (login or display name), as the claims screen's / search.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON Lines, one claim per line (with evidence and the fact-check).",
)
@db_option
@with_store
def claims_command(
    store, status: str | None, review_state: str | None, search: str | None, as_json: bool
) -> None:  # noqa: ANN001
    """Every claim across articles with its claimant, verdict, review state and article
    (e.g. --status unverified, --review-state "needs a second check", --search "Mia Hansen")."""
    from reader.factcheck import claim_matches, published_names, set_display_names

    rows = store.claims(status, review_state=review_state)
    if search and search.strip():
        names = set_display_names(store, (r.annotation.checked_by for r in rows))
        rows = [r for r in rows if claim_matches(r, search, names)]
    if as_json:
        authors = published_names(store, (r.annotation.checked_by for r in rows))
        _dump([claim_json(r, authors.get(r.annotation.checked_by or "")) for r in rows])
        return
    from rich.table import Table
    from rich.text import Text

    out = console(wide=True)  # piped: a claim stays on its row, whole
    if not rows:
        out.print(
            Text(
                f"No {status + ' ' if status else ''}claims{' ' + review_state if review_state else ''}"
                + (f" matching “{field(search.strip())}”" if search and search.strip() else "")
                + "."
            )
        )
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right")
    table.add_column("status", no_wrap=True)
    table.add_column("review", no_wrap=True)
    table.add_column("claimant", overflow="fold", ratio=1)
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("evidence", justify="right")
    table.add_column("article", overflow="fold", ratio=1)
    for r in rows:
        a = r.annotation
        table.add_row(
            Text(str(a.id)),
            Text(field(a.claim_status)),
            Text(field(a.review_state)),
            Text(field(a.claimant_entity or a.claimant) or "(none)"),
            Text(field(a.text)),
            Text(str(len(a.evidence)) if a.evidence else ""),
            Text(f"{a.article_id} · {field(r.article_title) or '(untitled)'}"),
        )
    out.print(table)
    out.print(Text(f"{len(rows)} claim{'' if len(rows) == 1 else 's'}", style="dim"))


@click.group("evidence")
@db_option
def evidence_group() -> None:
    """The evidence of a claim: add, list, remove."""


@evidence_group.command("add")
@click.argument("claim_id", type=RowId("claim"))
@click.argument("source", metavar="URL")
@click.option("--quote", help="What the source says, quoted.")
@click.option("--note", help="A private note about this evidence (never exported as the verdict).")
@db_option
@annotator_option
@with_store
def evidence_add(store, claim_id: int, source: str, quote: str | None, note: str | None) -> None:  # noqa: ANN001
    """Add evidence to claim CLAIM_ID: a URL or a document reference ("Annual report 2024, p. 12")."""
    e = store.add_evidence(claim_id, source, quote=quote, note=note, added_by=annotator())
    click.echo(f"added evidence #{e.id} to claim {claim_id}: {field(e.source)}")


@evidence_group.command("list")
@click.argument("claim_id", type=RowId("claim"))
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one item per line.")
@db_option
@with_store
def evidence_list(store, claim_id: int, as_json: bool) -> None:  # noqa: ANN001
    """The evidence of claim CLAIM_ID, in the order it was added."""
    items = store.evidence(claim_id)
    if as_json:
        _dump([evidence_json(e) for e in items])
        return
    if not items:
        click.echo(f"no evidence for claim {claim_id} yet (reader evidence add {claim_id} URL)")
        return
    for e in items:
        click.echo(
            f"#{e.id} {field(e.source)}  (added {e.added_at}{' by ' + field(e.added_by) if e.added_by else ''})"
        )
        if e.quote:
            click.echo(f"    “{field(e.quote)}”")
        if e.note:
            click.echo(f"    note: {field(e.note)}")


@evidence_group.command("remove")
@click.argument("evidence_id", type=RowId("evidence"))
@db_option
@with_store
def evidence_remove(store, evidence_id: int) -> None:  # noqa: ANN001
    """Remove the evidence EVIDENCE_ID (its number in `reader evidence list`)."""
    e = store.remove_evidence(evidence_id)
    click.echo(f"removed evidence #{e.id} from claim {e.claim_id}: {field(e.source)}")


@click.command("verdict")
@click.argument("claim_id", type=RowId("claim"))
@click.argument("status", type=click.Choice(CLAIM_STATUSES))
@click.option(
    "--explanation",
    help="The public explanation of the verdict (what ClaimReview publishes; the note stays private). "
    "Required for a verdict other than unverified unless the claim already has one.",
)
@click.option("--review-state", type=click.Choice(REVIEW_STATES), help="Where the check stands.")
@db_option
@annotator_option
@with_store
def verdict_command(
    store, claim_id: int, status: str, explanation: str | None, review_state: str | None
) -> None:  # noqa: ANN001
    """Set the verdict of claim CLAIM_ID, with its public explanation; records who checked it and when.

    reader verdict 12 false --explanation "The company's report gives 80 experts." --review-state
    "needs a second check"."""
    from reader.factcheck import set_verdict

    after = set_verdict(
        store, claim_id, status, explanation=explanation, review_state=review_state, checked_by=annotator()
    )
    click.echo(
        f"claim {after.id}: {after.claim_status} ({after.review_state}), checked by "
        f"{field(after.checked_by)} at {after.checked_at}"
    )
    if after.explanation:
        click.echo(f"  explanation: {field(after.explanation)}")


_DESK = click.option(
    "--desk",
    is_flag=True,
    help="The desk-wide display name: the fallback for colleagues who set none of their own.",
)


def _own(name: str, desk: bool) -> bool:
    """Whether NAME is the annotator's own display name (rather than a database-wide setting)."""
    if desk and name != "display-name":
        raise InvalidInput("--desk goes with display-name only")
    return name == "display-name" and not desk


@click.group("config", invoke_without_command=True)
@db_option
@annotator_option
@click.pass_context
def config_group(ctx: click.Context) -> None:
    """Settings kept in the database. `reader config set display-name "Jane Doe"` names you (the
    annotator: --annotator, $READER_ANNOTATOR or your login) as the author of the ClaimReview
    reviews you check; each colleague on a shared library sets their own. Alone: every setting,
    and the desk's display names."""
    if ctx.invoked_subcommand is not None:
        return
    from reader.cli.common import open_store
    from reader.store.factcheck_store import SETTINGS

    store = open_store()
    me = annotator()
    own = store.display_name(me, fallback=False)
    click.echo(
        f"display-name = {field(own) if own is not None else '(not set)'}    "
        f"# yours ({field(me)}): {SETTINGS['display-name']}"
    )
    for name, value in store.settings().items():
        label = f"{name} --desk" if name == "display-name" else name
        note = "the fallback for colleagues who set none" if name == "display-name" else SETTINGS[name]
        click.echo(f"{label} = {field(value) if value is not None else '(not set)'}    # {note}")
    for login, value in store.display_names().items():
        if login != me:
            click.echo(f"display-name of {field(login)} = {field(value)}")


@config_group.command("set")
@click.argument("name")
@click.argument("value")
@_DESK
@db_option
@annotator_option
@with_store
def config_set(store, name: str, value: str, desk: bool) -> None:  # noqa: ANN001
    """Set NAME to VALUE (an empty VALUE clears it). display-name is yours (--annotator), or with
    --desk the desk-wide fallback."""
    if _own(name, desk):
        stored = store.set_display_name(annotator(), value)
        whose = f" (for {field(annotator())})"
    else:
        stored = store.set_setting(name, value)
        whose = " (desk-wide)" if desk else ""
    click.echo(f"{name} = {field(stored)}{whose}" if stored is not None else f"{name} cleared{whose}")


@config_group.command("get")
@click.argument("name")
@_DESK
@db_option
@annotator_option
@with_store
def config_get(store, name: str, desk: bool) -> None:  # noqa: ANN001
    """Print the value of NAME (nothing, and exit status 1, when it is not set). display-name: the
    name your reviews are published under (yours, else the desk-wide one)."""
    value = store.display_name(annotator()) if _own(name, desk) else store.get_setting(name)
    if value is None:
        raise InvalidInput(f"{name} is not set (reader config set {name} VALUE)")
    click.echo(field(value))


@config_group.command("unset")
@click.argument("name")
@_DESK
@db_option
@annotator_option
@with_store
def config_unset(store, name: str, desk: bool) -> None:  # noqa: ANN001
    """Clear NAME (display-name: yours; with --desk the desk-wide one)."""
    if _own(name, desk):
        store.set_display_name(annotator(), None)
    else:
        store.set_setting(name, None)
    click.echo(f"{name} cleared")


COMMANDS = [claims_command, evidence_group, verdict_command, config_group]
