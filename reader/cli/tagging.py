"""`reader tag`, `reader untag` and `reader retag`: annotations from the command line."""

from __future__ import annotations

import click

from reader.cli.common import (
    ARTICLE_ID,
    DashTextCommand,
    RowId,
    annotator,
    annotator_option,
    db_option,
    field,
    with_store,
)
from reader.errors import InvalidInput
from reader.models import CLAIM_STATUSES, FIELDS


def _describe(ann) -> str:  # noqa: ANN001
    return f"#{ann.id} {ann.label} [{ann.start}-{ann.end}] “{field(ann.text)}”"


@click.command("tag", cls=DashTextCommand, dash_example='reader tag ID --label LABEL -- "--text"')
@click.argument("article_id", type=ARTICLE_ID)
@click.argument("text")
@click.option("--label", "-l", required=True, help="The label to give, e.g. PERSON, ORG, CLAIM.")
@click.option("--nth", type=int, help="Which occurrence to tag when TEXT occurs more than once (1 = first).")
@click.option("--note", help="A note kept with the annotation.")
@click.option(
    "--claimant",
    help="Claims: who made the claim: an entity's name (any of its names, or #ID), or a new one.",
)
@click.option(
    "--claimant-label",
    help="Claims: the label of a claimant not yet in the entity index (default PERSON; e.g. ORG).",
)
@click.option(
    "--status", "claim_status", type=click.Choice(CLAIM_STATUSES), help="Claims: the verification status."
)
@click.option(
    "--quantity",
    "quantities",
    multiple=True,
    help="Claims: a number the claim contains (found inside it); repeat for several, and give the same "
    "text twice for its second occurrence. Linked to an existing QUANTITY annotation on that text, "
    "else one is created.",
)
@click.option(
    "--field",
    "where",
    type=click.Choice(FIELDS),
    default="body",
    show_default=True,
    help="Where TEXT is: the article's text, or its title, byline or dateline (the dateline's place, "
    "the byline's people).",
)
@db_option
@annotator_option
@with_store
def tag_command(
    store, article_id, text, label, nth, note, claimant, claimant_label, claim_status, quantities, where
) -> None:  # noqa: ANN001
    """Tag the exact TEXT in article ID with a label (and, for claims, claimant, status, quantities).

    TEXT may start with a dash (reader tag 2 "-5% in May" --label QUANTITY); when it starts with
    two, or to be safe, put -- before it: reader tag 2 --label ORG -- "--text"."""
    from reader.tagging import tag

    result = tag(
        store,
        article_id,
        text,
        label,
        nth=nth,
        note=note,
        annotator=annotator(),
        claimant=claimant,
        claimant_label=claimant_label,
        claim_status=claim_status,
        quantities=quantities,
        field=where,
    )
    ann = result.annotation
    on = f" (its {ann.field})" if ann.field != "body" else ""
    click.echo(f"tagged {_describe(ann)} in article {article_id}{on}")
    if ann.kind == "claim":
        who = field(ann.claimant) or "(none)"
        if ann.claimant_entity_id is not None:
            who += f" (entity #{ann.claimant_entity_id} “{field(ann.claimant_entity)}”)"
        click.echo(f"  claimant: {who}; status: {ann.claim_status}")
    if ann.note:
        click.echo(f"  note: {field(ann.note)}")
    for q in result.quantities_created:
        click.echo(f"  quantity {_describe(q)} (new)")
    for q in result.quantities_linked:
        click.echo(f"  quantity {_describe(q)} (linked)")


@click.command("untag", cls=DashTextCommand, dash_example='reader untag ID --label LABEL -- "--text"')
@click.argument("target", type=RowId("annotation or article"))
@click.argument("text", required=False)
@click.option("--label", "-l", help="With TEXT: the label of the annotation to remove.")
@click.option("--nth", type=int, help="With TEXT: which occurrence (1 = first).")
@db_option
@annotator_option
@with_store
def untag_command(store, target: int, text: str | None, label: str | None, nth: int | None) -> None:  # noqa: ANN001
    """Remove an annotation: `reader untag ANNOTATION_ID`, or `reader untag ARTICLE_ID TEXT --label LABEL`.

    TEXT may start with a dash; when it starts with two, put -- before it:
    reader untag 2 --label ORG -- "--text"."""
    if text is None:
        if label or nth:
            raise InvalidInput("--label and --nth go with TEXT: reader untag ARTICLE_ID TEXT --label LABEL")
        annotation_id = target
    else:
        if not label:
            raise InvalidInput("give the label of the annotation to remove with --label")
        from reader.tagging import find_annotation

        annotation_id = find_annotation(store, target, text, label, nth).id
    ann, linked = store.delete_annotation(annotation_id, annotator=annotator())
    click.echo(f"removed {_describe(ann)} from article {ann.article_id}")
    if linked:
        click.echo(
            f"  it was a quantity of claim{'s' if len(linked) > 1 else ''} {', '.join(map(str, linked))}"
        )


@click.command("retag")
@click.argument("annotation_id", type=RowId("annotation"))
@click.option("--start", type=int, help="The new start offset (characters of the cleaned text).")
@click.option("--end", type=int, help="The new end offset (exclusive).")
@db_option
@annotator_option
@with_store
def retag_command(store, annotation_id: int, start: int | None, end: int | None) -> None:  # noqa: ANN001
    """Give annotation ANNOTATION_ID a new span: reader retag 12 --start 140 --end 152.

    Offsets count characters of the cleaned text (`reader show` and exports give them); the one
    not given stays. The stored quote, its context and its sentence follow the new span; white
    space at its ends is left out."""
    from reader.span_edit import retag, trim_span

    if start is None and end is None:
        raise InvalidInput("give the new span with --start N and/or --end M")
    before = store.get_annotation(annotation_id)
    asked = (before.start if start is None else start, before.end if end is None else end)
    article = store.get_article(before.article_id)
    value = article.text if before.field == "body" else getattr(article, before.field) or ""
    span = trim_span(value, *asked)
    after = retag(store, annotation_id, *span, annotator=annotator())
    trimmed = " (white space at its ends left out)" if span != asked else ""
    click.echo(
        f"retagged {_describe(after)} (was [{before.start}-{before.end}] “{field(before.text)}”){trimmed}"
    )
    if after.entity_id is not None and after.entity_id != before.entity_id:
        click.echo(f"  now a mention of “{field(after.entity)}” (entity #{after.entity_id})")


COMMANDS = [tag_command, untag_command, retag_command]
