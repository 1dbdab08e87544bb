"""schema.org ClaimReview (JSON-LD) for every claim whose status is not "unverified".

Written as {"@context": "https://schema.org", "@graph": [...]}, one review at a time."""

from __future__ import annotations

from typing import TextIO

from reader.export.filters import ExportFilters, iter_rows
from reader.export.spans import URN_SHA256, article_url
from reader.normalize import json_dumps
from reader.store.store import ExportRow, Store


def claim_review(row: ExportRow) -> dict:
    a = row.annotation
    appearance: dict = {"@type": "CreativeWork", "headline": row.article_title}
    appearance["url"] = article_url(row) or URN_SHA256 + row.content_hash
    appearance["identifier"] = URN_SHA256 + row.content_hash
    if row.article_site:
        appearance["publisher"] = {"@type": "Organization", "name": row.article_site}
    if row.article_published:
        appearance["datePublished"] = row.article_published
    claim: dict = {"@type": "Claim", "appearance": appearance}
    if a.claimant:
        claim["author"] = {"@type": "Person", "name": a.claimant}
    review: dict = {
        "@type": "ClaimReview",
        "claimReviewed": a.text,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": a.claim_status},
        "datePublished": a.updated[:10],
    }
    if a.note:
        review["reviewRating"]["ratingExplanation"] = a.note
    if a.annotator:
        review["author"] = {"@type": "Person", "name": a.annotator}
    return review


def write_claimreview(store: Store, out: TextIO, filters: ExportFilters | None = None) -> int:
    out.write('{"@context": "https://schema.org", "@graph": [')
    count = 0
    for row in iter_rows(store, filters):
        a = row.annotation
        if a.kind != "claim" or not a.claim_status or a.claim_status == "unverified":
            continue
        out.write(("\n" if count == 0 else ",\n") + json_dumps(claim_review(row)))
        count += 1
    out.write("\n]}\n")
    return count
