"""W3C Web Annotation (JSON-LD): an AnnotationPage whose items are written one at a time.

The target's source is the article's page URL when it is known, else urn:sha256:<content hash of the
cleaned text>; the selectors count characters in the cleaned text, not in the original page, so the
target also names that text as reader:text (urn:sha256:...), which import-annotations matches. Claim
fields use the reader: vocabulary declared in the page's @context."""

from __future__ import annotations

import json
from typing import TextIO

from reader.export.filters import ExportFilters, iter_rows
from reader.export.spans import ANNOTATION_URN, ENTITY_URN, URN_SHA256, article_url, quantity_spans, span_dict
from reader.normalize import json_dumps
from reader.store.store import ExportRow, Store

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"reader": "urn:reader:vocab:"}]


def annotation_jsonld(row: ExportRow) -> dict:
    a = row.annotation
    body: list[dict] = [{"type": "TextualBody", "purpose": "tagging", "value": a.label}]
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note})
    if a.kind == "claim" and a.claim_status:
        body.append({"type": "TextualBody", "purpose": "assessing", "value": a.claim_status})
    url = article_url(row)
    target: dict = {
        "source": url or URN_SHA256 + row.content_hash,
        "selector": [
            {"type": "TextQuoteSelector", "exact": a.text, "prefix": a.prefix, "suffix": a.suffix},
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
        ],
    }
    if url:
        target["scope"] = url
        target["reader:text"] = URN_SHA256 + row.content_hash
    if row.page_hash:  # the saved page: finds the article once its text changed (reader body)
        target["reader:page"] = URN_SHA256 + row.page_hash
    item: dict = {
        "id": f"{ANNOTATION_URN}{a.id}",
        "type": "Annotation",
        "motivation": "assessing" if a.kind == "claim" else "tagging",
        "created": a.created,
        "modified": a.updated,
    }
    if a.annotator:
        item["creator"] = {"type": "Person", "name": a.annotator}
    item["body"] = body
    item["target"] = target
    item["reader:kind"] = a.kind
    if a.field != "body":  # the selectors count in the title, byline or dateline
        item["reader:field"] = a.field
    item["reader:origin"] = a.origin
    if row.gold:  # the reviewer's gold set (export --gold)
        item["reader:gold"] = True
    if a.entity_id is not None:
        item["reader:entity"] = {"id": f"{ENTITY_URN}{a.entity_id}", "name": a.entity}
    if a.kind == "claim":
        if a.claimant_entity_id is not None:
            item["reader:claimantEntity"] = {
                "id": f"{ENTITY_URN}{a.claimant_entity_id}",
                "name": a.claimant_entity,
                "label": row.claimant_label,
            }
        if a.explanation:
            item["reader:explanation"] = a.explanation
        item["reader:reviewState"] = a.review_state
        if a.checked_by or a.checked_at:
            item["reader:checkedBy"] = a.checked_by
            item["reader:checkedAt"] = a.checked_at
        if a.evidence:  # each as in JSONL: {source, quote, note, added_at, added_by}
            item["reader:evidence"] = span_dict(row)["evidence"]
        item["reader:claimant"] = a.claimant
        item["reader:claimStatus"] = a.claim_status
        item["reader:quantities"] = [f"{ANNOTATION_URN}{q}" for q in a.quantity_ids]
        item["reader:quantitySpans"] = [
            {**q, "id": f"{ANNOTATION_URN}{q['id']}"} for q in quantity_spans(row)
        ]  # where they stand, for an export without them (--label CLAIM)
    return item


def write_w3c(store: Store, out: TextIO, filters: ExportFilters | None = None) -> int:
    out.write('{"@context": ' + json.dumps(CONTEXT) + ', "type": "AnnotationPage", "items": [')
    count = 0
    for row in iter_rows(store, filters):
        out.write(("\n" if count == 0 else ",\n") + json_dumps(annotation_jsonld(row)))
        count += 1
    out.write("\n]}\n")
    return count
