"""Claims as a fact-check (issue 12), over the store: setting a verdict, and who a published
review names as its author. No I/O of its own; `target` is a Store or a reader.history.History."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from reader.errors import InvalidInput
from reader.find import fold
from reader.models import Annotation, Evidence

# The author ClaimReview names when no display name is set: never the login name.
NO_DISPLAY_NAME = "Unnamed fact-checker"


def set_verdict(
    target: Any,
    claim_id: int,
    status: str,
    *,
    explanation: str | None = None,
    review_state: str | None = None,
    checked_by: str | None = None,
    expected: Annotation | None = None,
) -> Annotation:
    """Set a claim's verdict (claim_status) with its public explanation and, if given, review
    state; checked_by and the time are recorded. A verdict other than "unverified" needs an
    explanation (given now, or kept from before). Through a History it is one undoable step."""
    from reader.store.store import now

    store = target if hasattr(target, "update_annotation") else target.store
    claim = store.get_annotation(claim_id)
    if claim.kind != "claim":
        raise InvalidInput(f"annotation {claim_id} is not a claim ({claim.label})")
    fields: dict[str, object] = {"claim_status": status, "checked_by": checked_by, "checked_at": now()}
    if explanation is not None:
        fields["explanation"] = explanation
    if review_state is not None:
        fields["review_state"] = review_state
    has_explanation = (explanation if explanation is not None else claim.explanation) or ""
    if status != "unverified" and not has_explanation.strip():
        raise InvalidInput(
            f"a verdict needs a public explanation: reader verdict {claim_id} {status} --explanation TEXT"
        )
    if expected is not None:  # the claim as the caller saw it: a colleague's change since is an EditConflict
        fields["expected"] = expected
    if hasattr(target, "update_annotation"):
        return target.update_annotation(claim_id, **fields)[1]
    return target.update(claim_id, **fields)


def verdict_stamp(status: str | None, before: str | None, checker: str | None) -> dict[str, Any]:
    """Who checked a claim and when, for a status set without the verdict dialog (a status key in the
    claims screen, the claim form, `reader tag --status`): whoever changes the status checked it,
    as `reader verdict` records (ClaimReview names them). Nothing when the status stays the same
    (for a new claim, `before` is None: unverified)."""
    from reader.store.store import now

    if (status or "unverified") == (before or "unverified"):
        return {}
    return {"checked_by": checker, "checked_at": now()}


def add_evidence(
    history: Any,
    claim: Annotation,
    source: str,
    *,
    quote: str | None = None,
    note: str | None = None,
    added_by: str | None = None,
) -> Evidence:
    """Add a piece of evidence to a claim through a reader.history.History: one undoable step in
    the claim's article (undo removes it; redo puts it back with its id and time)."""
    store = history.store
    added = store.add_evidence(claim.id, source, quote=quote, note=note, added_by=added_by)
    history.record_action(
        f"add evidence to claim {claim.id}",
        undo=lambda: store.remove_evidence(added.id),
        redo=lambda: store.add_evidence(
            claim.id,
            added.source,
            quote=added.quote,
            note=added.note,
            added_by=added.added_by,
            evidence_id=added.id,
            added_at=added.added_at,
        ),
        article_id=claim.article_id,
    )
    return added


def review_author(store: Any, checked_by: str | None = None) -> tuple[str, bool]:
    """(name, set): the display name a published review gives as its author, and whether one was
    set. The checker's own (`reader config set display-name NAME --annotator LOGIN`), else the
    desk-wide one an older database kept; NO_DISPLAY_NAME when neither. Never the login name."""
    name = store.display_name(checked_by)
    return (name, True) if name else (NO_DISPLAY_NAME, False)


def published_names(store: Any, checkers: Iterable[str | None]) -> dict[str, str]:
    """login -> the name a published review by that checker gives (review_author: NO_DISPLAY_NAME
    when none is set), one look-up per colleague; what `reader claims --json` and the claims CSV
    give as published_as."""
    return {c: review_author(store, c)[0] for c in dict.fromkeys(checkers) if c}


def set_display_names(store: Any, checkers: Iterable[str | None]) -> dict[str, str]:
    """login -> the display name that checker publishes under, only for those who have one (their
    own or the desk-wide one): what a search for a colleague's name can match."""
    return {c: n for c in dict.fromkeys(checkers) if c and (n := store.display_name(c))}


def claim_matches(row: Any, query: str, names: Mapping[str, str] | None = None) -> bool:
    """Every word of the query in the claim (a reader.store ClaimRow), its claimant, note, public
    explanation, article title, evidence, or who checked it: the login, or the display name they
    publish under (names: login -> display name), as a journalist knows a colleague."""
    a = row.annotation
    haystack = fold(
        " ".join(
            x or ""
            for x in (
                a.text,
                a.claimant,
                a.claimant_entity,
                a.note,
                a.explanation,
                a.checked_by,
                (names or {}).get(a.checked_by or ""),
                row.article_title,
                *(f"{e.source} {e.quote or ''} {e.note or ''}" for e in a.evidence),
            )
        )
    )
    return all(word in haystack for word in fold(query).split())
