"""The fields every per-article format writes for one annotation, in one place."""

from __future__ import annotations

from reader.store.store import ExportRow

URN_SHA256 = "urn:sha256:"
ANNOTATION_URN = "urn:reader:annotation:"
ENTITY_URN = "urn:reader:entity:"


def span_dict(row: ExportRow) -> dict:
    """One annotation as the JSON object JSONL writes (and importers read back)."""
    a = row.annotation
    span = {
        "id": a.id,
        "start": a.start,
        "end": a.end,
        "label": a.label,
        "kind": a.kind,
        "text": a.text,
        "note": a.note,
        "annotator": a.annotator,
        "origin": a.origin,
        "created": a.created,
        "updated": a.updated,
    }
    if row.gold:  # the reviewer's gold set (export --gold): imported back into it
        span["gold"] = True
    if a.field != "body":  # a tag on the title, byline or dateline: start and end count in that
        span["field"] = a.field
    if a.entity_id is not None:
        span["entity_id"] = a.entity_id
        span["entity"] = a.entity
    if a.kind == "claim":
        span["claimant"] = a.claimant
        span["claim_status"] = a.claim_status
        span["quantities"] = list(a.quantity_ids)
        # where they stand: an export without them (--label CLAIM) links them again on import
        span["quantity_spans"] = quantity_spans(row)
        span["claimant_entity_id"] = a.claimant_entity_id
        span["claimant_entity"] = a.claimant_entity
        span["claimant_label"] = row.claimant_label  # its entity's kind: PERSON, ORG, PLACE...
        span["explanation"] = a.explanation
        span["review_state"] = a.review_state
        span["checked_by"] = a.checked_by
        span["checked_at"] = a.checked_at
        span["evidence"] = [
            {
                "source": e.source,
                "quote": e.quote,
                "note": e.note,
                "added_at": e.added_at,
                "added_by": e.added_by,
            }
            for e in a.evidence
        ]
    return span


def quantity_spans(row: ExportRow) -> list[dict]:
    """A claim's linked quantities: {id, start, end, text} each, in text order."""
    return [{"id": q[0], "start": q[2], "end": q[3], "text": q[1]} for q in row.quantities]


def is_url(source: str | None) -> bool:
    return bool(source) and source.startswith(("http://", "https://"))  # type: ignore[union-attr]


def article_url(row: ExportRow) -> str | None:
    """The article's page address: the stored URL, else the http(s) address it was imported from."""
    if is_url(row.article_url):
        return row.article_url
    return row.article_source if is_url(row.article_source) else None


SET_ASIDE = "set aside"  # the status a set-aside tag has in JSONL (its words are not in the text)


def set_aside_dict(item: dict) -> dict:
    """A tag set aside by a body fix (Store.set_aside_rows) as JSONL writes it: the fields of a span
    (start and end count in the text it came from, not the exported text), its prefix and suffix
    there, "status": "set aside" and when it was set aside."""
    r = item["row"]
    span = {
        "id": r["id"],
        "status": SET_ASIDE,
        "set_aside_at": item["set_aside_at"],
        "start": r["start"],
        "end": r["end"],
        "label": item["label"],
        "kind": item["kind"],
        "text": r["text"],
        "prefix": r.get("prefix") or "",
        "suffix": r.get("suffix") or "",
        "note": r.get("note"),
        "annotator": r.get("annotator"),
        "origin": r.get("origin") or "manual",
        "created": r.get("created"),
        "updated": r.get("updated"),
    }
    if r.get("gold"):
        span["gold"] = True
    if (r.get("field") or "body") != "body":
        span["field"] = r["field"]
    # the ids of the tags it is linked with (spans or set-aside ones): a claim's quantities, a
    # quantity's claims; linked again when a body fix brings it back
    if item.get("quantities"):
        span["quantities"] = list(item["quantities"])
    if item.get("claims"):
        span["claims"] = list(item["claims"])
    if item["kind"] == "claim":
        for key in ("claimant", "claim_status", "explanation", "review_state", "checked_by", "checked_at"):
            span[key] = r.get(key)
        span["evidence"] = [
            {"source": e[2], "quote": e[3], "note": e[4], "added_at": e[5], "added_by": e[6]}
            for e in item.get("evidence", [])
        ]
    return span
