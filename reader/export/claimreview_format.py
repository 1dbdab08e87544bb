"""schema.org ClaimReview (JSON-LD) for every claim whose status is not "unverified".

Written as {"@context": "https://schema.org", "@graph": [...]}, one review at a time. Only public
fields are published: the verdict and its public explanation (never the private note, nor the
evidence's notes), and as each review's author the display name of the colleague who checked that
claim (checked_by holds their login; `reader config set display-name NAME` sets the name), else the
desk-wide display name an older database kept, else "Unnamed fact-checker": never the login name.
The claim's author is its claimant: the entity's canonical name when it is linked to one."""

from __future__ import annotations

from typing import TextIO

from reader.export.filters import ExportFilters, iter_rows
from reader.export.spans import URN_SHA256, article_url
from reader.factcheck import NO_DISPLAY_NAME, review_author
from reader.normalize import json_dumps
from reader.store.store import ExportRow, Store

# The schema.org type a claimant entity's label stands for (a place as a claimant speaks for an
# administration: an organisation).
_AUTHOR_TYPES = {"PERSON": "Person"}


def claim_review(row: ExportRow, author: str | None = None, claimant_label: str | None = None) -> dict:
    """The ClaimReview of one claim. author: the reviewer's display name (NO_DISPLAY_NAME when
    None); claimant_label: the label of the claimant's entity, if it has one."""
    a = row.annotation
    appearance: dict = {"@type": "CreativeWork", "headline": row.article_title}
    appearance["url"] = article_url(row) or URN_SHA256 + row.content_hash
    appearance["identifier"] = URN_SHA256 + row.content_hash
    if row.article_site:
        appearance["publisher"] = {"@type": "Organization", "name": row.article_site}
    if row.article_published:
        appearance["datePublished"] = row.article_published
    claim: dict = {"@type": "Claim", "appearance": appearance}
    claimant = a.claimant_entity or a.claimant
    if claimant:
        kind = _AUTHOR_TYPES.get(claimant_label or "PERSON", "Organization")
        claim["author"] = {"@type": kind, "name": claimant}
    review: dict = {
        "@type": "ClaimReview",
        "claimReviewed": a.text,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": a.claim_status},
        "datePublished": a.updated[:10],
    }
    if a.explanation:
        review["reviewRating"]["ratingExplanation"] = a.explanation
    review["author"] = {"@type": "Person" if author else "Organization", "name": author or NO_DISPLAY_NAME}
    return review


def _published(row: ExportRow) -> bool:
    a = row.annotation
    return a.kind == "claim" and bool(a.claim_status) and a.claim_status != "unverified"


def write_claimreview(store: Store, out: TextIO, filters: ExportFilters | None = None) -> int:
    authors: dict[str | None, str | None] = {}  # checked_by -> display name (None: unnamed)
    labels: dict[int, str] = {}
    out.write('{"@context": "https://schema.org", "@graph": [')
    count = 0
    for row in iter_rows(store, filters):
        if not _published(row):
            continue
        a = row.annotation
        if a.checked_by not in authors:
            name, named = review_author(store, a.checked_by)
            authors[a.checked_by] = name if named else None
        label = None
        if a.claimant_entity_id is not None:
            if a.claimant_entity_id not in labels:
                labels[a.claimant_entity_id] = store.get_entity(a.claimant_entity_id).label
            label = labels[a.claimant_entity_id]
        review = claim_review(row, authors[a.checked_by], label)
        out.write(("\n" if count == 0 else ",\n") + json_dumps(review))
        count += 1
    out.write("\n]}\n")
    return count


def reviews_not_reviewed(store: Store, filters: ExportFilters | None = None) -> list[tuple[int, str]]:
    """(claim id, review state) of the reviews this export publishes whose review state is not
    "reviewed" yet (unreviewed, or needs a second check)."""
    return [
        (row.annotation.id, row.annotation.review_state or "unreviewed")
        for row in iter_rows(store, filters)
        if _published(row) and (row.annotation.review_state or "unreviewed") != "reviewed"
    ]


def checkers_without_display_name(store: Store, filters: ExportFilters | None = None) -> list[str]:
    """The checkers (logins) of the reviews this export publishes who set no display name of their
    own, sorted; "" stands for reviews no checker was recorded for."""
    checkers = {row.annotation.checked_by or "" for row in iter_rows(store, filters) if _published(row)}
    own = store.display_names()
    return sorted(c for c in checkers if c not in own)


def reviews_without_explanation(store: Store, filters: ExportFilters | None = None) -> list[int]:
    """The ids of the claims this export publishes with a verdict but no public explanation (set
    quickly with m or 1-6): their reviews carry no ratingExplanation."""
    return [
        row.annotation.id
        for row in iter_rows(store, filters)
        if _published(row) and not row.annotation.explanation
    ]
